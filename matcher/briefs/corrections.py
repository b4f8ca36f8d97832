"""Corrections the film office makes to what a brief was understood to ask for.

- **Re-read**: a need renamed on the page ("Sound recordist" to "Re-recording mixer") is read again
  from its new label, so its role follows the words (``reread``); a need added by hand with only a
  label gets its role the same way; one whose label still names its role is left as it is.
- **Taught**: the difference between what the parser read and what the film office sent back
  (needs removed, added, changed) is recorded (``changes``), stored with the brief, shown to staff,
  and exported as new judged examples in the judged set's format (``as_judged_example``), so the
  judged set grows from real use.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from matcher.briefs.guess import RoleGuesser
from matcher.briefs.needs import find_needs
from matcher.taxonomy import Taxonomy
from models.brief import Brief, Need

__all__ = ["as_judged_example", "changes", "reread"]


def _names_its_role(need: Need, taxonomy: Taxonomy) -> bool:
    if need.role is None or need.role not in taxonomy.roles:
        return False
    role = taxonomy.roles[need.role]
    found = taxonomy.resolve(need.label)
    return need.label.strip().lower() == role.label.lower() or (found is not None and found.id == role.id)


def reread(brief: Brief, taxonomy: Taxonomy, guesser: RoleGuesser | None = None) -> Brief:
    """The brief with every need whose label no longer names its role read again from the label."""
    needs, notes = [], list(brief.notes)
    for need in brief.needs:
        if _names_its_role(need, taxonomy):
            needs.append(need)
            continue
        found, _ = find_needs(f"need {need.label}", taxonomy, guesser)
        first = found[0] if found else None
        role = first.role if first else None
        kind = first.kind if first and first.role else need.kind
        if role != need.role:
            notes.append(f"'{need.label}' read again as "
                         f"{taxonomy.roles[role].label if role else 'a need with no role we know (searched as text)'}.")
        needs.append(need.model_copy(update={
            "role": role, "kind": kind, "confidence": first.confidence if first else 0.0,
            "how": "corrected" if first and first.confidence == 1.0 else (first.how if first else "free text")}))
    return brief.model_copy(update={"needs": needs, "notes": notes})


def _key(need: Need) -> str:
    return need.role or need.label.strip().lower()


def changes(read: Brief, corrected: Brief) -> list[dict[str, Any]]:
    """What the film office changed: needs removed, added, or changed (role, quantity, qualifiers)."""
    before = {_key(n): n for n in read.needs}
    after = {_key(n): n for n in corrected.needs}
    out: list[dict[str, Any]] = []
    out += [{"change": "removed", "need": n.model_dump(mode="json")} for k, n in before.items() if k not in after]
    out += [{"change": "added", "need": n.model_dump(mode="json")} for k, n in after.items() if k not in before]
    for k in before.keys() & after.keys():
        a, b = before[k], after[k]
        if (a.quantity, a.qualifiers, a.label) != (b.quantity, b.qualifiers, b.label):
            out.append({"change": "changed", "from": a.model_dump(mode="json"), "need": b.model_dump(mode="json")})
    return out


def as_judged_example(example_id: str, text: str, today: dt.date, corrected: Brief,
                      form: str = "other") -> dict[str, Any]:
    """One judged brief in the judged set's format (evaluation/data/briefs/README.md), from a correction."""
    return {
        "_id": example_id, "today": today.isoformat(), "form": form, "language": corrected.language, "text": text,
        "needs": [{"label": n.label, "role": n.role, "alt_roles": [],
                   **({} if n.role else {"new_role": n.label, "nearest_role": None}),
                   "quantity": n.quantity, "qualifiers": n.qualifiers,
                   "kind": n.kind, "evidence": n.text if n.text and n.text in text else ""} for n in corrected.needs],
        "places": [{"name": p.name, "kind": "town"} for p in corrected.locations if p.shoot],
        "not_places": [],
        "dates": {"start": corrected.dates.start.isoformat() if corrected.dates else None,
                  "end": None if not corrected.dates or corrected.dates.open_end else corrected.dates.end.isoformat(),
                  "deadline": corrected.deadline.isoformat() if corrected.deadline else None},
        "source_note": "a correction made on the crew-sheet page by the film office; review before adding to a set",
    }
