"""parse_brief: a production's brief, pasted as written, to the structured Brief shown back.

Each concept has its own module (needs, dates, budget); this one adds where (places and the
radius that counts as local) and puts the pieces together. What the parser assumed or left out
goes into Brief.notes, so the film office can see it and correct the brief.
"""

from __future__ import annotations

import datetime as dt
import re

from matcher.briefs.budget import find_budget
from matcher.briefs.dates import find_dates
from matcher.briefs.needs import find_needs
from matcher.errors import InvalidInput
from matcher.geo import Gazetteer, haversine_km, load_gazetteer
from matcher.taxonomy import load_taxonomy
from models.brief import Brief, BriefPlace

__all__ = ["find_locations", "find_radius", "parse_brief"]

MILE_KM = 1.609344
_SAME_PLACE_KM = 0.5  # "Burslem (ST6)": a district restating the town is one place, not two
_RADIUS = re.compile(
    r"\b(?:within|under|less\s+than|no\s+more\s+than|no\s+further\s+than|up\s+to|max(?:imum)?(?:\s+of)?|inside)\s+"
    r"(?:an?\s+)?(?P<n>\d+(?:\.\d+)?)[\s-]*(?P<u>miles?|mi|km|kms|kilomet(?:re|er)s?)\b"
    r"|\b(?P<n2>\d+(?:\.\d+)?)[\s-]*(?P<u2>miles?|mi|km|kms|kilomet(?:re|er)s?)[\s-]+radius\b"
    r"|\blocal\b[^.()\n]{0,30}\(\s*(?P<n3>\d+(?:\.\d+)?)\s*(?P<u3>miles?|mi|km|kms)\s*\)", re.I)
# A sign-off, on its own line or closing the text: what follows is the signature, whose job title
# and town are no part of the brief.
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?:many\s+thanks|thanks(?:\s+so\s+much)?|thank\s+you|cheers"
                       r"|best(?:\s+wishes)?|(?:kind|warm|best)\s+regards|regards|all\s+the\s+best|ta)\b[ \t,.!]*"
                       r"(?-i:[A-Z][\w'-]*[ \t,]*){0,3}(?:\([^)\n]{0,40}\))?[ \t.]*$", re.I | re.M)
_COARSE = {"county", "region"}
# Places that are not where the shoot is: the company's base, and where crew travel from.
_SENDER = re.compile(r"\b(?:we're|we\s+are|I'm|I\s+am)\s+an?\s+(?:[\w-]+\s+)?$", re.I)
_FIRM = r"\s+(?:(?:production|media|creative|video|film|ad|advertising)\s+)?(?:agency|company|prodco|firm|outfit)\b"
_SENDER_NOUN = re.compile(rf"(?:-based|\s+based)\b|{_FIRM}|\s+(?:studio|team)\b", re.I)
_OPENING_FIRM = re.compile(rf"(?:-based|\s+based)\b|{_FIRM}", re.I)  # no "We're": "Manchester company with…"
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
_ORIGIN = re.compile(r"\b(?:coming|travelling|traveling|driving|come|bringing\s+\w+)\b[^.,;\n]{0,25}\bfrom\s+$", re.I)


def _body(text: str) -> str:
    """The brief without its signature: cut at a sign-off ("Thanks, Jane", "Cheers, Tom (Producer)") after some text."""
    for m in _SIGN_OFF.finditer(text):
        if text[:m.start()].strip():
            return text[:m.start()]
    return text


def find_radius(text: str) -> tuple[float | None, list[str]]:
    """A stated 'how far is local' in km ('within 30 miles' -> 48.3), or None."""
    found = []
    for m in _RADIUS.finditer(text):
        n = float(m.group("n") or m.group("n2") or m.group("n3"))
        unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
        km = n * MILE_KM if unit.startswith("mi") else n
        if 0 < km <= 1000:
            found.append((round(km, 1), m.group().strip()))
    notes = []
    if len({km for km, _ in found}) > 1:
        notes.append(f"More than one distance is given ({', '.join(w for _, w in found)}); using '{found[0][1]}'.")
    return (found[0][0] if found else None), notes


def _is_sender_base(text: str, start: int, end: int, before: str) -> bool:
    """'We're a Birmingham agency…', 'Manchester company with a feature…': who is asking, not where."""
    if _SENDER.search(before):
        return _SENDER_NOUN.match(text, end) is not None
    return _SENTENCE_START.search(text[:start]) is not None and _OPENING_FIRM.match(text, end) is not None


def find_locations(text: str, gazetteer: Gazetteer) -> tuple[list[BriefPlace], list[str]]:
    """Places in text order without repeats. Distance is to the nearest of them, so a county or
    region named beside towns ("across Staffordshire, mostly in Leek") only sets the scene."""
    places, notes = [], []
    for mention in gazetteer.find(text):
        p, before = mention.place, text[max(0, mention.start - 40):mention.start]
        if _is_sender_base(text, mention.start, mention.end, before) or _ORIGIN.search(before):
            notes.append(f"{p.name} read as where the company or crew come from, not a shoot location.")
            continue
        if any(q.name == p.name or haversine_km(q.lat, q.lon, p.lat, p.lon) < _SAME_PLACE_KM for q in places):
            continue
        places.append(p)
    fine = [p for p in places if p.kind not in _COARSE]
    if fine and len(fine) < len(places):
        towns = " and ".join(p.name for p in fine)
        notes += [f"{p.name} is a {p.kind}; distances are measured from {towns}." for p in places if p not in fine]
    return [BriefPlace(name=p.name, lat=p.lat, lon=p.lon) for p in fine or places], notes


def parse_brief(text: str, *, today: dt.date | None = None) -> Brief:
    """Understand a pasted brief: needs, places, dates, budget and radius, with notes on what was assumed."""
    if text is None or not str(text).strip():
        raise InvalidInput("The brief is empty: paste the production's brief text.")
    today = today or dt.date.today()
    body = _body(text)
    needs, notes = find_needs(body, load_taxonomy())
    locations, place_notes = find_locations(body, load_gazetteer())
    radius, radius_notes = find_radius(body)
    dates, date_notes = find_dates(body, today)
    budget, budget_notes = find_budget(body)
    if not needs:
        notes.append("No crew role or facility the cluster offers was recognised in the brief.")
    return Brief(text=text, needs=needs, locations=locations, dates=dates, budget=budget,
                 radius_km=radius or Brief.model_fields["radius_km"].default,
                 notes=list(dict.fromkeys(notes + place_notes + radius_notes + date_notes + budget_notes)))
