"""Is it up, and is the index in step with the database."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import PublicCaller, RuntimeDep
from service.schemas.health import Health

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Status, profile counts and index lag")
def health(_caller: PublicCaller, runtime: RuntimeDep) -> Health:
    engine = runtime.engine
    latest = engine.store.latest_seq()
    return Health(status="ok", profiles_in_database=engine.store.count(), profiles_in_index=len(engine.index),
                  change_seq=engine.index.change_seq, database_change_seq=latest,
                  index_lag=max(0, latest - engine.index.change_seq), database=runtime.database_kind,
                  encoder=f"{engine.encoder.name} ({engine.settings.encoder_backend})")
