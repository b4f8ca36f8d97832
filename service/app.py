"""``create_app()``: the FastAPI app of the matcher, its API, metrics and the web page.

Nothing heavy happens at import or in ``create_app``: the lifespan loads the engine (the
encoder and the index) once when the server starts, starts the thread that follows the
database's change log, and on shutdown stops it and saves the index.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from matcher.engine import Engine
from matcher.settings import load_settings
from service.budget import TimeBudget
from service.concurrency import encoder_threads, size_thread_pool, thread_pool_size
from service.errors import install_error_handlers
from service.headers import SecurityHeaders
from service.input_guard import InputGuard
from service.limits import BodyLimit
from service.metrics import Metrics, MetricsMiddleware
from service.openapi_doc import install_openapi
from service.rate_limits import RateLimits
from service.routes import API_ROUTERS, ROOT_ROUTERS
from service.routes.jobs import IMPORTS_PATH
from service.routes.profile_import import IMPORT_PATH
from service.runtime import Runtime
from service.settings import ServiceSettings

__all__ = ["API_PREFIX", "create_app"]

API_PREFIX = "/api"
STATIC_DIR = Path(__file__).resolve().parent / "web" / "static"
log = logging.getLogger("service")


def create_app(settings: ServiceSettings | None = None, engine: Engine | None = None) -> FastAPI:
    """The app; ``engine`` hands over one already loaded (``matcher serve`` on first start)."""
    settings = settings or load_settings(ServiceSettings)
    threads = encoder_threads(settings.encoder_threads, thread_pool_size(settings.threads), settings.workers)
    settings = settings.model_copy(update={"encoder_threads": threads})  # the engine's encoder is made with it
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        size_thread_pool(settings.threads)  # CPU-bound routes: as many at once as there are cores
        app.state.runtime = await run_in_threadpool(Runtime.start, settings, metrics, engine)
        try:
            yield
        finally:
            await run_in_threadpool(app.state.runtime.stop)

    # /docs and /redoc are served by service.routes.docs, from the app's own files (no CDN).
    app = FastAPI(title="The matcher", lifespan=lifespan, docs_url=None, redoc_url=None,
                  summary="Crew-and-supplier matchmaking for the Staffordshire Moving Image Cluster",
                  description="Send an API key as `X-API-Key` or `Authorization: Bearer`. Without one you "
                              "are the public: search and briefs, without contact details.")
    app.state.settings = settings
    install_error_handlers(app)
    for router in API_ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    for router in ROOT_ROUTERS:
        app.include_router(router)
    _add_web_page(app)
    install_openapi(app)  # every error status and the error body, documented
    app.state.rate_limits = RateLimits(settings)  # checked by service.deps.RoleGuard
    app.add_middleware(TimeBudget, budget=settings.request_budget, concurrency=settings.heavy_concurrency)
    app.add_middleware(InputGuard)  # NUL and deep nesting refused, inside the body limit
    app.add_middleware(BodyLimit, default=settings.max_body_bytes, limits={IMPORT_PATH: settings.max_import_bytes,
                                                                            IMPORTS_PATH: settings.max_import_bytes},
                       timeout=settings.body_timeout)
    app.add_middleware(SecurityHeaders, tile_url=settings.map_tile_url)  # on every answer, refusals too
    app.add_middleware(MetricsMiddleware, metrics=metrics)  # outermost: counts 413s too
    return app


def _add_web_page(app: FastAPI) -> None:
    """The film office's page (``service.routes.pages``, among ROOT_ROUTERS) needs its assets."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
