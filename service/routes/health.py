"""Is it up, and is the index in step with the database (or still catching up after a restart:
it answers meanwhile, from its saved index, ``matcher.catch_up``)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from service.deps import PublicCaller, RuntimeDep
from service.errors import Unavailable
from service.schemas.health import Health

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Status, profile counts and index lag")
def health(_caller: PublicCaller, runtime: RuntimeDep) -> Health:
    engine = runtime.engine
    try:
        latest, count = engine.store.latest_seq(), engine.store.count()
    except SQLAlchemyError:  # a load balancer should hear "not now", not a 500
        raise Unavailable("the database cannot be reached") from None
    catching_up = engine.catching_up
    return Health(status="ok" if catching_up is None else "catching_up",
                  catch_up_progress=None if catching_up is None else catching_up.progress,
                  profiles_in_database=count, profiles_in_index=len(engine.index),
                  change_seq=engine.index.change_seq, database_change_seq=latest,
                  index_lag=max(0, latest - engine.index.change_seq), database=runtime.database_kind,
                  encoder=f"{engine.encoder.name} ({engine.encoder.backend})", dense_index=engine.index.dense.kind)
