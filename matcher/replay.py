"""The index following the database's change log: ``Engine.sync`` and what a write does after it.

``sync`` replays the log since the index's ``change_seq``: removals first, then the profiles to
add or change, read, encoded and applied ``CHUNK`` at a time (searches go on meanwhile, and a
restart's replay reports its progress, ``matcher.catch_up``); ``change_seq`` moves once all are
applied. Each profile is applied as the database holds it now, so applying one twice is harmless.

A write in this process then waits at most ``WRITE_WAIT_S`` for the sync (a one-request import
indexing its file, a job's batch, a restart's replay may hold it for minutes); past that it
applies its own profiles ahead of it, so it is answered and findable at once. Newest read wins
(``matcher.freshest``): the replay arriving later never puts back an older version.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from matcher.catch_up import CHUNK
from matcher.freshest import FreshestWins

if TYPE_CHECKING:
    import numpy as np

    from matcher.documents import Document
    from matcher.engine import Engine

__all__ = ["WRITE_WAIT_S", "Replay"]

WRITE_WAIT_S = 1.0  # a write waits this long for a sync in progress, then applies its own profiles ahead of it


class Replay:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()  # one replay at a time
        self._freshest = FreshestWins()

    def sync(self, stop: threading.Event | None = None) -> int:
        """Apply the change log since the index's last change; returns changes applied. ``stop`` set
        between chunks ends the replay early, ``change_seq`` unmoved (0 returned)."""
        with self._lock:
            return self._sync_held(stop)

    def follow_write(self, profile_ids: list[str]) -> None:
        """After a write in this process: bring the index up to date, or apply the written profiles
        ahead of a sync that holds it past ``WRITE_WAIT_S``."""
        if self._lock.acquire(timeout=WRITE_WAIT_S):
            try:
                self._sync_held()
            finally:
                self._lock.release()
        else:
            self._apply_current(profile_ids)

    def pending(self, changes: list[tuple[int, str, str]]) -> tuple[list[str], list[str], bool]:
        """What changes ask of the index: ids to add or change, ids to remove, whether any is an erasure."""
        engine = self.engine
        latest = {profile_id: op for _, profile_id, op in changes if profile_id}
        wanted = [p for p, op in latest.items() if op == "upsert"]
        gone = [p for p, op in latest.items() if op != "upsert"]
        erased = any(op == "erase" for _, _, op in changes)
        if erased:  # the log does not say who (matcher.store.erasure): drop what the database no longer holds
            held = engine.store.ids()
            gone += [p for p in engine.index.positions if p not in held]
        return wanted, gone, erased

    def _sync_held(self, stop: threading.Event | None = None) -> int:
        engine = self.engine
        epoch, changes = self._freshest.read(lambda: engine.store.changes_since(engine.index.change_seq))
        if not changes:
            engine.catching_up = None
            return 0
        wanted, gone, erased = self.pending(changes)
        with engine.lock.writing():
            self._apply(epoch, [], None, gone)
        progress = engine.catching_up
        if progress is not None:
            progress.total = max(progress.total, len(wanted))
        for start in range(0, len(wanted), CHUNK):
            if stop is not None and stop.is_set():
                return 0
            chunk = wanted[start : start + CHUNK]
            self._apply_current(chunk)
            if progress is not None:
                progress.advance(len(chunk))
        with engine.lock.writing():
            if erased:  # and the vocabulary keeps no word only they used
                engine.index.lexical.prune_vocabulary()
                self._freshest.forget(lambda p: p in engine.index.positions)
                engine.erasures_applied += 1
            engine.index.change_seq = changes[-1][0]
        engine.catching_up = None
        return len(changes)

    def _apply_current(self, ids: list[str]) -> None:
        """Read profiles as the database holds them now, encode them (outside the write lock: searches
        go on) and apply them; an id the database no longer holds is removed."""
        engine = self.engine
        epoch, upserts = self._freshest.read(lambda: engine.store.get_many(ids))
        documents, vectors = engine.index.prepare(list(upserts.values()))
        with engine.lock.writing():
            self._apply(epoch, documents, vectors, [p for p in ids if p not in upserts])

    def _apply(self, epoch: int, documents: list[Document], vectors: np.ndarray | None, removed: list[str]) -> None:
        """Under the write lock: what a read of ``epoch`` found, for the ids no later read has applied."""
        index = self.engine.index
        fresh = self._freshest.claim(epoch, [*removed, *(d.id for d in documents)])
        index.remove([p for p in removed if p in fresh])
        rows = [i for i, d in enumerate(documents) if d.id in fresh]
        if rows and vectors is not None:
            index.upsert_documents([documents[i] for i in rows], vectors=vectors[rows])
