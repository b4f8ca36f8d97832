"""The command line as a user drives it: import, search with filters, show; bad input is
one line and exit code 2."""

from __future__ import annotations

import json

import pytest

from matcher.demo import DEMO_PATH
from tests.run_matcher import run_matcher

# `matcher` in subprocesses over a home that imports and encodes a demo slice: slow (make test runs it).
pytestmark = pytest.mark.slow


def run(home, *args, stdin=None):
    return run_matcher(home, *args, stdin=stdin)


@pytest.fixture(scope="module")
def home(tmp_path_factory, encoder):
    home = tmp_path_factory.mktemp("cli-home")
    # A slice of the demo keeps the subprocess's encoding short; the whole demo is
    # exercised in-process by the other tests.
    subset = home / "subset.jsonl"
    subset.write_text("\n".join(DEMO_PATH.read_text().splitlines()[::4]) + "\n")
    result = run(home, "import", str(subset))
    assert result.returncode == 0, result.stderr
    assert "Imported" in result.stdout
    return home


def test_search_with_filters_returns_explained_matches_as_json(home):
    result = run(home, "search", "costume standby with period experience", "--kind", "freelancer",
                 "--near", "Leek", "--radius-km", "40", "--available", "2027-03-01", "2027-03-14",
                 "--max-rate", "400", "--top", "5", "--json")
    assert result.returncode == 0, result.stderr
    matches = json.loads(result.stdout)
    assert 0 < len(matches) <= 5
    for match in matches:
        assert match["kind"] == "freelancer"
        why = match["explanation"]
        assert {"dense", "lexical", "score", "matched_terms", "distance_km", "availability"} <= set(why)
        assert why["distance_km"] is None or why["distance_km"] <= 40


def test_search_prints_a_table(home):
    result = run(home, "search", "sound recordist", "--top", "3")
    assert result.returncode == 0 and "Why it matched" in result.stdout


def test_show_prints_the_stored_profile(home):
    first_id = json.loads(DEMO_PATH.read_text().splitlines()[4])["id"]
    result = run(home, "show", first_id)
    assert result.returncode == 0 and json.loads(result.stdout)["id"] == first_id


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "no-such-id"], "no profile with id 'no-such-id'"),
        (["search", "gaffer", "--near", "Atlantis"], "neither LAT,LON nor a UK postcode or town"),
        (["search", "gaffer", "--available", "2027-05-01", "2027-04-01"], "ends (2027-04-01) before it starts"),
        (["search", "gaffer", "--available", "soon", "later"], "are not two ISO dates"),
        (["search", "gaffer", "--kind", "crew"], "unknown kind 'crew'"),
        (["search", "gaffer", "--radius-km", "10"], "needs a point"),
        (["search", "   "], "the search text is empty"),
        (["import", "missing.jsonl"], "no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(home, args, message):
    result = run(home, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_import_reports_line_and_field_and_stores_nothing(home, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "fl-x", "kind": "freelancer", "name": "X"}\n{"id": "fl-y", "kind": "freelancer"}\n')
    result = run(home, "import", str(bad))
    assert result.returncode == 2 and "line 2, field 'name'" in result.stderr
    assert run(home, "show", "fl-x").returncode == 2

    skipped = run(home, "import", str(bad), "--skip-invalid")
    assert skipped.returncode == 0 and "skipped 1 invalid lines" in skipped.stdout
    assert run(home, "show", "fl-x").returncode == 0


def test_a_brief_in_a_language_not_read_says_so_once_and_guesses_nothing(home):
    french = "Nous cherchons un caméraman et un technicien du son pour un court métrage en ville au mois de mars.\n"
    result = run(home, "brief", "-", stdin=french)
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())  # rich wraps lines
    assert said.count("looks written in French") == 1
    assert "×" not in said  # no need was guessed from it
