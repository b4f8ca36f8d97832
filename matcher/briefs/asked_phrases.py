"""Noun phrases a brief asks for by its words around them, whatever they name.

After a request cue ("need", "looking for", "any ... ?") or a list heading, with the list that follows
("a jib, a slider and two radio mics"; bullets under a heading; items numbered on one line, "1) a
studio ... 2) a workshop ..."), and before a word that asks after the
phrase ("X wanted", "X also welcome", "any X out there"). Not after someone else's request ("you're
looking for"), an offer ("if anyone needs") or another's wish ("the director wants"). ``mentions`` reads
each phrase. Rules: ``NEEDS.request_cue``, ``list_heading``, ``numbered_list``, ``numbered_item``,
``and_then``, ``list_cue``, ``noun_phrase``,
``postposed``.
"""

from __future__ import annotations

import re

from matcher.briefs.phrases import phrase_before
from matcher.briefs.rules.needs import NEEDS

__all__ = ["asked_phrases"]


def _sentence_before(text: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts."""
    ends = [m.end() for m in re.finditer(r"[.!?\n]+", text, 0) if m.end() <= pos]
    return ends[-2] if len(ends) >= 2 else 0


def asked_phrases(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, phrase, cued) of noun phrases asked for: after a request cue or a list heading (with
    the list that follows; cued), and before 'wanted', 'also welcome', 'out there' (not cued)."""
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
        if NEEDS.numbered_list.match(text, pos):  # "looking for?: 1) office space ... 2) a workshop ..."
            line_end = text.find("\n", pos) % (len(text) + 1)
            for item in NEEDS.numbered_item.finditer(text, pos, line_end):
                m = NEEDS.noun_phrase.match(text, item.end())
                if m and m.group("np").strip():
                    out.append((m.start("np"), m.end("np"), m.group("np"), True))
            continue
        for _ in range(6):  # a list: "a jib, a slider and two radio mics"
            bullet = re.match(r"[ \t]*[-\u2022*][ \t]+", text[pos:])  # "- Security overnight" under a heading
            line_start = not text[:pos].strip(" \t") or text[:pos].rstrip(" \t").endswith("\n")
            pos += bullet.end() if bullet and line_start else 0  # "WANTED - audio drama": a dash, no bullet
            m = NEEDS.noun_phrase.match(text, pos)
            if not m or not m.group("np").strip():
                break
            out.append((m.start("np"), m.end("np"), m.group("np"), True))
            tail = re.match(r"(?:\s+who\s+(?:are|is)\b[^,.;:\n]{0,50}|\s+with\s+[^,.;:\n]{1,30}(?=,|\n)"
                            r"|[ \t]*\([^()\n]{0,60}\)(?=[ \t]*(?:\n|(?:,|\s+and)\s*(?:a|an|the|\d+|two|three)\b)))*",
                            text[m.end():])  # "two PDs who are comfortable at height, a rigger", "filming with drone,",
            # "2 storyboard artists (Storyboard Pro)\n- a ...": a bracket before the next item of the list
            after = m.end() + (tail.end() if tail else 0)
            sep = re.match(r"[ \t]*(?:,\s*(?:and\b|plus\b)?|&|\+|/|\band\b|\bplus\b|\n\s*[-\u2022*])[ \t]*",
                           text[after:])
            if not sep or not sep.group().strip(" "):
                break
            pos = after + sep.end()
    for m in NEEDS.postposed.finditer(text):
        start, words = phrase_before(text, m.start())
        if words and ")" not in text[start:m.start()] and text[max(0, start - 1):start] != "(":
            out.append((start, m.start(), words, False))
    return out
