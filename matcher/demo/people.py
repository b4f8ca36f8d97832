"""Fictional people: names by heritage, pronouns, languages, and contact details that cannot reach anyone.

Emails use reserved example domains, websites the reserved ``.example`` top-level domain, and phone
numbers Ofcom's ranges set aside for drama (07700 900000-900999 and 01632 960000-960999).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from matcher.demo import curated
from matcher.demo.wording import slug

__all__ = ["Person", "PhoneBook", "company_contact", "person_contact", "pick_person"]

EMAIL_DOMAINS = ("example.com", "example.co.uk", "example.net", "example.org")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    gender: str  # "f", "m" or "x" (writes only in the first person)
    heritage: str
    heritage_languages: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def pick_person(rng: random.Random, taken: set[str]) -> Person:
    """A plausible, unused, non-famous name."""
    data = curated.names()
    groups = data["groups"]
    blocked = {name.lower() for name in data["blocklist"]}
    while True:
        group = rng.choices(groups, weights=[g["weight"] for g in groups])[0]
        gender = rng.choices(("f", "m", "x"), weights=(48, 49, 3))[0]
        pool = group["female"] if gender == "f" else group["male"] if gender == "m" else group["female"] + group["male"]
        first = rng.choice(pool)
        if "surname" in group:
            last = rng.choice(group["surname"])
        else:
            index = rng.randrange(len(group["surname_f"]))
            female = gender == "f" or (gender == "x" and first in group["female"])
            last = (group["surname_f"] if female else group["surname_m"])[index]
        full = f"{first} {last}"
        if full.lower() in blocked or full in taken or first == last:
            continue
        taken.add(full)
        return Person(first, last, gender, group["heritage"], tuple(group.get("languages", ())))


class PhoneBook:
    """Hands out each drama-range number once; Ofcom sets aside only a thousand of each, so a
    corpus larger than the demo starts again from a fresh shuffle."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._mobiles = self._fresh("07700 900")
        self._landlines = self._fresh("01632 960")

    def mobile(self) -> str:
        return self._next(self._mobiles, "07700 900")

    def landline(self) -> str:
        return self._next(self._landlines, "01632 960")

    def _fresh(self, prefix: str) -> list[str]:
        pool = [f"{prefix}{n:03d}" for n in range(1000)]
        self._rng.shuffle(pool)
        return pool

    def _next(self, pool: list[str], prefix: str) -> str:
        if not pool:
            pool += self._fresh(prefix)
        return pool.pop()


def person_contact(rng: random.Random, person: Person, phones: PhoneBook,
                   trading_slug: str | None = None) -> dict[str, Any]:
    first, last = slug(person.first), slug(person.last)
    local = rng.choice((f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}",
                        f"hello.{first}{last[:1]}", f"{first}-{last}"))
    if local == first:
        local = f"{first}{rng.randint(2, 99)}"
    contact: dict[str, Any] = {}
    if trading_slug and rng.random() < 0.6:
        contact["email"] = f"{rng.choice(('hello', 'bookings', first))}@{trading_slug}.example"
    else:
        contact["email"] = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    if rng.random() < 0.85:
        contact["phone"] = phones.mobile()
    if trading_slug:
        contact["website"] = f"https://{trading_slug}.example"
    elif rng.random() < 0.3:
        contact["website"] = f"https://{first}{last}.example"
    if rng.random() < 0.04 and "phone" in contact:
        contact.pop("email")  # some people only give a number
    return contact


def company_contact(rng: random.Random, name_slug: str, phones: PhoneBook) -> dict[str, Any]:
    domain = f"{name_slug}.example"
    contact = {"email": f"{rng.choice(('hello', 'info', 'studio', 'bookings', 'office', 'team'))}@{domain}"}
    if rng.random() < 0.9:
        contact["phone"] = phones.landline() if rng.random() < 0.75 else phones.mobile()
    contact["website"] = f"https://{'www.' if rng.random() < 0.5 else ''}{domain}"
    return contact
