"""How many requests a service process works on at once: as many as it has cores.

Routes that rank (search, briefs) are CPU work: encoding, scans, scoring, explanations. FastAPI
runs synchronous routes in anyio's thread pool, 40 threads by default, so 16 clients get 16
threads interleaving on two cores: each request holds the GIL and the ONNX session's threads
a sixteenth of the time, every one finishes late, and the tail (p99) is the sum of everyone's
work. With the pool sized to the cores, requests beyond it wait in line (cheaply, on the event
loop) and each one runs at nearly full speed once started: the same throughput or better,
and latency that is queueing, not contention. ``ServiceSettings.threads`` overrides it.
"""

from __future__ import annotations

import os

import anyio.to_thread

__all__ = ["size_thread_pool", "thread_pool_size"]


def thread_pool_size(configured: int | None) -> int:
    """``configured`` (``MATCHER_THREADS``), else the cores this process may run on."""
    if configured:
        return configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def size_thread_pool(configured: int | None) -> int:
    """Size the thread pool that runs synchronous routes (call inside the event loop).

    Returns:
        The number of threads requests now share.
    """
    size = thread_pool_size(configured)
    anyio.to_thread.current_default_thread_limiter().total_tokens = size
    return size
