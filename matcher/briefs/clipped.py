"""Clipped job words: "sound eng", "lighting tech", "prod coord" name the jobs their full words name.

Texts, call-outs and chat posts clip the head of a job title ("a sound eng for the stream mix",
"2 x lighting techs", "a prod coord from Jan"). The taxonomy's aliases hold some clipped forms ("lighting
tech") but not each clipping of each head: the rule here is about English, not about one job. A noun
phrase asked for that names no role is read again with its clipped words written out (``CLIPPINGS``:
the usual clippings of job-title words in UK production writing; ``CLIPPED`` finds them, with examples
and non-examples), and the role the full phrase names is the need. A clipped word alone ("an eng") is
not read: it says nothing of the department.
"""

from __future__ import annotations

import re

from matcher.briefs.rules import Rule, RuleTable
from matcher.taxonomy import Role, Taxonomy

__all__ = ["CLIPPED", "CLIPPINGS", "unclipped_role"]

CLIPPINGS = {
    "eng": "engineer", "engs": "engineers", "tech": "technician", "techs": "technicians", "coord": "coordinator",
    "co-ord": "coordinator", "coords": "coordinators", "asst": "assistant", "assts": "assistants", "mgr": "manager",
    "mgrs": "managers", "supvr": "supervisor", "supe": "supervisor", "elec": "electrician", "elecs": "electricians",
    "photog": "photographer", "photogs": "photographers", "prod": "production", "cam": "camera", "dept": "department",
    "ed": "editor", "eds": "editors", "des": "designer", "dir": "director", "admin": "administrator",
}

CLIPPED = RuleTable.of("clipped", [
    Rule("clipped_word", r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, CLIPPINGS), key=len, reverse=True))
         + r")(?![\w-])",
         "A clipped job-title word ('sound eng', 'lighting techs', 'prod coord', 'asst ed'): read again written out.",
         ("sound eng", "2 lighting techs", "prod coord", "asst ed", "a VFX co-ord"),
         ("engineer", "technical", "coordinator", "edited", "camera"), source="issue-12"),
])


def unclipped_role(phrase: str, taxonomy: Taxonomy) -> Role | None:
    """The role the phrase names with its clipped words written out, when it has more than a clipped
    word and that names a role; else None."""
    words = phrase.split()
    if len(words) < 2 or not CLIPPED.clipped_word.search(phrase):
        return None
    full = CLIPPED.clipped_word.sub(lambda m: CLIPPINGS[m.group().lower()], phrase)
    return taxonomy.resolve(full)
