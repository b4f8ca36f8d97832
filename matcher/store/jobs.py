"""The background jobs table: a long import through the API, its progress and its outcome.

Kept beside ``tables`` (same ``Base``, one ``create_all``). A job is a row, not a thread's
memory, so any service process (``--workers``) answers ``GET /api/jobs/{id}`` for a job another
process runs, and what it committed survives a restart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from matcher.store.tables import Base, JsonColumn, utcnow

__all__ = ["JobRow"]


class JobRow(Base):
    """One job: ``status`` running -> done | failed | interrupted; counts grow as batches commit."""

    __tablename__ = "jobs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))                 # "import"
    status: Mapped[str] = mapped_column(String(16), index=True)
    total: Mapped[int] = mapped_column(Integer)                  # profiles to store
    done: Mapped[int] = mapped_column(Integer, default=0)        # stored and in the index
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[list[Any]] = mapped_column(JsonColumn)      # invalid lines left out, as LineProblem dicts
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[str] = mapped_column(String(100))
    # The process running it, "host:pid": a job whose process is gone (killed) is not left "running".
    owner: Mapped[str | None] = mapped_column(String(300), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
