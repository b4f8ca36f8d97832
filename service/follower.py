"""Keeps this process's index in step with the database other processes write to.

Polling, on purpose: every ``interval`` seconds ``Engine.sync()`` replays the change log
since the index's last change. It works the same on SQLite and PostgreSQL, needs no
listener connection, and a missed wake-up costs at most one interval. The index is saved
to the home folder at most every ``save_interval`` seconds while changes arrive, at once
when asked (after an erasure, so no saved copy keeps the profile), and on stop; never when the
saved copy already holds the index's last change (``Engine.saved_seq``: a worker that loaded the
saved index and found nothing new does not rewrite it; with several workers each would have).

The first tick runs at once: a restarted server answers from its saved index while this thread
replays what the index lacks (``matcher.catch_up``). Stopping ends a replay between chunks; the
index is then not saved (the saved one, older, is still consistent: the next start replays again).
"""

from __future__ import annotations

import logging
import threading
import time

from matcher.engine import Engine

__all__ = ["IndexFollower"]

log = logging.getLogger("service.follower")


class IndexFollower:
    def __init__(self, engine: Engine, interval: float, save_interval: float) -> None:
        self.engine = engine
        self.interval = interval
        self.save_interval = save_interval
        self._stop = threading.Event()
        self._save_now = threading.Event()
        self._last_save = time.monotonic()
        self._erasures_saved = 0
        self._thread = threading.Thread(target=self._run, name="index-follower", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def save_soon(self) -> None:
        """Save the index on the next tick (the request that asks does not wait for it)."""
        self._save_now.set()

    def stop(self) -> None:
        """Stop polling, catch up one last time and save the index (unless a replay was cut short)."""
        self._stop.set()
        self._thread.join()
        if self.engine.catching_up is None:
            self._tick(final=True)

    def _run(self) -> None:
        self._tick()
        while not self._stop.wait(self.interval):
            self._tick()

    def _tick(self, final: bool = False) -> None:
        try:
            self.engine.sync(stop=None if final else self._stop)
            if self.engine.catching_up is not None:  # stopped half way: nothing worth saving
                return
            seq = self.engine.index.change_seq  # writes in this process move it too
            erased = self.engine.erasures_applied != self._erasures_saved  # no saved copy may keep them
            due = final or erased or self._save_now.is_set() or time.monotonic() - self._last_save >= self.save_interval
            if not due:
                return
            self._save_now.clear()
            if seq != self.engine.saved_seq or erased:  # a loaded index nothing has changed is not written again
                erasures = self.engine.erasures_applied
                self.engine.save_index()
                self._last_save, self._erasures_saved = time.monotonic(), erasures
        except Exception:  # the database may be away for a moment: log, and try again next tick
            log.exception("could not bring the index up to date; retrying in %.1f s", self.interval)
