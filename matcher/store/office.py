"""Tables of the film office's working day: availability checks, which profiles a member key
owns, and the service's own secrets.

Kept beside ``tables`` (same ``Base``, so one ``create_all`` makes them) and only ever added
to: ``matcher.store.migrate`` adds a new nullable column or index to a database made by an
older version, so an existing home folder keeps working.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from matcher.store.tables import Base, utcnow

__all__ = ["AvailabilityCheckRow", "KeyProfileRow", "SecretRow"]


class AvailabilityCheckRow(Base):
    """One availability check sent to one person on a shortlist, and their answer.

    The answer link carries only this row's id, signed; ``answered_at`` makes it single-use
    (set once, by a conditional UPDATE) and ``superseded_at`` retires it when a newer check
    goes to the same person for the same shortlist."""

    __tablename__ = "availability_checks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    shortlist_id: Mapped[str] = mapped_column(String(36), index=True)
    profile_id: Mapped[str] = mapped_column(String(128), index=True)
    email: Mapped[str] = mapped_column(String(320))
    production: Mapped[str] = mapped_column(String(200))
    need: Mapped[str | None] = mapped_column(String(200), nullable=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    sent_by: Mapped[str] = mapped_column(String(100))
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    transport: Mapped[str] = mapped_column(String(16))          # "smtp" | "outbox"
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    answer: Mapped[str | None] = mapped_column(String(16), nullable=True)  # available | unavailable | partly
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    free_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    free_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    diary_updated: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class KeyProfileRow(Base):
    """A member key owns a profile: it may edit that profile and its diary, and nothing else."""

    __tablename__ = "key_profiles"
    key_id: Mapped[int] = mapped_column(Integer, ForeignKey("api_keys.id", ondelete="CASCADE"), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(128), primary_key=True)


class SecretRow(Base):
    """Secrets the service makes for itself on first use (the availability links' signing
    key), shared through the database by every process serving it."""

    __tablename__ = "service_secrets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


Index("ix_key_profiles_profile", KeyProfileRow.profile_id)
