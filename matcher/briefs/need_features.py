"""Features of a proposed need that describe the language around it, not the brief it is in.

The learned need filter (``need_filter``) weighs them; each is a number in [0, 1] so a weight reads
as "how much this counts". They are computed from the need as the parser proposed it (how it was
read, its confidence, the words that named it) and from the sentence and line those words stand
in, so they keep their meaning when the rules that propose needs change:

- how it was read: an alias, an everyday word asked for, a guess by meaning (and the guess's
  confidence), free text; a facility or a person;
- its sentence: asks for something, is a question, is about the past, is negated, is a condition;
- its line: a list item, a greeting, a quoted earlier message (only beside a reply of a dozen words
  or more: a message forwarded whole, every line quoted, is the request itself), a sign-off, a
  heading ending in a colon;
- just before it: a count or "a", a definite word ("the", "our"), a filming verb ("record 10 ..."),
  a first-person "I'm a ...";
- against the other needs: its words inside another need's words ("director" within "assistant
  director"), another need with the same head word, another need in the same clause;
- its words: a generic word ("crew", "team", "help"), how many words.

``FEATURES`` is the order the model file records; a model trained on another list does not load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.briefs.rules.context import CONTEXT
from matcher.briefs.rules.needs import NEEDS
from models.brief import Need

__all__ = ["FEATURES", "Located", "features_of", "locate"]

FEATURES = (
    "read_alias", "read_asked_word", "read_guess", "read_free_text", "guess_confidence", "facility",
    "quantity_stated", "has_qualifiers",
    "sentence_request", "sentence_question", "sentence_past", "sentence_negated", "sentence_conditional",
    "line_list_item", "line_greeting", "line_quoted", "line_heading", "line_short", "first_line",
    "before_count", "before_definite", "before_filming_verb", "before_sender",
    "inside_other_need", "same_head_as_other", "clause_shares_need",
    "generic_word", "many_words", "late_in_text",
    "label_words_said", "bare_noun", "proper_name", "request_before", "list_under_request",
    "after_retracted", "before_possessed", "sentence_permission", "head_not_agent", "named_again_nearby",
)

_GENERIC = frozenset("crew team teams help support people person someone somebody staff hands talent service services "
                     "company companies firm supplier suppliers production productions".split())
_WORD = re.compile(r"[a-z0-9]+")
_REPLY_WORDS = 12
_AGENT = re.compile(r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|man|men|ers|ors|ists|ians|ants|ents|eers)"
                    r"|person|people|crew|guides?|coach(?:es)?|medics?|chefs?|pilots?|hosts?|models?|doubles?|extras?"
                    r"|chaperones?|nurses?|hands?|dj|djs|mua|hmua|vfx|sfx|cast"
                    r"|team|company|firm|services?|studios?|hire|house|agency|ops?|techs?|dop|pd|ap|vans?|units?)$")


@dataclass(frozen=True)
class Located:
    """A need and where its words stand in the text (start, end), or (-1, -1) if not found."""

    need: Need
    start: int
    end: int


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def locate(text: str, needs: list[Need]) -> list[Located]:
    """Where each need's first naming words stand, in text order ("two sparks; the sparks" -> "two sparks")."""
    out, cursor, lower = [], 0, text.lower()
    for need in needs:
        said = (need.text.split("; ")[0] or need.label).strip().lower()
        at = lower.find(said, cursor) if said else -1
        if at < 0 and said:
            at = lower.find(said)
        if at < 0:
            out.append(Located(need, -1, -1))
            continue
        out.append(Located(need, at, at + len(said)))
        cursor = at + 1
    return out


def _bounds(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in stops) + 1
    ends = [i for i in (text.find(c, end) for c in stops) if i >= 0]
    return lo, min(ends, default=len(text))


def _heading_asks(text: str, line_start: int) -> bool:
    """A list item whose list is headed by a line that asks ("We need:", "Looking for:", "Posts still
    TBC:"), as the parser reads a line that asks (``NEEDS.asks``: one reading of it, not two)."""
    lines = text[:line_start].rstrip("\n").split("\n")[-8:]
    for line in reversed(lines):
        if line.strip() and not CONTEXT.list_item.search(line):
            return bool(NEEDS.asks.search(line))
    return False


def _head(need: Need) -> str:
    words = _words(need.label)
    return words[-1].rstrip("s") if words else ""


def _has_reply(text: str) -> bool:
    """Whether the unquoted lines hold a reply of a dozen words or more, so a quoted line is an
    earlier message ("> we need a runner" under "Sorted, thanks!") rather than the request forwarded."""
    unquoted = " ".join(line for line in text.split("\n") if not CONTEXT.quoted.search(line))
    return len(_words(unquoted)) >= _REPLY_WORDS


