"""Train the learned place filter and measure, by leaving one author's file out, whether it generalises.

    python -m evaluation.train_place_filter            # cross-validate, then write the model file
    python -m evaluation.train_place_filter --check    # cross-validate only; write nothing

Candidates are the shoot places the parser reports with the filter off (``parse_brief(...,
filter_places=False)``) in the judged dev files, each written by a different author (``FILES``). A
candidate's label is the scorer's own (``evaluation.understanding``): 1 when it matches a gold shoot
place, 0 when it matches a ``not_places`` name or nothing; one matching only a gold place's ``within``
list is neutral (left out of training; the scorer ignores it). Features are
``matcher.briefs.place_features.FEATURES``; the model is a standardised logistic regression.

**Leave one file out.** For each file: train on the other six and choose the threshold inside those six
(their own leave-one-file-out probabilities; the threshold of ``THRESHOLDS`` at which most of their
briefs have their places right, the lowest on a tie), then drop the held-out file's candidates below it
and score its places again with the evaluator's rule. The shipped model is fitted on all seven files with
the threshold chosen the same way over all seven, and ships only if the table shows it helps out of
sample: when the held-out files together have no more briefs right with it than without, no model
file is written (and a shipped one is removed), and the parser runs without it. The model file records
the weights by feature name, the threshold, the digest of the training files and the cross-validation
table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from evaluation.understanding import _forms, _places_right, _same_place, load_judged

__all__ = ["FILES", "BriefCandidates", "collect", "cross_validate", "main"]

DEV = Path(__file__).resolve().parent / "data" / "briefs" / "dev"
FILES = ("briefs.jsonl", "spent-heldout-1.jsonl", "spent-heldout-2.jsonl", "spent-heldout-3-c.jsonl",
         "spent-heldout-3-d.jsonl", "spent-heldout-4-e.jsonl", "spent-heldout-4-f.jsonl")
C = 0.03  # inverse L2 strength: strong, as the files are small (0.03 to 1 gave the same leave-one-file-out AUC)
THRESHOLDS = np.round(np.concatenate([[0.0], np.arange(0.05, 0.61, 0.025)]), 3)


@dataclass
class BriefCandidates:
    """One judged brief: its shoot places as the parser reports them (scorer's forms), their features and
    labels (1 shoot place, 0 not, -1 neutral), and the gold record."""

    file: int
    brief: str
    gold: dict[str, Any]
    forms: list[str] = field(default_factory=list)
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    rejected_rows: list[list[float]] = field(default_factory=list)  # places the rules read as none
    rejected_labels: list[int] = field(default_factory=list)


def _label(form: str, gold: dict[str, Any]) -> int:
    def near(names: list[str]) -> bool:
        return any(_same_place(f, n) for f in _forms(form) for n in names)

    if near([g["name"] for g in gold.get("places", [])]):
        return 1
    if near(gold.get("not_places", [])):
        return 0
    return -1 if near([w for g in gold.get("places", []) for w in g.get("within", [])]) else 0


def collect(paths: list[Path], encoder: Any) -> list[BriefCandidates]:
    from matcher.briefs.parser import body_of, parse_brief
    from matcher.briefs.place_features import FEATURES, features_of, locate_places
    from matcher.briefs.places import blank_fillers, find_locations
    from matcher.geo import load_gazetteer

    gazetteer, out = load_gazetteer(), []
    for f, path in enumerate(paths):
        for gold in load_judged(path):
            brief = parse_brief(gold.text, today=gold.today, encoder=encoder, filter_places=False)
            shoot = [p for p in brief.locations if p.shoot]
            body = blank_fillers(body_of(gold.text))
            rows = features_of(body, locate_places(body, shoot), gazetteer)
            forms = [f"{p.name}|{p.text}" for p in shoot]
            rejected: list[Any] = []
            find_locations(body, gazetteer, True, False, rejected)
            refused = features_of(body, locate_places(body, rejected), gazetteer)
            out.append(BriefCandidates(f, gold.id, gold.data, forms, [[r[k] for k in FEATURES] for r in rows],
                                       [_label(x, gold.data) for x in forms],
                                       [[r[k] for k in FEATURES] for r in refused],
                                       [_label(f"{p.name}|{p.text}", gold.data) for p in rejected]))
    return out


def _fit(X: np.ndarray, y: np.ndarray) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    means, scales = X.mean(axis=0), X.std(axis=0)
    scales[scales == 0] = 1.0
    return LogisticRegression(C=C, max_iter=2000).fit((X - means) / scales, y), means, scales


def _proba(fitted: tuple[LogisticRegression, np.ndarray, np.ndarray], rows: list[list[float]]) -> np.ndarray:
    model, means, scales = fitted
    if not rows:
        return np.zeros(0)
    return np.asarray(model.predict_proba((np.array(rows, dtype=float) - means) / scales)[:, 1])


def _arrays(briefs: list[BriefCandidates]) -> tuple[np.ndarray, np.ndarray]:
    """Training rows: the places the rules keep and those they refuse (whose language is as telling)."""
    pairs = [(r, lab) for b in briefs for r, lab in [*zip(b.rows, b.labels, strict=True),
                                                    *zip(b.rejected_rows, b.rejected_labels, strict=True)] if lab >= 0]
    rows, labels = [r for r, _ in pairs], [lab for _, lab in pairs]
    return np.array(rows, dtype=float).reshape(len(rows), -1), np.array(labels)


def _right(briefs: list[BriefCandidates], probs: list[np.ndarray], threshold: float) -> int:
    return sum(_places_right([f for f, p in zip(b.forms, pr, strict=True) if p >= threshold], b.gold)
               for b, pr in zip(briefs, probs, strict=True))


def _out_of_fold(briefs: list[BriefCandidates]) -> list[np.ndarray]:
    """Each brief's candidates' probabilities from a model trained without its file."""
    probs: list[np.ndarray] = [np.zeros(0)] * len(briefs)
    for f in sorted({b.file for b in briefs}):
        fitted = _fit(*_arrays([b for b in briefs if b.file != f]))
        for i, b in enumerate(briefs):
            if b.file == f:
                probs[i] = _proba(fitted, b.rows)
    return probs


def _choose_threshold(briefs: list[BriefCandidates]) -> float:
    probs = _out_of_fold(briefs)
    scores = [(_right(briefs, probs, float(t)), -float(t)) for t in THRESHOLDS]
    return -max(scores)[1]


def cross_validate(paths: list[Path], briefs: list[BriefCandidates]) -> list[dict[str, Any]]:
    table = []
    for f, path in enumerate(paths):
        train = [b for b in briefs if b.file != f]
        held = [b for b in briefs if b.file == f]
        threshold = _choose_threshold(train)
        fitted = _fit(*_arrays(train))
        probs = [_proba(fitted, b.rows) for b in held]
        dropped = [(lab, p < threshold) for b, pr in zip(held, probs, strict=True)
                   for lab, p in zip(b.labels, pr, strict=True)]
        table.append({"file": path.name, "threshold": threshold, "briefs": len(held),
                      "places_without": round(_right(held, probs, 0.0) / len(held), 3),
                      "places_with": round(_right(held, probs, threshold) / len(held), 3),
                      "dropped": sum(d for _, d in dropped),
                      "true_dropped": sum(d and lab == 1 for lab, d in dropped)})
    return table


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> None:
    from matcher.briefs.place_features import FEATURES
    from matcher.briefs.place_filter import MODEL_PATH
    from matcher.config import DEFAULT_CONFIG
    from matcher.settings import MatcherSettings, load_settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only; write no model file")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    paths = [DEV / name for name in FILES]
    encoder = load_settings(MatcherSettings).create_encoder(DEFAULT_CONFIG.encoder)
    briefs = collect(paths, encoder)
    table = cross_validate(paths, briefs)
    print("held-out file (trained on the other six)  threshold  places without -> with  dropped (true)")
    for row in table:
        print(f"{row['file']:28} t={row['threshold']:.3f}  {row['places_without']:.3f} -> {row['places_with']:.3f}"
              f"  {row['dropped']} ({row['true_dropped']})")
    X, y = _arrays(briefs)
    model, means, scales = _fit(X, y)
    threshold = _choose_threshold(briefs)
    record = {
        "what": "learned place filter (matcher.briefs.place_filter): logistic regression on standardised features",
        "trained": dt.date.today().isoformat(), "features": list(FEATURES), "threshold": threshold,
        "model": {"bias": round(float(model.intercept_[0]), 5),
                  "weights": {f: round(float(w), 5) for f, w in zip(FEATURES, model.coef_[0], strict=True)},
                  "means": {f: round(float(m), 5) for f, m in zip(FEATURES, means, strict=True)},
                  "scales": {f: round(float(s), 5) for f, s in zip(FEATURES, scales, strict=True)}},
        "training": {"files": list(FILES), "sha256": _digest(paths), "candidates": len(y),
                     "positives": int(y.sum()), "C": C,
                     "threshold_rule": "most briefs with their places right, out of fold; lowest on a tie"},
        "leave_one_file_out": table,
    }
    print(json.dumps(record["model"]["weights"], indent=1))  # type: ignore[index]
    print(f"threshold {threshold}")
    gain = sum(round(r["places_with"] * r["briefs"]) - round(r["places_without"] * r["briefs"]) for r in table)
    if gain <= 0 or threshold <= 0:
        print(f"not shipped: out of sample the filter puts {gain:+d} briefs' places right (threshold {threshold})")
        if not args.check and args.out.is_file():
            args.out.unlink()  # a filter that no longer helps is not kept
        return
    if not args.check:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
