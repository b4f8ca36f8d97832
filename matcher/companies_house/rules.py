"""Which companies of the register the matcher keeps: three named rules, each with examples.

A company is kept when it passes every rule in ``KEEP_RULES``:

* **active**: its status is "Active", or "Active - Proposal to Strike off" (kept, and flagged
  in ``flags``). Liquidation, administration, receivership, dissolved... are not kept.
* **in the area**: the postcode of its registered office lies in the import's area
  (``area.Area``; default Stoke-on-Trent and Staffordshire).
* **screen SIC code**: at least one of its SIC codes is a screen code (``sic.SCREEN_CODES``);
  59200 (sound recording and music publishing) counts only with ``--include-music``.

Each rule says why a company fails it, in words a person reads in the import's summary and
in the mark left on a profile whose company has left the register or the area.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from matcher.companies_house.area import Area
from matcher.companies_house.records import RegisterRecord
from matcher.companies_house.sic import MUSIC_CODE, SCREEN_CODES

__all__ = ["ACTIVE_STATUSES", "KEEP_RULES", "KeepRule", "RuleContext", "screen_codes_for", "why_not_kept"]

ACTIVE_STATUSES = frozenset({"active", "active - proposal to strike off"})


@dataclass(frozen=True)
class RuleContext:
    area: Area = field(default_factory=Area)
    include_music: bool = False
    as_of: dt.date = field(default_factory=dt.date.today)

    @property
    def wanted_codes(self) -> frozenset[str]:
        return screen_codes_for(self.include_music)


def screen_codes_for(include_music: bool) -> frozenset[str]:
    return SCREEN_CODES | {MUSIC_CODE} if include_music else SCREEN_CODES


@dataclass(frozen=True)
class KeepRule:
    """A named rule: ``check`` returns None when a company passes, else why it fails.
    ``examples`` pass and ``non_examples`` fail (fields of a record; see the tests)."""

    name: str
    check: Callable[[RegisterRecord, RuleContext], str | None]
    examples: tuple[dict[str, Any], ...]
    non_examples: tuple[dict[str, Any], ...]


def _active(record: RegisterRecord, _context: RuleContext) -> str | None:
    if record.status.lower() in ACTIVE_STATUSES:
        return None
    return f"not active on the register ({record.status or 'no status'})"


def _in_area(record: RegisterRecord, context: RuleContext) -> str | None:
    if context.area.contains(record.district):
        return None
    where = record.address.postcode or "no postcode"
    return f"registered office outside the area ({where})"


def _screen_code(record: RegisterRecord, context: RuleContext) -> str | None:
    codes = record.codes
    if any(code in context.wanted_codes for code in codes):
        return None
    if MUSIC_CODE in codes:
        return "music only (59200), imported without --include-music"
    return f"no screen SIC code ({', '.join(codes) or 'none given'})"


KEEP_RULES: tuple[KeepRule, ...] = (
    KeepRule("active", _active,
             examples=({"status": "Active"}, {"status": "Active - Proposal to Strike off"}, {"status": "ACTIVE"}),
             non_examples=({"status": "Liquidation"}, {"status": "In Administration"},
                           {"status": "Voluntary Arrangement"}, {"status": "Dissolved"}, {"status": ""})),
    KeepRule("in the area", _in_area,
             examples=({"postcode": "ST4 7QB"}, {"postcode": "st13 5aa"}, {"postcode": "DE14 1AA"},
                       {"postcode": "B79 7AB"}, {"postcode": "ST47QB"}),
             non_examples=({"postcode": "M1 1AE"}, {"postcode": "SK11 6AA"}, {"postcode": ""},
                           {"postcode": "CW3 9AA"}, {"postcode": "B3 2AA"})),
    KeepRule("screen SIC code", _screen_code,
             examples=({"sic": ["59111"]}, {"sic": ["70229", "59120"]}, {"sic": ["58210"]}, {"sic": ["62011"]},
                       {"sic": ["59200"], "include_music": True}),
             non_examples=({"sic": ["62012"]}, {"sic": ["59200"]}, {"sic": []}, {"sic": ["90020", "73110"]})),
)


def why_not_kept(record: RegisterRecord, context: RuleContext) -> str | None:
    """None when the company is kept; else the first rule it fails, in words."""
    for rule in KEEP_RULES:
        reason = rule.check(record, context)
        if reason is not None:
            return reason
    return None
