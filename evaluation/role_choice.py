"""Does a learned choice among a need's candidate roles generalise across authors? Measured, not shipped.

    python -m evaluation.role_choice                 # the leave-one-file-out table for every scope
    python -m evaluation.role_choice --json OUT.json # and the table as JSON

The study behind issue 12's "a real need read as the wrong role". Candidates and features are
``evaluation.role_candidates``'s. The model is a conditional logit (a softmax over one mention's
candidates, L2-penalised, fitted with L-BFGS on standardised features): it is trained on the
labelled mentions of eight dev files that have at least one right candidate and chooses, in the
ninth, the candidate it scores highest; a mention keeps the parser's reading unless another
scores higher. The file is then scored again with the evaluator's one-to-one matching
(``understanding.matched_pairs``): need precision and recall with the parser's readings and with the
model's choice, for each of the nine files left out in turn.

``SCOPES`` say which of the parser's readings the model may change: all of them; all but an alias
read as written; only its guesses (by meaning, an everyday word asked for, the head of a longer
name); only its free-text needs. The rule for shipping a choice (the brief of this study): it lifts
both figures on most files left out and costs none noticeably. No scope met it on the nine dev
files (evaluation/README.md, "Role choice"), so no model file is written and the parser's reading
stays the one way a role is chosen.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from evaluation.role_candidates import FEATURES, Row, candidate_rows, reading_label
from evaluation.train_need_filter import DEV, FILES
from evaluation.understanding import known_roles, load_judged, matched_pairs

__all__ = ["PENALTY", "SCOPES", "ceiling", "collect", "cross_validate", "fit_choice", "main"]

PENALTY = 0.3  # L2 weight on the standardised features (0.3, 3 and 30 were tried; none generalised)
SCOPES: dict[str, frozenset[str] | None] = {
    "every reading": None,
    "all but aliases": frozenset({"asked-for word", "embedding", "free text", "place to film", "head of a longer name",
                                  "trade of a business", "Welsh word", "place to stay", "operator of hired kit",
                                  "tender lot", "character to cast", "modifies another job"}),
    "guesses": frozenset({"asked-for word", "embedding", "head of a longer name"}),
    "free text": frozenset({"free text"}),
}


def collect(encoder: Any) -> list[dict[str, Any]]:
    """Every dev brief read by the parser as shipped, with its gold needs (``role_candidates.candidate_rows``)."""
    from matcher.briefs.need_features import locate
    from matcher.briefs.parser import body_of, parse_brief

    briefs = []
    for f, name in enumerate(FILES):
        known = known_roles(DEV / name)
        for gold in load_judged(DEV / name):
            body, needs = body_of(gold.text), parse_brief(gold.text, today=gold.today, encoder=encoder).needs
            briefs.append({"file": f, "body": body, "needs": [n.model_dump() for n in needs],
                           "spans": [(x.start, x.end) for x in locate(body, needs)],
                           "gold": gold.data.get("needs", []), "known": known})
    return briefs


def fit_choice(X: np.ndarray, groups: list[np.ndarray], right: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """Weights of a conditional logit on standardised features (the last two rows: means and scales).

    Args:
        X: one row of features a candidate.
        groups: each mention's candidate rows; each group holds at least one right candidate.
        right: 1 for a right candidate.
        penalty: the L2 weight.
    Returns:
        An array of three rows: weights, feature means, feature scales.
    """
    rows = np.concatenate(groups)
    means, scales = X[rows].mean(axis=0), X[rows].std(axis=0)
    scales[scales == 0] = 1.0
    Z = (X[rows] - means) / scales
    group = np.concatenate([np.full(len(g), i) for i, g in enumerate(groups)])
    positive = right[rows].astype(float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = Z @ w
        top = np.full(len(groups), -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        every, good = np.bincount(group, e, len(groups)), np.bincount(group, e * positive, len(groups))
        value = -float(np.sum(np.log(good) - np.log(every))) + penalty * float(w @ w)
        gradient = Z.T @ (e / every[group] - e * positive / good[group]) + 2 * penalty * w
        return value, gradient

    w = minimize(loss, np.zeros(Z.shape[1]), jac=True, method="L-BFGS-B").x
    return np.vstack([w, means, scales])


def _figures(briefs: list[dict[str, Any]], f: int, choice: dict[tuple[int, int], str | None],
             taxonomy: Any) -> dict[str, float]:
    """Need precision and recall of file ``f`` with the chosen roles (the evaluator's matching)."""
    matched = predicted = gold = 0
    for b_index, b in enumerate(briefs):
        if b["file"] != f:
            continue
        preds = []
        for n_index, need in enumerate(b["needs"]):
            role = choice.get((b_index, n_index), need["role"])
            preds.append({"role": role, "label": reading_label(need, role, taxonomy), "text": need["text"],
                          "quantity": need["quantity"]})
        matched += len(matched_pairs(b["gold"], preds, b["known"]))
        predicted, gold = predicted + len(preds), gold + len(b["gold"])
    return {"precision": round(matched / predicted, 3) if predicted else 1.0, "recall": round(matched / gold, 3)}


def cross_validate(briefs: list[dict[str, Any]], rows: list[Row], mention_file: list[int], scope: frozenset[str] | None,
                   taxonomy: Any, penalty: float = PENALTY) -> list[dict[str, Any]]:
    """Leave one file out: per file, the parser's figures, the model's and how many readings it changed."""
    where = [(b, n) for b, brief in enumerate(briefs) for n in range(len(brief["needs"]))]
    hows = [briefs[b]["needs"][n]["how"] for b, n in where]
    X = np.array([r.features for r in rows])
    right = np.array([r.label == 1 for r in rows])
    by_mention: dict[int, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        by_mention[r.mention].append(k)
    in_scope = {m for m in by_mention if scope is None or hows[m] in scope}
    table = []
    for f in sorted(set(mention_file)):
        train = [np.array(ks) for m, ks in by_mention.items() if m in in_scope and mention_file[m] != f
                 and all(rows[k].label is not None for k in ks) and right[ks].any()]
        w, means, scales = fit_choice(X, train, right, penalty)
        choice: dict[tuple[int, int], str | None] = {}
        for m, ks in by_mention.items():
            if m not in in_scope or mention_file[m] != f:
                continue
            scores = ((X[ks] - means) / scales) @ w
            parser = next(j for j, k in enumerate(ks) if rows[k].features[FEATURES.index("parser")] == 1.0)
            if scores.argmax() != parser and scores.max() > scores[parser]:
                choice[where[m]] = rows[ks[int(scores.argmax())]].role
        table.append({"file": FILES[f], "changed": len(choice), "parser": _figures(briefs, f, {}, taxonomy),
                      "choice": _figures(briefs, f, choice, taxonomy)})
    return table


def ceiling(briefs: list[dict[str, Any]], rows: list[Row], taxonomy: Any) -> list[dict[str, Any]]:
    """Per file, what a perfect choice among these candidates would give: a right candidate wherever
    the parser's reading is wrong and one is there (how far any choice over them could lift a file)."""
    where = [(b, n) for b, brief in enumerate(briefs) for n in range(len(brief["needs"]))]
    parser_at = FEATURES.index("parser")
    wrong = {r.mention for r in rows if r.features[parser_at] == 1.0 and r.label == 0}
    choice: dict[tuple[int, int], str | None] = {}
    for r in rows:
        if r.mention in wrong and r.label == 1:
            choice.setdefault(where[r.mention], r.role)
    return [{"file": name, "wrong_readings": sum(briefs[where[m][0]]["file"] == f for m in wrong),
             "right_among_candidates": sum(briefs[b]["file"] == f for b, _ in choice),
             "parser": _figures(briefs, f, {}, taxonomy), "choice": _figures(briefs, f, choice, taxonomy)}
            for f, name in enumerate(FILES)]


def main(argv: list[str] | None = None) -> None:
    from matcher.config import DEFAULT_CONFIG
    from matcher.settings import MatcherSettings, load_settings
    from matcher.taxonomy import load_taxonomy

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="also write the tables as JSON")
    parser.add_argument("--penalty", type=float, default=PENALTY)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    encoder = load_settings(MatcherSettings).create_encoder(DEFAULT_CONFIG.encoder)
    taxonomy = load_taxonomy()
    briefs = collect(encoder)
    rows, mention_file = candidate_rows(briefs, encoder, taxonomy)
    tables = {"ceiling": ceiling(briefs, rows, taxonomy)}
    print("ceiling: the right candidate chosen wherever the parser's reading is wrong")
    for r in tables["ceiling"]:
        p, c = r["parser"], r["choice"]
        print(f"  {r['file']:26} wrong {r['wrong_readings']:3d}, right one a candidate {r['right_among_candidates']:3d}"
              f"  P {p['precision']:.3f} -> {c['precision']:.3f}  R {p['recall']:.3f} -> {c['recall']:.3f}")
    for name, scope in SCOPES.items():
        tables[name] = table = cross_validate(briefs, rows, mention_file, scope, taxonomy, args.penalty)
        moves = [(r["choice"]["precision"] - r["parser"]["precision"], r["choice"]["recall"] - r["parser"]["recall"])
                 for r in table]
        lifted, cost = sum(p > 0 and r > 0 for p, r in moves), sum(p < 0 or r < 0 for p, r in moves)
        print(f"\nscope: {name} (penalty {args.penalty}): lifts {lifted} files, costs {cost}")
        for r in table:
            p, c = r["parser"], r["choice"]
            print(f"  {r['file']:26} changed {r['changed']:3d}  P {p['precision']:.3f} -> {c['precision']:.3f}"
                  f"  R {p['recall']:.3f} -> {c['recall']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(tables, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
