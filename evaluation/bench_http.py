"""The HTTP service under load: requests/s and p99 of /api/search and /api/briefs/match with
16 concurrent clients on loopback, against the same calls made in-process by 16 clients.

The service runs as ``matcher serve`` (``service.app.create_app`` under uvicorn) in a subprocess on a free port,
with a temporary home whose database and saved index the benchmark prepares (so the server
starts without encoding anything). The floor is the engine's own throughput on the same
requests and data in this process; ratio = HTTP requests/s over in-process requests/s. Both
sides share the two cores with the load generator, which is reported, not hidden: so is the CPU
each request cost the server (its processes' user + system time over the requests answered),
the client and the in-process floor, a figure the machine's other load changes far less than
a rate does. The service runs as ``matcher serve`` runs it: ``MATCHER_WORKERS`` processes, each
with its thread pool sized to the cores and its encoder's threads per call shared out among the
requests worked on at once (``service.concurrency``).

The floor is a fair one: the same engine work (the matches with their explanations built), on a
pool of as many threads as one server process has, fed by the same 16 clients, with an encoder
using as many threads a call as the server's. (It used to run 16 engine threads, each ONNX call on
every core: sixteen requests fighting for two cores made a low floor.) The caveats printed with
the figures say what differs still.
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

import aiohttp
import httpx

from evaluation.bench_timing import percentiles, ratio
from matcher.engine import Engine
from matcher.settings import MatcherSettings

__all__ = ["CLIENTS", "HTTP_P99_MS", "HTTP_RATE_TARGET", "measure_http", "start_service"]

CLIENTS = 16
HTTP_RATE_TARGET = 0.8  # HTTP requests/s over in-process requests/s
HTTP_P99_MS = {"search": 250, "brief": 500}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_service(home: Path, port: int, timeout: float = 180.0, workers: int = 1) -> subprocess.Popen:
    """``matcher serve`` with ``workers`` processes; returns once /api/health answers "ok" (caught up
    with the database; or raises)."""
    # The benchmark measures throughput from one address and one key: the per-address and per-key rate
    # limits (service.rate_limits) would answer most of it 429, so they are lifted here.
    env = {**os.environ, "MATCHER_HOME": str(home), "HF_HUB_OFFLINE": "1",
           "MATCHER_DATABASE_URL": f"sqlite:///{home / 'matcher.db'}",
           **{f"MATCHER_RATE_LIMIT_{name}": "1000000/minute" for name in ("PUBLIC", "PUBLIC_HEAVY", "KEY")}}
    log = (home / "service.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "matcher", "--home", str(home), "serve", "--no-demo", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers)],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the service exited with {process.returncode}: {_tail(home / 'service.log')}")
        try:
            health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
            if health.status_code == 200 and health.json()["status"] == "ok":
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


def process_tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (the server's workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def connections_by_process(server: int, port: int) -> dict[int, int]:
    """Established TCP connections to ``port`` held by each process of the server (``server`` and its
    children that listen on the port), read from /proc: which process the kernel gave each client
    connection to."""
    inodes: dict[str, int] = {}  # socket inode -> pid
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid = int(stat.parent.name)
            if pid != server and int(stat.read_text().rsplit(")", 1)[1].split()[1]) != server:
                continue
            for fd in (stat.parent / "fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes[target[8:-1]] = pid
        except (OSError, ValueError, IndexError):
            continue
    listening: set[int] = set()
    established: dict[int, int] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()  # local address, remote address, state, ..., inode
            if int(fields[1].rsplit(":", 1)[1], 16) != port or fields[9] not in inodes:
                continue
            pid = inodes[fields[9]]
            if fields[3] == "0A":  # listening
                listening.add(pid)
            elif fields[3] == "01":  # established
                established[pid] = established.get(pid, 0) + 1
    return {pid: established.get(pid, 0) for pid in listening}


async def _load(url: str, payloads: list[dict], seconds: float, clients: int, headers: dict | None = None,
                probe=None) -> dict:
    """``clients`` loops sending ``payloads`` for ``seconds``, each answer read to its end;
    ``probe()``, if given, is called once a second in (its result is returned under "probe").

    The load comes from aiohttp's client: it shares the two cores with the server, and httpx's
    pure-Python client cost ~1.7 ms of CPU a search there (a fifth of what the server spends), so
    the measure took CPU from what it measured. The client's CPU per request is still reported."""
    latencies: list[float] = []
    probed: list[object] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=clients, force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, headers=headers) as client:
        async def worker(offset: int) -> None:
            nonlocal errors
            i = offset
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                async with client.post(url, json=payloads[i % len(payloads)]) as response:
                    await response.read()
                    if response.status == 200:
                        latencies.append(time.perf_counter() - started)
                    else:
                        errors += 1
                i += 1

        async def probing() -> None:
            await asyncio.sleep(min(1.0, seconds / 2))
            probed.append(probe())

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)), *([probing()] if probe else []))
        elapsed = time.perf_counter() - started
    return {"requests_per_s": round(len(latencies) / elapsed, 2), "latency_ms": percentiles(latencies),
            "errors": errors, **({"probe": probed[0]} if probed else {})}


