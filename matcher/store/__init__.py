"""Storage through SQLAlchemy: SQLite by default, PostgreSQL by URL."""

from matcher.store import jobs as _jobs  # noqa: F401  (registers the background jobs table)
from matcher.store import office as _office  # noqa: F401  (registers the film office's tables)
from matcher.store.database import Change, Store

__all__ = ["Change", "Store"]
