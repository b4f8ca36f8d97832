"""A cold ``matcher search`` imports only what a search needs, and still serves what the
database holds: behaviour, not timing (the bench times it against its floor)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from matcher.demo import DEMO_PATH
from tests.run_matcher import run_matcher

# Cold `matcher` processes over a home that imports a demo slice: slow (make test runs it).
pytestmark = pytest.mark.slow

# What a search never needs: the brief matcher and its assignment solver, the database layer
# (when the saved index is up to date), bm25s and the numba it imports, the service, the
# Companies House importer, the evaluation's and the bench's libraries.
NOT_FOR_SEARCH = ("scipy.optimize", "sqlalchemy", "numba", "bm25s", "pandas", "fastapi", "starlette", "uvicorn",
                  "weasyprint", "openpyxl", "dateparser", "langdetect", "sentence_transformers", "torch",
                  "matplotlib", "sklearn", "matcher.briefs.sheet", "matcher.briefs.parser", "matcher.store",
                  "matcher.companies_house.importer", "matcher.cli.brief", "matcher.cli.bench", "evaluation")

# Runs the command line as ``python -m matcher`` does, then lists the modules it imported.
_PROBE = ("import io, json, sys, contextlib\n"
          "from matcher.cli import main\n"
          "out = io.StringIO()\n"
          "with contextlib.redirect_stdout(out):\n"
          "    try:\n"
          "        main(sys.argv[1:])\n"
          "    except SystemExit as stop:\n"
          "        assert not stop.code, stop.code\n"
          "print(json.dumps({'stdout': out.getvalue(), 'modules': sorted(sys.modules)}))\n")


def run(home, *args):
    return run_matcher(home, *args)


def probe(home, *args) -> dict:
    env = {**os.environ, "MATCHER_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def home(tmp_path_factory, encoder):
    home = tmp_path_factory.mktemp("cold-home")
    subset = home / "subset.jsonl"
    subset.write_text("\n".join(DEMO_PATH.read_text().splitlines()[::20]) + "\n")
    result = run(home, "import", str(subset))
    assert result.returncode == 0, result.stderr
    return home


def _imported(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_search_imports_none_of_what_it_does_not_need(home):
    found = probe(home, "search", "gaffer", "--near", "Leek", "--top", "3", "--json")
    assert json.loads(found["stdout"]), "the search found nothing"
    assert [m for m in NOT_FOR_SEARCH if _imported(found["modules"], m)] == []


def test_search_serves_a_profile_the_database_holds_but_the_saved_index_does_not(home):
    from matcher.store import Store
    from models.profile import Profile

    newcomer = Profile(id="fl-cold-start", kind="freelancer", name="Wren Adeyemi", headline="Puppeteer",
                       summary="Rod and string puppeteer for stop-motion and live action, based in Leek.",
                       roles=["Puppeteer"], location={"town": "Leek", "postcode": "ST13"}, visibility="public")
    store = Store(f"sqlite:///{home / 'matcher.db'}")
    store.save([newcomer])  # committed to the database only: the saved index is now behind
    store.engine.dispose()
    found = probe(home, "search", "puppeteer for stop-motion", "--top", "3", "--json")
    assert "fl-cold-start" in [m["id"] for m in json.loads(found["stdout"])]


def test_help_lists_every_command_and_a_command_runs_alone(home):
    from matcher.cli import COMMANDS

    listing = run(home, "--help")
    assert listing.returncode == 0
    assert all(name in listing.stdout for name in COMMANDS)
    shown = probe(home, "--home", str(home), "show", json.loads(DEMO_PATH.read_text().splitlines()[0])["id"])
    assert json.loads(shown["stdout"])["kind"]
    assert not _imported(shown["modules"], "matcher.cli.search")


def test_a_command_line_ending_without_teardown_delivers_all_its_output(home):
    done = run(home, "search", "crew", "--top", "100", "--json")  # ends with os._exit once flushed
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) > 10
    failed = run(home, "search", "   ")
    assert failed.returncode == 2 and failed.stderr.strip().splitlines() == ["error: the search text is empty"]


def test_a_cold_brief_records_what_the_gap_report_then_shows_and_imports_no_orm(home, tmp_path):
    from matcher.sector.gaps import gap_report
    from matcher.store import Store

    store = Store(f"sqlite:///{home / 'matcher.db'}")
    before = gap_report(store.recorded_briefs())
    brief = tmp_path / "brief.txt"
    brief.write_text("Shooting a short in Cheddleton next April: we need a boom operator and a unit driver.")
    found = probe(home, "brief", str(brief))
    assert "What we understood" in found["stdout"]
    assert not _imported(found["modules"], "sqlalchemy.orm")  # the store records it with Core statements
    after = gap_report(store.recorded_briefs())
    [recorded] = [b for b in store.recorded_briefs() if b.text == brief.read_text()]
    store.engine.dispose()
    assert after["briefs"] == before["briefs"] + 1 and after["needs"] == before["needs"] + 2
    assert len(recorded.parsed["needs"]) == 2 and not recorded.labels
