"""Needs in a brief: which roles or facilities, how many, and the words that qualify them.

Rules (documented for the film office):
- a need is a taxonomy role or facility class named in the text (Taxonomy.mentions), plus "a studio"
  (a facility word the taxonomy only resolves) and an elided head ("lighting & grip hire");
- quantity: "two sparks", "2 x sparks", "2x", "sparks x2", "sparks (2)" say it; "a couple of" is 2,
  "a few" 3, "a gaffer" 1; "a three-person camera crew" is 3 of that role; a plural crew role
  with no number ("sparks") is 2, at least two, and noted; a facility is 1 unless numbered;
- qualifiers: the words just before the role ("Welsh-speaking runner") and after it: "with ...",
  "who ...", "to ...", "for 20 vehicles", a bracket ("(SFX experience a plus)"); a facility after
  "with" folds in ("a DoP with their own camera kit"; "a studio with a green screen" is the latter,
  a kind of studio), unless it is a further facility ("a unit base with catering" is two needs);
- no need, noted: a role said to be covered ("we have", "already have", "our own", "attached",
  "on board", "sorted", "will be on set", "Director: Jane Smith", a signature), one after "the"
  not asked for before ("the director wants..."), or who is asking ("Games studio looking for");
- the same role twice is one need when the second has no number of its own ("the gaffer",
  "sparks should be PAT-tested": qualifiers join) or the same qualifiers ("a gaffer ... another
  gaffer": quantities add); "a Welsh-speaking runner" and "two runners" stay two needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from matcher.taxonomy import Mention, Role, Taxonomy
from models.brief import Need

__all__ = ["NUMBER_RE", "NUMBER_WORDS", "find_needs", "number_value"]

# Spelled-out counts as producers write them; "a few" is three because that is what a crew
# sheet has to plan for, "a couple" two.
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "another": 1, "two": 2, "pair": 2, "couple": 2, "three": 3,
    "few": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
NUMBER_RE = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
_MAX_QUANTITY = 50  # Need.quantity's ceiling

# Praise and "more" between a number and a role qualify nothing: "an additional spark", "a good DoP".
_FILLER = (r"(?:good|great|decent|reliable|keen|nice|lovely|solid|brilliant|talented|additional|extra|further|more"
           r"|other)")
_STOP = (r"(?:a|an|the|and|or|but|with|for|to|of|in|on|at|by|from|as|is|are|be|been|was|were|will|would|can|could"
         r"|should|need|needs|needed|want|wants|wanted|looking|seeking|require|requires|required|hiring|book|after"
         r"|also|plus|some|any|all|our|your|their|my|his|her|its|we|us|you|they|i|it|this|that|these|those|who"
         r"|which|please|just|too|very|really|so|then|there|here|hi|hello|both|dear|x|still|ideally|maybe|couple"
         rf"|few|pair|each|per|someone|somebody|anyone|have|has|got|own|no|not|don't|\d+\w*|{_FILLER}|{NUMBER_RE})")
_ADJ = rf"(?<![\w'’-])(?!{_STOP}\b)[A-Za-z][\w'’-]*"
_QTY = rf"(?:a\s+couple\s+of|couple\s+of|a\s+few|few|a\s+pair\s+of|pair\s+of|{NUMBER_RE})"
_BEFORE = re.compile(
    rf"(?:(?<![\w£$.,/])(?:(?P<x>\d+)\s*[x×]|(?P<q>{_QTY})(?:[\s-]+(?P<team>person|man|woman|people|strong))?)\s*)?"
    rf"(?:{_FILLER}\s+)*(?P<adj>(?:{_ADJ}\s+){{0,3}})$", re.I)
_AFTER_QTY = re.compile(r"\s*(?:\(\s*x?\s*(?P<a>\d+)\s*\)|[x×]\s*(?P<b>\d+)\b)", re.I)
_CLAUSE = re.compile(r"[.;!?:()\n,]|\s[-–—]\s")
_COVERED_BEFORE = re.compile(
    r"(?:\bwe\s+(?:already\s+)?(?:have(?:\s+got)?|'ve\s+got|got)|\bwe've\s+(?:already\s+)?got|\balready\s+(?:have|got)"
    r"|\bour(?:\s+own)?|\bbringing(?:\s+our\s+own)?|\bno\s+need\s+for|\b(?:don't|do\s+not|won't|will\s+not)\s+need"
    r"|\bnot\s+looking\s+for|\b(?:attached|on\s+board|confirmed)\s+as)\s+(?:(?:a|an|the|own|our)\s+)*"
    r"(?:(?!(?:for|to|and|but|or|need\w*|want\w*|requir\w*|seek\w*|looking|is|are|will|with)\b)[\w'-]+\s+){0,2}$", re.I)
_COVERED_AFTER = re.compile(
    r"\s*[(:–-]?\s*(?:(?P<verb>is|are|'s|’s|has\s+been|have\s+been|will\s+be|were|was)\s+)?(?:already\s+)?"
    r"(?:attached|on\s+board|onboard|sorted|covered|in\s+place|booked|confirmed|secured|locked|taken\s+care\s+of"
    r"|on\s+set|not\s+needed|not\s+required)\b"
    r"|\s*[:–-]\s*(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)", re.I)
_SIGNATURE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z'-]+,\s*$")  # "... Jane Smith, Producer" closing the brief
_ASKING = re.compile(r"\s+(?:is\s+|are\s+)?(?:looking|seeking|searching|hiring|needs?|requires?|wants?)\b", re.I)
# "Line producer on series two of a returning drama here." opening a sentence: the sender.
_HERE = re.compile(r"[^.!?\n]{0,80}?\bhere\s*[.!,\n]", re.I)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n])\s*$")
_WE_ARE = re.compile(r"\b(?:we're|we\s+are|I'm|I\s+am)\s+an?\s+(?:[\w-]+\s+){0,2}$", re.I)
_GLUE = re.compile(rf"(?:\s*(?:,|and|&|\+|/|or)\s*)+(?:(?:a|an|the|our|their|{NUMBER_RE})\s+)?(?:x\s*)?", re.I)
_TAIL_STOP = re.compile(r"[,.;:!?()\n]|\s(?:and|or|but|plus|as\s+well\s+as|please|for|if|so)\s|\s[-–—]\s", re.I)
# "and"/"or" joining two words of one qualifier, not a qualifier and the next need ("and two sparks").
_AND_MORE = re.compile(rf"\s(?:and|or)\s+(?!(?:a|an|the|some|any|our|their|{NUMBER_RE})\b)(?=[\w£-])", re.I)
_LEAD = re.compile(r"^(?:(?:their|his|her|a|an|the|some|good|solid|proven|relevant|plenty\s+of)\s+)+", re.I)
_PLUS = re.compile(r"\s*(?:(?:is|would\s+be|=)\s+)?(?:a\s+(?:plus|bonus)|preferred|preferable|essential|desirable"
                   r"|ideal(?:ly)?|helpful|useful|welcome|(?:would\s+be\s+)?(?:great|nice|good))\s*!?$", re.I)
_POST = re.compile(
    r"\s*\((?P<br>[^()\n]{1,60})\)"
    r"|\s*,?\s+(?:with|having|who\s+(?:has|have)|that\s+(?:has|have))\s+(?P<with>\S)"
    r"|\s*,?\s+(?:who|that)\s+(?P<who>\S)"
    r"|\s+for\s+(?:up\s+to\s+|around\s+|about\s+|c\.\s*)?(?P<for>\d+)(?P<forunit>\s+[a-z]+)?"
    r"|\s+to\s+(?P<to>\S)", re.I)
# Facility words the taxonomy resolves but does not find in free text, because alone they are
# too loose ("studio apartment"); after "a", "two", "2 x" they are asked for.
_QUIET = re.compile(rf"(?<![\w£$.,/])\b(?:{_QTY}|\d+\s*[x×])\s+(?:{_ADJ}\s+)?"
                    r"(?P<w>studios?|production\s+offices?|LED\s+walls?)\b", re.I)
# What a studio is for names its kind: "a studio to record a string quartet" is a recording studio.
_FOR_RECORDING = re.compile(r"\s+(?:to|for)\s+(?:record|recording|the\s+recording|mix|mixing)\b", re.I)
_ELLIPSIS = re.compile(r"\b(?P<w>[A-Za-z]+)\s*(?:&|and|/|\+)\s*$")  # "lighting & grip hire": lighting hire too


@dataclass
class _Found:
    role: Role
    surface: str
    text: str  # "two sparks": the words that named it
    quantity: int | None  # None: not stated
    qualifiers: list[str] = field(default_factory=list)
    reference: bool = False  # "the gaffer": points back at a need rather than adding one


def number_value(word: str) -> int | None:
    """'6' -> 6, 'six' -> 6, 'a' -> 1; None for anything else."""
    w = word.strip().lower()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


def _clause_start(text: str, lo: int, pos: int) -> int:
    return max([lo] + [m.end() for m in _CLAUSE.finditer(text, lo, pos)])


def _is_plural(surface: str, role_id: str, taxonomy: Taxonomy) -> bool:
    last = surface.split()[-1]
    stems = [last[:-1], last[:-2], last[:-3] + "y", last[:-3] + "man"] if last.lower().endswith(("s", "men")) else []
    return any((r := taxonomy.resolve(surface[:-len(last)] + stem)) is not None and r.id == role_id for stem in stems)


def _mentions(text: str, taxonomy: Taxonomy) -> list[Mention]:
    """Taxonomy mentions, plus a quiet facility word asked for ("a studio") and an elided head ("lighting &")."""
    found = taxonomy.mentions(text)
    quiet = _QUIET.finditer(text) if re.search(r"studio|office|LED", text, re.I) else ()  # the scan is slow
    extra = [Mention(role, m.start("w"), m.end("w"), m.group("w")) for m in quiet
             if (role := _quiet_role(text, m, taxonomy)) and not any(x.start < m.end() and m.start() < x.end
                                                                     for x in found)]
    for x in found:
        head = x.surface.split(maxsplit=1)
        e = _ELLIPSIS.search(text, max(0, x.start - 30), x.start) if len(head) == 2 else None
        if e and not any(y.start <= e.start("w") < y.end for y in found):
            whole = taxonomy.mentions(f"{e.group('w')} {head[1]}")
            if len(whole) == 1 and whole[0].role.id != x.role.id and whole[0].start == 0:
                extra.append(Mention(whole[0].role, e.start("w"), e.end("w"), e.group("w")))
    return sorted(found + extra, key=lambda m: m.start)


def _quiet_role(text: str, m: re.Match, taxonomy: Taxonomy) -> Role | None:
    if m.group("w").lower().startswith("studio") and _FOR_RECORDING.match(text, m.end()):
        return taxonomy.resolve("recording studio")
    return taxonomy.resolve(m.group("w"))


def _covered(text: str, mentions: list[Mention]) -> set[int]:
    """Starts of mentions said to be covered already; a list ("Director and producer are") shares its verb."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and _GLUE.fullmatch(text, groups[-1][-1].end, m.start):
            groups[-1].append(m)
        else:
            groups.append([m])
    out, lo = set(), 0
    for g in groups:
        after = _COVERED_AFTER.match(text, _after_quantity(text, g[-1].end)[1])
        if _COVERED_BEFORE.search(text, _clause_start(text, lo, g[0].start), g[0].start) or (
                len(text) - g[-1].end < 60 and _SIGNATURE.search(text, max(lo, g[0].start - 40), g[0].start)):
            out.update(m.start for m in g)
        elif after:  # "the gaffer and DoP is attached": "is" binds the last only
            singular = (after.group("verb") or "").lower() in ("is", "'s", "’s", "has been", "was")
            out.update(m.start for m in (g[-1:] if singular else g))
        lo = g[-1].end
    return out


