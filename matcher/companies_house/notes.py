"""What a crew sheet says of a company known from the register.

A match that rests on register facts alone (a company imported from Companies House that no
member or film-office hand has written up) says "no profile yet: invite them", so the film
office knows to get in touch before putting it forward; one that has left the register or the
area says so and why. Everything else on the sheet is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from matcher.companies_house.merge import register_note
from models.brief import CrewSheet
from models.match import MatchOut
from models.profile import Profile

__all__ = ["annotate_register"]


def annotate_register(sheet: CrewSheet, get_many: Callable[[Iterable[str]], dict[str, Profile]]) -> CrewSheet:
    """The sheet with ``register_note`` set on every match of a company known from the register."""
    matches = [m for result in sheet.needs for m in (*result.matches, *result.beyond)] + list(sheet.fallback_matches)
    companies = [m.id for m in matches if m.kind in ("company", "facility")]
    if not companies:
        return sheet
    notes = {pid: note for pid, profile in get_many(companies).items() if (note := register_note(profile))}
    if not notes:
        return sheet

    def noted(found: list[MatchOut]) -> list[MatchOut]:
        return [m.model_copy(update={"register_note": notes[m.id]}) if m.id in notes else m for m in found]

    needs = [r.model_copy(update={"matches": noted(r.matches), "beyond": noted(r.beyond)}) for r in sheet.needs]
    return sheet.model_copy(update={"needs": needs, "fallback_matches": noted(sheet.fallback_matches)})
