"""A moving-window counter in memory: at most N hits in any W seconds, per key.

The same rule as ``limits``' moving window (``MovingWindowRateLimiter`` over its ``MemoryStorage``),
which the rate limits used before, without its costs on every request: that storage starts a
timer thread to expire old hits after each one (a new thread every 10 ms under load) and inserts
each hit at the front of a Python list (a copy of the window's hits each time). Here each key
keeps its hits' times oldest first in a deque: a hit appends, the hits that left the window are
dropped from the front when the key is next read, and keys whose hits have all expired are swept
at most once every ``_SWEEP_EVERY`` seconds, so memory stays bounded by the addresses seen lately.
"""

from __future__ import annotations

import threading
import time
from collections import deque

__all__ = ["MovingWindows"]

_SWEEP_EVERY = 60.0  # seconds between sweeps of keys with no hit left in their window


class MovingWindows:
    """Hits per key within the last ``seconds`` (each key may use its own window length)."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._hits: dict[tuple[str, float], deque[float]] = {}
        self._lock = threading.Lock()
        self._next_sweep = clock() + _SWEEP_EVERY

    def count(self, key: str, seconds: float) -> int:
        """Hits of ``key`` in the last ``seconds``."""
        with self._lock:
            return len(self._window(key, seconds, self._clock()))

    def hit(self, key: str, seconds: float, limit: int) -> bool:
        """Count a hit unless ``limit`` hits are already in the window; returns whether it counted."""
        with self._lock:
            now = self._clock()
            window = self._window(key, seconds, now)
            if len(window) >= limit:
                return False
            window.append(now)
            self._sweep(now)
            return True

    def seconds_until_free(self, key: str, seconds: float) -> float:
        """Seconds until the oldest hit in the window leaves it (0 with no hit in it)."""
        with self._lock:
            now = self._clock()
            window = self._window(key, seconds, now)
            return max(0.0, window[0] + seconds - now) if window else 0.0

    def _window(self, key: str, seconds: float, now: float) -> deque[float]:
        window = self._hits.setdefault((key, seconds), deque())
        horizon = now - seconds
        while window and window[0] <= horizon:
            window.popleft()
        return window

    def _sweep(self, now: float) -> None:
        if now < self._next_sweep:
            return
        self._next_sweep = now + _SWEEP_EVERY
        for (key, seconds), window in list(self._hits.items()):
            if not window or window[-1] <= now - seconds:
                del self._hits[(key, seconds)]
