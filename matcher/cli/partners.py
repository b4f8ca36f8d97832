"""``matcher partners``, ``matcher consortium`` and ``matcher network``: members finding collaborators."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console, print_matches
from matcher.cli.search import resolve_point
from matcher.engine import Engine
from matcher.errors import InvalidInput
from matcher.partners.desk import RELATIONS, PartnersDesk
from models.partners import ConsortiumOut, NetworkOut, PartnersOut


@app.command()
@handles_errors
def partners(
    ctx: typer.Context,
    profile_id: Annotated[str, typer.Argument(help="The member's profile id")],
    relation: Annotated[str, typer.Option(help="complementary (fills your gaps) or similar (peers)")] = "complementary",
    near: Annotated[str | None, typer.Option(help="Measure distance from here: LAT,LON, a postcode or a town")] = None,
    radius_km: Annotated[float | None, typer.Option("--radius-km", help="Only partners within this many km")] = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="How many partners")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Partners for a member: who fills what it lacks (with the gap and the distance), or its peers."""
    if relation not in RELATIONS:
        raise InvalidInput(f"--relation must be one of {', '.join(RELATIONS)}, not '{relation}'")
    if radius_km is not None and near is None:
        raise InvalidInput("--radius-km needs --near (a place to measure from)")
    desk = PartnersDesk(Engine(settings_from(ctx)))
    result = desk.partners(profile_id, relation, near=resolve_point(near) if near else None, radius_km=radius_km,
                           top_k=top)
    if as_json:
        print(result.model_dump_json(indent=2))
        return
    _print_partners(result)


@app.command()
@handles_errors
def consortium(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The opportunity: a commission, tender or call, as written")],
    with_id: Annotated[str | None, typer.Option("--with", help="The bidding member's profile id")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Small local teams that together cover every need of an opportunity, with alternatives."""
    desk = PartnersDesk(Engine(settings_from(ctx)))
    result = desk.consortium(text, bidder_id=with_id)
    if as_json:
        print(result.model_dump_json(indent=2))
        return
    _print_consortium(result)


@app.command()
@handles_errors
def network(
    ctx: typer.Context,
    profile_id: Annotated[str, typer.Argument(help="The member's profile id")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Who a member has worked with (shared credits: same title, same year), and who those worked with."""
    result = PartnersDesk(Engine(settings_from(ctx))).network(profile_id)
    if as_json:
        print(result.model_dump_json(indent=2))
        return
    _print_network(result)


def _print_partners(result: PartnersOut) -> None:
    console.print(f"[bold]{result.name}[/bold] ({result.profile_id}): {', '.join(result.work) or 'work unknown'}")
    if result.relation == "complementary" and result.gaps:
        console.print("Gaps: " + ", ".join(f"{g.label} ({g.weight:.1f})" for g in result.gaps))
    if result.message:
        console.print(result.message)
    table = Table(title=f"{result.relation.capitalize()} partners", expand=True)
    table.add_column("#", justify="right")
    table.add_column("Partner", ratio=2)
    table.add_column("Score", justify="right")
    table.add_column("Why", ratio=3)
    for rank, partner in enumerate(result.partners, start=1):
        who = f"[bold]{partner.name}[/bold] [dim]({partner.kind}, {partner.id})[/dim]"
        table.add_row(str(rank), who + (f"\n{partner.place}" if partner.place else ""), f"{partner.score:.3f}",
                      partner.reason)
    if result.partners:
        console.print(table)


def _print_consortium(result: ConsortiumOut) -> None:
    console.print("Needs: " + (", ".join(n.label for n in result.needs) or "none recognised"))
    if result.message:
        console.print(result.message)
    if result.fallback:
        print_matches(result.fallback_matches, False, title="Plain search over the text")
        return
    if result.uncovered:
        console.print("[bold]Uncovered[/bold] (no local provider): " + ", ".join(result.uncovered))
    for team in result.teams:
        title = "Best team" if team.rank == 1 else f"Alternative {team.rank - 1}"
        spread = f", spread {team.spread_km:.0f} km" if team.spread_km is not None else ""
        table = Table(title=f"{title}: {len(team.members)} members, {team.coverage:.0%} covered{spread}", expand=True)
        table.add_column("Need", ratio=1)
        table.add_column("Provider", ratio=2)
        table.add_column("Why", ratio=3)
        names = {m.id: f"{m.name} [dim]({m.kind}, {m.id})[/dim]" for m in team.members}
        for row in team.needs:
            table.add_row(row.label, names.get(row.provider or "", "—"), row.reason)
        console.print(table)
        for pair in team.worked_together:
            console.print(f"  worked together before: {names[pair.a]} and {names[pair.b]}: {pair.production}")


def _print_network(result: NetworkOut) -> None:
    names = {n.id: f"{n.name} ({n.kind})" for n in result.nodes}
    console.print(f"[bold]{names[result.profile_id]}[/bold]")
    if result.message:
        console.print(result.message)
    for ring, title in ((1, "Worked with"), (2, "Through them")):
        console.print(f"[bold]{title}[/bold]")
        for node in (n for n in result.nodes if n.ring == ring):
            links = [e for e in result.edges if e.target == node.id]
            via = "" if ring == 1 else " via " + ", ".join(names.get(e.source, e.source) for e in links)
            productions = "; ".join(dict.fromkeys(p for e in links for p in e.productions))
            console.print(f"  {names[node.id]}{via}: {productions}")
