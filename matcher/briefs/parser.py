"""parse_brief: a production's brief, pasted as written, to the structured Brief shown back.

Each concept has its own module (``needs`` with ``mentions``, ``quantities``, ``qualifiers`` and
``covered``; ``places``, ``dates``, ``budget``; ``language``); the regular expressions they use are
named rules with examples (``matcher.briefs.rules``). This module adds the radius that counts as
local, cuts the signature off, and puts the pieces together. What the parser assumed, guessed or
did not understand goes into Brief.notes, so the film office can see it and correct the brief.
With the product's encoder, a phrase asked for that no alias names is read by meaning (a guess,
shown as one); without one (unit tests), it stays a free-text need.
"""

from __future__ import annotations

import datetime as dt
import re

from matcher.briefs.budget import find_budget
from matcher.briefs.dates import find_dates
from matcher.briefs.guess import role_guesser
from matcher.briefs.language import language_name, read_language
from matcher.briefs.mixed_language import mixed_with_english
from matcher.briefs.need_filter import filter_proposed
from matcher.briefs.needs import find_needs
from matcher.briefs.other_language_places import other_language_places
from matcher.briefs.places import CLUSTER_NAME, find_locations
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.places import PLACES
from matcher.briefs.rules.shoot import SHOOT
from matcher.briefs.shoot_to_come import no_shoot_to_come, off_set_role
from matcher.briefs.studio_purpose import studio_by_purpose
from matcher.briefs.welsh import welsh_needs
from matcher.briefs.word_sense import sense_by_company
from matcher.encoders import Encoder
from matcher.errors import InvalidInput
from matcher.geo import load_gazetteer
from matcher.taxonomy import load_taxonomy
from models.brief import Brief

__all__ = ["body_of", "find_locations", "find_radius", "parse_brief"]

MILE_KM = 1.609344
_FIRM_NAME = re.compile(r"\b[A-Z][\w&'-]*\s+(?:Films|Pictures|Productions|Media|Studios|Video)\b")
_PAST = re.compile(r"\b(?:went|was|were|wrapped|finished|thanks|thank\s+you)\b", re.I)  # a shoot that is over
_DATE_FIELD = re.compile(r"[ \t]*(?:(?:shoot|filming|proposed|recording)\s+)?(?:dates?(?:\(s\))?|when\??)[ \t]*:", re.I)
# Departments whose people and hire need no shoot: with only these asked for and no shoot word in the
# brief, its places are where to look for them ("an editor in Stafford"), not shoot locations.
OFF_SET = frozenset({"editing-and-post", "vfx-and-animation", "music", "writing", "games-development",
                     "post-production-facilities", "sound-post-facilities", "vfx-studios", "animation-studios",
                     "games-studios", "camera-and-sound-hire", "lighting-and-grip-hire", "production-services"})


_QUOTED = re.compile(r"^[ \t]*>[ \t]?(?P<line>.*)$", re.M)
# A message forwarded under the sender's note ("FYI, see below. Cheers, Mark" then "--- Forwarded message ---",
# "Begin forwarded message:"): the request being passed on, kept like a quoted one, without its header lines.
_FORWARDED = re.compile(r"^[ \t]*(?:-{2,}[ \t]*(?:forwarded(?:\s+message)?|original\s+message)[ \t]*-{2,}"
                        r"|begin\s+forwarded\s+message\s*:)[ \t]*$", re.I | re.M)
_HEADER_LINE = re.compile(r"^[ \t]*(?:from|to|cc|bcc|date|sent|subject|reply-to)[ \t]*:.*$", re.I | re.M)


def _body(text: str) -> str:
    """The brief without its signature: cut at a sign-off ("Thanks, Jane", "Cheers, Tom (Producer)") after some text.
    A forwarded message quoted after the sign-off ("> Hi Abi, we'll need a graphic designer") is the request
    being passed on, so its lines are kept (each cut at its own sign-off); so is a message forwarded below a
    "--- Forwarded message ---" line."""
    for m in PLACES.sign_off.finditer(text):
        if text[:m.start()].strip():
            if forwarded := _FORWARDED.search(text, m.end()):  # without its header lines: who sent it, when
                return text[:m.start()] + "\n\n" + _body(_HEADER_LINE.sub("", text[forwarded.end():]))
            quoted = "\n".join(q.group("line") for q in _QUOTED.finditer(text, m.end()))
            return text[:m.start()] + ("\n\n" + _body(quoted) if quoted.strip() else "")
    return text


def body_of(text: str) -> str:
    """The text the parser reads needs in: the brief without its signature (quoted requests kept)."""
    return _body(text)


def _no_shoot_with(body: str, written: str) -> bool:
    """In a brief with no need, dates that date no shoot: with no shoot word anywhere, in a question
    or a thank-you or a greeting; else when their sentence has no shoot word (nor is a form's "Dates:"
    line): "away from my desk till Friday", "thanks, the shoot went well, back in the new year"."""
    if not PLACES.shoot_words.search(_FIRM_NAME.sub("", body)):
        return bool(NEEDS.not_a_request.search(body))
    at = body.find(written.split("; ")[0].split(" (")[0])
    if at < 0:
        return False
    lo = max(body.rfind(c, 0, at) for c in ".!?\n") + 1
    if _DATE_FIELD.match(body, body.rfind("\n", 0, at) + 1) or _DATE_FIELD.match(body, lo):
        return False  # "Date(s): Sat 6 February", also after a full stop on the line ("... ST1. Date: Sunday")
    hi = min((i for i in (body.find(c, at) for c in ".!?\n") if i >= 0), default=len(body))
    # the sentence before counts too: "... permission to film by the canal lock? We'd be there on 21 November."
    end_before = len(body[:lo].rstrip(" \t\n.!?"))
    before = max(body.rfind(c, 0, end_before) for c in ".!?\n") + 1
    return not any(PLACES.shoot_words.search(_FIRM_NAME.sub("", part)) and not _PAST.search(part)
                   for part in (body[lo:hi], body[before:lo]))  # "Fireclay Films" films nothing


