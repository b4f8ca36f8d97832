"""A crash mid-import leaves nothing half-written, and running the command again resumes.

The import runs as ``matcher import-companies-house`` in its own process, one company per
transaction, and is killed (SIGKILL: no clean-up runs) once some batches are committed; the
database is then checked for consistency, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from matcher.companies_house.writer import write_snapshot
from matcher.store import Store
from matcher.store.tables import ChangeRow, ProfileRow, RegisterCompanyRow, RegisterImportRow
from tests.matcher.companies_house.register_rows import company
from tests.service_fixtures import DATABASES, fresh_database

ROWS = 300


def _count(store: Store, table) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _state(store: Store) -> RegisterImportRow | None:
    with store.session() as session:
        row = session.scalars(select(RegisterImportRow)).first()
        if row is not None:
            session.expunge(row)
        return row


@pytest.mark.slow
@pytest.mark.parametrize("kind", DATABASES)
def test_a_crash_mid_import_leaves_nothing_half_written_and_the_next_run_resumes(tmp_path, kind):
    database = fresh_database(kind)
    home = tmp_path / "home"
    url = database.url or f"sqlite:///{home / 'matcher.db'}"
    path = tmp_path / "BasicCompanyDataAsOneFile-2026-09-01.csv"
    write_snapshot(path, [company(f"99{i:06d}", f"COMPANY {i} PICTURES LTD", "ST4 7QB", ("59111", "59112"),
                                  line1=f"{i} HIGH STREET") for i in range(ROWS)])
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("MATCHER_DATABASE_URL", None)
    if database.url:
        env["MATCHER_DATABASE_URL"] = database.url
    command = [sys.executable, "-m", "matcher", "--home", str(home), "import-companies-house", str(path),
               "--batch-size", "1", "--json"]
    store = Store(url)  # the schema, before two processes race to create it
    try:
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            state = _state(store)
            if state is not None and state.lines_done > 20:
                process.kill()
                break
            time.sleep(0.01)
        assert process.wait(timeout=60) == -9, "the import ended before it could be killed mid-way"

        # Nothing half-written: every committed batch is whole, and the progress agrees with it.
        state = _state(store)
        assert state is not None and state.status == "running"
        done = state.lines_done - 1  # data lines committed (all kept)
        assert 20 <= done < ROWS
        assert _count(store, ProfileRow) == done == state.counts["created"] == state.counts["rows_read"]
        assert _count(store, RegisterCompanyRow) == done
        assert _count(store, ChangeRow) == done  # every profile written once, each with its change
        assert all(p.company.companies_house is not None for p in store.profiles())

        # The same command again resumes where the last batch ended, and finishes.
        finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        assert finished.returncode == 0, finished.stderr
        summary = json.loads(finished.stdout.strip().splitlines()[-1])
        assert summary == {"rows_read": ROWS, "kept": ROWS, "created": ROWS, "updated": 0, "unchanged": 0,
                           "flagged": 0, "skipped": 0}
        assert _count(store, ProfileRow) == ROWS == _count(store, ChangeRow) == _count(store, RegisterCompanyRow)
        assert _state(store).status == "done"
    finally:
        store.engine.dispose()
        database.drop()
