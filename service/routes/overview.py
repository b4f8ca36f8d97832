"""A profile page's data: the profile as the caller's role may see it, its distance from the
brief's shoot locations, its diary over the shoot dates (members and above, as the diary
itself), and who it has worked with (shared credits)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from matcher.errors import InvalidInput, NotFound
from matcher.geo import load_gazetteer
from models.brief import BriefPlace
from service.deps import PublicCaller, RuntimeDep
from service.facts import facts_for
from service.formats import miles
from service.roles import Role
from service.schemas.overview import CoWorkerOut, DistanceOut, ProfileOverview
from service.schemas.profiles import ProfileView
from service.visibility import view_profile

__all__ = ["router"]

router = APIRouter(prefix="/profiles", tags=["profiles"])


@router.get("/{profile_id}/overview", response_model=ProfileOverview, response_model_exclude_none=True,
            summary="A profile page: the profile, distance from the shoot, diary over the dates, worked with")
def overview(profile_id: str, caller: PublicCaller, runtime: RuntimeDep,
             at: Annotated[list[str] | None, Query(max_length=10, description="shoot locations: towns, postcodes")]
             = None,
             start: dt.date | None = None, end: dt.date | None = None) -> ProfileOverview:
    profile = runtime.engine.profile(profile_id)
    owner = profile_id in caller.owned
    view = (ProfileView.model_validate(profile.model_dump()) if owner else view_profile(profile, caller.role))
    if view is None:  # as if it did not exist
        raise NotFound(f"no profile with id '{profile_id}'")
    if (start is None) != (end is None) or (start and end and end < start):
        raise InvalidInput("give start and end dates in order, or neither")
    locations = [_place(name) for name in (at or [])]
    dates = (start, end) if start and end else None
    fact = facts_for(runtime.engine, [profile_id], locations, dates).get(profile_id)
    distances = [DistanceOut(location=name, km=km, miles=round(miles(km), 1)) for name, km in fact.distances] \
        if fact else []
    may_see_diary = caller.role.allows(Role.member) or owner
    return ProfileOverview(
        profile=view, distances=distances,
        nearest=min(distances, key=lambda d: d.km) if distances else None,
        availability=fact.availability if fact and may_see_diary else None,
        worked_with=[CoWorkerOut(id=c.id, kind=c.kind, name=c.name, productions=list(c.productions))
                     for c in runtime.credits.worked_with(profile, caller.role)],
        editable=owner or caller.role.allows(Role.staff))


def _place(name: str) -> BriefPlace:
    name = name.strip()[:100]
    place = load_gazetteer().resolve(name) if name else None
    if place is None:
        raise InvalidInput(f"at: '{name}' is not a UK town or postcode district we know")
    return BriefPlace(name=name, lat=place.lat, lon=place.lon)
