"""Members keep their own profiles: who the key is, its profiles, and the diary.

``GET /api/me`` answers for any caller (the pages ask it what to show). A member key edits
only the profiles it owns (``service.ownership``); staff and admin edit any. Every change goes
through the engine: the database and its change log first, and the index follows, exactly as
an import does.
"""

from __future__ import annotations

from fastapi import APIRouter

from models.profile import Profile
from service.deps import MemberCaller, PublicCaller, RuntimeDep
from service.diary import mark
from service.ownership import may_edit
from service.roles import Role
from service.runtime import Runtime
from service.schemas.me import DiaryIn, DiaryMark, MeOut
from service.schemas.profiles import ProfileView

__all__ = ["router"]

router = APIRouter(tags=["members"])


@router.get("/me", response_model=MeOut, summary="Who this key is: its role and the profiles it owns")
def me(caller: PublicCaller) -> MeOut:
    return MeOut(role=caller.role.value, name=caller.name, profiles=sorted(caller.owned),
                 edits_any=caller.role.allows(Role.staff))


@router.get("/me/profiles", response_model=list[ProfileView], response_model_exclude_none=True,
            summary="The profiles this member key owns, in full (contact details included)")
def my_profiles(caller: MemberCaller, runtime: RuntimeDep) -> list[ProfileView]:
    found = runtime.catalogue.get_many(sorted(caller.owned))
    return [ProfileView.model_validate(found[pid].model_dump()) for pid in sorted(caller.owned) if pid in found]


@router.put("/profiles/{profile_id}/availability", response_model=ProfileView, response_model_exclude_none=True,
            summary="Replace a profile's diary (its owner, staff or admin)")
def replace_diary(profile_id: str, body: DiaryIn, caller: MemberCaller, runtime: RuntimeDep) -> ProfileView:
    may_edit(caller.role, caller.owned, profile_id)
    profile = runtime.engine.profile(profile_id)
    return _saved(profile.model_copy(update={"availability": body.availability}), runtime)


@router.post("/profiles/{profile_id}/diary", response_model=ProfileView, response_model_exclude_none=True,
             summary="Mark days in a profile's diary: available, booked or clear (its owner, staff or admin)")
def mark_diary(profile_id: str, body: DiaryMark, caller: MemberCaller, runtime: RuntimeDep) -> ProfileView:
    may_edit(caller.role, caller.owned, profile_id)
    profile = runtime.engine.profile(profile_id)
    diary = mark(profile.availability, body.start, body.end, body.status)
    return _saved(profile.model_copy(update={"availability": diary}), runtime)


def _saved(profile: Profile, runtime: Runtime) -> ProfileView:
    runtime.engine.save_profiles([profile], mode="update")
    return ProfileView.model_validate(profile.model_dump())
