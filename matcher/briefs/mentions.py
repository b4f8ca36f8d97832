"""What a brief names that could be a need: roles and facilities the taxonomy knows, and the noun
phrases it does not, read by meaning or kept as free text (``phrases``).

- a taxonomy mention (``Taxonomy.mentions``), plus "a studio" (a facility word the taxonomy only
  resolves, asked for after a count) and an elided head ("lighting & grip hire");
- an everyday word the taxonomy only resolves, when asked for: "need sound", "someone for sound";
  with a word for a person ("a lighting person", "one sound man"), that department's crew;
- an activity noun asked for, alone or in a list ("Services: edit and grade"): the role doing that
  craft (``indirect.craft_doer``), unless a thing or work done (``NEEDS.work_not_craft``: "a drive",
  "the edit is locked");
- needs named indirectly, by a task, a place to shoot at or to stay, kit with its operator, a count
  placed in a department (``asked_indirectly``);
- a business named by its trade ("a payroll provider", "an SFX team"): the facility class of the trade
  (``trades``), whatever person word the trade holds; a tender's lot titled by a service ("Lot 2: Live
  event streaming") is the class of that service;
- two role words joined by a hyphen ("a shooter-editor") are one person who does both: the first job;
- a plural role or its team followed by grades ("ADs: 1st and 2nd", "an AD team (1st, 2nd and 3rd)"):
  one need per grade (``NEEDS.grades_after``, ``team_of``);
- the characters of a casting call ("ELSIE - woman, playing 70-80"): the actor role (``casting``);
- a clipped job word asked for ("a sound eng", "prod coord"): read written out (``clipped``);
- a mention that may name a more specific job (``Mention.how``: "trailer editor", "loop group
  coordinator") is read again as a whole phrase by meaning (``guess``), or kept as free text;
- a noun phrase asked for (``asked_phrases``) that is one of two joined phrases sharing a head or a
  modifier ("a workshop or barn space", "production legal and payroll") names the role of the
  whole (``coordination``); one that names no role ("need a BSL interpreter", "any colourists out
  there", "someone to keep the audience entertained during resets") goes to the nearest role by
  meaning when it is near enough (a guess, shown as one); else it stays a free-text need when it
  names a person or a service ("needed, but not a role we know"); a phrase about the film office's
  own help, time or information ("we need permission") is no need.
Rules: ``NEEDS.quiet_facility``, ``ellipsis``, ``for_recording``, ``request_cue``, ``list_heading``,
``postposed``, ``noun_phrase``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from matcher.briefs.asked_indirectly import named_indirectly
from matcher.briefs.asked_phrases import asked_phrases
from matcher.briefs.casting import characters
from matcher.briefs.clipped import unclipped_role
from matcher.briefs.coordination import with_shared_word
from matcher.briefs.guess import RoleGuesser
from matcher.briefs.indirect import craft_doer
from matcher.briefs.phrases import (
    ASKED_FOR_WORD,
    GENERIC_LABEL,
    Named,
    as_mention,
    not_a_supplier,
    overlaps,
    phrase_before,
    read_phrase,
)
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import (
    ACTIVITY_WORDS,
    NOT_NEEDS,
    PERSON_WORDS,
    PLACE_HEADS,
)
from matcher.briefs.trades import trade_named, trade_of
from matcher.geo import load_gazetteer
from matcher.taxonomy import Mention, Role, Taxonomy

__all__ = ["GENERIC_LABEL", "Named", "as_mention", "find_named"]

_MAY_BE_LONGER = ("head of a longer name", "modifies another job")  # read again as the whole phrase
_HEDGE_AFTER = re.compile(r"\s+(?:maybe|perhaps|possibly|please|pls|asap|if)\b.*$", re.I | re.S)
_WHEN_AFTER = re.compile(r"\s+(?:overnight|daily|nightly|asap|tomorrow|tmrw|today|tonight|all\s+week|on\s+the\s+day)$",
                         re.I)
_BARE_OPS = frozenset({"op", "ops", "operator", "operators"})


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
        if role and not overlaps(found, m.start(), m.end()) and not NEEDS.as_modifier.match(text, m.end("w")):
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


def _department_person(phrase: str, taxonomy: Taxonomy) -> Role | None:
    """"a lighting person", "one sound man", "the hair lady": a department's everyday word and a word
    for a person name that department's crew role (the role the everyday word resolves to)."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 3 or words[-1] not in PERSON_WORDS:
        return None
    role = taxonomy.resolve(" ".join(words[:-1]))
    return role if role is not None and role.kind == "crew" else None


