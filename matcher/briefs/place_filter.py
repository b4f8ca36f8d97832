"""The learned place filter: drops a place the language around it says is not where the shoot is.

The place rules (``places``) find places and take out the ones whose words say they are no shoot
location (the sender's base, an addressee, an organisation's name...). On briefs by authors those rules
were not written against, about half the briefs still reported a place that was not a shoot place: a
firm's town after its name ("Acme Pictures, Derby"), a city crew or kit come from, an office, a stay, a
screening, a past job, a school's or newspaper's town. Each is said in a new way each time, so a rule
per wording does not generalise; a logistic regression over ``place_features.FEATURES`` (what the place
is, how far from the cluster, the words just before and after it, its sentence and line) gives each
place the rules kept the probability that a reader would count it as a shoot place; below the model's
threshold it is dropped and a note says so, so the film office can add it back on the page.

The model file (``matcher/data/briefs/place_filter.json``) is written by
``python -m evaluation.train_place_filter``: weights by feature name, the threshold (chosen inside
leave-one-file-out training folds), the digest of the judged briefs it was trained on and the
cross-validation table. A file whose feature list differs from ``FEATURES`` is refused.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matcher.briefs.place_features import FEATURES, features_of, locate_places
from matcher.errors import InvalidInput
from matcher.geo import Gazetteer
from models.brief import BriefPlace

__all__ = ["MODEL_PATH", "PlaceFilter", "drop_unlikely_places", "load_place_filter", "read_model"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "briefs" / "place_filter.json"


@dataclass(frozen=True)
class PlaceFilter:
    weights: dict[str, float]
    bias: float
    threshold: float
    means: dict[str, float]
    scales: dict[str, float]

    def probability(self, row: dict[str, float]) -> float:
        z = self.bias + sum(w * (row[f] - self.means[f]) / self.scales[f] for f, w in self.weights.items())
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


def read_model(data: dict[str, object], source: str = "model") -> PlaceFilter:
    """The filter a model record describes; refuses a record trained on another feature list."""
    features = data.get("features")
    if features != list(FEATURES):
        raise InvalidInput(f"{source}: its features {features} are not the filter's {list(FEATURES)}; "
                           "retrain it with `python -m evaluation.train_place_filter`.")
    model = data["model"]
    assert isinstance(model, dict)
    return PlaceFilter({f: float(model["weights"][f]) for f in FEATURES}, float(model["bias"]),
                       float(data["threshold"]),  # type: ignore[arg-type]
                       {f: float(model["means"][f]) for f in FEATURES},
                       {f: float(model["scales"][f]) for f in FEATURES})


@lru_cache(maxsize=1)
def load_place_filter(path: Path = MODEL_PATH) -> PlaceFilter | None:
    """The shipped filter, or None when no model file is shipped."""
    if not path.is_file():
        return None
    return read_model(json.loads(path.read_text(encoding="utf-8")), str(path))


def drop_unlikely_places(text: str, places: list[BriefPlace], gazetteer: Gazetteer,
                         place_filter: PlaceFilter | None) -> tuple[list[BriefPlace], list[str]]:
    """The shoot places the filter keeps, and a note for each it dropped. Places marked as where to look
    (``shoot`` false) are left as they are."""
    if place_filter is None or place_filter.threshold <= 0 or not any(p.shoot for p in places):
        return places, []
    shoot = [p for p in places if p.shoot]
    rows = features_of(text, locate_places(text, shoot), gazetteer)
    chance = {id(p): place_filter.probability(row) for p, row in zip(shoot, rows, strict=True)}
    kept = [p for p in places if not p.shoot or chance[id(p)] >= place_filter.threshold]
    notes = [f"{p.text or p.name} does not read as where the shoot is here (likelihood {chance[id(p)]:.2f}): "
             "not a shoot location; add it back if it is one." for p in shoot if chance[id(p)] < place_filter.threshold]
    return kept, notes
