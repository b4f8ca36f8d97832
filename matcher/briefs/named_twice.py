"""One person named twice, or a need the writer takes back: the spurious needs a rule catches better
than a weight, because the words between two needs say it outright.

- **named again** (``CONTEXT.names_again``): "someone to keep an eye on continuity, basically a
  script supervisor", "a man with a van, i.e. a unit driver": the second phrase names the first
  person again, so they are one need; the surer reading stays (a known role over free text or a
  guess; on a tie the later, more exact name). Not "a gaffer and a spark", nor "a rigger who likes
  a challenge" (no restating word).
- **dropped later** (``CONTEXT.drops``): "a runner and a driver... actually forget the runner", "a
  sound... no, scrap the sound": later in the brief the writer drops a need by naming it again after
  "scrap", "scratch", "forget", "ditch" or "drop the"; the need whose last word the drop repeats goes.
  Not "drop the kit at the base" (no need named) nor "forget the rain" (no such need).
- **corrected** (``CONTEXT.corrects``): "a gaffer, no sorry, a best boy", "two sparks... I mean a
  best boy": the writer takes the first back; the second stays. Not "a gaffer, not a spark" (a
  contrast, read elsewhere) nor "a gaffer, no experience needed".

Both read the text between two needs proposed next to each other in one sentence, so they hold
whichever rules proposed the needs.
"""

from __future__ import annotations

import re
from itertools import pairwise

from matcher.briefs.need_features import locate
from matcher.briefs.rules.context import CONTEXT
from models.brief import Need

__all__ = ["merge_named_twice"]

_SENTENCE_END = re.compile(r"[!?;\n]|(?<![a-z]\.[a-z])\.(?:\s+[A-Z]|\s*$)")  # "i.e." ends no sentence
_SURE = {"alias": 3, "corrected": 3, "asked-for word": 2, "embedding": 1}


def _sureness(need: Need) -> tuple[int, float]:
    return _SURE.get(need.how, 0), need.confidence


def merge_named_twice(text: str, needs: list[Need]) -> tuple[list[Need], list[str]]:
    """The needs with a person named twice kept once and a need the writer took back dropped, and notes."""
    located = sorted((x for x in locate(text, needs) if x.start >= 0), key=lambda x: x.start)
    dropped: set[int] = set()
    notes = []
    for a, b in pairwise(located):
        between = text[a.end:b.start]
        if b.start < a.end or _SENTENCE_END.search(between):
            continue
        if CONTEXT.corrects.search(between):
            dropped.add(id(a.need))
            notes.append(f"'{a.need.text}' read as taken back ('{between.strip()}'), not a need.")
        elif CONTEXT.names_again.search(between):
            weaker = a if _sureness(a.need) < _sureness(b.need) or _sureness(a.need) == _sureness(b.need) else b
            kept = b if weaker is a else a
            dropped.add(id(weaker.need))
            notes.append(f"'{weaker.need.text}' and '{kept.need.text}' read as one person named twice.")
    for x in located:
        said = _head(x.need.text)
        for drop in CONTEXT.drops.finditer(text, x.end):
            if said and _head(drop["named"]) == said:
                dropped.add(id(x.need))
                notes.append(f"'{x.need.text}' read as dropped later ('{drop[0]}'), not a need.")
                break
    return [n for n in needs if id(n) not in dropped], notes


def _head(words: str) -> str:
    """The last word of a need's words, lower case and singular: 'the dialect coaches' -> 'coach'."""
    last = re.findall(r"[\w'-]+", words.lower())
    return re.sub(r"(?:(?<=ch|sh)es|(?<=[^s])s)$", "", last[-1]) if last else ""
