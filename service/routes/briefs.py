"""Briefs: what the parser understood, and the crew sheet matched for the caller's role.

A structured brief sent back (after the film office corrected what was understood) is
matched as it is, without parsing again.
"""

from __future__ import annotations

from fastapi import APIRouter

from matcher.briefs.parser import parse_brief
from models.brief import Brief, CrewSheet
from service.contacts import with_contacts_on_sheet
from service.deps import PublicCaller, RuntimeDep
from service.limits import check_text_length
from service.schemas.briefs import BriefMatchRequest, BriefText
from service.visibility import identities, redact_sheet

__all__ = ["router"]

router = APIRouter(prefix="/briefs", tags=["briefs"])


@router.post("/parse", response_model=Brief, summary="Read a brief: needs, places, dates, budget")
def parse(request: BriefText, _caller: PublicCaller, runtime: RuntimeDep) -> Brief:
    check_text_length(request.text, runtime.settings.max_text_chars, "text")
    return parse_brief(request.text, today=request.today)


@router.post("/match", response_model=CrewSheet, summary="Match a brief (text or structured) to a crew sheet")
def match(request: BriefMatchRequest, caller: PublicCaller, runtime: RuntimeDep) -> CrewSheet:
    text = request.text if request.text is not None else request.brief.text
    check_text_length(text, runtime.settings.max_text_chars, "text" if request.text is not None else "brief.text")
    with runtime.metrics.brief_latency.time():
        sheet = runtime.engine.match_brief(request.text if request.text is not None else request.brief,
                                           today=request.today,
                                           shortlist_size=request.shortlist_size, repeats=request.repeats,
                                           audience=caller.role.audience)
    found = identities(runtime.engine.index, _matched_ids(sheet))
    return with_contacts_on_sheet(redact_sheet(sheet, caller.role, found.get), caller.role, runtime.catalogue)


def _matched_ids(sheet: CrewSheet) -> list[str]:
    ids = [m.id for result in sheet.needs for m in (*result.matches, *result.beyond)]
    return ids + [m.id for m in sheet.fallback_matches] + [p.id for p in sheet.packages]
