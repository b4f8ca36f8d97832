"""The profile import format: the public contract for cluster managers and film offices.

One profile per JSONL line (or CSV row, see ``matcher.importers``). Only ``id``, ``kind``
and ``name`` are required; every other field is optional. Unknown fields are refused so
that a typo ("skils") is reported instead of silently dropped.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if TYPE_CHECKING:  # models/__init__.py completes Profile once models.investor (built on these records) exists
    from models.investor import InvestorFacts

__all__ = [
    "Availability",
    "AvailabilityStatus",
    "CompanyFacts",
    "Contact",
    "Credit",
    "GbpRange",
    "Location",
    "Profile",
    "ProfileKind",
    "RegisterAddress",
    "RegisterFacts",
    "RegisterFlag",
    "RegisterLeft",
    "SicCode",
    "Stage",
    "Visibility",
]

ProfileKind = Literal["company", "freelancer", "facility", "investor"]
Visibility = Literal["public", "members", "staff"]
AvailabilityStatus = Literal["available", "booked"]
Stage = Literal["pre-seed", "seed", "series-a", "series-b", "growth", "established"]


# The longest text any field may hold (a summary); shorter limits are set per field below.
MAX_TEXT = 10_000
MAX_SHORT_TEXT = 300   # a name, headline, list item, town, credit title...
MAX_LIST = 200         # items in one list field (roles, skills, credits, availability windows...)


class Record(BaseModel):
    """Base for every record in the format: unknown fields are an error, strings are trimmed,
    no text is longer than ``MAX_TEXT`` or holds a NUL character, and no number is infinite
    or NaN (PostgreSQL stores neither in JSON, SQLite would silently null them)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, str_max_length=MAX_TEXT,
                              allow_inf_nan=False, defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        if _holds_nul(value):
            raise ValueError("must not contain a NUL character")
        return value


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple):
        return any(isinstance(item, str) and "\x00" in item for item in value)
    return False


ShortText = Annotated[str, Field(max_length=MAX_SHORT_TEXT)]


class Credit(Record):
    title: str = Field(min_length=1, max_length=MAX_SHORT_TEXT)
    year: int | None = Field(default=None, ge=1890, le=2100)
    role: str | None = None
    type: str | None = Field(default=None, description="feature, tv, documentary, commercial, game, short, …")


class Location(Record):
    town: str | None = None
    postcode: str | None = Field(default=None, description="A full postcode or a district such as ST13")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _lat_lon_together(self) -> Location:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon must be given together")
        return self


class Availability(Record):
    start: dt.date
    end: dt.date
    status: AvailabilityStatus = "available"

    @model_validator(mode="after")
    def _ordered(self) -> Availability:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class GbpRange(Record):
    min: float | None = Field(default=None, ge=0)
    max: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> GbpRange:
        if self.min is not None and self.max is not None and self.max < self.min:
            raise ValueError(f"max {self.max:g} is below min {self.min:g}")
        return self


class SicCode(Record):
    code: str = Field(pattern=r"^\d{5}$", description="SIC 2007 code as Companies House files it: 59111")
    description: str = Field(description="its official SIC 2007 description")


class RegisterAddress(Record):
    line1: str | None = None
    line2: str | None = None
    town: str | None = None
    county: str | None = None
    postcode: str | None = None


class RegisterFlag(Record):
    """One reason to look twice at a company: which flag, which rule raised it, and why."""

    flag: Literal["likely-spv", "dormant", "strike-off"]
    rule: str = Field(min_length=1, description="the named rule in matcher.companies_house.flags")
    reason: str = Field(min_length=1, description="why, for people")


class RegisterLeft(Record):
    """A company that left the register or the area: marked, never deleted."""

    reason: str = Field(min_length=1)
    since: dt.date = Field(description="the date of the register snapshot that showed it")


class RegisterFacts(Record):
    """What Companies House says of a company, as last imported (``matcher import-companies-house``).

    These facts belong to the register: an import rewrites them; whatever a member or the film
    office wrote elsewhere in the profile is never overwritten."""

    name: str = Field(min_length=1, description="the registered name")
    status: str = Field(min_length=1, description="CompanyStatus: 'Active', 'Active - Proposal to Strike off', ...")
    category: str | None = Field(default=None, description="CompanyCategory: 'Private Limited Company', ...")
    incorporated: dt.date | None = None
    dissolved: dt.date | None = None
    accounts_category: str | None = Field(default=None, description="Accounts.AccountCategory: 'MICRO ENTITY', ...")
    sic: list[SicCode] = Field(default_factory=list)
    address: RegisterAddress | None = None
    previous_names: list[str] = Field(default_factory=list)
    uri: str | None = None
    flags: list[RegisterFlag] = Field(default_factory=list)
    left: RegisterLeft | None = None


class CompanyFacts(Record):
    number: str | None = Field(default=None, description="Companies House number")
    sic_codes: list[str] = Field(default_factory=list)
    founded: int | None = Field(default=None, ge=1800, le=2100)
    employees: int | None = Field(default=None, ge=0)
    stage: Stage | None = None
    raising_gbp: GbpRange | None = None
    seis: bool | None = None
    eis: bool | None = None
    own_ip: bool | None = None
    companies_house: RegisterFacts | None = Field(
        default=None, description="what the register says of the company, set by the Companies House import")


class Contact(Record):
    email: str | None = Field(default=None, max_length=MAX_SHORT_TEXT)
    phone: str | None = Field(default=None, max_length=50)
    website: str | None = Field(default=None, max_length=MAX_SHORT_TEXT)

    @field_validator("email")
    @classmethod
    def _email_shape(cls, value: str | None) -> str | None:
        if value is not None and ("@" not in value or value.startswith("@") or value.endswith("@")):
            raise ValueError(f"{value!r} is not an email address")
        return value


class Profile(Record):
    id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
    kind: ProfileKind
    name: str = Field(min_length=1, max_length=300)
    headline: str | None = Field(default=None, max_length=1_000)
    summary: str | None = Field(default=None, max_length=MAX_TEXT)
    roles: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST,
                                   description="crew roles or services offered")
    skills: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)
    equipment: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)
    facilities: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)
    sectors: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)
    languages: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)
    credits: list[Credit] = Field(default_factory=list, max_length=MAX_LIST)
    location: Location | None = None
    travel_radius_km: float | None = Field(default=None, ge=0, le=20_000)
    availability: list[Availability] = Field(default_factory=list, max_length=MAX_LIST)
    day_rate_gbp: GbpRange | None = None
    company: CompanyFacts | None = None
    contact: Contact | None = None
    visibility: Visibility = "members"
    # An investor's stated interest (kind "investor" only); its thesis is the summary.
    investor: InvestorFacts | None = None

    @field_validator("roles", "skills", "equipment", "facilities", "sectors", "languages")
    @classmethod
    def _drop_blank_terms(cls, values: list[str]) -> list[str]:
        return [value.strip() for value in values if value and value.strip()]

    @field_validator("sectors")
    @classmethod
    def _lower_sectors(cls, values: list[str]) -> list[str]:
        return [value.lower() for value in values]

    @model_validator(mode="after")
    def _investor_facts_for_investors(self) -> Profile:
        if self.kind == "investor" and self.investor is None:
            raise ValueError("an investor profile needs its 'investor' object (at least its type)")
        if self.kind != "investor" and self.investor is not None:
            raise ValueError(f"only investor profiles carry an 'investor' object, not a {self.kind}")
        return self

