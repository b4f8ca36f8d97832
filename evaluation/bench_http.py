"""The HTTP service under load: requests/s and p99 of /api/search and /api/briefs/match with
16 concurrent clients on loopback, against the same calls made in-process by 16 threads.

The service (``service.app.create_app``) runs under uvicorn in a subprocess on a free port,
with a temporary home whose database and saved index the benchmark prepares (so the server
starts without encoding anything). The floor is the engine's own throughput on the same
requests and data in this process; ratio = HTTP requests/s over in-process requests/s. Both
sides share the two cores with the load generator, which is reported, not hidden.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from evaluation.bench_timing import percentiles, ratio
from matcher.engine import Engine
from matcher.settings import MatcherSettings

__all__ = ["CLIENTS", "measure_http", "start_service"]

CLIENTS = 16


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_service(home: Path, port: int, timeout: float = 180.0) -> subprocess.Popen:
    """uvicorn with the app factory; returns once /api/health answers (or raises)."""
    env = {**os.environ, "MATCHER_HOME": str(home), "HF_HUB_OFFLINE": "1",
           "MATCHER_DATABASE_URL": f"sqlite:///{home / 'matcher.db'}"}
    log = (home / "service.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "service.app:create_app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"], env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the service exited with {process.returncode}: {_tail(home / 'service.log')}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    stop_service(process)
    raise RuntimeError(f"the service did not answer within {timeout:.0f} s: {_tail(home / 'service.log')}")


def stop_service(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _tail(path: Path, lines: int = 3) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return "(no log)"


async def _load(url: str, payloads: list[dict], seconds: float, clients: int) -> dict:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        async def worker(offset: int) -> None:
            nonlocal errors
            i = offset
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.post(url, json=payloads[i % len(payloads)])
                if response.status_code == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1
                i += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - started
    return {"requests_per_s": round(len(latencies) / elapsed, 2), "latency_ms": percentiles(latencies),
            "errors": errors}


def _in_process(call, payloads: list[object], seconds: float, clients: int) -> dict:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        i = offset
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            call(payloads[i % len(payloads)])
            latencies.append(time.perf_counter() - started)
            i += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(worker, range(clients)))
    return {"requests_per_s": round(len(latencies) / (time.perf_counter() - started), 2),
            "latency_ms": percentiles(latencies)}


def measure_http(home: Path, searches: list[dict], brief: dict, seconds: float, engine_call) -> dict:
    """``engine_call(kind, payload)`` runs one request in-process ('search' or 'brief')."""
    port = free_port()
    process = start_service(home, port)
    base = f"http://127.0.0.1:{port}/api"
    out = {"clients": CLIENTS, "seconds_per_test": seconds}
    try:
        for kind, path, payloads in (("search", "/search", searches), ("brief", "/briefs/match", [brief])):
            asyncio.run(_load(base + path, payloads, min(2.0, seconds), CLIENTS))  # warm up
            http = asyncio.run(_load(base + path, payloads, seconds, CLIENTS))
            floor = _in_process(lambda p, k=kind: engine_call(k, p), payloads, seconds, CLIENTS)
            out[kind] = {"http": http, "in_process": floor,
                         "rps_ratio": ratio(http["requests_per_s"], floor["requests_per_s"]),
                         "p99_ratio": ratio(http["latency_ms"]["p99"], floor["latency_ms"]["p99"])}
    finally:
        stop_service(process)
    return out


def open_engine(home: Path, encoder) -> Engine:
    settings = MatcherSettings(home=home, database_url=f"sqlite:///{home / 'matcher.db'}")
    return Engine(settings, encoder=encoder)
