"""The learned need filter: drops a proposed need that the language around it says was not asked for.

The parser's rules propose needs; on briefs by authors the rules were not written against, about
one in five proposals was not a need (a role in a question about the past, people to be filmed, a
word inside another need's words, a greeting's addressee). A logistic regression over
``need_features.FEATURES`` (how the need was read, the sentence and line it stands in, what stands
before it, how it sits among the other needs) gives each proposal the probability that a reader
would count it as asked for; below the model's threshold the need is dropped and a note says so,
so the film office can add it back on the page. Before it, rules do what a weight does less surely
(``rules_before_model``): free text that is no noun phrase naming someone or something to find
(``noun_phrase``), roles the production has or no longer needs (``already_crewed``), and two rules
about the words between two needs (``named_twice``: one person named twice, a need the writer
takes back).

The model file (``matcher/data/briefs/need_filter.json``) is written by
``python -m evaluation.train_need_filter`` (``make need-filter``): its weights by feature name,
the threshold (chosen inside leave-one-file-out training folds by a bounded recall cost), the
digest of the judged briefs it was trained on and the cross-validation figures. A file whose feature list differs from
``FEATURES`` is refused rather than read wrongly.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matcher.briefs.already_crewed import drop_already_crewed
from matcher.briefs.named_twice import merge_named_twice
from matcher.briefs.need_features import FEATURES, features_of, locate
from matcher.briefs.noun_phrase import drop_not_noun_phrases
from matcher.errors import InvalidInput
from models.brief import Need

__all__ = ["MODEL_PATH", "NeedFilter", "drop_doubtful", "filter_proposed", "load_need_filter", "may_not_drop",
           "rules_before_model"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "briefs" / "need_filter.json"


@dataclass(frozen=True)
class NeedFilter:
    weights: dict[str, float]
    bias: float
    threshold: float
    means: dict[str, float]
    scales: dict[str, float]

    def probability(self, row: dict[str, float]) -> float:
        z = self.bias + sum(w * (row[f] - self.means[f]) / self.scales[f] for f, w in self.weights.items())
        return 1 / (1 + math.exp(-z))

    def probabilities(self, text: str, needs: list[Need]) -> list[float]:
        return [self.probability(row) for row in features_of(text, locate(text, needs))]


def read_model(data: dict[str, object], source: str = "model") -> NeedFilter:
    """The filter a model record describes; refuses a record trained on another feature list."""
    features = data.get("features")
    if features != list(FEATURES):
        raise InvalidInput(f"{source}: its features {features} are not the filter's {list(FEATURES)}; "
                           "retrain it with `python -m evaluation.train_need_filter`.")
    model = data["model"]
    assert isinstance(model, dict)
    return NeedFilter({f: float(model["weights"][f]) for f in FEATURES}, float(model["bias"]),
                      float(data["threshold"]),  # type: ignore[arg-type]
                      {f: float(model["means"][f]) for f in FEATURES}, {f: float(model["scales"][f]) for f in FEATURES})


@lru_cache(maxsize=1)
def load_need_filter(path: Path = MODEL_PATH) -> NeedFilter | None:
    """The shipped filter, or None when no model file is shipped."""
    if not path.is_file():
        return None
    return read_model(json.loads(path.read_text(encoding="utf-8")), str(path))


def rules_before_model(text: str, needs: list[Need]) -> tuple[list[Need], list[str]]:
    """The rules that run before the model (and before it is trained): free text that is no noun
    phrase dropped (``noun_phrase``), roles the
    production has or no longer needs dropped (``already_crewed``), then a person
    named twice kept once and a need taken back dropped (``named_twice``); with notes."""
    needs, junk = drop_not_noun_phrases(text, needs)
    needs, had = drop_already_crewed(text, needs)
    needs, twice = merge_named_twice(text, needs)
    return needs, junk + had + twice


def filter_proposed(text: str, needs: list[Need]) -> tuple[list[Need], list[str]]:
    """The parser's one call: the rules (``rules_before_model``), then the shipped model's doubtful
    needs dropped; with notes."""
    needs, notes = rules_before_model(text, needs)
    needs, dropped = drop_doubtful(text, needs, load_need_filter())
    return needs, notes + dropped


def may_not_drop(row: dict[str, float]) -> bool:
    """A need listed under a line that asks ("Posts still TBC:", "We need:") was put there by its writer
    as asked for: the model weighs the words around a need, not a list's heading, and may not
    overrule it (it had dropped "security" from such a list)."""
    return row["list_under_request"] > 0


def drop_doubtful(text: str, needs: list[Need], need_filter: NeedFilter | None) -> tuple[list[Need], list[str]]:
    """The needs the filter keeps, and a note for each it dropped. A filter whose threshold is 0 (the
    training rule found no threshold within its recall cost) drops nothing, so nothing is computed."""
    if need_filter is None or need_filter.threshold <= 0 or not needs:
        return needs, []
    kept, notes = [], []
    rows = features_of(text, locate(text, needs))
    for need, row in zip(needs, rows, strict=True):
        p = need_filter.probability(row)
        if p >= need_filter.threshold or may_not_drop(row):
            kept.append(need)
        else:
            notes.append(f"'{need.text or need.label}' ({need.label}) does not read as asked for here "
                         f"(likelihood {p:.2f}): not a need; add it back if it is one.")
    return kept, notes
