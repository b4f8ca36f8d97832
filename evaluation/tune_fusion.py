"""Choose the fusion by cross-validation on a development split, and write it for the ranker.

    python -m evaluation.tune_fusion [--set evaluation/data/reallang] [--write]

The procedure, fixed before any result was seen:

1. Features (``evaluation.fusion_features``) for every judged search query of the set's
   **dev** split only (held-out files are never read here) over the product's own index.
2. Candidates: convex or reciprocal-rank fusion, each with one band of weights for every
   query or three bands by query length (at most 3 words: titles; 4 to 10: task-like phrases;
   more: descriptions), each band with its lexical weight and a scale on the taxonomy boosts;
   the exact / related / department boosts and the weight of roles named after the first are
   shared. The confidence floor stays at 0.6 (a more specific job than the taxonomy knows gets
   no boost: a rule, not a tuned number).
3. Repeated stratified cross-validation: 5 folds by query family, 3 repeats (seeds 0-2). On the
   training folds, coordinate ascent over fixed grids (3 sweeps, from the hand-set weights)
   maximises mean nDCG@10; the test fold is scored with what was learned.
4. The winner is the candidate with the best cross-validated mean nDCG@10 among those that are
   not below dense alone on any family (cross-validated means); within 0.003 of the best, the
   one with fewer parameters wins. It is refitted on the whole dev split and written to
   ``matcher/data/ranking/fusion.json`` with the cross-validation table and this procedure.
5. With ``--ltr``, LightGBM's LambdaMART (``evaluation.ltr``) is cross-validated on the same
   folds and reported beside them; the product would switch to it only if it beat the chosen
   fusion by more than the margin (the record says whether it did).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

from evaluation.datasets import read_qrels, read_queries
from evaluation.fusion_features import Features, Params, extract, ndcg_at_10, score
from evaluation.judgements import judge
from evaluation.runner import load_corpus
from matcher.config import DEFAULT_CONFIG
from matcher.encoders import create_encoder
from matcher.fusion_data import FUSION_PATH
from matcher.index import ProfileIndex

__all__ = ["CANDIDATES", "cross_validate", "fit", "main"]

EDGES = (3, 10)
GRID = {
    "lexical": [round(x, 2) for x in np.arange(0.0, 0.71, 0.05)],
    "boost_scale": [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5],
    "exact": [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5],
    "related": [0.0, 0.03, 0.06, 0.09, 0.12, 0.15, 0.2],
    "department": [0.0, 0.02, 0.04, 0.06, 0.08, 0.1],
    "later": [0.0, 0.25, 0.5, 0.75, 1.0],
}
_HAND = dict(exact=0.30, related=0.12, department=0.05, later=1.0)
CANDIDATES = {
    "convex, one band": Params("convex", (), (0.45,), (1.0,), **_HAND),
    "convex, by length": Params("convex", EDGES, (0.45,) * 3, (1.0,) * 3, **_HAND),
    "rrf, one band": Params("rrf", (), (0.5,), (1.0,), **_HAND),
    "rrf, by length": Params("rrf", EDGES, (0.5,) * 3, (1.0,) * 3, **_HAND),
}
FOLDS, REPEATS, SWEEPS, MARGIN = 5, 3, 3, 0.003


def fit(features: Features, start: Params) -> Params:
    """Coordinate ascent over ``GRID`` from ``start``, maximising mean nDCG@10 on ``features``.
    The first band's boost scale stays 1 (the boosts themselves are tuned)."""
    best, best_value = start, ndcg_at_10(features, score(features, start)).mean()
    for _ in range(SWEEPS):
        for name, index in _coordinates(start):
            for value in GRID["boost_scale" if name == "boost_scale" else name]:
                trial = _set(best, name, index, value)
                mean = ndcg_at_10(features, score(features, trial)).mean()
                if mean > best_value + 1e-9:
                    best, best_value = trial, mean
    return best


def _coordinates(params: Params) -> list[tuple[str, int | None]]:
    bands = len(params.lexical)
    return ([("lexical", b) for b in range(bands)] + [("boost_scale", b) for b in range(1, bands)]
            + [(name, None) for name in ("exact", "related", "department", "later")])


def _set(params: Params, name: str, index: int | None, value: float) -> Params:
    if index is None:
        return replace(params, **{name: value})
    values = list(getattr(params, name))
    values[index] = value
    return replace(params, **{name: tuple(values)})


def _folds(families: list[str], seed: int) -> np.ndarray:
    """Fold number per query, stratified by family."""
    rng, folds = np.random.default_rng(seed), np.zeros(len(families), dtype=int)
    for family in sorted(set(families)):
        rows = rng.permutation([i for i, f in enumerate(families) if f == family])
        folds[rows] = np.arange(len(rows)) % FOLDS
    return folds


