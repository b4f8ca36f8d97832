"""Villages, roads and longer names a brief gives that the gazetteer does not know, read by language.

- a capitalised name the gazetteer lacks, after "in", "near", "around", "outside" or "at" in a
  sentence that already speaks of the shoot, when it ends as English place names do (-ton, -ley,
  -cote, -stone, -wich, -moor, -hill...: "near Onecote", not "in Slow Motion" or "in Block Two"), or
  in a strong context with any shape: listed with known places ("around Alton, Oakamoor and
  Denstone"), after a place noun ("a farmhouse near X") or "up at" ("the farm shoot up at Flash"): a
  village or hamlet too small for the postcode table, placed at the known place beside it or the
  cluster, and noted as read from its context. Months, days, seasons, holidays, languages, titles and
  a firm's or group's name are not places;
- an A- or B-road number where the words say road ("on the A519"), placed at the place named nearest;
- a known place made longer ("at Hulme End"), at its own point near the cluster, else where the brief is.
Rules: ``PLACES.unknown_place``, ``PLACES.toponym``, ``PLACES.place_noun_before``, ``PLACES.road_number``,
``PLACES.longer_name``.
"""

from __future__ import annotations

from dataclasses import replace

from matcher.briefs.rules.places import PLACES
from matcher.briefs.unknown_places import NOT_A_PLACE, is_venue_name
from matcher.geo import Place, PlaceMention, haversine_km

__all__ = ["longer_names", "road_numbers", "villages"]

_COARSE = {"county", "region"}
CLUSTER_POINT = (53.0027, -2.1794)  # Stoke-on-Trent, as matcher.briefs.places.CLUSTER


def villages(text: str, known: list[PlaceMention], cluster: Place | None,
             given_names: set[str]) -> tuple[list[PlaceMention], list[str]]:
    """Villages and hamlets the gazetteer lacks, read from a place context (``PLACES.unknown_place``)."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    anchors = [k for k in known if k.place.kind not in _COARSE]
    for m in PLACES.unknown_place.finditer(text):
        start, end = m.start("n"), m.end("n")
        name = m.group("n")
        while " " in name and NOT_A_PLACE.fullmatch(name.rsplit(" ", 1)[1]):  # "Ipstones Sat": Ipstones
            name = name.rsplit(" ", 1)[0]
        end = start + len(name)
        if any(k.start < end and start < k.end for k in known + found) or NOT_A_PLACE.fullmatch(name) \
                or name.split()[0] in given_names or PLACES.name_follows.match(text, end) or is_venue_name(name):
            continue
        listed = m.group("list") is not None
        sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        strong = listed or m.group("strong") or PLACES.place_noun_before.search(text, max(0, start - 40), start)
        if not strong and not PLACES.toponym.search(name):
            continue  # "shooting in Slow Motion", "in Block Two": a bare 'in' needs a name that looks like a place
        if listed:
            if not PLACES.toponym.search(name) and not PLACES.shoot_words.search(text, sentence_start, start):
                continue  # "mon, Leek, Alexa Mini + lenses": a list with no shoot word names kit as often as places
            if not any(k.end <= m.start() and not text[k.end:m.start()].strip(" ,") for k in known + found) \
                    and not any(k.end == m.start() for k in known + found):
                continue  # "Alton, Oakamoor": only after a place already read
        elif m.group("at") and not PLACES.shoot_verb.search(text, sentence_start, start):
            continue  # "at" names firms and employers as often as places: only after the shoot's verb
        elif not (PLACES.shoot_words.search(text, sentence_start, start)
                  or PLACES.place_noun_before.search(text, max(0, start - 40), start)):
            continue
        near = [k for k in anchors if sentence_start <= k.start] or anchors
        anchor = min(near, key=lambda k: abs(k.start - start)).place if near else cluster
        if anchor is None:
            continue
        found.append(PlaceMention(replace(anchor, name=name, kind="town"), start, end, name))
        notes.append(f"'{name}' is not in our gazetteer: read as a place from how it is written, placed at "
                     f"{anchor.name}; correct it if it is not a place or lies elsewhere.")
    return found, notes


def road_numbers(text: str, known: list[PlaceMention], cluster: Place | None) -> tuple[list[PlaceMention], list[str]]:
    """A- and B-road numbers the gazetteer lacks ("the B5051", "on the A519 towards Eccleshall"), read
    where the words around them say road (``PLACES.road_number``), placed at the place the brief names
    nearest them, else the cluster's centre: a road's point is only where along it the shoot is near."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    anchors = [k for k in known if k.place.kind not in _COARSE]
    for m in PLACES.road_number.finditer(text):
        group = "v" if m.group("v") else "v2"  # "the A519", or "A444 between": the number either way
        start, end = m.start(group), m.end(group)
        if any(k.start < end and start < k.end for k in known):
            continue
        placed = min(anchors, key=lambda k: abs(k.start - start)).place if anchors else cluster
        if placed is None:
            continue
        found.append(PlaceMention(replace(placed, name=m.group(group), kind="road"), start, end, m.group(group)))
        notes.append(f"The {m.group(group)} is not in our gazetteer: placed at {placed.name}.")
    return found, notes


