"""`matcher partners`, `matcher consortium` and `matcher network` as a member drives them."""

from __future__ import annotations

import json

import pytest

from matcher.demo import DEMO_PATH
from tests.run_matcher import run_matcher

# `matcher` in subprocesses over a home that imports and encodes the demo: slow (make test runs it).
pytestmark = pytest.mark.slow


def run(home, *args):
    return run_matcher(home, *args)


@pytest.fixture(scope="module")
def home(tmp_path_factory, encoder):
    home = tmp_path_factory.mktemp("partners-home")
    subset = home / "subset.jsonl"
    subset.write_text("\n".join(DEMO_PATH.read_text().splitlines()[::4]) + "\n")
    assert run(home, "import", str(subset)).returncode == 0
    return home


def test_partners_as_json_and_as_a_table(home):
    result = run(home, "partners", "co-hollins-street-films", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["relation"] == "complementary" and len(found["partners"]) == 10
    assert all(p["reason"].startswith("you have no ") for p in found["partners"])
    table = run(home, "partners", "co-kiln-pictures", "--relation", "similar", "--near", "Stoke-on-Trent",
                "--radius-km", "20")
    assert table.returncode == 0 and "Similar partners" in table.stdout


def test_a_consortium_and_a_network(home):
    text = "Drama commission: we need a gaffer, a costume hire house and a sound post house for a feature."
    result = run(home, "consortium", text, "--with", "co-hollins-street-films", "--json")
    assert result.returncode == 0, result.stderr
    teams = json.loads(result.stdout)["teams"]
    assert teams and all(any(m["bidder"] for m in t["members"]) for t in teams)
    network = run(home, "network", "co-echo-valley-audio", "--json")
    assert network.returncode == 0 and any(n["ring"] == 1 for n in json.loads(network.stdout)["nodes"])
    assert "Worked with" in run(home, "network", "co-echo-valley-audio").stdout


@pytest.mark.parametrize(("args", "message"), [
    (("partners", "no-such-id"), "error: no profile with id 'no-such-id'"),
    (("network", "no-such-id"), "error: no profile with id 'no-such-id'"),
    (("partners", "co-kiln-pictures", "--relation", "rival"),
     "error: --relation must be one of complementary, similar, not 'rival'"),
    (("partners", "co-kiln-pictures", "--radius-km", "5"), "error: --radius-km needs --near (a place to measure from)"),
    (("consortium", "hi"), "error: 'hi' is not a brief we can search for: say who or what is needed, where and when."),
    (("consortium", "we need a gaffer", "--with", "no-such-id"), "error: no profile with id 'no-such-id'"),
])
def test_bad_input_is_one_line_and_exit_code_2(home, args, message):
    result = run(home, *args)
    assert result.returncode == 2 and result.stderr.strip() == message


def test_a_crew_sheet_says_who_worked_together_and_with_the_sender(home, tmp_path):
    brief = tmp_path / "brief.txt"
    brief.write_text("Commercial shoot in Newcastle-under-Lyme in April 2027: we need a spark, a unit base, a "
                     "supervising location manager, a facilities driver and a cinematographer.")
    sheet = run(home, "brief", str(brief), "--sender", "co-longport-pictures", "--json")
    assert sheet.returncode == 0, sheet.stderr
    pairs = json.loads(sheet.stdout)["worked_together"]
    assert any(p["with_sender"] and p["productions"][0] == "Chase Road, 2024" for p in pairs)
    printed = run(home, "brief", str(brief), "--sender", "co-longport-pictures")
    assert "Worked together before" in printed.stdout
    assert "Longport Pictures (who sent the brief): Chase Road, 2024" in printed.stdout
    unknown = run(home, "brief", str(brief), "--sender", "co-no-such-company")
    assert unknown.returncode == 2 and unknown.stderr.strip().count("\n") == 0
    assert "no profile with id 'co-no-such-company'" in unknown.stderr
