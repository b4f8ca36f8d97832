"""Venues a brief names that the gazetteer does not know, read by language and placed near what it does.

- a name with a venue or landmark head word ("Hawksmoor Nature Reserve", "Ramshaw Rocks", "the Wedgwood
  Institute", "Kingfisher Park") after a place word, in brackets or in a locations field: a venue, placed
  at the known town its name begins with, else at the known place named nearest in its sentence, else
  anywhere in the brief, else at the cluster's centre (a brief sent to this film office is about
  somewhere near it), noted so the office can correct it; an organisation's building is the building
  ("Staffs Uni's Catalyst building");
- a name written with a known place ("at the Sugarmill, Hanley", "at Hen Cloud (by the Roaches)"): a
  venue at that place;
- items of a "Shoot location:" field: shoot places, known or not;
- a town's name with a capitalised word after "at the" ("the Lichfield Garrick"): a venue there;
- a venue named by a common noun in a shoot's sentence ("in the old butter market", "over the market square",
  "at the Mansion"): a known venue inside it is that venue, as written ("the old Spode factory"); a named
  site in its sentence is where it is ("the bandstand in Hanley Park": the park alone); else kept as written,
  placed at the town named nearest in its sentence, else in the brief, else the cluster's centre, noted.
Villages, roads and longer names the gazetteer lacks are read by ``matcher.briefs.place_names``.
Rules: ``PLACES.unknown_venue``, ``PLACES.street_name``, ``PLACES.venue_town``, ``PLACES.location_field``,
``PLACES.town_venue``, ``PLACES.common_venue``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from matcher.briefs.rules.places import PLACES
from matcher.geo import Place, PlaceMention

__all__ = ["NOT_A_PLACE", "common_noun_venues", "field_items", "is_venue_name", "town_named_venues", "unknown_venues",
           "venues_with_town"]

_COARSE = {"county", "region"}
_SITES = {"venue", "landmark", "road"}


_OWNER = re.compile(r"(?:[A-Z][\w&-]*\s+){0,3}(?:Uni|University|College|School|Council|Trust|Club|Hospital)"
                    r"['\u2019]s\s+(?=[A-Z])")
_ORGANISATION = re.compile(r"\b(?:College|University|Uni|School|Academy|Council|HQ)$")
_AT = re.compile(r"\b(?:at|in|inside|of)\b")
_GLUE = re.compile(r"\s*(?:&|and)\s+")
_TITLED = re.compile(r"(?:the\s+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?\s")


def unknown_venues(text: str, known: list[PlaceMention], cluster: Place | None = None
                    ) -> tuple[list[PlaceMention], list[str]]:
    """Named venues the gazetteer does not know, placed at the known place named in the same sentence,
    else at any the brief names, else at the cluster's centre (a brief to this film office is about
    somewhere near it)."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    for m in [*PLACES.unknown_venue.finditer(text), *PLACES.street_name.finditer(text)]:
        start, end = m.start("v"), m.end("v")
        if any(f.start < end and start < f.end for f in found):
            continue
        if owner := _OWNER.match(text, start, end):  # "Staffs Uni's Catalyst building": the building
            start = owner.end()
        if _TITLED.match(text, start, end):  # "Mr Smith's farm": someone's, no named venue
            continue
        inside = [k for k in known if k.start < end and start < k.end
                  and not (k.start > start and k.end == end and " " not in k.surface.strip())]  # "Park" alone
        town_first = inside and inside[0].start == start and inside[0].place.kind not in ("venue", "landmark")
        if "bare" in m.re.groupindex and ((m.group("bare") is not None and not town_first) or (
                (m.group("bare") is not None or m.group("comma") is not None)
                and (_ORGANISATION.search(m.group("v")) or not m.group("v").split()[-1][:1].isupper()))):
            continue  # opening a sentence, only a known town's name with a venue word ("Tunstall Park, 8am");
            # after a comma, a name ending in a capitalised venue word, no organisation ("Leek College")
        if town_first and (glue := _GLUE.match(text, inside[0].end, end)):
            start = glue.end()  # "Cheadle & Hawksmoor Nature Reserve": two places
            inside = [k for k in known if k.start < end and start < k.end]
        of_form = " of " in m.group("v")  # "the Museum of Cannock Chase": a venue whose name ends in a place
        if any(k.place.kind == "venue" or k.place.name.casefold() == text[start:end].strip().casefold()
               or k.start < start or (k.end >= end and not of_form) for k in inside) \
                or PLACES.name_follows.match(text, end):
            continue  # a venue the gazetteer knows, a longer known name, or a firm's ("Mill Street Pictures")
        if inside:  # "Fenton Manor", "Biddulph Grange Gardens": a venue at the town its name begins with
            anchor = inside[0].place
            name = text[start:end].strip()
            found.append(PlaceMention(replace(anchor, name=name, kind="venue"), start, end, name))
            notes.append(f"{name} is not in our gazetteer: placed at {anchor.name}.")
            continue
        name = text[start:end].strip()
        if any(0 <= k.start - end <= 40 and k.place.kind == "venue" and _AT.search(text, end, k.start) for k in known):
            continue  # "the Ceramics Gallery and cafe at the Potteries Museum": a room of a known venue
        lo, hi = text.rfind(".", 0, start) + 1, text.find(".", end) % (len(text) + 1)
        near = [k for k in known if lo <= k.start <= (hi or len(text)) and k.place.kind not in _COARSE] or [
            k for k in known if k.place.kind not in _COARSE]  # the town the brief names elsewhere
        if not near and cluster is None:
            notes.append(f"'{name}' looks like a venue we cannot place; add its town to the locations.")
            continue
        placed = min(near, key=lambda k: abs(k.start - start)).place if near else cluster
        assert placed is not None
        venue = replace(placed, name=name, kind="venue")
        found.append(PlaceMention(venue, start, end, name))
        notes.append(f"{venue.name} is not in our gazetteer: placed at {placed.name}"
                     + ("." if near else " (the cluster's centre: no town is named); correct it if it is elsewhere."))
    return found, notes


