"""Profiles: read (redacted by role), create, replace, delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from matcher.errors import InvalidInput, NotFound
from models.profile import Profile, ProfileKind
from service.deps import AdminCaller, MemberCaller, PublicCaller, RuntimeDep
from service.ownership import may_edit
from service.roles import Role
from service.schemas.common import Done
from service.schemas.profiles import ProfilePageOut, ProfileView
from service.visibility import view_profile

__all__ = ["router"]

router = APIRouter(prefix="/profiles", tags=["profiles"])


@router.get("", response_model=ProfilePageOut, response_model_exclude_none=True,
            summary="List the profiles you may see, in id order")
def list_profiles(caller: PublicCaller, runtime: RuntimeDep,
                  kind: ProfileKind | None = None,
                  limit: Annotated[int, Query(ge=1, le=200)] = 50,
                  offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> ProfilePageOut:
    page = runtime.catalogue.page(caller.role, kind, limit, offset)
    items = [view_profile(profile, caller.role) for profile in page.profiles]
    return ProfilePageOut(items=[i for i in items if i is not None], total=page.total, limit=limit, offset=offset)


@router.get("/{profile_id}", response_model=ProfileView, response_model_exclude_none=True,
            summary="One profile, with what your role may not see left out")
def get_profile(profile_id: str, caller: PublicCaller, runtime: RuntimeDep) -> ProfileView:
    return _visible(runtime.engine.profile(profile_id), caller.role)


@router.post("", response_model=ProfileView, response_model_exclude_none=True,
             status_code=status.HTTP_201_CREATED, summary="Create a profile (409 if the id exists)")
def create_profile(profile: Profile, caller: AdminCaller, runtime: RuntimeDep) -> ProfileView:
    runtime.engine.save_profiles([profile], mode="create")
    return _visible(profile, caller.role)


@router.put("/{profile_id}", response_model=ProfileView, response_model_exclude_none=True,
            summary="Replace a profile (its owner's member key, staff or admin; 404 if the id is unknown)")
def replace_profile(profile_id: str, profile: Profile, caller: MemberCaller, runtime: RuntimeDep) -> ProfileView:
    may_edit(caller.role, caller.owned, profile_id)  # before anything is looked up: a 403 tells nothing
    if profile.id != profile_id:
        raise InvalidInput(f"id: '{profile.id}' must equal the id in the path ('{profile_id}')")
    if not caller.role.allows(Role.staff) and runtime.engine.profile(profile_id).kind != profile.kind:
        raise InvalidInput("kind: a member key cannot change what a profile is; ask the film office")
    runtime.engine.save_profiles([profile], mode="update")
    if profile_id in caller.owned:  # its owner sees all of it, contact details included
        return ProfileView.model_validate(profile.model_dump())
    return _visible(profile, caller.role)


@router.delete("/{profile_id}", response_model=Done, summary="Delete a profile")
def delete_profile(profile_id: str, _caller: AdminCaller, runtime: RuntimeDep) -> Done:
    runtime.engine.delete(profile_id)
    runtime.shortlists.forget_profile(profile_id)
    runtime.ownership.forget_profile(profile_id)
    return Done(id=profile_id, status="deleted")


def _visible(profile: Profile, role: Role) -> ProfileView:
    view = view_profile(profile, role)
    if view is None:  # as if it did not exist: its id tells nothing to those who may not see it
        raise NotFound(f"no profile with id '{profile.id}'")
    return view
