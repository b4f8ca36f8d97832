"""The database schema, declared once in SQLAlchemy Core: every table, column and index.

One schema for SQLite (the embedded default) and PostgreSQL. The change log (``changes``) is
what keeps every index (in this process, in another process, after a restart) in step with the
database: an index records the last change it applied and replays the rest.

Why Core and not declarative ORM classes: a cold ``matcher brief`` must record the brief for
the gap report, and importing the ORM and building its classes cost about as much as the rest
of SQLAlchemy together (~0.1 s of a process that answers in ~0.6 s). The ``Store`` reads and
records briefs and profiles with Core statements on these tables; the ORM classes
(``matcher.store.tables``, ``office``, ``jobs``) are mapped onto the same ``Table`` objects
(``__table__``), so there is one declaration of each table and the service's sessions see the
same rows. A column that is not nullable says so here (``nullable=False``), as the ORM's
``Mapped[str]`` used to imply; ``matcher.store.migrate`` adds what an older database lacks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.types import TypeEngine

__all__ = ["JsonColumn", "api_keys", "availability_checks", "brief_corrections", "brief_labels", "briefs", "changes",
           "erasures", "jobs", "key_profiles", "metadata", "profiles", "register_companies", "register_imports",
           "service_secrets", "shortlists", "utcnow"]


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


def _required(name: str, kind: Any, **options: Any) -> Column[Any]:
    return Column(name, kind, nullable=False, **options)


def _when(name: str, **options: Any) -> Column[Any]:
    """A timestamp set when the row is made (``utcnow``)."""
    return Column(name, DateTime(timezone=True), nullable=False, default=utcnow, **options)


def _optional(name: str, kind: Any) -> Column[Any]:
    return Column(name, kind, nullable=True)


metadata = MetaData()

profiles = Table(
    "profiles", metadata,
    Column("id", String(128), primary_key=True),
    _required("kind", String(16), index=True),
    _required("name", String(300)),
    _required("visibility", String(16)),
    _required("data", JsonColumn),
    _required("revision", Integer, default=1),
    _when("created_at"), _when("updated_at"))

changes = Table(  # the change log: "upsert" | "delete" | "erase" (matcher.store.erasure)
    "changes", metadata,
    Column("seq", SeqColumn, primary_key=True, autoincrement=True),
    _required("profile_id", String(128)),
    _required("op", String(8)),
    _when("at"),
    Index("ix_changes_profile", "profile_id"))

api_keys = Table(
    "api_keys", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("name", String(100)),
    _required("role", String(16)),
    _required("key_hash", String(64), unique=True),
    _required("prefix", String(12)),
    _when("created_at"),
    _optional("revoked_at", DateTime(timezone=True)))

shortlists = Table(  # one per production; items: [{profile_id, need, note, status, status_at}]
    "shortlists", metadata,
    Column("id", String(36), primary_key=True),
    _required("name", String(200)),
    # The production as crew see it in an availability check, and its folded form (unique).
    _optional("production", String(200)),
    _optional("production_key", String(200)),
    _required("owner", String(100)),
    _optional("brief", JsonColumn),
    _required("items", JsonColumn),
    _when("created_at"), _when("updated_at"),
    Index("ux_shortlists_production", "production_key", unique=True))

briefs = Table(  # every brief matched, with its needs and gaps: the raw material of the gap report
    "briefs", metadata,
    Column("id", String(36), primary_key=True),
    _required("text", Text),
    _required("parsed", JsonColumn),
    _required("gaps", JsonColumn),
    _when("created_at", index=True))

brief_corrections = Table(  # what the film office corrected in a brief's reading (matcher.briefs.corrections)
    "brief_corrections", metadata,
    Column("id", String(36), primary_key=True),
    _required("text", Text),
    _required("today", Date),
    _required("parsed", JsonColumn),
    _required("corrected", JsonColumn),
    _required("changes", JsonColumn),
    _required("by", String(100)),
    _when("created_at", index=True))

brief_labels = Table(  # "demo" marks the briefs the demo seeded into the gap report
    "brief_labels", metadata,
    Column("brief_id", String(36), primary_key=True),
    Column("label", String(32), primary_key=True))

register_companies = Table(  # written with the profile, so a resumed register import knows what it saw
    "register_companies", metadata,
    Column("number", String(16), primary_key=True),
    _required("profile_id", String(128)),
    _required("last_import", String(36), index=True),
    _required("outcome", String(16)))  # in that import: created | updated | unchanged | left

register_imports = Table(  # one register import: which file, which options, how far it got
    "register_imports", metadata,
    Column("id", String(36), primary_key=True),
    _required("source", String(500)),
    _required("fingerprint", String(64), index=True),
    _required("options", JsonColumn),
    _required("status", String(16)),  # running | done
    _required("lines_done", BigInteger, default=0),  # physical lines committed, header included
    _required("counts", JsonColumn),
    _when("started_at"), _when("updated_at"),
    _optional("finished_at", DateTime(timezone=True)))

erasures = Table(  # that an erasure happened and when; never who beyond a one-way hash
    "erasures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("profile_hash", String(64)),
    _required("by", String(100)),
    _when("at"))

jobs = Table(  # a long import through the API: running -> done | failed | interrupted
    "jobs", metadata,
    Column("id", String(36), primary_key=True),
    _required("kind", String(32)),
    _required("status", String(16), index=True),
    _required("total", Integer),
    _required("done", Integer, default=0),
    _required("created", Integer, default=0),
    _required("updated", Integer, default=0),
    _required("skipped", JsonColumn),
    _optional("error", Text),
    _required("created_by", String(100)),
    _optional("owner", String(300)),
    _when("created_at"), _when("updated_at"),
    _optional("finished_at", DateTime(timezone=True)))

availability_checks = Table(  # one check sent to one person on a shortlist, and their answer
    "availability_checks", metadata,
    Column("id", String(36), primary_key=True),
    _required("shortlist_id", String(36), index=True),
    _required("profile_id", String(128), index=True),
    _required("email", String(320)),
    _required("production", String(200)),
    _optional("need", String(200)),
    _required("start", Date),
    _required("end", Date),
    _required("sent_by", String(100)),
    _when("sent_at"),
    _required("expires_at", DateTime(timezone=True)),
    _required("transport", String(16)),  # "smtp" | "outbox"
    _required("delivered", Boolean, default=False),
    _optional("error", Text),
    _optional("superseded_at", DateTime(timezone=True)),
    _optional("answered_at", DateTime(timezone=True)),
    _optional("answer", String(16)),  # available | unavailable | partly
    _optional("note", Text),
    _optional("free_start", Date),
    _optional("free_end", Date),
    _optional("diary_updated", Boolean))

key_profiles = Table(  # a member key owns a profile: it may edit that profile and its diary
    "key_profiles", metadata,
    Column("key_id", Integer, ForeignKey("api_keys.id", ondelete="CASCADE"), primary_key=True),
    Column("profile_id", String(128), primary_key=True),
    Index("ix_key_profiles_profile", "profile_id"))

service_secrets = Table(  # secrets the service makes for itself (the availability links' signing key)
    "service_secrets", metadata,
    Column("name", String(64), primary_key=True),
    _required("value", String(200)),
    _when("created_at"))
