"""Kit named after a person whose job's tool it is: that person's own kit, not a second hire.

"a focus puller ... Alexa Mini LF", "a DoP who's got a Komodo", "a recordist, 2 lavs + boom": the kit says
what the person will work with. Kit is a person's own when it is hire of their department's (or a related
role's) tools; it stays a need in the request's own list, on a list item of its own, or in a clause that
asks for it. Rules: ``NEEDS.kit_held``, ``NEEDS.list_glue``, ``NEEDS.kit_asked``.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from matcher.briefs.covered import clause_start
from matcher.briefs.phrases import Named
from matcher.briefs.rules.needs import NEEDS
from matcher.taxonomy import Taxonomy

__all__ = ["kit_of_people"]


class Proposed(Protocol):
    """A need as proposed: what was named, the words that named it, its qualifiers."""

    named: Named
    text: str
    qualifiers: list[str]


F = TypeVar("F", bound=Proposed)


def _natural_kit(kit: Named, person: Named, taxonomy: Taxonomy) -> bool:
    """Kit that is the tool of the person's job: related to it, or to a job of their department."""
    if kit.role is None or person.role is None or person.kind != "crew" or not kit.role.department.endswith("-hire"):
        return False  # kit and hire only: a unit base or a dubbing theatre is no one's own tool
    if kit.role_id in person.related or person.role_id in kit.related:
        return True
    return any(taxonomy.roles[r].department == person.role.department for r in kit.related if r in taxonomy.roles)


_LIST_ITEM = re.compile(r"[ \t]*(?:[-\u2022*\u2013]|\d{1,2}[.)])[ \t]")  # "- ", "\u2022 ", "2) ": a list's item


def kit_of_people(text: str, found: list[F], taxonomy: Taxonomy, notes: list[str]) -> list[F]:
    """Kit named after a person whose job's tool it is, and not asked for on its own ("a focus puller
    ... Alexa Mini LF, Supreme primes"; "a DoP who's got a Komodo"; "a recordist, 2 lavs + boom"), is
    a qualifier of that person: it says what they will work with, not a second hire. Kit in the
    request's own list ("a gaffer, two sparks and a genny"), on a list item of its own after the
    person's ("- a dolly grip\n- a cherry picker with operator"), or in a clause that asks for it ("we
    also need to hire lights") stays a need.

    Args:
        text: the brief.
        found: the proposed needs in text order (their named thing, words and qualifiers).
        taxonomy: the roles, for the departments kit and people belong to.
        notes: what the parser says it assumed, added to.
    Returns:
        The proposed needs less the kit read as a person's own (added to that person's qualifiers).
    """
    kept: list[F] = []
    for f in found:
        k = f.named
        people = [p for p in kept if p.named.end <= k.start and _natural_kit(k, p.named, taxonomy)]
        if k.kind != "facility" or not people:
            kept.append(f)
            continue
        last = max((p.named.end for p in kept if p.named.end <= k.start), default=0)
        held = NEEDS.kit_held.search(text, max(last, k.start - 40), k.start)
        said = text.find(f.text.split("; ")[0], last, k.end)  # "an SUV picture car": from its first word
        between = text[last:said if 0 <= said <= k.start else k.start]
        glue = NEEDS.list_glue.search(between)
        listed = glue is not None and not re.search(r"[,.;:!?\n()]", between[:glue.start()])
        line = text.rfind("\n", 0, k.start) + 1
        listed = listed or (line > people[-1].named.end and bool(_LIST_ITEM.match(text, line)))  # its own item
        if not held and (listed or NEEDS.kit_asked.search(text, clause_start(text, last, k.start), k.start)):
            kept.append(f)
            continue
        person = people[-1]
        person.qualifiers += [f.text] if f.text not in person.qualifiers else []
        notes.append(f"'{f.text}' read as the {person.named.surface}'s kit, not a further hire.")
    return kept