def find_radius(text: str) -> tuple[float | None, list[str]]:
    """A stated 'how far is local' in km ('within 30 miles' -> 48.3), or None."""
    found = []
    for m in PLACES.radius.finditer(text):
        n = float(m.group("n") or m.group("n2") or m.group("n3"))
        unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
        km = n * MILE_KM if unit.startswith("mi") else n
        if 0 < km <= 1000:
            found.append((round(km, 1), m.group().strip()))
    notes = []
    if len({km for km, _ in found}) > 1:
        notes.append(f"More than one distance is given ({', '.join(w for _, w in found)}); using '{found[0][1]}'.")
    return (found[0][0] if found else None), notes


def parse_brief(text: str, *, today: dt.date | None = None, encoder: Encoder | None = None,
                filter_needs: bool = True) -> Brief:
    """Understand a pasted brief: needs, places, dates, budget and radius, with notes on what was assumed.

    Args:
        text: the brief as pasted.
        today: the day relative dates ("next March") are read from; default today.
        encoder: the product's encoder, to read phrases no alias names by meaning; None keeps them
            as free-text needs.
        filter_needs: keep one need for a person named twice, drop a need taken back, and drop
            proposed needs the learned filter (``need_filter``) reads as not asked for; False gives
            every proposal (to train the filter).
    Returns:
        The structured brief; ``notes`` says what was assumed, guessed or not understood.
    """
    if text is None or not str(text).strip():
        raise InvalidInput("The brief is empty: paste the production's brief text.")
    today = today or dt.date.today()
    language, language_notes = read_language(text)
    if language != "en" and mixed_with_english(text, load_taxonomy()):
        language, language_notes = "en", []  # "buscamos un boom operator": English role words asked for
    if language != "en":  # its dates are read in its own words too (``foreign_dates``), its places by name
        dates, deadline, date_notes = find_dates(text, today)
        gazetteer = load_gazetteer()
        places, place_notes = other_language_places(text, gazetteer, gazetteer.resolve(CLUSTER_NAME),
                                                    language_name(language))
        if language == "cy" and (welsh := welsh_needs(text, load_taxonomy()))[0]:  # its crew words only
            return Brief(text=text, language=language, needs=welsh[0], locations=places, dates=dates,
                         deadline=deadline, notes=welsh[1] + place_notes + date_notes)
        said = [f"Its dates were read all the same: '{dates.text}'."] if dates else []
        return Brief(text=text, language=language, locations=places, dates=dates, deadline=deadline,
                     notes=language_notes + said + place_notes + date_notes)
    body = _body(text)
    taxonomy = load_taxonomy()
    needs, notes = find_needs(body, taxonomy, role_guesser(encoder, taxonomy))
    needs, purpose_notes = studio_by_purpose(body, needs, taxonomy)
    notes += purpose_notes
    needs, sense_notes = sense_by_company(needs, taxonomy)
    notes += sense_notes
    if filter_needs:
        needs, dropped = filter_proposed(body, needs)
        notes += dropped
    on_set = any(n.role is None or taxonomy.roles[n.role].department not in OFF_SET for n in needs) or (
        not needs and bool(SHOOT.request.search(body)))  # "lookin for a sound guy tmoz, Tunstall": asked, unread
    locations, place_notes = find_locations(body, load_gazetteer(), on_set)
    radius, radius_notes = find_radius(body)
    dates, deadline, date_notes = find_dates(body, today)
    budget, budget_notes = find_budget(body)
    if not needs:
        notes.append("No crew role, facility or service was recognised in the brief.")
    work_only = all(n.role is not None and taxonomy.roles[n.role].department in OFF_SET
                                    and not taxonomy.roles[n.role].department.endswith("-hire") for n in needs)
    if dates is not None and needs and work_only and not PLACES.shoot_words.search(body):
        date_notes.append(f"No shoot is mentioned: '{dates.text}' read as when the work is done, not shoot dates.")
        dates = dates.model_copy(update={"shoot": False})  # "an editor for 3 weeks from 4 Jan"
    elif dates is not None and not needs and _no_shoot_with(body, dates.text):
        date_notes.append(f"No shoot is mentioned with '{dates.text}', so it is not read as a shoot date.")
        dates = None  # "is the office open over Christmas?", "away from my desk till Friday"
    off_set_only = all(off_set_role(taxonomy, n.role, OFF_SET) for n in needs)
    if why := no_shoot_to_come(body, len(needs), off_set_only):
        if locations and any(p.shoot for p in locations):
            place_notes.append(f"{why}: its places are not read as shoot locations.")
            locations = [p.model_copy(update={"shoot": False}) for p in locations]
        if dates is not None and dates.shoot:
            date_notes.append(f"{why}: '{dates.text}' is not read as shoot dates.")
            dates = dates.model_copy(update={"shoot": False})
    return Brief(text=text, needs=needs, locations=locations, dates=dates, budget=budget, deadline=deadline,
                 radius_km=radius or Brief.model_fields["radius_km"].default,
                 notes=list(dict.fromkeys(language_notes + notes + place_notes + radius_notes + date_notes
                                          + budget_notes)))
