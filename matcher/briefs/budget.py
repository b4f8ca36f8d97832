"""A brief's budget: its level in words, its amount, and any cap on day rates.

Rules:
- the level comes from words only ("low-budget", "HETV"): an amount alone does not set it,
  because £50k is a generous corporate and a micro feature;
- an amount per day ("£300/day", "£250 a day", "£300pd", or after "rates"/"day rate") is a
  day-rate cap; with several, the highest is the cap so no one paid the top rate is filtered out;
- any other sterling amount is the budget, one said near "budget" first, else the largest;
  amounts per hour, week, head or person are neither and are left alone.
"""

from __future__ import annotations

import re
from typing import cast

from matcher.briefs.rules.money import MONEY
from models.brief import Budget, BudgetLevel

__all__ = ["find_budget"]

_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_LEVEL, _AMOUNT, _PER_DAY, _PER_OTHER = MONEY.level, MONEY.amount, MONEY.per_day, MONEY.per_other
_RATE_BEFORE, _NEAR_BUDGET = MONEY.rate_before, MONEY.near_budget


def _amount(m: re.Match[str]) -> float:
    n = m.group("n") or m.group("bn")
    mult = (m.group("mult") or m.group("bmult") or "").lower()
    return float(n.replace(",", "")) * _MULT.get(mult, 1)


def _level(text: str, notes: list[str]) -> tuple[BudgetLevel | None, list[str]]:
    found = [(next(k for k, v in m.groupdict().items() if v), m.group()) for m in _LEVEL.finditer(text)]
    levels = {lvl for lvl, _ in found}
    if len(levels) > 1:
        notes.append(f"The brief gives more than one budget level ({', '.join(w for _, w in found)}); "
                     f"taking '{found[0][1]}'.")
    # the pattern's group names are the levels
    return (cast(BudgetLevel, found[0][0]) if found else None), [w for _, w in found[:1]]


def find_budget(text: str) -> tuple[Budget | None, list[str]]:
    """The budget the brief states, or None when it says nothing about money; and notes."""
    notes: list[str] = []
    level, words = _level(text, notes)
    rates, totals = [], []  # (amount, as written); totals also rank by whether "budget" is said nearby
    for m in _AMOUNT.finditer(text):
        per_day = _PER_DAY.match(text, m.end())
        if _PER_OTHER.match(text, m.end()):
            continue  # "£25/hour", "£500 a week", "£15 per head": not a budget, not a day rate
        if per_day or _RATE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            rates.append((_amount(m), text[m.start():per_day.end() if per_day else m.end()].strip()))
        else:
            near = bool(_NEAR_BUDGET.search(text, max(0, m.start() - 30), m.end() + 15))
            totals.append((near, _amount(m), text[m.start("bn") if m.group("bn") else m.start():m.end()]))
    if len(rates) > 1:
        notes.append(f"Several day rates are given ({', '.join(w for _, w in rates)}); "
                     f"the highest, £{max(rates)[0]:,.0f}, is taken as the cap.")
    if level is None and not rates and not totals:
        return None, notes
    total = max(totals, key=lambda t: t[:2], default=None)
    written = words + ([total[2]] if total else []) + [w for _, w in rates]
    return Budget(level=level, amount_gbp=total[1] if total else None,
                  max_day_rate_gbp=max(rates)[0] if rates else None, text="; ".join(written)), notes
