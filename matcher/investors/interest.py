"""An investor's interest, in their own words, read into criteria (``InterestCriteria``).

"Angel, £10–25k tickets, pre-seed or seed games or animation studios with their own IP, SEIS
please, within an hour of Stoke" reads as: ticket £10,000-£25,000; stages pre-seed, seed; sectors
games, animation; own IP; SEIS; Stoke within 60 km. Every piece comes with the words it was read
from (``Reading``), shown back on the page for correction, as briefs are.

The rules live in ``matcher.investors.rules`` (named, with examples). What this module decides:

- **Ticket or round**: an amount is the investor's own cheque unless "round"/"raising" comes just
  before it or "round" just after; "we co-invest in rounds of £250k-£1m" is a round size.
- **A lone amount** ("~£50k") is a ticket of half to one and a half times it.
- **Places** come from the gazetteer, plus the regions investors name ("West Midlands", "North
  West", "Midlands"); where the investor is ("I'm in Macclesfield", "sold my business in
  Manchester") is not where companies must be, and "happy to travel" drops geography. A town with
  no radius counts 25 km around it; counties and regions count by membership.
- **Stages**: "early stage" and "start-ups" mean pre-seed and seed; "established businesses"
  established; "growth capital" growth; a negated stage ("rather than start-ups") is left out.
- **Sectors** (``matcher.investors.sectors``); after "not interested in", "no", "don't do" they go
  to ``exclude_sectors``.
- Structured criteria given alongside the text win over what the text says (``read_interest``).
"""

from __future__ import annotations

import re
from typing import Any

from matcher.geo import load_gazetteer
from matcher.investors.geography import REGIONS
from matcher.investors.rules import HOUR_KM, INTEREST, MILES_KM
from matcher.investors.sectors import find_sectors
from models.investor import InterestCriteria
from models.investor_match import InterestReading, Reading
from models.profile import GbpRange

__all__ = ["parse_interest", "read_interest"]

_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6}
_STAGE_WORDS = [("pre", ("pre-seed",)), ("series b", ("series-b",)), ("series a", ("series-a",)),
                ("seed", ("seed",)), ("growth", ("growth",)), ("scale", ("growth",)),
                ("established", ("established",)), ("mature", ("established",)),
                ("early", ("pre-seed", "seed")), ("very early", ("pre-seed",)), ("start", ("pre-seed", "seed"))]
_EXCLUDE = re.compile(r"\b(?:not\s+interested\s+in|no|not|don'?t\s+do|excluding|except|avoid|nothing\s+in)\s+"
                      r"(?:[\w/-]+\s+){0,2}$", re.IGNORECASE)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
DEFAULT_TOWN_RADIUS_KM = 25.0


def read_interest(text: str, given: InterestCriteria | None = None) -> InterestReading:
    """The interest read from ``text``, with any structured criteria ``given`` taking precedence."""
    reading = parse_interest(text)
    if given is None:
        return reading
    merged = {**reading.criteria.model_dump(), **given.model_dump(exclude_unset=True)}
    return reading.model_copy(update={"criteria": InterestCriteria.model_validate(merged)})


def parse_interest(text: str) -> InterestReading:
    text = text or ""
    read: list[Reading] = []
    notes: list[str] = []
    values: dict[str, Any] = {}
    _money(text, values, read)
    _stages(text, values, read)
    _sectors(text, values, read)
    if INTEREST.seis.search(text):
        schemes = {m.group(0).upper() for m in INTEREST.seis.finditer(text)}
        values["seis"] = "SEIS" in schemes or None
        values["eis"] = "EIS" in schemes or None
        read.append(Reading(criterion="tax_relief", value=" or ".join(sorted(schemes, reverse=True)),
                            words=", ".join(m.group(0) for m in INTEREST.seis.finditer(text))))
    if m := INTEREST.own_ip.search(text):
        values["own_ip"] = True
        read.append(Reading(criterion="own_ip", value="companies that own their IP", words=m.group(0)))
    _geography(text, values, read, notes)
    _size_and_age(text, values, read)
    criteria = InterestCriteria.model_validate({k: v for k, v in values.items() if v is not None})
    return InterestReading(criteria=criteria, read=read, text=text.strip(), notes=notes)


# -- money ---------------------------------------------------------------------------------
def _amount(number: str, mult: str | None) -> float:
    return float(number.replace(",", "")) * _MULTIPLIERS.get((mult or "").lower(), 1.0)


def _money(text: str, values: dict[str, Any], read: list[Reading]) -> None:
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    found: list[tuple[re.Match[str], GbpRange]] = []
    for m in INTEREST.money_range.finditer(text):
        hi_mult = m.group("himult")
        lo, hi = _amount(m.group("lo"), m.group("lomult") or hi_mult), _amount(m.group("hi"), hi_mult)
        if hi >= 500 and lo <= hi:
            found.append((m, GbpRange(min=lo, max=hi)))
            taken.append(m.span())
    for rule, side in ((INTEREST.money_up_to, "max"), (INTEREST.money_from, "min")):
        for m in rule.finditer(text):
            n, mult = m.group("n") or m.group("n2"), m.groupdict().get("mult") or m.groupdict().get("mult2")
            if free(m) and (amount := _amount(n, mult)) >= 500:
                found.append((m, GbpRange(**{side: amount})))
                taken.append(m.span())
    for m in INTEREST.money_one.finditer(text):
        if free(m) and (amount := _amount(m.group("n"), m.group("mult"))) >= 500:
            found.append((m, GbpRange(min=amount * 0.5, max=amount * 1.5)))
            taken.append(m.span())
    for m, money in sorted(found, key=lambda pair: pair[0].start()):
        is_round = INTEREST.round_context.search(text[max(0, m.start() - 40): m.start()]) or \
            INTEREST.round_after.search(text[m.end(): m.end() + 20])
        key = "round_gbp" if is_round else "ticket_gbp"
        if key in values:  # the first amount of each kind is the one that counts
            continue
        values[key] = money
        read.append(Reading(criterion="round" if is_round else "ticket", value=_gbp(money), words=m.group(0).strip()))


