"""Roles named in a list the production already has, or no longer needs, or as someone's job: not asked for.

Crew calls name filled posts beside open ones, in the same words: "STILL NEED: 2nd AC, gaffer" next
to "DoP and 1st AC now filled", "Roles needed: ..." next to "Roles filled: director, editor". The
role words cannot tell them apart; the words around the list can (``rules.crewed.CREWED``):

- a **heading** that says the roles are had ("Roles filled:", "have:", "Confirmed:") before the list
  on its line;
- a **predicate after** the list ("DoP, sound recordist and cast all confirmed", "(director, DoP,
  sound) comes with us"): the need, then only other roles, list punctuation and at most a few words
  of the list (a role no rule read, "cast"), then the predicate, all in one clause; a predicate in
  the singular ("a gaffer, a focus puller and the DoP is attached") binds only the last role, unless
  the list is in brackets after its subject ("everything else (director, DoP) comes with us");
- a **predicate before** it ("we're sorted for DoP and gaffer", "has own DoP"): the same walk backwards;
- **no longer needed** ("a drone op - no longer needed", "No longer need a runner").

- **past work praised**: a role followed in its sentence by praise for work done ("the grips you
  found us were superb") or right after thanks ("thanks again to the sound recordist");
- a **job title**: a role right after a person's full name and a comma ("Contact: Jo Bloggs,
  Supervising Producer", "a call with Sam Reyes, gaffer on the series"; not when the "name" is an
  item of a list of roles), or opening the line under a name alone (a signature);
- someone **acting**: a role named bare or with "the" and then its verb ("director has cut the
  aerial", "the DoP wants a wide lens"), unless the verb says the post is open ("has pulled out",
  "is ill", "is needed").

The three list rules read crew only: kit a person brings ("a videographer who can bring her own lights")
is hired with them, a need of its own, not something the production has.

A need so placed is dropped with a note, so the film office can add it back. Rules about the
production's own people said elsewhere in a sentence ("our own sound", "attached as director") are
``covered``'s; this module reads lists, whichever rule proposed their roles.
"""

from __future__ import annotations

import re

from matcher.briefs.covered import is_vacancy
from matcher.briefs.need_features import Located, locate
from matcher.briefs.rules.crewed import CREWED
from models.brief import Need

__all__ = ["drop_already_crewed", "why_had"]

_SENTENCE = re.compile(r"[!?;\n]|\.(?=\s|$)")
# A predicate in the singular ("the DoP is attached") binds the last role of a list only, unless the
# list is in brackets after its subject ("everything else (director, DoP) comes with us").
_COUNTED = re.compile(r"(?:an?|\d+|one|two|three|four|five|some|any)\b", re.I)
_BARE_OR_THE = re.compile(r"(?:(?:the|our|their|his|her|my)\s+)?[\w'/-]+(?:\s+[\w'/-]+)?", re.I)
_SINGULAR = re.compile(r"(?:is|has|['\u2019]s|comes|travels)\b", re.I)
_LIST_GLUE = re.compile(r"[\s,&+/()\u2022\u00b7;:-]+|\b(?:and|or|plus|a|an|the|x\d*|\d+\s*x?)\b", re.I)
_CLOSED = frozenset("for to of in on at with which that who is are was were be will would can could should "
                    "we you they i he she it need needs needed require required looking want wanted still "
                    "but if when not no our their my your his her its".split())
_MAX_LIST_WORDS = 3


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max([0] + [m.end() for m in _SENTENCE.finditer(text, 0, start)])
    hi = _SENTENCE.search(text, end)
    return lo, hi.start() if hi else len(text)


def _blank(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> str:
    """text[lo:hi] with the other needs' words replaced by commas, as list items."""
    chars = list(text[lo:hi])
    for s, e in spans:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = ","
    return "".join(chars)


def _only_list(between: str, words: int = _MAX_LIST_WORDS) -> bool:
    """Whether the words between a need and a predicate are a list's glue and at most ``words`` of its
    items no rule read ("DoP, sound recordist and cast all confirmed")."""
    rest = _LIST_GLUE.sub(" ", between).split()
    return len(rest) <= words and not any(w.lower() in _CLOSED or "'" in w or "\u2019" in w for w in rest)


def why_had(text: str, at: Located, others: list[tuple[int, int]]) -> str | None:
    """The name of the rule that reads this need as had or no longer needed, or None."""
    if at.start < 0:
        return None
    lo, hi = _sentence(text, at.start, at.end)
    if CREWED.praised.search(text, at.end, hi) or CREWED.thanked.search(text[lo:at.start]):
        return "praised"
    if at.need.kind != "crew":  # kit someone brings is hired with them ("bring her own lights"), not had
        return "no_longer" if _no_longer(text, at) else None
    line_start = text.rfind("\n", 0, at.start) + 1
    said = text[at.start:at.end]
    name = CREWED.title_after_name.search(text, line_start, at.start)
    if name and not _COUNTED.match(said) and not text[:name.start()].rstrip().endswith(",") \
            and not any(s < name.end() and name.start() < e for s, e in others):
        return "title"  # not when the "name" is another item of a list ("Standby Props, Costume Supervisor")
    if text[line_start:at.start].strip() == "" and CREWED.name_line.search(text, 0, line_start):
        return "title"
    if _BARE_OR_THE.fullmatch(said) and not _COUNTED.match(said) and not re.search(r"['\u2019]s$", said) \
            and CREWED.acts.match(text, at.end) and not is_vacancy(text, at.start, at.end):
        return "acts"
    heading = CREWED.had_heading.match(text, line_start)
    if heading and heading.end() <= at.start:
        return "had_heading"
    after = _blank(text, others, at.end, hi)
    for m in re.finditer(r"[A-Za-z]", after):  # the first word after the list
        head = after[:m.start()]
        if _only_list(head) and CREWED.had_after.match(after, m.start()) \
                and not (_SINGULAR.match(after, m.start()) and head.strip() and ")" not in head):
            return "had_after"
        if not _only_list(head):
            break
    before = _blank(text, others, lo, at.start)
    for m in CREWED.had_before.finditer(before):
        if _only_list(before[m.end():], words=0):
            return "had_before"
    return "no_longer" if _no_longer(text, at) else None


def _no_longer(text: str, at: Located) -> bool:
    lo, hi = _sentence(text, at.start, at.end)
    return bool(CREWED.no_longer_after.match(text, at.end, hi) or CREWED.no_longer_before.search(text[lo:at.start]))


_WHY = {"praised": "in a sentence praising past work", "title": "a person's job title",
        "acts": "someone on the production, acting in a statement",
        "had_heading": "listed under a heading of posts the production has",
        "had_after": "in a list the production says it has", "had_before": "in a list the production says it has",
        "no_longer": "no longer needed"}


def drop_already_crewed(text: str, needs: list[Need]) -> tuple[list[Need], list[str]]:
    """The needs without those the production has or no longer needs, and a note for each dropped."""
    located = locate(text, needs)
    spans = [(x.start, x.end) for x in located if x.start >= 0]
    kept, notes = [], []
    for at in located:
        rule = why_had(text, at, [s for s in spans if s != (at.start, at.end)])
        if rule is None:
            kept.append(at.need)
        else:
            said = at.need.text.split("; ")[0] or at.need.label
            notes.append(f"'{said}' ({at.need.label}) is {_WHY[rule]}: not a need; add it back if it is one.")
    return kept, notes
