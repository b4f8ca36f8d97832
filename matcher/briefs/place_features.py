"""Features of a place a brief names that describe the language around it, not the place itself.

The learned place filter (``place_filter``) weighs them to tell a shoot place from the other places a
brief names: the sender's base, a city crew come from, a firm's or a school's town, an office, a stay,
a past shoot, an organisation's name. Each is a number in [0, 1], so a weight reads as "how much this
counts". They are read from where the place's words stand in the text and from what the gazetteer
says of it, so they keep their meaning when the rules that propose places change:

- what it is: a town or village, a site (venue, landmark, road), an area or county, a postcode; a name
  the gazetteer does not hold (read from how it is written); how far from the cluster it lies;
- just before it: a place word ("at", "near", "in the"), "from", a firm's name; just after: "based",
  "area preferred", a firm word, an organisation's word ("City", "University");
- its sentence: films, asks, is about the sender, about something off the set (an office, the edit, a
  stay, parking, a screening, travel), about the past, about what a film is about; a question;
- its line: the first line, a form's field about where or about who, a short line late in the text
  (an address or a signature), a list item;
- against the other places: the only one, named more than once, beside another place in a list.

``FEATURES`` is the order the model file records; a model trained on another list does not load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.briefs.rules.context import CONTEXT
from matcher.briefs.rules.place_context import PLACE_CONTEXT
from matcher.briefs.rules.places import PLACES
from matcher.geo import Gazetteer, haversine_km
from models.brief import BriefPlace

__all__ = ["FEATURES", "LocatedPlace", "features_of", "locate_places"]

FEATURES = (
    "kind_town", "kind_site", "kind_area", "kind_code", "read_by_language", "far", "distance",
    "at_before", "shoot_before", "off_set_before", "from_before", "firm_before", "bracketed", "base_after",
    "org_after", "org_before",
    "sentence_shoot", "sentence_request", "sentence_sender", "sentence_off_set", "sentence_past",
    "sentence_topic", "sentence_question",
    "first_line", "location_field", "other_field", "late_short_line", "list_item", "late_in_text",
    "only_place", "named_again", "listed_with_place", "lower_case",
)

CLUSTER = (53.0027, -2.1794)  # Stoke-on-Trent, as matcher.briefs.places.CLUSTER
_FAR_KM = 80.0  # beyond an hour's drive: a place this far is a base or an origin more often than a set
_CODE = re.compile(r"[A-Z]{1,2}\d[\dA-Z]?(?: \d[A-Z]{2})?")  # a postcode or its district: "ST13", "ST5 1BL"
_LIST_GLUE = re.compile(r"[ \t]*(?:,|;|/|\+|&|and|or|then)[ \t]*(?:the[ \t]+)?$", re.I)


@dataclass(frozen=True)
class LocatedPlace:
    """A place and where its words stand in the text (start, end), or (-1, -1) if not found."""

    place: BriefPlace
    start: int
    end: int


def locate_places(text: str, places: list[BriefPlace]) -> list[LocatedPlace]:
    """Where each place's words first stand: as written, else its name (case-insensitive)."""
    lower, out = text.lower(), []
    for p in places:
        at, said = -1, ""
        for form in (p.text, p.name):
            if form and (at := lower.find(form.lower())) >= 0:
                said = form
                break
        out.append(LocatedPlace(p, at, at + len(said)) if at >= 0 else LocatedPlace(p, -1, -1))
    return out


def _kind(gazetteer: Gazetteer, p: BriefPlace) -> str:
    known = gazetteer.resolve(p.name)
    if known is None or known.name.casefold() != p.name.casefold():
        return "unknown"
    return known.kind


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    hi = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return text[lo:hi + 1]


def features_of(text: str, located: list[LocatedPlace], gazetteer: Gazetteer) -> list[dict[str, float]]:
    """One row of ``FEATURES`` per located place, in order."""
    rows = []
    spans = [(x.start, x.end) for x in located if x.start >= 0]
    lines = text.rstrip().split("\n")
    last_lines_from = len(text.rstrip()) - sum(len(line) + 1 for line in lines[-3:])
    for x in located:
        p, start, end = x.place, max(x.start, 0), max(x.end, 0)
        kind = _kind(gazetteer, p)
        km = float(haversine_km(CLUSTER[0], CLUSTER[1], p.lat, p.lon))
        before, after = text[max(0, start - 60):start], text[end:end + 40]
        sentence = _sentence(text, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1) or len(text)
        line = text[line_start:line_end]
        said = text[start:end]
        glued = any((s, e) != (start, end) and (_LIST_GLUE.fullmatch(text[e:start]) is not None if e <= start
                                                else _LIST_GLUE.fullmatch(text[end:s]) is not None)
                    for s, e in spans)
        row = {
            "kind_town": float(kind in ("town", "village", "district")),
            "kind_site": float(kind not in ("town", "village", "district", "area", "county", "region", "postcode",
                                            "unknown")),
            "kind_area": float(kind in ("area", "county", "region")),
            "kind_code": float(kind == "postcode" or bool(_CODE.fullmatch(p.name))),
            "read_by_language": float(kind == "unknown"),
            "far": float(km > _FAR_KM),
            "distance": min(km, 300.0) / 300.0,
            "at_before": float(bool(PLACE_CONTEXT.at_before.search(before))),
            "shoot_before": float(bool(PLACE_CONTEXT.shoot_before.search(before))),
            "off_set_before": float(bool(PLACE_CONTEXT.off_set_before.search(before))),
            "from_before": float(bool(PLACE_CONTEXT.from_before.search(before))),
            "firm_before": float(bool(PLACE_CONTEXT.firm_before.search(before))),
            "bracketed": float(before.rstrip().endswith("(") or after.lstrip().startswith(")")),
            "base_after": float(bool(PLACE_CONTEXT.base_after.match(after))),
            "org_after": float(bool(PLACE_CONTEXT.org_after.match(after))),
            "org_before": float(bool(PLACE_CONTEXT.org_before.search(before))),
            "sentence_shoot": float(bool(PLACES.shoot_verb.search(sentence))),
            "sentence_request": float(bool(CONTEXT.request.search(sentence))),
            "sentence_sender": float(bool(PLACE_CONTEXT.sender_sentence.search(sentence))),
            "sentence_off_set": float(bool(PLACE_CONTEXT.not_set_sentence.search(sentence))),
            "sentence_past": float(bool(PLACE_CONTEXT.past_sentence.search(sentence))),
            "sentence_topic": float(bool(PLACE_CONTEXT.topic_sentence.search(sentence))),
            "sentence_question": float(sentence.rstrip().endswith("?")),
            "first_line": float(line_start == 0),
            "location_field": float(bool(PLACE_CONTEXT.location_field.match(line))),
            "other_field": float(bool(PLACE_CONTEXT.other_field.match(line))),
            "late_short_line": float(line_start >= last_lines_from and len(line.strip()) <= 60),
            "list_item": float(bool(CONTEXT.list_item.match(line))),
            "late_in_text": start / max(len(text), 1),
            "only_place": float(len(located) == 1),
            "named_again": float(bool(said) and text.lower().count(said.lower()) > 1),
            "listed_with_place": float(glued),
            "lower_case": float(bool(said) and said == said.lower() and any(c.isalpha() for c in said)),
        }
        rows.append(row)
    return rows
