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
CLUSTER_NAME = "Stoke-on-Trent"  # where a venue no named town places is put, noted
_FAR_KM = 150.0
_SAME_PLACE_KM = 0.5  # "Burslem (ST6)": a district restating the town is one place, not two
_COARSE = {"county", "region"}


def _not_shoot(text: str, m: PlaceMention, known_ends: frozenset[int] = frozenset()) -> str | None:
    """Why a place mention is not a shoot location, or None."""
    start, end, name = m.start, m.end, m.place.name
    offset = max(0, start - 100)
    before = text[offset:start]
    said_before = text[_sentence(text, start):start]  # the sentence up to the place
    if PLACES.sender.search(before) and PLACES.sender_noun.match(text, end):
        return f"{name} read as where the company asking is based, not a shoot location."
    line = text[text.rfind("\n", 0, start) + 1:start]
    if PLACES.sender_in.search(before) or PLACES.sender_on.search(before) or PLACES.based_in.search(before) \
            or PLACES.field_base.search(before) or PLACES.field_line.match(line) or PLACES.hq_in.search(before) \
            or PLACES.firm_bracket.search(before) or PLACES.made_by.search(before) \
            or (PLACES.from_firm.search(before) and PLACES.firm_words.match(text, end)) \
            or PLACES.works_at.search(before):
        return f"{name} read as where the sender or crew are based, not a shoot location."
    if PLACES.firm_after.match(text, end) and not PLACES.at_before.search(before):
        return f"{name} read as where a company is based, not a shoot location."
    if (bracket := PLACES.name_bracket.search(before)) and not _is_venue_name(bracket.group("name")) \
            and m.place.kind not in ("postcode", "district") and offset + bracket.end("name") not in known_ends:
        return f"{name} read as where {bracket.group('name')} is based, not a shoot location."
    if PLACES.attributive.search(before) and PLACES.from_noun.match(text, end):
        return f"{name} read as where someone or a business is from, not a shoot location."
    if PLACES.topic.search(before) and not PLACES.possessive.match(text, end):
        return f"{name} read as what the production is about or where someone is from, not a shoot location."
    if PLACES.transport.search(before) or PLACES.parked.search(before):
        return f"{name} read as where people, kit or vehicles are picked up or parked, not a shoot location."
    if PLACES.member_of.search(before) and not PLACES.shoot_verb.search(said_before):
        return f"{name} read as whom the sender belongs to, not a shoot location."
    if PLACES.name_head.search(before) and m.place.kind not in _COARSE:
        return f"'{text[start - len(PLACES.name_head.search(before).group()):end].strip()}' read as a longer name " \
               f"(an organisation), not {name}."
    if PLACES.org_subject.match(text, end) and PLACES.sentence_start.search(text[:start]) \
            and not PLACES.shoot_verb.search(text, end, text.find(".", end) % (len(text) + 1) or len(text)):
        return f"{name} read as the organisation asking, not a shoot location."
    sentence = text[_sentence(text, start):text.find(".", end) % (len(text) + 1) or len(text)]
    if re.search(r"\bour\s+$", before, re.I) and PLACES.own_premises.match(text, end) \
            and not PLACES.shoot_verb.search(sentence):
        return f"{name} read as the sender's own premises, not a shoot location."
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
    if PLACES.reference_point.search(before):
        return f"{name} read as a reference point for distance, not a shoot location."
    if PLACES.org_after.match(text, end):
        return f"{name} read as part of a group's name, not a shoot location."
    if PLACES.not_the_set.search(before):
        return f"{name} read as where the unit base is or whom the notice is for, not a shoot location."
    if PLACES.greeting.search(before):
        return f"{name} read as who the brief is addressed to, not a shoot location."
    if PLACES.organisation.match(text, end) and not PLACES.at_before.search(before):
        return f"{name} read as part of an organisation's name, not a shoot location."
    return None


def _is_venue_name(name: str) -> bool:
    """'Ford Green Hall': a name ending in a venue word, which a bracketed town places, not a firm."""
    found = PLACES.unknown_venue.search(f"at {name}")
    return found is not None and found.end("v") == len(name) + 3


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
            if gazetteer.is_everyday_word(guess) and not PLACES.shoot_on.search(text, max(0, m.start() - 25),
                                                                                  m.start("w")):
                notes.append(f"'{guess}' may be {place.name}; add it to the shoot locations if it is.")
                break
            start = m.start("w")
            found.append(PlaceMention(place, start, start + len(guess), guess))
            notes.append(f"'{guess}' (written in lower case) read as {place.name}.")
            break
    return found, notes


