"""Measuring on a shared, noisy machine: interleaved timings, percentiles, memory, context.

Every speed figure of the benchmark is a ratio against a floor timed in the same run and, where
it can be, interleaved with it (floor, system, floor, system, … with the order alternating),
so load from other processes lands on both sides of the ratio.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["Timings", "interleaved", "load_average", "machine", "percentiles", "ratio", "rss_mb", "timed"]


@dataclass
class Timings:
    seconds: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.seconds.setdefault(name, []).append(value)

    def summary(self, name: str) -> dict[str, float]:
        return percentiles(self.seconds.get(name, []))


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def interleaved(calls: dict[str, Callable[[object], object]], items: list[object], rounds: int,
                warmup: int = 1) -> Timings:
    """Time every call on every item, alternating which call goes first, after ``warmup``
    untimed rounds over the items."""
    names = list(calls)
    timings = Timings()
    for round_number in range(warmup + rounds):
        for i, item in enumerate(items):
            order = names if (round_number + i) % 2 == 0 else names[::-1]
            for name in order:
                seconds, _ = timed(lambda name=name, item=item: calls[name](item))
                if round_number >= warmup:
                    timings.add(name, seconds)
    return timings


def percentiles(seconds: list[float]) -> dict[str, float]:
    """p50/p95/p99 and mean in milliseconds, and the sample count."""
    if not seconds:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "mean": 0.0, "n": 0}
    ms = np.asarray(seconds) * 1000
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {"p50": round(float(p50), 3), "p95": round(float(p95), 3), "p99": round(float(p99), 3),
            "mean": round(float(ms.mean()), 3), "n": int(ms.size)}


def ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 3) if denominator > 0 else None


def rss_mb(peak: bool = False) -> float:
    """Resident memory of this process (VmRSS, or VmHWM for the peak), in MB."""
    key = "VmHWM:" if peak else "VmRSS:"
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load_average() -> float:
    """The 1-minute load average (0.0 where the system does not say)."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else 0.0


def machine() -> dict[str, object]:
    """What the figures were measured on, including how busy it was."""
    import faiss
    import onnxruntime

    return {"cores": os.cpu_count(), "load_average_1m": load_average(), "python": platform.python_version(),
            "platform": platform.platform(terse=True), "faiss": faiss.__version__,
            "onnxruntime": onnxruntime.__version__}
