"""Train the learned need filter and measure, by leaving one author's file out, whether it generalises.

    python -m evaluation.train_need_filter            # cross-validate, then write the model file
    python -m evaluation.train_need_filter --check    # cross-validate only; write nothing

Candidates are every need the parser proposes (``parse_brief(..., filter_needs=False)``), after
the rules that run before the model (``named_twice``), in the judged dev files, each written by a
different author (``FILES``). A candidate's label is the scorer's own: it is matched to a gold need
in the one-to-one matching of ``evaluation.understanding``.
Features are ``matcher.briefs.need_features.FEATURES``; the model is a standardised logistic
regression (scikit-learn).

**Leave one file out.** For each file: train on the other four, and choose the threshold inside
those four (their own leave-one-file-out probabilities; the highest threshold below which none
of their true needs falls: the filter is to cost no recall), then drop the held-out file's
candidates below it and score that file again with the evaluator's matching (precision and recall
with and without the filter). The shipped model is fitted on all five files with the threshold
chosen the same way over all five (and lowered, if need be, until the shipped model drops no true
need of its training briefs). The model file records the weights by feature name, the
threshold, the digest of the training files and the cross-validation table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from evaluation.understanding import GoldBrief, known_roles, load_judged, matched_pairs

__all__ = ["FILES", "Candidate", "collect", "main"]

DEV = Path(__file__).resolve().parent / "data" / "briefs" / "dev"
FILES = ("briefs.jsonl", "spent-heldout-1.jsonl", "spent-heldout-2.jsonl", "spent-heldout-3-c.jsonl",
         "spent-heldout-3-d.jsonl")
C = 0.1  # inverse L2 strength: strong, as the files are small (0.1 gave the best leave-one-file-out AUC)
THRESHOLDS = np.round(np.arange(0.05, 0.61, 0.025), 3)


@dataclass
class Candidate:
    file: int
    brief: str
    row: list[float]
    label: int
    need: dict[str, Any]


def _pred(need: Any) -> dict[str, Any]:
    return {"role": need.role, "label": need.label, "text": need.text, "quantity": need.quantity}


def collect(paths: list[Path], encoder: Any) -> tuple[list[Candidate], dict[int, dict[str, float]]]:
    """Every proposed need (after ``named_twice``) with its features and label, and each file's need
    figures from the parser alone (no ``named_twice``, no model)."""
    from matcher.briefs.named_twice import merge_named_twice
    from matcher.briefs.need_features import FEATURES, features_of, locate
    from matcher.briefs.parser import body_of, parse_brief

    out, parser_alone = [], {}
    for f, path in enumerate(paths):
        known, counts = known_roles(path), np.zeros(3, int)  # matched, predicted, gold
        for gold in load_judged(path):
            raw = parse_brief(gold.text, today=gold.today, encoder=encoder, filter_needs=False).needs
            counts += [len(matched_pairs(gold.data.get("needs", []), [_pred(n) for n in raw], known)), len(raw),
                       len(gold.data.get("needs", []))]
            needs, _ = merge_named_twice(body_of(gold.text), raw)  # the rules run before the model
            preds = [_pred(n) for n in needs]
            matched = {r for r, _ in matched_pairs(gold.data.get("needs", []), preds, known)}
            rows = features_of(body_of(gold.text), locate(body_of(gold.text), needs))
            out += [Candidate(f, gold.id, [row[k] for k in FEATURES], int(i in matched), preds[i])
                    for i, row in enumerate(rows)]
        m, n, g = (int(x) for x in counts)
        parser_alone[f] = {"precision": round(m / n, 3) if n else 1.0, "recall": round(m / g, 3), "predicted": n,
                           "gold": g, "matched": m}
    return out, parser_alone


def _fit(X: np.ndarray, y: np.ndarray) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    means, scales = X.mean(axis=0), X.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=2000).fit((X - means) / scales, y)
    return model, means, scales


def _proba(fitted: tuple[LogisticRegression, np.ndarray, np.ndarray], X: np.ndarray) -> np.ndarray:
    model, means, scales = fitted
    return np.asarray(model.predict_proba((X - means) / scales)[:, 1])


def _choose_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The highest threshold (of ``THRESHOLDS``) below which no true need falls: the filter may cost
    no recall on the folds it is chosen on. 0 (drop nothing) when even the lowest would cost one."""
    lowest_true = float(p[y == 1].min()) if np.any(y == 1) else 1.0
    allowed = [float(t) for t in THRESHOLDS if t <= lowest_true]
    return max(allowed, default=0.0)


def _inner_threshold(X: np.ndarray, y: np.ndarray, files: np.ndarray) -> float:
    oof = np.zeros(len(y))
    for f in np.unique(files):
        test = files == f
        oof[test] = _proba(_fit(X[~test], y[~test]), X[test])
    return _choose_threshold(oof, y)


