"""API keys as the admin sees them; the key itself only once, when created."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from service.schemas.common import RequestModel

__all__ = ["KeyIn", "KeyOut", "KeyProfilesIn", "NewKeyOut"]


class KeyIn(RequestModel):
    name: str = Field(min_length=1, max_length=100, description="who holds it: 'Film office', 'Leek Arts'")
    role: Literal["member", "staff", "admin"]
    profiles: list[str] = Field(default_factory=list, max_length=20,
                                description="member keys: the profiles it owns and may edit")


class KeyProfilesIn(RequestModel):
    profiles: list[str] = Field(max_length=20, description="the profiles this member key owns (replacing the old)")


class KeyOut(BaseModel):
    id: int
    name: str
    role: str
    prefix: str = Field(description="the first characters of the key, to recognise it")
    created_at: dt.datetime
    revoked_at: dt.datetime | None = None
    profiles: list[str] = Field(default_factory=list, description="profiles a member key owns")


class NewKeyOut(KeyOut):
    key: str = Field(description="the key; shown this once, stored only as a hash")
