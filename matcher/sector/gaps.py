"""The gap report: what productions asked the cluster for, and what it could not supply locally.

Every brief the matcher matches is recorded with its needs and the needs no one local could
fill (``Store.record_brief``; a need is a gap when no one within the brief's radius holds the
exact role, see ``matcher.briefs.sheet``). From them, per department, role and month (the
month the brief came in, and the month its shoot starts where it says): needs requested
against needs filled locally; the roles most often missing; the briefs lost for want of a role
(a brief with at least one need no one local could fill, counted under each role it missed);
and the facilities asked for that the county lacks, with the cluster strategy's own suspects
(studio space, post-production, equipment hire) always listed.

The report is the film office's (staff only): briefs are personal to the production. Counts
aggregate; the lost briefs' list quotes the first words of each brief for staff to find it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from matcher.store.database import RecordedBrief
from matcher.taxonomy import load_taxonomy

__all__ = ["DEMO_LABEL", "SUSPECTS", "gap_report"]

DEMO_LABEL = "demo"
EXCERPT_CHARS = 160
FREE_TEXT = ("free-text", "Not in the taxonomy")
# The strategy's suspects, by the taxonomy's facility departments.
SUSPECTS: dict[str, tuple[str, ...]] = {
    "Studio space": ("studios-and-stages",),
    "Post-production": ("post-production-facilities", "sound-post-facilities"),
    "Equipment hire": ("camera-and-sound-hire", "lighting-and-grip-hire"),
}


@dataclass(frozen=True)
class _Need:
    brief: RecordedBrief
    role: str | None
    label: str
    kind: str
    department: str
    department_label: str
    filled: bool
    month: str
    shoot_month: str | None


def gap_report(briefs: Iterable[RecordedBrief], source: str = "all") -> dict[str, Any]:
    """The report over recorded briefs; ``source``: "all", "real" (not demo) or "demo"."""
    chosen = [b for b in briefs if source == "all" or (DEMO_LABEL in b.labels) == (source == "demo")]
    needs = [need for brief in chosen for need in _needs(brief)]
    lost = [b for b in chosen if any(not n.filled for n in _needs(b))]
    return {
        "source": source,
        "briefs": len(chosen),
        "demo_briefs": sum(DEMO_LABEL in b.labels for b in chosen),
        "needs": len(needs),
        "filled": sum(n.filled for n in needs),
        "missing": sum(not n.filled for n in needs),
        "by_department": _table(needs, lambda n: (n.department,), lambda n: {
            "department": n.department, "label": n.department_label, "kind": n.kind}),
        "by_role": _table(needs, lambda n: (n.role or n.label.lower(),), lambda n: {
            "role": n.role, "label": n.label if n.role is None else _role_label(n.role, n.label),
            "department": n.department_label, "kind": n.kind}),
        "by_month": _table(needs, lambda n: (n.month,), lambda n: {"month": n.month}, order="key"),
        "by_shoot_month": _table([n for n in needs if n.shoot_month], lambda n: (n.shoot_month or "",),
                                 lambda n: {"month": n.shoot_month}, order="key"),
        "most_missing": [row for row in _table(needs, lambda n: (n.role or n.label.lower(),), lambda n: {
            "role": n.role, "label": n.label if n.role is None else _role_label(n.role, n.label),
            "department": n.department_label, "kind": n.kind}) if row["missing"]][:10],
        "lost_briefs": _lost(lost),
        "facilities": _facilities(needs),
    }


def _needs(brief: RecordedBrief) -> list[_Need]:
    taxonomy = load_taxonomy()
    gaps = Counter((g.get("need"), g.get("role")) for g in brief.gaps)
    month = brief.created_at.strftime("%Y-%m")
    dates = brief.parsed.get("dates") or {}
    shoot = str(dates["start"])[:7] if dates.get("start") else None
    out = []
    for need in brief.parsed.get("needs", []):
        key = (need.get("label"), need.get("role"))
        filled = gaps[key] == 0
        if not filled:
            gaps[key] -= 1
        role = taxonomy.roles.get(need.get("role") or "")
        department = taxonomy.departments.get(role.department) if role else None
        out.append(_Need(brief, need.get("role"), need.get("label", ""), need.get("kind", "crew"),
                         department.id if department else FREE_TEXT[0],
                         department.label if department else FREE_TEXT[1], filled, month, shoot))
    return out


def _role_label(role: str, fallback: str) -> str:
    found = load_taxonomy().roles.get(role)
    return found.label if found else fallback


def _table(needs: list[_Need], key: Callable[[_Need], tuple[str, ...]], describe: Callable[[_Need], dict[str, Any]],
           order: str = "missing") -> list[dict[str, Any]]:
    groups: dict[tuple[str, ...], list[_Need]] = defaultdict(list)
    for need in needs:
        groups[key(need)].append(need)
    rows = []
    for group_key, members in groups.items():
        filled = sum(n.filled for n in members)
        rows.append({**describe(members[0]), "requested": len(members), "filled": filled,
                     "missing": len(members) - filled, "briefs": len({n.brief.id for n in members}),
                     "_key": group_key})
    if order == "key":
        rows.sort(key=lambda r: r["_key"])
    else:
        rows.sort(key=lambda r: (-r["missing"], -r["requested"], r["_key"]))
    for row in rows:
        del row["_key"]
    return rows


def _lost(lost: list[RecordedBrief]) -> dict[str, Any]:
    by_role: Counter[tuple[str | None, str]] = Counter()
    listed = []
    for brief in sorted(lost, key=lambda b: b.created_at, reverse=True):
        missing = [n for n in _needs(brief) if not n.filled]
        for key in dict.fromkeys((n.role, n.label if n.role is None else _role_label(n.role, n.label))
                                 for n in missing):
            by_role[key] += 1
        text = " ".join(brief.text.split())
        listed.append({"id": brief.id, "received": brief.created_at.date().isoformat(),
                       "shoot_month": missing[0].shoot_month if missing else None,
                       "missing": list(dict.fromkeys(n.label for n in missing)),
                       "excerpt": text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else ""),
                       "demo": DEMO_LABEL in brief.labels})
    return {"count": len(lost),
            "by_role": [{"role": role, "label": label, "briefs": n}
                        for (role, label), n in sorted(by_role.items(), key=lambda i: (-i[1], i[0][1]))],
            "briefs": listed}


def _facilities(needs: list[_Need]) -> list[dict[str, Any]]:
    """The strategy's suspects first (always, even unasked), then every other facility department asked for."""
    facility = [n for n in needs if n.kind == "facility"]
    taxonomy = load_taxonomy()
    rows = []
    covered: set[str] = set()
    for name, departments in SUSPECTS.items():
        members = [n for n in facility if n.department in departments]
        covered.update(departments)
        rows.append(_facility_row(name, members, suspect=True,
                                  departments=[taxonomy.departments[d].label for d in departments]))
    others: dict[str, list[_Need]] = defaultdict(list)
    for need in facility:
        if need.department not in covered:
            others[need.department_label].append(need)
    for label, members in sorted(others.items(), key=lambda i: (-sum(not n.filled for n in i[1]), i[0])):
        rows.append(_facility_row(label, members, suspect=False, departments=[label]))
    return rows


def _facility_row(name: str, members: list[_Need], *, suspect: bool, departments: list[str]) -> dict[str, Any]:
    missing = Counter(_role_label(n.role, n.label) if n.role else n.label for n in members if not n.filled)
    return {"facility": name, "suspect": suspect, "departments": departments, "requested": len(members),
            "filled": sum(n.filled for n in members), "missing": sum(not n.filled for n in members),
            "missing_classes": [{"label": label, "missing": n} for label, n in missing.most_common()]}
