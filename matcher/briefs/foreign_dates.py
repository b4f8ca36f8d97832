"""Dates written in another language inside a brief: "5-6 grudnia", "sábado 28", "26 a 27 Ionawr".

Briefs to the film office mix languages: a Polish community group writes half its message in Polish,
a Welsh company writes in Welsh, a Spanish-speaking artist writes "sábado 28". The dates rules
(``matcher.briefs.rules.dates``) read English month and weekday names only, so such a date was not
read at all. Rather than a hand-written list, the month and weekday names of each language come from
dateparser's locale data (CLDR month and weekday names, with the inflected forms dateparser adds:
Polish "grudnia" is December in the genitive that follows a day number).

The rule (``DATE_KINDS.foreign_day``) is about how a date is written, whatever the language: a
foreign month name counts only right after a day number or a pair of days ("5-6 grudnia", "28 de
febrero", "26 a 27 Ionawr") or after that language's "in" ("ym mis Mawrth", "w marcu", "en marzo"), and
a foreign weekday only right before a day number ("sábado 28"), or alone when its name is two words
that can be nothing else (Welsh "dydd Sadwrn", Portuguese "sexta-feira"). dateparser's relative words for
tomorrow, next week and next month ("jutro", "yfory", "la semaine prochaine") are read as the English
ones when the English fits in their place.
Next to a number, a name of four letters or more is very unlikely to be anything else; alone it
may be a word of English or of a sentence ("mars", "Mai"), so it is left alone. A short name or one
that names two things in the languages read ("mar": March in Spanish, Tuesday in Spanish too) is
never read. A matched date is rewritten in English in place, padded with spaces so every position
in the text stays where it was, and the English rules then read it as they read any date.

Languages read: those of the communities around the cluster and of UK productions (Welsh, Polish,
Spanish, French, German, Italian, Portuguese, Romanian, Urdu). A foreign name that is also an English word or
name ("mars", "Gwen") is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from matcher.briefs.rules import Rule
from matcher.briefs.rules.compiled import compiled_patterns
from matcher.data_cache import cached_keyed, source_key

__all__ = ["LANGUAGES", "english_dates"]

LANGUAGES = ("cy", "pl", "es", "fr", "de", "it", "pt", "ro", "ur")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Between two day numbers, "and" or "to" in the languages read: "26 a 27", "5 i 6", "del 5 al 7", Urdu "6 اور 7".
_BETWEEN = r"(?:-|\u2013|/|&|\+|\ba\b|\bac\b|\bi\b|\by\b|\be\b|\bet\b|\bund\b|\bal\b|\bau\b|\bdo\b|\bbis\b" \
           r"|\bhasta\b|\btan\b|\bat\b|\b\u0627\u0648\u0631\b|\b\u062a\u06a9\b)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# A day's ordinal ending: Welsh "23ain", "1af", Polish "5-go", German "5.", Spanish "1º".
_ORD = r"(?:\.|-?[^\W\d_]{1,4}|[\u00ba\u00aa])?"
# "in" before a month in the languages read: Welsh "ym mis Mawrth", Polish "w marcu", Spanish "en marzo".
_IN = r"(?:ym\s+mis|mis|yn|w|we|en(?:\s+el\s+mes\s+de)?|au\s+mois\s+de|im|em|nel(?:\s+mese\s+di)?|în)"
# Names the English rules read already ("August", "april", "Sept"), and their abbreviations.
# and foreign names that are also English words or names ("5 Mars bars", "Gwen 2").
_ENGLISH = frozenset([*_MONTHS, *_WEEKDAYS, "sept", "tues", "weds", "thur", "thurs", "mars", "mart", "gwen"])


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """Month names, weekday names and relative words, read from dateparser's locales once (~0.1 s of CPU) and
    then kept in the user's cache (``matcher.data_cache``) under the content of this file and of the locales read."""
    from importlib.util import find_spec

    spec = find_spec("dateparser")  # found, not imported
    assert spec is not None and spec.origin is not None, "dateparser is a dependency"
    data = Path(spec.origin).parent / "data" / "date_translation_data"
    key = source_key([Path(__file__), *(data / f"{code}.py" for code in LANGUAGES)])
    return cached_keyed("foreign-dates", key, lambda: (_names(_MONTHS), _names(_WEEKDAYS), _relative_words()))


def _relative_cached() -> dict[str, str]:
    return _words()[2]