def features_of(text: str, located: list[Located]) -> list[dict[str, float]]:
    """One feature row per located need, named as ``FEATURES``."""
    rows = []
    reply = _has_reply(text)
    for item in located:
        n, start, end = item.need, item.start, item.end
        row = dict.fromkeys(FEATURES, 0.0)
        row["read_alias"] = float(n.how in ("alias", "corrected"))
        row["read_asked_word"] = float(n.how == "asked-for word")
        row["read_guess"] = float(n.how == "embedding")
        row["read_free_text"] = float(n.how == "free text" or n.role is None)
        row["guess_confidence"] = n.confidence if n.how == "embedding" else 0.0
        row["facility"] = float(n.kind == "facility")
        row["quantity_stated"] = float(n.quantity > 1)
        row["has_qualifiers"] = float(bool(n.qualifiers))
        words = _words(n.text or n.label)
        row["generic_word"] = float(bool(words) and words[-1] in _GENERIC)
        row["many_words"] = min(len(words), 6) / 6
        row["head_not_agent"] = float(not words or not _AGENT.fullmatch(words[-1]))
        said = {w.rstrip("s") for w in words}
        label_words = [w.rstrip("s") for w in _words(n.label) if w not in _GENERIC and len(w) > 2]
        row["label_words_said"] = sum(w in said for w in label_words) / len(label_words) if label_words else 0.0
        row["bare_noun"] = float(len(words) <= 2 and not CONTEXT.counted.search(" ".join(words[:1]) + " ")
                                 and not CONTEXT.definite.search(" ".join(words[:1]) + " "))
        if start >= 0:
            s_lo, s_hi = _bounds(text, start, end, ".!?\n")
            sentence = text[s_lo:s_hi + 1]
            l_lo, l_hi = _bounds(text, start, end, "\n")
            line = text[l_lo:l_hi]
            c_lo = max([s_lo] + [s_lo + m.end() for m in re.finditer(r"[,;:()]", text[s_lo:start])])
            before = text[c_lo:start]
            row["sentence_request"] = float(bool(CONTEXT.request.search(sentence)))
            row["sentence_question"] = float(sentence.rstrip().endswith("?"))
            row["sentence_past"] = float(bool(CONTEXT.past.search(sentence)))
            row["sentence_negated"] = float(bool(CONTEXT.negated.search(sentence)))
            row["sentence_conditional"] = float(bool(CONTEXT.conditional.search(sentence)))
            row["line_list_item"] = float(bool(CONTEXT.list_item.search(line)))
            row["line_greeting"] = float(bool(CONTEXT.greeting.search(line)))
            row["line_quoted"] = float(reply and bool(CONTEXT.quoted.search(line)))
            row["line_heading"] = float(line.rstrip().endswith(":") or bool(re.match(r"[^:]{0,40}:", line)))
            row["line_short"] = float(len(_words(line)) <= 6)
            row["first_line"] = float(l_lo == 0 or not text[:l_lo].strip())
            row["before_count"] = float(bool(CONTEXT.counted.search(before)))
            row["before_definite"] = float(bool(CONTEXT.definite.search(before)))
            row["before_filming_verb"] = float(bool(CONTEXT.filming_verb.search(text, max(s_lo, start - 50), start)))
            row["before_sender"] = float(bool(CONTEXT.sender.search(text, max(s_lo, start - 40), start)))
            row["late_in_text"] = start / max(1, len(text))
            first = (n.text or "").split("; ")[0].strip()
            row["proper_name"] = float(bool(re.fullmatch(r"[A-Z][a-z]+", first)) and start > l_lo + 1
                                       and text[max(l_lo, start - 2):start].strip() not in (".", "-", ":"))
            row["request_before"] = float(bool(CONTEXT.request.search(text, s_lo, start)))
            others = [o for o in located if o is not item and o.start >= 0]
            row["list_under_request"] = float(row["line_list_item"] > 0 and _heading_asks(text, l_lo))
            row["after_retracted"] = float(bool(CONTEXT.retracted.search(text[end:l_hi])))
            row["before_possessed"] = float(bool(CONTEXT.possessed.search(before)))
            row["sentence_permission"] = float(bool(CONTEXT.permission.search(sentence)))
            row["named_again_nearby"] = float(any(
                o.need.confidence > n.confidence and s_lo <= o.start and (
                    (0 <= o.start - end <= 60 and CONTEXT.restating.search(text[end:o.start]))
                    or (0 <= start - o.end <= 60 and CONTEXT.restating.search(text[o.end:start]))) for o in others))
            mine = set(_words(text[start:end]))
            row["inside_other_need"] = float(any(
                (o.start <= start and end <= o.end and (o.start, o.end) != (start, end))
                or (mine and mine < set(_words(text[o.start:o.end]))) for o in others))
            row["clause_shares_need"] = float(any(c_lo <= o.start < start for o in others))
        row["same_head_as_other"] = float(any(o is not item and _head(o.need) == _head(n) and o.need.role != n.role
                                              for o in located))
        rows.append(row)
    return rows
