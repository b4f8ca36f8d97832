"""The understanding scorer: its matching rules on hand-made predictions, and the CLI on a small judged file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from evaluation.understanding import Predicted, head_stems, known_roles, load_judged, score_briefs
from matcher.cli import app

DATA = Path(__file__).parents[1] / "data" / "briefs_small" / "briefs.jsonl"
D = dt.date


def need(role, label, quantity=1, text=""):
    return {"role": role, "label": label, "text": text, "quantity": quantity}


def fixed(predictions):
    return lambda text, today: predictions[text[:12]]


def test_head_words_of_a_new_role():
    assert head_stems("captioner / subtitler") == {"caption", "subtitl"}
    assert head_stems("crew (roles unspecified)") == {"crew"}
    assert head_stems("BSL interpreter") == {"interpret"}


def test_a_perfect_reading_scores_one_and_misses_are_counted():
    briefs = load_judged(DATA)
    right = {
        briefs[0].text[:12]: Predicted([need("gaffer", "Gaffer"), need("electrician", "Electrician", 2),
                                        need(None, "Sign language interpreter")],
                                       ["Leek"], D(2027, 3, 12), D(2027, 3, 14)),
        briefs[1].text[:12]: Predicted([need("camera-operator", "Camera operator")], ["Buxton"],
                                       D(2027, 2, 3), D(2027, 2, 3), open_end=True),
    }
    figures = score_briefs(briefs, fixed(right), known_roles(DATA))["all"].figures()
    assert figures["need_recall"] == figures["need_precision"] == 1.0  # alt role and new role both match
    assert figures["quantity_accuracy"] == figures["place_accuracy"] == figures["date_accuracy"] == 1.0

    wrong = {
        briefs[0].text[:12]: Predicted([need("gaffer", "Gaffer", 2), need("director", "Director"),
                                        need("subtitling-service", "Subtitling service")],
                                       ["Leek", "Stoke-on-Trent"], D(2027, 3, 12), D(2027, 3, 12)),
        briefs[1].text[:12]: Predicted([], ["Buxton", "Leeds"], D(2027, 2, 3), D(2027, 2, 3)),
    }
    tallies = score_briefs(briefs, fixed(wrong), known_roles(DATA))
    figures = tallies["all"].figures()
    # gold needs 4, matched 1 (the gaffer; a known role never stands in for a new one); predicted 3
    assert (figures["need_recall"], figures["need_precision"]) == (0.25, 0.333)
    assert figures["quantity_accuracy"] == 0.0  # one gaffer asked, two read
    assert figures["place_accuracy"] == 0.0  # an extra place; a not-place reported
    assert figures["date_accuracy"] == 0.0  # a closed end where three days / an open end are right
    assert set(tallies) == {"all", "email", "text"}
    assert any("missed 'sparks'" in m for m in tallies["all"].misses)


def test_stoke_matches_stoke_on_trent_but_not_another_place():
    briefs = load_judged(DATA)[:1]
    read = fixed({briefs[0].text[:12]: Predicted([], ["Leek Moorlands"], None, None)})
    assert score_briefs(briefs, read, None)["all"].figures()["place_accuracy"] == 1.0
    read = fixed({briefs[0].text[:12]: Predicted([], ["Leekfrith"], None, None)})
    assert score_briefs(briefs, read, None)["all"].figures()["place_accuracy"] == 0.0


def test_the_command_scores_the_product_parser(tmp_path):
    heldout = tmp_path / "heldout" / "briefs.jsonl"
    heldout.parent.mkdir()
    heldout.write_text(DATA.read_text())
    result = CliRunner().invoke(app, ["--home", str(tmp_path), "evaluate-briefs", str(DATA), str(heldout), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert list(figures) == [str(heldout), str(DATA)]  # held-out first
    assert 0 < figures[str(DATA)]["all"]["need_recall"] <= 1
    result = CliRunner().invoke(app, ["--home", str(tmp_path), "evaluate-briefs", str(heldout), "--misses"])
    assert result.exit_code == 0 and "missed" not in result.output and "held out" in result.output


def test_a_bad_file_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"_id": "x"}\n')
    result = CliRunner().invoke(app, ["--home", str(tmp_path), "evaluate-briefs", str(bad)])
    assert result.exit_code == 2 and "line 1" in result.output
