"""API keys (admin): create one (shown once), list them, revoke one."""

from __future__ import annotations

from fastapi import APIRouter, status

from service.deps import AdminCaller, RuntimeDep
from service.keys import ApiKey
from service.schemas.common import Done
from service.schemas.keys import KeyIn, KeyOut, NewKeyOut

__all__ = ["router"]

router = APIRouter(prefix="/keys", tags=["keys"])


@router.post("", response_model=NewKeyOut, status_code=status.HTTP_201_CREATED,
             summary="Create a key; the response is the only time it is shown")
def create_key(body: KeyIn, _caller: AdminCaller, runtime: RuntimeDep) -> NewKeyOut:
    key = runtime.keys.create(body.name, body.role)
    return NewKeyOut(**_fields(key), key=key.secret)


@router.get("", response_model=list[KeyOut], summary="Every key, revoked ones included (never the key itself)")
def list_keys(_caller: AdminCaller, runtime: RuntimeDep) -> list[KeyOut]:
    return [KeyOut(**_fields(key)) for key in runtime.keys.list()]


@router.delete("/{key_id}", response_model=Done, summary="Revoke a key: it stops working at once")
def revoke_key(key_id: int, _caller: AdminCaller, runtime: RuntimeDep) -> Done:
    key = runtime.keys.revoke(key_id)
    return Done(id=str(key.id), status="revoked", detail=f"'{key.name}' ({key.prefix}…) no longer works")


def _fields(key: ApiKey) -> dict:
    return {"id": key.id, "name": key.name, "role": key.role.value, "prefix": key.prefix,
            "created_at": key.created_at, "revoked_at": key.revoked_at}