def _reread(text: str, m: Named, guesser: RoleGuesser | None) -> Named:
    """A mention that may name a more specific job, read again as the whole phrase."""
    if m.how == "head of a longer name":
        start, _ = phrase_before(text, m.start)
        start = max(start, m.start - 30)
        phrase, end = text[start:m.end], m.end
    else:
        nxt = re.match(r"[\s/-]*[A-Za-z]+", text[m.end:])
        phrase, start, end = text[m.start:m.end + (nxt.end() if nxt else 0)], m.start, m.end + (nxt.end() if nxt else 0)
    if NEEDS.owner.search(phrase):  # "a set photographer's assistant": whose assistant decides the job
        return read_phrase(phrase, start, end, guesser, strong=True) or m
    read = read_phrase(phrase, start, end, guesser, strong=True, same_head=True)
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
    return read_phrase(text[m.start:end], m.start, end, guesser, strong=True)


def _graded(text: str, m: Named, taxonomy: Taxonomy) -> list[Named] | None:
    """'some ADs? 2nd and 3rd', 'an AD team (1st and 2nd)': one need per grade named after a plural
    role or its team, when each resolves."""
    team = NEEDS.team_of.match(text, m.end)
    after = NEEDS.grades_after.match(text, team.end() if team else m.end)
    if after is None or m.kind != "crew" or not (team or m.surface.endswith("s")):
        return None
    base = m.surface if team else m.surface[:-1]
    out = []
    for g in re.finditer(r"1st|2nd|3rd|first|second|third", after.group("grades"), re.I):
        role = taxonomy.resolve(f"{g.group()} {base}")
        if role is None:
            return None
        start = after.start("grades") + g.start()
        out.append(Named.of(role, start, start + len(g.group()), f"{g.group()} {base}"))
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
        graded = _graded(text, named, taxonomy) if named.how in ("alias", "modifies another job") else None
        found += graded or [_possessed(text, named, guesser)
                            or (_reread(text, named, guesser) if named.how in _MAY_BE_LONGER else named)]
    for lo, hi, trade_words, trade in trade_named(text, taxonomy):  # "a payroll provider", "an SFX team"
        if any(x.kind == "facility" and x.start < hi and lo < x.end for x in found):
            continue
        found = [x for x in found if not (lo <= x.start and x.end <= hi)]  # "QA" in "a QA partner"
        found.append(Named.of(trade, lo, hi, trade_words, ASKED_FOR_WORD, "trade of a business"))
    for lot in NEEDS.lot_line.finditer(text):  # "Lot 2: Live event streaming": the service of one supplier
        lo, hi = lot.span("title")
        service = None if overlaps(found, lo, hi) else trade_of(lot.group("title"), taxonomy)
        if service is not None:
            found.append(Named.of(service, lo, hi, lot.group("title").strip(), ASKED_FOR_WORD, "tender lot"))
    found = named_indirectly(text, taxonomy, guesser, found)
    found = characters(text, taxonomy, found)  # "DANNY - boy, playing 10-12": an actor to cast
    found.sort(key=lambda n: n.start)
    location = taxonomy.resolve("filming location")
    gazetteer = load_gazetteer()
    for start, end, phrase, cued in asked_phrases(text):
        if (hedge := _HEDGE_AFTER.search(phrase)) is not None:  # "DJ maybe you know someone": the DJ
            phrase, end = phrase[:hedge.start()], start + hedge.start()
        if overlaps(found, start, end) or (phrase[:1].isupper() and gazetteer.resolve(phrase) is not None):
            continue
        words = phrase.lower().split()
        if NEEDS.negated_phrase.match(phrase):
            continue  # "No crew needed", "no op required"
        if (after := NEEDS.work_not_craft.match(text[end:end + 12])) is not None and after.group("serve"):
            continue  # "who can also act as fixer": the verb of serving as another job, not a need
        bare = re.sub(r"^(?:an?|the|some)\s+", "", phrase, flags=re.I)
        if cued and taxonomy.resolve(bare) is None \
                and (shared := with_shared_word(text, start, end, bare, taxonomy)) is not None:
            found.append(Named.of(shared, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "a workshop or barn space": a workshop space
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
        plain = _WHEN_AFTER.sub("", plain) or plain  # "security overnight": security, when it is needed after
        role = _operator_of(text, start, phrase, taxonomy)
        if role is not None:
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "Genny + op needed"
        role = taxonomy.resolve(phrase) or taxonomy.resolve(plain) or _department_person(plain, taxonomy)
        if role is None and cued and (role := taxonomy.resolve_misspelt(plain)) is not None:
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "a make up artis": texts keep their typos
        if role is None and cued and (role := unclipped_role(plain, taxonomy)) is not None:
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue  # "a sound eng", "prod coord": clipped job words written out
        if role is not None and cued and len(plain.split()) <= 2:  # "need sound": an everyday word asked for
            found.append(Named.of(role, start, end, phrase, ASKED_FOR_WORD, "asked-for word"))
            continue
        context = re.match(r"\s+for\s+(?:the\s+)?[\w\s-]{3,30}?(?=[.,;!?\n]|$)", text[end:])
        read = read_phrase(phrase, start, end, guesser, context.group() if context else "", strong=True)
        if read is not None:
            found.append(read)
    return sorted(found, key=lambda m: m.start)
