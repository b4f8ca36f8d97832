"""Availability checks: staff send them from a shortlist (API); crew answer on a page of their
own reached by the personal link in the email (no account, no key).

The answer page shows the production's name and the shoot dates, nothing more. A link that
has expired, was altered, was already used or was replaced by a newer one gets a page that
says so, with status 410, 404, 409 or 410, and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse

from matcher.errors import InvalidInput
from service.availability import LinkRefused, OpenCheck
from service.deps import RuntimeDep, StaffCaller, require_role
from service.formats import uk_date, uk_range
from service.routes.pages import templates
from service.schemas.shortlists import CheckResult, ChecksIn, ChecksOut, MailStatus

__all__ = ["page_router", "router"]

router = APIRouter(tags=["availability"])
page_router = APIRouter(tags=["availability"])

_REFUSED_STATUS = {"expired": 410, "replaced": 410, "invalid": 404, "answered": 409}
_NOTE_CHARS = 1000


@router.get("/mail", response_model=MailStatus, summary="Where availability checks go: SMTP or the outbox folder")
def mail_status(_caller: StaffCaller, runtime: RuntimeDep) -> MailStatus:
    return MailStatus(transport=runtime.mailer.transport, detail=runtime.mailer.describe())


@router.post("/shortlists/{shortlist_id}/checks", response_model=ChecksOut,
             summary="Email an availability check for the shoot dates to people on the shortlist")
def send_checks(shortlist_id: str, body: ChecksIn, caller: StaffCaller, runtime: RuntimeDep,
                request: Request) -> ChecksOut:
    stored = runtime.shortlists.get(shortlist_id)
    base_url = runtime.settings.public_url or str(request.base_url)
    dates = (body.start, body.end) if body.start and body.end else None
    sent = runtime.desk.send(stored, body.profile_ids, body.message, caller.name, base_url, dates)
    names = {p.id: p.name for p in runtime.catalogue.get_many([s.profile_id for s in sent]).values()}
    return ChecksOut(mail=MailStatus(transport=runtime.mailer.transport, detail=runtime.mailer.describe()),
                     results=[CheckResult(profile_id=s.profile_id, name=names.get(s.profile_id, s.profile_id),
                                          outcome=s.outcome, detail=s.detail) for s in sent])


# -- the page crew answer on ----------------------------------------------------------------
@page_router.get("/availability/{token}", response_class=HTMLResponse, response_model=None, include_in_schema=False,
                 dependencies=[Depends(require_role("public"))])
def answer_page(token: str, request: Request, runtime: RuntimeDep) -> HTMLResponse:
    try:
        check = runtime.desk.open(token)
    except LinkRefused as refused:
        return _refused(request, refused)
    return _page(request, "form", check=check)


@page_router.post("/availability/{token}", response_class=HTMLResponse, response_model=None,
                  include_in_schema=False, dependencies=[Depends(require_role("public"))])
def answer(token: str, request: Request, runtime: RuntimeDep,
           answer: Annotated[str, Form(max_length=20)] = "",
           note: Annotated[str, Form(max_length=5000)] = "",
           free_start: Annotated[str, Form(max_length=20)] = "",
           free_end: Annotated[str, Form(max_length=20)] = "",
           update_diary: Annotated[str, Form(max_length=10)] = "") -> HTMLResponse:
    try:
        check = runtime.desk.open(token)
    except LinkRefused as refused:
        return _refused(request, refused)
    try:
        if len(note) > _NOTE_CHARS:
            raise InvalidInput(f"the note is {len(note):,} characters: keep it under {_NOTE_CHARS:,}")
        free = _free_days(free_start, free_end)
        if answer == "partly" and update_diary and free is None:
            raise InvalidInput("to update your diary with a partial answer, give the days you are free")
        _, diary = runtime.desk.answer(token, answer, note.strip() or None, free, bool(update_diary))
    except LinkRefused as refused:
        return _refused(request, refused)
    except InvalidInput as problem:
        return _page(request, "form", status=422, check=check, problem=str(problem), answer=answer, note=note,
                     free_start=free_start, free_end=free_end, update_diary=bool(update_diary))
    return _page(request, "thanks", check=check, answer=answer, diary=diary)


def _free_days(start: str, end: str) -> tuple[dt.date, dt.date] | None:
    if not start and not end:
        return None
    try:
        return dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise InvalidInput("give both days you are free, from and to") from None


def _refused(request: Request, refused: LinkRefused) -> HTMLResponse:
    return _page(request, "refused", status=_REFUSED_STATUS.get(refused.reason, 400), reason=refused.reason,
                 message=str(refused))


def _page(request: Request, view: str, status: int = 200, check: OpenCheck | None = None, **context) -> HTMLResponse:
    dates = uk_range(check.start, check.end) if check else ""
    response = templates.TemplateResponse(
        request, "availability.html",
        {"view": view, "check": check, "dates": dates, "start_text": uk_date(check.start) if check else "",
         **context}, status_code=status)
    # The link is a secret: never kept by a shared cache, never sent on as a referrer.
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
