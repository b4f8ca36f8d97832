"""The map of a crew sheet: where things are, and what the page draws them on."""

from __future__ import annotations

from pydantic import BaseModel, Field

from service.schemas.common import RequestModel

__all__ = ["MapConfig", "MapPlace", "PlacesIn"]


class MapConfig(BaseModel):
    tile_url: str | None = Field(None, description="a tile server's URL template; none: the county outline alone")
    tile_attribution: str = ""
    county: str


class PlacesIn(RequestModel):
    profile_ids: list[str] = Field(min_length=1, max_length=200)


class MapPlace(BaseModel):
    id: str
    lat: float
    lon: float
    place: str = Field(description="the postcode district or town the point stands for")
