"""A time budget and a turn-taking gate for the requests that cost the most.

Searches, briefs, crew sheets on paper and the investor and collaborator matches (``HEAVY``)
take a model, an index scan and a ranking each; the machine has few cores, so only
``heavy_concurrency`` of them are worked on at once and the rest wait for a turn. Why a gate
and not only a rate limit: a rate limit bounds requests per address, the gate bounds the
work (and the memory) in flight whoever sends it, so the worst request the caps allow
(``service.caps``) times the gate is the most memory requests can hold.

The budget (``request_budget`` seconds) counts from arrival: a request that has not had its
turn, or has not finished, by then is answered 503 with ``Retry-After``. A request already
running in a worker thread cannot be stopped midway (Python threads are not cancellable); it
keeps its turn until it finishes, so the gate still counts it and nothing piles up behind a
slow one. Its late answer is dropped.
"""

from __future__ import annotations

import asyncio
import math

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import error_response

__all__ = ["HEAVY", "TimeBudget", "is_heavy"]

# (method, path prefix) of the requests that run the model and the ranking.
HEAVY: tuple[tuple[str, str], ...] = (
    ("POST", "/api/search"),
    ("POST", "/api/briefs/"),
    ("POST", "/api/sheets/"),
    ("POST", "/api/investors"),
    ("POST", "/api/collaborators"),
    ("POST", "/api/partners"),
    ("GET", "/api/partners/"),
)


def is_heavy(method: str, path: str) -> bool:
    """Whether a request is one of ``HEAVY`` (by method and path prefix)."""
    return any(method == m and path.startswith(prefix) for m, prefix in HEAVY)


class TimeBudget:
    """ASGI middleware: at most ``concurrency`` heavy requests at once, each answered within ``budget`` s."""

    def __init__(self, app: ASGIApp, budget: float, concurrency: int) -> None:
        self.app = app
        self.budget = budget
        self.concurrency = concurrency
        self._turns: asyncio.Semaphore | None = None  # made in the server's event loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_heavy(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        if self._turns is None:
            self._turns = asyncio.Semaphore(self.concurrency)
        turns = self._turns
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.budget
        if turns.locked():  # wait for a turn, until the deadline
            try:
                async with asyncio.timeout_at(deadline):
                    await turns.acquire()
            except TimeoutError:
                await self._too_slow(scope, receive, send, "the service is busy")
                return
        else:
            await turns.acquire()  # a free turn is taken at once (no deadline to arm)
        answered = late = False
        refusal: asyncio.Task[None] | None = None

        async def sending(message: Message) -> None:
            nonlocal answered
            if not late:
                answered = True
                await send(message)

        def at_deadline() -> None:
            nonlocal late, refusal
            if not answered:
                late = True
                refusal = loop.create_task(self._too_slow(scope, receive, send,
                                                          "this request took longer than its budget"))

        # The work runs in this task, with a timer at the deadline (a task of its own per request, and
        # waiting for it, cost more): the timer answers 503 for a request that has not started its
        # answer, and the work keeps its turn until it ends, its late answer dropped.
        timer = loop.call_at(deadline, at_deadline)
        try:
            await self.app(scope, receive, sending)
        except Exception:
            if not late:
                raise  # as without the budget; a late request's outcome is nobody's any more
        finally:
            timer.cancel()
            turns.release()
            if refusal is not None:
                await refusal

    async def _too_slow(self, scope: Scope, receive: Receive, send: Send, why: str) -> None:
        response = error_response(503, f"{why} of {self.budget:g} seconds; try again shortly",
                                  budget_seconds=self.budget)
        response.headers["Retry-After"] = str(max(1, math.ceil(self.budget / 3)))
        await response(scope, receive, send)
