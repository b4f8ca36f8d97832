"""Characters in a casting call are actors to cast: "DANNY - boy, playing 10-12" asks for an actor.

A casting call lists the parts it is casting, not the word "actor": each item describes a character
by a name in capitals, a word for a person (man, woman, boy, girl, kids, ...) and a playing age ("60s",
"playing 40-55", "aged 8-11"). The taxonomy knows no "man" or "MAUREEN", so such items were lost, or
kept as the free text "Man". The rule (``CASTING``, invented examples and non-examples) reads each item
of a list (one to a line) that describes a person by those words as the actor role, in a message that
is about casting (``casting_context``: casting, a part, a role to play, self-tapes, a playing age).
In a call that also asks for supporting artists, a group with no name and no word of a part
("(lead)", "playing 30") is some of them, described ("6 children aged 8-12"), not a part; one person
("Girl, 9-11") is a part.
The items of one call are one need for as many actors as it has characters; the items' words, like
"woman 30s (supporting)", stay on it as its text.

Not a character: a person's age elsewhere ("my son is 12"), people to be filmed ("a choir of
30 singers"), a crew item with an experience range ("Gaffer, 10+ years"), a list in a message with no
word of casting.
"""

from __future__ import annotations

import re

from matcher.briefs.phrases import Named, overlaps
from matcher.briefs.rules import Rule, RuleTable
from matcher.taxonomy import Taxonomy

__all__ = ["CASTING", "CHARACTER", "characters"]

CHARACTER = "character to cast"  # how a character was read; the parser counts one actor per character

_PERSON = (r"(?:(?:older|younger|young|teenage|elderly)\s+)?(?:man|men|woman|women|male|female|boy|boys|girl|girls"
           r"|kids?|child(?:ren)?|teens?|teenagers?|lad|lads|lass|lasses|non-binary|nb|person|people)")
_AGE = (r"(?:(?:early|mid|late)[\s-]*)?\d0s|(?:playing|aged?|playing\s+age)\s*:?\s*\d{1,2}"
        r"|\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}")

CASTING = RuleTable.of("casting", [
    Rule("character",
         r"(?m)^[ \t]*(?:[-\u2022*]|\d+[.)])?[ \t]*"
         r"(?:(?P<name>(?-i:[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?))[ \t]*(?:[-\u2013\u2014:,(])[ \t]*)?"
         r"(?P<who>(?:(?:\d{1,2}|two|three|four|a\s+couple\s+of)\s+)?" + _PERSON + r")\b"
         r"(?=[ \t]*,?[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:" + _AGE + r"))",
         "A list item describing a character by a name in capitals or a word for a person, then a playing "
         "age: 'Man, 60s', 'ROSA - woman, playing 30-40', '2 girls 8-10'.",
         ("- Man, 60s-70s, local accent", "ROSA \u2013 woman, playing 30-40", "\u2022 2 girls 8-10 (sisters)",
          "Older woman, late 70s", "KEV: male, aged 25"),
         ("my son is 12", "Gaffer, 10+ years", "- a spark, 2-3 days", "we're a team of 2 men 40s? no",
          "Location: a school, 1960s"),
         source="issue-12"),
    Rule("part",
         r"\b(?:lead|supporting|speaking|featured|playing|role|part|character|principal)\b(?!\s+artists?\b)",
         "A word on the item's line saying it is a part ('(lead)', 'playing 30', 'speaking role'): in a call that "
         "also asks for supporting artists, an item without one (or a name) is more background.",
         ("Man, 60s (lead)", "woman, playing 30", "- boy 10 (speaking role)"),
         ("6 children aged 8-12", "supporting artists aged 18-70"), source="issue-12"),
    Rule("casting_context",
         r"\b(?:(?:casting|cast\s+(?:list|call|breakdown)|self[\s-]?tapes?|characters?|auditions?|headshots?"
         r"|parts?\s+(?:of|for|available)|(?:lead|supporting|speaking)\s+(?:role|part)s?)\b|playing\s+(?:age\b|\d))",
         "A message about casting: only in one is a described person a part to cast.",
         ("CASTING CALL", "self-tapes by Friday", "playing 40-55", "two speaking roles"),
         ("we need a gaffer", "the cast iron bridge"), source="issue-12"),
])


def characters(text: str, taxonomy: Taxonomy, found: list[Named]) -> list[Named]:
    """``found`` with the characters of a casting call added as the actor role."""
    actor = taxonomy.resolve("actor")
    if actor is None or not CASTING.casting_context.search(text):
        return found
    out = list(found)
    background = any(x.role_id == "supporting-artist" for x in found)  # "SAs wanted: ... 6 children aged 8-12"
    for m in CASTING.character.finditer(text):
        start = m.start("name") if m.group("name") else m.start("who")
        end = m.end("who")
        line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) % (len(text) + 1)]
        group = bool(re.match(r"\d|two|three|four|a\s+couple|(?:\w+\s+)?(?:men|women|boys|girls|kids|children|teens"
                                r"|teenagers|lads|lasses|people)\b", m.group("who"), re.I))
        if background and group and not m.group("name") and not CASTING.part.search(line):
            continue  # one of the supporting artists asked for, described
        if not overlaps(found, start, end) and not re.search(r"\b(?:crew|hire)\b", m.group(), re.I):
            out = [x for x in out if not (start <= x.start < end)]  # "Man" kept as free text: the part it is
            out.append(Named.of(actor, start, end, text[start:end], 0.9, CHARACTER))
    return sorted(out, key=lambda n: n.start)
