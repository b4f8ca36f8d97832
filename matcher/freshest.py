"""Newest read wins: the index applies a profile only as read from the database later than
whatever it last applied for that id.

Two paths write to the index. ``Engine.sync`` replays the change log (in order, moving the
index's ``change_seq``); a write in this process that finds a long replay or bulk import holding
the sync (``Engine._follow_write``) applies its own profiles at once instead of waiting minutes.
Both read each profile's current row, so whichever read happened later holds the newer truth:
every read takes a number (an *epoch*) as it starts, under one small lock so the numbers follow
the order in which reads begin, and an application is skipped for an id already applied from a
later read. A profile written ahead is applied again by the next replay, harmlessly.

Example: a bulk import reads its chunk holding ``fl-1`` (epoch 7); an admin edits ``fl-1`` and
applies it (epoch 8); the import's chunk arrives: ``fl-1`` is skipped, the edit stays.
Non-example: an import reading ``fl-1`` at epoch 9, after the edit, applies it (it read the edit).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["FreshestWins"]

T = TypeVar("T")


class FreshestWins:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._epoch = 0
        self._applied: dict[str, int] = {}  # profile id -> epoch of the read last applied

    def read(self, reading: Callable[[], T]) -> tuple[int, T]:
        """Run a database read and return it with its epoch (taken as the read begins)."""
        with self._lock:
            self._epoch += 1
            return self._epoch, reading()

    def claim(self, epoch: int, profile_ids: Iterable[str]) -> set[str]:
        """The ids a read of ``epoch`` may still apply (none applied from a later read), now marked as
        applied from it. Call under the index's write lock, just before applying."""
        fresh = {p for p in profile_ids if self._applied.get(p, 0) < epoch}
        for profile_id in fresh:
            self._applied[profile_id] = epoch
        return fresh

    def forget(self, keep: Callable[[str], bool]) -> None:
        """Drop the marks of ids ``keep`` refuses (after an erasure: no id of theirs stays, not even here)."""
        self._applied = {p: e for p, e in self._applied.items() if keep(p)}
