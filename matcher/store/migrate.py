"""Additive schema changes for databases made by an older version.

``metadata.create_all`` makes missing tables but never touches an existing one, so a
column or index added to a table later would be missing from a database that already has it.
``add_missing`` adds exactly those: nullable columns (so existing rows stay valid) and indexes.
Nothing is ever dropped or altered here; two processes starting at once on PostgreSQL both
use ``IF NOT EXISTS``, and on SQLite a column the other process added first is skipped.

``ensure_schema`` is what opening a store runs. Checking table by table (``create_all`` asks
for each table, ``add_missing`` reflects each one's columns and indexes) is some thirty
statements, ~10 ms of a cold command; on SQLite one query lists every table's columns and
every index (``sqlite_master`` joined with ``pragma_table_info``), and when nothing the schema
declares is missing, there is nothing to make or add. Any other database runs the full check.
"""

from __future__ import annotations

from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

__all__ = ["add_missing", "ensure_schema", "lacks_something"]

# Every (table, column) and (table, "#" + index name) an SQLite database holds.
_SQLITE_LAYOUT = ("SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p "
                  "WHERE m.type = 'table' "
                  "UNION ALL SELECT tbl_name, '#' || name FROM sqlite_master WHERE type = 'index'")


def ensure_schema(engine: Engine, metadata: MetaData) -> None:
    """Make the tables, columns and indexes ``metadata`` has and the database lacks."""
    if lacks_something(engine, metadata):
        metadata.create_all(engine)
        add_missing(engine, metadata)


def lacks_something(engine: Engine, metadata: MetaData) -> bool:
    """Whether the database may lack a table, column or index of ``metadata`` (True unless SQLite shows all)."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        held = {(table, name) for table, name in connection.exec_driver_sql(_SQLITE_LAYOUT)}
    wanted = [(table.name, name) for table in metadata.tables.values()
              for name in [column.name for column in table.columns] + [f"#{index.name}" for index in table.indexes]]
    return any(each not in held for each in wanted)


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
