"""Flags on kept companies: likely single-purpose vehicles, dormant companies, strike-offs.

A flag never drops a company: it is kept, counted apart on the sector map, and shown with
every rule that raised it. The rules are named, each with examples and non-examples.

* **strike-off**: status "Active - Proposal to Strike off".
* **dormant**: files dormant accounts, or lists SIC 99999 (Dormant Company).
* **likely-spv**: a production's special purpose vehicle (set up for one film or series,
  often for EIS/SEIS), rather than a company that trades. Signals:
  - strong: a name that reads as a production title ("THE BOTTLE KILN JOB FILM LIMITED",
    "MOORLANDS SERIES 2 LTD", "... SPV LTD"); several screen companies at one registered
    office incorporated close together (``address_clusters``: three or more within
    ``CLUSTER_MONTHS`` months of one another), as a producer sets up one company per title;
  - weak: dormant, micro-entity or no accounts filed; a production code (59111 or 59113) as
    its only SIC code; incorporated within ``RECENT_YEARS`` years of the snapshot.
  A company is flagged on any strong signal, or on all the weak ones together: many genuine
  small companies file micro accounts, few that do, trade under one production code and
  are new are anything but a vehicle. Its reasons list every signal found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from models.profile import RegisterFacts, RegisterFlag

__all__ = [
    "CLUSTER_MONTHS",
    "CLUSTER_RULE",
    "FLAG_RULES",
    "RECENT_YEARS",
    "TITLE_PATTERNS",
    "FlagRule",
    "address_clusters",
    "address_key",
    "cluster_reason",
    "flags_for",
]

FlagKind = Literal["likely-spv", "dormant", "strike-off"]
CLUSTER_MONTHS = 18
CLUSTER_SIZE = 3
RECENT_YEARS = 2
CLUSTER_RULE = "companies at one address"

# Names that read as a production title rather than a trading company.
TITLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (what, re.compile(pattern)) for what, pattern in (
        ("ends in FILM LIMITED", r"\bFILM\s+(?:LIMITED|LTD\.?)$"),
        ("ends in PRODUCTION LIMITED", r"\bPRODUCTION\s+(?:LIMITED|LTD\.?)$"),
        ("names a movie", r"\bTHE\s+MOVIE\b|\bMOVIE\s+(?:LIMITED|LTD\.?)$"),
        ("says SPV", r"\bS\.?P\.?V\.?\b|\bSPECIAL PURPOSE VEHICLE\b"),
        ("numbers a series or sequel", r"\b(?:SERIES|SEASON)\s*\d+\b|\b\d+\s+(?:FILM|PRODUCTIONS?)\s+(?:LIMITED|LTD)"),
    ))
_SMALL_ACCOUNTS = {"DORMANT": "dormant accounts", "MICRO ENTITY": "micro-entity accounts",
                   "NO ACCOUNTS FILED": "no accounts filed yet"}
_PRODUCTION_CODES = {"59111", "59113"}


@dataclass(frozen=True)
class FlagRule:
    """``check`` returns why the rule fires, or None. ``strength``: "flag" raises its flag
    alone; "strong" and "weak" are signals of a likely SPV (see the module docstring)."""

    name: str
    flag: FlagKind
    strength: str
    check: Callable[[RegisterFacts, dt.date], str | None]
    examples: tuple[dict[str, Any], ...]
    non_examples: tuple[dict[str, Any], ...]


def _strike_off(facts: RegisterFacts, _as_of: dt.date) -> str | None:
    return "proposal to strike off" if "strike off" in facts.status.lower() else None


def _dormant_accounts(facts: RegisterFacts, _as_of: dt.date) -> str | None:
    return "files dormant accounts" if (facts.accounts_category or "").upper() == "DORMANT" else None


def _dormant_code(facts: RegisterFacts, _as_of: dt.date) -> str | None:
    return "lists SIC 99999 (Dormant Company)" if any(s.code == "99999" for s in facts.sic) else None


def _title_name(facts: RegisterFacts, _as_of: dt.date) -> str | None:
    name = " ".join(facts.name.upper().split())
    for what, pattern in TITLE_PATTERNS:
        if pattern.search(name):
            return f"the name reads as a production title ({what})"
    return None


def _small_accounts(facts: RegisterFacts, _as_of: dt.date) -> str | None:
    return _SMALL_ACCOUNTS.get((facts.accounts_category or "").upper())


def _one_production_code(facts: RegisterFacts, _as_of: dt.date) -> str | None:
    codes = [s.code for s in facts.sic]
    if len(codes) == 1 and codes[0] in _PRODUCTION_CODES:
        return f"its only SIC code is {codes[0]} ({facts.sic[0].description.lower()})"
    return None


def _recent(facts: RegisterFacts, as_of: dt.date) -> str | None:
    if facts.incorporated is None:
        return None
    months = (as_of.year - facts.incorporated.year) * 12 + as_of.month - facts.incorporated.month
    if 0 <= months < RECENT_YEARS * 12:
        return f"incorporated in {facts.incorporated:%B %Y}, within {RECENT_YEARS} years of the snapshot"
    return None


FLAG_RULES: tuple[FlagRule, ...] = (
    FlagRule("proposal to strike off", "strike-off", "flag", _strike_off,
             examples=({"status": "Active - Proposal to Strike off"},), non_examples=({"status": "Active"},)),
    FlagRule("dormant accounts", "dormant", "flag", _dormant_accounts,
             examples=({"accounts_category": "DORMANT"},),
             non_examples=({"accounts_category": "MICRO ENTITY"}, {"accounts_category": None})),
    FlagRule("dormant SIC code", "dormant", "flag", _dormant_code,
             examples=({"sic": ["59111", "99999"]},), non_examples=({"sic": ["59111"]},)),
    FlagRule("production-title name", "likely-spv", "strong", _title_name,
             examples=({"name": "THE BOTTLE KILN JOB FILM LIMITED"}, {"name": "BLEAK MOOR PRODUCTION LTD"},
                       {"name": "THE LOST POTTER MOVIE LTD"}, {"name": "MOORLANDS SERIES 2 LIMITED"},
                       {"name": "KILN NIGHTS 2 PRODUCTIONS LIMITED"}, {"name": "TRENT VALLEY SPV LTD"}),
             non_examples=({"name": "KILN FILMS LIMITED"}, {"name": "MARL & PIKE PRODUCTIONS LTD"},
                           {"name": "MOVIE MAGIC HIRE LTD"}, {"name": "FILM AND TELEVISION SERVICES LTD"},
                           {"name": "SERIES OF TUBES MEDIA LTD"}, {"name": "MOVIEMAKERS LIMITED"})),
    FlagRule("micro or dormant accounts", "likely-spv", "weak", _small_accounts,
             examples=({"accounts_category": "MICRO ENTITY"}, {"accounts_category": "DORMANT"},
                       {"accounts_category": "NO ACCOUNTS FILED"}),
             non_examples=({"accounts_category": "TOTAL EXEMPTION FULL"}, {"accounts_category": "SMALL"},
                           {"accounts_category": None})),
    FlagRule("one production code", "likely-spv", "weak", _one_production_code,
             examples=({"sic": ["59111"]}, {"sic": ["59113"]}),
             non_examples=({"sic": ["59111", "59112"]}, {"sic": ["59120"]}, {"sic": ["58210"]})),
    FlagRule("recently incorporated", "likely-spv", "weak", _recent,
             examples=({"incorporated": "2025-11-01", "as_of": "2026-09-01"},
                       {"incorporated": "2026-08-15", "as_of": "2026-09-01"}),
             non_examples=({"incorporated": "2019-03-01", "as_of": "2026-09-01"},
                           {"incorporated": "2024-08-31", "as_of": "2026-09-01"}, {"incorporated": None})),
)
_WEAK = tuple(rule for rule in FLAG_RULES if rule.strength == "weak")


def flags_for(facts: RegisterFacts, as_of: dt.date, cluster: str | None = None) -> list[RegisterFlag]:
    """Every flag the rules raise on ``facts``; ``cluster`` is its address cluster's reason."""
    flags = [RegisterFlag(flag=rule.flag, rule=rule.name, reason=reason) for rule in FLAG_RULES
             if rule.strength == "flag" and (reason := rule.check(facts, as_of))]
    strong = [RegisterFlag(flag=rule.flag, rule=rule.name, reason=reason) for rule in FLAG_RULES
              if rule.strength == "strong" and (reason := rule.check(facts, as_of))]
    if cluster:
        strong.append(RegisterFlag(flag="likely-spv", rule=CLUSTER_RULE, reason=cluster))
    weak = [RegisterFlag(flag=rule.flag, rule=rule.name, reason=reason) for rule in _WEAK
            if (reason := rule.check(facts, as_of))]
    if strong or len(weak) == len(_WEAK):
        flags += strong + weak
    return flags


