"""Which profiles a member key owns, and who may edit a profile.

Rules (object-level authorisation, on top of each route's least role):
- staff and admin keys edit any profile;
- a member key edits exactly the profiles tied to it (by an admin: ``POST /api/keys`` with
  ``profiles``, or ``PUT /api/keys/{id}/profiles``), and nothing else;
- a member asking to edit any other id gets the same 403 whether that id exists or not, so
  the answer tells nothing about profiles it may not see;
- the public edits nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from matcher.errors import Forbidden, InvalidInput, NotFound
from matcher.store import Store
from matcher.store.office import KeyProfileRow
from matcher.store.tables import ApiKeyRow, ProfileRow
from service.roles import Role

__all__ = ["MAX_OWNED", "Ownership", "may_edit"]

MAX_OWNED = 20  # profiles one member key may own (a company and its people, say)


def may_edit(role: Role, owned: frozenset[str], profile_id: str) -> None:
    """Raise Forbidden unless this caller may edit the profile."""
    if role.allows(Role.staff):
        return
    if role is Role.member and profile_id in owned:
        return
    if role is Role.member:
        mine = ", ".join(sorted(owned)) or "none"
        raise Forbidden(f"a member key edits only the profiles it owns (yours: {mine})")
    raise Forbidden("editing a profile needs a member key that owns it, or a staff key")


class Ownership:
    def __init__(self, store: Store) -> None:
        self.store = store

    def profiles_of(self, key_id: int) -> frozenset[str]:
        with self.store.session() as session:
            rows = session.scalars(select(KeyProfileRow.profile_id).where(KeyProfileRow.key_id == key_id))
            return frozenset(rows)

    def check_known(self, profile_ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(profile_ids))
        if len(ids) > MAX_OWNED:
            raise InvalidInput(f"profiles: a key owns at most {MAX_OWNED} profiles")
        with self.store.session() as session:
            known = set(session.scalars(select(ProfileRow.id).where(ProfileRow.id.in_(ids)))) if ids else set()
        unknown = [pid for pid in ids if pid not in known]
        if unknown:
            raise InvalidInput(f"profiles: no profile with id '{unknown[0]}'")

    def assign(self, key_id: int, profile_ids: Iterable[str]) -> frozenset[str]:
        """Tie exactly these profiles to a member key (replacing what it owned)."""
        ids = list(dict.fromkeys(profile_ids))
        self.check_known(ids)
        with self.store.session() as session:
            key = session.get(ApiKeyRow, key_id)
            if key is None:
                raise NotFound(f"no API key with id {key_id}")
            if ids and key.role != Role.member.value:
                raise InvalidInput(f"profiles: only member keys own profiles (staff and admin keys edit any); "
                                   f"key {key_id} has the {key.role} role")
            session.execute(delete(KeyProfileRow).where(KeyProfileRow.key_id == key_id))
            session.add_all(KeyProfileRow(key_id=key_id, profile_id=pid) for pid in ids)
        return frozenset(ids)

    def forget_profile(self, profile_id: str) -> None:
        """A deleted or erased profile is owned by no key (a new profile with its id is not theirs)."""
        with self.store.session() as session:
            session.execute(delete(KeyProfileRow).where(KeyProfileRow.profile_id == profile_id))
