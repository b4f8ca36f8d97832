"""Catching up after a restart: the saved index answers while the change log is replayed.

A server killed after a large import restarts with a saved index far behind the database.
Replaying the log encodes every profile written since, which takes minutes for thousands;
until then nothing would answer. Instead ``Engine(..., catch_up=False)`` loads the saved index,
*fences* it and leaves the replay to a background thread (the service's follower), which
applies it in chunks and reports its progress here.

The fence is what makes answering early safe: every profile the pending changes touch is
taken out of the index at once (no encoding, milliseconds), and after an erasure everything
the database no longer holds. So while catching up the index holds only profiles unchanged
since the save: a search may miss one written since (``/api/health`` says "catching_up"),
but never returns a deleted or erased profile, nor an older version of a changed one (its
old visibility, its old words). A write meanwhile does not wait for the replay: it applies its own
profiles ahead of it (``matcher.freshest``).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matcher.engine import Engine
    from matcher.replay import Replay

__all__ = ["CHUNK", "CatchUp", "fence"]

log = logging.getLogger("matcher.engine")

CHUNK = 256  # profiles encoded and applied at a time: the index moves, and searches run, between chunks


@dataclass
class CatchUp:
    """Progress of one replay: profiles to apply and applied so far (read by ``/api/health``)."""

    target_seq: int                     # the last change of the log when the replay began
    total: int                          # distinct profiles the pending changes touch
    done: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def advance(self, applied: int) -> None:
        with self._lock:
            self.done = min(self.total, self.done + applied)

    @property
    def progress(self) -> float:
        return 1.0 if self.total == 0 else round(self.done / self.total, 3)


def fence(engine: Engine, replay: Replay) -> CatchUp | None:
    """Take every profile the pending changes touch out of the engine's freshly loaded index (and,
    after an erasure, whatever the database no longer holds); the replay is left to ``Engine.sync``.
    Returns the replay's progress, or None when the index is up to date."""
    changes = engine.store.changes_since(engine.index.change_seq)
    if not changes:
        return None
    wanted, gone, _ = replay.pending(changes)
    engine.index.remove([*gone, *wanted])
    log.info("the saved index is %d changes behind the database: answering from it while %d profiles "
             "are brought up to date", len(changes), len(wanted))
    return CatchUp(target_seq=changes[-1][0], total=len(wanted))