def _after_quantity(text: str, pos: int) -> tuple[int | None, int]:
    m = _AFTER_QTY.match(text, pos)
    return (int(m.group("a") or m.group("b")), m.end()) if m else (None, pos)


def _quantity(b: re.Match) -> tuple[int | None, str]:
    if b.group("x") or not b.group("q"):
        return (int(b.group("x")) if b.group("x") else None), ""
    words = b.group("q").lower().split()
    return number_value(next((w for w in words if w in ("couple", "few", "pair")), words[0])), b.group("team") or ""


def _phrase(text: str, start: int, limit: int) -> tuple[str, int]:
    """A qualifying phrase from start: up to punctuation, a conjunction, the next role, six words."""
    stop = _TAIL_STOP.search(text, start, limit)
    while stop and _AND_MORE.match(text, stop.start()):  # "speaks Urdu and Punjabi": one phrase
        stop = _TAIL_STOP.search(text, stop.end() - 1, limit)
    end = stop.start() if stop else limit
    words = text[start:end].split()[:6]
    while words and re.fullmatch(_STOP, words[-1], re.I):
        words.pop()  # "to help the" before "gaffer"
    return _PLUS.sub("", _LEAD.sub("", " ".join(words))).strip(), end


def _bracket(m: re.Match, inside: list[Mention]) -> str | None:
    """A bracket's qualifier, or None when it only lists roles ("(DoP, 1st AC)"): those are needs."""
    rest = "".join(" " if any(x.start <= m.start("br") + i < x.end for x in inside) else c
                   for i, c in enumerate(m.group("br")))
    if inside and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:and|or|a|an|the|plus)\b", " ", rest, flags=re.I)):
        return None
    return _PLUS.sub("", m.group("br")).strip()


