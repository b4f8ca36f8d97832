"""Roles named in a brief that are not asked for: covered already, the sender, people to be filmed.

- covered: "we have", "already have", "our own", "attached", "on board", "sorted", "will be on set",
  "Director: Jane Smith", a signature; a list ("Director and producer are attached") shares its verb;
- but a vacancy is a need: "our sound recordist has pulled out", "we're a gaffer down", "we've lost our
  boom op", "our editor has gone on maternity leave";
- the sender: "Games studio looking for", "We're a small indie production company", "Line producer
  on a returning drama here.";
- people or animals to be filmed, recorded or interviewed are no crew to hire ("record 10
  interviewees", "featuring local dancers"), unless the brief asks for them as performers.
- covered too: a role followed by a person's name ("working with director Amy Chen"), a signature
  ("Sarah Jones | Production Manager", a name on its own line then a title);
- not asked by the sender: an offer ("if anyone needs lighting"), room or permission asked for what
  the production brings ("parking for 3 trucks and a honeywagon"), someone else's request, a
  permission question, what one supplier provides (or what its scope comes "with" or "including" in a
  call for quotes, an appointment or a tender's lot), whom another need serves ("an ADR slot for
  the lead actor"); the sender named by a greeting and "here" ("Hi, a studio in Bristol here") or by a
  title after a name ("Ana (development exec at a Bristol indie)").
Rules: ``NEEDS.you_ask``, ``permission_question``, ``supplier_provides``, ``served``, ``greeting_opens``,
``supplier_scope``, ``name_title``, ``title_tail``, ``offer_if``, ``brought_for``, ``named_person``, ``of_group``,
``filmed_list``, ``covered_before``, ``covered_after``, ``vacancy``, ``short_of``, ``signature``, ``asking``,
``here``, ``sender``, ``filmed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from matcher.briefs.rules.needs import NEEDS

__all__ = ["clause_start", "covered", "is_field_label", "is_filmed", "is_sender", "is_vacancy", "not_asked",
           "sentence_start"]


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def clause_start(text: str, lo: int, pos: int) -> int:
    return max([lo] + [m.end() for m in NEEDS.clause.finditer(text, lo, pos)])


def is_vacancy(text: str, start: int, end: int) -> bool:
    """'our sound recordist has pulled out', 'we're a gaffer down': the production has lost this role."""
    before = text[max(0, start - 20):start]
    if NEEDS.short_of.search(before) and NEEDS.down_after.match(text, end):
        return True
    if NEEDS.lost.search(text, max(0, start - 45), start):
        return True  # "we've lost our boom op"
    return bool(NEEDS.vacancy.match(text, end)) and bool({"our", "my"} & set(before.lower().split()[-3:]))


def sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def not_asked(text: str, prev: Span | None, start: int, end: int | None = None) -> str | None:
    """Why a role named here is not asked for by the sender, or None: someone else's request ("I saw
    you're looking for extras"), a question about permission ("is it ok to fly a drone"), part of
    what one supplier provides ("the supplier will provide ... drone footage"), or whom the need
    before it serves ("a chaperone for 12 child performers"); also a question about what the production
    must have ("do we need a licence for ...?") or whether a thing is allowed ("is drone use allowed?")."""
    sentence = sentence_start(text, start)
    if NEEDS.you_ask.search(text, sentence, start):
        return "someone else's request, not the sender's"
    if NEEDS.permission_question.search(text, max(0, sentence - 1), start):
        return "a question about permission, not a need"
    if NEEDS.becomes.search(text, max(sentence, start - 50), start):
        return "what the place asked for will be turned into, not a second need"
    if NEEDS.sender_does.search(text, max(sentence, start - 40), start):
        return "what the sender is doing on the job, not a supplier asked for"
    if NEEDS.social.search(text, max(sentence, start - 50), start):
        return "people to meet at an event, not a hire"
    question = re.match(r"[^.!?\n]*\?", text[start:])  # the mention's sentence ends in a question mark
    if question and NEEDS.required_question.search(text, sentence, start):
        return "a question about what the production must have, not a need"
    if end is not None and NEEDS.allowed_after.match(text, end):
        return "a question about whether it is allowed, not a need"
    if NEEDS.offer_if.search(text, sentence, start):
        return "an offer of services, not a need"
    if NEEDS.brought_for.search(text, sentence, start):
        return "what the production brings (it asks for room or permission for it), not a need"
    if NEEDS.supplier_provides.search(text, sentence, start) or NEEDS.supplier_scope.search(text, sentence, start):
        return "part of what the one supplier asked for provides"
    if prev is not None and (served := NEEDS.served.search(text, max(prev.end, start - 40), start)):
        between = text[prev.end:served.start()]
        if not re.search(r"[.;!?\n]", between) and not NEEDS.search_verb.search(between):
            return "whom the need before it serves, not a second hire"
    return None


