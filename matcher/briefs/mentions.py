"""What a brief names that could be a need: roles and facilities the taxonomy knows, and the noun
phrases it does not, read by meaning or kept as free text.

- a taxonomy mention (``Taxonomy.mentions``), plus "a studio" (a facility word the taxonomy only
  resolves, asked for after a count) and an elided head ("lighting & grip hire");
- an everyday word the taxonomy only resolves, when asked for: "need sound", "someone for sound";
- an activity noun asked for, alone or in a list ("Services: edit and grade", "someone for the edit
  and the grade"): the role doing that craft (``indirect.craft_doer``), unless a thing or work done
  (``NEEDS.work_not_craft``: "a drive", "the edit is locked");
- a count placed in a department where trainees or placements are offered ("2 in the locations
  department"): that department's trainee (``NEEDS.placed_in``);
- a place to shoot at: "a farm or stables near Uttoxeter to shoot at" is a filming location;
- a business named by its trade ("a payroll provider", "an SFX team"): the facility class of the trade
  (``trades``), whatever person word the trade holds; a tender's lot titled by a service ("Lot 2: Live
  event streaming") is the class of that service;
- two role words joined by a hyphen ("a shooter-editor") are one person who does both: the first job;
- a mention that may name a more specific job (``Mention.how``: "trailer editor", "loop group
  coordinator") is read again as a whole phrase by meaning (``guess``), or kept as free text;
- a noun phrase asked for that names no role ("need a BSL interpreter", "any colourists out
  there", "someone to keep the crowd happy between takes") goes to the nearest role by meaning
  when it is near enough (a guess, shown as one); else it stays a free-text need when it names a
  person or a service ("needed, but not a role we know"); a phrase about the film office's own
  help, time or information ("we need permission") is no need.
Rules: ``NEEDS.quiet_facility``, ``ellipsis``, ``for_recording``, ``request_cue``, ``list_heading``,
``postposed``, ``noun_phrase``, ``someone_to``, ``to_shoot_at``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from matcher.briefs.guess import RoleGuesser
from matcher.briefs.indirect import craft_doer, doer_of, places_wanted, skilled_for
from matcher.briefs.kit_operators import OPERATOR_OF_KIT, operators_with_kit
from matcher.briefs.lodging import STAY_CONFIDENCE, stays_asked_for
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import (
    ACTIVITY_WORDS,
    AGENT_ENDINGS,
    AGENT_WORDS,
    BARE_SUPPLIERS,
    GENERIC_CREW,
    NOT_NEEDS,
    PARTICIPLES,
    PEOPLE_NOT_CREW,
    PERSON_WORDS,
    PLACE_HEADS,
    SERVICE_HEADS,
    WORK_PRODUCTS,
)
from matcher.briefs.trades import trade_named, trade_of
from matcher.geo import load_gazetteer
from matcher.taxonomy import Mention, Role, Taxonomy
from matcher.taxonomy_words import singular

__all__ = ["GENERIC_LABEL", "Named", "find_named"]

GENERIC_LABEL = "Crew (roles not given)"  # "we need a crew": one need, unless the brief names the roles

ASKED_FOR_WORD = 0.8
_DAY_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?"
             r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?|tmoz|tomoz|tmrw|tmw|tomorrow|tonight|today)s?")
_CALENDAR = re.compile(rf"{_DAY_WORD}(?:-{_DAY_WORD})?$", re.I)  # "Mon-Weds", "tmoz": when, not who
_FUNCTION_WORDS = frozenset([
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
])
_PERSON_ENDINGS = ("ist", "ists", "ian", "ians", "person", "people")  # "a hair person for the shoot": no place
_MAY_BE_LONGER = ("head of a longer name", "modifies another job")  # read again as the whole phrase
_DESCRIBING = frozenset({"aged", "age", "ages", "playing", "approx", "approximately"})  # words after the head
_PLACING = frozenset({"local", "nearby"})  # "local wildlife guide": an adjective, not the start of a clause
_BARE_OPS = frozenset({"op", "ops", "operator", "operators"})
_JOINED = re.compile(r"\s+(?:n|'n'?|\u2019n\u2019?)\s+|\s*[&+]\s*", re.I)  # "hair n make up", "hair & make-up"
_PERSON_ASKED = re.compile(r"(?:some|any)(?:one|body|1)|a\s+person|people", re.I)  # not "a company to ..."
_JOINERS = frozenset({"or", "and", "local", "nearby", "all", "both"})
_PRONOUN = re.compile(r"(?:we|i|you|they|he|she|it|let)(?:['\u2019]\w*)?$")
_NOT_NOUN = ("ly", "able", "ible", "ful", "ous", "ive")  # "someone reliable": no noun to read
# "a team of astronauts", "a pair of riggers": the head is what follows "of"
_COLLECTIVES = frozenset({"team", "teams", "group", "groups", "crew", "pair", "couple", "set", "bunch", "panel",
                          "troupe", "handful", "number", "lot", "lots", "load", "loads", "pool", "squad", "unit"})
_DETERMINERS = {"a", "an", "the", "some", "any", "another", "our", "your", "their", "its", "more", "extra",
                "additional"}


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


def _overlaps(found: list[Named], start: int, end: int) -> bool:
    return any(x.start < end and start < x.end for x in found)


def _what_is_made(text: str, m: Mention) -> bool:
    """A role or service word that says what the production makes or does, not who is asked for:
    before a thing made ("400 VFX shots"), after a named venue ("the Priory Gardens marquee"), a kind
    of shot after a filming verb ("film drone shots"),
    or a word for a kind of production used as a verb or naming the event ("livestream it", "we're
    livestreaming three concerts", "an outside broadcast from the market")."""
    if NEEDS.made_product.match(text, m.end):
        return True
    if m.role.kind == "facility" and NEEDS.venue_before.search(text, max(0, m.start - 40), m.start):
        return True  # "the Priory Gardens marquee": where, not what
    surface = m.surface.lower().replace("-", " ")
    if surface in ACTIVITY_WORDS and re.search(r"\bto\s+(?:[a-z]+\s+(?:and|&|\+|or)\s+)?$",
                                               text[max(0, m.start - 30):m.start], re.I):
        return True  # "a company to film and live-stream the ceremony": a verb, the task of another need
    if surface.split()[-1] in ("shots", "footage", "aerials") and NEEDS.film_verb.search(text, max(0, m.start - 30),
                                                                                          m.start):
        return True
    if surface not in ACTIVITY_WORDS:
        return False
    verb = surface.endswith("ing") and re.search(r"(?:\b(?:is|are|am|be|been|were|was)|['\u2019]re|['\u2019]s)\s+$",
                                                 text[max(0, m.start - 12):m.start], re.I)
    return bool(verb or NEEDS.activity.match(text, m.end))


def _operator_of(text: str, start: int, surface: str, taxonomy: Taxonomy) -> Role | None:
    """A bare 'op' or 'operator' right after the kit it operates ("genny + op", "a crane with
    operator"): that kit's operator, when the taxonomy knows one; else None."""
    if surface.lower() not in _BARE_OPS:
        return None
    k = NEEDS.kit_operator.search(text, max(0, start - 30), start)
    roles = (taxonomy.resolve(f"{k.group('kit')} {w}") for w in ("op", "operator")) if k else ()
    return next((r for r in roles if r is not None and r.kind == "crew"), None)


def _from_taxonomy(text: str, taxonomy: Taxonomy) -> list[Named]:
    found = [Named.of(m.role, m.start, m.end, m.surface, m.confidence, m.how) for m in taxonomy.mentions(text)
             if (m.role.kind == "crew" or not NEEDS.as_modifier.match(text, m.end))  # "a live studio show"
             and not _what_is_made(text, m)]
    quiet = NEEDS.quiet_facility.finditer(text) if re.search(r"studio|office|LED", text, re.I) else ()
    extra = []
    for m in quiet:
        if re.search(r"\b(?:in|at|inside|from|outside|of)\s+$", text[max(0, m.start() - 10):m.start()], re.I):
            continue  # "in a Hanley studio": where, not what
        word = m.group("w")
        recording = NEEDS.for_recording.match(text, m.end()) if word.lower().startswith("studio") else None
        kind = ("voice-over studio" if recording.group("voice") else "recording studio") if recording else word
        role = taxonomy.resolve(kind)
        if role and not _overlaps(found, m.start(), m.end()) and not NEEDS.as_modifier.match(text, m.end("w")):
            extra.append(Named.of(role, m.start("w"), m.end("w"), word))
    for i, x in enumerate(found):  # "genny + op": the generator operator, not a camera operator
        if (role := _operator_of(text, x.start, x.surface, taxonomy)) is not None and role.id != x.role_id:
            found[i] = Named.of(role, x.start, x.end, x.surface, ASKED_FOR_WORD, "asked-for word")
    for x in found:
        head = x.surface.split(maxsplit=1)
        e = NEEDS.ellipsis.search(text, max(0, x.start - 30), x.start) if len(head) == 2 else None
        if e and not any(y.start <= e.start("w") < y.end for y in found):
            whole = taxonomy.mentions(f"{e.group('w')} {head[1]}")
            if len(whole) == 1 and whole[0].role.id != x.role_id and whole[0].start == 0:
                extra.append(Named.of(whole[0].role, e.start("w"), e.end("w"), e.group("w")))
    return sorted(found + extra, key=lambda m: m.start)


def _phrase_before(text: str, end: int) -> tuple[int, str]:
    """The noun phrase ending at ``end`` (up to four words after a determiner or a clause start)."""
    words = list(re.finditer(r"[A-Za-z][\w'\u2019/&-]*", text[max(0, end - 60):end]))
    offset, kept = max(0, end - 60), list[re.Match[str]]()
    for w in reversed(words):
        stop = re.search(r"[.,;:!?\n(+&]", text[offset + w.end():end])
        if w.group().lower() in _DETERMINERS or len(kept) == 4 or stop:
            break
        kept.insert(0, w)
    return (offset + kept[0].start(), text[offset + kept[0].start():end]) if kept else (end, "")


def _sentence_before(text: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts."""
    ends = [m.end() for m in re.finditer(r"[.!?\n]+", text, 0) if m.end() <= pos]
    return ends[-2] if len(ends) >= 2 else 0


def _candidates(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, phrase) of noun phrases asked for: after a request cue or a list heading (with
    the list that follows), and before 'wanted', 'also welcome', 'out there'."""
    out = []
    starts = [m.end() for rx in (NEEDS.request_cue, NEEDS.list_heading) for m in rx.finditer(text)
              if not NEEDS.you_ask.search(text, max(0, m.start() - 40), m.end())  # "you're looking for"
              and not NEEDS.offer_if.search(text, max(0, m.start() - 40), m.end())  # "if anyone needs"
              and not NEEDS.their_wish.search(text, max(0, m.start() - 30), m.end())]  # "the director wants"
    starts += [m.end() for m in NEEDS.and_then.finditer(text)
               if NEEDS.asked_in_sentence.search(text, max(0, m.start() - 120), m.start())]
    starts += [m.end() for m in NEEDS.list_cue.finditer(text)
               if NEEDS.asked_nearby.search(text, _sentence_before(text, m.start()), m.start())]
    for pos in sorted(starts):
        for _ in range(6):  # a list: "a jib, a slider and two radio mics"
            m = NEEDS.noun_phrase.match(text, pos)
            if not m or not m.group("np").strip():
                break
            out.append((m.start("np"), m.end("np"), m.group("np"), True))
            tail = re.match(r"(?:\s+who\s+(?:are|is)\b[^,.;:\n]{0,50}|\s+with\s+[^,.;:\n]{1,30}(?=,))?",
                            text[m.end():])  # "two PDs who are comfortable at height, a rigger", "filming with drone,"
            after = m.end() + (tail.end() if tail else 0)
            sep = re.match(r"[ \t]*(?:,\s*(?:and\b|plus\b)?|&|\+|/|\band\b|\bplus\b|\n\s*[-\u2022*])[ \t]*",
                           text[after:])
            if not sep or not sep.group().strip(" "):
                break
            pos = after + sep.end()
    for m in NEEDS.postposed.finditer(text):
        start, words = _phrase_before(text, m.start())
        if words and ")" not in text[start:m.start()] and text[max(0, start - 1):start] != "(":
            out.append((start, m.start(), words, False))
    return out


def _department_person(phrase: str, taxonomy: Taxonomy) -> Role | None:
    """"a lighting person", "one sound man", "the hair lady": a department's everyday word and a word
    for a person name that department's crew role (the role the everyday word resolves to)."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 3 or words[-1] not in PERSON_WORDS:
        return None
    role = taxonomy.resolve(" ".join(words[:-1]))
    return role if role is not None and role.kind == "crew" else None


def _kind(head: str) -> str:
    return "facility" if head in SERVICE_HEADS else "crew"


def not_a_supplier(head: str, n_words: int = 1) -> bool:
    """A phrase's head word names what is made, who is filmed or served, or something to be done
    ("a video filmed"), so the phrase is no supplier to find."""
    return head in WORK_PRODUCTS or head in PEOPLE_NOT_CREW or (n_words > 1 and head in PARTICIPLES)


def _person_or_service(head: str) -> bool:
    return head in SERVICE_HEADS or head in AGENT_WORDS or (len(head) > 4 and head.endswith(AGENT_ENDINGS))


def _read_phrase(phrase: str, start: int, end: int, guesser: RoleGuesser | None, context: str = "",
                 strong: bool = False, same_head: bool = False, task: bool = False,
                 person: bool = False) -> Named | None:
    """A phrase no alias names: the nearest role if near enough, else free text if it names a
    person or a service (or, ``strong``, anything asked for), else nothing."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]*", phrase)]
    if NEEDS.negated_phrase.match(phrase.strip()) or (words and _PRONOUN.match(words[0])):
        return None  # "no op needed": said not to be needed; "We'd (welcome)": who speaks
    if not words or len("".join(words)) < 2 or words[-1] in NOT_NEEDS or _CALENDAR.match(words[-1]) \
            or all(w in _DETERMINERS for w in words):
        return None
    if (len(words) > 5 and not strong) or words[-1].endswith(_NOT_NOUN):
        return None
    if not task and (any(w in _FUNCTION_WORDS for w in words[1:])
                     or (words[0] in _FUNCTION_WORDS and words[0] not in _DETERMINERS | _PLACING)):
        return None  # "are currently looking", "we would": no noun phrase
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


