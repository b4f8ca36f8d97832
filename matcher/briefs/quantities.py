"""How many of a need a brief asks for.

"two sparks", "2 x sparks", "2x", "x2 sparks", "sparks x2", "sparks (2)", "a spark or two",
"roto artists (Nuke), 3-4 people" say it; "a couple of" is 2, "a few",
"several" and "a handful" 3, "20ish" 20, "a dozen" 12 and "half a dozen" 6, a range ("2-3 runners",
"two or three") its upper bound, "a gaffer" 1; a count said after the role with a hedge or as a
correction ("chaperones, probably three", "a camera op, er, two actually") is the count; "a
three-person camera crew" is 3 of that role. A plural crew role with no number ("sparks") is 1, as
any unstated count is (the judged set's guidelines say the same), and a
note asks the user to set how many; a facility is 1 unless numbered; a number before a unit of size
("a 2 bay trailer", "a 9 seat van") is no count. Rules: ``NEEDS.before``,
``NEEDS.after_quantity``.
"""

from __future__ import annotations

import re

from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import NUMBER_RE, NUMBER_WORDS
from matcher.taxonomy import Taxonomy

__all__ = [
    "MAX_QUANTITY",
    "NUMBER_RE",
    "NUMBER_WORDS",
    "SIZE_UNITS",
    "after_quantity",
    "is_plural",
    "number_value",
    "quantity_before",
]

MAX_QUANTITY = 50  # Need.quantity's ceiling
_RANGE = re.compile(rf"(?P<lo>{NUMBER_RE})\s*(?:-|\u2013|to|or)\s*(?P<hi>{NUMBER_RE})", re.I)


def number_value(word: str) -> int | None:
    """'6' -> 6, 'six' -> 6, 'a' -> 1; None for anything else."""
    w = re.sub(r"\s*-?ish$", "", word.strip().lower())  # "20ish": about twenty, planned as twenty
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


# A number before one of these is a size, not a count: "a 2 bay trailer", "a 9 seat van", "a 20 ton crane".
SIZE_UNITS = frozenset({"bay", "berth", "seat", "seater", "way", "ton", "tonne", "tonner", "kva", "kw", "ft", "foot",
                         "metre", "meter", "m", "inch", "k", "axle", "wheel"})


def quantity_before(before: re.Match[str]) -> tuple[int | None, str]:
    """(count or None when not stated, the team word of 'a three-person crew') from a NEEDS.before match."""
    adj = before.group("adj").split()
    if adj and adj[0].lower().strip("-") in SIZE_UNITS:
        return None, ""  # "a 2 bay artiste trailer": one trailer of that size
    if before.group("x") or before.group("xx") or not before.group("q"):
        said = before.group("x") or before.group("xx")
        return (int(said) if said else None), ""
    said = before.group("q")
    if (span := _RANGE.fullmatch(said.strip())) is not None:
        return number_value(span.group("hi")), before.group("team") or ""
    words = said.lower().split()
    if words[0] == "half":  # "half a dozen"
        return 6, before.group("team") or ""
    word = next((w for w in words if w in ("couple", "few", "pair", "handful", "dozen")), words[0])
    return number_value(word), before.group("team") or ""


def after_quantity(text: str, pos: int) -> tuple[int | None, int]:
    """A count written after the role ('sparks x2'), and where it ends."""
    m = NEEDS.after_quantity.match(text, pos)
    if m is None:
        return None, pos
    return number_value(m.group("a") or m.group("b") or m.group("c") or m.group("p") or m.group("h")
                        or m.group("h2")), m.end()


def is_plural(surface: str, role_id: str | None, taxonomy: Taxonomy) -> bool:
    """'sparks', 'runners', 'cameramen': the role's own alias in the plural."""
    last = surface.split()[-1]
    if not last.lower().endswith(("s", "men")):
        return False
    if role_id is None:  # a free-text need: an English plural
        return last.lower().endswith(("ers", "ors", "ists", "ians", "ants", "men")) and not last.istitle()
    stems = [last[:-1], last[:-2], last[:-3] + "y", last[:-3] + "man"]
    return any((r := taxonomy.resolve(surface[:-len(last)] + stem)) is not None and r.id == role_id for stem in stems)
