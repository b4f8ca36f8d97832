"""Shortlists the film office works: one per production, the people on it in order, a note
and a status per person.

Rules:
- One shortlist per production. The production's name is what crew read in an availability
  check; two names that differ only in case, spacing or punctuation are one production (a
  unique index on the folded name, so two offices saving at once cannot both win).
- One entry per person: adding someone already on it keeps their entry (and its note and
  status) where it is.
- Statuses go suggested -> asked (a check was sent) -> available | declined (they answered)
  -> booked; staff may set any status by hand, since calls happen off the system too.
- Items hold profile ids only; a shortlist is always shown and exported from the live
  profiles, so a profile deleted or erased since never reappears. Erasing a profile also
  removes it from the stored items.

Every change reads the row FOR UPDATE (PostgreSQL; SQLite serialises writers) and writes
a new items list, so two people working one shortlist never lose each other's changes.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.store import Store
from matcher.store.office import AvailabilityCheckRow
from matcher.store.tables import ShortlistRow, utcnow
from service.keys import as_utc

__all__ = ["MAX_ITEMS", "STATUSES", "ShortlistBook", "StoredShortlist", "production_key"]

STATUSES = ("suggested", "asked", "available", "booked", "declined")
MAX_ITEMS = 500  # people on one shortlist

Items = list[dict]


def production_key(production: str) -> str:
    """'The Bottle-Kiln Job ' and 'the bottle kiln job' are one production."""
    return " ".join(re.sub(r"[\W_]+", " ", production.casefold()).split())


@dataclass(frozen=True)
class StoredShortlist:
    id: str
    name: str
    production: str
    owner: str
    brief: dict | None
    items: list[dict]
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def of(cls, row: ShortlistRow) -> StoredShortlist:
        items = [{"status": "suggested", **item} for item in row.items]  # saved before statuses existed
        return cls(row.id, row.name, row.production or row.name, row.owner, row.brief, items,
                   as_utc(row.created_at), as_utc(row.updated_at))


class ShortlistBook:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- whole shortlists ------------------------------------------------------------------
    def create(self, name: str, owner: str, brief: dict | None, items: Items,
               production: str | None = None) -> StoredShortlist:
        production = production or name
        key = production_key(production)
        if not key:
            raise InvalidInput("production: must contain a letter or a digit")
        now = utcnow()
        row = ShortlistRow(id=str(uuid.uuid4()), name=name, production=production, production_key=key,
                           owner=owner, brief=brief, items=_unique(items), created_at=now, updated_at=now)
        try:
            with self.store.session() as session:
                self._refuse_taken(session, key)
                session.add(row)
        except IntegrityError:  # another request saved this production a moment ago
            with self.store.session() as session:
                self._refuse_taken(session, key)
            raise
        return StoredShortlist.of(row)

    def all(self) -> list[StoredShortlist]:
        with self.store.session() as session:
            rows = session.scalars(select(ShortlistRow).order_by(ShortlistRow.created_at.desc(), ShortlistRow.id))
            return [StoredShortlist.of(row) for row in rows]

    def get(self, shortlist_id: str) -> StoredShortlist:
        with self.store.session() as session:
            return StoredShortlist.of(self._row(session, shortlist_id))

    def rename(self, shortlist_id: str, name: str | None = None, production: str | None = None,
               brief: dict | None = None) -> StoredShortlist:
        """A new name, production or brief; what is None stays as it was."""
        with self.store.session() as session:
            row = self._row(session, shortlist_id, lock=True)
            if production is not None:
                key = production_key(production)
                if not key:
                    raise InvalidInput("production: must contain a letter or a digit")
                if key != row.production_key:
                    self._refuse_taken(session, key)
                row.production, row.production_key = production, key
            if name is not None:
                row.name = name
            if brief is not None:
                row.brief = brief
            row.updated_at = utcnow()
            return StoredShortlist.of(row)

    def delete(self, shortlist_id: str) -> None:
        with self.store.session() as session:
            session.delete(self._row(session, shortlist_id))
            session.execute(delete(AvailabilityCheckRow).where(AvailabilityCheckRow.shortlist_id == shortlist_id))

    # -- the people on it ------------------------------------------------------------------
    def add(self, shortlist_id: str, items: Items) -> tuple[StoredShortlist, int]:
        """Add people at the end; returns the shortlist and how many were new to it."""
        added = 0

        def extend(current: Items) -> Items:
            nonlocal added
            on = {i["profile_id"] for i in current}
            new = [i for i in _unique(items) if i["profile_id"] not in on]
            added = len(new)
            if len(current) + added > MAX_ITEMS:
                raise InvalidInput(f"a shortlist holds at most {MAX_ITEMS} people; this one has {len(current)}")
            return current + new

        return self._change(shortlist_id, extend), added

    def update_item(self, shortlist_id: str, profile_id: str, **changes: str | None) -> StoredShortlist:
        """Change an entry's note, need or status (those given; a note of "" clears it)."""
        if "status" in changes and changes["status"] not in STATUSES:
            raise InvalidInput(f"status: must be one of {', '.join(STATUSES)}")

        def edit(current: Items) -> Items:
            item = _find(current, profile_id, shortlist_id)
            for field, value in changes.items():
                if value is None or value == "":
                    item.pop(field, None)
                else:
                    item[field] = value
            if "status" in changes:
                item["status_at"] = utcnow().isoformat(timespec="seconds")
            return current

        return self._change(shortlist_id, edit)

    def remove(self, shortlist_id: str, profile_id: str) -> StoredShortlist:
        def drop(current: Items) -> Items:
            _find(current, profile_id, shortlist_id)
            return [i for i in current if i["profile_id"] != profile_id]

        return self._change(shortlist_id, drop)

    def reorder(self, shortlist_id: str, profile_ids: list[str]) -> StoredShortlist:
        """Put the people in this order; it must name each person on the shortlist once."""
        def order(current: Items) -> Items:
            by_id = {i["profile_id"]: i for i in current}
            if len(set(profile_ids)) != len(profile_ids):
                raise InvalidInput("profile_ids: names someone twice")
            if set(profile_ids) != set(by_id):
                raise Conflict("the shortlist has changed since it was shown (someone was added or removed): "
                               "reload it and reorder again")
            return [by_id[pid] for pid in profile_ids]

        return self._change(shortlist_id, order)

    def set_statuses(self, shortlist_id: str, statuses: dict[str, str]) -> StoredShortlist:
        """Several people's statuses at once (a check sent to them, their answer)."""
        now = utcnow().isoformat(timespec="seconds")

        def mark(current: Items) -> Items:
            for item in current:
                if item["profile_id"] in statuses:
                    item["status"], item["status_at"] = statuses[item["profile_id"]], now
            return current

        return self._change(shortlist_id, mark)

    def forget_profile(self, profile_id: str) -> int:
        """Remove a profile from every shortlist's items, and its availability checks (they
        hold its email address); returns how many shortlists changed."""
        changed = 0
        with self.store.session() as session:
            for row in session.scalars(select(ShortlistRow).with_for_update()):
                kept = [item for item in row.items if item.get("profile_id") != profile_id]
                if len(kept) != len(row.items):
                    row.items, row.updated_at = kept, utcnow()
                    changed += 1
            session.execute(delete(AvailabilityCheckRow).where(AvailabilityCheckRow.profile_id == profile_id))
        return changed

    # -- internals -------------------------------------------------------------------------
    def _change(self, shortlist_id: str, change: Callable[[Items], Items]) -> StoredShortlist:
        with self.store.session() as session:
            row = self._row(session, shortlist_id, lock=True)
            items = [{"status": "suggested", **dict(item)} for item in row.items]  # copies: the row sees a new list
            row.items = change(items)
            row.updated_at = utcnow()
            return StoredShortlist.of(row)

    @staticmethod
    def _row(session, shortlist_id: str, lock: bool = False) -> ShortlistRow:
        query = select(ShortlistRow).where(ShortlistRow.id == shortlist_id)
        row = session.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise NotFound(f"no shortlist with id '{shortlist_id}'")
        return row

    @staticmethod
    def _refuse_taken(session, key: str) -> None:
        taken = session.scalar(select(ShortlistRow).where(ShortlistRow.production_key == key))
        if taken is not None:
            raise Conflict(f"the production '{taken.production or taken.name}' already has a shortlist "
                           f"('{taken.name}', id {taken.id}): add people to it instead")


def _unique(items: Items) -> Items:
    """One entry per person: the first mention of each wins."""
    seen: set[str] = set()
    kept = []
    for item in items:
        if item["profile_id"] not in seen:
            seen.add(item["profile_id"])
            kept.append({"status": "suggested", **item})
    return kept


def _find(items: Items, profile_id: str, shortlist_id: str) -> dict:
    for item in items:
        if item["profile_id"] == profile_id:
            return item
    raise NotFound(f"'{profile_id}' is not on shortlist {shortlist_id}")
