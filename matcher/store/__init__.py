"""Storage through SQLAlchemy: SQLite by default, PostgreSQL by URL."""

from matcher.store.database import Change, Store

__all__ = ["Change", "Store"]
