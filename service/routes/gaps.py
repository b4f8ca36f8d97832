"""The gap report (staff): what briefs asked for that the cluster could not supply locally.

Briefs are personal to the production, so the whole report is the film office's: every route
here needs a staff key, and what it returns aggregates (the lost briefs' list quotes only a
brief's first words, for staff to find it).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from matcher.sector import gap_report, gaps_csv
from service.deps import RuntimeDep, StaffCaller
from service.runtime import Runtime
from service.schemas.gaps import GapReportOut, GapSource

__all__ = ["router"]

router = APIRouter(prefix="/gaps", tags=["gaps"])

Source = Query("all", description="all briefs, 'real' ones only, or the 'demo' data the demo seeded")


def _report(runtime: Runtime, source: str) -> dict[str, Any]:
    return gap_report(runtime.engine.store.recorded_briefs(), source)


@router.get("", response_model=GapReportOut, summary="The gap report: requested against filled locally")
async def get_gaps(_caller: StaffCaller, runtime: RuntimeDep, source: GapSource = Source) -> Any:
    return await run_in_threadpool(_report, runtime, source)


@router.get("/export.csv", response_class=Response, response_model=None,
            responses={200: {"content": {"text/csv": {}}, "description": "table, key, label, kind, requested, "
                                                                         "filled, missing, briefs, detail"}},
            summary="The gap report as CSV")
async def export_gaps(_caller: StaffCaller, runtime: RuntimeDep, source: GapSource = Source) -> Response:
    body = gaps_csv(await run_in_threadpool(_report, runtime, source))
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="gap-report.csv"'})
