"""The companies the register import keeps, as the sector map reads them from the store.

One ``SectorCompany`` per company in ``register_companies``: its register facts (public,
from Companies House) and what the matcher holds of it (a profile, its visibility, whether
a member or the film office wrote a full profile). Who may see a profile is decided by the
caller (``finds``), so a count or a list never shows a profile hidden from the one asking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import select

from matcher.companies_house.area import Area, outward_code
from matcher.companies_house.merge import has_full_profile, town_case
from matcher.store import Store
from matcher.store.tables import ProfileRow, RegisterCompanyRow, RegisterImportRow
from models.profile import Profile, RegisterFacts

__all__ = ["LatestImport", "SectorCompany", "latest_import", "sector_companies"]

Finds = Callable[[str], bool]  # visibility -> whether the caller may find such a profile


@dataclass(frozen=True)
class SectorCompany:
    number: str
    facts: RegisterFacts
    profile_id: str
    profile_name: str
    visibility: str
    full_profile: bool

    @property
    def town(self) -> str:
        address = self.facts.address
        return town_case(address.town) if address and address.town else "Unknown"

    @property
    def district(self) -> str | None:
        address = self.facts.address
        return outward_code(address.postcode) if address and address.postcode else None

    @property
    def flagged(self) -> bool:
        return bool(self.facts.flags)

    @property
    def gone(self) -> bool:
        return self.facts.left is not None

    def profile_for(self, finds: Finds) -> tuple[str, str] | None:
        """(id, name) of its profile when the caller may find it."""
        return (self.profile_id, self.profile_name) if finds(self.visibility) else None

    def full_profile_for(self, finds: Finds) -> bool:
        return self.full_profile and finds(self.visibility)


@dataclass(frozen=True)
class LatestImport:
    source: str
    as_of: dt.date | None
    area: str
    finished_at: dt.datetime | None


def sector_companies(store: Store, batch: int = 500) -> Iterator[SectorCompany]:
    """Every company the register import has kept (and marked), with its profile."""
    with store.session() as session:
        query = (select(RegisterCompanyRow.number, ProfileRow.data)
                 .join(ProfileRow, ProfileRow.id == RegisterCompanyRow.profile_id)
                 .order_by(RegisterCompanyRow.number).execution_options(yield_per=batch))
        for number, data in session.execute(query):
            profile = Profile.model_validate(data)
            facts = profile.company.companies_house if profile.company else None
            if facts is None:
                continue
            yield SectorCompany(number, facts, profile.id, profile.name, profile.visibility, has_full_profile(profile))


def latest_import(store: Store) -> LatestImport | None:
    """The last finished register import: which file, of what date, over which area."""
    with store.session() as session:
        row = session.scalars(select(RegisterImportRow).where(RegisterImportRow.status == "done")
                              .order_by(RegisterImportRow.finished_at.desc())).first()
        if row is None:
            return None
        as_of = row.options.get("as_of")
        return LatestImport(row.source.rsplit("/", 1)[-1], dt.date.fromisoformat(as_of) if as_of else None,
                            Area.parse(row.options.get("area")).describe(), row.finished_at)
