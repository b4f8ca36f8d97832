"""How many requests a service process works on at once: as many as it has cores.

Routes that rank (search, briefs) are CPU work: encoding, scans, scoring, explanations. FastAPI
runs synchronous routes in anyio's thread pool, 40 threads by default, so 16 clients get 16
threads interleaving on two cores: each request holds the GIL and the ONNX session's threads
a sixteenth of the time, every one finishes late, and the tail (p99) is the sum of everyone's
work. With the pool sized to the cores, requests beyond it wait in line (cheaply, on the event
loop) and each one runs at nearly full speed once started: the same throughput or better,
and latency that is queueing, not contention. ``ServiceSettings.threads`` overrides it.

The same holds one level down: onnxruntime runs one encoding call on as many threads as there are
cores, so with every core already working on a request of its own (``workers`` processes times
the pool) each call's threads would fight the others' for the same cores. The service gives one
call the cores over the requests worked on at once, at least one (``encoder_threads``;
``MATCHER_ENCODER_THREADS`` overrides it). faiss scans one query on one thread, so it needs no
such limit.
"""

from __future__ import annotations

import os

import anyio.to_thread

__all__ = ["encoder_threads", "size_thread_pool", "thread_pool_size"]


def thread_pool_size(configured: int | None) -> int:
    """``configured`` (``MATCHER_THREADS``), else the cores this process may run on."""
    if configured:
        return configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def encoder_threads(configured: int | None, pool: int, workers: int) -> int:
    """``configured`` (``MATCHER_ENCODER_THREADS``), else the cores over the requests worked on at
    once (``workers`` processes with ``pool`` threads each), at least one."""
    if configured:
        return configured
    return max(1, thread_pool_size(None) // max(1, pool * workers))


def size_thread_pool(configured: int | None) -> int:
    """Size the thread pool that runs synchronous routes (call inside the event loop).

    Returns:
        The number of threads requests now share.
    """
    size = thread_pool_size(configured)
    anyio.to_thread.current_default_thread_limiter().total_tokens = size
    return size
