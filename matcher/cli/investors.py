"""``matcher invest``, ``matcher investors-for`` and ``matcher session plan``: investor matching."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.table import Table

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console
from matcher.engine import Engine
from matcher.errors import InvalidInput
from matcher.investors.desk import companies_for, investors_for, session_plan
from matcher.investors.session import Limits
from matcher.investors.session_export import plan_csv, plan_html
from models.investor import InterestCriteria
from models.investor_match import InvestorMatch

__all__ = ["session_app"]

session_app = typer.Typer(name="session", no_args_is_help=True, help="Investor matchmaking sessions.")
app.add_typer(session_app)


@app.command()
@handles_errors
def invest(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The interest in the investor's own words ('' for criteria only)")],
    stage: Annotated[list[str] | None, typer.Option(help="pre-seed, seed, series-a, series-b, growth, "
                                                         "established (repeatable)")] = None,
    ticket_min: Annotated[float | None, typer.Option("--ticket-min", help="Smallest cheque, GBP")] = None,
    ticket_max: Annotated[float | None, typer.Option("--ticket-max", help="Largest cheque, GBP")] = None,
    seis: Annotated[bool, typer.Option(help="Invests under SEIS")] = False,
    eis: Annotated[bool, typer.Option(help="Invests under EIS")] = False,
    own_ip: Annotated[bool, typer.Option("--own-ip", help="Companies that own their IP")] = False,
    sector: Annotated[list[str] | None, typer.Option(help="games, animation, vfx, … (repeatable)")] = None,
    near: Annotated[str | None, typer.Option(help="A town, district, county or region")] = None,
    radius_km: Annotated[float | None, typer.Option("--radius-km", help="How far from --near")] = None,
    strict: Annotated[list[str] | None, typer.Option(help="Criteria that must be met: stage, ticket, sectors, "
                                                          "tax_relief, own_ip, geography, … or all")] = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="How many companies")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Companies worth meeting for an investor's interest, each with its fit criterion by criterion."""
    given: dict[str, Any] = {"stages": stage, "sectors": sector, "places": [near] if near else None,
                             "radius_km": radius_km, "strict": strict, "seis": seis or None, "eis": eis or None,
                             "own_ip": own_ip or None}
    if ticket_min is not None or ticket_max is not None:
        given["ticket_gbp"] = {"min": ticket_min, "max": ticket_max}
    criteria = _criteria({k: v for k, v in given.items() if v is not None})
    reading, matches = companies_for(Engine(settings_from(ctx)), text, criteria, top=top)
    if as_json:
        print(json.dumps({"understood": reading.model_dump(mode="json"),
                          "matches": [m.model_dump(mode="json") for m in matches]}, indent=2, ensure_ascii=False))
        return
    console.print("[bold]Understood:[/bold] " + "; ".join(f"{r.criterion} {r.value} (“{r.words}”)"
                                                          for r in reading.read) or "no criteria")
    _print(matches, "Companies")


@app.command("investors-for")
@handles_errors
def investors_for_command(
    ctx: typer.Context,
    company_id: Annotated[str, typer.Argument(help="The company's profile id")],
    top: Annotated[int, typer.Option(min=1, max=100, help="How many investors")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Investors whose stated interest fits a company, with the same breakdown."""
    company, matches = investors_for(Engine(settings_from(ctx)), company_id, top=top)
    if as_json:
        print(json.dumps([m.model_dump(mode="json") for m in matches], indent=2, ensure_ascii=False))
        return
    _print(matches, f"Investors for {company.name}")


@session_app.command("plan")
@handles_errors
def plan(
    ctx: typer.Context,
    investors: Annotated[str, typer.Option(help="Investor ids, comma-separated, or all")] = "all",
    companies: Annotated[str, typer.Option(help="Company ids, comma-separated, or all")] = "all",
    slots: Annotated[int, typer.Option(help="Meeting slots")] = 6,
    tables: Annotated[int, typer.Option(help="Tables (meetings at once)")] = 5,
    per_investor: Annotated[int | None, typer.Option("--per-investor", help="Most meetings per investor")] = None,
    per_company: Annotated[int | None, typer.Option("--per-company", help="Most meetings per company")] = None,
    must: Annotated[list[str] | None, typer.Option(help="INVESTOR:COMPANY that must meet (repeatable)")] = None,
    must_not: Annotated[list[str] | None, typer.Option("--must-not", help="INVESTOR:COMPANY that must not "
                                                                          "meet (repeatable)")] = None,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Write the timetable as CSV")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write one printable page per investor")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """A timetable of one-to-one meetings maximising total two-way fit."""
    limits = Limits(slots=slots, tables=tables, per_investor=per_investor, per_company=per_company,
                    must_meet=_pairs(must, "--must"), must_not_meet=_pairs(must_not, "--must-not"))
    result = session_plan(Engine(settings_from(ctx)), _ids(investors), _ids(companies), limits)
    if csv_out:
        csv_out.write_text(plan_csv(result), encoding="utf-8")
    if html_out:
        html_out.write_text(plan_html(result), encoding="utf-8")
    if as_json:
        print(json.dumps(result.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(result.meetings)} meetings, total fit {result.total_fit:.2f}", expand=True)
    for column in ("Slot", "Table", "Investor", "Company", "Fit", "Why"):
        table.add_column(column)
    for m in result.meetings:
        table.add_row(str(m.slot), str(m.table), m.investor, m.company, f"{m.fit:.2f}", m.reason)
    console.print(table)


def _criteria(values: dict[str, Any]) -> InterestCriteria:
    try:
        return InterestCriteria.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(f"{field}: {first['msg']}") from None


def _ids(text: str) -> list[str] | None:
    ids = [t.strip() for t in text.split(",") if t.strip()]
    return None if not ids or ids == ["all"] else ids


def _pairs(values: list[str] | None, option: str) -> frozenset[tuple[str, str]]:
    out = set()
    for value in values or ():
        investor, sep, company = value.partition(":")
        if not sep or not investor.strip() or not company.strip():
            raise InvalidInput(f"{option}: '{value}' is not INVESTOR:COMPANY")
        out.add((investor.strip(), company.strip()))
    return frozenset(out)


def _print(matches: list[InvestorMatch], title: str) -> None:
    if not matches:
        console.print("No matches.")
        return
    table = Table(title=title, expand=True)
    for column in ("#", "Profile", "Score", "Text / fit", "Criteria"):
        table.add_column(column)
    for m in matches:
        criteria = "\n".join(f"{c.criterion}: {c.status}" + (f" ({c.source})" if c.source == "to verify" else "")
                             + f" — {c.found}" for c in m.criteria)
        table.add_row(str(m.rank), f"[bold]{m.name}[/bold] [dim]({m.id})[/dim]\n{m.place or ''}", f"{m.score:.3f}",
                      f"{m.text_part:.2f} / {m.fit_part:.2f}", criteria)
    console.print(table)
