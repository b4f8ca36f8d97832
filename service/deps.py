"""Dependencies of the routes: the running service, and who is calling.

Every route declares the least role it needs with one of ``PublicCaller``, ``MemberCaller``,
``StaffCaller`` or ``AdminCaller``; each is a ``RoleGuard`` dependency, and a test walks
``app.routes`` to check that no route goes without one. A key comes as ``X-API-Key: KEY``
or ``Authorization: Bearer KEY``; no key is the public role.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from matcher.engine import Engine
from matcher.errors import Forbidden
from service.budget import is_heavy
from service.errors import Unauthorized
from service.rate_limits import RateLimits
from service.roles import Role
from service.runtime import Runtime
from service.settings import ServiceSettings

__all__ = [
    "AdminCaller",
    "Caller",
    "MemberCaller",
    "PublicCaller",
    "RoleGuard",
    "RuntimeDep",
    "SettingsDep",
    "StaffCaller",
    "get_engine",
    "get_runtime",
    "require_role",
    "runtime_of",
]

_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="an API key")
_bearer = HTTPBearer(auto_error=False, description="an API key as a bearer token")


@dataclass(frozen=True)
class Caller:
    role: Role
    name: str = "public"
    key_id: int | None = None
    owned: frozenset[str] = frozenset()  # profiles a member key owns (``service.ownership``)


def runtime_of(request: Request) -> Runtime:
    return request.app.state.runtime


# The dependencies are ``async def``: FastAPI runs a plain ``def`` dependency in the thread pool, a
# thread hop (and a turn in the pool, which is sized to the cores) per request for a lookup.
async def get_runtime(request: Request) -> Runtime:
    return runtime_of(request)


async def get_engine(request: Request) -> Engine:
    return runtime_of(request).engine


async def get_settings(request: Request) -> ServiceSettings:
    return request.app.state.settings


class RoleGuard:
    """A dependency that lets through callers holding at least ``minimum``."""

    def __init__(self, minimum: Role) -> None:
        self.minimum = minimum

    async def __call__(self, request: Request,
                       api_key: Annotated[str | None, Security(_api_key)] = None,
                       bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None) -> Caller:
        """Runs on the event loop (rate limits are counted in memory); only looking a key up in a
        database server goes to the thread pool, so a request without a key, or with one looked up
        in a SQLite file (``KeyRing.local``), costs no thread hop here."""
        secret = api_key or (bearer.credentials if bearer else None)
        caller = Caller(Role.public)
        limits = _rate_limits(request)
        address = request.client.host if request.client else "unknown"
        if secret:
            if limits:
                await limits.before_authenticating(address)
            try:
                keys = runtime_of(request).keys
                found = keys.holder(secret) if keys.local else await run_in_threadpool(keys.holder, secret)
            except BaseException:
                if limits:
                    limits.after_authenticating(address, wrong=False)
                raise
            if limits:
                limits.after_authenticating(address, wrong=found is None)
            if found is None:
                raise Unauthorized("this API key is not known or has been revoked")
            key, owned = found
            caller = Caller(key.role, key.name, key.id, owned)
            if limits:
                limits.key(key.id)
        elif limits:
            limits.public(address, is_heavy(request.method, request.url.path))
        if not caller.role.allows(self.minimum):
            if caller.role is Role.public:
                raise Unauthorized(f"this needs an API key with the {self.minimum.value} role "
                                   "(send it as X-API-Key or Authorization: Bearer)")
            raise Forbidden(f"this needs the {self.minimum.value} role; your key has the {caller.role.value} role")
        return caller

    def __repr__(self) -> str:
        return f"RoleGuard({self.minimum.value})"


def _rate_limits(request: Request) -> RateLimits | None:
    """The app's rate limits (``create_app`` sets them; an app built without them has none)."""
    return getattr(request.app.state, "rate_limits", None)


def require_role(minimum: Role | str) -> RoleGuard:
    """For ``dependencies=[Depends(require_role("staff"))]`` where the caller is not needed."""
    return RoleGuard(Role(minimum))


PublicCaller = Annotated[Caller, Depends(RoleGuard(Role.public))]
MemberCaller = Annotated[Caller, Depends(RoleGuard(Role.member))]
StaffCaller = Annotated[Caller, Depends(RoleGuard(Role.staff))]
AdminCaller = Annotated[Caller, Depends(RoleGuard(Role.admin))]
RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
SettingsDep = Annotated[ServiceSettings, Depends(get_settings)]
