"""Newest read wins (``matcher.freshest``): a profile read earlier never replaces one read later."""

from __future__ import annotations

from matcher.freshest import FreshestWins


def test_an_older_read_arriving_late_is_skipped_and_a_newer_one_applies():
    freshest = FreshestWins()
    import_read, _ = freshest.read(lambda: "the import's chunk, holding fl-1 as imported")
    edit_read, _ = freshest.read(lambda: "the admin's edit of fl-1")
    assert edit_read > import_read
    assert freshest.claim(edit_read, ["fl-1"]) == {"fl-1"}  # the edit is applied ahead
    assert freshest.claim(import_read, ["fl-1", "fl-2"]) == {"fl-2"}  # the chunk arrives: fl-1 skipped
    later_read, _ = freshest.read(lambda: "the next replay, which reads the edit")
    assert freshest.claim(later_read, ["fl-1"]) == {"fl-1"}


def test_forget_keeps_no_mark_of_an_erased_id():
    freshest = FreshestWins()
    epoch, _ = freshest.read(lambda: None)
    freshest.claim(epoch, ["fl-kept", "fl-erased"])
    freshest.forget(lambda p: p != "fl-erased")
    assert freshest.claim(epoch, ["fl-kept", "fl-erased"]) == {"fl-erased"}  # unmarked again
