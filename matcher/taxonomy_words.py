"""Words as the taxonomy compares them: case, spelling, plurals, hyphens and acronyms folded.

* Words are compared lower-cased with "&" as "and", spelling variants folded (1st/first, asst,
  color/colour...), and hyphenated words the aliases spell as one word joined ("make-up", "co-ordinator").
* A word with capitals (AD, DP, DIT, AC, SFX, DoP) also keeps an exact-case key, plural allowed
  ("ADs", and with an apostrophe as texts often write it: "SA's"), so aliases written in capitals match
  only those capitals.
* ``glued``: joined to the previous word by nothing but spaces, "-" or "/" (and "." after an
  abbreviation such as "Asst."); a taxonomy match never spans other punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

__all__ = ["Word", "WordReader", "plurals", "singular"]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?|&")


class Word(NamedTuple):
    raw: str
    keys: tuple[str, ...]  # normalised form, then exact-case forms if the word has capitals
    start: int
    end: int
    glued: bool  # joined to the previous word by nothing but spaces, "-" or "/"


def singular(word: str) -> str:
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-2] if word.endswith(("ches", "shes", "xes", "zes", "sses")) else word[:-1]


def plurals(word: str) -> tuple[str, ...]:
    if word.endswith("man"):
        return (word[:-3] + "men",)
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return (word[:-1] + "ies", word + "s")
    if word.endswith(("ch", "sh", "x", "z", "ss", "us")):
        return (word + "es",)
    return () if word.endswith("s") else (word + "s",)


class WordReader:
    """Splits text into ``Word``s with the keys the taxonomy's trie and lookups use."""

    def __init__(self, spelling: Mapping[str, str], abbreviations: Iterable[str], compounds: Iterable[str]) -> None:
        self._spelling = dict(spelling)
        self._abbreviations = set(abbreviations)
        self._compounds = set(compounds)  # hyphenated words that aliases spell as one ("makeup")
        self._cache: dict[str, tuple[str, ...]] = {}

    def keys(self, raw: str) -> tuple[str, ...]:
        if (keys := self._cache.get(raw)) is None:
            word = raw.lower().replace("\u2019", "'")
            word = (word[:-2] if word.endswith("'s") else word).replace("'", "")
            keys = (self._spelling.get(word, word),)
            if any(c.isupper() for c in raw):  # acronyms match their capitals exactly, plural allowed
                bare = re.sub(r"['\u2019]s$", "", raw)  # "SA's", "DoP's": the acronym, plural or possessive
                plural = bare == raw and raw.endswith("s") and sum(c.isupper() for c in raw) >= 2
                if plural:
                    keys += ("=" + raw, "=" + raw[:-1])
                else:
                    keys += ("=" + raw, "=" + bare) if bare != raw else ("=" + raw,)
            if len(self._cache) > 50_000:  # bound the memory unusual input can take
                self._cache.clear()
            self._cache[raw] = keys
        return keys

    def words(self, text: str) -> list[Word]:
        words: list[Word] = []
        for match in _WORD.finditer(text):
            raw, start, end = match.group(), match.start(), match.end()
            if words and text[words[-1].end:start] == "-" and (words[-1].raw + raw).lower() in self._compounds:
                prev = words.pop()
                words.append(Word(prev.raw + raw, self.keys(prev.raw + raw), prev.start, end, prev.glued))
                continue
            glue = text[words[-1].end:start].strip(" \t\u00a0'\u2019") if words else None
            glued = glue in ("", "-", "/") or (glue == "." and words[-1].raw.lower() in self._abbreviations)
            words.append(Word(raw, self.keys(raw), start, end, glued))
        return words

    def tokens(self, text: str) -> list[str]:
        """Case-, spelling- and plural-folded words: the form resolve() compares."""
        return [singular(w.keys[0]) for w in self.words(text)]
