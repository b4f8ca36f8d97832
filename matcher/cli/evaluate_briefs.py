"""``matcher evaluate-briefs``: how well the parser reads judged briefs (needs, places, dates)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console
from matcher.config import DEFAULT_CONFIG
from matcher.errors import InvalidInput

__all__ = ["evaluate_briefs"]

_COLUMNS = ("briefs", "need_recall", "need_precision", "quantity_accuracy", "place_accuracy", "date_accuracy",
            "deadline_accuracy")
_HELP = (
    "Score the brief parser on judged briefs (evaluation/data/briefs/*/briefs.jsonl): need recall and "
    "precision (one-to-one matching by role id, alternative ids, or for a need no role fits a new or "
    "free-text need naming its head word), quantity accuracy on matched needs, place and date accuracy per "
    "brief; overall and by form. A held-out file is printed first. Targets: recall and precision >= 0.95, "
    "places and dates >= 0.9 (reported, not an exit code). --misses lists what was missed or extra, for "
    "files outside heldout/ only.")


def _is_heldout(path: Path) -> bool:
    return "heldout" in path.parts


@app.command("evaluate-briefs", help=_HELP)
@handles_errors
def evaluate_briefs(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="Judged briefs (JSONL), e.g. evaluation/data/briefs/dev/"
                                                     "briefs.jsonl")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="List misses (never for held-out files)")] = False,
) -> None:
    from evaluation.understanding import product_reader, score_file

    ordered = sorted(files, key=lambda p: not _is_heldout(p))
    for path in ordered:
        if not path.is_file():
            raise InvalidInput(f"no such file: {path}")
    settings = settings_from(ctx)
    encoder = settings.create_encoder(DEFAULT_CONFIG.encoder)
    read = product_reader(encoder)
    results = {str(path): score_file(path, read) for path in ordered}
    if as_json:
        print(json.dumps({p: {f: t.figures() for f, t in r.items()} for p, r in results.items()}, indent=2))
        return
    for name, tallies in results.items():
        table = Table(title=f"{name}{'  (held out)' if _is_heldout(Path(name)) else ''}")
        for column in ("form", *_COLUMNS):
            table.add_column(column, justify="left" if column == "form" else "right")
        for form, tally in sorted(tallies.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            figures = tally.figures()
            table.add_row(form, *(f"{figures[c]}" for c in _COLUMNS))
        console.print(table)
        if misses and not _is_heldout(Path(name)):
            for line in tallies["all"].misses:
                console.print(f"  {line}", highlight=False)
    console.print("Targets: need recall and precision >= 0.95; place and date accuracy >= 0.9.")
