"""Shortlists: what staff save from a crew sheet, and how they come back."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from models.brief import Brief
from models.profile import Contact, GbpRange
from service.schemas.common import RequestModel

__all__ = ["ProfileCard", "ShortlistIn", "ShortlistItemIn", "ShortlistItemOut", "ShortlistOut", "ShortlistSummary"]


class ShortlistItemIn(RequestModel):
    profile_id: str = Field(min_length=1, max_length=128)
    need: str | None = Field(None, max_length=200, description="the need it answers, e.g. 'Gaffer'")
    note: str | None = Field(None, max_length=2000)


class ShortlistIn(RequestModel):
    name: str = Field(min_length=1, max_length=200)
    brief: Brief | None = None
    items: list[ShortlistItemIn] = Field(default_factory=list, max_length=500)


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


class ShortlistItemOut(BaseModel):
    profile_id: str
    need: str | None = None
    note: str | None = None
    profile: ProfileCard


class ShortlistSummary(BaseModel):
    id: str
    name: str
    owner: str
    item_count: int
    created_at: dt.datetime
    updated_at: dt.datetime


class ShortlistOut(BaseModel):
    id: str
    name: str
    owner: str
    brief: Brief | None = None
    items: list[ShortlistItemOut]
    created_at: dt.datetime
    updated_at: dt.datetime
