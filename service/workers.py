"""Several server processes on one port, each with a listening socket of its own (``SO_REUSEPORT``).

Why not uvicorn's own ``--workers``: its supervisor binds one socket and every worker accepts from
it. A worker's event loop only parses requests (routes run in its thread pool), so it is nearly
always free, wakes first and accepts every connection waiting (asyncio and uvloop accept in a
loop): measured here, 16 clients' keep-alive connections all went to one of two workers, which
did all the work on one core while the other idled. With ``SO_REUSEPORT`` each worker listens on
a socket of its own bound to the same address, and the kernel spreads new connections over them
by a hash of the client's address and port, whoever is awake. Only processes of the same user
may join such a group of sockets.

The supervisor (``serve_workers``) is this process: it reserves the port (a bound, never
listening socket, so port 0 becomes one real port for all), starts the workers (spawned, each
building the app from the environment as ``matcher serve`` sets it), starts again one that dies,
stops everything if one cannot start (uvicorn's startup-failure exit code: a broken app or
database would fail the same way each time) or keeps dying as soon as it starts (any other exit
code, three times running within ``_QUICK_DEATH_S`` of its start: restarting it forever would only
hide the fault), and on SIGINT or SIGTERM asks each worker to shut down gracefully (SIGTERM) and
waits for it.

A port another server already listens on is refused before any worker starts: sockets that share
a port with ``SO_REUSEPORT`` would otherwise join that server's group without an error and split
its connections with it. A plain bind, without the option, fails while any socket holds the port.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import signal
import socket
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from typing import Any

__all__ = ["APP", "listening_socket", "port_is_taken", "serve_workers"]

APP = "service.app:create_app"  # an app factory, so each worker builds its own from the environment
_STARTUP_FAILURE = 3  # uvicorn.config.STARTUP_FAILURE: the app's startup failed
_STOP_WAIT_S = 30.0  # past the graceful shutdown a worker is given, it is killed
_QUICK_DEATH_S = 10.0  # a worker ending this soon after its start died of how it starts, not of a request
_QUICK_DEATHS = 3  # that many running, and the server stops

log = logging.getLogger("service")


def listening_socket(host: str, port: int, listen: bool = True) -> socket.socket:
    """A TCP socket on (host, port) that other sockets of this user may share (``SO_REUSEPORT``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if listen:
        sock.listen(2048)
    return sock


def port_is_taken(host: str, port: int) -> bool:
    """Whether a socket already holds (host, port): a plain bind (no ``SO_REUSEPORT``) fails then."""
    if port == 0:
        return False
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a port in TIME_WAIT is free
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return True
            raise
    return False


def _worker(host: str, port: int, options: dict[str, Any]) -> None:
    import uvicorn

    config = uvicorn.Config(APP, factory=True, host=host, port=port, **options)
    uvicorn.Server(config).run(sockets=[listening_socket(host, port)])


def serve_workers(host: str, port: int, workers: int, options: dict[str, Any]) -> int:
    """Serve ``APP`` from ``workers`` processes on (host, port) until SIGINT or SIGTERM; returns
    the exit code (non-zero when the port is taken or a worker could not start or keeps dying at
    start). ``options``: uvicorn.Config's, which must pickle (classes by reference, no closures)."""
    if port_is_taken(host, port):
        log.error("port %s on %s is already in use: is another server running?", port, host)
        return 1
    reserved = listening_socket(host, port, listen=False)  # port 0 -> one port for every worker
    port = reserved.getsockname()[1]
    context = multiprocessing.get_context("spawn")
    stopping: list[int] = []
    previous = {sig: signal.signal(sig, lambda number, _frame: stopping.append(number))
                for sig in (signal.SIGINT, signal.SIGTERM)}

    def start() -> BaseProcess:
        process = context.Process(target=_worker, args=(host, port, options), name="matcher-worker")
        process.start()
        return process

    processes = [start() for _ in range(workers)]
    started = [time.monotonic()] * workers
    quick_deaths = [0] * workers
    code = 0
    try:
        while not stopping:
            wait([p.sentinel for p in processes], timeout=0.5)
            for i, process in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                if process.exitcode == _STARTUP_FAILURE:
                    log.error("worker %s could not start: stopping", process.pid)
                    stopping.append(0)
                    code = _STARTUP_FAILURE
                    break
                quick = time.monotonic() - started[i] < _QUICK_DEATH_S
                quick_deaths[i] = quick_deaths[i] + 1 if quick else 0
                if quick_deaths[i] >= _QUICK_DEATHS:
                    log.error("worker ended %s times as soon as it started (exit code %s): stopping",
                              quick_deaths[i], process.exitcode)
                    stopping.append(0)
                    code = 1
                    break
                log.warning("worker %s ended (exit code %s): starting another", process.pid, process.exitcode)
                processes[i], started[i] = start(), time.monotonic()
    finally:
        _stop(processes)
        reserved.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return code


def _stop(processes: list[BaseProcess]) -> None:
    for process in processes:
        if process.is_alive() and process.pid is not None:
            process.terminate()  # SIGTERM: uvicorn shuts down gracefully (the index is saved)
    for process in processes:
        process.join(_STOP_WAIT_S)
        if process.is_alive():
            process.kill()
            process.join()
