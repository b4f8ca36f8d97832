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
- places the gazetteer does not know come from ``unknown_places`` (venues by their head word, a name
  written with its town) and ``place_names`` (villages read from a place context, road numbers, a
  known place's name made longer);
- also no shoot locations, by language rather than by name: a place in brackets after a firm's or
  person's name ("Tallow & Wick (Sheffield)"), an attributive origin ("a Leek singer", "a Stoke
  tableware brand"), the sender's own premises with no filming in the sentence ("our Etruria unit"),
  what the film is about or where a story is set ("a podcast about the Potteries"), where people or
  kit are picked up or vehicles park ("ferry us from Leek station", "pick up Newcastle", "vans parked
  on Mill Lane"), the end of a longer name ("the Royal Stoke want"), an organisation opening a
  sentence as who asks ("Keele University invites quotes", unless the sentence films there), and
  whom someone belongs to ("a student group at Staffordshire University"), where someone lives or is
  ("our director lives in Buxton", "the client is in London"), a style ("a Manchester-style warehouse"), a
  club's fan ("a Derby County fan"), a word of a quoted title ("'Dick Whittington'"), and anything in a
  signature with no sign-off (after a "--" line, or a name alone on a line and a few short lines to the end);
- also none: a chat's speaker ("[02/03, 10:15] Shelley B:"), a quoted thread's "wrote:" line, where
  someone rehearses, recces, edits or builds sets, a firm a town owns or names ("Leek's newest edit
  studio", "Stone & Webb Media"), whose graduates ("a Keele graduate film"), a place the speaker
  corrects ("the Gatehouse, no sorry, the Regent"), "rather than ... to X"; spoken fillers and stutters
  are blanked before reading ("at the, um, the King's Hall");
- a town written in lower case ("in stoke??", the last item of a line, or anywhere when it names a place near
  the cluster, ``lower_case_places``) is read, and noted; one
  that is also an everyday word ("in stone") is only noted;
- a full postcode is placed at its district's centre (no full-postcode data is shipped), noted; a
  district in an address ("Longton ST3") is its own place, one in brackets ("Burslem (ST6)") restates;
- distance is to the nearest place, so a county or region named beside towns ("mostly in Leek, Staffordshire")
  only sets the scene, unless the shoot is said to range over it ("a shoot across Staffordshire and
  Derbyshire (Lichfield, Ashbourne)", ``PLACES.area_scene``): then it is a shoot place too.
Rules: ``PLACES.*`` (``matcher.briefs.rules.places``).
"""

from __future__ import annotations

import re

from matcher.briefs.elsewhere import elsewhere
from matcher.briefs.lower_case_places import lower_case_places
from matcher.briefs.place_names import longer_names, road_numbers, villages
from matcher.briefs.rules.away_from_set import FIRM_NAMES, SHOOT_BASED
from matcher.briefs.rules.other_languages import OTHER_LANGUAGES
from matcher.briefs.rules.places import PLACES
from matcher.briefs.rules.venue_names import VENUE_NAMES
from matcher.briefs.shouted import unshout
from matcher.briefs.unknown_places import (
    NOT_A_PLACE,
    common_noun_venues,
    field_items,
    town_named_venues,
    unknown_venues,
    venues_with_town,
)
from matcher.briefs.venue_names import headed_venues
from matcher.geo import Gazetteer, Place, PlaceMention, haversine_km
from models.brief import BriefPlace

__all__ = ["CLUSTER", "CLUSTER_NAME", "blank_fillers", "find_locations"]

CLUSTER = (53.0027, -2.1794)  # Stoke-on-Trent: the cluster's centre, for names shared with far places
CLUSTER_NAME = "Stoke-on-Trent"  # where a venue no named town places is put, noted
_FAR_KM = 150.0
_SAME_PLACE_KM = 0.5  # "Burslem (ST6)": a district in brackets restating the town is one place, not two
_COARSE = {"county", "region"}
_TOWNS = {"town", "district", "postcode", "county", "region", "area"}  # a firm named after one leaves it a place
_FIELD_LINE = 120  # a form's field or a header is a short line; "CALLER: ..." in a transcript is speech
_FORM_FIELD = re.compile(r"(?m)^[ \t]*[A-Z][\w /()'?&-]{0,40}:[ \t]*\S")  # "Area: anywhere in Leek"
_FORM_FIELDS = 4  # this many "Field: value" lines after a rule line: a form's body, no signature
_SPEECH = re.compile(r"\b(?:I|I'm|I\u2019m|we|we're|we\u2019re|our|my)\b")  # "CALLER: I'm having my party at..."


def _not_shoot(text: str, m: PlaceMention, known_ends: frozenset[int] = frozenset()) -> str | None:
    """Why a place mention is not a shoot location, or None."""
    start, end, name = m.start, m.end, m.place.name
    offset = max(0, start - 100)
    before = text[offset:start]
    said_before = text[_sentence(text, start):start]  # the sentence up to the place
    if PLACES.sender.search(before) and PLACES.sender_noun.match(text, end):
        return f"{name} read as where the company asking is based, not a shoot location."
    line = text[text.rfind("\n", 0, start) + 1:start]
    whole_line = line + text[start:].split("\n", 1)[0]
    field = PLACES.field_line.match(line) and len(whole_line) <= _FIELD_LINE and not _SPEECH.search(whole_line)
    if PLACES.chat_speaker.search(before) and re.match(r"(?:[ \t]+[\w.'-]+)?[ \t]*:", text[end:]):
        return f"{name} read as who speaks in a chat, not a shoot location."
    based = PLACES.based_in.search(before) and not SHOOT_BASED.shoot_based.search(before)  # "shoot days based around"
    if PLACES.sender_in.search(before) or PLACES.sender_on.search(before) or based \
            or PLACES.field_base.search(before) or field \
            or PLACES.hq_in.search(before) or PLACES.quote_header.match(text, end) \
            or PLACES.firm_possessive.match(text, end) \
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
    if PLACES.topic.search(before) and not PLACES.possessive.match(text, end) and not (
            m.place.kind in ("venue", "landmark")  # "a doc about the Regent panto" films at the Regent
            and (VENUE_NAMES.venue_modifier.match(text, end) or VENUE_NAMES.venue_talk.search(before))):
        return f"{name} read as what the production is about or where someone is from, not a shoot location."
    if PLACES.title_open.search(before) and PLACES.title_close.match(text, end):
        return f"{name} read as a word of a title in quotes, not a shoot location."
    if PLACES.diversion.search(before):
        return f"{name} read as a diversion route, not a shoot location."
    if PLACES.transport.search(before) or PLACES.parked.search(before):
        return f"{name} read as where people, kit or vehicles are picked up or parked, not a shoot location."
    if PLACES.member_of.search(before) and not PLACES.shoot_verb.search(said_before):
        return f"{name} read as whom the sender belongs to, not a shoot location."
    if (head := PLACES.name_head.search(before)) and m.place.kind not in _COARSE:
        return f"'{text[start - len(head.group()):end].strip()}' read as a longer name (an organisation), not {name}."
    if PLACES.org_subject.match(text, end) and PLACES.sentence_start.search(text[:start]) \
            and not PLACES.shoot_verb.search(text, end, _sentence_end(text, end)):
        return f"{name} read as the organisation asking, not a shoot location."
    sentence = text[_sentence(text, start):text.find(".", end) % (len(text) + 1) or len(text)]
    clause = text[max(_sentence(text, start), text.rfind("(", 0, start) + 1):end]  # "(the VFX is at our Derby base)"
    if re.search(r"\bour\s+$", before, re.I) and PLACES.own_premises.match(text, end) \
            and not PLACES.shoot_verb.search(clause if "(" in text[_sentence(text, start):start] else sentence):
        return f"{name} read as the sender's own premises, not a shoot location."
    if PLACES.modifier_after.match(text, end):
        return f"{name} read as a kind of knowledge or accent, not a shoot location."
    if PLACES.negated.search(before):
        return f"{name} is said not to be a shoot location."
    if PLACES.post_place.search(before):
        return f"{name} read as where the edit or grade is, not a shoot location."
    if PLACES.sentence_start.search(text[:start]) and PLACES.opening_firm.match(text, end):
        return f"{name} read as where the company asking is based, not a shoot location."
    if PLACES.caller_org.search(before):
        return f"{name} read as where the caller's organisation is, not a shoot location."
    if PLACES.origin.search(before) or (PLACES.person_from.search(before)
                                        and m.place.kind not in ("venue", "landmark")):
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
    if PLACES.firm_partner.match(text, end):
        return f"{name} read as part of a firm's name, not a shoot location."
    if PLACES.organisation.match(text, end) and not PLACES.at_before.search(before):
        return f"{name} read as part of an organisation's name, not a shoot location."
    if OTHER_LANGUAGES.from_after.match(text, end):  # "Asi Wolverhampton ton haan": we are from Wolverhampton
        return f"{name} read as where the sender is from (said in romanised Punjabi or Urdu), not a shoot location."
    return elsewhere(text, start, end, name, m.place.kind)


def _is_venue_name(name: str) -> bool:
    """'Ford Green Hall': a name ending in a venue word, which a bracketed town places, not a firm;
    'Tuesday (Leek)': a day, whose place is the shoot's."""
    found = PLACES.unknown_venue.search(f"at {name}")
    return (found is not None and found.end("v") == len(name) + 3) or bool(NOT_A_PLACE.fullmatch(name.split()[-1]))


def _sentence(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence or line holding pos ends: a heading ends at its line ("Keele University - Request
    for Quotation")."""
    return min((i for i in (text.find(c, pos) for c in ".\n") if i >= 0), default=len(text))


def _sentence_of(text: str, pos: int) -> str:
    end = min((i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0), default=len(text))
    return text[_sentence(text, pos):end]


def _part_of_longer_name(text: str, m: PlaceMention) -> bool:
    after = text[m.end:m.end + 30].split(maxsplit=1)
    capitalised_next = bool(after) and text[m.end:m.end + 1] == " " and after[0][:1].isupper()
    far = haversine_km(CLUSTER[0], CLUSTER[1], m.place.lat, m.place.lon) > _FAR_KM
    return capitalised_next and far and " " not in m.surface.strip()


def blank_fillers(text: str) -> str:
    """Spoken fillers and stutters blanked with spaces (positions kept): "at the, um, the King's Hall"."""
    for _ in range(2):  # the filler, then the word said twice
        text = PLACES.filler.sub(lambda f: " " * len(f.group()), text)
    return text


def find_locations(text: str, gazetteer: Gazetteer, on_set: bool = True) -> tuple[list[BriefPlace], list[str]]:
    """Shoot places in text order without repeats, and notes on what was assumed. With no shoot
    word in the brief and no need that works on set (``on_set`` false: an editor, kit hire), the
    places are where to look for people ("an editor in Stafford"), not shoot locations."""
    places: list[tuple[Place, str]] = []
    notes: list[str] = []
    text = unshout(blank_fillers(text))  # "SHUGBOROUGH ESTATE - NOTICE": as its names are written
    mentions = gazetteer.find(text)
    extra, lower_notes = lower_case_places(text, gazetteer, mentions)
    cluster = gazetteer.resolve(CLUSTER_NAME)
    venues, venue_notes = unknown_venues(text, mentions + extra, cluster)
    headed, headed_notes = headed_venues(text, mentions + extra + venues, cluster)
    venues, venue_notes = venues + headed, venue_notes + headed_notes
    items, item_notes = field_items(text, mentions + extra + venues)
    named, named_notes = venues_with_town(text, mentions + extra + venues + items)
    found_villages, village_notes = villages(text, mentions + extra + venues + items + named, cluster,
                                             gazetteer.given_names)
    qualifiers = {v.surface for v in found_villages  # "Leek, Staffordshire": the county qualifies the town
                  if (known := gazetteer.resolve(v.surface)) is not None and known.kind in _COARSE}
    found_villages = [v for v in found_villages if v.surface not in qualifiers]
    village_notes = [n for n in village_notes if not any(f"'{q}'" in n for q in qualifiers)] + [
        f"{q} is a county written beside a town: it qualifies the town, no shoot place of its own." for q in qualifiers]
    roads, road_notes = road_numbers(text, mentions + extra + venues + items + named + found_villages, cluster)
    town_venues, town_venue_notes = town_named_venues(text, mentions + extra)
    plain_nouns, plain_noun_notes = common_noun_venues(
        text, mentions + extra + venues + items + named + found_villages + roads + town_venues, cluster)
    town_venues, town_venue_notes = town_venues + plain_nouns, town_venue_notes + plain_noun_notes
    plain = [k for k in mentions + extra if not any(v.start <= k.start < v.end for v in venues + town_venues)]
    longer, longer_notes = longer_names(text, plain, cluster)
    venues = venues + items + named + found_villages + roads + town_venues + longer
    venue_notes = (venue_notes + item_notes + named_notes + village_notes + road_notes + town_venue_notes
                   + longer_notes)
    mentions = [k for k in mentions if not any(v.start <= k.start and k.end <= v.end for v in venues)]
    venues = [v for v in venues if "\n" not in v.surface]  # a name never runs over a line's end
    extra, lower_notes = extra + venues, lower_notes + venue_notes
    scene: set[str] = set()  # counties or regions the shoot is said to range over
    last_not: tuple[int, str] | None = None  # where the last place read as no shoot place ended, and why
    known_ends = frozenset(k.end for k in mentions + extra)
    signature = next((m.start() for m in PLACES.signature.finditer(text) if text[:m.start()].strip()
                      and not any(m.start() <= k.start < m.end() for k in mentions + extra)
                      and len(_FORM_FIELD.findall(text, m.start())) < _FORM_FIELDS), len(text))
    ordered = sorted(mentions + extra, key=lambda x: x.start)
    firms = {f.group("name") for f in FIRM_NAMES.firm_name.finditer(text)}  # "Wren Lane Productions" names a firm
    for at, mention in enumerate(ordered):
        following = ordered[at + 1] if at + 1 < len(ordered) else None
        p = mention.place
        why = _not_shoot(text, mention, known_ends) if mention.start < signature else \
            f"{p.name} read as part of the sender's signature, not a shoot location."
        if why is None and following is not None and PLACES.corrected.fullmatch(text, mention.end, following.start):
            why = f"{p.name} read as corrected by the speaker to {following.place.name}, not a shoot location."
        if why is None and last_not and PLACES.list_glue.fullmatch(text, last_not[0], mention.start):
            why = f"{p.name}: {last_not[1][:1].lower()}{last_not[1][1:]}"  # "in Birmingham and Wolverhampton"
        if why is None and p.kind not in _TOWNS and any(f == mention.surface or f.endswith(f" {mention.surface}")
                                                       for f in firms):  # "Wren Lane Productions ... Wren Lane have"
            why = f"{mention.surface} read as a firm's name, as elsewhere in the brief, not a shoot location."
        if why is not None:
            if "firm's name" in why:
                firms.add(mention.surface)
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
        bracketed = text[:mention.start].rstrip().endswith("(")  # "Burslem (ST6)"; "Longton ST3" is an address
        if any(q.name.casefold() == p.name.casefold()
               or (haversine_km(q.lat, q.lon, p.lat, p.lon) < _SAME_PLACE_KM and bracketed
                   and "district" in (p.kind, q.kind)) for q, _ in places):
            continue
        places.append((p, mention.surface))
        if p.kind in _COARSE and PLACES.area_scene.search(text, max(0, mention.start - 20), mention.start) \
                and PLACES.shoot_verb.search(_sentence_of(text, mention.start)):
            scene.add(p.name)  # "a shoot across Staffordshire and Derbyshire (Lichfield, ...)": shot across it
    fine = [(p, s) for p, s in places if p.kind not in _COARSE or p.name in scene]
    if fine and len(fine) < len(places):
        towns = " and ".join(p.name for p, _ in fine)
        notes += [f"{p.name} is a {p.kind}; distances are measured from {towns}." for p, _ in places
                  if p.kind in _COARSE]
    kept = fine or places
    shoot = on_set or bool(PLACES.shoot_words.search(text))
    if kept and not shoot:
        notes.append(f"No shoot is mentioned, so {' and '.join(p.name for p, _ in kept)} is where to look for "
                     "people, not a shoot location.")
    found = [BriefPlace(name=p.name, lat=p.lat, lon=p.lon, text=s if s != p.name else "", shoot=shoot)
             for p, s in kept]
    return found, notes + lower_notes
