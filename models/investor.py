"""Investment criteria: what an investor looks for, as an investor profile states it and as an
interest is read or given directly.

One set of fields serves both sides of investor matching, so an investor's profile, a pasted
interest and a structured request are read the same way:

- ``ticket_gbp``: one cheque (an angel's £10k-25k); ``round_gbp``: the size of rounds they join
  (a fund's "rounds of £250k-£1m"). Either side of a range may be left open ("up to £50k").
- ``stages``: pre-seed, seed, series-a, series-b, growth, established.
- ``sectors`` and ``exclude_sectors``: sector names (games, animation, vfx, immersive,
  post-production, drama, documentary, …; ``matcher.investors.sectors`` lists them and the words
  people use for them).
- ``own_ip``: true when they want companies that own their IP.
- ``seis`` / ``eis``: true when they invest under that scheme; both true means either will do.
- ``places`` and ``radius_km``: towns, postcode districts, counties or regions, and how far from
  a town counts; an investor profile with a radius and no places measures from its own location.
- ``employees`` and ``age_years``: company size and years since founding, when stated.

Unknown fields are refused (``Record``), so a typo such as "ticket_gpb" names the field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from models.profile import GbpRange, Record, Stage

__all__ = ["CRITERIA", "CountRange", "CriterionName", "InterestCriteria", "InvestmentCriteria", "InvestorFacts",
           "InvestorType"]

InvestorType = Literal["angel", "syndicate", "fund", "public-fund"]
CriterionName = Literal["ticket", "round", "stage", "sectors", "exclude_sectors", "own_ip", "tax_relief",
                        "geography", "employees", "age"]
# Every criterion, in the order breakdowns list them.
CRITERIA: tuple[CriterionName, ...] = ("sectors", "exclude_sectors", "stage", "ticket", "round", "tax_relief",
                                        "own_ip", "geography", "employees", "age")


class CountRange(GbpRange):
    """A range of counts (employees, years): the same shape and checks as a money range."""


class InvestmentCriteria(Record):
    ticket_gbp: GbpRange | None = Field(None, description="one cheque: {min, max} in GBP, either may be open")
    round_gbp: GbpRange | None = Field(None, description="the size of rounds they join: {min, max} in GBP")
    stages: list[Stage] = Field(default_factory=list, description="pre-seed, seed, series-a, series-b, growth, "
                                                                  "established")
    sectors: list[str] = Field(default_factory=list, description="games, animation, vfx, immersive, drama, …")
    exclude_sectors: list[str] = Field(default_factory=list, description="sectors they do not invest in")
    own_ip: bool | None = Field(None, description="true: companies that own their IP")
    seis: bool | None = Field(None, description="true: invests under SEIS (with eis: either scheme)")
    eis: bool | None = Field(None, description="true: invests under EIS (with seis: either scheme)")
    places: list[str] = Field(default_factory=list, description="towns, postcode districts, counties or regions")
    radius_km: float | None = Field(None, gt=0, le=2000, description="how far from a town (or the investor's "
                                                                     "own location) counts")
    employees: CountRange | None = Field(None, description="company size: {min, max} employees")
    age_years: CountRange | None = Field(None, description="years since founding: {min, max}")

    @field_validator("sectors", "exclude_sectors", "places")
    @classmethod
    def _clean_terms(cls, values: list[str]) -> list[str]:
        return list(dict.fromkeys(value.strip() for value in values if value and value.strip()))

    @field_validator("stages")
    @classmethod
    def _unique_stages(cls, values: list[Stage]) -> list[Stage]:
        return list(dict.fromkeys(values))

    def is_empty(self) -> bool:
        return self == type(self)()


class InvestorFacts(InvestmentCriteria):
    """An investor profile's stated interest (the ``investor`` object of an ``investor`` profile).
    Their thesis, in their own words, is the profile's ``summary``."""

    type: InvestorType = Field(description="angel, syndicate, fund or public-fund")


class InterestCriteria(InvestmentCriteria):
    """An interest's criteria, read from text or given directly, with the ones made hard filters."""

    strict: list[CriterionName | Literal["all"]] = Field(
        default_factory=list, description="criteria a company must meet or partly meet (unknown is dropped); "
                                          "'all' for every criterion given")

    def strict_names(self) -> frozenset[str]:
        return frozenset(CRITERIA) if "all" in self.strict else frozenset(self.strict)
