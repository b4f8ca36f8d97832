"""``matcher import-companies-house`` as a person runs it: a summary (or one JSON object), one
line and exit code 2 for what it cannot read, a progress bar on a terminal only."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from matcher.companies_house import PUBLISHED_HEADER
from matcher.companies_house.writer import write_snapshot
from tests.matcher.companies_house.register_rows import company
from tests.run_matcher import run_matcher

# Every test runs `matcher` in a subprocess: slow (make test runs it).
pytestmark = pytest.mark.slow


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_matcher(None, "--home", str(home), "import-companies-house", *args, env={"MATCHER_DATABASE_URL": None})


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "BasicCompanyDataAsOneFile-2026-09-01.csv"
    write_snapshot(path, [company("99000001", "KILN LIGHT PICTURES LTD"),
                          company("99000002", "MANCHESTER FILMS LTD", "M1 1AE"),
                          company("99000003", "BAD DATE FILMS LTD", incorporated="2020-02-01")])
    return path


@pytest.mark.slow
def test_json_prints_one_object_with_the_summary_keys_and_malformed_lines_go_to_stderr(tmp_path, small):
    done = run(tmp_path / "home", str(small), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"rows_read": 3, "kept": 1, "created": 1, "updated": 0, "unchanged": 0,
                                       "flagged": 0, "skipped": 2}
    assert "skipped line 4, field 'IncorporationDate': '2020-02-01' is not a date as DD/MM/YYYY" in done.stderr
    again = run(tmp_path / "home", str(small))
    assert again.returncode == 0
    assert "Kept 1 companies: 0 new, 0 updated, 1 unchanged; 0 flagged. Skipped 2 rows (1 malformed" in again.stdout


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_text(PUBLISHED_HEADER.replace("CompanyStatus,", "") + "\r\n"),
     "is not Companies House basic company data: it has no 'CompanyStatus' column"),
    (lambda p: p.write_text("id,kind,name\r\nfl-1,freelancer,Lily\r\n"),
     "is not Companies House basic company data: it has no 'CompanyName' column (and 11 more)"),
    (lambda p: p.write_bytes(b"\xff\xfe\x00junk"), "is not a UTF-8 CSV file"),
    (lambda p: None, "no such file"),
])
def test_what_is_not_a_snapshot_is_refused_in_one_line(tmp_path, make, message):
    path = tmp_path / "wrong.csv"
    make(path)
    done = run(tmp_path / "home", str(path))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and message in done.stderr and done.stderr.startswith("error: ")


@pytest.mark.parametrize(("option", "message"), [
    (("--as-of", "1/9/2026"), "--as-of: expected a date as YYYY-MM-DD, got '1/9/2026'"),
    (("--area", "Stoke"), "--area: 'STOKE' is not a postcode area (ST), district (ST4), 'default' or 'all'"),
])
def test_bad_options_are_refused_in_one_line(tmp_path, small, option, message):
    done = run(tmp_path / "home", str(small), *option)
    assert done.returncode == 2 and done.stderr == f"error: {message}\n"


@pytest.mark.slow
def test_a_terminal_gets_a_progress_bar_and_a_pipe_does_not(tmp_path):
    path = tmp_path / "BasicCompanyDataAsOneFile-2026-09-01.csv"
    write_snapshot(path, [company(f"{10000000 + i}", f"COMPANY {i} LTD", "M1 1AE") for i in range(50_000)])
    piped = run(tmp_path / "home", str(path))
    assert piped.returncode == 0 and "Reading the register" not in piped.stdout + piped.stderr
    main, child = pty.openpty()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "120", "TERM": "xterm"}
    process = subprocess.Popen([sys.executable, "-m", "matcher", "--home", str(tmp_path / "home"),
                                "import-companies-house", str(path)], stdin=child, stdout=child, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait(timeout=60) == 0
    os.close(main)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode("utf-8", "replace"))
    assert "Reading the register" in text and "Read 50,000 rows" in text