def _reread(text: str, m: Named, guesser: RoleGuesser | None) -> Named:
    """A mention that may name a more specific job, read again as the whole phrase."""
    if m.how == "head of a longer name":
        start, _ = _phrase_before(text, m.start)
        start = max(start, m.start - 30)
        phrase, end = text[start:m.end], m.end
    else:
        nxt = re.match(r"[\s/-]*[A-Za-z]+", text[m.end:])
        phrase, start, end = text[m.start:m.end + (nxt.end() if nxt else 0)], m.start, m.end + (nxt.end() if nxt else 0)
    if NEEDS.owner.search(phrase):  # "a set photographer's assistant": whose assistant decides the job
        return _read_phrase(phrase, start, end, guesser, strong=True) or m
    read = _read_phrase(phrase, start, end, guesser, strong=True, same_head=True)
    if read is None or (read.role is None and m.how == "head of a longer name"):
        return m  # "trailer editor": some editor, at the lower confidence the mention carries
    if read.role is not None and read.role.id == m.role_id:
        return Named.of(read.role, start, end, phrase, max(m.confidence, read.confidence), "embedding")
    return read


def _possessed(text: str, m: Named, guesser: RoleGuesser | None) -> Named | None:
    """"a photographer's assistant", "the director's PA": the role owns the person asked for, who is
    read as the whole phrase (a guess that agrees with its words, else free text)."""
    after = NEEDS.possessive.match(text, m.end)
    if after is None or m.kind != "crew":
        return None
    end = after.end()
    return _read_phrase(text[m.start:end], m.start, end, guesser, strong=True)