def _in_process(call, payloads: list[object], seconds: float, clients: int, threads: int) -> dict:
    """``clients`` loops each handing a request to a pool of ``threads`` (as a server process's
    thread pool) and waiting for it: latency includes the wait for a turn, as over HTTP."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    with ThreadPoolExecutor(threads) as engine_threads:
        def client(offset: int) -> None:
            i = offset
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                engine_threads.submit(call, payloads[i % len(payloads)]).result()
                latencies.append(time.perf_counter() - started)
                i += 1

        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(client, range(clients)))
        elapsed = time.perf_counter() - started
    return {"requests_per_s": round(len(latencies) / elapsed, 2), "latency_ms": percentiles(latencies)}


def measure_http(home: Path, searches: list[dict], brief: dict, seconds: float, engine_call,
                 workers: int = 1, headers: dict | None = None, threads: int = 1, encoder_threads: int = 1) -> dict:
    """``engine_call(kind, payload)`` runs one request in-process ('search' or 'brief') on an engine
    whose encoder uses ``encoder_threads`` a call, as the server's do; ``threads``: the server's
    pool per process, the floor's pool; ``headers`` go with every request (a member key:
    availability filters are member data)."""
    port = free_port()
    load_start = os.getloadavg()[0]
    process = start_service(home, port, workers=workers)
    base = f"http://127.0.0.1:{port}/api"
    out: dict = {"clients": CLIENTS, "seconds_per_test": seconds, "workers": workers, "threads": threads,
                 "encoder_threads": encoder_threads}
    try:
        for kind, path, payloads in (("search", "/search", searches), ("brief", "/briefs/match", [brief])):
            asyncio.run(_load(base + path, payloads, min(2.0, seconds), CLIENTS, headers))  # warm up
            server_cpu, client_cpu = process_tree_cpu(process.pid), time.process_time()
            http = asyncio.run(_load(base + path, payloads, seconds, CLIENTS, headers,
                                     probe=lambda: sorted(connections_by_process(process.pid, port).values())))
            http["connections_per_worker"] = http.pop("probe", None)
            answered = max(1, http["latency_ms"]["n"])
            http["server_cpu_ms_per_request"] = round(1000 * (process_tree_cpu(process.pid) - server_cpu) / answered, 2)
            http["client_cpu_ms_per_request"] = round(1000 * (time.process_time() - client_cpu) / answered, 2)
            own_cpu = time.process_time()
            floor = _in_process(lambda p, k=kind: engine_call(k, p), payloads, seconds, CLIENTS, threads)
            floor["cpu_ms_per_request"] = round(1000 * (time.process_time() - own_cpu)
                                                / max(1, floor["latency_ms"]["n"]), 2)
            out[kind] = {"http": http, "in_process": floor,
                         "cpu_ratio": ratio(http["server_cpu_ms_per_request"], floor["cpu_ms_per_request"]),
                         "rps_ratio": ratio(http["requests_per_s"], floor["requests_per_s"]),
                         "p99_ratio": ratio(http["latency_ms"]["p99"], floor["latency_ms"]["p99"])}
    finally:
        stop_service(process)
    out["load_average_1m"] = [round(load_start, 2), round(os.getloadavg()[0], 2)]
    out["caveats"] = caveats(out)
    return out


def caveats(out: dict) -> list[str]:
    """What to keep in mind reading the figures, with this run's numbers."""
    start, end = out["load_average_1m"]
    split = "; ".join(f"{kind} {out[kind]['http'].get('connections_per_worker')}" for kind in ("search", "brief"))
    return [
        f"The machine is shared: load average {start} -> {end} (1 min) on {os.cpu_count()} cores over this "
        "section. Rates and p99 move with it; read the ratios, each measured in the same run, and the CPU per "
        "request, which the load changes least.",
        f"The {out['clients']} clients (asyncio, aiohttp) run on the same cores as the server: their CPU per "
        "request is given beside the server's.",
        f"The floor is one process: {out['threads']} engine threads (a server process's pool) fed by "
        f"{out['clients']} client threads, the encoder on {out['encoder_threads']} thread(s) a call as in the "
        f"server. The server runs {out['workers']} processes, so it may use cores the floor's GIL leaves idle.",
        "The floor builds each answer's matches with their explanations, not the HTTP layer's work (key check, "
        "rate limits, redaction by role, contacts, JSON, a line of access log as 'matcher serve' writes it); "
        "that is what the ratio prices.",
        f"The kernel spreads connections over the server's processes by a hash of each client's port "
        f"(connections per process: {split}): an uneven split lengthens the busier process's queue.",
    ]


def open_engine(home: Path, encoder) -> Engine:
    settings = MatcherSettings(home=home, database_url=f"sqlite:///{home / 'matcher.db'}")
    return Engine(settings, encoder=encoder)
