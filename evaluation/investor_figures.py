"""The investor set's figures: the product's investor ranking against the BM25-only and dense-only
baselines (companies ranked by the interest's text alone), on the splits named.

    python -m evaluation.investor_figures dev [heldout] [--json OUT]

One workspace (the demo corpus, three engine configurations), every query in the ``investor``
mode through ``evaluation.runner.run_queries``, means from ``evaluation.metrics.evaluate``; only
aggregates are printed, so running it over held-out shows no query. Relative dates: 2026-12-05.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from evaluation.ablations import _BM25, _PLAIN
from evaluation.harness import read_inputs
from evaluation.metrics import evaluate
from evaluation.runner import Workspace, prepare_queries, run_queries
from matcher.config import DEFAULT_CONFIG
from matcher.demo import DEMO_PATH

__all__ = ["main"]

DATA = Path(__file__).resolve().parent / "data" / "investors"
TODAY = dt.date(2026, 12, 5)


def main(argv: list[str] | None = None) -> dict[str, dict[str, float]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", choices=["dev", "heldout"])
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    sets = {s: read_inputs(DEMO_PATH, DATA / s / "queries.jsonl", DATA / s / "qrels.tsv") for s in args.splits}
    out: dict[str, dict[str, float]] = {}
    with Workspace(next(iter(sets.values())).profiles) as workspace:
        bm25 = workspace.system("bm25", _BM25)
        dense = workspace.system("dense", _PLAIN.with_(use_lexical=False))
        for baseline in (bm25, dense):
            baseline.single_baseline = True  # type: ignore[attr-defined]
        systems = {"bm25": bm25, "dense": dense, "investor": workspace.system("full", DEFAULT_CONFIG)}
        for split, inputs in sets.items():
            prepared = prepare_queries(inputs.queries, TODAY)
            for name, system in systems.items():
                run = run_queries(system, prepared, 100)
                figures = evaluate(run.rankings, inputs.judged.queries)
                out[f"{split}/{name}"] = {k: round(v, 4) for k, v in figures.items()}
                print(split, name, out[f"{split}/{name}"], f"warnings {len(run.warnings)}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
