"""Briefs: text to understand, or text / a corrected structured brief to match."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator

from matcher.briefs.sheet import SHORTLIST_SIZE
from models.brief import Brief
from service.schemas.common import RequestModel

__all__ = ["BriefMatchRequest", "BriefText", "CorrectionOut"]


class BriefText(RequestModel):
    text: str = Field(min_length=1, description="the brief as written")
    today: dt.date | None = Field(None, description="read relative dates ('next March') from this day")


class BriefMatchRequest(RequestModel):
    text: str | None = Field(None, min_length=1, description="a brief as written…")
    brief: Brief | None = Field(None, description="…or a structured brief, e.g. one corrected after /parse")
    shortlist_size: int = Field(SHORTLIST_SIZE, ge=1, le=20)
    repeats: bool = Field(False, description="let one profile be put forward for several needs")
    today: dt.date | None = None
    sender: str | None = Field(None, min_length=1, max_length=200,
                               description="profile id of the member that sent the brief (a production company): "
                               "who on the sheet has worked with it is shown as evidence")

    @model_validator(mode="after")
    def _text_or_brief(self) -> BriefMatchRequest:
        if (self.text is None) == (self.brief is None):
            raise ValueError("give either text or brief")
        return self


class CorrectionOut(BaseModel):
    """A correction the film office made to what a brief was understood to ask for."""

    id: str
    text: str
    today: dt.date
    changes: list[dict[str, Any]] = Field(description="needs removed, added or changed")
    corrected: Brief
    by: str
    created_at: dt.datetime

    @field_validator("created_at")
    @classmethod
    def _utc(cls, moment: dt.datetime) -> dt.datetime:
        """SQLite hands back naive datetimes; every time stored is UTC (RFC 3339 needs the offset)."""
        return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment
