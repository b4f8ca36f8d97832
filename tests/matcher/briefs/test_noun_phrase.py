"""A free-text need must be a noun phrase naming someone or something to find; a casting list's
characters are one need for actors. Examples invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.noun_phrase import WHERE, WHY
from matcher.briefs.parser import parse_brief
from matcher.briefs.rules.free_text import FREE_TEXT

TODAY = dt.date(2027, 1, 4)

NOT_NEEDS = [
    pytest.param("Crew required: a gaffer\nRoad closure needed: Yes\nNotes: none", "yes", id="form-answer"),
    pytest.param("We need a grip for the day. Invoices settled as needs arise.", "arise", id="needs-as-noun"),
    pytest.param("Need a sound recordist on Friday in Hanley. Wants names by Monday.", "names", id="information"),
    pytest.param("need a sparky sat in leek 7am-7pm music video paid day rate pls shout if anyone free", "shout",
                 id="imperative"),
    pytest.param("We need a chaperone for the kids on set, DBS needed.", "dbs", id="credential"),
    pytest.param("Need a gaffer and a best bot for Weds in Leek, sorry autocorrect, best boy!!", "best bot",
                 id="typing-slip"),
    pytest.param("[03/02, 10:01] Ana: we'll need another runner then, Kit can't do Sunday", "kit", id="named-subject"),
]


@pytest.mark.parametrize(("text", "word"), NOT_NEEDS)
def test_words_that_are_no_noun_phrase_are_not_free_text_needs(text: str, word: str) -> None:
    brief = parse_brief(text, today=TODAY)
    assert brief.needs, "the real need is still read"
    assert not any(n.role is None and word in n.label.lower() for n in brief.needs), brief.needs
    assert any(word in note.lower() and "add it back" in note for note in brief.notes), brief.notes


KEPT = [
    pytest.param("We're looking for a canyoning guide for two days near Ilam.", "canyoning guide", id="guide"),
    pytest.param("Also need a hide for the badger sequence, Sat 6th.", "hide", id="thing"),
    pytest.param("Need a lighting set up (two heads and a soft box) for the portrait day.", "set up",
                 id="phrasal-noun"),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_a_real_unknown_need_is_kept_as_free_text(text: str, words: str) -> None:
    brief = parse_brief(text, today=TODAY)
    assert any(words in (n.text or n.label).lower() for n in brief.needs), brief.needs


def test_a_casting_lists_characters_are_one_need_for_actors() -> None:
    text = ("OPEN CASTING - short film 'Kiln Smoke', shooting in Tunstall 6-7 March.\nWe are seeking:\n"
            "- HAROLD - male, playing 70-80, gruff but kind\n- Girl, 9-11 (chaperone provided)\n"
            "- 10 supporting artists for a market scene\nSelf-tapes by Friday.")
    brief = parse_brief(text, today=TODAY)
    actors = [n for n in brief.needs if n.role == "actor"]
    assert len(actors) == 1 and actors[0].quantity == 2, brief.needs
    assert not any(n.role is None and n.label.lower() in ("harold", "girl") for n in brief.needs)


def test_every_rule_says_which_words_it_reads_and_why_it_drops() -> None:
    names = {rule.name for rule in FREE_TEXT}
    assert set(WHERE) == set(WHY) == names
    assert set(WHERE.values()) <= {"phrase", "clause", "before", "rest"}
