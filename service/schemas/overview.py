"""A profile page's data: the profile as the caller may see it, and what the page adds."""

from __future__ import annotations

from pydantic import BaseModel, Field

from service.schemas.profiles import ProfileView

__all__ = ["CoWorkerOut", "DistanceOut", "ProfileOverview"]


class DistanceOut(BaseModel):
    location: str
    km: float
    miles: float


class CoWorkerOut(BaseModel):
    id: str
    kind: str
    name: str = Field(description="or what they do, when the caller may not see the name")
    productions: list[str] = Field(description="the productions they were both credited on: 'Title (2024)'")


class ProfileOverview(BaseModel):
    profile: ProfileView
    distances: list[DistanceOut] = Field(default_factory=list, description="from each shoot location asked about")
    nearest: DistanceOut | None = None
    availability: str | None = Field(None, description="the diary over the dates asked about (members and above)")
    worked_with: list[CoWorkerOut] = Field(default_factory=list, description="shared credits: same title and year")
    editable: bool = Field(False, description="whether the caller may edit this profile")
