"""The background jobs' ORM class: a long import through the API, its progress and its outcome.

Mapped onto ``schema.jobs`` (same ``Base`` as ``tables``; the schema makes the table). A job is
a row, not a thread's memory, so any service process (``--workers``) answers
``GET /api/jobs/{id}`` for a job another process runs, and what it committed survives a restart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Mapped

from matcher.store import schema
from matcher.store.tables import Base

__all__ = ["JobRow"]


class JobRow(Base):
    """One job: ``status`` running -> done | failed | interrupted; counts grow as batches commit."""

    __table__ = schema.jobs
    id: Mapped[str]
    kind: Mapped[str]                  # "import"
    status: Mapped[str]
    total: Mapped[int]                 # profiles to store
    done: Mapped[int]                  # stored and in the index
    created: Mapped[int]
    updated: Mapped[int]
    skipped: Mapped[list[Any]]         # invalid lines left out, as LineProblem dicts
    error: Mapped[str | None]
    created_by: Mapped[str]
    # The process running it, "host:pid": a job whose process is gone (killed) is not left "running".
    owner: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
