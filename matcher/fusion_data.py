"""The fusion the ranker uses, as data: ``matcher/data/ranking/fusion.json``.

The file is written by ``python -m evaluation.tune_fusion`` (see its docstring for the
procedure: every candidate fusion is cross-validated on the real-language development set,
never on held-out queries, and the winner is refitted on the whole development set); its
``chosen_by`` note says how and when. ``MatcherConfig`` takes its defaults from it, so the CLI,
the API, the page and the evaluation rank with the same numbers, and an ablation is still a
variant of the configuration.

* ``method``: ``convex`` (weighted sum of cosine and BM25 over the best BM25) or ``rrf``;
* ``bands``: by query length in words, best first match of ``max_words`` (null: any length):
  the lexical leg's weight (the dense leg takes the rest) and a scale on every taxonomy boost,
  so a two-word title can lean on words and roles and a long description on meaning;
* ``boosts``: the taxonomy boost for a profile holding the exact role the query names, a
  related role, or one in the same department;
* ``confidence_floor``: a role read with this confidence or less gets no boost (0.6 is the
  taxonomy's "head of a longer name": "dialogue editor" is not an editor's query); above it the
  boost grows linearly to full at confidence 1;
* ``later_role_scale``: the boost of a role named after the first one ("Casting directors select
  actors ..."): the first role a query names is what it asks for, later ones are often who that
  person works with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["FUSION_PATH", "FusionBand", "TunedFusion", "load_tuned"]

FUSION_PATH = Path(__file__).parent / "data" / "ranking" / "fusion.json"


@dataclass(frozen=True)
class FusionBand:
    max_words: int | None      # None: any longer query
    lexical_weight: float      # in [0, 1]; the dense leg weighs 1 - this
    boost_scale: float = 1.0   # multiplies every taxonomy boost for queries of this length


@dataclass(frozen=True)
class TunedFusion:
    method: str
    bands: tuple[FusionBand, ...]
    exact_role_boost: float
    related_role_boost: float
    same_department_boost: float
    confidence_floor: float
    later_role_scale: float
    rrf_k: int = 60


@lru_cache(maxsize=4)
def load_tuned(path: Path = FUSION_PATH) -> TunedFusion:
    """The chosen fusion; a malformed file is a ValueError naming the file (it ships with the code)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        chosen = data["chosen"]
        bands = tuple(FusionBand(b["max_words"], float(b["lexical_weight"]), float(b.get("boost_scale", 1.0)))
                      for b in chosen["bands"])
        boosts = chosen["boosts"]
        tuned = TunedFusion(chosen["method"], bands, float(boosts["exact"]), float(boosts["related"]),
                            float(boosts["department"]), float(chosen["confidence_floor"]),
                            float(chosen["later_role_scale"]), int(chosen.get("rrf_k", 60)))
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: not a fusion file ({error})") from None
    if tuned.method not in ("convex", "rrf") or not bands or bands[-1].max_words is not None:
        raise ValueError(f"{path}: method must be convex or rrf and the last band must have max_words null")
    if any(not 0.0 <= b.lexical_weight <= 1.0 for b in bands) or not 0.0 <= tuned.confidence_floor < 1.0:
        raise ValueError(f"{path}: lexical weights lie in [0, 1] and the confidence floor in [0, 1)")
    return tuned
