"""Who may do what: four roles in one order, and what each may find.

Every role may do what the roles below it may: a member does all the public may, staff all
a member may, an admin everything. A request without a key is public.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["KEY_ROLES", "Role"]


class Role(str, Enum):
    public = "public"
    member = "member"
    staff = "staff"
    admin = "admin"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    def allows(self, minimum: Role) -> bool:
        return self.rank >= minimum.rank

    @property
    def audience(self) -> str:
        """The profile visibility level this role reaches (``Filters.audience``)."""
        return _AUDIENCE[self]

    def finds(self, visibility: str) -> bool:
        """Whether a profile of this visibility ("public" | "members" | "staff") exists for it:
        a "staff" profile only for staff; the others for everyone (``Filters.audience``)."""
        return visibility != "staff" or self.allows(Role.staff)

    def finds_kind(self, kind: str) -> bool:
        """Whether profiles of this kind exist for it: investor profiles are member data."""
        return kind != "investor" or self.allows(Role.member)

    def names(self, visibility: str) -> bool:
        """Whether it sees the name of a profile of this visibility: its visibility is open to it."""
        return _VISIBILITY_RANK[visibility] <= _VISIBILITY_RANK[self.audience]


_ORDER = [Role.public, Role.member, Role.staff, Role.admin]
_AUDIENCE = {Role.public: "public", Role.member: "members", Role.staff: "staff", Role.admin: "staff"}
_VISIBILITY_RANK = {"public": 0, "members": 1, "staff": 2}

# A key always grants more than no key: there are no public keys.
KEY_ROLES = (Role.member, Role.staff, Role.admin)
