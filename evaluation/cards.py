"""A profile as a judge reads it: a few plain lines, with where and when measured against the
query's own place and dates, and nothing about which system found it or how it scored."""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from dataclasses import dataclass

from matcher.briefs.sheet import places_named
from matcher.filters import AVAILABILITY_LABELS, Filters, evaluate
from matcher.index import ProfileIndex
from models.brief import Brief

__all__ = ["Context", "context_for", "render_cards"]

_SNIPPET = 240


@dataclass(frozen=True)
class Context:
    """What a card is measured against: the shoot's (or search's) place and dates."""

    place: str | None = None
    points: tuple[tuple[float, float], ...] = ()  # distance is to the nearest
    dates: tuple[dt.date, dt.date] | None = None


def context_for(payload: object) -> Context:
    """From a prepared query: a parsed ``Brief`` or a search ``Query``."""
    if isinstance(payload, Brief):
        dates = (payload.dates.start, payload.dates.end) if payload.dates else None
        return Context(places_named(payload) or None, tuple((p.lat, p.lon) for p in payload.locations), dates)
    filters = getattr(payload, "filters", None)
    if isinstance(filters, Filters):
        points = (filters.near, *filters.also_near) if filters.near else ()
        return Context("the search point" if points else None, points, filters.available)
    return Context()


def render_cards(index: ProfileIndex, profile_ids: list[str], context: Context) -> dict[str, str]:
    """Profile id -> card text, distances and availability computed by the product's filters."""
    near, *also_near = context.points or (None,)
    verdict = evaluate(index.columns, Filters(near=near, also_near=tuple(also_near), available=context.dates))
    cards = {}
    for profile_id in profile_ids:
        position = index.positions[profile_id]
        distance = availability = None
        if verdict.distance_km is not None:
            distance = float(verdict.distance_km[position])
        if verdict.availability is not None:
            availability = AVAILABILITY_LABELS[int(verdict.availability[position])]
        cards[profile_id] = _card(index.documents[position], context, distance, availability)
    return cards


def _card(doc, context: Context, distance: float | None, availability: str | None) -> str:
    fields = doc.fields
    lines = [f"{doc.name} — {doc.kind}" + (f", {doc.place}" if doc.place else ", no location given")]
    if fields.get("roles"):  # the profile's words and the taxonomy's labels, once each
        roles: dict[str, str] = {}
        for role in fields["roles"].split(";"):
            roles.setdefault(role.strip().lower(), role.strip())
        lines.append("Roles: " + "; ".join(roles.values()))
    if fields.get("headline"):
        lines.append(f"Headline: {fields['headline']}")
    facts = []
    if context.points:
        facts.append("distance unknown" if distance is None or math.isnan(distance)
                     else f"{distance:.0f} km from {context.place}")
    if context.dates is not None:
        start, end = context.dates
        facts.append(f"{availability or 'unknown'} over {start:%d %b} – {end:%d %b %Y}")
    if doc.rate_min is not None:
        high = f"–{doc.rate_max:.0f}" if doc.rate_max and doc.rate_max != doc.rate_min else ""
        facts.append(f"£{doc.rate_min:.0f}{high} a day")
    if facts:
        lines.append(" · ".join(facts))
    for name, label in (("skills", "Skills"), ("equipment", "Kit"), ("facilities", "Facilities")):
        if fields.get(name):
            lines.append(f"{label}: {textwrap.shorten(fields[name], 160, placeholder=' …')}")
    if fields.get("summary"):
        lines.append(textwrap.shorten(fields["summary"], _SNIPPET, placeholder=" …"))
    return "\n".join(lines)
