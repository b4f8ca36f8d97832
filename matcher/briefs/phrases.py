"""One noun phrase read as a need: the role an alias or its meaning names, or free text.

``Named`` is what a brief names that could be a need (where, the words, the role or None, how it
was read). ``read_phrase`` reads a phrase no alias names: the nearest role by meaning when near
enough and agreeing with its words (``guess``), else a free-text need when it names a person or a
service ("needed, but not a role we know"), else nothing: a phrase that is a clause ("we would"),
speech filler or a hedge ("er", "maybe"), a date word, what is made ("a video"), who is filmed
("contributors") or someone's own kit ("their own A7") names no supplier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.briefs.guess import RoleGuesser
from matcher.briefs.mixed_language import OTHER_FUNCTION_WORDS
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import (
    AGENT_ENDINGS,
    AGENT_WORDS,
    BARE_SUPPLIERS,
    GENERIC_CREW,
    NOT_NEEDS,
    PARTICIPLES,
    PEOPLE_NOT_CREW,
    PERSON_WORDS,
    SERVICE_HEADS,
    WORK_PRODUCTS,
)
from matcher.taxonomy import Mention, Role

__all__ = ["ASKED_FOR_WORD", "DETERMINERS", "FUNCTION_WORDS", "GENERIC_LABEL", "PRONOUN", "Named", "as_mention",
           "not_a_supplier", "overlaps", "phrase_before", "read_phrase"]

_PREPOSITIONS = frozenset({"for", "with", "to", "from", "by", "about", "into", "onto", "over", "under", "without"})
GENERIC_LABEL = "Crew (roles not given)"  # "we need a crew": one need, unless the brief names the roles

ASKED_FOR_WORD = 0.8
_DAY_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?"
             r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?|tmoz|tomoz|tmrw|tmw|tomorrow|tonight|today)s?")
_CALENDAR = re.compile(rf"{_DAY_WORD}(?:-{_DAY_WORD})?$", re.I)  # "Mon-Weds", "tmoz": when, not who
FUNCTION_WORDS = frozenset([
    "so", "then", "but", "because", "since", "while", "though", "although", "if", "as", "or", "and", "yet",
    "all", "both", "each", "every", "local", "nearby", "ready", "anyone", "everyone",
    "are", "is", "be", "was", "were", "am", "been", "being", "would", "could", "should", "can", "will", "shall",
    "may", "might", "must", "do", "does", "did", "like", "know", "where", "when", "how", "why", "what", "which",
    "who", "we", "you", "they", "it", "i", "he", "she", "currently", "really", "just", "also", "here", "there",
    "not", "very", "locally", "interested", "hoping", "keen", "happy", "able",
    "whether", "asked", "wondering", "wondered", "said", "told", "mentioned", "saw", "heard",
    "want", "wants", "needs", "plan", "plans", "planning", "going", "trying", "hope", "hopes",
    "remain", "remains", "stay", "stays",  # "spaces for badge holders remain available": a statement
    "er", "erm", "um", "umm", "uh", "ur", "few", "maybe", "probably", "possibly", "perhaps",  # speech, hedges
    "ideally", "preferably", "hopefully", "definitely", "essential", "must",  # how much a qualifier matters
    "sorry", "cheers", "thanks", "thank",  # "a runner, sorry for the short notice": manners, no need
])
_DESCRIBING = frozenset({"aged", "age", "ages", "playing", "approx", "approximately"})  # words after the head
_PLACING = frozenset({"local", "nearby"})  # "local wildlife guide": an adjective, not the start of a clause
PRONOUN = re.compile(r"(?:we|i|you|they|he|she|it|let)(?:['\u2019]\w*)?$")
_NOT_NOUN = ("ly", "able", "ible", "ful", "ous", "ive")  # "someone reliable": no noun to read
# "a team of astronauts", "a pair of riggers": the head is what follows "of"
_COLLECTIVES = frozenset({"team", "teams", "group", "groups", "crew", "pair", "couple", "set", "bunch", "panel",
                          "troupe", "handful", "number", "lot", "lots", "load", "loads", "pool", "squad", "unit"})
DETERMINERS = {"a", "an", "the", "some", "any", "another", "our", "your", "their", "its", "more", "extra",
                "additional"}

# A noun phrase starts after a determiner, or after another language's article or "and" ("y una make-up artist").
_PHRASE_STOPS = frozenset(DETERMINERS) | OTHER_FUNCTION_WORDS


@dataclass(frozen=True)
class Named:
    start: int
    end: int
    surface: str
    role: Role | None  # None: needed, but not a role we know
    label: str
    confidence: float = 1.0
    how: str = "alias"
    kind: str = "crew"

    @property
    def role_id(self) -> str | None:
        return self.role.id if self.role else None

    @property
    def related(self) -> tuple[str, ...]:
        return self.role.related if self.role else ()

    @classmethod
    def of(cls, role: Role, start: int, end: int, surface: str, confidence: float = 1.0, how: str = "alias") -> Named:
        return cls(start, end, surface, role, role.label, confidence, how, role.kind)


def overlaps(found: list[Named], start: int, end: int) -> bool:
    return any(x.start < end and start < x.end for x in found)


def phrase_before(text: str, end: int) -> tuple[int, str]:
    """The noun phrase ending at ``end`` (up to four words after a determiner or a clause start)."""
    words = list(re.finditer(r"[A-Za-z][\w'\u2019/&-]*", text[max(0, end - 60):end]))
    offset, kept = max(0, end - 60), list[re.Match[str]]()
    for w in reversed(words):
        stop = re.search(r"[.,;:!?\n(+&]", text[offset + w.end():end])
        if w.group().lower() in _PHRASE_STOPS or len(kept) == 4 or stop:
            break
        kept.insert(0, w)
    return (offset + kept[0].start(), text[offset + kept[0].start():end]) if kept else (end, "")


def _kind(head: str) -> str:
    return "facility" if head in SERVICE_HEADS else "crew"


def not_a_supplier(head: str, n_words: int = 1) -> bool:
    """A phrase's head word names what is made, who is filmed or served, or something to be done
    ("a video filmed"), so the phrase is no supplier to find."""
    return head in WORK_PRODUCTS or head in PEOPLE_NOT_CREW or (n_words > 1 and head in PARTICIPLES)


def _person_or_service(head: str) -> bool:
    return head in SERVICE_HEADS or head in AGENT_WORDS or (len(head) > 4 and head.endswith(AGENT_ENDINGS))


def read_phrase(phrase: str, start: int, end: int, guesser: RoleGuesser | None, context: str = "",
                 strong: bool = False, same_head: bool = False, task: bool = False,
                 person: bool = False) -> Named | None:
    """A phrase no alias names: the nearest role if near enough, else free text if it names a
    person or a service (or, ``strong``, anything asked for), else nothing."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]*", phrase)]
    if NEEDS.negated_phrase.match(phrase.strip()) or (words and PRONOUN.match(words[0])):
        return None  # "no op needed": said not to be needed; "We'd (welcome)": who speaks
    if not words or len("".join(words)) < 2 or words[-1] in NOT_NEEDS or _CALENDAR.match(words[-1]) \
            or all(w in DETERMINERS for w in words):
        return None
    if (len(words) > 5 and not strong) or words[-1].endswith(_NOT_NOUN):
        return None
    if not task and (any(w in FUNCTION_WORDS for w in words[1:])
                     or (words[0] in FUNCTION_WORDS and words[0] not in DETERMINERS | _PLACING)):
        return None  # "are currently looking", "we would": no noun phrase
    if not task and words[0] in _PREPOSITIONS:
        return None  # "for 50 if no honeywagon": a phrase that opens with a preposition is no noun phrase
    while len(words) > 1 and words[-1] in _DESCRIBING:
        words = words[:-1]  # "6 children aged 8-12": the head is "children"
    if "of" in words[1:] and words[words.index("of", 1) - 1] not in _COLLECTIVES:
        words = words[:words.index("of", 1)]  # "details of our filming": the head comes before "of"
    if words[0] in ("their", "his", "her", "own"):
        return None  # "someone with their own A7": what a person has, not a need of its own
    head = words[-1]
    if head in NOT_NEEDS:
        return None
    if head in BARE_SUPPLIERS and len(words) <= 2:
        return None
    if not task and not_a_supplier(head, len(words)):
        return None  # "a soul score", "contributors", "a safety video filmed": made, filmed or served
    if head in GENERIC_CREW and len(words) <= 2:
        return Named(start, end, phrase, None, GENERIC_LABEL, 0.0, "free text", "crew")
    person = person or head in PERSON_WORDS  # "a wig person": a person, never a hire class
    if guesser is None:
        guess = None
    elif person:  # "someone who can do a smoke setup": a crew role, or the crew of the kit it names
        guess = guesser.person_for(f"{phrase} {context}".strip())
    else:
        guess = guesser.guess(f"{phrase} {context}".strip(), head if same_head else None)
    if guess is not None and guesser is not None and not same_head and not guesser.agrees(phrase, guess, task):
        guess = None  # "a prop stylist" is no wardrobe stylist, "a boat" no marine coordinator
    if guess is not None:
        return Named(start, end, phrase, guess.role, guess.role.label, guess.confidence, "embedding", guess.role.kind)
    if strong or _person_or_service(head):
        return Named(start, end, phrase, None, phrase[:1].upper() + phrase[1:], 0.0, "free text", _kind(head))
    return None


def as_mention(named: Named) -> Mention | None:
    """The taxonomy's view of a named role (None for free text)."""
    if named.role is None:
        return None
    return Mention(named.role, named.start, named.end, named.surface, named.confidence, named.how)
