"""Needs a brief states indirectly: by the task ("someone to edit as they go") or by the place
wanted ("a big old house we can use", "Locations sought: a working men's club, a canal lock").

- **a task names its doer**: English makes the agent noun from the verb with a suffix (edit ->
  editor, record -> recordist, operate -> operator, cater -> caterer), so "someone to <verb> <object>"
  asks for "<object> <agent>" ("someone to operate a boom": a boom operator) or the bare agent
  ("someone to edit as they go": an editor), when the taxonomy knows that role; a verb that is its own
  agent noun makes a crew role with no suffix ("somebody to engineer sound": a sound engineer); a light verb's bare
  agent names no doer ("someone to run the Vicon system" is no runner, "to keep score" no keeper);
- **a task is a role's skill**: when no agent noun names the doer, the role one of whose skills the
  task restates is asked for, if only one role has it: the task's verb opens the skill ("someone to
  steam the dresses": "steam and press costumes", a costume standby), or two of the task's other words
  are in it ("someone to advise on consent forms": "consent and release forms", media legal). A light
  verb ("keep", "do", "sort") says nothing of the job, and a skill opening with a noun compound
  ("film scanning") is no verb;
- **a place wanted is a filming location**: a noun phrase whose head is a kind of place, followed by
  "we can use / hire / borrow / turn into" (unless it is the other half of "a stage or a warehouse
  ..."), or an item under a heading "Locations sought:"; any other thing "we can use" (a drone, a
  van) is not a location;
- **an activity noun names its craft's doer**: people write the work for the worker ("edit and grade",
  "the edit and the grade", "archive research", "colour"), so a craft noun asked for, bare or after
  "the"/"our", names the role whose agent noun it makes (edit -> editor, grade -> grader, the
  colourist; "archive research" -> archive researcher; a gerund, "data wrangling" -> data wrangler,
  by its verb; "podcast editing", a gerund with what it is for, is still its craft: the editor)
  when that role's names or skills use the
  noun or its "-ing" form (its craft), or, a bare modifier noun, the one role every name it
  modifies belongs to ("archive": archive producer/researcher/clearances). "a drive" or "a light"
  (a countable thing), a light verb ("the run"), a facility ("edit suite", an alias read before
  this) and an everyday word of many roles ("sound") name no craft here.
Rules: ``NEEDS.place_to_use``, ``location_heading``; word lists ``AGENT_SUFFIXES``, ``PLACE_HEADS``,
``LIGHT_VERBS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import Stemmer

from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import AGENT_SUFFIXES, LIGHT_VERBS, PLACE_HEADS
from matcher.taxonomy import Role, Taxonomy

__all__ = ["craft_doer", "doer_of", "places_wanted", "skilled_for"]

_STEM = Stemmer.Stemmer("english")

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
    light = words[0] in LIGHT_VERBS  # "run the Vicon system" asks for no runner: only "<object> <agent>" counts
    for agent in _agents(words[0]):
        for phrase in ([f"{objects[0]} {agent}"] if objects else []) + [agent] * (not light):
            role = taxonomy.resolve(phrase) if phrase == agent else taxonomy.named_exactly(phrase)
            if role is not None:  # "vicon runner" names no job: "runner" is only its last word
                return role
    # a verb that is its own agent noun ("engineer sound": a sound engineer; "host a quiz": a host)
    for phrase in ([f"{objects[0]} {words[0]}"] if objects else []) + [words[0]] * (not light):
        role = taxonomy.resolve(phrase) if phrase == words[0] else taxonomy.named_exactly(phrase)
        if role is not None and role.kind == "crew":
            return role
    return None


_ACTIVITY_DETERMINERS = frozenset({"the", "our", "your", "their"})


def _does_craft(role: Role, noun: str) -> bool:
    """The noun or its -ing form is a word of the role's names or skills: the role's craft."""
    forms = {noun, noun + "ing", noun[:-1] + "ing" if noun.endswith("e") else noun + "ing"}
    return any(forms & set(re.findall(r"[a-z]+", text.lower())) for text in (*role.aliases, *role.skills))


def craft_doer(phrase: str, taxonomy: Taxonomy) -> Role | None:
    """The crew role an activity noun asked for names (module docstring), else None."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if words[:1] and words[0] in _ACTIVITY_DETERMINERS:
        words = words[1:]
    if not 1 <= len(words) <= 2 or len(words[-1]) < 3 or words[-1] in LIGHT_VERBS or set(words) & _DROP:
        return None  # "a drive", "some light": a countable thing; "the run": a light verb
    *modifiers, noun = words
    verbs = [noun[:-3], noun[:-3] + "e"] if noun.endswith("ing") and len(noun) > 6 else []  # "wrangling": wrangle
    for agent in [*_agents(noun), *(a for v in verbs for a in _agents(v))]:
        role = taxonomy.named_exactly(" ".join([*modifiers, agent]))
        if role is not None and role.kind == "crew" and (verbs or _does_craft(role, noun)):
            return role  # "data wrangling": the data wrangler; a gerund is the craft itself
    if modifiers:  # "podcast editing": a gerund's craft with what it is for is still that craft (the editor)
        return craft_doer(noun, taxonomy) if verbs and len(noun) > 6 else None
    owners = [r for r in taxonomy.roles.values() for a in r.aliases
              if len(a.split()) > 1 and a.lower().split()[0] == noun]
    return owners[0] if len(owners) >= 2 and len({r.id for r in owners}) == 1 and owners[0].kind == "crew" else None


