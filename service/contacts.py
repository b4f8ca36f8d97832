"""Contact details on crew sheets and search results, for staff only.

The ranking never reads contact details (they are not in the index); staff get them added
to each match from the database after the sheet is made, so whoever rings round works from
the sheet itself. Every other role gets the matches exactly as redacted by
``service.visibility``.
"""

from __future__ import annotations

from models.brief import CrewSheet
from models.match import MatchOut
from service.catalogue import Catalogue
from service.roles import Role

__all__ = ["with_contacts", "with_contacts_on_sheet"]


def with_contacts(matches: list[MatchOut], role: Role, catalogue: Catalogue) -> list[MatchOut]:
    if not role.allows(Role.staff) or not matches:
        return matches
    profiles = catalogue.get_many([m.id for m in matches])
    return [m.model_copy(update={"contact": p.contact}) if (p := profiles.get(m.id)) and p.contact else m
            for m in matches]


def with_contacts_on_sheet(sheet: CrewSheet, role: Role, catalogue: Catalogue) -> CrewSheet:
    if not role.allows(Role.staff):
        return sheet
    ids = [m.id for r in sheet.needs for m in (*r.matches, *r.beyond)] + [m.id for m in sheet.fallback_matches]
    profiles = catalogue.get_many(ids)

    def add(matches: list[MatchOut]) -> list[MatchOut]:
        return [m.model_copy(update={"contact": p.contact}) if (p := profiles.get(m.id)) and p.contact else m
                for m in matches]

    needs = [r.model_copy(update={"matches": add(r.matches), "beyond": add(r.beyond)}) for r in sheet.needs]
    return sheet.model_copy(update={"needs": needs, "fallback_matches": add(sheet.fallback_matches)})
