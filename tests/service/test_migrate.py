"""A database made by an older version gains the columns and indexes added since, and keeps its rows."""

from __future__ import annotations

import sqlite3

import pytest

from matcher.store import Store
from service.shortlists import ShortlistBook
from tests.service_fixtures import fresh_database

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


def test_a_sqlite_database_missing_one_index_or_table_is_made_whole_again_on_opening(tmp_path):
    path = tmp_path / "whole.db"
    Store(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP INDEX ix_changes_profile")
        connection.execute("DROP TABLE service_secrets")
    Store(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as connection:
        assert "ix_changes_profile" in {row[1] for row in connection.execute("PRAGMA index_list(changes)")}
        assert {row[1] for row in connection.execute("PRAGMA table_info(service_secrets)")} == {
            "name", "value", "created_at"}


@pytest.mark.postgres
def test_an_old_postgres_database_gains_the_columns_too():
    from sqlalchemy import inspect, text

    database = fresh_database("postgresql")
    try:
        store = Store(database.url)  # made whole; now take it back to the old schema
        with store.engine.begin() as connection:
            connection.execute(text("DROP INDEX ux_shortlists_production"))
            connection.execute(text("ALTER TABLE shortlists DROP COLUMN production, DROP COLUMN production_key"))
        store.engine.dispose()
        again = Store(database.url)
        columns = {c["name"] for c in inspect(again.engine).get_columns("shortlists")}
        assert {"production", "production_key"} <= columns
        assert "ux_shortlists_production" in {i["name"] for i in inspect(again.engine).get_indexes("shortlists")}
        again.engine.dispose()
    finally:
        database.drop()
