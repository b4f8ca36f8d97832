"""The words that qualify a need: before it ("Welsh-speaking runner") and after it: "with ...",
"who ...", "to ...", "for 20 vehicles", a bracket ("(SFX experience a plus)").

A facility right after "with" folds in ("a DoP with their own camera kit"; "a studio with a green
screen" is the latter, a kind of studio), unless it is a further facility ("a unit base with
catering" is two needs). Kit a person brings is theirs when it is the natural kit of their job (a
role the taxonomy relates to theirs: "a boom op with own radio mics", "a dog trainer bringing her
own dogs"), and a second need otherwise ("a cameraman who can bring his own lights": a camera
operator and lighting hire). A person right after a facility's "with" comes with it ("a camera car
with driver", "a narrowboat with a skipper"): one need; an operator or technician hired with kit
("a generator with operator", ``kit_operators``) is a second need.
Rules: ``NEEDS.post``, ``tail_stop``, ``and_more``, ``lead``, ``plus``, ``own_kit``.
"""

from __future__ import annotations

import re

from matcher.briefs.kit_operators import OPERATOR_OF_KIT
from matcher.briefs.mentions import Named
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.words import STOP

__all__ = ["Folded", "phrase", "qualifiers_after"]

_EXPERIENCE = re.compile(r"\s+(?:(?:and|or|&)\s+[\w-]+\s+)?(?:experience|skills?|knowledge|background|work|shots"
                         r"|footage|licen[cs]es?|tickets?|qualifications?|training)\b", re.I)
_COUNT_ONLY = re.compile(r"x?\s*\d+|[A-Z]{1,2}\d[\dA-Z]?")  # "(2)", "(ST6)": no qualifier
_STOP_WORD = re.compile(STOP, re.I)
_KIT_TAIL = re.compile(r"\s+(?:kit|package|set-?up|rig|gear)\b", re.I)


Folded = tuple[list[str], int, Named | None, bool]  # (qualifiers, end, a need folded in, whether it is one need)


def phrase(text: str, start: int, limit: int) -> tuple[str, int]:
    """A qualifying phrase from start: up to punctuation, a conjunction, the next role, six words."""
    stop = NEEDS.tail_stop.search(text, start, limit)
    while stop and NEEDS.and_more.match(text, stop.start()):  # "speaks Urdu and Punjabi": one phrase
        stop = NEEDS.tail_stop.search(text, stop.end() - 1, limit)
    end = stop.start() if stop else limit
    words = text[start:end].split()[:6]
    while words and _STOP_WORD.fullmatch(words[-1]):
        words.pop()  # "to help the" before "gaffer"
    return NEEDS.plus.sub("", NEEDS.lead.sub("", " ".join(words))).strip(), end


def _bracket(m: re.Match[str], inside: list[Named]) -> str | None:
    """A bracket's qualifier, or None when it only lists roles ("(DoP, 1st AC)"): those are needs."""
    rest = "".join(" " if any(x.start <= m.start("br") + i < x.end for x in inside) else c
                   for i, c in enumerate(m.group("br")))
    if inside and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:and|or|a|an|the|plus)\b", " ", rest, flags=re.I)):
        return None
    before_first = rest[:inside[0].start - m.start("br")] if inside else ""
    if inside and re.search(r"\b(?:plus|and|as\s+well\s+as)\s+(?:an?\s+|the\s+)?$", before_first, re.I):
        return None  # "(3 cameras plus a director)": the bracket adds a need
    return NEEDS.plus.sub("", m.group("br")).strip()


def _own_kit(text: str, need: Named, kit: Named, start: int) -> bool | None:
    """For kit named inside a qualifier: True if it is the person's own natural kit (one need),
    False if it is further kit to hire (two needs), None if it is not said to be theirs."""
    if kit.kind != "facility" or need.kind != "crew":
        return None
    if NEEDS.expertise.search(text, start, kit.start):
        return True  # "who specialises in macro lenses": what they know, not kit to hire
    if not NEEDS.own_kit.search(text, start, kit.start):
        return None
    return kit.role_id in need.related


def qualifiers_after(text: str, pos: int, need: Named, rest: list[Named]) -> Folded:
    """Qualifiers after a need: (phrases, where they end, a following need folded into it, own kit)."""
    limit, quals = (rest[0].start if rest else len(text)), []
    crew = need.kind == "crew"
    for _ in range(3):
        m = NEEDS.post.match(text, pos)
        if not m:
            break
        # A phrase may open right where the next mention does ("a DoP with drone experience").
        opens = next((m.start(g) for g in ("with", "who", "to") if m.group(g)), m.end())
        if (m.group("br") is None and opens > limit) or (m.group("to") and not crew):
            break
        if m.group("br") is not None:
            q = _bracket(m, [x for x in rest if x.start < m.end()])
            if q is None:
                break
            quals += [q] if q and not _COUNT_ONLY.fullmatch(q) else []
            pos = m.end()
        elif m.group("for"):
            unit = (m.group("forunit") or "").strip()
            quals.append(f"{m.group('for')} {unit}" if unit else f"for {m.group('for')}")
            pos = m.end()
        else:
            start = next(m.start(g) for g in ("with", "who", "to") if m.group(g))
            if rest and (own := _own_kit(text, need, rest[0], start)) is not None:
                tail = _KIT_TAIL.match(text, rest[0].end)  # "own FX6 kit": the make and the word for it
                end = tail.end() if tail else rest[0].end
                return [*quals, NEEDS.lead.sub("", text[start:end])], end, rest[0], own
            if m.group("with") and rest and not crew and rest[0].kind == "crew" and rest[0].how != OPERATOR_OF_KIT and \
                    re.fullmatch(r"(?:(?:their|its|a|an|the|own)\s+)*", text[start:rest[0].start], re.I):
                return [*quals, text[start:rest[0].end]], rest[0].end, None, False  # "a camera car w driver"
            if m.group("with") and rest and rest[0].kind == "facility" and \
                    re.fullmatch(r"(?:(?:their|his|her|a|an|the|own|some)\s+)*", text[start:limit], re.I):
                own = not crew or rest[0].role_id in need.related or bool(_EXPERIENCE.match(text, rest[0].end))
                tail = _KIT_TAIL.match(text, rest[0].end)
                end = tail.end() if tail else rest[0].end
                return [*quals, NEEDS.lead.sub("", text[start:end])], end, rest[0], own
            q, pos = phrase(text, start, limit)
            if not q:
                break
            quals.append(q)
    return quals, pos, None, False
