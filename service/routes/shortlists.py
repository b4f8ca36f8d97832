"""Shortlists (staff): save, list, read, delete and export as CSV, always from live profiles."""

from __future__ import annotations

import re

from fastapi import APIRouter, status
from fastapi.responses import Response

from matcher.errors import InvalidInput
from models.brief import Brief
from models.profile import Profile
from service.deps import RuntimeDep, StaffCaller
from service.export import shortlist_csv
from service.schemas.common import Done
from service.schemas.shortlists import ProfileCard, ShortlistIn, ShortlistItemOut, ShortlistOut, ShortlistSummary
from service.shortlists import StoredShortlist

__all__ = ["router"]

router = APIRouter(prefix="/shortlists", tags=["shortlists"])


@router.post("", response_model=ShortlistOut, status_code=status.HTTP_201_CREATED, summary="Save a shortlist")
def create_shortlist(body: ShortlistIn, caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    ids = [item.profile_id for item in body.items]
    known = runtime.catalogue.get_many(ids)
    unknown = [f"items[{i}].profile_id: no profile with id '{pid}'" for i, pid in enumerate(ids) if pid not in known]
    if unknown:
        raise InvalidInput("; ".join(unknown))
    stored = runtime.shortlists.create(
        body.name, caller.name, body.brief.model_dump(mode="json") if body.brief else None,
        [item.model_dump(exclude_none=True) for item in body.items])
    return _out(stored, known)


@router.get("", response_model=list[ShortlistSummary], summary="All shortlists, newest first")
def list_shortlists(_caller: StaffCaller, runtime: RuntimeDep) -> list[ShortlistSummary]:
    return [ShortlistSummary(id=s.id, name=s.name, owner=s.owner, item_count=len(s.items),
                             created_at=s.created_at, updated_at=s.updated_at) for s in runtime.shortlists.all()]


@router.get("/{shortlist_id}", response_model=ShortlistOut, response_model_exclude_none=True,
            summary="One shortlist with its live profiles")
def get_shortlist(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> ShortlistOut:
    stored = runtime.shortlists.get(shortlist_id)
    return _out(stored, runtime.catalogue.get_many([i["profile_id"] for i in stored.items]))


@router.delete("/{shortlist_id}", response_model=Done, summary="Delete a shortlist")
def delete_shortlist(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> Done:
    runtime.shortlists.delete(shortlist_id)
    return Done(id=shortlist_id, status="deleted")


@router.get("/{shortlist_id}/export.csv", response_class=Response, response_model=None,
            responses={200: {"content": {"text/csv": {}}, "description": "need, order, name, kind, roles, "
                                                                         "town, day rate, email, phone, website"}},
            summary="The shortlist as CSV, rendered from the live profiles now")
def export_shortlist(shortlist_id: str, _caller: StaffCaller, runtime: RuntimeDep) -> Response:
    stored = runtime.shortlists.get(shortlist_id)
    text = shortlist_csv(stored, runtime.catalogue.get_many([i["profile_id"] for i in stored.items]))
    filename = re.sub(r"[^A-Za-z0-9._-]+", "-", stored.name).strip("-")[:60] or "shortlist"
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})


def _out(stored: StoredShortlist, profiles: dict[str, Profile]) -> ShortlistOut:
    items = [ShortlistItemOut(profile_id=i["profile_id"], need=i.get("need"), note=i.get("note"),
                              profile=_card(profiles[i["profile_id"]]))
             for i in stored.items if i["profile_id"] in profiles]
    return ShortlistOut(id=stored.id, name=stored.name, owner=stored.owner,
                        brief=Brief.model_validate(stored.brief) if stored.brief else None,
                        items=items, created_at=stored.created_at, updated_at=stored.updated_at)


def _card(profile: Profile) -> ProfileCard:
    return ProfileCard(id=profile.id, kind=profile.kind, name=profile.name, headline=profile.headline,
                       roles=profile.roles, town=profile.location.town if profile.location else None,
                       day_rate_gbp=profile.day_rate_gbp, contact=profile.contact)
