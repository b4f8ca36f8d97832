"""Shortlists: what staff save from a crew sheet, how they work them, and how they come back."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from models.brief import Brief
from models.profile import Contact, GbpRange
from service.schemas.common import RequestModel

__all__ = [
    "CheckOut",
    "CheckResult",
    "ChecksIn",
    "ChecksOut",
    "ItemPatch",
    "ItemsIn",
    "MailStatus",
    "OrderIn",
    "ProfileCard",
    "ShortlistIn",
    "ShortlistItemIn",
    "ShortlistItemOut",
    "ShortlistOut",
    "ShortlistPatch",
    "ShortlistSummary",
    "Status",
]

Status = Literal["suggested", "asked", "available", "booked", "declined"]
ProfileId = Field(min_length=1, max_length=128)


class ShortlistItemIn(RequestModel):
    profile_id: str = ProfileId
    need: str | None = Field(None, max_length=200, description="the need it answers, e.g. 'Gaffer'")
    note: str | None = Field(None, max_length=2000)
    status: Status = "suggested"


class ShortlistIn(RequestModel):
    name: str = Field(min_length=1, max_length=200)
    production: str | None = Field(None, min_length=1, max_length=200,
                                   description="the production as crew read it in an availability check; one "
                                               "shortlist per production (default: the name)")
    brief: Brief | None = None
    items: list[ShortlistItemIn] = Field(default_factory=list, max_length=500)


class ShortlistPatch(RequestModel):
    name: str | None = Field(None, min_length=1, max_length=200)
    production: str | None = Field(None, min_length=1, max_length=200)
    brief: Brief | None = None

    @model_validator(mode="after")
    def _something(self) -> ShortlistPatch:
        if self.name is None and self.production is None and self.brief is None:
            raise ValueError("give a name, a production or a brief to change")
        return self


class ItemsIn(RequestModel):
    items: list[ShortlistItemIn] = Field(min_length=1, max_length=500)


class ItemPatch(RequestModel):
    note: str | None = Field(None, max_length=2000, description="'' clears it")
    need: str | None = Field(None, max_length=200)
    status: Status | None = None

    @model_validator(mode="after")
    def _something(self) -> ItemPatch:
        if not self.model_fields_set:
            raise ValueError("give a note, a need or a status to change")
        return self


class OrderIn(RequestModel):
    profile_ids: list[str] = Field(max_length=500, description="everyone on the shortlist, in the new order")


class ProfileCard(BaseModel):
    """The live profile behind a shortlist item, as the film office needs it to call round."""

    id: str
    kind: str
    name: str
    headline: str | None = None
    roles: list[str] = Field(default_factory=list)
    town: str | None = None
    day_rate_gbp: GbpRange | None = None
    contact: Contact | None = None


class CheckOut(BaseModel):
    """The latest availability check sent to a person on the shortlist, and their answer."""

    sent_at: dt.datetime
    expires_at: dt.datetime
    transport: str = Field(description="smtp | outbox")
    delivered: bool
    error: str | None = None
    start: dt.date
    end: dt.date
    answered_at: dt.datetime | None = None
    answer: Literal["available", "unavailable", "partly"] | None = None
    note: str | None = None
    free_start: dt.date | None = None
    free_end: dt.date | None = None
    diary_updated: bool | None = None


class ShortlistItemOut(BaseModel):
    profile_id: str
    need: str | None = None
    note: str | None = None
    status: Status = "suggested"
    status_at: dt.datetime | None = None
    profile: ProfileCard
    distance_km: float | None = Field(None, description="to the nearest of the brief's shoot locations")
    distance_miles: float | None = None
    nearest_location: str | None = None
    availability: str | None = Field(None, description="their diary over the shoot dates: available | partly "
                                                       "available | booked | unknown; none without dates")
    check: CheckOut | None = None


class ShortlistSummary(BaseModel):
    id: str
    name: str
    production: str
    owner: str
    item_count: int
    statuses: dict[str, int] = Field(description="how many people have each status")
    created_at: dt.datetime
    updated_at: dt.datetime


class ShortlistOut(BaseModel):
    id: str
    name: str
    production: str
    owner: str
    brief: Brief | None = None
    items: list[ShortlistItemOut]
    created_at: dt.datetime
    updated_at: dt.datetime


class ChecksIn(RequestModel):
    profile_ids: list[str] | None = Field(None, min_length=1, max_length=100,
                                          description="who to ask (default: everyone still 'suggested')")
    message: str | None = Field(None, max_length=1000, description="a few words from the office, put in the email")
    start: dt.date | None = Field(None, description="the shoot dates to ask about (default: the brief's)")
    end: dt.date | None = None

    @model_validator(mode="after")
    def _both_dates(self) -> ChecksIn:
        if (self.start is None) != (self.end is None):
            raise ValueError("give both start and end, or neither")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class CheckResult(BaseModel):
    profile_id: str
    name: str
    outcome: Literal["sent", "outbox", "skipped", "failed"]
    detail: str


class MailStatus(BaseModel):
    transport: Literal["smtp", "outbox"]
    detail: str = Field(description="where messages go, in a sentence")


class ChecksOut(BaseModel):
    mail: MailStatus
    results: list[CheckResult]
