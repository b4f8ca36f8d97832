"""Needs named indirectly, found across the whole brief before its asked-for phrases are read.

- a place to shoot at: "a farm or stables near Uttoxeter to shoot at", "a big old house we can
  use", items under "Locations sought:" are filming locations (``indirect.places_wanted``);
- kit hired with its operator ("a genny with operator"): the operator too (``kit_operators``);
- a place for the crew to stay ("a hotel near the set for six"): crew accommodation (``lodging``);
- a task: "someone to edit as they go" (the doer the verb names), "someone for the edit and the
  grade" (the crafts), "someone to steam the costumes" (whose skill it is), "someone for hair n
  make up" (one job); a task asked of a person is a crew role: "somebody to fly the drone" is no
  drone, "someone to run the haze machine" the crew of that hire (``guess.person_for``);
- a count spread over departments ("three trainees across camera, art and locations") and a count
  placed in a department where placements are offered ("2 in the locations department");
- room for the production's trucks ("somewhere to park 6 trucks"): a unit base;
- an entry grade placed in a department ("a trainee for the camera dept"): that department's trainee.
Rules: ``NEEDS.to_shoot_at``, ``someone_to``, ``spread``, ``placed_in``, ``grade_for_dept``, ``park_vehicles``.
"""

from __future__ import annotations

import re

from matcher.briefs.guess import RoleGuesser
from matcher.briefs.indirect import craft_doer, doer_of, places_wanted, skilled_for
from matcher.briefs.kit_operators import OPERATOR_OF_KIT, operators_with_kit
from matcher.briefs.lodging import STAY_CONFIDENCE, stays_asked_for
from matcher.briefs.phrases import (
    ASKED_FOR_WORD,
    FUNCTION_WORDS,
    PRONOUN,
    Named,
    overlaps,
    phrase_before,
    read_phrase,
)
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import AGENT_WORDS, PLACE_HEADS
from matcher.taxonomy import Taxonomy
from matcher.taxonomy_words import singular

__all__ = ["named_indirectly"]

_PERSON_ENDINGS = ("ist", "ists", "ian", "ians", "person", "people")  # "a hair person for the shoot": no place
_JOINED = re.compile(r"\s+(?:n|'n'?|\u2019n\u2019?)\s+|\s*[&+]\s*", re.I)  # "hair n make up", "hair & make-up"
# "someone free to do a few hours of data wrangling tomorrow", "someone on the grade after each race": the craft
_CRAFT_TASK = re.compile(r"(?:(?:do|doing)\s+(?:(?:a\s+(?:few|couple\s+of)\s+(?:hours|days)|an\s+hour|a\s+day|some"
                         r"|a\s+bit|the)\s+(?:of\s+)?)?|the\s+)(?P<craft>[a-z][\w-]*(?:\s+[a-z][\w-]*)??)"
                         r"(?:\s+(?:tomorrow|tmrw|today|tonight|on|in|at|for|next|this|over|to|with|by|using|from"
                         r"|same|each|every|after|during)\b.*)?$", re.I)
_KNOWS = re.compile(r"\b(?:knows|understands)\b", re.I)
_PERSON_ASKED = re.compile(r"(?:some|any)(?:one|body|1)|a\s+person|people", re.I)  # not "a company to ..."
_JOINERS = frozenset({"or", "and", "local", "nearby", "all", "both"})


def _crafts(what: str, at: int, taxonomy: Taxonomy) -> list[Named]:
    """Each activity noun of "the edit and the grade" as the role doing that craft, when every
    part joined by "and" names one ("indirect.craft_doer"); else none."""
    parts = [p for p in re.finditer(r"[^&+]+?(?=\s*(?:\band\b|&|\+|$))", what) if p.group().strip()
             and p.group().strip().lower() != "and"]
    out = []
    for p in parts:
        words = p.group().strip()
        role = craft_doer(words.removeprefix("and ").strip(), taxonomy)
        if role is None:
            return []
        lo = at + p.start() + len(p.group()) - len(p.group().lstrip())
        out.append(Named.of(role, lo, at + p.end(), words, ASKED_FOR_WORD, "asked-for word"))
    return out


