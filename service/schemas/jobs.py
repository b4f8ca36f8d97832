"""A background job as the API shows it (``GET /api/jobs/{id}``)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from service.schemas.profiles import LineProblem

__all__ = ["JobOut"]


class JobOut(BaseModel):
    id: str
    kind: Literal["import"]
    status: Literal["running", "done", "failed", "interrupted"] = Field(
        description="running, then done; failed or interrupted keep what was committed (done)")
    total: int = Field(description="profiles to store")
    done: int = Field(description="profiles stored and in the index so far")
    created: int
    updated: int
    progress: float = Field(description="done / total, 0 to 1")
    skipped: list[LineProblem] = Field(default_factory=list, description="invalid lines left out (skip_invalid)")
    error: str | None = None
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
    finished_at: dt.datetime | None = None
    url: str = Field(description="where to poll this job")
