"""From a profile to what the index needs: texts per field, canonical roles, a place, dates.

A profile's role words are normalised to the same taxonomy briefs are read into (its roles, and a
company's or facility's listed facilities and services), so a need and its holders meet on one id.

The embedded text leads with what a profile *is* (kind, roles, headline) and then what it
can *do* (skills, kit, facilities, credits): the model reads only the first 256 tokens, so
the long free-text summary comes last instead of pushing the roles out.

A freelancer's name is personal data and no part of what they do, so it is kept out of the
indexed text: the name field, and every word of their names, nicknames, trading names and
handles in every field they wrote (``matcher.personal_names``): a search can then never
confirm who a profile hidden by name belongs to. Companies are found by name.

What a role cannot read cannot rank for it: the public finds a freelancer whose profile is
open to members by what they do, but not their summary (written in the first or third person,
it is withheld from the public, ``service.visibility``), so such a summary is not indexed at
all; a phrase from it finds nothing and no score or matched word comes from it.
``DOCUMENTS_VERSION`` names these rules: a saved index made under older ones is rebuilt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from matcher.companies_house.sic import roles_for
from matcher.geo import load_gazetteer
from matcher.personal_names import person_remover
from matcher.taxonomy import Taxonomy, load_taxonomy
from models.profile import Credit, GbpRange, Profile

__all__ = ["DOCUMENTS_VERSION", "FIELDS", "Document", "to_document"]

DOCUMENTS_VERSION = 2  # 2: every token of a freelancer's names and handles out; members-only summaries out

# Searchable fields, in the order they are embedded and explained.
FIELDS = ("roles", "headline", "skills", "equipment", "facilities", "credits", "sectors",
          "languages", "summary", "name", "town")
_EMBEDDED = ("roles", "headline", "skills", "equipment", "facilities", "credits", "sectors",
             "languages", "summary")
_LABELS = {"skills": "Skills", "equipment": "Equipment", "facilities": "Facilities",
           "credits": "Credits", "sectors": "Sectors", "languages": "Languages"}
_KIND_WORDS = {"company": "Company", "freelancer": "Freelancer", "facility": "Facility", "investor": "Investor"}


@dataclass(frozen=True)
class Document:
    id: str
    kind: str
    name: str
    fields: dict[str, str]
    role_ids: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    place: str | None = None
    travel_radius_km: float | None = None
    # (start, end, status) with overlapping windows of one status merged.
    availability: tuple[tuple[dt.date, dt.date, str], ...] = ()
    rate_min: float | None = None
    rate_max: float | None = None
    visibility: str = "members"

    def embedding_text(self) -> str:
        parts = [f"{_KIND_WORDS[self.kind]}: {self.fields['roles']}".rstrip(": ")]
        for name in _EMBEDDED[1:]:
            text = self.fields.get(name, "")
            if text:
                parts.append(f"{_LABELS[name]}: {text}" if name in _LABELS else text)
        return ". ".join(parts)

    def lexical_text(self) -> str:
        return " \n".join(text for text in self.fields.values() if text)


def to_document(profile: Profile, *, use_taxonomy: bool = True) -> Document:
    taxonomy = load_taxonomy()
    role_ids = _role_ids(profile, taxonomy)
    departments = tuple(dict.fromkeys(taxonomy.roles[r].department for r in role_ids))
    lat, lon, place = _locate(profile)
    private = person_remover(profile) if profile.kind == "freelancer" else _as_is
    # The canonical labels are the taxonomy's words, not theirs: a gaffer named Carpenter keeps "Carpenter".
    own_roles = [private(r) for r in profile.roles]
    canonical = [taxonomy.roles[r].label for r in role_ids] if use_taxonomy else []
    fields = {
        "roles": "; ".join(dict.fromkeys(r for r in own_roles + canonical if r)),
        "headline": private(profile.headline or ""),
        "skills": _joined(private, profile.skills),
        "equipment": _joined(private, profile.equipment),
        "facilities": _joined(private, profile.facilities),
        "credits": _joined(private, [_credit_text(c) for c in profile.credits]),
        "sectors": "; ".join(profile.sectors),
        "languages": "; ".join(profile.languages),
        "summary": private(profile.summary or "") if _summary_indexed(profile) else "",
        "name": "" if profile.kind == "freelancer" else profile.name,
        "town": (profile.location.town or "") if profile.location else "",
    }
    rate = profile.day_rate_gbp
    return Document(
        id=profile.id, kind=profile.kind, name=profile.name, fields=fields,
        role_ids=tuple(role_ids), departments=departments, sectors=tuple(profile.sectors),
        lat=lat, lon=lon, place=place, travel_radius_km=profile.travel_radius_km,
        availability=_merged_windows(profile), rate_min=_rate_floor(rate),
        rate_max=rate.max if rate else None, visibility=profile.visibility,
    )


def _role_ids(profile: Profile, taxonomy: Taxonomy) -> list[str]:
    """The profile's role words normalised to the taxonomy a brief is read into: its roles, and for a
    company or facility the services it lists ("Honeywagon and welfare unit hire"), read as a brief
    would be, at full confidence only (a longer name the taxonomy does not know is not taken).
    A company that wrote no roles takes them from its register SIC codes (59120 is a
    post-production house), so a register-only company answers the same need a member would."""
    role_ids, _ = taxonomy.normalise(profile.roles)
    register = profile.company.companies_house if profile.company else None
    if not profile.roles and register is not None:
        role_ids += [r for r in roles_for([s.code for s in register.sic]) if r in taxonomy.roles]
    if profile.kind != "freelancer":
        for text in profile.facilities:
            role_ids += [m.role.id for m in taxonomy.mentions(text) if m.confidence == 1.0]
    return list(dict.fromkeys(role_ids))


def _as_is(text: str) -> str:
    return text


def _joined(private: Callable[[str], str], items: list[str]) -> str:
    return "; ".join(kept for kept in (private(item) for item in items) if kept)


def _summary_indexed(profile: Profile) -> bool:
    """A freelancer's summary is indexed only where everyone who finds the profile may read it:
    open to the public (name and summary shown), or to staff only (only staff find it)."""
    return profile.kind != "freelancer" or profile.visibility in ("public", "staff")


def _credit_text(credit: Credit) -> str:
    bits = [credit.title]
    if credit.year:
        bits[0] += f" ({credit.year})"
    bits += [b for b in (credit.role, credit.type) if b]
    return ", ".join(bits)


def _locate(profile: Profile) -> tuple[float | None, float | None, str | None]:
    location = profile.location
    if location is None:
        return None, None, None
    label = location.town or location.postcode
    if location.lat is not None and location.lon is not None:
        return location.lat, location.lon, label
    gazetteer = load_gazetteer()
    for text in (location.postcode, location.town):
        place = gazetteer.resolve(text) if text else None
        if place is not None:
            return place.lat, place.lon, label or place.name
    return None, None, label


def _rate_floor(rate: GbpRange | None) -> float | None:
    if rate is None:
        return None
    return rate.min if rate.min is not None else rate.max


def _merged_windows(profile: Profile) -> tuple[tuple[dt.date, dt.date, str], ...]:
    merged: list[list[Any]] = []  # [start, end, status], the end stretched in place
    for window in sorted(profile.availability, key=lambda w: (w.status, w.start)):
        last = merged[-1] if merged else None
        if last and last[2] == window.status and window.start <= last[1] + dt.timedelta(days=1):
            last[1] = max(last[1], window.end)
        else:
            merged.append([window.start, window.end, window.status])
    return tuple((start, end, status) for start, end, status in merged)
