"""The sector map (public): the screen companies of the area from the register, counted and drawn.

Register facts are public; whether a company has a profile in the matcher is shown only for
profiles the caller may find (``Role.finds``), so counts never reveal a hidden profile.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from matcher.companies_house import DEFAULT_DISTRICTS
from matcher.sector import (
    centroids,
    district_shapes,
    latest_import,
    regional_context,
    sector_companies,
    sector_companies_csv,
    sector_counts_csv,
    sector_map,
)
from service.deps import Caller, PublicCaller, RuntimeDep
from service.runtime import Runtime
from service.schemas.sector import DistrictMapOut, SectorMapOut

__all__ = ["router"]

router = APIRouter(prefix="/sector", tags=["sector"])

IncludeFlagged = Query(False, description="count likely single-purpose vehicles, dormant companies and "
                                          "proposed strike-offs with the rest")


def _report(runtime: Runtime, caller: Caller, include_flagged: bool) -> dict[str, Any]:
    store = runtime.engine.store
    report = sector_map(sector_companies(store), caller.role.finds, include_flagged=include_flagged,
                        latest=latest_import(store), coordinates=centroids())
    return {**report, "context": regional_context()}


@router.get("", response_model=SectorMapOut, summary="The sector map: counts, growth and companies")
async def get_sector(caller: PublicCaller, runtime: RuntimeDep, include_flagged: bool = IncludeFlagged) -> Any:
    return await run_in_threadpool(_report, runtime, caller, include_flagged)


@router.get("/map", response_model=DistrictMapOut,
            summary="The county's postcode districts as GeoJSON, with companies per district",
            response_description="a FeatureCollection: one Polygon per district (its cell around the shipped "
                                 "centroid), properties district, town, companies, with_profile, in_area")
async def get_sector_map(caller: PublicCaller, runtime: RuntimeDep, include_flagged: bool = IncludeFlagged) -> Any:
    report = await run_in_threadpool(_report, runtime, caller, include_flagged)
    counts = {row["district"]: row for row in report["by_district"]}
    towns: dict[str, str] = {}
    for company in report["companies"]:
        if company["district"]:
            towns.setdefault(company["district"], company["town"])
    districts = list(dict.fromkeys([*DEFAULT_DISTRICTS, *(d for d in counts if d != "unknown")]))
    shapes = district_shapes(districts)
    known = [d for d in districts if d in centroids()]
    features = []
    for district, shape in zip(known, shapes, strict=True):
        row = counts.get(district, {})
        lat, lon = centroids()[district]
        features.append({"type": "Feature", "geometry": shape, "properties": {
            "district": district, "town": towns.get(district), "companies": row.get("companies", 0),
            "with_profile": row.get("with_profile", 0), "in_area": district in DEFAULT_DISTRICTS,
            "lat": lat, "lon": lon}})
    return {"type": "FeatureCollection", "features": features}


@router.get("/export.csv", response_class=Response, response_model=None,
            responses={200: {"content": {"text/csv": {}}, "description": "counts: table, key, label, companies, "
                                                                         "…; companies: one row per company"}},
            summary="The sector map as CSV")
async def export_sector(caller: PublicCaller, runtime: RuntimeDep, include_flagged: bool = IncludeFlagged,
                        table: Literal["counts", "companies"] = Query("counts")) -> Response:
    report = await run_in_threadpool(_report, runtime, caller, include_flagged)
    body = sector_counts_csv(report) if table == "counts" else sector_companies_csv(report)
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="sector-{table}.csv"'})
