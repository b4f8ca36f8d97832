"""Companies House style facts and investor readiness: SIC codes, stage, raise, SEIS/EIS, own IP.

Company numbers are drawn from the 99xxxxxx block, which Companies House has not issued, so no
demo number belongs to a real company. SEIS and EIS eligibility follow the broad rules (SEIS:
trading for up to three years and fewer than 25 employees; EIS: within seven years of first sale, ten
for knowledge-intensive companies, fewer than 250 employees), judged as at the demo year 2026.
"""

from __future__ import annotations

import random
from typing import Any

__all__ = ["SIC_CODES", "NumberBook", "add_raise", "company_facts"]

DEMO_YEAR = 2026
SIC_CODES = {
    "corporate": (("59112",), ("59112", "59111"), ("59112", "73110")),
    "drama": (("59111",), ("59111", "59113")),
    "documentary": (("59113",), ("59111", "59113")),
    "animation": (("59112", "90030"), ("59111", "59120"), ("59112",)),
    "games": (("62011",), ("62011", "58210"), ("58210",)),
    "locations": (("82990",), ("59111", "82990")),
    "costume": (("77299", "90020"), ("14190",), ("77299",)),
    "talent": (("74909",), ("74909", "90010")),
    "casting": (("78109",), ("78109", "90020")),
    "post": (("59120",),),
    "hire_camera": (("77390",),),
    "hire_lighting": (("77390", "90020"), ("77390",)),
    "vfx": (("59120",), ("59120", "62012")),
    "sound_post": (("59120",), ("59200", "59120")),
    "drone": (("74209",), ("59112", "74209")),
    "training": (("85590",), ("85590", "85600")),
    "events": (("90020", "59112"), ("90020",), ("59112", "82302")),
    "music": (("59200",), ("90030",), ("59200", "90030")),
    "immersive": (("62011",), ("62012", "59112"), ("62012", "90030")),
    "exhibition": (("59140",), ("59140", "90020")),
    "catering": (("56210",),),
    "photography": (("74209",), ("74202",)),
}
IP_LED = {"games", "animation", "immersive", "vfx"}
KNOWLEDGE_INTENSIVE = {"games", "immersive", "vfx"}


class NumberBook:
    """Unique fictional company numbers."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def next(self) -> str:
        while True:
            number = f"99{self._rng.randrange(1_000_000):06d}"
            if number not in self._used:
                self._used.add(number)
                return number


def _sic(row: dict[str, Any], rng: random.Random) -> list[str]:
    services = " ".join(row.get("services", []))
    if "distribution" in services:
        return ["59131", "59133"]
    if "festival" in services:
        return ["90020", "59140"]
    return list(rng.choice(SIC_CODES[row["sector"]]))


def _stage(row: dict[str, Any]) -> str:
    age, staff, sector = DEMO_YEAR - row["founded"], row["staff"], row["sector"]
    if row.get("raise"):
        top = row["raise"][1]
        if top <= 150_000 and age <= 3:
            return "pre-seed"
        return "seed" if top <= 900_000 else "series-a" if top <= 3_000_000 else "series-b"
    if sector in IP_LED and row.get("ip"):
        return "growth" if staff >= 30 else "series-a" if staff >= 12 else "pre-seed" if age <= 2 else "seed"
    if age < 4:
        return "seed"
    return "growth" if row["staff"] >= 12 and age <= 15 else "established"


def _own_ip(row: dict[str, Any]) -> bool:
    if "ip" in row:
        return bool(row["ip"])
    return row["sector"] in ("drama", "documentary") and "production services" not in row.get("services", [])


def company_facts(rng: random.Random, row: dict[str, Any], numbers: NumberBook) -> dict[str, Any] | None:
    """Full facts for most companies, registration-only facts for some, none for a few."""
    roll = rng.random()
    if roll < 0.08 and not row.get("raise"):
        return None
    facts: dict[str, Any] = {"number": numbers.next(), "sic_codes": _sic(row, rng), "founded": row["founded"]}
    if roll < 0.2 and not row.get("raise"):
        return facts
    age = DEMO_YEAR - row["founded"]
    knowledge = row["sector"] in KNOWLEDGE_INTENSIVE and row.get("ip")
    facts["employees"] = row["staff"]
    facts["stage"] = _stage(row)
    if row.get("raise"):
        facts["raising_gbp"] = {"min": row["raise"][0], "max": row["raise"][1]}
    facts["seis"] = age <= 3 and row["staff"] < 25
    facts["eis"] = row["staff"] < 250 and (age <= 7 or (knowledge and age <= 10))
    facts["own_ip"] = _own_ip(row)
    return facts


# Companies that were not raising in the first demo and now are: how likely, by sector. IP-led
# studios raise most often; service firms now and then (new kit, a second studio).
RAISE_CHANCE = {"games": 0.55, "animation": 0.55, "immersive": 0.55, "vfx": 0.45, "drama": 0.35,
                "documentary": 0.35, "post": 0.2, "sound_post": 0.2, "hire_camera": 0.2, "hire_lighting": 0.2,
                "drone": 0.2, "music": 0.2, "training": 0.15, "events": 0.15}
OTHER_SECTOR_CHANCE = 0.08
# Round sizes by headcount: (up to this many staff, lowest, highest) in GBP.
ROUND_BANDS = ((3, 10_000, 80_000), (10, 40_000, 400_000), (30, 250_000, 2_000_000), (10_000, 1_000_000, 6_000_000))
OPEN_TOP_SHARE = 0.15  # "raising £100k+" with no upper figure


def _nice(amount: float) -> int:
    step = 5_000 if amount < 100_000 else 25_000 if amount < 1_000_000 else 250_000
    return int(max(step, round(amount / step) * step))


def add_raise(rng: random.Random, row: dict[str, Any], facts: dict[str, Any] | None) -> dict[str, Any] | None:
    """Facts with a raise added for some companies that had none: more companies raising, at
    varied amounts, some with only a lower figure. Drawn from the company's own "raise" generator,
    so the rest of its profile is unchanged; a company with no facts at all stays without."""
    if facts is None or row.get("raise") or "raising_gbp" in facts:
        return facts
    if rng.random() >= RAISE_CHANCE.get(row["sector"], OTHER_SECTOR_CHANCE):
        return facts
    staff = facts.get("employees", row["staff"])
    _, low, high = next(band for band in ROUND_BANDS if staff <= band[0])
    bottom = _nice(rng.uniform(low, high * 0.6))
    top = _nice(bottom * rng.uniform(1.5, 3.0))
    raising = {"min": bottom} if rng.random() < OPEN_TOP_SHARE else {"min": bottom, "max": top}
    order = ("number", "sic_codes", "founded", "employees", "stage", "raising_gbp", "seis", "eis", "own_ip")
    return {key: raising if key == "raising_gbp" else facts[key] for key in order
            if key in facts or key == "raising_gbp"}
