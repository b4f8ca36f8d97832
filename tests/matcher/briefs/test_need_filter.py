"""The learned need filter: its model file loads as recorded, and it reads the language around a need."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import numpy as np
import pytest

from evaluation.train_need_filter import FILES, SHIPPED_RULE, DecisionRule, _choose_threshold
from matcher.briefs.need_features import FEATURES, features_of, locate
from matcher.briefs.need_filter import MODEL_PATH, drop_doubtful, load_need_filter, read_model
from matcher.briefs.parser import parse_brief
from matcher.errors import InvalidInput
from models.brief import Need


def test_the_shipped_model_loads_and_records_its_features_data_and_cross_validation() -> None:
    record = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert record["features"] == list(FEATURES)
    assert set(record["model"]["weights"]) == set(FEATURES)
    assert len(record["training"]["sha256"]) == 64
    assert len(record["leave_one_file_out"]) == len(record["training"]["files"]) == len(FILES) == 9
    assert record["training"]["threshold_rule"]["max_true_share"] == SHIPPED_RULE.max_true_share
    # the table records, for each file left out, what the rule chosen on the others dropped there
    assert all(row["dropped"] >= row["true_dropped"] >= 0 for row in record["leave_one_file_out"])
    assert all(0.5 < row["auc"] <= 1 for row in record["leave_one_file_out"])  # better than chance on each author
    model = load_need_filter()
    assert model is not None and 0 <= model.threshold < 1


def test_a_model_trained_on_other_features_is_refused() -> None:
    record = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    record["features"] = [*record["features"], "a_feature_the_filter_does_not_compute"]
    with pytest.raises(InvalidInput, match="retrain"):
        read_model(record)


NOT_ASKED = [
    pytest.param("Hello Marlowe,\n\nHope the week is treating you kindly.",
                 Need(role=None, label="Marlowe", text="Marlowe", how="free text", confidence=0.0), id="greeting"),
    pytest.param("On Friday we will be interviewing six shopkeepers about the market's history.",
                 Need(role=None, label="Shopkeepers", text="six shopkeepers", how="free text", confidence=0.0,
                      quantity=6), id="people-to-be-filmed"),
]
ASKED = [
    pytest.param("We need a gaffer for two days near Leek in May.",
                 Need(role="gaffer", label="Gaffer", text="a gaffer"), id="plain-request"),
    pytest.param("Looking for:\n- a sound recordist\n- two runners",
                 Need(role="production-sound-mixer", label="Production sound mixer", text="a sound recordist"),
                 id="list-under-a-request"),
]


def _pairs(params: Sequence[object]) -> list[tuple[str, Need]]:
    """The (text, need) of each parametrised case."""
    out = []
    for param in params:
        text, need = param.values  # type: ignore[attr-defined]
        assert isinstance(text, str) and isinstance(need, Need)
        out.append((text, need))
    return out


def test_the_model_reads_needs_not_asked_for_as_less_likely_than_needs_asked_for() -> None:
    model = load_need_filter()
    assert model is not None
    low = max(model.probabilities(text, [need])[0] for text, need in _pairs(NOT_ASKED))
    high = min(model.probabilities(text, [need])[0] for text, need in _pairs(ASKED))
    assert low < 0.1 < 0.9 < high


@pytest.mark.parametrize(("text", "need"), NOT_ASKED)
def test_the_shipped_filter_drops_a_need_not_asked_for_with_a_note(text: str, need: Need) -> None:
    kept, notes = drop_doubtful(text, [need], load_need_filter())
    assert kept == [] and len(notes) == 1 and need.text in notes[0] and "add it back" in notes[0]


def test_a_filter_whose_rule_found_no_safe_threshold_drops_nothing() -> None:
    record = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    text, need = _pairs(NOT_ASKED)[0]
    assert drop_doubtful(text, [need], read_model({**record, "threshold": 0.0})) == ([need], [])


def test_the_shipped_rule_lets_a_hair_of_true_needs_go_for_three_times_as_many_false() -> None:
    # 1,000 true needs: three (0.3%) may fall below the threshold when nine false ones fall with them
    low_true, low_false = np.full(3, 0.08), np.full(9, 0.04)
    p = np.concatenate([low_false, low_true, np.full(997, 0.9)])
    y = np.concatenate([np.zeros(9), np.ones(1000)])
    none = np.zeros(len(y), dtype=bool)
    assert _choose_threshold(p, y, none, SHIPPED_RULE) >= 0.1  # drops the nine false and the three true
    p[9 + 3] = 0.08  # a fourth true need as low: 0.4% of the true needs is more than a hair
    threshold = _choose_threshold(p, y, none, SHIPPED_RULE)
    assert np.sum(p < threshold) == 9 and not np.any((p < threshold) & (y == 1))  # the false ones only


def test_with_few_true_needs_the_threshold_rule_costs_none_and_never_counts_a_protected_need() -> None:
    p = np.array([0.02, 0.04, 0.07, 0.2, 0.3, 0.9])
    y = np.array([0, 0, 1, 0, 1, 1])
    none = np.zeros(len(y), dtype=bool)
    assert _choose_threshold(p, y, none, SHIPPED_RULE) == pytest.approx(0.05)  # few true needs: none may go
    assert _choose_threshold(p, y, np.array([0, 0, 1, 0, 0, 0], dtype=bool), SHIPPED_RULE) >= 0.25  # never dropped
    # a bounded cost: one true need of three may go when three false ones go with it, not for two
    assert _choose_threshold(p, y, none, DecisionRule(max_true_share=0.34, min_ratio=3)) == pytest.approx(0.3)
    assert _choose_threshold(p, y, none, DecisionRule(max_true_share=0.34, min_ratio=4)) == pytest.approx(0.05)


@pytest.mark.parametrize(("text", "need"), ASKED)
def test_a_plain_request_is_kept(text: str, need: Need) -> None:
    kept, notes = drop_doubtful(text, [need], load_need_filter())
    assert kept == [need] and notes == []


def test_features_read_the_sentence_and_line_each_need_stands_in() -> None:
    text = "Hi all,\nWe filmed the parade last year.\nWe need:\n- a drone pilot"
    needs = [Need(role="drone-pilot", label="Drone pilot", text="a drone pilot")]
    row = features_of(text, locate(text, needs))[0]
    assert row["line_list_item"] == row["list_under_request"] == 1.0
    assert row["sentence_past"] == 0.0 and row["line_greeting"] == 0.0
    assert set(row) == set(FEATURES)


NAMED_TWICE = [
    pytest.param("We need a man with a van, i.e. a unit driver, for Friday's shoot in Tunstall.", ["unit-driver"],
                 id="named-again"),
    pytest.param("Need a gaffer, no sorry, a best boy for Thursday in Leek please.", ["best-boy-electric"],
                 id="taken-back"),
    pytest.param("We need a gaffer and a best boy for Thursday in Leek please.", ["gaffer", "best-boy-electric"],
                 id="two-needs"),
    pytest.param("Looking for a rigger who likes a challenge, and a gaffer, for a week in Stone.",
                 ["rigger", "gaffer"], id="no-restating-word"),
]


@pytest.mark.parametrize(("text", "roles"), NAMED_TWICE)
def test_one_person_named_twice_is_one_need_and_a_need_taken_back_is_none(text: str, roles: list[str]) -> None:
    brief = parse_brief(text, today=dt.date(2026, 12, 6))
    assert [n.role for n in brief.needs] == roles
    everything = parse_brief(text, today=dt.date(2026, 12, 6), filter_needs=False)
    assert len(everything.needs) >= len(roles)
