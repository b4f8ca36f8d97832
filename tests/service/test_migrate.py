"""A database made by an older version gains the columns and indexes added since, and keeps its rows."""

from __future__ import annotations

import sqlite3

from matcher.store import Store
from service.shortlists import ShortlistBook

OLD_SHORTLISTS = """CREATE TABLE shortlists (id VARCHAR(36) PRIMARY KEY, name VARCHAR(200), owner VARCHAR(100),
                    brief JSON, items JSON, created_at DATETIME, updated_at DATETIME)"""


def test_an_old_shortlists_table_gains_the_production_columns_and_keeps_its_shortlist(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as connection:
        connection.execute(OLD_SHORTLISTS)
        connection.execute("INSERT INTO shortlists VALUES ('s-1', 'Leek drama', 'Film office', NULL, "
                           "'[{\"profile_id\": \"fl-0007\", \"need\": \"Gaffer\"}]', '2026-01-01 10:00:00', "
                           "'2026-01-01 10:00:00')")
    store = Store(f"sqlite:///{path}")
    try:
        with sqlite3.connect(path) as connection:
            columns = {row[1] for row in connection.execute("PRAGMA table_info(shortlists)")}
            indexes = {row[1] for row in connection.execute("PRAGMA index_list(shortlists)")}
        assert {"production", "production_key"} <= columns
        assert "ux_shortlists_production" in indexes
        old = ShortlistBook(store).get("s-1")
        assert old.production == "Leek drama"  # the name stands in for a production it never had
        assert old.items == [{"status": "suggested", "profile_id": "fl-0007", "need": "Gaffer"}]
        Store(f"sqlite:///{path}").engine.dispose()  # a second start adds nothing and fails on nothing
    finally:
        store.engine.dispose()
