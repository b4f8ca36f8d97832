"""Stock against adapted encoder on one split of a judged set, dense-only and full ranker.

    python -m evaluation.compare_encoders --set evaluation/data/reallang --split dev \\
        [--models all-MiniLM-L6-v2,minilm-screen-adapted] [--today 2026-12-01] [--json OUT]
        [--saved DIR [--rank-only]]

Each model ranks the split through the product's own path (``evaluation.runner``: a fresh index of
the set's corpus in a temporary folder, the ablation's ``dense`` and ``full`` variants, the onnx
backend). Printed: nDCG@10 overall and by query family for every (model, system), each with its
95% bootstrap interval, and the paired test (ranx ``compare``, Fisher's randomisation) of each
system of the second model against the same system of the first. Held-out splits are printed
as aggregates only, like the harness does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from evaluation.ablations import VARIANTS, run_systems
from evaluation.breakdown import REFERENCE, Breakdown, breakdown
from evaluation.harness import read_inputs, set_files
from evaluation.runner import Workspace, prepare_queries
from matcher.demo import DEMO_PATH
from matcher.encoders import create_encoder
from matcher.errors import InvalidInput

__all__ = ["compare", "main"]

SYSTEMS = ("dense", "full")


def _inputs(folder: Path, split: str):
    corpus, splits = set_files(folder, DEMO_PATH)
    if split not in splits:
        raise InvalidInput(f"--split: '{split}' is not a split of {folder} ({', '.join(splits)})")
    return read_inputs(corpus, *splits[split])


def rank(folder: Path, split: str, model: str, today: dt.date, backend: str = "onnx",
         saved: Path | None = None) -> dict[str, dict[str, list[str]]]:
    """system -> query -> ids for one model; kept in ``saved`` (a folder) when given, so each
    model ranks a split once and two runs can be compared later without ranking it again."""
    path = saved / f"{Path(folder).name}-{split}-{model}-{backend}.json" if saved else None
    if path is not None and path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    inputs = _inputs(folder, split)
    prepared = prepare_queries(inputs.queries, today)
    variants = [v for v in VARIANTS if v.name in SYSTEMS]
    with Workspace(inputs.profiles, encoder=create_encoder(model, backend)) as workspace:
        rankings = {name: run.rankings for name, run in run_systems(workspace, prepared, variants).items()}
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rankings), encoding="utf-8")
    return rankings


def compare(folder: Path, split: str, models: list[str], today: dt.date, backend: str = "onnx",
            saved: Path | None = None) -> dict:
    inputs = _inputs(folder, split)
    rankings: dict[str, dict[str, list[str]]] = {}
    for model in models:
        for name, ranking in rank(folder, split, model, today, backend, saved).items():
            rankings[f"{name} {model}"] = ranking
    tables = {}
    for system in SYSTEMS:  # the reference of each table is the first model's system
        named = {(REFERENCE if m == models[0] else m): rankings[f"{system} {m}"] for m in models}
        tables[system] = breakdown(named, inputs.queries, inputs.judged.queries)
    return {"split": split, "set": str(folder), "models": models, "tables": tables}


def render(result: dict) -> str:
    models = result["models"]
    first: Breakdown = result["tables"][SYSTEMS[0]]
    groups = ["all", *first.families()]
    lines = [f"{result['set']} / {result['split']}: nDCG@10 (±: half the 95% bootstrap interval; "
             f"p: paired test against {models[0]} with the same system)", "",
             "| system | model | " + " | ".join(f"{g} ({first.groups[g]})" for g in groups) + " |",
             "|---|---|" + "---|" * len(groups)]
    for system in SYSTEMS:
        table = result["tables"][system]
        for model in models:
            cells = table.cells[REFERENCE if model == models[0] else model]
            lines.append(f"| {system} | {model} | " + " | ".join(cells[g].text() for g in groups) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="folder", type=Path, default=Path("evaluation/data/reallang"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--models", default="all-MiniLM-L6-v2,minilm-screen-adapted")
    parser.add_argument("--today", default="2026-12-01")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--saved", type=Path, default=None,
                        help="a folder keeping each model's rankings, so a split is ranked once per model")
    parser.add_argument("--rank-only", action="store_true",
                        help="with --saved and one model: rank and keep, print nothing (compare later)")
    args = parser.parse_args(argv)
    try:
        models = [m.strip() for m in args.models.split(",") if m.strip()]
        today = dt.date.fromisoformat(args.today)
        if args.rank_only:
            if args.saved is None or len(models) != 1:
                raise InvalidInput("--rank-only: give --saved DIR and one model")
            rank(args.folder, args.split, models[0], today, saved=args.saved)
            return 0
        if len(models) != 2 or models[0] == models[1]:
            raise InvalidInput("--models: give two different models, the reference first")
        result = compare(args.folder, args.split, models, today, saved=args.saved)
    except (InvalidInput, ValueError) as error:
        print(f"compare_encoders: {error}", file=sys.stderr)
        return 2
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps({**result, "tables": {s: t.as_json() for s, t in result["tables"].items()}},
                                        indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
