"""API keys (admin): create one (shown once), list them, revoke one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status

from matcher.errors import InvalidInput
from service.deps import AdminCaller, RuntimeDep
from service.keys import ApiKey
from service.schemas.common import Done
from service.schemas.keys import KeyIn, KeyOut, KeyProfilesIn, NewKeyOut

__all__ = ["router"]

router = APIRouter(prefix="/keys", tags=["keys"])
# Key ids are 32-bit in the database: a larger one names no key (and would overflow the query).
KeyId = Annotated[int, Path(ge=1, le=2**31 - 1, description="the key's id")]


@router.post("", response_model=NewKeyOut, status_code=status.HTTP_201_CREATED,
             summary="Create a key; the response is the only time it is shown")
def create_key(body: KeyIn, _caller: AdminCaller, runtime: RuntimeDep) -> NewKeyOut:
    if body.profiles and body.role != "member":
        raise InvalidInput("profiles: only member keys own profiles (staff and admin keys edit any)")
    runtime.ownership.check_known(body.profiles)  # before the key exists: a refused request leaves nothing
    key = runtime.keys.create(body.name, body.role)
    owned = runtime.ownership.assign(key.id, body.profiles) if body.profiles else frozenset()
    return NewKeyOut(**_fields(key), profiles=sorted(owned), key=key.secret)


@router.get("", response_model=list[KeyOut], summary="Every key, revoked ones included (never the key itself)")
def list_keys(_caller: AdminCaller, runtime: RuntimeDep) -> list[KeyOut]:
    return [KeyOut(**_fields(key), profiles=sorted(runtime.ownership.profiles_of(key.id)))
            for key in runtime.keys.list()]


@router.put("/{key_id}/profiles", response_model=KeyOut, summary="Set the profiles a member key owns")
def set_key_profiles(key_id: KeyId, body: KeyProfilesIn, _caller: AdminCaller, runtime: RuntimeDep) -> KeyOut:
    owned = runtime.ownership.assign(key_id, body.profiles)
    key = next(k for k in runtime.keys.list() if k.id == key_id)
    return KeyOut(**_fields(key), profiles=sorted(owned))


@router.delete("/{key_id}", response_model=Done, summary="Revoke a key: it stops working at once")
def revoke_key(key_id: KeyId, _caller: AdminCaller, runtime: RuntimeDep) -> Done:
    key = runtime.keys.revoke(key_id)
    return Done(id=str(key.id), status="revoked", detail=f"'{key.name}' ({key.prefix}…) no longer works")


def _fields(key: ApiKey) -> dict:
    return {"id": key.id, "name": key.name, "role": key.role.value, "prefix": key.prefix,
            "created_at": key.created_at, "revoked_at": key.revoked_at}
