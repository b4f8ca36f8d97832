"""POST /api/search: words and filters in, the exact top-k for the caller's role out."""

from __future__ import annotations

import time

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from matcher.errors import InvalidInput
from matcher.filters import Filters
from matcher.geo import load_gazetteer
from matcher.rwlock import Busy
from matcher.search import Query
from models.match import MatchOut
from service.contacts import with_contacts
from service.deps import Caller, PublicCaller, RuntimeDep
from service.limits import check_text_length
from service.on_loop import on_loop
from service.private_filters import check_search_filters
from service.runtime import Runtime
from service.schemas.search import Point, QueryEcho, SearchRequest, SearchResponse
from service.visibility import identities, redact_matches

__all__ = ["router"]

router = APIRouter(tags=["search"])


@router.post("/search", response_model=SearchResponse, summary="Search the profiles; every match says why")
async def search(request: SearchRequest, caller: PublicCaller, runtime: RuntimeDep) -> SearchResponse:
    # A short search runs on the event loop, no thread hop (service.on_loop says when and why); the
    # rest runs in the thread pool in one hop (a plain ``def`` route would take a second one: FastAPI
    # checks a plain route's answer against its model in the pool as well).
    if runtime.settings.search_on_loop and on_loop(request.text, caller.role, runtime.keys.local):
        try:
            return _search(request, caller, runtime, wait=False)
        except Busy:  # the index is being changed: wait for it in a thread, not on the loop
            pass
    return await run_in_threadpool(_search, request, caller, runtime)


def _search(request: SearchRequest, caller: Caller, runtime: Runtime, wait: bool = True) -> SearchResponse:
    """The answer; ``wait=False``: ``Busy``, before any work is counted, while the index is being changed."""
    check_text_length(request.text, runtime.settings.max_text_chars)
    check_search_filters(request, caller.role)  # day rates and diaries are member data
    near = _origin(request)
    filters = Filters(kinds=tuple(request.kinds), sectors=tuple(s.lower() for s in request.sectors),
                      near=(near.lat, near.lon) if near else None, radius_km=request.radius_km,
                      available=(request.available.start, request.available.end) if request.available else None,
                      max_rate=request.max_rate, include_unknown=not request.strict,
                      audience=caller.role.audience)
    started = time.perf_counter()
    matches = runtime.engine.search([Query(text=request.text, filters=filters, top_k=request.top_k)], wait=wait)[0]
    runtime.metrics.search_latency.observe(time.perf_counter() - started)
    found = identities(runtime.engine.index, [m.id for m in matches])
    out = with_contacts(redact_matches([MatchOut.of(m) for m in matches], caller.role, found.get), caller.role,
                        runtime.catalogue)
    echo = QueryEcho(**request.model_dump(exclude={"near"}), near=near)
    return SearchResponse(matches=out, took_ms=round((time.perf_counter() - started) * 1000, 2), query=echo)


def _origin(request: SearchRequest) -> Point | None:
    if request.place is None:
        return request.near
    place = load_gazetteer().resolve_typed(request.place)  # a town, district, postcode or "venue, town"
    if place is None:
        raise InvalidInput(f"place: '{request.place}' is not a UK town, postcode district or venue we know "
                           "(type a venue with its town: 'Kiln Yard, Burslem')")
    return Point(lat=place.lat, lon=place.lon)
