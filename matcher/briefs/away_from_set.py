"""Places a brief names as where something other than filming happens, or where the crew come from.

Read from the words around the place (``rules.away_from_set``): who the crew are and where they come from
("Everything else crewed from London"), offices ("our production office will again be at the hub in
Hanley", "our new Stoke satellite office"), where post is ("a VFX house for post (Soho)"), fittings and
auditions, where the crew sleep, an address to write to, an earlier shoot ("the Longport shoot went
brilliantly", "Mel who did it last year in Cheddleton") and a place ruled out ("possibly Stafford too, but
that's now looking unlikely"). A place in a list after one of these shares its reading (``places``).
"""

from __future__ import annotations

from matcher.briefs.rules.away_from_set import AWAY_AFTER, AWAY_BEFORE

__all__ = ["away_from_set"]

_WHY = {
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


def away_from_set(text: str, start: int, end: int, name: str) -> str | None:
    """Why the place at text[start:end] is not where the camera will be, or None.

    Args:
        text: the brief.
        start: where the place's name begins.
        end: where it ends.
        name: the place's name, for the note.
    Returns:
        The note saying what the place was read as, or None when no rule reads it away from the set.
    """
    before = text[max(0, start - 120):start]
    for rule in AWAY_BEFORE.rules:
        if getattr(AWAY_BEFORE, rule).search(before):
            return f"{name} read as {_WHY[rule]}, not a shoot location."
    for rule in AWAY_AFTER.rules:
        if getattr(AWAY_AFTER, rule).match(text, end):
            return f"{name} read as {_WHY[rule]}, not a shoot location."
    return None
