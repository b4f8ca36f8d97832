"""The gap report as the API returns it (``GET /api/gaps``, staff only)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["GapReportOut", "GapSource"]

GapSource = Literal["all", "real", "demo"]


class Counts(BaseModel):
    requested: int = Field(description="needs asked for")
    filled: int = Field(description="needs someone local could fill")
    missing: int
    briefs: int = Field(description="briefs that asked")


class DepartmentRow(Counts):
    department: str
    label: str
    kind: str


class RoleRow(Counts):
    role: str | None = Field(description="taxonomy id; None for a need the taxonomy does not name")
    label: str
    department: str
    kind: str


class MonthRow(Counts):
    month: str = Field(description="YYYY-MM")


class LostRole(BaseModel):
    role: str | None
    label: str
    briefs: int


class LostBrief(BaseModel):
    id: str
    received: str
    shoot_month: str | None
    missing: list[str]
    excerpt: str = Field(description="the brief's first words, for staff to find it")
    demo: bool


class Lost(BaseModel):
    count: int = Field(description="briefs with at least one need no one local could fill")
    by_role: list[LostRole]
    briefs: list[LostBrief]


class MissingClass(BaseModel):
    label: str
    missing: int


class FacilityRow(BaseModel):
    facility: str
    suspect: bool = Field(description="one of the cluster strategy's suspects: studio space, post-production, "
                                      "equipment hire")
    departments: list[str]
    requested: int
    filled: int
    missing: int
    missing_classes: list[MissingClass]


class GapReportOut(BaseModel):
    source: GapSource
    briefs: int
    demo_briefs: int = Field(description="briefs the demo seeded (marked as demo data)")
    needs: int
    filled: int
    missing: int
    by_department: list[DepartmentRow]
    by_role: list[RoleRow]
    by_month: list[MonthRow] = Field(description="by the month the brief came in")
    by_shoot_month: list[MonthRow] = Field(description="by the month its shoot starts, where it says")
    most_missing: list[RoleRow]
    lost_briefs: Lost
    facilities: list[FacilityRow]
