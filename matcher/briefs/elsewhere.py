"""Places a brief names that are somewhere other than the shoot, read from the words around them.

The place rules in ``places`` take out the sender's base, the addressee, organisations and more; briefs
by new authors said the same things other ways. These rules are about language, not about any one
brief (``rules.elsewhere``): a firm's town after its name ("Ouzel Pictures, Derby"), where crew or kit
come from ("our DoP travels with us from Leeds", "ship the lights from Longton to the set"), where a team works
out of, a supplier's base ("with a base in"), an office, a business the sender runs, another job the
writer is on ("he's away on a shoot in Hull then"), a licence or voices named after a place, a club,
group or newspaper named after a town ("Crewe United's reserves", "the Leek Gazette"), a past shoot
said short ("last wk"), and a surname that is also a place ("our gaffer, Pat Cheadle, has gone").
A firm's town stays a shoot place when the clause before the firm films there ("filming at Ouzel
Studios, Leek").

More such readings (``rules.away_from_set``), read first: who the crew are and where they come from
("Everything else crewed from London"), offices ("our production office will again be at the hub in
Hanley", "our new Stoke satellite office"), where post is ("a VFX house for post (Soho)"), fittings and
auditions, where the crew sleep, an address to write to, an earlier shoot ("the Longport shoot went
brilliantly", "Mel who did it last year in Cheddleton") and a place ruled out ("possibly Stafford too, but
that's now looking unlikely"). A place in a list after one of these shares its reading (``places``).
"""

from __future__ import annotations

from matcher.briefs.rules.away_from_set import AWAY_AFTER, AWAY_BEFORE
from matcher.briefs.rules.elsewhere import AFTER, BEFORE
from matcher.briefs.rules.places import PLACES

__all__ = ["elsewhere"]

_WHY = {
    "firm_base": "where a firm named just before it is based",
    "comes_from": "where crew or kit come from",
    "operates_out_of": "where a team works from",
    "has_base": "where someone is based",
    "office_in": "where the production office is",
    "runs_business": "where the sender's business is",
    "other_job": "where the writer is on another job",
    "studies_at": "where the writer studies or works",
    "base_list": "where people are based",
    "named_after": "a kind of thing named after a place (a licence, voices)",
    "club_or_paper": "part of a club's, group's or newspaper's name",
    "past_short": "where an earlier shoot was",
    "crew_from": "where the crew come from",
    "drive_from": "where people or kit set off from",
    "office_at": "where an office is",
    "post_bracket": "where post-production is",
    "fitting_at": "where fittings, auditions or a read-through are",
    "lodging_at": "where the crew stay",
    "here_bracket": "where the sender is",
    "person_is_in": "where one of the team is",
    "job_at_firm": "where a firm is",
    "try_supplier": "where a suggested supplier is",
    "royal_name": "part of a longer name (a hospital, an organisation)",
    "org_of": "part of an organisation's or a title's name",
    "made_outside": "a place the work is kept away from",
    "modelled_on": "what a set or story is modelled on",
    "auto_reply": "named in an automatic reply, which asks for no shoot",
    "parking_at": "where vehicles park or the unit base is",
    "road_between": "a bound of the stretch filmed",
    "write_to": "an address to write to",
    "earlier_time": "where an earlier shoot was",
    "office_of": "an office named after the place",
    "firm_word": "part of a firm's name",
    "trade_of": "the trade it names, who to hire",
    "named_thing": "a thing named after a place",
    "not_filmed": "a place said not to be filmed",
    "past_shoot": "where an earlier shoot was",
    "ruled_out": "a place ruled out",
}


def elsewhere(text: str, start: int, end: int, name: str, kind: str) -> str | None:
    """Why the place at text[start:end] is somewhere other than the shoot, or None.

    Args:
        text: the brief.
        start: where the place's name begins.
        end: where it ends.
        name: the place's name, for the note.
        kind: the gazetteer's kind of place (a surname is read only for a town, village, area or district).
    Returns:
        The note saying what the place was read as, or None when no rule reads it away from the shoot.
    """
    before = text[max(0, start - 120):start]
    for rule in AWAY_BEFORE.rules:
        if getattr(AWAY_BEFORE, rule).search(before):
            return f"{name} read as {_WHY[rule]}, not a shoot location."
    for rule in AWAY_AFTER.rules:
        if getattr(AWAY_AFTER, rule).match(text, end):
            return f"{name} read as {_WHY[rule]}, not a shoot location."
    clause_start = max(text.rfind(c, 0, start) for c in ".!?\n;") + 1
    for rule in ("firm_base", "comes_from", "operates_out_of", "has_base", "office_in", "runs_business",
                 "other_job", "studies_at"):
        found = getattr(BEFORE, rule).search(before)
        if found is None:
            continue
        if rule == "firm_base" and PLACES.shoot_verb.search(text, clause_start, start - len(before) + found.start()):
            continue  # "filming at Ouzel Studios, Leek": the studio's town is where the shoot is
        return f"{name} read as {_WHY[rule]}, not a shoot location."
    if " " not in text[start:end].strip() and kind in ("town", "village", "area", "district") \
            and BEFORE.surname.search(before) and AFTER.person_acts.match(text, end):
        return f"{name} read as a person's surname, not a shoot location."
    for rule in ("base_list", "named_after", "club_or_paper", "past_short"):
        if getattr(AFTER, rule).match(text, end):
            return f"{name} read as {_WHY[rule]}, not a shoot location."
    return None
