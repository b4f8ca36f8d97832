"""The right to erasure in the database: the profile goes, and so does every copy of the person.

Deleting the row is not enough. ``erase_in`` runs in the transaction that deletes it and:

- rewrites the recorded briefs (text, reading, gaps) and the brief corrections that name the person (their name
  tokens, email, phone: ``matcher.personal_names``), in the text and in what was read from it;
- takes the id out of the change log: every row of the profile gets an empty id (no profile
  can have one), and one ``erase`` row tells every index following the log to drop whatever
  the database no longer holds (``Engine.sync``). The erasure record keeps a one-way hash of
  the id, and nothing left in the log can be matched against it.

After the commit ``compact`` makes the database's files forget too: SQLite overwrites deleted
content (``secure_delete``, set on every connection) and its write-ahead log is checkpointed
and truncated, so no page of the old row survives in either file; PostgreSQL vacuums the
tables the erasure touched.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from matcher.personal_names import person_remover, person_tokens
from matcher.store.tables import BriefRow, ChangeRow, CorrectionRow
from models.profile import Profile

__all__ = ["ERASED_ID", "compact", "erase_in"]

ERASED_ID = ""  # the id change-log rows of an erased profile are given: no profile can have it
log = logging.getLogger("matcher.store")


def erase_in(session: Session, profile: Profile) -> int:
    """Within the erasing transaction: scrub briefs and corrections, anonymise the change log.

    Returns how many briefs and corrections were rewritten."""
    session.execute(update(ChangeRow).where(ChangeRow.profile_id == profile.id).values(profile_id=ERASED_ID))
    session.add(ChangeRow(profile_id=ERASED_ID, op="erase"))
    mentions = _mentions(profile)
    if not mentions:
        return 0
    remove = person_remover(profile)
    rewritten = 0
    for row in session.scalars(select(BriefRow)):
        if _names(row.text, row.parsed, row.gaps, mentions=mentions):
            row.text, row.parsed = remove(row.text), _scrubbed(row.parsed, remove)
            row.gaps = _scrubbed(row.gaps, remove)
            rewritten += 1
    for correction in session.scalars(select(CorrectionRow)):
        if _names(correction.text, correction.parsed, correction.corrected, mentions=mentions):
            correction.text = remove(correction.text)
            correction.parsed = _scrubbed(correction.parsed, remove)
            correction.corrected = _scrubbed(correction.corrected, remove)
            rewritten += 1
    return rewritten


def compact(engine: Engine, tables: tuple[str, ...] = ("profiles", "changes", "briefs", "brief_corrections")) -> None:
    """Make the database's files forget deleted rows (after the erasure committed)."""
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text(f"VACUUM {', '.join(tables)}"))
    except Exception as error:  # the erasure stands; the next checkpoint or autovacuum finishes the job
        log.warning("could not compact the database after an erasure: %s", type(error).__name__)


def _mentions(profile: Profile) -> list[str]:
    words = sorted(person_tokens(profile), key=len, reverse=True)
    contact = profile.contact
    extra = [v for v in ((contact.email, contact.phone) if contact else ()) if v]
    return [w.lower() for w in words + extra]


def _names(*values: Any, mentions: list[str]) -> bool:
    blob = " ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values).lower()
    digits = "".join(ch for ch in blob if ch.isdigit())
    return any(m in blob or (m.replace(" ", "").isdigit() and m.replace(" ", "") in digits) for m in mentions)


def _scrubbed(value: Any, remove: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return remove(value)
    if isinstance(value, list):
        return [_scrubbed(item, remove) for item in value]
    if isinstance(value, dict):
        return {key: _scrubbed(item, remove) for key, item in value.items()}
    return value
