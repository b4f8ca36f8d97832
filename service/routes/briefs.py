"""Briefs: what the parser understood, the crew sheet matched for the caller's role, and the
corrections the film office made to what was understood.

A structured brief sent back (after the film office corrected what was understood) is matched as
it is, with any need whose label was changed read again from its new label; the difference from
what the parser read is stored as a correction (staff can list and export them as judged examples).
"""

from __future__ import annotations

import datetime as dt
import json

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from matcher.briefs.corrections import as_judged_example, changes
from matcher.briefs.parser import parse_brief
from models.brief import Brief, CrewSheet
from service.caps import brief_within_caps
from service.contacts import with_contacts_on_sheet
from service.deps import Caller, PublicCaller, RuntimeDep, StaffCaller
from service.limits import check_text_length
from service.private_filters import brief_for_role, restore_brief
from service.retention import after_recording
from service.runtime import Runtime
from service.schemas.briefs import BriefMatchRequest, BriefText, CorrectionOut
from service.visibility import identities, redact_sheet

__all__ = ["router"]

router = APIRouter(prefix="/briefs", tags=["briefs"])


@router.post("/parse", response_model=Brief, summary="Read a brief: needs, places, dates, budget")
def parse(request: BriefText, _caller: PublicCaller, runtime: RuntimeDep) -> Brief:
    check_text_length(request.text, runtime.settings.max_text_chars, "text")
    return parse_brief(request.text, today=request.today, encoder=runtime.engine.encoder)


@router.post("/match", response_model=CrewSheet, summary="Match a brief (text or structured) to a crew sheet")
async def match(request: BriefMatchRequest, caller: PublicCaller, runtime: RuntimeDep) -> CrewSheet:
    # In the thread pool as a plain ``def`` route would be, in one hop (``routes.search`` says why).
    return await run_in_threadpool(_match, request, caller, runtime)


def _match(request: BriefMatchRequest, caller: Caller, runtime: Runtime) -> CrewSheet:
    brief = brief_within_caps(request, runtime.settings, runtime.engine.encoder)
    matched = brief_for_role(brief, caller.role)  # without what the role may not filter on
    with runtime.metrics.brief_latency.time():
        sheet = runtime.engine.match_brief(matched, today=request.today,
                                           shortlist_size=request.shortlist_size, repeats=request.repeats,
                                           audience=caller.role.audience, record=matched is brief,
                                           sender=request.sender)
    sheet = restore_brief(sheet, brief, matched)
    if matched is not brief:  # recorded as read, dates and all, for the gap report
        runtime.engine.store.record_brief(sheet)
    after_recording(runtime.engine.store, runtime.settings)  # recorded briefs are bounded and expire
    if request.brief is not None and request.brief.text.strip():
        _record_correction(runtime, request.brief.text, request.today or dt.date.today(), sheet.brief, caller.name)
    found = identities(runtime.engine.index, _matched_ids(sheet))
    return with_contacts_on_sheet(redact_sheet(sheet, caller.role, found.get), caller.role, runtime.catalogue)


@router.get("/corrections", response_model=list[CorrectionOut], summary="Corrections made to understood briefs")
def list_corrections(_caller: StaffCaller, runtime: RuntimeDep) -> list[CorrectionOut]:
    return [CorrectionOut.model_validate(row) for row in runtime.engine.store.corrections()]


@router.get("/corrections/export.jsonl", response_class=Response, response_model=None,
            summary="Corrections as judged examples (the judged briefs' format), one a line")
def export_corrections(_caller: StaffCaller, runtime: RuntimeDep) -> Response:
    lines = [json.dumps(as_judged_example(f"correction-{row['id'][:8]}", row["text"], row["today"],
                                          Brief.model_validate(row["corrected"])), ensure_ascii=False)
             for row in runtime.engine.store.corrections()]
    return Response("".join(f"{line}\n" for line in lines), media_type="application/x-ndjson; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="brief-corrections.jsonl"'})


def _record_correction(runtime: RuntimeDep, text: str, today: dt.date, corrected: Brief, by: str) -> None:
    """Store what the film office changed in what the parser read, if anything."""
    read = parse_brief(text, today=today, encoder=runtime.engine.encoder)
    changed = changes(read, corrected)
    if changed:
        runtime.engine.store.record_correction(text, today, read, corrected, changed, by)


def _matched_ids(sheet: CrewSheet) -> list[str]:
    ids = [m.id for result in sheet.needs for m in (*result.matches, *result.beyond)]
    ids += [m.id for m in sheet.fallback_matches] + [p.id for p in sheet.packages]
    return ids + ([sheet.sender.id] if sheet.sender else [])
