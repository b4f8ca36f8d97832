"""The sector map as the API returns it (``GET /api/sector``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["DistrictMapOut", "SectorMapOut"]


class Totals(BaseModel):
    companies: int = Field(description="screen companies on the register in the area, flagged ones "
                                       "left out unless include_flagged")
    registered: int = Field(description="all on the register in the area, flagged or not")
    flagged: int
    likely_spv: int
    dormant: int
    strike_off: int
    left: int = Field(description="kept once, since gone from the register or the area (marked, not deleted)")
    with_profile: int = Field(description="with a full profile the caller may see")
    register_only: int = Field(description="known from the register only (or a profile hidden from the caller)")


class SicCount(BaseModel):
    code: str
    description: str
    companies: int


class TownCount(BaseModel):
    town: str
    companies: int


class DistrictCount(BaseModel):
    district: str
    companies: int
    with_profile: int
    lat: float | None = None
    lon: float | None = None


class YearCount(BaseModel):
    year: int
    companies: int


class AccountsCount(BaseModel):
    category: str
    companies: int


class Growth(BaseModel):
    year: int
    incorporated: int
    ended: int = Field(description="dissolved, or gone from the register or the area, that year")
    active: int = Field(description="on the register at the end of the year")


class Flag(BaseModel):
    flag: str
    rule: str
    reason: str


class Left(BaseModel):
    reason: str
    since: str


class Sic(BaseModel):
    code: str
    description: str


class Company(BaseModel):
    number: str
    name: str = Field(description="the registered name")
    town: str
    district: str | None
    sic: list[Sic]
    incorporated: str | None
    accounts_category: str | None
    status: str
    flags: list[Flag]
    left: Left | None
    profile_id: str | None = Field(description="its full profile, when the caller may see it")
    profile_name: str | None
    full_profile: bool


class RegionalYear(BaseModel):
    year: int
    region: int
    uk: int | None
    by_sic: dict[str, int]


class RegionalContext(BaseModel):
    region: str
    source: str
    measure: str
    years: list[RegionalYear]


class SectorMapOut(BaseModel):
    area: str | None = Field(description="the area of the last register import")
    as_of: str | None = Field(description="the date of the register snapshot")
    source: str | None
    imported_at: str | None
    include_flagged: bool
    totals: Totals
    by_sic: list[SicCount]
    by_town: list[TownCount]
    by_district: list[DistrictCount]
    by_year: list[YearCount]
    by_accounts: list[AccountsCount]
    growth: list[Growth]
    flagged: list[Company]
    companies: list[Company] = Field(description="every company the import kept, gone ones included")
    context: RegionalContext


class DistrictProperties(BaseModel):
    district: str
    town: str | None = Field(description="the post town most of its companies give")
    companies: int
    with_profile: int
    in_area: bool = Field(description="one of the area's postcode districts")
    lat: float = Field(description="the district's centroid")
    lon: float


class Polygon(BaseModel):
    type: Literal["Polygon"] = "Polygon"
    coordinates: list[list[list[float]]] = Field(description="one ring of [lon, lat], closed")


class DistrictFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: Polygon
    properties: DistrictProperties


class DistrictMapOut(BaseModel):
    """GeoJSON: each district drawn as its cell around the shipped centroid (an approximation)."""

    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[DistrictFeature]
