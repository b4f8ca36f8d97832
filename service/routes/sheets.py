"""A crew sheet on paper: the brief matched again (the same ranking, as the caller's role sees
it; not recorded a second time for the gap report) and rendered as a PDF or a workbook."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from fastapi.responses import Response

from models.brief import CrewSheet
from service.caps import brief_within_caps
from service.contacts import with_contacts_on_sheet
from service.deps import PublicCaller, RuntimeDep
from service.paper import PDF_TYPE, sheet_pdf
from service.private_filters import brief_for_role, restore_brief
from service.roles import Role
from service.runtime import Runtime
from service.schemas.briefs import BriefMatchRequest
from service.visibility import identities, redact_sheet
from service.workbook import XLSX_TYPE, sheet_workbook

__all__ = ["router"]

router = APIRouter(prefix="/sheets", tags=["briefs"])


@router.post("/export.pdf", response_class=Response, response_model=None,
             responses={200: {"content": {PDF_TYPE: {}}, "description": "A4: the brief on top, one need per block"}},
             summary="A crew sheet as a PDF (same body as /api/briefs/match)")
def sheet_as_pdf(request: BriefMatchRequest, caller: PublicCaller, runtime: RuntimeDep) -> Response:
    sheet = _sheet(request, caller.role, runtime)
    return _download(sheet_pdf(sheet, caller.role.allows(Role.staff), dt.date.today()), PDF_TYPE, "pdf")


@router.post("/export.xlsx", response_class=Response, response_model=None,
             responses={200: {"content": {XLSX_TYPE: {}}, "description": "one row per match, need by need"}},
             summary="A crew sheet as an Excel workbook (same body as /api/briefs/match)")
def sheet_as_xlsx(request: BriefMatchRequest, caller: PublicCaller, runtime: RuntimeDep) -> Response:
    sheet = _sheet(request, caller.role, runtime)
    return _download(sheet_workbook(sheet, caller.role.allows(Role.staff), dt.date.today()), XLSX_TYPE, "xlsx")


def _sheet(request: BriefMatchRequest, role: Role, runtime: Runtime) -> CrewSheet:
    brief = brief_within_caps(request, runtime.settings, runtime.engine.encoder)
    matched = brief_for_role(brief, role)  # without what the role may not filter on
    sheet = runtime.engine.match_brief(matched, today=request.today, shortlist_size=request.shortlist_size,
                                       repeats=request.repeats, audience=role.audience, record=False,
                                       sender=request.sender)
    sheet = restore_brief(sheet, brief, matched)
    ids = [m.id for r in sheet.needs for m in (*r.matches, *r.beyond)] + [m.id for m in sheet.fallback_matches]
    ids += [p.id for p in sheet.packages] + ([sheet.sender.id] if sheet.sender else [])
    found = identities(runtime.engine.index, ids)
    return with_contacts_on_sheet(redact_sheet(sheet, role, found.get), role, runtime.catalogue)


def _download(content: bytes, media_type: str, extension: str) -> Response:
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="crew-sheet-{dt.date.today()}.{extension}"'})
