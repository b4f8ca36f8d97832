"""Needs a brief states indirectly: by the task ("someone to edit as they go") or by the place
wanted ("a big old house we can use", "Locations sought: a working men's club, a canal lock").

- **a task names its doer**: English makes the agent noun from the verb with a suffix (edit ->
  editor, record -> recordist, operate -> operator, cater -> caterer), so "someone to <verb> <object>"
  asks for "<object> <agent>" ("someone to operate a boom": a boom operator) or the bare agent
  ("someone to edit as they go": an editor), when the taxonomy knows that role;
- **a place wanted is a filming location**: a noun phrase whose head is a kind of place, followed by
  "we can use / hire / borrow", or an item under a heading "Locations sought:"; any other thing
  "we can use" (a drone, a van) is not a location.
Rules: ``NEEDS.place_to_use``, ``location_heading``; word lists ``AGENT_SUFFIXES``, ``PLACE_HEADS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import AGENT_SUFFIXES, PLACE_HEADS
from matcher.taxonomy import Role, Taxonomy

__all__ = ["doer_of", "places_wanted"]

_WORD = re.compile(r"[A-Za-z][\w-]*")
_DROP = {"a", "an", "the", "some", "our", "their", "my", "up", "out", "as", "and", "on", "for", "with", "at", "in"}


def _agents(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    double = verb + verb[-1] if re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb) and len(verb) <= 4 else verb
    return list(dict.fromkeys(s + suffix for suffix in AGENT_SUFFIXES for s in (verb, stem, double)))


def doer_of(task: str, taxonomy: Taxonomy) -> Role | None:
    """The role whose agent noun the task's verb makes: "operate a boom" -> boom operator,
    "edit as they go" -> editor; None when no such role is known."""
    words = [w.lower() for w in _WORD.findall(task)]
    if not words or len(words[0]) < 3:
        return None
    objects = [w for w in words[1:4] if w not in _DROP]
    for agent in _agents(words[0]):
        for phrase in ([f"{objects[0]} {agent}"] if objects else []) + [agent]:
            role = taxonomy.resolve(phrase)
            if role is not None:
                return role
    return None


def places_wanted(text: str, phrase_before: object) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of places asked for: "a big old house we can use", and each item under
    "Locations sought:". ``phrase_before(text, end)`` gives the noun phrase ending at ``end``."""
    for m in NEEDS.place_to_use.finditer(text):
        start, phrase = phrase_before(text, m.start())  # type: ignore[operator]
        words = phrase.lower().split()
        if words and words[-1].strip(",.") in PLACE_HEADS:
            yield start, m.start(), phrase
    for m in NEEDS.location_heading.finditer(text):
        pos = m.end()
        for item in re.finditer(r"[^,;\n]+", m.group("items")):
            words = item.group().strip()
            if words and not re.fullmatch(r"(?:and|or|etc\.?)", words, re.I):
                lead = len(item.group()) - len(item.group().lstrip())
                yield pos + item.start() + lead, pos + item.end(), words
