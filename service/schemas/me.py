"""Who is calling, and a member's own profiles."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from models.profile import Availability
from service.schemas.common import RequestModel

__all__ = ["DiaryIn", "DiaryMark", "MeOut"]


class MeOut(BaseModel):
    role: Literal["public", "member", "staff", "admin"]
    name: str
    profiles: list[str] = Field(default_factory=list, description="profiles this key owns and edits (member keys)")
    edits_any: bool = Field(description="staff and admin edit any profile")


class DiaryIn(RequestModel):
    """The whole diary, replacing what was there."""

    availability: list[Availability] = Field(max_length=200)


class DiaryMark(RequestModel):
    """Mark a stretch of days: available, booked, or clear (nothing known)."""

    start: dt.date
    end: dt.date
    status: Literal["available", "booked", "clear"]

    @model_validator(mode="after")
    def _ordered(self) -> DiaryMark:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if (self.end - self.start).days > 3 * 366:
            raise ValueError("mark at most three years at once")
        return self