_NEAR_KM = 40.0  # a known place this near the cluster lends its point to a longer name that begins with it


def _placed(text: str, start: int, k: PlaceMention, anchors: list[PlaceMention], cluster: Place | None
            ) -> tuple[PlaceMention, str]:
    """'Upper Hulme': a known name made longer in front, at the known place when near the cluster, else
    at the place the brief names nearest, else the cluster's centre."""
    name = text[start:k.end]
    near = haversine_km(*CLUSTER_POINT, k.place.lat, k.place.lon) <= _NEAR_KM
    others = [a for a in anchors if a is not k]
    placed = k.place if near or (not others and cluster is None) else (
        min(others, key=lambda a: abs(a.start - k.start)).place if others else cluster)
    assert placed is not None
    return (PlaceMention(replace(placed, name=name, kind="village"), start, k.end, name),
            f"'{name}' is not in our gazetteer: read as a place whose name ends with {k.place.name}, placed at "
            f"{placed.name}.")


def longer_names(text: str, known: list[PlaceMention], cluster: Place | None,
                 ) -> tuple[list[PlaceMention], list[str]]:
    """'at Hulme End', 'near Meir Heath': a known place's name with more capitalised words after it, at
    a place word, is a longer name the gazetteer lacks (``PLACES.longer_name``): kept whole, at the
    known place's point when that is near the cluster, else at the place the brief names nearest or the
    cluster's centre (Hulme End is in the Peak, not Manchester's Hulme). So is a name made longer in front
    ("the Upper Hulme turn", ``PLACES.name_prefix``), after a place word or "the"."""
    found: list[PlaceMention] = []
    notes: list[str] = []
    anchors = [k for k in known if k.place.kind not in _COARSE]
    for k in known:
        if k.place.kind in ("town", "village", "area") and (
                prefix := PLACES.name_prefix.search(text, max(0, k.start - 30), k.start)):
            found_prefixed = _placed(text, prefix.start("w"), k, anchors, cluster)
            found.append(found_prefixed[0])
            notes.append(found_prefixed[1])
            continue
        if k.place.kind not in ("town", "village") or not PLACES.at_before.search(text, max(0, k.start - 12), k.start):
            continue
        after = PLACES.longer_name.match(text, k.end)
        if after is None or PLACES.name_follows.match(text, k.end) or PLACES.org_after.match(text, k.end) \
                or is_venue_name(text[k.start:after.end()]):
            continue
        words = after.group("w").split()
        while words and NOT_A_PLACE.fullmatch(words[-1]):
            words.pop()
        end = after.start("w") + len(" ".join(words))
        if not words or any(o is not k and o.start < end and k.start < o.end for o in known):
            continue
        name = text[k.start:end]
        near = haversine_km(*CLUSTER_POINT, k.place.lat, k.place.lon) <= _NEAR_KM
        others = [a for a in anchors if a is not k]
        placed = k.place if near else (min(others, key=lambda a: abs(a.start - k.start)).place if others
                                       else cluster)
        if placed is None:
            continue
        found.append(PlaceMention(replace(placed, name=name, kind="town"), k.start, end, name))
        notes.append(f"'{name}' is not in our gazetteer: read as a place whose name begins with {k.place.name}, "
                     f"placed at {placed.name}.")
    return found, notes
