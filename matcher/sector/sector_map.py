"""The sector map: how many screen companies, doing what, where, since when, and with profiles.

Counts come from the register's facts of the companies the Companies House import kept
(``companies.sector_companies``). The sector is the companies still on the register and in
the area; flagged ones (likely single-purpose vehicles, dormant, proposed for strike-off) are
counted apart unless ``include_flagged``, as the cluster strategy counted "about 160 of more
than 200". Growth over time uses every company the import ever kept: incorporations by year,
and dissolutions (the snapshot's DissolutionDate) or departures from the register or the
area (the snapshot that first showed it gone) by year.

What a caller may see: register facts are public, so every count of companies is the same
for everyone; whether a company has a profile in the matcher is counted and shown only for
profiles the caller may find (``finds``), so a hidden profile is never revealed, not even as
the difference between two counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from matcher.companies_house.sic import MUSIC_CODE, SCREEN_CODES, describe
from matcher.sector.companies import LatestImport, SectorCompany

__all__ = ["sector_map"]

Finds = Callable[[str], bool]


def sector_map(companies: Iterable[SectorCompany], finds: Finds, *, include_flagged: bool = False,
               latest: LatestImport | None = None, coordinates: dict[str, tuple[float, float]] | None = None
               ) -> dict[str, Any]:
    """Counts, growth and the companies list, as the API returns them."""
    everyone = list(companies)
    current = [c for c in everyone if not c.gone]
    counted = [c for c in current if include_flagged or not c.flagged]
    coordinates = coordinates or {}
    by_district = Counter(c.district or "unknown" for c in counted)
    with_profile = Counter(c.district or "unknown" for c in counted if c.full_profile_for(finds))
    return {
        "area": latest.area if latest else None,
        "as_of": latest.as_of.isoformat() if latest and latest.as_of else None,
        "source": latest.source if latest else None,
        "imported_at": latest.finished_at.isoformat() if latest and latest.finished_at else None,
        "include_flagged": include_flagged,
        "totals": {
            "companies": len(counted),
            "registered": len(current),
            "flagged": sum(c.flagged for c in current),
            "likely_spv": sum(any(f.flag == "likely-spv" for f in c.facts.flags) for c in current),
            "dormant": sum(any(f.flag == "dormant" for f in c.facts.flags) for c in current),
            "strike_off": sum(any(f.flag == "strike-off" for f in c.facts.flags) for c in current),
            "left": len(everyone) - len(current),
            "with_profile": sum(c.full_profile_for(finds) for c in counted),
            "register_only": sum(not c.full_profile_for(finds) for c in counted),
        },
        "by_sic": [{"code": code, "description": describe(code), "companies": n}
                   for code, n in _sorted(Counter(s.code for c in counted for s in c.facts.sic
                                                  if s.code in SCREEN_CODES or s.code == MUSIC_CODE))],
        "by_town": [{"town": town, "companies": n} for town, n in _sorted(Counter(c.town for c in counted))],
        "by_district": [{"district": d, "companies": n, "with_profile": with_profile.get(d, 0),
                         "lat": coordinates.get(d, (None, None))[0], "lon": coordinates.get(d, (None, None))[1]}
                        for d, n in _sorted(by_district)],
        "by_year": [{"year": year, "companies": n} for year, n in sorted(Counter(
            c.facts.incorporated.year for c in counted if c.facts.incorporated).items())],
        "by_accounts": [{"category": category, "companies": n} for category, n in _sorted(Counter(
            (c.facts.accounts_category or "NOT STATED").title() for c in counted))],
        "growth": _growth([c for c in everyone if include_flagged or not c.flagged]),
        "flagged": [_company(c, finds) for c in current if c.flagged],
        "companies": [_company(c, finds) for c in sorted(everyone, key=lambda c: c.facts.name)],
    }


def _sorted(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _growth(companies: list[SectorCompany]) -> list[dict[str, int]]:
    """Per year: incorporated, dissolved or gone from the register or the area, and active at
    the year's end (incorporated by then and not yet gone)."""
    born = Counter(c.facts.incorporated.year for c in companies if c.facts.incorporated)
    ended: Counter[int] = Counter()
    for c in companies:
        year = _end_year(c)
        if year is not None:
            ended[year] += 1
    years = sorted(set(born) | set(ended))
    out, active = [], 0
    for year in range(years[0], years[-1] + 1) if years else ():
        active += born.get(year, 0) - ended.get(year, 0)
        out.append({"year": year, "incorporated": born.get(year, 0), "ended": ended.get(year, 0), "active": active})
    return out


def _end_year(company: SectorCompany) -> int | None:
    if company.facts.dissolved is not None:
        return company.facts.dissolved.year
    return company.facts.left.since.year if company.facts.left is not None else None


def _company(c: SectorCompany, finds: Finds) -> dict[str, Any]:
    # Only a full profile the caller may find is named: a register-only company and one whose
    # profile is hidden from the caller look the same.
    profile = c.profile_for(finds) if c.full_profile_for(finds) else None
    return {
        "number": c.number, "name": c.facts.name, "town": c.town, "district": c.district,
        "sic": [{"code": s.code, "description": s.description} for s in c.facts.sic],
        "incorporated": c.facts.incorporated.isoformat() if c.facts.incorporated else None,
        "accounts_category": c.facts.accounts_category, "status": c.facts.status,
        "flags": [f.model_dump() for f in c.facts.flags],
        "left": c.facts.left.model_dump(mode="json") if c.facts.left else None,
        "profile_id": profile[0] if profile else None,
        "profile_name": profile[1] if profile else None,
        "full_profile": c.full_profile_for(finds),
    }
