"""ORM classes of the film office's working day: availability checks, which profiles a member
key owns, and the service's own secrets.

Mapped onto the tables ``matcher.store.schema`` declares (same ``Base`` as ``tables``). The
schema is only ever added to: ``matcher.store.migrate`` adds a new nullable column or index to a
database made by an older version, so an existing home folder keeps working.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped

from matcher.store import schema
from matcher.store.tables import Base

__all__ = ["AvailabilityCheckRow", "KeyProfileRow", "SecretRow"]


class AvailabilityCheckRow(Base):
    """One availability check sent to one person on a shortlist, and their answer.

    The answer link carries only this row's id, signed; ``answered_at`` makes it single-use
    (set once, by a conditional UPDATE) and ``superseded_at`` retires it when a newer check
    goes to the same person for the same shortlist."""

    __table__ = schema.availability_checks
    id: Mapped[str]
    shortlist_id: Mapped[str]
    profile_id: Mapped[str]
    email: Mapped[str]
    production: Mapped[str]
    need: Mapped[str | None]
    start: Mapped[dt.date]
    end: Mapped[dt.date]
    sent_by: Mapped[str]
    sent_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    transport: Mapped[str]           # "smtp" | "outbox"
    delivered: Mapped[bool]
    error: Mapped[str | None]
    superseded_at: Mapped[dt.datetime | None]
    answered_at: Mapped[dt.datetime | None]
    answer: Mapped[str | None]       # available | unavailable | partly
    note: Mapped[str | None]
    free_start: Mapped[dt.date | None]
    free_end: Mapped[dt.date | None]
    diary_updated: Mapped[bool | None]


class KeyProfileRow(Base):
    """A member key owns a profile: it may edit that profile and its diary, and nothing else."""

    __table__ = schema.key_profiles
    key_id: Mapped[int]
    profile_id: Mapped[str]


class SecretRow(Base):
    """Secrets the service makes for itself on first use (the availability links' signing
    key), shared through the database by every process serving it."""

    __table__ = schema.service_secrets
    name: Mapped[str]
    value: Mapped[str]
    created_at: Mapped[dt.datetime]
