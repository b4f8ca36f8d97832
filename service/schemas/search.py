"""A search: the words and filters in, explained matches out, with the query echoed."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field, model_validator

from models.match import MatchOut
from models.profile import ProfileKind
from service.schemas.common import RequestModel

__all__ = ["DateRange", "Point", "QueryEcho", "SearchRequest", "SearchResponse"]


class Point(RequestModel):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class DateRange(RequestModel):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class SearchRequest(RequestModel):
    text: str = Field(min_length=1, description="what you are looking for, in your own words")
    kinds: list[ProfileKind] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list, description="film, tv, games, animation, …")
    near: Point | None = None
    place: str | None = Field(None, min_length=1, max_length=100,
                              description="a town or postcode district: 'Leek', 'ST13'")
    radius_km: float | None = Field(None, gt=0, le=1000, description="only within this distance of near/place")
    available: DateRange | None = None
    max_rate: float | None = Field(None, ge=0, description="day-rate ceiling in GBP")
    top_k: int = Field(10, ge=1, le=100)
    strict: bool = Field(False, description="drop profiles that are unknown on a filter instead of ranking them last")

    @model_validator(mode="after")
    def _one_origin(self) -> SearchRequest:
        if self.near is not None and self.place is not None:
            raise ValueError("give near or place, not both")
        return self


class QueryEcho(BaseModel):
    """The search as it was run: a place is shown resolved to its point."""

    text: str
    kinds: list[str]
    sectors: list[str]
    near: Point | None
    place: str | None
    radius_km: float | None
    available: DateRange | None
    max_rate: float | None
    top_k: int
    strict: bool


class SearchResponse(BaseModel):
    matches: list[MatchOut]
    took_ms: float
    query: QueryEcho