def _stems(text: str) -> list[str]:
    return list(_STEM.stemWords([w for w in re.findall(r"[a-z]+", text.lower()) if w not in _DROP | _SMALL]))


_SMALL = {"to", "of", "it", "them", "between", "all", "any", "its", "this", "that", "these", "those", "we", "us",
          "or", "by", "from", "into", "so", "they", "you", "me"}


@cache
def _skills(taxonomy: Taxonomy) -> list[tuple[str, list[str], bool]]:
    """(role id, a skill's stems, whether it opens with a verb) for every role's skills."""
    out = []
    for role in taxonomy.roles.values():
        for skill in role.skills:
            words = re.findall(r"[a-z]+", skill.lower())
            verb_first = len(words) > 1 and not words[1].endswith("ing")  # "film scanning": a noun compound
            out.append((role.id, _stems(skill), verb_first))
    return out


def skilled_for(task: str, taxonomy: Taxonomy) -> Role | None:
    """The one role one of whose skills the task restates (module docstring), else None."""
    words = re.findall(r"[a-z]+", task.lower())
    if not words or words[0] in LIGHT_VERBS:
        return None
    verb, objects = _STEM.stemWord(words[0]), set(_stems(" ".join(words[1:])))
    by_verb = {r for r, stems, verb_first in _skills(taxonomy) if verb_first and stems[:1] == [verb]}
    by_words = {r for r, stems, _ in _skills(taxonomy) if len(objects & set(stems)) >= 2}
    for found in (by_verb, by_words):
        if len(found) == 1:
            return taxonomy.roles[found.pop()]
    return None


def places_wanted(text: str, phrase_before: object) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of places asked for: "a big old house we can use", and each item under
    "Locations sought:". ``phrase_before(text, end)`` gives the noun phrase ending at ``end``."""
    for m in NEEDS.place_to_use.finditer(text):
        start, phrase = phrase_before(text, m.start())  # type: ignore[operator]
        words = phrase.lower().split()
        if words[:1] == ["or"] or re.search(r"\bor\s+(?:an?\s+)?$", text[max(0, start - 8):start], re.I):
            continue  # "a sound stage or a large warehouse we could convert": the other half of one need
        if words and words[-1].strip(",.") in PLACE_HEADS:
            yield start, m.start(), phrase
    for m in NEEDS.location_heading.finditer(text):
        pos = m.end()
        for item in re.finditer(r"[^,;\n]+", m.group("items")):
            words = item.group().strip()
            if words and not re.fullmatch(r"(?:and|or|etc\.?)", words, re.I):
                lead = len(item.group()) - len(item.group().lstrip())
                yield pos + item.start() + lead, pos + item.end(), words
