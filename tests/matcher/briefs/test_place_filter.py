"""The learned place filter: the language features it reads, how it drops a place, and its shipping gate."""

from __future__ import annotations

import pytest

from matcher.briefs.place_features import FEATURES, features_of, locate_places
from matcher.briefs.place_filter import PlaceFilter, drop_unlikely_places, read_model
from matcher.errors import InvalidInput
from matcher.geo import load_gazetteer
from models.brief import BriefPlace

LEEK = BriefPlace(name="Leek", lat=53.105, lon=-2.026)
BRISTOL = BriefPlace(name="Bristol", lat=51.455, lon=-2.588)
TEXT = "We're filming on the market square in Leek next month. Thanks, Ouzel Pictures, Bristol"


def _rows(text: str, places: list[BriefPlace]) -> list[dict[str, float]]:
    return features_of(text, locate_places(text, places), load_gazetteer())


def test_the_words_around_a_place_are_read_as_features() -> None:
    leek, bristol = _rows(TEXT, [LEEK, BRISTOL])
    assert set(leek) == set(FEATURES)
    assert leek["at_before"] == leek["shoot_before"] == leek["sentence_shoot"] == 1.0 and leek["far"] == 0.0
    assert bristol["firm_before"] == bristol["far"] == 1.0 and bristol["shoot_before"] == 0.0


def _far_firm_filter(threshold: float) -> PlaceFilter:
    """A filter that weighs only two features: a far place after a firm's name reads as none."""
    weights = {f: 0.0 for f in FEATURES} | {"far": -2.0, "firm_before": -2.0}
    return PlaceFilter(weights, 1.0, threshold, {f: 0.0 for f in FEATURES}, {f: 1.0 for f in FEATURES})


def test_a_place_below_the_threshold_is_dropped_with_a_note_and_the_shoot_place_kept() -> None:
    kept, notes = drop_unlikely_places(TEXT, [LEEK, BRISTOL], load_gazetteer(), _far_firm_filter(0.5))
    assert kept == [LEEK]
    assert len(notes) == 1 and notes[0].startswith("Bristol does not read as where the shoot is")


def test_no_model_or_a_zero_threshold_drops_nothing_and_where_to_look_is_left_alone() -> None:
    gazetteer = load_gazetteer()
    assert drop_unlikely_places(TEXT, [LEEK, BRISTOL], gazetteer, None) == ([LEEK, BRISTOL], [])
    assert drop_unlikely_places(TEXT, [LEEK, BRISTOL], gazetteer, _far_firm_filter(0.0)) == ([LEEK, BRISTOL], [])
    look = BRISTOL.model_copy(update={"shoot": False})
    assert drop_unlikely_places(TEXT, [look], gazetteer, _far_firm_filter(0.5)) == ([look], [])


def test_a_model_trained_on_other_features_is_refused() -> None:
    record = {"features": [*FEATURES, "another"], "threshold": 0.1,
              "model": {"bias": 0.0, "weights": {}, "means": {}, "scales": {}}}
    with pytest.raises(InvalidInput, match="retrain"):
        read_model(record)