def _gbp(amount: GbpRange) -> str:
    def one(x: float) -> str:
        return f"£{x / 1e6:g}m" if x >= 1e6 else f"£{x / 1e3:g}k" if x >= 1e3 else f"£{x:g}"

    if amount.min is not None and amount.max is not None:
        return f"{one(amount.min)}-{one(amount.max)}"
    return f"up to {one(amount.max)}" if amount.max is not None else f"from {one(amount.min or 0)}"


# -- stages and sectors --------------------------------------------------------------------
def _stages(text: str, values: dict[str, Any], read: list[Reading]) -> None:
    stages: list[str] = []
    for m in INTEREST.stage.finditer(text):
        if INTEREST.stage_negated.search(text[max(0, m.start() - 30): m.start()]):
            continue
        word = m.group("stage").lower()
        new = next(names for key, names in _STAGE_WORDS if word.replace("-", " ").startswith(key))
        stages += new
        read.append(Reading(criterion="stage", value=", ".join(new), words=m.group(0)))
    if stages:
        values["stages"] = list(dict.fromkeys(stages))


def _sectors(text: str, values: dict[str, Any], read: list[Reading]) -> None:
    wanted, excluded = [], []
    for sector, words in find_sectors(text):
        at = re.search(rf"(?<![\w-]){re.escape(words)}(?!\w)", text, re.IGNORECASE)
        before = text[max(0, at.start() - 40): at.start()] if at else ""
        if _EXCLUDE.search(before):
            excluded.append(sector)
            read.append(Reading(criterion="exclude_sectors", value=sector, words=words))
        else:
            wanted.append(sector)
            read.append(Reading(criterion="sectors", value=sector, words=words))
    if wanted:
        values["sectors"] = wanted
    if excluded:
        values["exclude_sectors"] = excluded


# -- geography, size and age ----------------------------------------------------------------
def _geography(text: str, values: dict[str, Any], read: list[Reading], notes: list[str]) -> None:
    radius = INTEREST.radius.search(text)
    if radius:
        if radius.group("hour"):
            hours = {"two": 2, "2": 2}.get(radius.group("hour").lower(), 1)
            km = HOUR_KM * hours * (0.5 if radius.group("hour").lower().startswith("half") else 1)
        else:
            km = float(radius.group("n")) * (MILES_KM if radius.group("unit").lower().startswith("mi") else 1)
        values["radius_km"] = round(km, 1)
        read.append(Reading(criterion="geography", value=f"within {km:.0f} km", words=radius.group(0).strip()))
    if m := INTEREST.anywhere.search(text):
        notes.append(f"'{m.group(0)}': no place asked for")
        values.pop("radius_km", None)
        return
    places: list[str] = []
    for mention in load_gazetteer().find(text):
        before = text[max(0, mention.start - 60): mention.start]
        if INTEREST.base_place.search(before):
            notes.append(f"'{mention.surface}' is where the investor is, not where companies must be")
            continue
        if INTEREST.not_place.search(before):
            notes.append(f"'{mention.surface}' is left out ('not'): the rest of the area still counts")
            continue
        if mention.place.name in places:
            continue
        places.append(mention.place.name)
        read.append(Reading(criterion="geography", value=mention.place.name, words=mention.surface))
    for name, (pattern, _) in REGIONS.items():
        if m := re.search(pattern, text, re.IGNORECASE):
            places.append(name)
            read.append(Reading(criterion="geography", value=name, words=m.group(0)))
    if places:
        values["places"] = list(dict.fromkeys(places))
    elif "radius_km" in values:
        notes.append("a radius with no place: measured from the investor's own location when known")


def _count(word: str) -> float:
    return float(_WORD_NUMBERS.get(word.lower(), word))


def _size_and_age(text: str, values: dict[str, Any], read: list[Reading]) -> None:
    if m := INTEREST.employees.search(text):
        values["employees"] = _bounds(m)
        read.append(Reading(criterion="employees", value=_range_words(values["employees"], "staff"),
                            words=m.group(0)))
    if m := INTEREST.age.search(text):
        n = m.group("n") or m.group("plus") or m.group("trading")
        cmp = (m.group("cmp") or "").lower()
        upper = cmp.startswith(("under", "less", "younger"))
        values["age_years"] = {"max": _count(n)} if upper else {"min": _count(n)}
        read.append(Reading(criterion="age", value=_range_words(values["age_years"], "years old"), words=m.group(0)))


def _bounds(m: re.Match[str]) -> dict[str, float]:
    if m.group("lo"):
        return {"min": float(m.group("lo")), "max": float(m.group("hi"))}
    if m.group("plus"):
        return {"min": float(m.group("plus"))}
    cmp, n = m.group("cmp").lower(), float(m.group("n"))
    if cmp.startswith(("fewer", "less", "under")):
        return {"max": n - 1}
    if cmp.startswith(("up", "max")):
        return {"max": n}
    return {"min": n if cmp.startswith("at") else n + 1}


def _range_words(bounds: dict[str, float], unit: str) -> str:
    lo, hi = bounds.get("min"), bounds.get("max")
    if lo is not None and hi is not None:
        return f"{lo:g}-{hi:g} {unit}"
    return f"at most {hi:g} {unit}" if hi is not None else f"at least {lo:g} {unit}"
