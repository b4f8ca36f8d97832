"""``matcher evaluate``: judged queries against a fresh index of a corpus; metrics, TREC run,
and with ``--ablations`` every variant of the ranker and a report."""

from __future__ import annotations

import datetime as dt
import json
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from matcher.cli.app import app, handles_errors
from matcher.cli.output import console
from matcher.demo import DEMO_PATH
from matcher.errors import InvalidInput

if TYPE_CHECKING:  # the evaluation package loads only for this command
    from evaluation.ablations import AblationResult
    from evaluation.breakdown import Breakdown
    from evaluation.harness import Evaluation
    from evaluation.targets import Target
    from matcher.encoders import Encoder

__all__ = ["evaluate"]

_HELP = (
    "Evaluate the matcher on judged queries (BEIR layout) against a fresh index of the corpus.\n\n"
    "Builds the index in a temporary folder with the default configuration, runs every query in "
    "its mode (brief: the crew sheet flattened round-robin across needs; search: one query with "
    "its filters), writes a TREC run (top 100 a query) and prints nDCG@10, recall@100, MRR@10 and "
    "MAP@100 overall and by mode, and the briefs' need coverage@10 when the qrels judge needs "
    "(<brief-id>#<n>).\n\n"
    "--ablations also runs BM25 only, TF-IDF (scikit-learn), dense only, hybrid (dense + BM25), "
    "hybrid + taxonomy, full and full with RRF fusion, tests each against the full ranker (paired "
    "randomisation test) and with --report DIR writes report.md, report.html, plots, TREC runs "
    "and ablations.json.\n\n"
    "--set DIR evaluates a judged set folder instead (DIR/corpus.jsonl, else the demo cluster; "
    "DIR/heldout and DIR/dev, each queries.jsonl + qrels.tsv): held-out figures first, every system "
    "of the ablation, and nDCG@10 by query family and by grade with 95% bootstrap intervals and a "
    "paired test of each system against dense. Held-out queries are never listed one by one; "
    "--split dev evaluates the development split alone.\n\n"
    "--model names the encoder to rank with (default the configuration's; minilm-screen-adapted is the "
    "fine-tuned one, when its weights are in this checkout).\n\n"
    "Targets (full >= best single baseline + 0.05 nDCG@10; need coverage@10 >= 0.9) are reported "
    "whether met or not; the exit code does not depend on them. Bad input files exit with 2."
)


