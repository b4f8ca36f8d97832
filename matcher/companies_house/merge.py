"""Register facts into profiles: create by company number, update without clobbering.

The register owns the company's register facts (``company.companies_house``: registered name,
address, status, incorporation, accounts, SIC codes with descriptions, flags) and the
company facts it states (``company.number``, ``company.sic_codes``, ``company.founded``).
Everything else belongs to whoever wrote it. Fields the register can also fill for a company
that has no profile yet (name, headline, sectors, location) follow the register only while
they still hold what the register last put there: a name, headline, town or sector list a
member or the film office wrote is never overwritten, whoever wrote it first. Summary, roles,
skills, contact, visibility and the rest are never touched.

A company created from the register alone is public (register facts are public) and has the
id ``ch-<number>``; its searchable text is its name and its SIC descriptions.
"""

from __future__ import annotations

import datetime as dt
import re

from matcher.companies_house.sic import sectors_for
from models.profile import CompanyFacts, Location, Profile, RegisterFacts, RegisterLeft

__all__ = [
    "MEMBER_FIELDS",
    "derived_headline",
    "derived_location",
    "has_full_profile",
    "mark_left",
    "merge_register",
    "register_note",
    "register_profile_id",
    "town_case",
]

# Fields only a member or the film office writes: any of them makes a full profile.
MEMBER_FIELDS = ("summary", "roles", "skills", "equipment", "facilities", "credits", "availability",
                 "day_rate_gbp", "contact")
_LOWER_WORDS = {"on", "upon", "under", "in", "le", "by", "the", "of", "and", "with", "next", "sub", "cum"}
INVITE = "no profile yet: invite them"


def register_profile_id(number: str) -> str:
    return f"ch-{number}"


def town_case(town: str) -> str:
    """'STOKE-ON-TRENT' -> 'Stoke-on-Trent'; 'BURTON UPON TRENT' -> 'Burton upon Trent'."""
    parts = re.split(r"([ -])", town.strip().lower())
    out = []
    for i, part in enumerate(parts):
        word = part if (i and part in _LOWER_WORDS) or part in (" ", "-") else part[:1].upper() + part[1:]
        out.append(word)
    return "".join(out)


def derived_headline(facts: RegisterFacts) -> str | None:
    """What the register says a company does: its SIC descriptions."""
    return "; ".join(s.description for s in facts.sic) or None


def derived_location(facts: RegisterFacts) -> Location | None:
    address = facts.address
    if address is None or not (address.town or address.postcode):
        return None
    return Location(town=town_case(address.town) if address.town else None, postcode=address.postcode)


def merge_register(existing: Profile | None, number: str, facts: RegisterFacts) -> Profile:
    """The profile with these register facts: new when ``existing`` is None, else ``existing``
    with only what the register owns (or last wrote) changed."""
    codes = [s.code for s in facts.sic]
    founded = facts.incorporated.year if facts.incorporated else None
    if existing is None:
        return Profile(
            id=register_profile_id(number), kind="company", name=facts.name, headline=derived_headline(facts),
            sectors=sectors_for(codes), location=derived_location(facts), visibility="public",
            company=CompanyFacts(number=number, sic_codes=codes, founded=founded, companies_house=facts))
    old = existing.company.companies_house if existing.company else None
    company = (existing.company or CompanyFacts()).model_copy(
        update={"number": number, "sic_codes": codes, "founded": founded, "companies_house": facts})
    update: dict[str, object] = {"company": company}
    if _follows(existing.name, old.name if old else None):
        update["name"] = facts.name
    if _follows(existing.headline, derived_headline(old) if old else None):
        update["headline"] = derived_headline(facts)
    if _follows(existing.sectors or None, (sectors_for([s.code for s in old.sic]) or None) if old else None):
        update["sectors"] = sectors_for(codes)
    if _follows(existing.location, derived_location(old) if old else None):
        update["location"] = derived_location(facts)
    return existing.model_copy(update=update)


def mark_left(existing: Profile, reason: str, since: dt.date, facts: RegisterFacts | None = None) -> Profile:
    """Mark a company that left the register or the area; with ``facts`` (its row in the
    snapshot) its register facts are brought up to date too. Nothing is deleted. The date is
    that of the first snapshot that showed it gone, for as long as the reason holds."""
    old = existing.company.companies_house if existing.company else None
    current = facts or old
    if current is None or existing.company is None or existing.company.number is None:
        return existing
    left = old.left if old is not None and old.left is not None and old.left.reason == reason else \
        RegisterLeft(reason=reason, since=since)
    return merge_register(existing, existing.company.number, current.model_copy(update={"left": left}))


def has_full_profile(profile: Profile) -> bool:
    """Whether a member or the film office wrote anything beyond the register's facts."""
    if any(getattr(profile, name) for name in MEMBER_FIELDS):
        return True
    register = profile.company.companies_house if profile.company else None
    return bool(profile.headline) and (register is None or profile.headline != derived_headline(register))


def register_note(profile: Profile) -> str | None:
    """What a crew sheet says of a company known from the register: it left the register or
    the area, or there is no profile yet (the match rests on register facts only)."""
    register = profile.company.companies_house if profile.company else None
    if register is None:
        return None
    if register.left is not None:
        return f"left the register or the area: {register.left.reason}"
    return None if has_full_profile(profile) else INVITE


def _follows(current: object, last_written: object) -> bool:
    """A field follows the register while it is empty or still what the register wrote."""
    return current is None or current == last_written
