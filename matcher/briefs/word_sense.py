"""A bare job word two departments use is read in the department of the needs around it.

Some job words name different jobs in different departments: a "rigger" is a grip-and-rigging crew
member on a film set and a character rigger in an animation team; an "operator" or an "artist"
likewise. The taxonomy reads the bare word as its commonest job, and names the other job by a
modifier ("CG rigger", "character rigger"). When a brief asks for the bare word among other needs
that are all in the other job's department ("two animators, a compositor and a rigger"), English
leaves the modifier out because the list says it; the word is read as that department's job.

The rule needs the list to speak plainly: of the other needs of the same kind (people, or
hires), at least two and more than half are in the other job's department, and none in the bare
reading's own. "a gaffer, two sparks and a rigger" keeps the set rigger; a lone "a rigger" keeps
the commonest reading; class words ("an operator", "an assistant") are left to what they run or
assist. Rule: ``sense_by_company``.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from matcher.taxonomy import Role, Taxonomy
from models.brief import Need

__all__ = ["MIN_COMPANY", "sense_by_company"]

MIN_COMPANY = 2  # other needs that must stand in the other department
# Class words that name no job on their own ("an operator", "an assistant"): what they run or assist
# says the job, not the list around them (kit_operators, the parser's own reading).
_CLASS_WORDS = frozenset({"operator", "op", "assistant", "technician", "tech", "artist", "designer", "trainee",
                          "coordinator", "manager", "supervisor", "pa", "engineer", "specialist", "person", "crew"})
_COUNT = re.compile(r"^(?:(?:an?|one|two|three|four|\d+)\s*(?:x\s*)?)?", re.I)


@functools.lru_cache(maxsize=4)  # per taxonomy (load_taxonomy keeps one): built once, not per brief
def _other_senses(taxonomy: Taxonomy) -> dict[str, list[Role]]:
    """Each last word of a longer alias -> the roles named by '<modifier> <word>'."""
    senses: dict[str, list[Role]] = defaultdict(list)
    for role in taxonomy.roles.values():
        for alias in role.aliases:
            words = alias.lower().split()
            if len(words) >= 2 and all(other.id != role.id for other in senses[words[-1]]):
                senses[words[-1]].append(role)
    return dict(senses)


def _bare_word(need: Need) -> str | None:
    words = _COUNT.sub("", need.text.split("; ")[0].strip()).strip().lower().split()
    if len(words) != 1:
        return None
    word = words[0]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def sense_by_company(needs: list[Need], taxonomy: Taxonomy) -> tuple[list[Need], list[str]]:
    """The needs with a bare two-department job word read in its companions' department, and notes."""
    senses = _other_senses(taxonomy)
    out, notes = list(needs), []
    for i, need in enumerate(needs):
        word = _bare_word(need)
        role = taxonomy.roles.get(need.role) if need.role else None
        if word is None or role is None or word in _CLASS_WORDS:
            continue
        others = [other.department for n in needs if n is not need and n.role is not None
                  and (other := taxonomy.roles.get(n.role)) is not None and other.kind == role.kind]
        if role.department in others:
            continue
        shared = next((r for r in senses.get(word, ()) if r.kind == role.kind and r.id != role.id
                       and others.count(r.department) >= MIN_COMPANY
                       and 2 * others.count(r.department) > len(others)), None)
        if shared is None:
            continue
        out[i] = need.model_copy(update={"role": shared.id, "label": shared.label})
        notes.append(f"'{need.text}' read as {shared.label}: every other need is in that department.")
    return out, notes
