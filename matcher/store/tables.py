"""The ORM classes of the store's tables, for code that works in sessions (the service, imports).

Each class is mapped onto its table as ``matcher.store.schema`` declares it (``__table__``):
the schema is declared once, in Core, and a cold ``matcher brief``, which records its brief with
Core statements, never imports the ORM. The annotations name the columns for type checking only;
what a column is (type, nullability, default, index) is said in ``schema``. The film office's
tables are mapped in ``office`` and the background jobs' in ``jobs``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped

from matcher.store import schema
from matcher.store.schema import utcnow

__all__ = ["ApiKeyRow", "Base", "BriefLabelRow", "BriefRow", "ChangeRow", "CorrectionRow", "ErasureRow", "ProfileRow",
           "RegisterCompanyRow", "RegisterImportRow", "ShortlistRow", "utcnow"]


class Base(DeclarativeBase):
    metadata = schema.metadata


class ProfileRow(Base):
    __table__ = schema.profiles
    id: Mapped[str]
    kind: Mapped[str]
    name: Mapped[str]
    visibility: Mapped[str]
    data: Mapped[dict[str, Any]]
    revision: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class ChangeRow(Base):
    __table__ = schema.changes
    seq: Mapped[int]
    profile_id: Mapped[str]
    op: Mapped[str]  # "upsert" | "delete" | "erase"
    at: Mapped[dt.datetime]


class ApiKeyRow(Base):
    __table__ = schema.api_keys
    id: Mapped[int]
    name: Mapped[str]
    role: Mapped[str]
    key_hash: Mapped[str]
    prefix: Mapped[str]
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class ShortlistRow(Base):
    """A shortlist the film office works: one per production (``production_key`` is unique).

    ``items`` is the ordered list of people on it, each ``{profile_id, need, note, status,
    status_at}``, one entry per person."""

    __table__ = schema.shortlists
    id: Mapped[str]
    name: Mapped[str]
    production: Mapped[str | None]
    production_key: Mapped[str | None]
    owner: Mapped[str]
    brief: Mapped[dict[str, Any] | None]
    items: Mapped[list[Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class BriefRow(Base):
    """Every brief matched, with its needs and gaps: the raw material of the gap report
    (recorded by ``Store.record_brief``; rewritten by an erasure)."""

    __table__ = schema.briefs
    id: Mapped[str]
    text: Mapped[str]
    parsed: Mapped[dict[str, Any]]
    gaps: Mapped[list[Any]]
    created_at: Mapped[dt.datetime]


class CorrectionRow(Base):
    """What the film office corrected in what a brief was understood to ask for: the material of
    new judged examples (``matcher.briefs.corrections``)."""

    __table__ = schema.brief_corrections
    id: Mapped[str]
    text: Mapped[str]
    today: Mapped[dt.date]
    parsed: Mapped[dict[str, Any]]
    corrected: Mapped[dict[str, Any]]
    changes: Mapped[list[dict[str, Any]]]
    by: Mapped[str]
    created_at: Mapped[dt.datetime]


class BriefLabelRow(Base):
    """A label on a recorded brief: "demo" marks the briefs the demo seeded into the gap report."""

    __table__ = schema.brief_labels
    brief_id: Mapped[str]
    label: Mapped[str]


class RegisterCompanyRow(Base):
    """A company the register import has kept: its profile, and the last import that saw it.

    Written in the same transaction as the profile, so an import that crashed and resumed
    knows which companies it already saw (those it did not see leave the register)."""

    __table__ = schema.register_companies
    number: Mapped[str]
    profile_id: Mapped[str]
    last_import: Mapped[str]
    outcome: Mapped[str]  # in that import: created | updated | unchanged | left


class RegisterImportRow(Base):
    """One register import: which file with which options, and how far it got (resumable)."""

    __table__ = schema.register_imports
    id: Mapped[str]
    source: Mapped[str]
    fingerprint: Mapped[str]
    options: Mapped[dict[str, Any]]
    status: Mapped[str]  # running | done
    lines_done: Mapped[int]  # physical lines committed, header included
    counts: Mapped[dict[str, Any]]
    started_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]


class ErasureRow(Base):
    """That an erasure happened and when; never who was erased beyond a one-way hash."""

    __table__ = schema.erasures
    id: Mapped[int]
    profile_hash: Mapped[str]
    by: Mapped[str]
    at: Mapped[dt.datetime]
