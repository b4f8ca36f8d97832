"""``matcher invest``, ``investors-for`` and ``session plan`` as a user drives them; bad input is one
line and exit code 2."""

from __future__ import annotations

import csv
import json

import pytest

from matcher.demo import DEMO_PATH
from tests.run_matcher import run_matcher

# `matcher` in subprocesses over a home that imports and encodes the demo: slow (make test runs it).
pytestmark = pytest.mark.slow


def run(home, *args):
    return run_matcher(home, *args, timeout=900)


@pytest.fixture(scope="module")
def home(tmp_path_factory, encoder):
    home = tmp_path_factory.mktemp("investors-cli")
    lines = [line for line in DEMO_PATH.read_text().splitlines()
             if json.loads(line)["kind"] in ("company", "investor")]
    subset = home / "investors.jsonl"
    subset.write_text("\n".join(lines) + "\n")
    result = run(home, "import", str(subset))
    assert result.returncode == 0, result.stderr
    return home


def test_invest_reads_the_interest_and_ranks_companies_with_breakdowns(home) -> None:
    result = run(home, "invest", "seed games studios with their own IP near Stoke", "--ticket-min", "10000",
                 "--ticket-max", "25000", "--seis", "--strict", "sectors", "--top", "5", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["understood"]["criteria"]["ticket_gbp"] == {"min": 10000.0, "max": 25000.0}
    assert out["understood"]["criteria"]["seis"] is True
    assert 0 < len(out["matches"]) <= 5
    for match in out["matches"]:
        assert match["kind"] == "company"
        statuses = {c["criterion"]: c["status"] for c in match["criteria"]}
        assert statuses["sectors"] in ("met", "partly") and "ticket" in statuses and "tax_relief" in statuses
    table = run(home, "invest", "animation studios", "--top", "3")
    assert table.returncode == 0 and "Text / fit" in table.stdout


def test_investors_for_a_company_and_a_session_plan_with_csv(home, tmp_path) -> None:
    result = run(home, "investors-for", "co-bottle-oven-games", "--top", "3", "--json")
    assert result.returncode == 0, result.stderr
    assert [m["kind"] for m in json.loads(result.stdout)] == ["investor"] * 3
    out = tmp_path / "session.csv"
    result = run(home, "session", "plan", "--investors", "in-harriet-blore,in-tomasz-wierzbicki",
                 "--companies", "co-bottle-oven-games,co-tiny-kiln-studio,co-fettle-and-forge", "--slots", "2",
                 "--tables", "2", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open()))
    assert rows and len({(r["slot"], r["investor_id"]) for r in rows}) == len(rows)
    assert all(int(r["slot"]) <= 2 and int(r["table"]) <= 2 for r in rows)


@pytest.mark.parametrize(("args", "message"), [
    (("investors-for", "co-nobody"), "no profile with id 'co-nobody'"),
    (("investors-for", "in-harriet-blore"), "investors are matched to companies"),
    (("invest", "games", "--stage", "series-z"), "stages.0"),
    (("invest", "games", "--strict", "colour"), "strict.0"),
    (("session", "plan", "--investors", "in-harriet-blore", "--companies", "co-nobody"), "co-nobody"),
    (("session", "plan", "--slots", "1", "--tables", "1", "--must", "in-harriet-blore:co-bottle-oven-games",
      "--must", "in-tomasz-wierzbicki:co-tiny-kiln-studio"), "tables: 2 must-meet pairs"),
])
def test_bad_input_is_one_line_and_exit_code_2(home, args, message) -> None:
    result = run(home, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