def is_filmed(text: str, start: int) -> bool:
    """'record 10 interviewees', 'featuring local dancers': to be filmed, not hired."""
    return (NEEDS.filmed.search(text, max(0, start - 45), start) is not None
            or NEEDS.filmed_list.search(text, max(0, start - 70), start) is not None)


def is_field_label(text: str, start: int, end: int) -> bool:
    """'Production company base:' at a line's start: a form's field label, no need."""
    return bool(NEEDS.line_start.search(text, 0, start)) and NEEDS.field_label.match(text, end) is not None


def named(text: str, end: int) -> bool:
    """'working with director Amy Chen': a role followed by a person's name is someone the production has."""
    return bool(NEEDS.named_person.match(text, end))


def covered(text: str, mentions: Sequence[Span]) -> set[int]:
    """Starts of mentions said to be covered already; a list ("Director and producer are") shares its verb."""
    groups: list[list[Span]] = []
    for m in mentions:
        if groups and NEEDS.glue.fullmatch(text, groups[-1][-1].end, m.start):
            groups[-1].append(m)
        else:
            groups.append([m])
    out: set[int] = set()
    lo = 0
    for g in groups:
        after = NEEDS.covered_after.match(text, _after_count(text, g[-1].end))
        said_before = NEEDS.covered_before.search(text, clause_start(text, lo, g[0].start), g[0].start)
        signed = len(text) - g[-1].end < 60 and NEEDS.signature.search(text, max(lo, g[0].start - 40), g[0].start)
        if (said_before or signed or named(text, g[-1].end)) and not any(is_vacancy(text, m.start, m.end) for m in g):
            out.update(m.start for m in g)
        elif after:  # "the gaffer and DoP is attached": "is" binds the last only
            verb = (after.group("verb") or "").lower() or ("'s" if re.search(r"['\u2019]s$", text[:g[-1].end]) else "")
            singular = verb in ("is", "'s", "\u2019s", "has been", "was") or (
                not verb and " not " in after.group())  # "camera car w driver, 1 x cam op, sound not needed"
            out.update(m.start for m in (g[-1:] if singular else g))
        lo = g[-1].end
    return out


def _after_count(text: str, pos: int) -> int:
    m = NEEDS.after_quantity.match(text, pos)
    return m.end() if m else pos


def is_sender(text: str, win: int, start: int, end: int, pos: int, stated: bool, reference: bool,
              after: int = 0) -> bool:
    """Who is asking: 'Games studio looking for', 'We're a games studio', 'Line producer ... here.'.
    ``after`` is where a known role named before ends: a person's name is never read inside a role's
    words, so in "Seeking: Production Designer, Art Director, ..." the first role is no name whose title
    the second is."""
    sentence = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    if NEEDS.sender.search(text, max(sentence, start - 60), start) or NEEDS.sender_field.search(text, 0, start):
        return True
    if not stated and not reference and NEEDS.asking.match(text, pos):
        return True
    if NEEDS.here.match(text, end) and NEEDS.greeting_opens.search(text, max(0, start - 60), start):
        return True  # "Hi, a studio in Bristol here"
    if NEEDS.name_title.search(text, max(after, start - 60), start) and NEEDS.title_tail.match(text, end):
        return True  # "a call with Ana (development exec at a Bristol indie)"
    return not stated and bool(NEEDS.sentence_opens.search(text, 0, start)) and bool(NEEDS.here.match(text, end))
