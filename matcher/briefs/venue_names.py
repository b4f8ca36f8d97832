"""Venues a brief names by a capitalised name and a venue head noun, read where the brief speaks of
its shoot, and placed at the known place they begin with or stand near.

- a name ending in a venue head ("Dunmere Priory", "the Albion Buildings", "Fenton School of Dance",
  "the former Minton site", "Hartshill Park bandstand") in a sentence with a shoot word, or, for a head
  that is always a name's own word (Abbey, Castle, Museum, Hall...), anywhere in a brief that speaks
  of a shoot: a venue;
- "the <Name>" after a place word in a sentence that films there ("a promo at the Kestrel pub", "at
  the Hotel Ravensdale"): a venue known by its name alone;
- a name that begins with a known town ("Tunstall Park bandstand") is placed at that town; else at the
  known place nearest in its sentence, else anywhere in the brief, else the cluster's centre, noted.
A name the gazetteer already holds, one inside a longer known venue, a firm's or group's name ("Fireclay
Studios", "Stoke Youth Theatre Company") and a name of days, months or languages are left to the other
readers. Rules: ``VENUE_NAMES.headed_name``, ``VENUE_NAMES.the_name``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from matcher.briefs.rules.places import PLACES
from matcher.briefs.rules.venue_names import VENUE_NAMES
from matcher.briefs.unknown_places import NOT_A_PLACE
from matcher.geo import Place, PlaceMention, haversine_km

__all__ = ["headed_venues"]

_COARSE = {"county", "region"}
_NEAR_KM = 60.0  # a known place this near the cluster may lend its point to a venue whose name begins with it
_CLUSTER = (53.0027, -2.1794)
_ALWAYS_NAMES = re.compile(r"(?i:Abbey|Priory|Castle|Cathedral|Colliery|Museum|Stadium|Reservoir|Hall|Theatre"
                           r"|Gallery|Primary)$")
_HEAD_FIRST = re.compile(r"Hotel|Inn|Museum|Church|Chapel|Castle|Theatre|Abbey|Priory|Hall|Gallery|Cinema|Club")
_INFORMAL_SHOOT = re.compile(r"(?i)\b(?:vids?|pics|photoshoot|shootin|filmin|recordin)\b")  # shoot words said short
_FIRM_AFTER = re.compile(r"\s+(?:Company|Group|Trust|Society|Films?|Productions?|Ltd|Players|Club|Youth)\b")
_GROUP_WORD = re.compile(r"\b(?:Youth|Players|Society|Group|Company|Trust|Council|University|Uni|Drama|Operatic)\b")
_ROOM_OF = re.compile(r"[^.!?\n]{0,40}?\b(?:at|of|in|inside)\s+(?:the\s+)?$")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    hi = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return lo, hi


def headed_venues(text: str, known: list[PlaceMention], cluster: Place | None
                  ) -> tuple[list[PlaceMention], list[str]]:
    """Venues named by a name and a venue head noun (``VENUE_NAMES``), placed by their context."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    films = PLACES.shoot_words.search(text) is not None
    anchors = [k for k in known if k.place.kind not in _COARSE
               and haversine_km(*_CLUSTER, k.place.lat, k.place.lon) <= _NEAR_KM]
    for m in [*VENUE_NAMES.headed_name.finditer(text), *VENUE_NAMES.the_name.finditer(text)]:
        start, end = m.start("v"), m.end("v")
        name = m.group("v")
        if name.startswith("The "):  # a sentence's "The" is no part of the name
            start, name = start + 4, name[4:]
        elif text[max(0, start - 4):start].lower() == "the ":  # "the King's Hall" as written
            start, name = start - 4, text[start - 4:end]
        lo, hi = _sentence(text, start, end)
        words = name.removeprefix("the ").split()
        first = words[-1] if m.re is VENUE_NAMES.the_name else words[0]
        if (NOT_A_PLACE.fullmatch(first) and len(words) < 3) or _FIRM_AFTER.match(text, end) \
                or PLACES.name_follows.match(text, end) or any(f.start < end and start < f.end for f in found):
            continue
        if _GROUP_WORD.search(name) or any(0 <= k.start - end <= 40 and k.place.kind == "venue"
                                             and _ROOM_OF.search(text, end, k.start) for k in known):
            continue  # a group's name ("Burslem Youth Theatre"); a room of a known venue ("the Ceramics Gallery at")
        if m.re is VENUE_NAMES.the_name and not PLACES.shoot_words.search(text, lo, m.start()) \
                and not _INFORMAL_SHOOT.search(text, lo, m.start()):
            continue  # "the <Name>" only where the words before it film there
        if m.re is not VENUE_NAMES.the_name and not PLACES.shoot_words.search(text, lo, hi) \
                and not _INFORMAL_SHOOT.search(text, lo, hi) \
                and not (films and _ALWAYS_NAMES.search(name.split(" of ")[0])):
            continue
        inside = [k for k in known if k.start < end and start < k.end]
        if m.re is VENUE_NAMES.the_name and inside and not _HEAD_FIRST.fullmatch(words[0]):
            continue  # "the Tamworth Assembly Rooms", "the English Lake District": read by the other readers
        last = name.rsplit(" ", 1)[-1]
        if m.re is VENUE_NAMES.headed_name and last[:1].islower() \
                and any(k.end == end - len(last) - 1 and k.start <= start + 4 for k in inside):
            continue  # "their Stafford factory": a common noun in a known town, which stands for it
        if any(k.place.kind not in ("town", "village", "area", "district") or k.start < start or k.end > end
               for k in inside) or any(k.start == start and k.end == end for k in inside):
            continue  # a venue or landmark the gazetteer knows, or a longer known name: read already
        town = next((k for k in inside if k.start == start and k in anchors), None)
        near = [k for k in anchors if lo <= k.start < hi and k not in inside] or [k for k in anchors
                                                                                  if k not in inside]
        if town is not None:
            placed: Place | None = town.place
        elif near:
            placed = min(near, key=lambda k: abs(k.start - start)).place
        else:
            placed = cluster
        if placed is None:
            continue
        found.append(PlaceMention(replace(placed, name=name, kind="venue"), start, end, name))
        notes.append(f"{name} is not in our gazetteer: read as a venue by its name, placed at {placed.name}"
                     + ("." if town or near else " (the cluster's centre: no place is named); correct it if it "
                        "is elsewhere."))
    return found, notes
