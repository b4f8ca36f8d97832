"""``matcher brief``: a pasted production brief in, a crew sheet out."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.markup import escape

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console, print_matches
from matcher.engine import Engine
from matcher.errors import InvalidInput, PayloadTooLarge
from matcher.importers import read_text_file
from models.brief import Brief, CrewSheet

MAX_BRIEF_CHARS = 20_000


@app.command()
@handles_errors
def brief(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="A text file with the brief, '-' for stdin, or a "
                                              "structured brief as JSON (as --json prints it) to re-run")],
    size: Annotated[int, typer.Option(min=1, max=50, help="Shortlist size per need")] = 5,
    repeats: Annotated[bool, typer.Option(help="Allow one profile on several needs")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the crew sheet as JSON")] = False,
    sender: Annotated[str | None, typer.Option(help="Profile id of the member that sent the brief: who on the "
                                                    "sheet has worked with it is shown")] = None,
) -> None:
    """Read a production brief and shortlist local crew, companies and facilities per need."""
    text = sys.stdin.read() if file == "-" else read_text_file(file)
    engine = Engine(settings_from(ctx))
    sheet = engine.match_brief(read_brief(text), shortlist_size=size, repeats=repeats, sender=sender)
    if as_json:
        print(sheet.model_dump_json(indent=2))
    else:
        print_sheet(sheet)


def read_brief(text: str) -> str | Brief:
    """Brief text, or a corrected structured brief (JSON) sent back to re-run the match."""
    if len(text) > MAX_BRIEF_CHARS:
        raise PayloadTooLarge(f"the brief is {len(text):,} characters; the limit is {MAX_BRIEF_CHARS:,}")
    stripped = text.strip()
    if not stripped.startswith("{"):
        return text
    try:
        data = json.loads(stripped)
        return Brief.model_validate(data.get("brief", data))
    except json.JSONDecodeError as error:
        raise InvalidInput(f"the structured brief is not valid JSON ({error.msg}, line {error.lineno})") from None
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise InvalidInput(f"the structured brief is invalid at '{where}': {problem['msg']}") from None


def print_sheet(sheet: CrewSheet) -> None:
    b = sheet.brief
    console.rule("What we understood")
    for need in b.needs:
        extra = f" — {', '.join(need.qualifiers)}" if need.qualifiers else ""
        console.print(f"  • {need.quantity} × {need.label}{extra}  [dim]({need.text})[/dim]")
    if b.locations:
        console.print(f"  Where: {', '.join(p.name for p in b.locations)} (local = within {b.radius_km:g} km)")
    if b.dates:
        console.print(f"  When: {b.dates.start} to {b.dates.end}" + (" (approximate)" if b.dates.approximate else ""))
    if b.budget and (b.budget.level or b.budget.amount_gbp or b.budget.max_day_rate_gbp):
        console.print(f"  Budget: {b.budget.text or b.budget.level}")
    for note in b.notes:
        console.print(f"  [yellow]Note:[/yellow] {note}")
    if sheet.fallback:
        if sheet.message not in b.notes:  # a brief not read says why once, among the notes
            console.print(f"[yellow]{sheet.message}[/yellow]")
        print_matches(sheet.fallback_matches, False)
        print_worked_together(sheet)
        return
    for result in sheet.needs:
        title = f"{result.need.quantity} × {result.need.label}"
        if result.gap:
            title += f"  [red]GAP: {result.gap_reason}[/red]"
        console.rule(title)
        print_matches(result.matches, False)
        if result.beyond:
            console.print("  Nearest beyond the radius: " + "; ".join(
                f"{m.name} ({m.explanation.distance_km:.0f} km)" for m in result.beyond))
    if sheet.packages:
        console.rule("Packages: one company for several needs")
        for package in sheet.packages:
            where = f", {package.distance_km:.0f} km" if package.distance_km is not None else ""
            console.print(f"  • {package.name} ({package.kind}{where}): {', '.join(package.labels)}")
    print_worked_together(sheet)


def print_worked_together(sheet: CrewSheet) -> None:
    """Past work together on the sheet: "Kiln Sound and Rob Capewell: The Bottle Kiln Job, 2024"."""
    if not sheet.worked_together:
        if sheet.sender is not None:
            console.print(f"  [dim]No one on this sheet shares a credit with {escape(sheet.sender.name)} "
                          "(same title, same year).[/dim]")
        return
    console.rule("Worked together before (shared credits: same title, same year)")
    for pair in sheet.worked_together:
        who = f"{pair.b.name} (who sent the brief)" if pair.with_sender else pair.b.name
        more = f" and {len(pair.productions) - 1} more" if len(pair.productions) > 1 else ""
        console.print(f"  • {escape(pair.a.name)} and {escape(who)}: {escape(pair.productions[0])}{more}")
