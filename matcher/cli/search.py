"""``matcher search``: one query through the ranking path, with filters."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import print_matches
from matcher.engine import Engine
from matcher.errors import InvalidInput
from matcher.filters import Filters
from matcher.geo import load_gazetteer, parse_lat_lon
from matcher.search import Query
from models.match import MatchOut


@app.command()
@handles_errors
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="What you are looking for, in your own words")],
    kind: Annotated[list[str] | None, typer.Option(help="company, freelancer or facility (repeatable)")] = None,
    sector: Annotated[list[str] | None, typer.Option(help="film, tv, games, animation, … (repeatable)")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON, a postcode or a town")] = None,
    radius_km: Annotated[float | None, typer.Option("--radius-km", help="Only within this many km of --near")] = None,
    available: Annotated[tuple[str, str] | None, typer.Option(help="FROM TO (ISO dates)")] = None,
    max_rate: Annotated[float | None, typer.Option("--max-rate", help="Day-rate ceiling in GBP")] = None,
    strict: Annotated[bool, typer.Option(help="Drop profiles that are unknown on a filter")] = False,
    top: Annotated[int, typer.Option(min=1, max=100, help="How many matches")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Search the profiles; every match says why it matched."""
    if not text.strip():
        raise InvalidInput("the search text is empty")
    filters = Filters(
        kinds=tuple(kind or ()), sectors=tuple(s.lower() for s in sector or ()),
        near=resolve_point(near) if near else None, radius_km=radius_km,
        available=parse_range(available) if available else None, max_rate=max_rate,
        include_unknown=not strict)
    engine = Engine(settings_from(ctx))
    matches = engine.search([Query(text=text, filters=filters, top_k=top)])[0]
    print_matches([MatchOut.of(m) for m in matches], as_json, title=f"Matches for “{text}”")


def resolve_point(text: str) -> tuple[float, float]:
    try:
        return parse_lat_lon(text)
    except ValueError:
        place = load_gazetteer().resolve(text)
        if place is None:
            raise InvalidInput(f"--near: '{text}' is neither LAT,LON nor a UK postcode or town") from None
        return place.lat, place.lon


def parse_range(pair: tuple[str, str]) -> tuple[dt.date, dt.date]:
    try:
        start, end = (dt.date.fromisoformat(value) for value in pair)
    except ValueError:
        raise InvalidInput(f"--available: '{pair[0]} {pair[1]}' are not two ISO dates (YYYY-MM-DD)") from None
    return start, end