def _unknown_venues(text: str, known: list[PlaceMention], cluster: Place | None = None
                    ) -> tuple[list[PlaceMention], list[str]]:
    """Named venues the gazetteer does not know, placed at the known place named in the same sentence,
    else at any the brief names, else at the cluster's centre (a brief to this film office is about
    somewhere near it)."""
    found, notes = [], []
    for m in PLACES.unknown_venue.finditer(text):
        start, end = m.start("v"), m.end("v")
        inside = [k for k in known if k.start < end and start < k.end]
        if inside and inside[0].start == start and inside[0].place.kind not in ("venue", "landmark") and (glue := re.match(r"\s*(?:&|and)\s+", text[inside[0].end:end])):
            start = inside[0].end + glue.end()  # "Cheadle & Hawksmoor Nature Reserve": two places
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
        name = text[start:end].strip()
        if any(0 <= k.start - end <= 40 and k.place.kind == "venue" for k in known):
            continue  # "the Ceramics Gallery and cafe at the Potteries Museum": a room of a known venue
        lo, hi = text.rfind(".", 0, start) + 1, text.find(".", end) % (len(text) + 1)
        near = [k for k in known if lo <= k.start <= (hi or len(text)) and k.place.kind not in _COARSE] or [
            k for k in known if k.place.kind not in _COARSE]  # the town the brief names elsewhere
        if not near and cluster is None:
            notes.append(f"'{name}' looks like a venue we cannot place; add its town to the locations.")
            continue
        anchor = min(near, key=lambda k: abs(k.start - start)).place if near else cluster
        assert anchor is not None
        venue = replace(anchor, name=name, kind="venue")
        found.append(PlaceMention(venue, start, end, name))
        notes.append(f"{venue.name} is not in our gazetteer: placed at {anchor.name}"
                     + ("." if near else " (the cluster's centre: no town is named); correct it if it is elsewhere."))
    return found, notes


_NOT_A_VENUE = re.compile(r"(?i)(?:the\s+)?(?:christmas|easter|new\s+year|half[\s-]term|mon|tue|wed|thu|fri|sat|sun"
                          r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*$")


def _venues_with_town(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
    """'at the Sugarmill, Hanley', 'at Hen Cloud (by the Roaches)': a name the gazetteer does not know,
    written with a place it does, is a venue there (``PLACES.venue_town``)."""
    found, notes = [], []
    starts = {k.start: k for k in known}
    for m in PLACES.venue_town.finditer(text):
        town = starts.get(m.end())
        start, end = m.start("v"), m.end("v")
        name = m.group("v").strip()
        if town is None or _NOT_A_VENUE.fullmatch(name) or any(k.start < end and start < k.end for k in known):
            continue
        found.append(PlaceMention(replace(town.place, name=name, kind="venue"), start, end, name))
        notes.append(f"{name} is not in our gazetteer: placed at {town.place.name}, where the brief puts it.")
    return found, notes


def _field_items(text: str, known: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
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


def find_locations(text: str, gazetteer: Gazetteer, on_set: bool = True) -> tuple[list[BriefPlace], list[str]]:
    """Shoot places in text order without repeats, and notes on what was assumed. With no shoot
    word in the brief and no need that works on set (``on_set`` false: an editor, kit hire), the
    places are where to look for people ("an editor in Stafford"), not shoot locations."""
    places: list[tuple[Place, str]] = []
    notes: list[str] = []
    mentions = gazetteer.find(text)
    extra, lower_notes = _lower_case(text, gazetteer, mentions)
    venues, venue_notes = _unknown_venues(text, mentions + extra, gazetteer.resolve(CLUSTER_NAME))
    items, item_notes = _field_items(text, mentions + extra + venues)
    named, named_notes = _venues_with_town(text, mentions + extra + venues + items)
    venues, venue_notes = venues + items + named, venue_notes + item_notes + named_notes
    mentions = [k for k in mentions if not any(v.start <= k.start and k.end <= v.end for v in venues)]
    extra, lower_notes = extra + venues, lower_notes + venue_notes
    last_not: tuple[int, str] | None = None  # where the last place read as no shoot place ended, and why
    known_ends = frozenset(k.end for k in mentions + extra)
    for mention in sorted(mentions + extra, key=lambda x: x.start):
        p = mention.place
        why = _not_shoot(text, mention, known_ends)
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