def named_indirectly(text: str, taxonomy: Taxonomy, guesser: RoleGuesser | None, found: list[Named]) -> list[Named]:
    """``found`` (what aliases name) with the needs named indirectly (module docstring) added."""
    for m in NEEDS.to_shoot_at.finditer(text):
        start, phrase = phrase_before(text, m.start())
        role = taxonomy.resolve("filming location")
        words = [w.lower() for w in phrase.split()]
        clause = any(PRONOUN.match(w) or (w in FUNCTION_WORDS and w not in _JOINERS) for w in words)  # "we'd love"
        clause = clause or (bool(words) and (words[-1] in AGENT_WORDS or words[-1].endswith(_PERSON_ENDINGS)))
        place = bool(words) and (words[-1] in PLACE_HEADS or singular(words[-1]) in PLACE_HEADS)
        if phrase and role and place and not clause and not overlaps(found, start, m.start()):
            found.append(Named.of(role, start, m.start(), phrase, 0.9, "place to film"))  # not "a charity to film"
    location = taxonomy.resolve("filming location")
    for start, end, phrase in places_wanted(text, phrase_before):
        if location is not None and not overlaps(found, start, end):
            found.append(Named.of(location, start, end, phrase, 0.9, "place to film"))
    kit = [(x.role, x.start, x.end, x.surface) for x in found if x.role is not None]
    for role, start, end, said in operators_with_kit(text, kit, taxonomy):  # "a genny with operator"
        if not overlaps(found, start, end):
            found.append(Named.of(role, start, end, said, ASKED_FOR_WORD, OPERATOR_OF_KIT))
    for role, start, end, said in stays_asked_for(text, taxonomy):  # "a hotel near the set for six"
        if not overlaps(found, start, end):
            found.append(Named.of(role, start, end, said, STAY_CONFIDENCE, "place to stay"))
    for m in NEEDS.someone_to.finditer(text):
        what, start, end = m.group("what").strip(), m.start(), m.end("what")
        person = bool(_PERSON_ASKED.match(m.group()))  # "somebody to fly the drone": a person, not the drone
        inside = [x for x in found if x.start < end and m.start("what") < x.end]
        if (supply := NEEDS.supply_verb.match(what)) is not None:  # "anyone who can supply an OB truck"
            lo = m.start("what") + supply.end()
            read = None if inside else read_phrase(text[lo:end], lo, end, guesser, strong=True)
            found += [read] if read is not None and read.kind == "facility" else []
            continue  # the thing is the need, from whoever has it
        if inside and person and all(x.kind == "facility" and m.start("what") <= x.start for x in inside):
            found = [x for x in found if x not in inside]  # the kit or service is the task's object
        elif inside or not what:
            continue
        task = _CRAFT_TASK.match(what)  # "free to do a few hours of data wrangling tomorrow": the craft
        crafts = _crafts(task.group("craft"), m.start("what") + task.start("craft"), taxonomy) if task else []
        if crafts and person:  # "someone to do the final mix": the person is asked, "the mix" points nowhere back
            first = crafts[0]
            crafts[0] = Named(start, first.end, text[start:first.end], first.role, first.label, first.confidence,
                              first.how, first.kind)
        crafts = crafts or _crafts(what, m.start("what"), taxonomy)  # "someone for the edit and the grade"
        if crafts:
            found += crafts
            continue
        # "someone to edit as they go": an editor; "someone to steam the costumes": whose skill that is
        joined = _JOINED.sub(" and ", what)  # "someone for hair n make up": the hair and make-up artist
        role = taxonomy.resolve(what) or (taxonomy.named_exactly(joined) if joined != what else None) \
            or doer_of(what, taxonomy) or skilled_for(what, taxonomy)
        if role is not None and person and role.department.endswith("-hire") and guesser is not None:
            crew = guesser.person_for(text[start:end], role)
            role = crew.role if crew is not None else role  # "someone to run the haze machine": who runs it
        if role is not None:
            found.append(Named.of(role, start, end, text[start:end], ASKED_FOR_WORD, "asked-for word"))
        elif (read := read_phrase(text[start:end], start, end, guesser, strong=True, task=True,
                                   person=person)) is not None and (read.role or not _KNOWS.search(m.group())):
            found.append(read)  # "anyone who knows the canals?" asks what they know, unless it is a craft
    base = taxonomy.roles.get("unit-base")
    for m in NEEDS.park_vehicles.finditer(text) if base is not None else ():  # "somewhere to park 6 trucks"
        if base is not None and not overlaps(found, m.start(), m.end()):
            found = [x for x in found if not (m.start() <= x.start < m.end())]  # "trucks" inside it
            found.append(Named.of(base, m.start(), m.end(), m.group(), ASKED_FOR_WORD, "asked-for word"))
    for m in NEEDS.grade_for_dept.finditer(text):  # "a trainee for the camera dept": the camera trainee
        dept, grade = m.group("dept"), m.group("grade").lower()
        names = (f"{dept} {grade}", f"{dept} department {grade}", f"{dept} dept {grade}")
        job = next((r for n in names if (r := taxonomy.named_exactly(n)) is not None and r.kind == "crew"), None)
        if job is not None:
            found = [x for x in found if not (m.start() <= x.start < m.end())]  # "art department" inside it
            found.append(Named.of(job, m.start(), m.end(), m.group(), ASKED_FOR_WORD, "asked-for word"))
    for m in NEEDS.spread.finditer(text):  # "three trainees across camera, art and locations"
        grade = m.group("grade")[:-1]
        for dept in re.finditer(r"[a-z]+", m.group("depts")):
            s, e = m.start("depts") + dept.start(), m.start("depts") + dept.end()
            if dept.group() == "and" or overlaps(found, s, e):
                continue
            role = taxonomy.resolve(f"{dept.group()} {grade}")
            if role is not None:
                found.append(Named.of(role, s, e, f"{dept.group()} {grade}", ASKED_FOR_WORD, "asked-for word"))
    offered = re.search(r"\b(?:trainees?|placements?|apprentice\w*|assistants?|juniors?)\b", text, re.I)
    for placed in NEEDS.placed_in.finditer(text) if offered else ():  # "placements: 2 in the locations department"
        lo, hi, area = placed.start("dept"), placed.end(), placed.group("dept")
        unit = placed.group().split()[-1]  # department, dept, team, office
        for name in (f"{area} trainee", f"{area} {unit} trainee", f"{area} assistant", f"{area} {unit} assistant"):
            job = taxonomy.named_exactly(name)
            if job is not None and job.kind == "crew" and not overlaps(found, lo, hi):
                found.append(Named.of(job, lo, hi, text[lo:hi], ASKED_FOR_WORD, "asked-for word"))
                break
    return found