def _post(text: str, pos: int, rest: list[Mention], crew: bool) -> tuple[list[str], int, Mention | None]:
    """Qualifiers after a role: (phrases, where they end, a following facility folded into it)."""
    limit, quals = (rest[0].start if rest else len(text)), []
    for _ in range(3):
        m = _POST.match(text, pos)
        if not m:
            break
        # A phrase may open right where the next mention does ("a DoP with drone experience"):
        # the fold below takes that one.
        opens = next((m.start(g) for g in ("with", "who", "to") if m.group(g)), m.end())
        if (m.group("br") is None and opens > limit) or (m.group("to") and not crew):
            break
        if m.group("br") is not None:
            q = _bracket(m, [x for x in rest if x.start < m.end()])
            if q is None:
                break
            quals += [q] if q and not re.fullmatch(r"x?\s*\d+|[A-Z]{1,2}\d[\dA-Z]?", q) else []  # "(2)", "(ST6)"
            pos = m.end()
        elif m.group("for"):
            unit = (m.group("forunit") or "").strip()
            quals.append(f"{m.group('for')} {unit}" if unit else f"for {m.group('for')}")
            pos = m.end()
        else:
            start = m.start("with") if m.group("with") else m.start("who") if m.group("who") else m.start("to")
            if m.group("with") and rest and rest[0].role.kind == "facility" and \
                    re.fullmatch(r"(?:(?:their|his|her|a|an|the|own|some)\s+)*", text[start:limit], re.I):
                return quals + [_LEAD.sub("", text[start:rest[0].end])], rest[0].end, rest[0]
            q, pos = _phrase(text, start, limit)
            if not q:
                break
            quals.append(q)
    return quals, pos, None


