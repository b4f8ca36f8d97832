"""Where a brief's shoot is: places found by the gazetteer, minus the places that are not shoot
locations, with notes on what was assumed.

- not shoot locations, noted: the sender's base ("We're a small indie Birmingham agency", "We're
  a studio in Bristol", "a Leeds outfit"), where someone is based ("must be based in Stoke"),
  where crew travel from, an earlier shoot's place ("shot in Stoke last month"),
  the addressee ("Dear Film Office Stoke team"), and a place word inside
  an organisation's name ("Stoke-on-Trent City Council"), unless the organisation is where the
  filming is ("at Keele University");
- a single-word name far from the cluster followed by a capitalised word is part of a longer
  name the gazetteer does not know, not that far place ("Vale Royal" is not Vale in Guernsey);
- a known place's name followed by a venue word ("Fenton Manor", "the Potteries Centre") is that
  venue, placed at the place its name begins with; a list of places shares the reading of its first
  ("our team is in Birmingham and Wolverhampton"); "a studio in Bristol here" is the sender;
- a town written in lower case ("in stoke??", or the last item of a line) is read, and noted; one
  that is also an everyday word ("in stone") is only noted;
- a full postcode is placed at its district's centre (no full-postcode data is shipped), noted;
- distance is to the nearest place, so a county or region named beside towns ("across
  Staffordshire, mostly in Leek") only sets the scene.
Rules: ``PLACES.*`` (``matcher.briefs.rules.places``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from matcher.briefs.rules.places import PLACES
from matcher.geo import Gazetteer, Place, PlaceMention, haversine_km
from models.brief import BriefPlace

__all__ = ["CLUSTER", "find_locations"]

CLUSTER = (53.0027, -2.1794)  # Stoke-on-Trent: the cluster's centre, for names shared with far places
_FAR_KM = 150.0
_SAME_PLACE_KM = 0.5  # "Burslem (ST6)": a district restating the town is one place, not two
_COARSE = {"county", "region"}


def _not_shoot(text: str, m: PlaceMention) -> str | None:
    """Why a place mention is not a shoot location, or None."""
    start, end, name = m.start, m.end, m.place.name
    before = text[max(0, start - 60):start]
    if PLACES.sender.search(before) and PLACES.sender_noun.match(text, end):
        return f"{name} read as where the company asking is based, not a shoot location."
    line = text[text.rfind("\n", 0, start) + 1:start]
    if PLACES.sender_in.search(before) or PLACES.sender_on.search(before) or PLACES.based_in.search(before) \
            or PLACES.field_base.search(before) or PLACES.field_line.match(line) or PLACES.hq_in.search(before) \
            or PLACES.firm_bracket.search(before) or PLACES.made_by.search(before):
        return f"{name} read as where the sender or crew are based, not a shoot location."
    if PLACES.firm_after.match(text, end) and not PLACES.at_before.search(before):
        return f"{name} read as where a company is based, not a shoot location."
    if PLACES.modifier_after.match(text, end):
        return f"{name} read as a kind of knowledge or accent, not a shoot location."
    if PLACES.negated.search(before):
        return f"{name} is said not to be a shoot location."
    if PLACES.post_place.search(before):
        return f"{name} read as where the edit or grade is, not a shoot location."
    if PLACES.sentence_start.search(text[:start]) and PLACES.opening_firm.match(text, end):
        return f"{name} read as where the company asking is based, not a shoot location."
    if PLACES.origin.search(before):
        return f"{name} read as where crew come from, not a shoot location."
    if PLACES.here_after.match(text, end) and not PLACES.shoot_words.search(text, _sentence(text, start), start):
        return f"{name} read as where the sender is, not a shoot location."
    if PLACES.past_after.match(text, end) or PLACES.past_before.search(before):
        return f"{name} read as where an earlier shoot was, not this one."
    if PLACES.not_the_set.search(before):
        return f"{name} read as where the unit base is or whom the notice is for, not a shoot location."
    if PLACES.greeting.search(before):
        return f"{name} read as who the brief is addressed to, not a shoot location."
    if PLACES.organisation.match(text, end) and not PLACES.at_before.search(before):
        return f"{name} read as part of an organisation's name, not a shoot location."
    return None


def _sentence(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _part_of_longer_name(text: str, m: PlaceMention) -> bool:
    after = text[m.end:m.end + 30].split(maxsplit=1)
    capitalised_next = bool(after) and text[m.end:m.end + 1] == " " and after[0][:1].isupper()
    far = haversine_km(CLUSTER[0], CLUSTER[1], m.place.lat, m.place.lon) > _FAR_KM
    return capitalised_next and far and " " not in m.surface.strip()


def _lower_case(text: str, gazetteer: Gazetteer, taken: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    found, notes = [], []
    for m in [*PLACES.lower_case_place.finditer(text), *PLACES.lower_case_item.finditer(text)]:
        words = m.group("w")
        if any(t.start < m.end("w") and m.start("w") < t.end for t in taken):
            continue
        for n in range(len(words.split()), 0, -1):
            guess = " ".join(words.split()[:n])
            place = gazetteer.resolve(guess.title())
            if place is None or place.kind in ("postcode", "district"):
                continue
            if gazetteer.is_everyday_word(guess):
                notes.append(f"'{guess}' may be {place.name}; add it to the shoot locations if it is.")
                break
            start = m.start("w")
            found.append(PlaceMention(place, start, start + len(guess), guess))
            notes.append(f"'{guess}' (written in lower case) read as {place.name}.")
            break
    return found, notes


def _unknown_venues(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """Named venues the gazetteer does not know, placed at the known place named in the same sentence."""
    found, notes = [], []
    for m in PLACES.unknown_venue.finditer(text):
        start, end = m.start("v"), m.end("v")
        inside = [k for k in known if k.start < end and start < k.end]
        of_form = " of " in m.group("v")  # "the Museum of Cannock Chase": a venue whose name ends in a place
        if any(k.place.kind == "venue" or k.start < start or (k.end >= end and not of_form) for k in inside):
            continue  # a venue the gazetteer knows, or a longer known name
        if inside:  # "Fenton Manor", "Biddulph Grange Gardens": a venue at the town its name begins with
            anchor = inside[0].place
            found.append(PlaceMention(replace(anchor, name=m.group("v").strip(), kind="venue"), start, end,
                                      m.group("v")))
            notes.append(f"{m.group('v').strip()} is not in our gazetteer: placed at {anchor.name}.")
            continue
        if any(0 <= k.start - end <= 40 and k.place.kind == "venue" for k in known):
            continue  # "the Ceramics Gallery and cafe at the Potteries Museum": a room of a known venue
        lo, hi = text.rfind(".", 0, start) + 1, text.find(".", end) % (len(text) + 1)
        near = [k for k in known if lo <= k.start <= (hi or len(text)) and k.place.kind not in _COARSE] or [
            k for k in known if k.place.kind not in _COARSE]  # the town the brief names elsewhere
        if not near:
            notes.append(f"'{m.group('v')}' looks like a venue we cannot place; add its town to the locations.")
            continue
        anchor = min(near, key=lambda k: abs(k.start - start)).place
        venue = replace(anchor, name=m.group("v").strip(), kind="venue")
        found.append(PlaceMention(venue, start, end, m.group("v")))
        notes.append(f"{venue.name} is not in our gazetteer: placed at {anchor.name}.")
    return found, notes


def _field_items(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """Names listed under a "Shoot location:" field ("The Roaches / Hen Cloud / Ramshaw Rocks") are
    shoot places even when the gazetteer does not know them: placed at the known place nearest in
    the text, and noted."""
    found, notes = [], []
    anchors = [k for k in known if k.place.kind not in _COARSE]
    for line in PLACES.location_field.finditer(text):
        for item in re.finditer(r"[^/,;+\n]+", line.group("items")):
            name = re.sub(r"\s+(?:plus|and|&)\b.*$", "", item.group()).strip()
            start = line.start("items") + item.start() + item.group().find(name)
            end = start + len(name)
            if not PLACES.named_item.fullmatch(name) or any(k.start < end and start < k.end for k in known) \
                    or not anchors:
                continue
            anchor = min(anchors, key=lambda k: abs(k.start - start)).place
            found.append(PlaceMention(replace(anchor, name=name, kind="venue"), start, end, name))
            notes.append(f"{name} is not in our gazetteer: placed at {anchor.name}.")
    return found, notes


def find_locations(text: str, gazetteer: Gazetteer, on_set: bool = True) -> tuple[list[BriefPlace], list[str]]:
    """Shoot places in text order without repeats, and notes on what was assumed. With no shoot
    word in the brief and no need that works on set (``on_set`` false: an editor, kit hire), the
    places are where to look for people ("an editor in Stafford"), not shoot locations."""
    places: list[tuple[Place, str]] = []
    notes: list[str] = []
    mentions = gazetteer.find(text)
    extra, lower_notes = _lower_case(text, gazetteer, mentions)
    venues, venue_notes = _unknown_venues(text, mentions + extra)
    items, item_notes = _field_items(text, mentions + extra + venues)
    venues, venue_notes = venues + items, venue_notes + item_notes
    mentions = [k for k in mentions if not any(v.start <= k.start and k.end <= v.end for v in venues)]
    extra, lower_notes = extra + venues, lower_notes + venue_notes
    last_not: tuple[int, str] | None = None  # where the last place read as no shoot place ended, and why
    for mention in sorted(mentions + extra, key=lambda x: x.start):
        p = mention.place
        why = _not_shoot(text, mention)
        if why is None and last_not and PLACES.list_glue.fullmatch(text, last_not[0], mention.start):
            why = f"{p.name}: {last_not[1][:1].lower()}{last_not[1][1:]}"  # "in Birmingham and Wolverhampton"
        if why is not None:
            notes.append(why)
            last_not = (mention.end, why.split(" read as ", 1)[-1] if " read as " in why else why)
            continue
        last_not = None
        if _part_of_longer_name(text, mention):
            notes.append(f"'{mention.surface}' looks like part of a longer name, not {p.name} "
                         f"({p.county or p.region}); add the place if it is a shoot location.")
            continue
        if p.kind == "postcode":
            notes.append(f"{p.name} is placed at the centre of its district {p.district} "
                         "(full postcodes are not looked up).")
        if any(q.name == p.name or (haversine_km(q.lat, q.lon, p.lat, p.lon) < _SAME_PLACE_KM
                                    and "district" in (p.kind, q.kind)) for q, _ in places):
            continue
        places.append((p, mention.surface))
    fine = [(p, s) for p, s in places if p.kind not in _COARSE]
    if fine and len(fine) < len(places):
        towns = " and ".join(p.name for p, _ in fine)
        notes += [f"{p.name} is a {p.kind}; distances are measured from {towns}." for p, _ in places
                  if p.kind in _COARSE]
    kept = fine or places
    shoot = on_set or bool(PLACES.shoot_words.search(text))
    if kept and not shoot:
        notes.append(f"No shoot is mentioned, so {' and '.join(p.name for p, _ in kept)} is where to look for "
                     "people, not a shoot location.")
    return [BriefPlace(name=p.name, lat=p.lat, lon=p.lon, text=s if s != p.name else "", shoot=shoot)
            for p, s in kept], notes + lower_notes
