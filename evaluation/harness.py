"""One evaluation from files to numbers: read and validate the corpus, queries and qrels, build
a fresh index in a temporary folder, run every query, score it, and optionally run the
ablations. The CLI (``matcher evaluate``) and the tests call this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from evaluation.ablations import AblationResult, run_ablations
from evaluation.datasets import EvalQuery, read_qrels, read_queries
from evaluation.judgements import Judged, check_corpus, judge
from evaluation.metrics import summarise
from evaluation.runner import DEPTH, RunResult, Workspace, load_corpus, prepare_queries, run_queries
from evaluation.targets import Target, check_targets
from matcher.encoders import Encoder
from matcher.errors import InvalidInput
from models.profile import Profile

__all__ = ["SPLITS", "Evaluation", "Inputs", "evaluate_files", "evaluate_set", "read_inputs", "set_files"]

# Held-out first: the figure that counts is printed before the one that was tuned on.
SPLITS = ("heldout", "dev")


@dataclass(frozen=True)
class Inputs:
    profiles: list[Profile]
    queries: list[EvalQuery]
    judged: Judged


@dataclass
class Evaluation:
    inputs: Inputs
    run: RunResult
    summary: dict
    targets: list[Target]
    today: dt.date
    ablations: AblationResult | None = None


def read_inputs(corpus: Path, queries_path: Path, qrels_path: Path) -> Inputs:
    """Everything validated before any index is built: a bad file costs no encoding."""
    queries = read_queries(queries_path)
    judgements = read_qrels(qrels_path, queries)
    profiles = load_corpus(corpus)
    check_corpus(judgements, {p.id for p in profiles}, str(qrels_path))
    judged = judge(queries, judgements)
    if not judged.queries:
        raise InvalidInput(f"{qrels_path}: no judgement names a query in {queries_path}")
    return Inputs(profiles, queries, judged)


def evaluate_files(corpus: Path, queries_path: Path, qrels_path: Path, *, today: dt.date | None = None,
                   ablations: bool = False, encoder: Encoder | None = None, depth: int = DEPTH,
                   stat_test: str = "fisher") -> Evaluation:
    inputs = read_inputs(corpus, queries_path, qrels_path)
    today = today or dt.date.today()
    with Workspace(inputs.profiles, encoder=encoder) as workspace:
        return _evaluate(workspace, inputs, today, ablations, depth, stat_test)


def set_files(folder: Path, default_corpus: Path) -> tuple[Path, dict[str, tuple[Path, Path]]]:
    """A judged set's corpus (``corpus.jsonl`` in the folder, else ``default_corpus``) and its
    splits present, held-out first: split -> (queries.jsonl, qrels.tsv)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput(f"--set: {folder} is not a folder")
    corpus = folder / "corpus.jsonl"
    splits = {split: (folder / split / "queries.jsonl", folder / split / "qrels.tsv") for split in SPLITS
              if (folder / split / "queries.jsonl").is_file() and (folder / split / "qrels.tsv").is_file()}
    if not splits:
        raise InvalidInput(f"--set: {folder} holds neither heldout/ nor dev/ with queries.jsonl and qrels.tsv")
    return (corpus if corpus.is_file() else Path(default_corpus)), splits


def evaluate_set(folder: Path, default_corpus: Path, *, today: dt.date | None = None,
                 ablations: bool = True, encoder: Encoder | None = None, depth: int = DEPTH,
                 stat_test: str = "fisher", split: str | None = None) -> dict[str, Evaluation]:
    """Every split of a judged set (held-out first), or only ``split``, over one index of its corpus:
    split -> Evaluation. Held-out files are only run and scored, never shown query by query."""
    corpus, splits = set_files(folder, default_corpus)
    if split is not None:
        if split not in splits:
            raise InvalidInput(f"--split: '{split}' is not a split of {folder} ({', '.join(splits)})")
        splits = {split: splits[split]}
    inputs = {split: read_inputs(corpus, *paths) for split, paths in splits.items()}
    today = today or dt.date.today()
    with Workspace(next(iter(inputs.values())).profiles, encoder=encoder) as workspace:
        return {split: _evaluate(workspace, i, today, ablations, depth, stat_test) for split, i in inputs.items()}


def _evaluate(workspace: Workspace, inputs: Inputs, today: dt.date, ablations: bool, depth: int,
              stat_test: str) -> Evaluation:
    prepared = prepare_queries(inputs.queries, today)
    if ablations:
        result = run_ablations(workspace, prepared, inputs.judged, depth=depth, stat_test=stat_test)
        run, targets = result.runs["full"], result.targets
        summary = result.summaries["full"]
    else:
        result = None
        run = run_queries(workspace.system("full"), prepared, depth)
        summary = summarise(run.rankings, inputs.queries, inputs.judged)
        targets = check_targets(summary)
    return Evaluation(inputs, run, summary, targets, today, result)