def _read(text: str, i: int, mentions: list[Mention], notes: list[str]) -> tuple[_Found | None, int]:
    """One mention as a candidate need, and where its qualifiers end; None if it is who is asking."""
    m = mentions[i]
    win = _clause_start(text, mentions[i - 1].end if i else 0, m.start)
    b = _BEFORE.search(text, win, m.start)
    (qty, team), (after_qty, pos) = _quantity(b), _after_quantity(text, m.end)
    qty = after_qty or qty
    reference = qty is None and bool(re.search(r"\b(?:the|that|this|these|those)\s+$", text[win:b.start()], re.I))
    introduces = qty is None and _SENTENCE_OPENS.search(text, 0, m.start) and _HERE.match(text, m.end)
    if (qty is None and not reference and _ASKING.match(text, pos)) or _WE_ARE.search(text, win, m.start) \
            or introduces:
        notes.append(f"'{m.surface}' read as who is asking, not a need.")
        return None, pos
    quals, end, folded = _post(text, pos, mentions[i + 1:], m.role.kind == "crew")
    start, role = (b.start() if b.group().strip() else m.start), m.role
    if folded is not None and role.kind == "facility":
        quals.pop()
        if folded.role.id == role.id or folded.role.kind_of == role.id:
            role, pos = folded.role, folded.end  # the more specific facility: "a studio with a green screen"
        else:
            end = folded.start  # "a unit base with catering": two needs, the second read next
    if team:
        notes.append(f"'{text[start:m.end]}' read as {qty} × {m.role.label}.")
    adj = b.group("adj").strip()
    return _Found(role, m.surface, text[start:pos].strip(), qty, [adj] * bool(adj) + quals, reference), end


