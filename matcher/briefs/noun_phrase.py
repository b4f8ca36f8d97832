"""Whether a free-text need's words are a noun phrase that names someone or something to find.

A phrase no alias or guess names is kept as a free-text need ("needed, but not a role we know"),
searched as text and never dropped, so that a need the taxonomy lacks ("a rope access technician",
"a hide", "a DJ") still reaches the crew sheet. That promise only holds for words that name a
person, a company, a facility, a service or kit. On briefs written independently of the parser,
most free-text proposals were not noun phrases at all: a form's answer ("Permits needed: Yes"),
a clause cut short ("visitors still", "capture of approx", "someone who could come in and"), what
the writer wants to receive ("wants names by Wednesday"), a person named in a statement ("Jo
can't do the new date"), a credential ("DBS needed"), a describing word ("female, 25-40"), a
place's name ("Three Shires Head"), a word the writer blames on autocorrect, or the verb of "as
needs arise". Each of these is a rule about English words (``rules.free_text.FREE_TEXT``); a rule
reads the phrase itself, the phrase with the rest of its clause, or the words just before it
(``WHERE``). A free-text need that one of them fits is dropped with a note naming the rule, so the
film office can add it back on the page; every other free-text need is kept as before.

A casting list's characters ("ROSA - woman, playing 30-40") are read as actors before this runs
(``casting``), so they never reach it as free text.

No part-of-speech tagger ships with the product, so the rules use closed classes of English
(prepositions, conjunctions, contractions, answers, credentials) rather than an open lexicon; the
embedding model was measured and does not separate these (a real "hide" is further from every role
than a junk "Names"), so it is not used here.
"""

from __future__ import annotations

import re

from matcher.briefs.need_features import Located, locate
from matcher.briefs.rules.free_text import FREE_TEXT
from models.brief import Need

__all__ = ["WHERE", "WHY", "drop_not_noun_phrases", "why_not_a_noun_phrase"]

# Which words each rule reads: the phrase as written, the phrase and the rest of its clause, or the
# twenty characters before it.
WHERE = {"runs_on": "phrase", "answer": "phrase", "aside": "clause", "information": "phrase",
         "credential": "phrase", "describing": "phrase", "place_name": "phrase", "named_subject": "clause",
         "misspelt": "rest", "needs_as_noun": "before"}
WHY = {"runs_on": "a clause cut short", "answer": "an answer or a word of speech",
       "aside": "an aside or an imperative", "information": "information the writer wants",
       "credential": "a licence, check or certificate", "describing": "a describing word",
       "place_name": "a place's name", "named_subject": "a person named in a statement",
       "misspelt": "taken back as a typing slip", "needs_as_noun": "the verb after the noun 'needs'"}
_CLAUSE_END = re.compile(r"[.,;:!?\n()\u2013\u2014]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_LEADING = re.compile(r"^(?:\d+\s*x?\s+|an?\s+|the\s+|some\s+|any\s+)+", re.I)
# A casting list's character line: a name in capitals or a person word, then an age, a gender or "playing".

def _phrase(need: Need) -> str:
    return (need.text.split("; ")[0] or need.label).strip()


def why_not_a_noun_phrase(text: str, at: Located) -> str | None:
    """The name of the rule that says a free-text need's words name nothing to find, or None."""
    phrase = _phrase(at.need)
    bare = _LEADING.sub("", phrase)
    start, end = (at.start, at.end) if at.start >= 0 else (0, 0)
    rest = text[end:]
    stop = _CLAUSE_END.search(rest)
    clause = text[start:end + (stop.start() if stop else len(rest))] if at.start >= 0 else phrase
    sentence_stop = _SENTENCE_END.search(rest)
    label = at.need.label
    reads = {"phrase": (bare or phrase, label), "clause": (clause, label), "before": (text[max(0, start - 20):start],),
             "rest": (rest[:sentence_stop.start() if sentence_stop else len(rest)],)}
    for name, where in WHERE.items():
        if where in ("clause", "before", "rest") and at.start < 0:
            continue
        words = (phrase,) if name in ("runs_on", "place_name") else reads[where]
        if any(getattr(FREE_TEXT, name).search(w) for w in words):
            return name
    return None


def drop_not_noun_phrases(text: str, needs: list[Need]) -> tuple[list[Need], list[str]]:
    """The needs without the free-text ones whose words name nothing to find, and a note for each."""
    kept, notes = [], []
    for at in locate(text, needs):
        rule = why_not_a_noun_phrase(text, at) if at.need.role is None else None
        if rule is None:
            kept.append(at.need)
        else:
            notes.append(f"'{_phrase(at.need)}' is not read as a need ({WHY[rule]}); add it back if it is one.")
    return kept, notes