def _names(keys: tuple[str, ...]) -> dict[str, int]:
    """Name -> index in keys, over the languages read; short, English-looking or ambiguous names dropped."""
    from dateparser.languages.loader import default_loader

    found: dict[str, set[int]] = {}
    for code in LANGUAGES:
        info = default_loader.get_locale(code).info
        for i, key in enumerate(keys):
            for name in info.get(key) or []:
                word = name.lower()
                if len(word.replace(" ", "")) >= 4 and word not in _ENGLISH:
                    found.setdefault(word, set()).add(i)
    return {word: next(iter(idx)) for word, idx in found.items() if len(idx) == 1}


# dateparser's relative phrases read as the English words the rules know, when they fit in place.
_RELATIVE = {"in 1 day": "tmrw", "in 1 week": "next week", "in 1 month": "next month"}


def _relative_words() -> dict[str, str]:
    """Foreign 'tomorrow', 'next week', 'next month' (Polish "jutro", Welsh "yfory", Spanish "mañana") ->
    English; not German "morgen", also the noun "morning"."""
    from dateparser.languages.loader import default_loader

    words: dict[str, str] = {}
    for code in LANGUAGES:
        relative = default_loader.get_locale(code).info.get("relative-type") or {}
        for key, english in _RELATIVE.items():
            for phrase in relative.get(key) or []:
                word = phrase.lower()
                if len(word) >= 4 and len(english) <= len(word) and word != "morgen":
                    words[word] = english
    return words


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], re.Pattern[str]]:
    months, weekdays = dict(_words()[0]), _words()[1]
    weekdays = {w: i for w, i in weekdays.items() if w not in months}
    for word in [w for w in months if w in weekdays]:
        del months[word]

    def alt(words: dict[str, int]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    relative = alt(dict.fromkeys(_relative_cached(), 0))
    spoken = {w: i for w, i in weekdays.items() if re.search(r"[\s-]", w)}  # "dydd Sadwrn", "sexta-feira": alone too
    pattern = (rf"(?<![\w/.,:])(?:(?P<rel>{relative})(?!\w)|(?P<in>{_IN})\s+(?P<mon2>{alt(months)})"
                    rf"|(?P<d1>{_DAY}){_ORD}(?:\s*{_BETWEEN}\s*(?P<d2>{_DAY}){_ORD})?\s*"
                    rf"(?:(?:de|del|di|do)\s+)?(?P<mon>{alt(months)})"
                    rf"|(?P<wd0>{alt(spoken)})(?!\s*,?\s*\d)"
                    rf"|(?P<wd>{alt(weekdays)}),?\s+(?P<d3>{_DAY})(?!\s*(?:de\s+)?(?:{alt(months)})))(?![\w/])")
    rule = Rule("foreign_day", pattern, "a date written in another language", ("5-6 grudnia",))
    return months, weekdays, compiled_patterns("foreign-dates", [rule])["foreign_day"]  # its program kept too


def english_dates(text: str) -> str:
    """Text with each foreign date next to a day number rewritten in English, positions kept."""
    months, weekdays, rx = _tables()

    def english(m: re.Match[str]) -> str:  # padded between its two words: "sábado 28" -> "Sat    28"
        if m.group("rel"):  # "jutro" -> "tmrw ", "la semaine prochaine" -> "next week"
            return _relative_cached()[re.sub(r"\s+", " ", m.group("rel").lower())].ljust(len(m.group()))
        if m.group("in"):  # "w marcu" -> "March  ": a capitalised English month is read alone
            name = _MONTHS[months[re.sub(r"\s+", " ", m.group("mon2").lower())]]
            return name.title().ljust(len(m.group()))
        if m.group("wd0"):  # "dydd Sadwrn" -> "Sat        "
            return _WEEKDAYS[weekdays[re.sub(r"\s+", " ", m.group("wd0").lower())]][:3].title().ljust(len(m.group()))
        if m.group("wd"):
            key = re.sub(r"\s+", " ", m.group("wd").lower())
            left, right = _WEEKDAYS[weekdays[key]][:3].title(), str(int(m.group("d3")))
        else:
            right = _MONTHS[months[re.sub(r"\s+", " ", m.group("mon").lower())]][:3].title()
            left = f"{int(m.group('d1'))}" + (f"-{int(m.group('d2'))}" if m.group("d2") else "")
        gap = len(m.group()) - len(left) - len(right)
        return left + " " * gap + right if gap >= 1 else m.group()

    return rx.sub(english, text)
