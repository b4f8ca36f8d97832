"""The database schema: profiles, the change log the index follows, and the service's records.

One schema for SQLite (the embedded default) and PostgreSQL. The change log is what keeps
every index (in this process, in another process, after a restart) in step with the
database: an index records the last change it applied and replays the rest.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, DateTime, Dialect, Index, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

__all__ = ["ApiKeyRow", "Base", "BriefLabelRow", "BriefRow", "ChangeRow", "CorrectionRow", "ErasureRow", "ProfileRow",
           "RegisterCompanyRow", "RegisterImportRow", "ShortlistRow", "utcnow"]



class JsonDocument(TypeDecorator[Any]):
    """JSON, stored as JSONB on PostgreSQL. The PostgreSQL dialect's module (~25 ms of a cold
    command's CPU) is imported only when a PostgreSQL database is used, not on the embedded SQLite."""

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(JSON())


JsonColumn = JsonDocument()
# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit sequence.
SeqColumn = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class ProfileRow(Base):
    __tablename__ = "profiles"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(300))
    visibility: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JsonColumn)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChangeRow(Base):
    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(SeqColumn, primary_key=True, autoincrement=True)
    profile_id: Mapped[str] = mapped_column(String(128))
    op: Mapped[str] = mapped_column(String(8))  # "upsert" | "delete"
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiKeyRow(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ShortlistRow(Base):
    """A shortlist the film office works: one per production (``production_key`` is unique).

    ``items`` is the ordered list of people on it, each ``{profile_id, need, note, status,
    status_at}``, one entry per person."""

    __tablename__ = "shortlists"
    __table_args__ = (Index("ux_shortlists_production", "production_key", unique=True),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # The production as crew see it in an availability check, and its folded form (unique).
    production: Mapped[str | None] = mapped_column(String(200), nullable=True)
    production_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    owner: Mapped[str] = mapped_column(String(100))
    brief: Mapped[dict[str, Any] | None] = mapped_column(JsonColumn, nullable=True)
    items: Mapped[list[Any]] = mapped_column(JsonColumn)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class BriefRow(Base):
    """Every brief matched, with its needs and gaps: the raw material of the gap report."""

    __tablename__ = "briefs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    parsed: Mapped[dict[str, Any]] = mapped_column(JsonColumn)
    gaps: Mapped[list[Any]] = mapped_column(JsonColumn)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class CorrectionRow(Base):
    """What the film office corrected in what a brief was understood to ask for: the material of
    new judged examples (``matcher.briefs.corrections``)."""

    __tablename__ = "brief_corrections"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    today: Mapped[dt.date] = mapped_column(Date)
    parsed: Mapped[dict[str, Any]] = mapped_column(JsonColumn)
    corrected: Mapped[dict[str, Any]] = mapped_column(JsonColumn)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JsonColumn)
    by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
class BriefLabelRow(Base):
    """A label on a recorded brief: "demo" marks the briefs the demo seeded into the gap report."""

    __tablename__ = "brief_labels"
    brief_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(32), primary_key=True)


class RegisterCompanyRow(Base):
    """A company the register import has kept: its profile, and the last import that saw it.

    Written in the same transaction as the profile, so an import that crashed and resumed
    knows which companies it already saw (those it did not see leave the register)."""

    __tablename__ = "register_companies"
    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(128))
    last_import: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # in that import: created | updated | unchanged | left


class RegisterImportRow(Base):
    """One register import: which file with which options, and how far it got (resumable)."""

    __tablename__ = "register_imports"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(String(500))
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    options: Mapped[dict[str, Any]] = mapped_column(JsonColumn)
    status: Mapped[str] = mapped_column(String(16))  # running | done
    lines_done: Mapped[int] = mapped_column(BigInteger, default=0)  # physical lines committed, header included
    counts: Mapped[dict[str, Any]] = mapped_column(JsonColumn)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ErasureRow(Base):
    """That an erasure happened and when; never who was erased beyond a one-way hash."""

    __tablename__ = "erasures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    profile_hash: Mapped[str] = mapped_column(String(64))
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


Index("ix_changes_profile", ChangeRow.profile_id)
