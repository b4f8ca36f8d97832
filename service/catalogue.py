"""Reading profiles for people: a page of the profiles one role may see, and look-ups by id.

The database is read directly (not the index), so what is listed is what is committed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from matcher.store import Store
from matcher.store.tables import ProfileRow
from models.profile import Profile
from service.roles import Role

__all__ = ["Catalogue", "ProfilePage"]

_VISIBILITIES = ("public", "members", "staff")


@dataclass(frozen=True)
class ProfilePage:
    profiles: list[Profile]
    total: int


class Catalogue:
    def __init__(self, store: Store) -> None:
        self.store = store

    def page(self, role: Role, kind: str | None, limit: int, offset: int) -> ProfilePage:
        """Profiles in id order, only those whose visibility the role reaches."""
        visible = [v for v in _VISIBILITIES if role.finds(v)]
        where = [ProfileRow.visibility.in_(visible)]
        if not role.finds_kind("investor"):
            where.append(ProfileRow.kind != "investor")
        if kind:
            where.append(ProfileRow.kind == kind)
        with self.store.session() as session:
            total = session.scalar(select(func.count()).select_from(ProfileRow).where(*where)) or 0
            rows = session.scalars(select(ProfileRow).where(*where).order_by(ProfileRow.id)
                                   .limit(limit).offset(offset)).all()
            return ProfilePage([Profile.model_validate(row.data) for row in rows], total)

    def get_many(self, profile_ids: list[str]) -> dict[str, Profile]:
        return self.store.get_many(profile_ids)
