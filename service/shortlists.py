"""Shortlists the film office keeps: a name, the brief they came from, and profiles by need.

Items hold profile ids only; a shortlist is always shown and exported from the live
profiles, so a profile deleted or erased after the shortlist was made never reappears.
Erasing a profile also removes it from the stored items.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from matcher.errors import NotFound
from matcher.store import Store
from matcher.store.tables import ShortlistRow, utcnow
from service.keys import as_utc

__all__ = ["ShortlistBook", "StoredShortlist"]


@dataclass(frozen=True)
class StoredShortlist:
    id: str
    name: str
    owner: str
    brief: dict | None
    items: list[dict]
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def of(cls, row: ShortlistRow) -> StoredShortlist:
        return cls(row.id, row.name, row.owner, row.brief, list(row.items), as_utc(row.created_at),
                   as_utc(row.updated_at))


class ShortlistBook:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, name: str, owner: str, brief: dict | None, items: list[dict]) -> StoredShortlist:
        now = utcnow()
        row = ShortlistRow(id=str(uuid.uuid4()), name=name, owner=owner, brief=brief, items=items,
                           created_at=now, updated_at=now)
        with self.store.session() as session:
            session.add(row)
        return StoredShortlist.of(row)

    def all(self) -> list[StoredShortlist]:
        with self.store.session() as session:
            rows = session.scalars(select(ShortlistRow).order_by(ShortlistRow.created_at.desc(), ShortlistRow.id))
            return [StoredShortlist.of(row) for row in rows]

    def get(self, shortlist_id: str) -> StoredShortlist:
        with self.store.session() as session:
            row = session.get(ShortlistRow, shortlist_id)
            if row is None:
                raise NotFound(f"no shortlist with id '{shortlist_id}'")
            return StoredShortlist.of(row)

    def delete(self, shortlist_id: str) -> None:
        with self.store.session() as session:
            row = session.get(ShortlistRow, shortlist_id)
            if row is None:
                raise NotFound(f"no shortlist with id '{shortlist_id}'")
            session.delete(row)

    def forget_profile(self, profile_id: str) -> int:
        """Remove a profile from every shortlist's items; returns how many shortlists changed."""
        changed = 0
        with self.store.session() as session:
            for row in session.scalars(select(ShortlistRow).with_for_update()):
                kept = [item for item in row.items if item.get("profile_id") != profile_id]
                if len(kept) != len(row.items):
                    row.items, row.updated_at = kept, utcnow()
                    changed += 1
        return changed
