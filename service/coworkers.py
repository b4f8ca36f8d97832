"""Who has worked with whom, from shared credits: the "worked with" of a profile page.

A credit names a production by title and year. Two profiles crediting the same title in the
same year worked on the same production; the same title in another year is another
production (a second series, a remake), and a credit without a year links no one. Titles
are compared folded (case, accents, quotes, dashes and punctuation), so "The Saggar Maker’s
Daughter" and "the saggar makers daughter" are one title.

The table of productions is read from the database once per state of the change log and kept
until the next change. What a caller is shown follows ``service.visibility``: a staff-only
profile is never listed below staff, and a freelancer whose name the caller may not see is
listed by what they do ("Freelance gaffer").

The partners work (``matcher.partners``, a co-credit network, on its own branch) builds the
same links; once it lands this module should read its graph instead of keeping its own.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from matcher.store import Store
from models.profile import Profile
from service.roles import Role
from service.visibility import label_for

__all__ = ["CoWorker", "CreditTable", "production_key"]

MAX_LISTED = 50
_FOLD = re.compile(r"[^0-9a-z]+")


def production_key(title: str, year: int | None) -> tuple[str, int] | None:
    """The identity of a production: folded title and year; None without a year."""
    if year is None:
        return None
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().casefold()
    folded = _FOLD.sub(" ", ascii_title.replace("'", "")).strip()
    return (folded, int(year)) if folded else None


@dataclass(frozen=True)
class _Person:
    kind: str
    name: str
    visibility: str
    first_role: str | None


@dataclass(frozen=True)
class CoWorker:
    id: str
    kind: str
    name: str
    productions: tuple[str, ...]  # "The Bottle Kiln Job (2024)"


class CreditTable:
    """Productions -> the profiles credited on them, rebuilt when the change log moves."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._seq = -1
        self._people: dict[str, _Person] = {}
        self._credited: dict[tuple[str, int], set[str]] = {}
        self._titles: dict[tuple[str, int], str] = {}

    def worked_with(self, profile: Profile, role: Role) -> list[CoWorker]:
        """Profiles sharing a production with ``profile``, most shared first, as ``role`` may see them."""
        self._refresh()
        shared: dict[str, list[str]] = defaultdict(list)
        for credit in profile.credits:
            key = production_key(credit.title, credit.year)
            if key is None:
                continue
            for other in sorted(self._credited.get(key, ())):
                person = self._people.get(other)
                if other != profile.id and person is not None and role.finds(person.visibility):
                    shared[other].append(f"{self._titles[key]} ({key[1]})")
        found = []
        for other, productions in shared.items():
            person = self._people[other]
            shown = person.kind != "freelancer" or role.names(person.visibility)
            name = person.name if shown else label_for(person.kind, person.first_role)
            found.append(CoWorker(other, person.kind, name, tuple(dict.fromkeys(productions))))
        found.sort(key=lambda c: (-len(c.productions), c.name.casefold(), c.id))
        return found[:MAX_LISTED]

    def _refresh(self) -> None:
        seq = self.store.latest_seq()
        with self._lock:
            if seq == self._seq:
                return
            people, credited, titles = {}, defaultdict(set), {}
            for profile in self.store.profiles():
                people[profile.id] = _Person(profile.kind, profile.name, profile.visibility,
                                             profile.roles[0] if profile.roles else None)
                for credit in profile.credits:
                    key = production_key(credit.title, credit.year)
                    if key is not None:
                        credited[key].add(profile.id)
                        titles.setdefault(key, credit.title)
            self._people, self._credited, self._titles, self._seq = people, dict(credited), titles, seq
