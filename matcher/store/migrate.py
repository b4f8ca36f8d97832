"""Additive schema changes for databases made by an older version.

``Base.metadata.create_all`` makes missing tables but never touches an existing one, so a
column or index added to a table later would be missing from a database that already has it.
``add_missing`` adds exactly those: nullable columns (so existing rows stay valid) and indexes.
Nothing is ever dropped or altered here; two processes starting at once on PostgreSQL both
use ``IF NOT EXISTS``, and on SQLite a column the other process added first is skipped.
"""

from __future__ import annotations

from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

__all__ = ["add_missing"]


def add_missing(engine: Engine, metadata: MetaData) -> list[str]:
    """Add the columns and indexes ``metadata`` has and the database lacks; returns what was added."""
    inspector = inspect(engine)
    existing_tables = set(inspector.get_table_names())
    added: list[str] = []
    postgres = engine.dialect.name == "postgresql"
    for table in metadata.sorted_tables:
        if table.name not in existing_tables:
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            if not column.nullable:
                raise RuntimeError(f"cannot add the required column {table.name}.{column.name} to an existing table")
            kind = column.type.compile(dialect=engine.dialect)
            guard = "IF NOT EXISTS " if postgres else ""
            _run(engine, f'ALTER TABLE "{table.name}" ADD COLUMN {guard}"{column.name}" {kind}')
            added.append(f"{table.name}.{column.name}")
        indexes = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                index.create(engine, checkfirst=True)
                added.append(f"index {index.name}")
    return added


def _run(engine: Engine, statement: str) -> None:
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    except (OperationalError, ProgrammingError) as error:
        if "duplicate column" not in str(error).lower() and "already exists" not in str(error).lower():
            raise
