"""Profiles as a caller sees them, pages of them, and what an import did."""

from __future__ import annotations

from pydantic import BaseModel, Field

from models.investor import InvestorFacts  # noqa: F401  (Profile.investor's type, named where pages of profiles build)
from models.profile import Profile

__all__ = ["ImportResult", "LineProblem", "ProfilePageOut", "ProfileView"]


class ProfileView(Profile):
    """A profile with what the caller's role may not see left out, and named in ``withheld``."""

    withheld: list[str] = Field(default_factory=list, description="fields held back from this caller's role")


class ProfilePageOut(BaseModel):
    items: list[ProfileView]
    total: int = Field(description="profiles this caller may see that match the filter")
    limit: int
    offset: int


class LineProblem(BaseModel):
    line: int
    field: str
    message: str


class ImportResult(BaseModel):
    imported: int = Field(description="profiles stored")
    created: int
    updated: int
    skipped: list[LineProblem] = Field(default_factory=list, description="invalid lines left out (skip_invalid)")
