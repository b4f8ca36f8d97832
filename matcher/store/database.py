"""The profile store: SQLAlchemy over SQLite (default) or PostgreSQL (by URL).

Every write of profiles happens in one transaction together with its change-log rows, so
the database and the log never disagree; on PostgreSQL writers take a transaction-level
advisory lock so change numbers commit in order and a follower never skips one.

Statements' parameters are profiles' contents (names, contact details), so the engine hides
them (``hide_parameters``): a database error says which statement failed, never with what.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.store.erasure import compact, erase_in
from matcher.store.migrate import add_missing
from matcher.store.tables import (
    Base,
    BriefLabelRow,
    BriefRow,
    ChangeRow,
    CorrectionRow,
    ErasureRow,
    ProfileRow,
    utcnow,
)
from models.brief import Brief, CrewSheet
from models.profile import Profile

__all__ = ["Change", "RecordedBrief", "Store"]

_WRITE_LOCK = 7_263_001  # any constant; names the advisory lock of profile writes

Change = tuple[int, str, str]  # (seq, profile id, "upsert" | "delete")


@dataclass(frozen=True)
class RecordedBrief:
    """A brief as the gap report reads it back."""

    id: str
    text: str
    parsed: dict[str, Any]
    gaps: list[dict[str, Any]]
    created_at: dt.datetime
    labels: frozenset[str]


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _engine(url)
        Base.metadata.create_all(self.engine)
        add_missing(self.engine, Base.metadata)  # columns and indexes added since the database was made
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction for writing profiles (and whatever must commit with them)."""
        with self.session() as session:
            if self.engine.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
            yield session


    # -- profiles --------------------------------------------------------------------
    def get(self, profile_id: str) -> Profile | None:
        with self.session() as session:
            row = session.get(ProfileRow, profile_id)
            return None if row is None else Profile.model_validate(row.data)

    def get_many(self, profile_ids: Iterable[str]) -> dict[str, Profile]:
        ids = list(dict.fromkeys(profile_ids))
        with self.session() as session:
            rows = session.scalars(select(ProfileRow).where(ProfileRow.id.in_(ids))).all() if ids else []
            return {row.id: Profile.model_validate(row.data) for row in rows}

    def profiles(self, batch: int = 1000) -> Iterator[Profile]:
        with self.session() as session:
            for row in session.scalars(select(ProfileRow).order_by(ProfileRow.id).execution_options(yield_per=batch)):
                yield Profile.model_validate(row.data)

    def ids(self) -> set[str]:
        """Every profile id held (an index drops the others after an erasure)."""
        with self.session() as session:
            return set(session.scalars(select(ProfileRow.id)))

    def count(self) -> int:
        with self.session() as session:
            return session.scalar(select(func.count()).select_from(ProfileRow)) or 0

    def save(self, profiles: Iterable[Profile], mode: str = "upsert") -> list[bool]:
        """Store profiles in one transaction; returns, per profile, whether it was new.

        mode "create" refuses an existing id and "update" an unknown one (409 / 404)."""
        with self.writing() as session:
            return self.save_in(session, profiles, mode)

    def save_in(self, session: Session, profiles: Iterable[Profile], mode: str = "upsert") -> list[bool]:
        """``save`` inside a transaction opened with ``writing()``."""
        created: list[bool] = []
        for profile in profiles:
            row = session.get(ProfileRow, profile.id)
            if row is not None and mode == "create":
                raise Conflict(f"a profile with id '{profile.id}' already exists")
            if row is None and mode == "update":
                raise NotFound(f"no profile with id '{profile.id}'")
            data = profile.model_dump(mode="json", exclude_none=True)
            if row is None:
                session.add(ProfileRow(id=profile.id, kind=profile.kind, name=profile.name,
                                       visibility=profile.visibility, data=data))
            else:
                row.kind, row.name, row.visibility, row.data = profile.kind, profile.name, profile.visibility, data
                row.revision += 1
                row.updated_at = utcnow()
            session.add(ChangeRow(profile_id=profile.id, op="upsert"))
            created.append(row is None)
        return created

    def delete(self, profile_id: str, erased_by: str | None = None) -> None:
        """Delete a profile; with ``erased_by``, erase it: every copy of the person in the database
        goes too (``matcher.store.erasure``) and the erasure is logged by a one-way hash of the id."""
        with self.writing() as session:
            row = session.get(ProfileRow, profile_id)
            if row is None:
                raise NotFound(f"no profile with id '{profile_id}'")
            profile = Profile.model_validate(row.data)
            session.execute(delete(ProfileRow).where(ProfileRow.id == profile_id))
            session.add(ChangeRow(profile_id=profile_id, op="delete"))
            if erased_by is not None:
                erase_in(session, profile)
                digest = hashlib.sha256(profile_id.encode()).hexdigest()
                session.add(ErasureRow(profile_hash=digest, by=erased_by))
        if erased_by is not None:
            compact(self.engine)

    # -- briefs, for the gap report ----------------------------------------------------
    def record_brief(self, sheet: CrewSheet, label: str | None = None) -> str:
        """Record a matched brief and its gaps; ``label`` ("demo") marks where it came from."""
        gaps = [{"need": r.need.label, "role": r.need.role, "kind": r.need.kind, "reason": r.gap_reason}
                for r in sheet.needs if r.gap]
        brief_id = str(uuid.uuid4())
        with self.session() as session:
            session.add(BriefRow(id=brief_id, text=sheet.brief.text,
                                 parsed=sheet.brief.model_dump(mode="json"), gaps=gaps))
            if label:
                session.add(BriefLabelRow(brief_id=brief_id, label=label))
        return brief_id

    def prune_briefs(self, older_than: dt.datetime, keep_at_most: int, keep_label: str = "demo") -> int:
        """Delete recorded briefs older than ``older_than`` and all but the newest ``keep_at_most``
        (briefs labelled ``keep_label``, the demo's, stay); returns how many went."""
        with self.session() as session:
            kept = select(BriefLabelRow.brief_id).where(BriefLabelRow.label == keep_label)
            newest = (select(BriefRow.id).where(BriefRow.id.not_in(kept))
                      .order_by(BriefRow.created_at.desc(), BriefRow.id.desc()).limit(keep_at_most))
            doomed = select(BriefRow.id).where(BriefRow.id.not_in(kept)).where(
                (BriefRow.created_at < older_than) | BriefRow.id.not_in(newest))
            ids = list(session.scalars(doomed))
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                session.execute(delete(BriefLabelRow).where(BriefLabelRow.brief_id.in_(chunk)))
                session.execute(delete(BriefRow).where(BriefRow.id.in_(chunk)))
            return len(ids)

    # -- corrections to what briefs were understood to ask for ------------------------
    def record_correction(self, text: str, today: dt.date, parsed: Brief, corrected: Brief,
                          changes: list[dict[str, Any]], by: str) -> str:
        correction_id = str(uuid.uuid4())
        with self.session() as session:
            session.add(CorrectionRow(id=correction_id, text=text, today=today, by=by, changes=changes,
                                      parsed=parsed.model_dump(mode="json"),
                                      corrected=corrected.model_dump(mode="json")))
        return correction_id

    def corrections(self, limit: int = 500) -> list[dict[str, Any]]:
        """Stored corrections, newest first."""
        with self.session() as session:
            rows = session.scalars(select(CorrectionRow).order_by(CorrectionRow.created_at.desc()).limit(limit)).all()
            return [{"id": r.id, "text": r.text, "today": r.today, "parsed": r.parsed, "corrected": r.corrected,
                     "changes": r.changes, "by": r.by, "created_at": r.created_at} for r in rows]
    def recorded_briefs(self, batch: int = 500) -> Iterator[RecordedBrief]:
        """Every recorded brief, oldest first, with its labels."""
        with self.session() as session:
            labels: dict[str, set[str]] = {}
            for brief_id, label in session.execute(select(BriefLabelRow.brief_id, BriefLabelRow.label)):
                labels.setdefault(brief_id, set()).add(label)
            rows = session.scalars(select(BriefRow).order_by(BriefRow.created_at, BriefRow.id)
                                   .execution_options(yield_per=batch))
            for row in rows:
                yield RecordedBrief(row.id, row.text, row.parsed, row.gaps, row.created_at,
                                    frozenset(labels.get(row.id, ())))

    # -- the change log --------------------------------------------------------------
    def changes_since(self, seq: int) -> list[Change]:
        with self.session() as session:
            rows = session.execute(
                select(ChangeRow.seq, ChangeRow.profile_id, ChangeRow.op)
                .where(ChangeRow.seq > seq).order_by(ChangeRow.seq)).all()
            return [(int(s), p, op) for s, p, op in rows]

    def latest_seq(self) -> int:
        with self.session() as session:
            return int(session.scalar(select(func.max(ChangeRow.seq))) or 0)


def _engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except (ArgumentError, ImportError, OperationalError) as error:
        raise InvalidInput(f"cannot use database URL {url!r}: {error}") from None


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # WAL lets a second process read while one writes.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted content is overwritten, so an erased profile leaves no bytes in the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()
