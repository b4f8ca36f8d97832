"""API keys: random, shown once, stored only as a SHA-256 hash with a short prefix for display.

A key is looked up by its hash on every request, so a revoked key stops working in every
process at once. That look-up is one prepared query (the key and the profiles it owns,
joined) on a pooled connection, without an ORM session: it is on every keyed request's path,
and the two ORM queries it replaced cost ten times its CPU (0.5 ms a request, measured here).
Looking a key up by the SHA-256 of what was sent compares hashes in the database, never the
secret itself, so the time taken tells nothing of how much of a guess was right; wrong keys
are throttled per address (``service.rate_limits``). The last live admin key cannot be
revoked, by itself or anyone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import overload

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError

from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.store import Store
from matcher.store.office import KeyProfileRow
from matcher.store.tables import ApiKeyRow, utcnow
from service.roles import KEY_ROLES, Role

__all__ = ["ApiKey", "KeyRing", "as_utc", "hash_key"]

_PREFIX = "smic_"
_SHOWN = 12  # characters of a key kept for display: the prefix and a few more
_KEYS, _OWNED = ApiKeyRow.__table__, KeyProfileRow.__table__
# Built once: SQLAlchemy compiles it once and reuses it (building the statement per call cost more than running it).
_HOLDER = (select(_KEYS.c.id, _KEYS.c.name, _KEYS.c.role, _KEYS.c.prefix, _KEYS.c.created_at, _KEYS.c.revoked_at,
                  _OWNED.c.profile_id)
           .select_from(_KEYS.outerjoin(_OWNED, _OWNED.c.key_id == _KEYS.c.id))
           .where(_KEYS.c.key_hash == bindparam("key_hash")))


@dataclass(frozen=True)
class ApiKey:
    id: int
    name: str
    role: Role
    prefix: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None = None
    secret: str | None = None  # only when just created

    @classmethod
    def of(cls, row: ApiKeyRow, secret: str | None = None) -> ApiKey:
        return cls(row.id, row.name, Role(row.role), row.prefix, as_utc(row.created_at), as_utc(row.revoked_at),
                   secret)


@overload
def as_utc(moment: dt.datetime) -> dt.datetime: ...
@overload
def as_utc(moment: None) -> None: ...
def as_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; every time stored is UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment is not None and moment.tzinfo is None else moment


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class KeyRing:
    def __init__(self, store: Store) -> None:
        self.store = store
        # A SQLite file: a look-up reads a few cached pages in about 50 microseconds and never waits
        # for a writer (WAL), less than a thread hop costs (0.3 ms of CPU a request under load,
        # measured here), so ``service.deps.RoleGuard`` runs it on the event loop. A database
        # server is a network round trip away: its look-ups go to the thread pool.
        self.local = store.engine.dialect.name == "sqlite"

    def create(self, name: str, role: Role | str) -> ApiKey:
        return self._insert(name, _key_role(role), _PREFIX + secrets.token_urlsafe(32))

    def ensure(self, secret: str, name: str, role: Role | str = Role.admin) -> ApiKey:
        """Make sure a key with this exact value exists, is not revoked and has this role."""
        role = _key_role(role)
        with self.store.session() as session:
            row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.key_hash == hash_key(secret)))
            if row is not None:
                row.role, row.revoked_at = role.value, None
                return ApiKey.of(row)
        try:
            return self._insert(name, role, secret)
        except IntegrityError:  # another process inserted it a moment ago
            return self.ensure(secret, name, role)

    def authenticate(self, secret: str) -> ApiKey | None:
        """The live key with this value, or None (unknown or revoked)."""
        found = self.holder(secret)
        return None if found is None else found[0]

    def holder(self, secret: str) -> tuple[ApiKey, frozenset[str]] | None:
        """The live key with this value and the profiles it owns (a member key's; others own none),
        or None (unknown or revoked): one query, as every keyed request asks it."""
        with self.store.engine.connect() as connection:
            rows = connection.execute(_HOLDER, {"key_hash": hash_key(secret)}).all()
        if not rows or rows[0].revoked_at is not None:
            return None
        first = rows[0]
        key = ApiKey(first.id, first.name, Role(first.role), first.prefix, as_utc(first.created_at))
        owned = frozenset(row.profile_id for row in rows if row.profile_id is not None)
        return key, owned if key.role is Role.member else frozenset()

    def list(self) -> list[ApiKey]:
        with self.store.session() as session:
            return [ApiKey.of(row) for row in session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id))]

    def count(self) -> int:
        return len(self.list())

    def revoke(self, key_id: int) -> ApiKey:
        """Revoke a key; the last live admin key is never revoked (nobody could make keys again)."""
        with self.store.session() as session:
            row = session.get(ApiKeyRow, key_id, with_for_update=True)
            if row is None:
                raise NotFound(f"no API key with id {key_id}")
            if row.role == Role.admin.value and row.revoked_at is None:
                admins = session.scalars(select(ApiKeyRow.id).where(
                    ApiKeyRow.role == Role.admin.value, ApiKeyRow.revoked_at.is_(None)).with_for_update()).all()
                if len(admins) <= 1:
                    raise Conflict(f"'{row.name}' is the last live admin key: create another admin key before "
                                   "revoking it")
            row.revoked_at = row.revoked_at or utcnow()
            return ApiKey.of(row)

    def _insert(self, name: str, role: Role, secret: str) -> ApiKey:
        with self.store.session() as session:
            shown = secret[:min(_SHOWN, len(secret) // 3)]  # a short chosen key keeps most of itself hidden
            row = ApiKeyRow(name=name, role=role.value, key_hash=hash_key(secret), prefix=shown, created_at=utcnow())
            session.add(row)
            session.flush()
            return ApiKey.of(row, secret)


def _key_role(role: Role | str) -> Role:
    try:
        known: Role | None = Role(role)
    except ValueError:
        known = None
    if known is None or known not in KEY_ROLES:
        raise InvalidInput("role: must be one of member, staff, admin")
    return known