def _graded(text: str, m: Named, taxonomy: Taxonomy) -> list[Named] | None:
    """'some ADs? 2nd and 3rd': one need per grade named after a plural role, when each resolves."""
    after = NEEDS.grades_after.match(text, m.end)
    if after is None or m.kind != "crew" or not m.surface.endswith("s"):
        return None
    out = []
    for g in re.finditer(r"1st|2nd|3rd|first|second|third", after.group("grades"), re.I):
        role = taxonomy.resolve(f"{g.group()} {m.surface[:-1]}")
        if role is None:
            return None
        start = after.start("grades") + g.start()
        out.append(Named.of(role, start, start + len(g.group()), f"{g.group()} {m.surface[:-1]}"))
    return out


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


def find_named(text: str, taxonomy: Taxonomy, guesser: RoleGuesser | None = None) -> list[Named]:
    """Everything the brief names that could be a need, in text order, without overlaps."""
    found: list[Named] = []
    mentioned = _from_taxonomy(text, taxonomy)
    for x, y in pairwise(mentioned):  # "a shooter-editor": one person who does both jobs
        first = taxonomy.named_exactly(x.surface)
        if first is not None and first.id == x.role_id and x.kind == y.kind == "crew" and x.end + 1 == y.start \
                and text[x.end] == "-" and x.role_id != y.role_id and taxonomy.named_exactly(y.surface) is not None:
            both = Named.of(first, x.start, y.end, text[x.start:y.end], ASKED_FOR_WORD, "asked-for word")
            mentioned = [both if n is x else n for n in mentioned if n is not y]
    for named in mentioned:
        graded = _graded(text, named, taxonomy) if named.how == "alias" else None
        found += graded or [_possessed(text, named, guesser)
                            or (_reread(text, named, guesser) if named.how in _MAY_BE_LONGER else named)]
    for lo, hi, trade_words, trade in trade_named(text, taxonomy):  # "a payroll provider", "an SFX team"
        if any(x.kind == "facility" and x.start < hi and lo < x.end for x in found):
            continue
        found = [x for x in found if not (lo <= x.start and x.end <= hi)]  # "QA" in "a QA partner"
        found.append(Named.of(trade, lo, hi, trade_words, ASKED_FOR_WORD, "trade of a business"))
    for lot in NEEDS.lot_line.finditer(text):  # "Lot 2: Live event streaming": the service of one supplier
        lo, hi = lot.span("title")
        service = None if _overlaps(found, lo, hi) else trade_of(lot.group("title"), taxonomy)
        if service is not None:
            found.append(Named.of(service, lo, hi, lot.group("title").strip(), ASKED_FOR_WORD, "tender lot"))
    for m in NEEDS.to_shoot_at.finditer(text):
        start, phrase = _phrase_before(text, m.start())
        role = taxonomy.resolve("filming location")
        words = [w.lower() for w in phrase.split()]
        clause = any(_PRONOUN.match(w) or (w in _FUNCTION_WORDS and w not in _JOINERS) for w in words)  # "we'd love"
        clause = clause or (bool(words) and (words[-1] in AGENT_WORDS or words[-1].endswith(_PERSON_ENDINGS)))
        place = bool(words) and (words[-1] in PLACE_HEADS or singular(words[-1]) in PLACE_HEADS)
        if phrase and role and place and not clause and not _overlaps(found, start, m.start()):
            found.append(Named.of(role, start, m.start(), phrase, 0.9, "place to film"))  # not "a charity to film"
    location = taxonomy.resolve("filming location")
    for start, end, phrase in places_wanted(text, _phrase_before):
        if location is not None and not _overlaps(found, start, end):
            found.append(Named.of(location, start, end, phrase, 0.9, "place to film"))
    kit = [(x.role, x.start, x.end, x.surface) for x in found if x.role is not None]
    for role, start, end, words in operators_with_kit(text, kit, taxonomy):  # "a genny with operator"
        if not _overlaps(found, start, end):
            found.append(Named.of(role, start, end, words, ASKED_FOR_WORD, OPERATOR_OF_KIT))
    for role, start, end, words in stays_asked_for(text, taxonomy):  # "a hotel near the set for six"
        if not _overlaps(found, start, end):
            found.append(Named.of(role, start, end, words, STAY_CONFIDENCE, "place to stay"))
    for m in NEEDS.someone_to.finditer(text):
        what, start, end = m.group("what").strip(), m.start(), m.end("what")
        person = bool(_PERSON_ASKED.match(m.group()))  # "somebody to fly the drone": a person, not the drone
        inside = [x for x in found if x.start < end and m.start("what") < x.end]
        if inside and person and all(x.kind == "facility" and m.start("what") <= x.start for x in inside):
            found = [x for x in found if x not in inside]  # the kit or service is the task's object
        elif inside or not what:
            continue
        crafts = _crafts(what, m.start("what"), taxonomy)  # "someone for the edit and the grade": two crafts
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
        elif (read := _read_phrase(text[start:end], start, end, guesser, strong=True, task=True,
                                   person=person)) is not None:
            found.append(read)
    for m in NEEDS.spread.finditer(text):  # "three trainees across camera, art and locations"
        grade = m.group("grade")[:-1]
        for dept in re.finditer(r"[a-z]+", m.group("depts")):
            s, e = m.start("depts") + dept.start(), m.start("depts") + dept.end()
            if dept.group() == "and" or _overlaps(found, s, e):
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
            if job is not None and job.kind == "crew" and not _overlaps(found, lo, hi):
                found.append(Named.of(job, lo, hi, text[lo:hi], ASKED_FOR_WORD, "asked-for word"))
                break
    found.sort(key=lambda n: n.start)
    gazetteer = load_gazetteer()
    for start, end, phrase, cued in _candidates(text):
        if _overlaps(found, start, end) or (phrase[:1].isupper() and gazetteer.resolve(phrase) is not None):
            continue
        words = phrase.lower().split()
        if NEEDS.negated_phrase.match(phrase):
            continue  # "No crew needed", "no op required"
        if phrase.lower() in ACTIVITY_WORDS and NEEDS.activity.match(text, end):
            continue  # "a conference + livestream to YouTube": what the production does
        if cued and not NEEDS.work_not_craft.search(text[max(0, start - 12):start]) and not \
                NEEDS.work_not_craft.match(text[end:end + 12]) and (role := craft_doer(phrase, taxonomy)):
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "Services: edit and grade": the editor, the colourist
        if not_a_supplier(words[-1], len(words)) or words[-1] in NOT_NEEDS:
            continue  # "final deliverables are required": what is made, not who makes it
        if cued and words[-1] in PLACE_HEADS and location is not None:  # "need a location", "a farmhouse"
            found.append(Named.of(location, start, end, phrase, ASKED_FOR_WORD, "place to film"))
            continue
        plain = re.sub(r"^(?:(?:local|nearby|good|reliable|experienced|decent|freelance|some)\s+)+", "", phrase,
                       flags=re.I)
        role = _operator_of(text, start, phrase, taxonomy)
        if role is not None:
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "Genny + op needed"
        role = taxonomy.resolve(phrase) or taxonomy.resolve(plain) or _department_person(plain, taxonomy)
        if role is None and cued and (role := taxonomy.resolve_misspelt(plain)) is not None:
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "a make up artis": texts keep their typos
        if role is not None and cued and len(plain.split()) <= 2:  # "need sound": an everyday word asked for
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue
        context = re.match(r"\s+for\s+(?:the\s+)?[\w\s-]{3,30}?(?=[.,;!?\n]|$)", text[end:])
        read = _read_phrase(phrase, start, end, guesser, context.group() if context else "", strong=True)
        if read is not None:
            found.append(read)
    return sorted(found, key=lambda m: m.start)


def as_mention(named: Named) -> Mention | None:
    """The taxonomy's view of a named role (None for free text)."""
    if named.role is None:
        return None
    return Mention(named.role, named.start, named.end, named.surface, named.confidence, named.how)