def _rescore(paths: list[Path], f: int, cands: list[Candidate], keep: np.ndarray,
             golds: dict[str, GoldBrief]) -> dict[str, float]:
    """Need precision and recall of file f with only the kept candidates (the evaluator's matching)."""
    known = known_roles(paths[f])
    by_brief: dict[str, list[dict[str, Any]]] = {b: [] for b in golds}
    for c, k in zip(cands, keep, strict=True):
        if k:
            by_brief[c.brief].append(c.need)
    gold_n = sum(len(g.data.get("needs", [])) for g in golds.values())
    pred_n = sum(len(v) for v in by_brief.values())
    matched = sum(len(matched_pairs(golds[b].data.get("needs", []), v, known)) for b, v in by_brief.items())
    return {"precision": round(matched / pred_n, 3) if pred_n else 1.0, "recall": round(matched / gold_n, 3),
            "predicted": pred_n, "gold": gold_n, "matched": matched}


def cross_validate(paths: list[Path], cands: list[Candidate],
                   parser_alone: dict[int, dict[str, float]]) -> list[dict[str, Any]]:
    from matcher.briefs.need_features import FEATURES
    from matcher.briefs.need_filter import may_not_drop

    X = np.array([c.row for c in cands])
    y = np.array([c.label for c in cands])
    files = np.array([c.file for c in cands])
    table = []
    for f, path in enumerate(paths):
        test = files == f
        threshold = _inner_threshold(X[~test], y[~test], files[~test])
        p = _proba(_fit(X[~test], y[~test]), X[test])
        golds = {g.id: g for g in load_judged(path)}
        held = [c for c in cands if c.file == f]
        dropped = (p < threshold) & ~np.array([may_not_drop(dict(zip(FEATURES, c.row, strict=True))) for c in held],
                                              dtype=bool)
        table.append({"file": path.name, "threshold": threshold, "parser_alone": parser_alone[f],
                      "without": _rescore(paths, f, held, np.ones(len(held), bool), golds),
                      "with": _rescore(paths, f, held, ~dropped, golds),
                      "dropped": int(np.sum(dropped)),
                      "true_dropped": int(np.sum(dropped & (y[test] == 1)))})
    return table


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> None:
    from matcher.briefs.need_features import FEATURES
    from matcher.briefs.need_filter import MODEL_PATH
    from matcher.config import DEFAULT_CONFIG
    from matcher.settings import MatcherSettings, load_settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only; write no model file")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    paths = [DEV / name for name in FILES]
    encoder = load_settings(MatcherSettings).create_encoder(DEFAULT_CONFIG.encoder)
    cands, parser_alone = collect(paths, encoder)
    table = cross_validate(paths, cands, parser_alone)
    print("held-out file                 threshold  precision: parser, +named_twice, +model   recall: the same")
    for row in table:
        a, w, o = row["parser_alone"], row["without"], row["with"]
        print(f"{row['file']:28} t={row['threshold']:.3f}  P {a['precision']:.3f} {w['precision']:.3f} "
              f"{o['precision']:.3f}  R {a['recall']:.3f} {w['recall']:.3f} {o['recall']:.3f}  "
              f"dropped {row['dropped']} ({row['true_dropped']} true)")
    X = np.array([c.row for c in cands])
    y = np.array([c.label for c in cands])
    files = np.array([c.file for c in cands])
    model, means, scales = _fit(X, y)
    # chosen out of fold as in the cross-validation, and never so high that the shipped model would
    # drop a true need of its own training briefs
    threshold = min(_inner_threshold(X, y, files), _choose_threshold(_proba((model, means, scales), X), y))
    record = {
        "what": "learned need filter (matcher.briefs.need_filter): logistic regression on standardised features",
        "trained": dt.date.today().isoformat(), "features": list(FEATURES), "threshold": threshold,
        "model": {"bias": round(float(model.intercept_[0]), 5),
                  "weights": {f: round(float(w), 5) for f, w in zip(FEATURES, model.coef_[0], strict=True)},
                  "means": {f: round(float(m), 5) for f, m in zip(FEATURES, means, strict=True)},
                  "scales": {f: round(float(s), 5) for f, s in zip(FEATURES, scales, strict=True)}},
        "training": {"files": list(FILES), "sha256": _digest(paths), "candidates": len(cands),
                     "positives": int(y.sum()), "C": C,
                     "threshold_rule": "highest at which no true need falls below it, out of fold"},
        "leave_one_file_out": table,
    }
    print(json.dumps(record["model"]["weights"], indent=1))  # type: ignore[index]
    print(f"threshold {threshold}")
    if not args.check:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