_NOT_A_VENUE = re.compile(r"(?i)(?:the\s+)?(?:christmas|easter|new\s+year|half[\s-]term|mon|tue|wed|thu|fri|sat|sun"
                          r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*$")


def venues_with_town(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """'at the Sugarmill, Hanley', 'at Hen Cloud (by the Roaches)': a name the gazetteer does not know,
    written with a place it does, is a venue there (``PLACES.venue_town``)."""
    found, notes = [], []
    starts = {k.start: k for k in known}
    for m in PLACES.venue_town.finditer(text):
        town = starts.get(m.end())
        start, end = m.start("v"), m.end("v")
        name = m.group("v").strip()
        if town is None or _NOT_A_VENUE.fullmatch(name) or any(k.start < end and start < k.end for k in known) \
                or PLACES.name_follows.fullmatch(" " + name.rsplit(" ", 1)[-1]) or _TITLED.match(name) \
                or (m.group().lower().startswith("from")
                    and PLACES.person_from.search(text, max(0, m.start() - 40), m.start("v"))):
            continue  # a firm's name ("Greyfell Films, Leek"), someone's ("it's Jo from Acme, Leek")
        found.append(PlaceMention(replace(town.place, name=name, kind="venue"), start, end, name))
        notes.append(f"{name} is not in our gazetteer: placed at {town.place.name}, where the brief puts it.")
    return found, notes


def field_items(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """Names listed under a "Shoot location:" field ("The Roaches / Hen Cloud / Ramshaw Rocks") are
    shoot places even when the gazetteer does not know them: placed at the known place nearest in
    the text, and noted."""
    found, notes = [], []
    anchors = [k for k in known if k.place.kind not in _COARSE]
    for line in PLACES.location_field.finditer(text):
        for item in re.finditer(r"[^/,;+\n]+", line.group("items")):
            name = re.sub(r"\s+(?:plus|and|&|in|at|near|on)\b.*$", "", item.group()).strip()
            start = line.start("items") + item.start() + item.group().find(name)
            end = start + len(name)
            if not PLACES.named_item.fullmatch(name) or any(k.start < end and start < k.end for k in known) \
                    or not anchors:
                continue
            anchor = min(anchors, key=lambda k: abs(k.start - start)).place
            found.append(PlaceMention(replace(anchor, name=name, kind="venue"), start, end, name))
            notes.append(f"{name} is not in our gazetteer: placed at {anchor.name}.")
    return found, notes


NOT_A_PLACE = re.compile(r"(?:the\s+)?(?:Christmas|Easter|New\s+Year|Half[\s-]Term|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan"
                          r"|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|English|Welsh|British|Urdu|Punjabi|Polish"
                          r"|Spanish|French|Arabic|BSL|Premiere|Resolve|Avid|Unreal|Log|Raw|ProRes|Person|Post|Zoom"
                          r"|Teams|Google|Instagram|TikTok|YouTube|Facebook|Twitter|LinkedIn|Discord|WhatsApp"
                          r"|Spring|Summer|Autumn|Winter|Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|City|Town|United|Rovers"
                          r"|Athletic|Albion|Wanderers|Vale"
                          r"|Channel|Film|Films|Productions?|Studios?|Media|Ltd|The|This|That|Our|Your)\w*")


def is_venue_name(name: str) -> bool:
    """A name ending in a venue word ("Art Gallery"): a venue's, which ``unknown_venues`` reads or leaves."""
    found = PLACES.unknown_venue.search(f"at {name}")
    return found is not None and found.end("v") == len(name) + 3


def town_named_venues(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """'at the Lichfield Garrick', 'from the Stafford Gatehouse': a town's name with a capitalised word
    after "the" at a place word is a venue named after its town (``PLACES.town_venue``), placed there."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    for k in known:
        if k.place.kind not in ("town", "village") or not PLACES.at_the.search(text, max(0, k.start - 12), k.start):
            continue
        after = PLACES.town_venue.match(text, k.end)
        if after is None or PLACES.name_follows.match(text, k.end):
            continue
        words = after.group("w").split()
        while words and NOT_A_PLACE.fullmatch(words[-1]):  # "the Leek Sat": no venue
            words.pop()
        end = after.start("w") + len(" ".join(words))
        if not words or any(o is not k and o.start < end and k.start < o.end for o in known):
            continue
        name = text[k.start:end]
        found.append(PlaceMention(replace(k.place, name=name, kind="venue"), k.start, end, name))
        notes.append(f"{name} is not in our gazetteer: read as a venue named after {k.place.name}, placed there.")
    return found, notes


def common_noun_venues(text: str, known: list[PlaceMention], cluster: Place | None
                       ) -> tuple[list[PlaceMention], list[str]]:
    """'in the old butter market', 'above the market square', 'at the Mansion': a venue named by a common
    noun, in a sentence that films (or names a known place), kept as written and placed by its context."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    anchors = [k for k in known if k.place.kind not in _COARSE]
    for m in PLACES.common_venue.finditer(text):
        start, end = m.start("v"), m.end("v")
        lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        hi = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        inside = [k for k in anchors if start <= k.start and k.end <= end]
        if any(k.start < end and start < k.end and k not in inside for k in known):
            continue  # part of a longer known name
        in_sentence = [k for k in anchors if lo <= k.start < hi and k not in inside]
        if not inside and not in_sentence and not PLACES.shoot_words.search(text, lo, hi):
            continue
        written = text[start:end]
        if inside:  # "the old Spode factory": the known venue, as written
            found.append(PlaceMention(inside[0].place, start, end, written))
            notes.append(f"'{written}' read as {inside[0].place.name}.")
            continue
        if any(k.place.kind in _SITES for k in in_sentence):
            continue  # "the bandstand in Hanley Park": a part of the named site the sentence gives
        pool = in_sentence or anchors
        at = min(pool, key=lambda k: abs(k.start - start)).place if pool else cluster
        if at is None:
            continue
        placed: Place = at
        found.append(PlaceMention(replace(placed, name=written, kind="venue"), start, end, written))
        notes.append(f"'{written}' names a venue by a common noun: placed at {placed.name}"
                     + ("." if pool else " (the cluster's centre: no place is named); correct it if it is elsewhere."))
    return found, notes
