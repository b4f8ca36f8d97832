"""POST /api/search: words and filters in, the exact top-k for the caller's role out."""

from __future__ import annotations

import time

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from matcher.errors import InvalidInput
from matcher.filters import Filters
from matcher.geo import load_gazetteer
from matcher.search import Query
from models.match import MatchOut
from service.contacts import with_contacts
from service.deps import Caller, PublicCaller, RuntimeDep
from service.limits import check_text_length
from service.private_filters import check_search_filters
from service.runtime import Runtime
from service.schemas.search import Point, QueryEcho, SearchRequest, SearchResponse
from service.visibility import identities, redact_matches

__all__ = ["router"]

router = APIRouter(tags=["search"])


@router.post("/search", response_model=SearchResponse, summary="Search the profiles; every match says why")
async def search(request: SearchRequest, caller: PublicCaller, runtime: RuntimeDep) -> SearchResponse:
    # The work runs in the thread pool as a plain ``def`` route's would; handing it over here saves a
    # second hop: FastAPI checks a plain route's answer against its model in the pool as well.
    return await run_in_threadpool(_search, request, caller, runtime)


def _search(request: SearchRequest, caller: Caller, runtime: Runtime) -> SearchResponse:
    check_text_length(request.text, runtime.settings.max_text_chars)
    check_search_filters(request, caller.role)  # day rates and diaries are member data
    near = _origin(request)
    filters = Filters(kinds=tuple(request.kinds), sectors=tuple(s.lower() for s in request.sectors),
                      near=(near.lat, near.lon) if near else None, radius_km=request.radius_km,
                      available=(request.available.start, request.available.end) if request.available else None,
                      max_rate=request.max_rate, include_unknown=not request.strict,
                      audience=caller.role.audience)
    started = time.perf_counter()
    with runtime.metrics.search_latency.time():
        matches = runtime.engine.search([Query(text=request.text, filters=filters, top_k=request.top_k)])[0]
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
