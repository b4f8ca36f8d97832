"""Small wording helpers shared by the writers: role phrases, articles, lists, template filling."""

from __future__ import annotations

import random
import re
import string
from typing import Any

__all__ = ["article", "fields", "fill", "join_list", "miles", "number_word", "role_phrase", "sentence_case", "slug",
           "usable"]

_VOWEL_ACRONYM = set("AEFHILMNORSX")
_SAID_AN = {"HoD"}
# Words that stay capitalised mid-sentence: software, trademarks, names.
PROPER = {"Unity", "Unreal", "Foley", "Steadicam", "Nuke", "Avid", "Dolby", "English", "BSL"}
_NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty",
}
_FORMATTER = string.Formatter()
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ś": "s", "ń": "n", "ą": "a", "ę": "e", "ó": "o", "ż": "z", "ź": "z",
                        "ć": "c", "á": "a", "é": "e", "í": "i", "ú": "u", "ý": "y"})


def role_phrase(title: str) -> str:
    """A role title as it reads mid-sentence: 'Standby Props' -> 'standby props', 'DoP' stays."""
    words = []
    for word in title.split():
        parts = re.split(r"[-/]", word.strip("()"))
        keep = word in PROPER or any(part[:1].isdigit() or any(ch.isupper() for ch in part[1:]) for part in parts)
        words.append(word if keep else word.lower())
    return " ".join(words)


def article(phrase: str) -> str:
    """'a' or 'an' for a phrase, by sound: 'an editor', 'a DoP', 'an SFX make-up artist', 'a 1st AC'."""
    first = phrase.split()[0].strip("(")
    if first in _SAID_AN:
        return "an"
    if first[:1].isdigit():
        return "an" if first.startswith(("8", "11", "18")) else "a"
    if (len(first) > 1 and first[1:].isupper()) or first.isupper():
        return "an" if first[0] in _VOWEL_ACRONYM else "a"
    if first.lower().startswith(("uni", "use", "usu", "eu", "one")):
        return "a"
    return "an" if first[:1].lower() in "aeiou" else "a"


def join_list(items: list[str], conj: str = "and") -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def miles(km: float) -> int:
    value = km / 1.609
    step = 5 if value < 60 else 10 if value < 200 else 50
    return int(round(value / step) * step)


def number_word(n: int, rng: random.Random) -> str:
    """Numbers as people write them: sometimes a word, sometimes digits."""
    return _NUMBER_WORDS[n] if n in _NUMBER_WORDS and rng.random() < 0.45 else str(n)


def fields(template: str) -> set[str]:
    """The names of the fields a template uses."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def usable(template: str, ctx: dict[str, Any]) -> bool:
    """Whether every field the template names is present (and non-empty) in ctx."""
    return all(name is None or ctx.get(name) not in (None, "", []) for _, name, _, _ in _FORMATTER.parse(template))


def fill(template: str, ctx: dict[str, Any]) -> str:
    return template.format_map(ctx)


def sentence_case(text: str) -> str:
    """Capitalise the first letter of the text and of each sentence inside it, leave the rest alone."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"([.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text[:1].upper() + text[1:]


def slug(text: str) -> str:
    text = text.translate(_ASCII).lower().replace("&", "and")
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-")