def _merge(found: list[_Found], notes: list[str]) -> list[_Found]:
    """One need per role unless two mentions are clearly separate (different qualifiers)."""
    needs: list[_Found] = []
    for f in found:
        target = next((n for n in needs if n.role.id == f.role.id and (
            f.reference or f.quantity is None or n.qualifiers == f.qualifiers)), None)
        if target is None and f.reference:
            notes.append(f"'the {f.surface}' read as already part of the production, not a need.")
        elif target is None:
            needs.append(f)
        else:
            if f.quantity is not None and not f.reference:  # "the gaffer" points back; "a gaffer" adds one
                target.quantity = f.quantity + (target.quantity or 0)
                target.text += f"; {f.text}"
            target.qualifiers += [q for q in f.qualifiers if q not in target.qualifiers]
    return needs


def _need(f: _Found, taxonomy: Taxonomy, notes: list[str]) -> Need:
    qty = f.quantity
    if qty is None:
        qty = 2 if f.role.kind == "crew" and _is_plural(f.surface, f.role.id, taxonomy) else 1
        notes += [f"No number is given for '{f.surface}': read as 2 (at least two)."] if qty == 2 else []
    if qty > _MAX_QUANTITY:
        notes.append(f"'{f.text}': {qty} is more than {_MAX_QUANTITY}, the most one need can ask for.")
    return Need(role=f.role.id, label=f.role.label, kind=f.role.kind, quantity=max(1, min(qty, _MAX_QUANTITY)),
                qualifiers=f.qualifiers, text=f.text)


def find_needs(text: str, taxonomy: Taxonomy) -> tuple[list[Need], list[str]]:
    """The roles and facilities the brief asks for, in text order, and notes on what was assumed."""
    mentions, notes = _mentions(text, taxonomy), []
    covered, found, done = _covered(text, mentions), [], 0
    for i, m in enumerate(mentions):
        if m.start < done:
            continue  # folded into the previous need's qualifiers
        if m.start in covered:
            notes.append(f"{m.surface} mentioned as already covered: not a need.")
            continue
        f, done = _read(text, i, mentions, notes)
        found += [f] if f else []
    return [_need(f, taxonomy, notes) for f in _merge(found, notes)], notes