@app.command(help=_HELP)
@handles_errors
def evaluate(
    queries: Annotated[Path | None, typer.Option(
        help="queries.jsonl: _id, text, optional mode/filters/today/needs")] = None,
    qrels: Annotated[Path | None, typer.Option(help="qrels.tsv: header query-id, corpus-id, score (0-3)")] = None,
    judged_set: Annotated[Path | None, typer.Option("--set", help="A judged set folder (heldout/, dev/, "
                                                    "optional corpus.jsonl): every split, with ablations")] = None,
    corpus: Annotated[Path, typer.Option(help="Profiles in the import format (JSONL or CSV); "
                                              "default: the demo cluster")] = DEMO_PATH,
    run: Annotated[Path | None, typer.Option("--run", help="Write the TREC run here")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the metrics as JSON here")] = None,
    today: Annotated[str | None, typer.Option(help="YYYY-MM-DD for relative dates in briefs "
                                                   "(a query's own 'today' wins; default: today)")] = None,
    ablations: Annotated[bool, typer.Option("--ablations", help="Run every variant and the baselines")] = False,
    report: Annotated[Path | None, typer.Option(help="With --ablations: write the report in this folder")] = None,
    stat_test: Annotated[str, typer.Option(help="Paired test: fisher (randomisation) or student")] = "fisher",
    model: Annotated[str | None, typer.Option(help="Encoder model (default: the configuration's, "
                                                   "all-MiniLM-L6-v2; or minilm-screen-adapted)")] = None,
    split: Annotated[str | None, typer.Option(help="With --set: only this split (dev or heldout)")] = None,
) -> None:
    from evaluation.harness import evaluate_files
    from evaluation.report import ReportContext, write_report

    if judged_set is not None:
        if queries is not None or qrels is not None or run is not None:
            raise InvalidInput("--set reads the set's own queries and qrels; drop --queries, --qrels and --run "
                               "(--report writes every system's runs)")
        _evaluate_set(judged_set, corpus, _date(today), json_out, report, stat_test, _encoder(model), split)
        return
    if split is not None:
        raise InvalidInput("--split chooses a split of --set; without --set give --queries and --qrels")
    if queries is None or qrels is None:
        raise InvalidInput("give --queries and --qrels, or --set DIR")
    if report is not None and not ablations:
        raise InvalidInput("--report needs --ablations (the report compares the variants)")
    if stat_test not in ("fisher", "student"):
        raise InvalidInput(f"--stat-test: '{stat_test}' is neither fisher nor student")
    day = _date(today)
    console.print(f"Evaluating {queries} against a fresh index of {corpus}…", style="dim")
    result = evaluate_files(corpus, queries, qrels, today=day, ablations=ablations, stat_test=stat_test,
                            encoder=_encoder(model))
    _warn(result)
    _write_outputs(result, run, json_out)
    _print_summary(result.summary)
    if result.ablations:
        _print_ablations(result.ablations)
    if report:
        assert result.ablations is not None, "--report is refused without --ablations"
        context = ReportContext(str(corpus), len(result.inputs.profiles), str(queries), str(qrels),
                                result.today, "matcher " + shlex.join(sys.argv[1:]),
                                tuple(result.inputs.judged.unjudged))
        path = write_report(report, result.ablations, context)
        console.print(f"Report: {path} and {path.with_suffix('.html')}")
    _print_targets(result.targets)


def _encoder(model: str | None) -> Encoder | None:
    """The named model through the deployment's backend, or None for the configuration's own."""
    if model is None:
        return None
    from matcher.settings import load_settings

    return load_settings().create_encoder(model)


def _evaluate_set(folder: Path, corpus: Path, today: dt.date | None, json_out: Path | None,
                  report: Path | None, stat_test: str, encoder: Encoder | None, split: str | None) -> None:
    from evaluation.breakdown import markdown_tables
    from evaluation.harness import evaluate_set
    from evaluation.report import ReportContext, ablation_json, write_report

    if stat_test not in ("fisher", "student"):
        raise InvalidInput(f"--stat-test: '{stat_test}' is neither fisher nor student")
    console.print(f"Evaluating the judged set {folder} ({f'{split} only' if split else 'held-out first'})…",
                  style="dim")
    results = evaluate_set(folder, corpus, today=today, stat_test=stat_test, encoder=encoder, split=split)
    payload = {}
    for split, result in results.items():
        ablations = result.ablations
        assert ablations is not None, "a judged set is evaluated with its ablations"
        console.rule(f"{folder.name or folder} / {split}")
        _warn(result)
        _print_summary(result.summary)
        _print_ablations(ablations)
        _print_groups(ablations.by_group, f"{folder.name} {split}")
        _print_targets(result.targets)
        payload[split] = {**result.summary, "ablations": ablation_json(ablations)}
        if report:
            inputs = result.inputs
            context = ReportContext(str(corpus), len(inputs.profiles), str(folder / split / "queries.jsonl"),
                                    str(folder / split / "qrels.tsv"), result.today,
                                    "matcher " + shlex.join(sys.argv[1:]), tuple(inputs.judged.unjudged))
            path = write_report(report / split, ablations, context)
            if ablations.by_group is not None:  # the breakdown needs the reference system's run
                (report / split / "by_group.md").write_text(
                    markdown_tables(ablations.by_group, f"{folder.name} {split}"), encoding="utf-8")
            console.print(f"Report: {path}, {path.with_suffix('.html')} and {path.parent / 'by_group.md'}")
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def _print_groups(groups: Breakdown | None, title: str) -> None:
    if groups is None:
        return
    for heading, names in (("by family", ["all", *groups.families()]), ("by grade", groups.grades())):
        table = Table(title=f"{title}: nDCG@10 {heading} (±: half the 95% bootstrap interval; "
                            "p: paired test against dense)")
        table.add_column("system")
        for name in names:
            table.add_column(f"{name} ({groups.groups[name]})", justify="right")
        for system in groups.systems:
            table.add_row(system, *(groups.cells[system][name].text() for name in names))
        console.print(table)


def _warn(result: Evaluation) -> None:
    for warning in result.run.warnings:
        typer.echo(f"warning: {warning}", err=True)
    unjudged = result.inputs.judged.unjudged
    if unjudged:
        typer.echo(f"note: {len(unjudged)} queries have no judgements and are not scored: "
                   f"{', '.join(unjudged[:10])}", err=True)


def _write_outputs(result: Evaluation, run: Path | None, json_out: Path | None) -> None:
    from evaluation.report import ablation_json
    from evaluation.runner import write_trec

    if run:
        write_trec(run, result.run.rankings, tag="matcher-full")
    if json_out:
        payload = dict(result.summary)
        if result.ablations:
            payload["ablations"] = ablation_json(result.ablations)
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--today: '{text}' is not an ISO date (YYYY-MM-DD)") from None


def _print_summary(summary: dict[str, Any]) -> None:
    from evaluation.metrics import METRICS

    table = Table(title=f"Full ranker, {summary['queries']} judged queries")
    for header in ("", *METRICS, "queries"):
        table.add_column(header, justify="right" if header else "left")
    table.add_row("overall", *(f"{summary['overall'][m]:.3f}" for m in METRICS), str(summary["queries"]))
    for mode, values in summary["by_mode"].items():
        table.add_row(mode, *(f"{values[m]:.3f}" for m in METRICS), str(values["queries"]))
    console.print(table)
    coverage = summary.get("need_coverage@10")
    if coverage:
        console.print(f"Need coverage@10: {coverage['overall']:.3f} over {len(coverage['by_brief'])} briefs "
                      f"(at most {coverage['ceiling']:.3f} on this corpus); "
                      f"{coverage['over_meetable_needs']:.3f} of the {coverage['meetable_needs']} needs "
                      "the corpus can meet")


def _print_ablations(result: AblationResult) -> None:
    from evaluation.metrics import METRICS
    from evaluation.significance import format_p

    table = Table(title=f"Ablations (±: half the 95% bootstrap interval; p: paired {result.stat_test} "
                        "test vs full on nDCG@10)")
    table.add_column("system")
    for header in ("nDCG@10", "±", "R@100", "MRR@10", "MAP@100", "cov@10", "p"):
        table.add_column(header, justify="right", no_wrap=True, min_width=7 if header == "p" else None)
    for variant in result.variants:
        summary, ci = result.summaries[variant.name], result.intervals[variant.name]
        coverage = summary.get("need_coverage@10")
        p = result.p_values.get(variant.name, {}).get("ndcg@10")
        table.add_row(variant.name, *(f"{summary['overall'][m]:.3f}" for m in METRICS[:1]),
                      f"{(ci['ndcg@10'][1] - ci['ndcg@10'][0]) / 2:.3f}",
                      *(f"{summary['overall'][m]:.3f}" for m in METRICS[1:]),
                      f"{coverage['overall']:.3f}" if coverage else "—", format_p(p))
    console.print(table)
    console.print("Full vs best single baseline ({}): {} wins, {} ties, {} losses".format(
        result.best_baseline, *result.wtl))


def _print_targets(targets: list[Target]) -> None:
    for target in targets:
        value = "—" if target.value is None else f"{target.value:.3f}"
        style = {True: "green", False: "red", None: "yellow"}[target.met]
        console.print(f"Target {target.name} {target.goal}: {value} [{style}]{target.verdict}[/{style}]"
                      + (f" ({target.detail})" if target.detail else ""))
