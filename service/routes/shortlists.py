"""Shortlists (staff): save one per production, open, rename, add, reorder, annotate, set each
person's status, remove, delete; export as CSV, Excel workbook or PDF, always from the live
profiles."""

from __future__ import annotations

import datetime as dt
import re

from fastapi import APIRouter, status
from fastapi.responses import Response

from matcher.errors import InvalidInput
from service.deps import RuntimeDep, StaffCaller
from service.export import shortlist_csv
from service.paper import PDF_TYPE, shortlist_pdf
from service.runtime import Runtime
from service.schemas.common import Done
from service.schemas.shortlists import (
    ItemPatch,
    ItemsIn,
    OrderIn,
    ShortlistIn,
    ShortlistItemIn,
    ShortlistOut,
    ShortlistPatch,
    ShortlistSummary,
)
from service.shortlist_view import present, summarise
from service.shortlists import StoredShortlist
from service.workbook import XLSX_TYPE, shortlist_workbook

__all__ = ["router"]

router = APIRouter(prefix="/shortlists", tags=["shortlists"])
_ONE = {"response_model": ShortlistOut, "response_model_exclude_none": True}


@router.post("", status_code=status.HTTP_201_CREATED, summary="Save a shortlist (one per production: 409 if the "
             "production has one)", **_ONE)
def create_shortlist(body: ShortlistIn, caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    _check_known(body.items, runtime)
    stored = runtime.shortlists.create(
        body.name, caller.name, body.brief.model_dump(mode="json") if body.brief else None,
        [item.model_dump(exclude_none=True) for item in body.items], production=body.production)
    return present(stored, runtime)


@router.get("", response_model=list[ShortlistSummary], summary="All shortlists, newest first, with their statuses")
def list_shortlists(_caller: StaffCaller, runtime: RuntimeDep) -> list[ShortlistSummary]:
    return [summarise(s) for s in runtime.shortlists.all()]


@router.get("/{shortlist_id}", summary="One shortlist with its live profiles, distances, diaries and answers", **_ONE)
def get_shortlist(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    return present(runtime.shortlists.get(shortlist_id), runtime)


@router.patch("/{shortlist_id}", summary="Rename it, or change its production or brief", **_ONE)
def update_shortlist(shortlist_id: str, body: ShortlistPatch, _caller: StaffCaller,
                     runtime: RuntimeDep) -> ShortlistOut:
    stored = runtime.shortlists.rename(shortlist_id, name=body.name, production=body.production,
                                       brief=body.brief.model_dump(mode="json") if body.brief else None)
    return present(stored, runtime)


@router.delete("/{shortlist_id}", response_model=Done, summary="Delete a shortlist and its availability checks")
def delete_shortlist(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> Done:
    runtime.shortlists.delete(shortlist_id)
    return Done(id=shortlist_id, status="deleted")


@router.post("/{shortlist_id}/items", summary="Add people at the end (someone already on it stays as they are)",
             **_ONE)
def add_items(shortlist_id: str, body: ItemsIn, _caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    _check_known(body.items, runtime)
    stored, _added = runtime.shortlists.add(shortlist_id, [i.model_dump(exclude_none=True) for i in body.items])
    return present(stored, runtime)


@router.put("/{shortlist_id}/order", summary="Reorder: everyone on the shortlist, in the new order", **_ONE)
def reorder(shortlist_id: str, body: OrderIn, _caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    return present(runtime.shortlists.reorder(shortlist_id, body.profile_ids), runtime)


@router.patch("/{shortlist_id}/items/{profile_id}", summary="Annotate a person, or set their need or status", **_ONE)
def update_item(shortlist_id: str, profile_id: str, body: ItemPatch, _caller: StaffCaller,
                runtime: RuntimeDep) -> ShortlistOut:
    changes = {field: getattr(body, field) for field in body.model_fields_set}
    if changes.get("status", "") is None:
        raise InvalidInput("status: must be one of suggested, asked, available, booked, declined")
    return present(runtime.shortlists.update_item(shortlist_id, profile_id, **changes), runtime)


@router.delete("/{shortlist_id}/items/{profile_id}", summary="Take a person off the shortlist", **_ONE)
def remove_item(shortlist_id: str, profile_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    return present(runtime.shortlists.remove(shortlist_id, profile_id), runtime)


# -- exports -----------------------------------------------------------------------------------
@router.get("/{shortlist_id}/export.csv", response_class=Response, response_model=None,
            responses={200: {"content": {"text/csv": {}}, "description": "need, order, name, role, kind, town, "
                             "distance km and miles, availability, day rate, email, phone, website, status, "
                             "answer, notes"}},
            summary="The shortlist as CSV, rendered from the live profiles now")
def export_csv(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> Response:
    stored = runtime.shortlists.get(shortlist_id)
    return _download(shortlist_csv(present(stored, runtime)).encode(), "text/csv; charset=utf-8", stored, "csv")


@router.get("/{shortlist_id}/export.xlsx", response_class=Response, response_model=None,
            responses={200: {"content": {XLSX_TYPE: {}}, "description": "the CSV's columns in a workbook"}},
            summary="The shortlist as an Excel workbook")
def export_xlsx(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> Response:
    stored = runtime.shortlists.get(shortlist_id)
    return _download(shortlist_workbook(present(stored, runtime), dt.date.today()), XLSX_TYPE, stored, "xlsx")


@router.get("/{shortlist_id}/export.pdf", response_class=Response, response_model=None,
            responses={200: {"content": {PDF_TYPE: {}}, "description": "A4, one need per block"}},
            summary="The shortlist as a PDF to print or send")
def export_pdf(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> Response:
    stored = runtime.shortlists.get(shortlist_id)
    return _download(shortlist_pdf(present(stored, runtime), dt.date.today()), PDF_TYPE, stored, "pdf")


def _download(content: bytes, media_type: str, stored: StoredShortlist, extension: str) -> Response:
    filename = re.sub(r"[^A-Za-z0-9._-]+", "-", stored.name).strip("-")[:60] or "shortlist"
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}.{extension}"'})


def _check_known(items: list[ShortlistItemIn], runtime: Runtime) -> None:
    ids = [item.profile_id for item in items]
    known = runtime.catalogue.get_many(ids)
    unknown = [f"items[{i}].profile_id: no profile with id '{pid}'" for i, pid in enumerate(ids) if pid not in known]
    if unknown:
        raise InvalidInput("; ".join(unknown[:5]))
