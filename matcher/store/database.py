"""The profile store: SQLAlchemy over SQLite (default) or PostgreSQL (by URL).

Every write of profiles happens in one transaction together with its change-log rows, so
the database and the log never disagree; on PostgreSQL writers take a transaction-level
advisory lock so change numbers commit in order and a follower never skips one.

The store reads, and records briefs and corrections, with Core statements on the tables
``matcher.store.schema`` declares: a cold ``matcher brief`` (read its profiles, record it for
the gap report) imports no ORM. Writes of profiles and erasures work in an ORM session
(``writing``, ``save_in``: an import writes its own rows in the same transaction), and
``session`` hands one to the service; the ORM (``sqlalchemy.orm``, ``matcher.store.tables``) is
imported by the first of those.

Statements' parameters are profiles' contents (names, contact details), so the engine hides
them (``hide_parameters``): a database error says which statement failed, never with what.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.store import schema
from matcher.store.migrate import ensure_schema
from models.profile import Profile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from models.brief import Brief, CrewSheet

__all__ = ["Change", "RecordedBrief", "Store"]

_WRITE_LOCK = 7_263_001  # any constant; names the advisory lock of profile writes

Change = tuple[int, str, str]  # (seq, profile id, "upsert" | "delete")
_profiles, _changes, _briefs, _brief_labels = schema.profiles, schema.changes, schema.briefs, schema.brief_labels
_corrections = schema.brief_corrections


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
        ensure_schema(self.engine, schema.metadata)  # tables, columns and indexes added since the database was made

    @functools.cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session in one transaction (committed at the end, rolled back on an error)."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction for writing profiles (and whatever must commit with them)."""
        with self.session() as session:
            if self.engine.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
            yield session

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for Core reads (its transaction rolled back at the end: nothing to commit)."""
        with self.engine.connect() as connection:
            yield connection

    # -- profiles --------------------------------------------------------------------
    def get(self, profile_id: str) -> Profile | None:
        with self._reading() as connection:
            data = connection.scalar(select(_profiles.c.data).where(_profiles.c.id == profile_id))
            return None if data is None else Profile.model_validate(data)

    def get_many(self, profile_ids: Iterable[str]) -> dict[str, Profile]:
        ids = list(dict.fromkeys(profile_ids))
        if not ids:
            return {}
        with self._reading() as connection:
            rows = connection.execute(select(_profiles.c.id, _profiles.c.data).where(_profiles.c.id.in_(ids)))
            return {profile_id: Profile.model_validate(data) for profile_id, data in rows}

    def profiles(self, batch: int = 1000) -> Iterator[Profile]:
        with self._reading() as connection:
            rows = connection.execution_options(yield_per=batch).execute(
                select(_profiles.c.data).order_by(_profiles.c.id))
            for data in rows.scalars():
                yield Profile.model_validate(data)

    def ids(self) -> set[str]:
        """Every profile id held (an index drops the others after an erasure)."""
        with self._reading() as connection:
            return set(connection.scalars(select(_profiles.c.id)))

    def count(self) -> int:
        with self._reading() as connection:
            return connection.scalar(select(func.count()).select_from(_profiles)) or 0

    def save(self, profiles: Iterable[Profile], mode: str = "upsert") -> list[bool]:
        """Store profiles in one transaction; returns, per profile, whether it was new.

        mode "create" refuses an existing id and "update" an unknown one (409 / 404)."""
        with self.writing() as session:
            return self.save_in(session, profiles, mode)

    def save_in(self, session: Session, profiles: Iterable[Profile], mode: str = "upsert") -> list[bool]:
        """``save`` inside a transaction opened with ``writing()``."""
        from matcher.store.tables import ChangeRow, ProfileRow, utcnow

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
        from matcher.store.erasure import compact, erase_in
        from matcher.store.tables import ChangeRow, ErasureRow, ProfileRow

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
        """Record a matched brief and its gaps; ``label`` ("demo") marks where it came from.

        The one way a brief is recorded (the command line, the service, the demo's seed)."""
        gaps = [{"need": r.need.label, "role": r.need.role, "kind": r.need.kind, "reason": r.gap_reason}
                for r in sheet.needs if r.gap]
        brief_id = str(uuid.uuid4())
        with self.engine.begin() as connection:
            connection.execute(insert(_briefs).values(id=brief_id, text=sheet.brief.text,
                                                      parsed=sheet.brief.model_dump(mode="json"), gaps=gaps))
            if label:
                connection.execute(insert(_brief_labels).values(brief_id=brief_id, label=label))
        return brief_id

    def prune_briefs(self, older_than: dt.datetime, keep_at_most: int, keep_label: str = "demo") -> int:
        """Delete recorded briefs older than ``older_than`` and all but the newest ``keep_at_most``
        (briefs labelled ``keep_label``, the demo's, stay); returns how many went."""
        brief, labels = _briefs.c, _brief_labels.c
        with self.engine.begin() as connection:
            kept = select(labels.brief_id).where(labels.label == keep_label)
            newest = (select(brief.id).where(brief.id.not_in(kept))
                      .order_by(brief.created_at.desc(), brief.id.desc()).limit(keep_at_most))
            doomed = select(brief.id).where(brief.id.not_in(kept)).where(
                (brief.created_at < older_than) | brief.id.not_in(newest))
            ids = list(connection.scalars(doomed))
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                connection.execute(delete(_brief_labels).where(labels.brief_id.in_(chunk)))
                connection.execute(delete(_briefs).where(brief.id.in_(chunk)))
            return len(ids)

    # -- corrections to what briefs were understood to ask for ------------------------
    def record_correction(self, text: str, today: dt.date, parsed: Brief, corrected: Brief,
                          changes: list[dict[str, Any]], by: str) -> str:
        correction_id = str(uuid.uuid4())
        with self.engine.begin() as connection:
            connection.execute(insert(_corrections).values(
                id=correction_id, text=text, today=today, by=by, changes=changes,
                parsed=parsed.model_dump(mode="json"), corrected=corrected.model_dump(mode="json")))
        return correction_id

    def corrections(self, limit: int = 500) -> list[dict[str, Any]]:
        """Stored corrections, newest first."""
        c = _corrections.c
        with self._reading() as connection:
            rows = connection.execute(select(c.id, c.text, c.today, c.parsed, c.corrected, c.changes, c.by,
                                             c.created_at).order_by(c.created_at.desc()).limit(limit))
            return [dict(row._mapping) for row in rows]

    def recorded_briefs(self, batch: int = 500) -> Iterator[RecordedBrief]:
        """Every recorded brief, oldest first, with its labels."""
        brief = _briefs.c
        with self._reading() as connection:
            labels: dict[str, set[str]] = {}
            for brief_id, label in connection.execute(select(_brief_labels.c.brief_id, _brief_labels.c.label)):
                labels.setdefault(brief_id, set()).add(label)
            rows = connection.execution_options(yield_per=batch).execute(
                select(brief.id, brief.text, brief.parsed, brief.gaps, brief.created_at)
                .order_by(brief.created_at, brief.id))
            for brief_id, text_, parsed, gaps, created_at in rows:
                yield RecordedBrief(brief_id, text_, parsed, gaps, created_at, frozenset(labels.get(brief_id, ())))

    # -- the change log --------------------------------------------------------------
    def changes_since(self, seq: int) -> list[Change]:
        log = _changes.c
        with self._reading() as connection:
            rows = connection.execute(select(log.seq, log.profile_id, log.op).where(log.seq > seq).order_by(log.seq))
            return [(int(s), p, op) for s, p, op in rows]

    def latest_seq(self) -> int:
        with self._reading() as connection:
            return int(connection.scalar(select(func.max(_changes.c.seq))) or 0)


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
