"""Whether a brief describes a shoot to come, read from its language (guidelines 7, "not a brief" and
"post-only"): when it does not, its places and dates are kept for the user but marked as no shoot
places or dates (``shoot = False``), with a note saying why.

A brief describes no shoot to come when
- the shoot it names is off: "the client has pulled the shoot", "the crew won't be needed now"
  (``SHOOT.cancelled``), unless said as a condition ("if it is cancelled") or moved to a new date;
- it is a job advert ("We're hiring", "full-time", "apply by") and no word says the camera turns;
- no need was read, no request word is written ("looking for", "anyone free") and no word of a shoot
  ("the networking evening is on the 10th");
- nothing is asked for and it offers something instead (students for work experience, a farmhouse
  for the locations list, one's own availability): a shoot it imagines is not one to come;
- every sentence that speaks of a shoot speaks of one that is over (``SHOOT.past_only`` without
  ``SHOOT.to_come``) and nothing is requested (``SHOOT.request``: "we shot the last one in Derby, this one
  is in Cheadle; need a spark" asks for a shoot to come): a newsletter's round-up, a note about an unpaid
  past job, a thank-you;
- everything asked for is off-set work (games, post, hire) or free text, and no shoot word is written
  anywhere ("QA testers on site in Burton", "an artist for a 48-hour game jam"), or every clause that
  names a shoot names one that is over ("we shot it in Buxton last spring and need a grade").
Rules: ``SHOOT.*`` (``matcher.briefs.rules.shoot``) and ``PLACES.shoot_words``.
"""

from __future__ import annotations

import re

from matcher.briefs.rules.places import PLACES
from matcher.briefs.rules.shoot import SHOOT
from matcher.taxonomy import Taxonomy

__all__ = ["no_shoot_to_come", "off_set_role"]

POST_HOUSES = frozenset({"post-production-facilities", "sound-post-facilities"})

_SENTENCE = re.compile(r"[^.!?;\n]+")
_CLAUSE = re.compile(r"(?:(?!\s(?:and|but)\s)[^.!?\n;,])+")
_RECORDS = re.compile(r"\b(?:record\w*|perform\w*|on\s+set|in\s+vision)\b", re.I)


def off_set_role(taxonomy: Taxonomy, role: str | None, off_set_departments: frozenset[str]) -> bool:
    """A role whose work needs no shoot: its department is off-set, or it works with a post house (a
    re-recording mixer, related to the dubbing theatre, sits in the sound department with the boom operator).
    Hire departments and roles whose description says they record, perform or work on set are not off-set.
    A free-text need (no role) counts as off-set: it says nothing of a shoot."""
    if role is None:
        return True
    found = taxonomy.roles[role]
    if found.department.endswith("-hire") or _RECORDS.search(found.description):
        return False  # hired kit is for a shoot; so is a role that records or performs ("a foley artist")
    return found.department in off_set_departments or any(
        r in taxonomy.roles and taxonomy.roles[r].department in POST_HOUSES for r in found.related)


def _cancelled(body: str) -> bool:
    for m in SHOOT.cancelled.finditer(body):
        start = max(body.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if not SHOOT.conditional.search(body[start:m.start()]) and not SHOOT.rebooked.search(body, m.end()):
            return True
    return False


def _shoots_are_past(body: str, parts: re.Pattern[str] = _SENTENCE) -> bool:
    """Some sentence (or clause) speaks of a shoot, and every such one reports one that is over."""
    shoot_sentences = [s.group() for s in parts.finditer(body) if PLACES.shoot_words.search(s.group())]
    return bool(shoot_sentences) and all(SHOOT.past_only.search(s) and not SHOOT.to_come.search(s)
                                         for s in shoot_sentences)


def no_shoot_to_come(body: str, asks_for: int, off_set_only: bool) -> str | None:
    """Why the brief describes no shoot to come, or None.

    Args:
        body: the brief without its signature.
        asks_for: how many needs were read from it.
        off_set_only: every need is off-set work (a games, post or hire department) or free text.
    """
    if _cancelled(body):
        return "The shoot it names is off (cancelled or no longer needed)"
    if SHOOT.job_advert.search(body) and not SHOOT.filming_verb.search(body):
        return "It reads as a job advert, with no filming mentioned"
    if _shoots_are_past(body) and not SHOOT.request.search(body):
        return "Every shoot it mentions is over"
    any_shoot_word = PLACES.shoot_words.search(body)
    if not asks_for and not any_shoot_word and not SHOOT.request.search(body):
        return "It asks for nothing and mentions no shoot"
    if not asks_for and SHOOT.offer.search(body):
        return "It asks for nothing and offers something instead"
    if asks_for and off_set_only and not any_shoot_word:
        return "Only off-set work is asked for and no shoot is mentioned"
    if asks_for and off_set_only and _shoots_are_past(body, _CLAUSE):
        return "Only off-set work is asked for and the shoot it mentions is over"
    return None
