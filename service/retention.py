"""How long recorded briefs are kept: every brief matched is recorded for the gap report, and
anyone may send one, so the record is bounded and expires.

Briefs older than ``brief_retention`` (365 days by default) go, and beyond the newest
``max_recorded_briefs`` (20,000) the oldest go first; the demo's briefs stay. Pruning runs
after a brief is recorded, at most once every ``_EVERY`` seconds per process, so a burst of
briefs costs one delete. Rate limits (``service.rate_limits``) bound how fast an address can
add to the record in the first place.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import weakref

from matcher.store import Store
from service.settings import ServiceSettings

__all__ = ["BriefRetention", "after_recording"]

_EVERY = 60.0  # seconds between prunes in one process
log = logging.getLogger("service")
_BY_STORE: weakref.WeakKeyDictionary[Store, BriefRetention] = weakref.WeakKeyDictionary()


class BriefRetention:
    """Prunes the ``briefs`` table of one store by the settings' age and count."""

    def __init__(self, store: Store, settings: ServiceSettings, every: float = _EVERY) -> None:
        self.store = store
        self.retention = settings.brief_retention
        self.keep_at_most = settings.max_recorded_briefs
        self.every = every
        self._last: float | None = None
        self._lock = threading.Lock()

    def after_recording(self) -> int:
        """Prune if the last prune is ``every`` seconds old (or none ran yet); returns briefs removed."""
        with self._lock:
            now = time.monotonic()
            if self._last is not None and now - self._last < self.every:
                return 0
            self._last = now
        return self.prune()

    def prune(self) -> int:
        """Prune now; returns how many recorded briefs were removed."""
        cutoff = dt.datetime.now(dt.UTC) - self.retention
        removed = self.store.prune_briefs(cutoff, self.keep_at_most)
        if removed:
            log.info("removed %d recorded briefs (older than %s or beyond the newest %d)",
                     removed, self.retention, self.keep_at_most)
        return removed


def after_recording(store: Store, settings: ServiceSettings) -> int:
    """Called after a brief is recorded: prune ``store`` if it is time (one ``BriefRetention`` per store)."""
    retention = _BY_STORE.get(store)
    if retention is None:
        retention = _BY_STORE.setdefault(store, BriefRetention(store, settings))
    return retention.after_recording()