def cluster_reason(flags: Iterable[RegisterFlag]) -> str | None:
    """The address-cluster reason among stored flags (the cluster pass owns it)."""
    return next((f.reason for f in flags if f.rule == CLUSTER_RULE), None)


def address_key(facts: RegisterFacts) -> str | None:
    """One registered office, however it is spaced or cased: first line and postcode."""
    address = facts.address
    if address is None or not address.postcode:
        return None
    line = re.sub(r"[^A-Z0-9]+", " ", (address.line1 or "").upper()).strip()
    return f"{line}|{''.join(address.postcode.upper().split())}"


def address_clusters(companies: Iterable[tuple[str, RegisterFacts]]) -> dict[str, str]:
    """Company number -> reason, for companies with at least ``CLUSTER_SIZE - 1`` others at
    their registered office incorporated within ``CLUSTER_MONTHS`` months of their own date."""
    by_address: dict[str, list[tuple[str, RegisterFacts]]] = defaultdict(list)
    for number, facts in companies:
        key = address_key(facts)
        if key is not None and facts.incorporated is not None:
            by_address[key].append((number, facts))
    reasons: dict[str, str] = {}
    for group in by_address.values():
        if len(group) < CLUSTER_SIZE:
            continue
        for number, facts in group:
            near = [f for n, f in group if n != number and f.incorporated is not None and facts.incorporated is not None
                    and abs(_months(f.incorporated, facts.incorporated)) <= CLUSTER_MONTHS]
            if len(near) + 1 >= CLUSTER_SIZE:
                address = facts.address
                where = ", ".join(p for p in (address.line1 if address else None,
                                              address.postcode if address else None) if p)
                reasons[number] = (f"{len(near)} other screen companies registered at {where} were incorporated "
                                   f"within {CLUSTER_MONTHS} months of it")
    return reasons


def _months(a: dt.date, b: dt.date) -> int:
    return (a.year - b.year) * 12 + a.month - b.month
