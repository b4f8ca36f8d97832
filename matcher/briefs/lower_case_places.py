"""Places written in lower case, as informal briefs write them, read and noted.

- after a place word ("in stoke??", "near leek."), or as the last item of a line ("two days filming,
  burslem"): a known town, read; one that is also an everyday word ("in stone") only noted, unless a
  shoot verb stands before it ("to film on the roaches");
- anywhere in the text ("need sound tmrw abbey hulton 8am", "somewhere in the moorlands"): a run of up to
  three lower-case words that names a place within 40 km of the cluster and is no everyday word. Informal
  text leaves out the capitals and often the place word too; the distance and the everyday-word check keep
  ordinary words that are also far places ("march", "street") out. A hashtag or a handle is no place.
Rules: ``PLACES.lower_case_place``, ``PLACES.lower_case_item``, ``PLACES.lower_case_run``, ``PLACES.shoot_on``.
"""

from __future__ import annotations

import re

from matcher.briefs.place_names import CLUSTER_POINT
from matcher.briefs.rules.places import PLACES
from matcher.geo import Gazetteer, Place, PlaceMention, haversine_km

__all__ = ["lower_case_places"]

_LOWER_NEAR_KM = 40.0  # a lower-case word read as a place with no place word before it must name one this near


def _near_lower_case(words: str, gazetteer: Gazetteer) -> tuple[str, Place, int] | None:
    """The first, longest run of up to three of the words naming a place near the cluster that is no everyday
    word, with where it starts in ``words``."""
    spans = [w.span() for w in re.finditer(r"\S+", words)]
    split = [words[a:b] for a, b in spans]
    for i in range(len(split)):
        for n in range(min(3, len(split) - i), 0, -1):
            guess = " ".join(split[i:i + n])
            bare = guess.removeprefix("the ")
            place = gazetteer.resolve(bare.title())
            if place is None or place.kind not in ("town", "village", "area") or gazetteer.is_everyday_word(bare) \
                    or haversine_km(CLUSTER_POINT[0], CLUSTER_POINT[1], place.lat, place.lon) > _LOWER_NEAR_KM:
                continue
            return guess, place, spans[i][0]
    return None


def lower_case_places(text: str, gazetteer: Gazetteer,
                      taken: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """Towns written in lower case: after a place word ("in stoke??"), as a line's last item, or anywhere
    when they name a place near the cluster that is no everyday word; with a note for each."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    runs = [m for m in PLACES.lower_case_run.finditer(text)]
    for m in [*PLACES.lower_case_place.finditer(text), *PLACES.lower_case_item.finditer(text), *runs]:
        words = m.group("w")
        if any(t.start < m.end("w") and m.start("w") < t.end for t in taken + found):
            continue
        if m.re is PLACES.lower_case_run:  # anywhere: only a place near the cluster that is no everyday word
            hit = _near_lower_case(words, gazetteer)
            if hit is not None:
                start = m.start("w") + hit[2]
                found.append(PlaceMention(hit[1], start, start + len(hit[0]), hit[0]))
                notes.append(f"'{hit[0]}' (written in lower case) read as {hit[1].name}.")
            continue
        for n in range(len(words.split()), 0, -1):
            guess = " ".join(words.split()[:n])
            place = gazetteer.resolve(guess.title())
            if place is None or place.kind in ("postcode", "district"):
                continue
            if gazetteer.is_everyday_word(guess) and not PLACES.shoot_on.search(text, max(0, m.start() - 25),
                                                                                  m.start("w")):
                notes.append(f"'{guess}' may be {place.name}; add it to the shoot locations if it is.")
                break
            start = m.start("w")
            found.append(PlaceMention(place, start, start + len(guess), guess))
            notes.append(f"'{guess}' (written in lower case) read as {place.name}.")
            break
    return found, notes
