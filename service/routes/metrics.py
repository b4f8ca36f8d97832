"""GET /metrics in the Prometheus text format (outside /api, where scrapers look)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST

from service.deps import PublicCaller, RuntimeDep

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/metrics", response_class=Response, response_model=None,
            responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text format"}},
            summary="Request counts and latency, search and brief latency, profiles, index lag")
def metrics(_caller: PublicCaller, runtime: RuntimeDep) -> Response:
    engine = runtime.engine
    latest = engine.store.latest_seq()
    body = runtime.metrics.render(engine.store.count(), len(engine.index), max(0, latest - engine.index.change_seq))
    return Response(body, media_type=CONTENT_TYPE_LATEST)
