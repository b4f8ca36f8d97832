"""Storage through SQLAlchemy: SQLite by default, PostgreSQL by URL.

The schema is ``matcher.store.schema`` (Core tables); the ORM classes mapped onto it
(``tables``, ``office``, ``jobs``) are imported by the code that works in sessions, not here:
opening a ``Store`` imports no ORM.
"""

from matcher.store.database import Change, Store

__all__ = ["Change", "Store"]
