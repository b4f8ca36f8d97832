"""An import's state: which file with which options, how far it got, and what the store holds.

An import is known by a fingerprint of the file (its size and first MiB) and the options it
was run with: running the same command again after a crash finds the unfinished import and
resumes after its last committed line; a finished one starts a new import (which, on the same
file, changes nothing). The snapshot's date comes from ``--as-of``, else the published file
name (BasicCompanyDataAsOneFile-2026-09-01.zip), else today.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from matcher.companies_house.layout import open_snapshot, snapshot_date
from matcher.companies_house.records import normalise_number
from matcher.store import Store
from matcher.store.tables import ProfileRow, RegisterCompanyRow, RegisterImportRow

__all__ = ["COUNT_KEYS", "as_of_for", "known_numbers", "start_import"]

COUNT_KEYS = ("rows_read", "kept", "created", "updated", "unchanged", "flagged", "skipped", "marked", "malformed")


def start_import(store: Store, path: Path, settings: dict[str, Any],
                 restart: bool) -> tuple[RegisterImportRow, int | None]:
    """The unfinished import of this file with these options, or a new one."""
    with open_snapshot(path):
        pass  # refuse a file that is not a snapshot before recording anything
    fingerprint = _fingerprint(path, settings)
    with store.session() as session:
        unfinished = session.scalars(
            select(RegisterImportRow).where(RegisterImportRow.fingerprint == fingerprint,
                                            RegisterImportRow.status == "running")
            .order_by(RegisterImportRow.started_at.desc())).first()
        if unfinished is not None and not restart:
            session.expunge(unfinished)
            return unfinished, unfinished.lines_done + 1
        if unfinished is not None:
            unfinished.status = "abandoned"
        counts: dict[str, Any] = {key: 0 for key in COUNT_KEYS}
        counts["malformed_lines"] = []
        state = RegisterImportRow(id=str(uuid.uuid4()), source=str(path)[:500], fingerprint=fingerprint,
                                  options=settings, status="running", lines_done=1, counts=counts)
        session.add(state)
        session.flush()
        session.expunge(state)
        return state, None


def _fingerprint(path: Path, settings: dict[str, Any]) -> str:
    """The same file (size and first MiB) read with the same options."""
    digest = hashlib.sha256()
    digest.update(f"{path.stat().st_size}|{json.dumps(settings, sort_keys=True)}|".encode())
    with path.open("rb") as handle:
        digest.update(handle.read(1 << 20))
    return digest.hexdigest()


def as_of_for(path: Path, as_of: dt.date | None) -> dt.date:
    if as_of is not None:
        return as_of
    named = snapshot_date(path)
    return dt.date.fromisoformat(named) if named else dt.date.today()


def known_numbers(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """Companies kept by an earlier import, and company numbers that profiles state."""
    with store.session() as session:
        registered = {n: p for n, p in session.execute(select(RegisterCompanyRow.number,
                                                              RegisterCompanyRow.profile_id))}
        claimed: dict[str, str] = {}
        rows = session.execute(select(ProfileRow.id, ProfileRow.data)
                               .where(ProfileRow.kind.in_(("company", "facility"))).order_by(ProfileRow.id))
        for profile_id, data in rows:
            number = (data.get("company") or {}).get("number")
            if number:
                claimed.setdefault(normalise_number(number), profile_id)
    return registered, claimed