def cross_validate(features: Features, start: Params) -> np.ndarray:
    """(REPEATS, Q) test-fold nDCG@10 of each query, learning on the other folds."""
    out = np.zeros((REPEATS, len(features.ids)))
    for repeat in range(REPEATS):
        folds = _folds(features.families, repeat)
        for fold in range(FOLDS):
            test, train = np.flatnonzero(folds == fold), np.flatnonzero(folds != fold)
            learned = fit(features.subset(train), start)
            part = features.subset(test)
            out[repeat, test] = ndcg_at_10(part, score(part, learned))
    return out


def _by_family(features: Features, values: np.ndarray) -> dict[str, float]:
    families = np.asarray(features.families)
    table = {"all": float(values.mean())}
    table.update({f: float(values[:, families == f].mean()) for f in sorted(set(features.families))})
    return table


def _choose(table: dict[str, dict[str, float]]) -> str:
    dense = table["dense"]
    fair = [n for n in CANDIDATES if all(table[n][f] >= dense[f] - 1e-9 for f in dense)] or list(CANDIDATES)
    top = max(table[n]["all"] for n in fair)
    close = [n for n in fair if table[n]["all"] >= top - MARGIN]
    return min(close, key=lambda n: (len(_coordinates(CANDIDATES[n])), -table[n]["all"]))


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=Path("evaluation/data/reallang"))
    parser.add_argument("--write", action="store_true", help=f"write the chosen fusion to {FUSION_PATH}")
    parser.add_argument("--ltr", action="store_true", help="also cross-validate LambdaMART (LightGBM)")
    parser.add_argument("--model", default=DEFAULT_CONFIG.encoder, help="the encoder model to tune for")
    args = parser.parse_args(argv)
    queries = read_queries(args.set / "dev" / "queries.jsonl")
    judged = judge(queries, read_qrels(args.set / "dev" / "qrels.tsv", queries)).queries
    profiles = load_corpus(args.set / "corpus.jsonl")
    encoder = create_encoder(args.model, "onnx")  # the product's backend
    features = extract(ProfileIndex.build(profiles, encoder, DEFAULT_CONFIG), queries, judged)
    # Dense alone is measured on its own documents (no taxonomy labels), as the ablation runs it.
    plain = DEFAULT_CONFIG.with_(use_taxonomy=False, use_lexical=False, use_context=False)
    reference = extract(ProfileIndex.build(profiles, encoder, plain), queries, judged)
    dense_only = ndcg_at_10(reference, reference.dense)
    table = {"dense": _by_family(features, np.tile(dense_only, (REPEATS, 1)))}
    for name, start in CANDIDATES.items():
        table[name] = _by_family(features, cross_validate(features, start))
        print(f"{name:20s} " + "  ".join(f"{f} {v:.3f}" for f, v in table[name].items()), flush=True)
    if args.ltr:
        from evaluation.ltr import LTR_NAME, cross_validate_ltr

        folds = [_folds(features.families, repeat) for repeat in range(REPEATS)]
        table[LTR_NAME] = _by_family(features, cross_validate_ltr(features, folds, ndcg_at_10))
        print(f"{LTR_NAME:20s} " + "  ".join(f"{f} {v:.3f}" for f, v in table[LTR_NAME].items()), flush=True)
    print(f"{'dense':20s} " + "  ".join(f"{f} {v:.3f}" for f, v in table["dense"].items()))
    chosen_name = _choose(table)
    chosen = fit(features, CANDIDATES[chosen_name])
    command = "python -m evaluation.tune_fusion " + " ".join(argv if argv is not None else sys.argv[1:])
    record = _record(chosen_name, chosen, table, len(features.ids), command)
    print(json.dumps(record["chosen"], indent=1))
    if args.write:
        FUSION_PATH.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        print(f"written: {FUSION_PATH}")
    return record


def _record(name: str, params: Params, table: dict, queries: int, command: str) -> dict:
    edges: list[int | None] = [*params.edges, None]
    return {
        "chosen_by": (f"{command}, {dt.date.today()}: "
                      f"'{name}' had the best {REPEATS}x{FOLDS}-fold cross-validated nDCG@10 on the {queries} "
                      "judged search queries of the dev split among candidates not below dense alone on any "
                      "family, then was refitted on the whole dev split; held-out queries were not read. "
                      "Procedure: evaluation/tune_fusion.py's docstring."),
        "cross_validated_ndcg@10": {n: {f: round(v, 4) for f, v in row.items()} for n, row in table.items()},
        "chosen": {
            "method": params.method,
            "bands": [{"max_words": edges[i], "lexical_weight": params.lexical[i],
                       "boost_scale": params.boost_scale[i]} for i in range(len(params.lexical))],
            "boosts": {"exact": params.exact, "related": params.related, "department": params.department},
            "confidence_floor": params.floor, "later_role_scale": params.later, "rrf_k": params.rrf_k,
        },
        "fitted_params": asdict(params),
    }


if __name__ == "__main__":
    main()
