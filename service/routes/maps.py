"""The crew sheet's map: where a tile server is (if any), the county outline, and where each
match is drawn (district centroids; only profiles the caller may find)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from service.deps import PublicCaller, RuntimeDep
from service.maps import DEFAULT_COUNTY, county_outline, map_point
from service.schemas.maps import MapConfig, MapPlace, PlacesIn

__all__ = ["router"]

router = APIRouter(prefix="/maps", tags=["maps"])


@router.get("/config", response_model=MapConfig, summary="The map's tile server (if configured) and county")
def config(_caller: PublicCaller, runtime: RuntimeDep) -> MapConfig:
    settings = runtime.settings
    return MapConfig(tile_url=settings.map_tile_url, tile_attribution=settings.map_tile_attribution,
                     county=DEFAULT_COUNTY)


@router.get("/outline", response_model=dict, summary="The county's outline as GeoJSON, built from the shipped "
            "postcode district centroids")
def outline(_caller: PublicCaller) -> JSONResponse:
    return JSONResponse(county_outline(DEFAULT_COUNTY), headers={"Cache-Control": "public, max-age=86400"})


@router.post("/places", response_model=list[MapPlace], summary="Where to draw each profile: its postcode "
             "district's (or town's) centroid")
def places(body: PlacesIn, caller: PublicCaller, runtime: RuntimeDep) -> list[MapPlace]:
    profiles = runtime.catalogue.get_many(body.profile_ids)
    out = []
    for profile_id in dict.fromkeys(body.profile_ids):
        profile = profiles.get(profile_id)
        if profile is None or not caller.role.finds(profile.visibility):
            continue  # unknown, and hidden from this role, alike: simply not on the map
        point = map_point(profile)
        if point is not None:
            out.append(MapPlace(id=profile_id, lat=point[0], lon=point[1], place=point[2]))
    return out
