"""``matcher import-companies-house``: the screen companies of the area from the register."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console
from matcher.companies_house import Area, ImportOptions, ImportSummary, import_register
from matcher.errors import InvalidInput

__all__ = ["import_companies_house"]

_HELP = (
    "Import the screen companies of the area from Companies House's free 'basic company data' "
    "snapshot (the CSV, or the zip it is published in), as published.\n\n"
    "Keeps active companies registered in the area with a screen SIC code (59111-59140, 58210, "
    "62011; 59200 with --include-music); flags likely single-purpose vehicles and dormant companies "
    "(kept, with reasons). Creates or updates a profile per company number: register facts come "
    "from the register, what members or the film office wrote is never overwritten, and a company "
    "that left the register or the area is marked, not deleted. Streams in constant memory and "
    "commits in batches: an interrupted import resumes when run again. Ends with a summary."
)


@app.command("import-companies-house", help=_HELP)
@handles_errors
def import_companies_house(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="BasicCompanyData…csv or the .zip it is published in")],
    area: Annotated[str | None, typer.Option(
        "--area", help="Postcode areas and districts, comma-separated (ST,WS,DE13); 'default' is "
                       "Stoke-on-Trent and Staffordshire (the default), 'all' the whole UK")] = None,
    include_music: Annotated[bool, typer.Option(
        "--include-music", help="Also keep companies whose only screen code is 59200 (music)")] = False,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="The snapshot's date, YYYY-MM-DD (default: the date in the file name, else today)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object")] = False,
    batch_size: Annotated[int, typer.Option(min=1, max=100_000, help="Companies per transaction")] = 500,
    restart: Annotated[bool, typer.Option(
        "--restart", help="Start again rather than resume an interrupted import of this file")] = False,
) -> None:
    from matcher.engine import Engine
    from matcher.store import Store

    settings = settings_from(ctx)
    options = ImportOptions(area=Area.parse(area), include_music=include_music, as_of=_date(as_of),
                            batch_size=batch_size, restart=restart)
    store = Store(settings.resolved_database_url)
    before = store.latest_seq()
    errors = Console(stderr=True)
    with _progress(errors) as bar:
        summary = import_register(store, file, options, progress=bar)
    for problem in summary.malformed:
        typer.echo(f"skipped {problem}", err=True)
    if store.latest_seq() != before:  # the index follows the change log
        engine = Engine(settings, progress=errors.is_terminal and not as_json)
        engine.save_index()
    if as_json:
        print(json.dumps(summary.as_json()))
    else:
        print_summary(summary)


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--as-of: expected a date as YYYY-MM-DD, got {text!r}") from None


class _progress:
    """A progress bar over the bytes of the snapshot, on a terminal only."""

    def __init__(self, out: Console) -> None:
        self.bar = Progress(TextColumn("Reading the register"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                            TimeRemainingColumn(), console=out, transient=True) if out.is_terminal else None
        self.task: TaskID | None = None

    def __enter__(self) -> Callable[[int, int], None] | None:
        if self.bar is None:
            return None
        self.bar.start()
        self.task = self.bar.add_task("read", total=None)
        return self.update

    def update(self, done: int, total: int) -> None:
        assert self.bar is not None and self.task is not None
        self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def print_summary(summary: ImportSummary) -> None:
    c = summary.counts
    resumed = f", resuming at line {summary.resumed_from_line:,}" if summary.resumed_from_line else ""
    say = functools.partial(console.print, soft_wrap=True)
    say(f"Read {c['rows_read']:,} rows of {summary.source} (register of {summary.as_of.isoformat()}; "
        f"area: {summary.area}{resumed}).")
    say(f"Kept {c['kept']:,} companies: {c['created']:,} new, {c['updated']:,} updated, "
        f"{c['unchanged']:,} unchanged; {c['flagged']:,} flagged. Skipped {c['skipped']:,} rows"
        + (f" ({c['malformed']:,} malformed, listed above)." if c["malformed"] else "."))
    if summary.marked:
        say(f"Marked {len(summary.marked):,} companies as having left the register or the area:")
        for number, name, reason in summary.marked[:50]:
            say(f"  {name} ({number}): {reason}")
    if not summary.whole_snapshot:
        say("[dim]This file is one part of a snapshot: companies missing from it are not marked as gone.[/dim]")
    if summary.flagged:
        table = Table(title="Flagged (kept; look twice)", expand=True)
        table.add_column("Company", ratio=2)
        table.add_column("Flag", no_wrap=True)
        table.add_column("Why", ratio=3)
        for number, name, flags in summary.flagged[:200]:
            kinds = ", ".join(dict.fromkeys(f.flag for f in flags))
            table.add_row(f"{name}\n[dim]{number}[/dim]", kinds, "; ".join(f.reason for f in flags))
        console.print(table)
