"""The change log's latest number, read cheaply: is a saved index behind the database?

A cold ``matcher search`` loads the saved index and must serve what the database holds, so it
asks whether the change log moved past the index's ``change_seq``. Through the ``Store`` that
question costs importing SQLAlchemy and checking the schema (a fifth of a second, more than
the search); for the embedded SQLite database the standard library's ``sqlite3`` answers it
in a millisecond, read-only. Anything else (PostgreSQL, a missing or older database) answers
None, and the caller asks the ``Store``, which stays the one way to read and write the log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["latest_change"]

_SQLITE = "sqlite:///"


def latest_change(database_url: str) -> int | None:
    """The highest change number in an SQLite database's change log.

    Args:
        database_url: the matcher's database URL (``sqlite:///PATH`` or another database).

    Returns:
        The number (0 for an empty log), or None when this cannot answer: not SQLite, no such
        file, no change log table, or the database cannot be read.
    """
    if not database_url.startswith(_SQLITE):
        return None
    path = Path(database_url.removeprefix(_SQLITE))
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT max(seq) FROM changes").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return int(row[0] or 0)
