"""Which language a brief is written in: the parser reads English only, and says so otherwise.

A brief is English when enough of its words are common English words (a quarter of them in
English prose; a tenth is enough for clipped briefs like "gaffer + 2 sparks, Leek, w/c 12 April").
Otherwise langdetect (Google's language-detection profiles, a well-kept port) names the language,
and the brief is not read (but for its place names and dates, read by name and noted): a half-read brief in
Welsh would be worse than a clear "not read".
Short texts (under four words) are never judged: "hi" is English, and no brief.
"""

from __future__ import annotations

import re

__all__ = ["language_name", "read_language"]

_ENGLISH = frozenset([
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is",
    "are", "be", "was", "were", "will", "would", "can", "could", "should", "we", "i", "you", "they", "it", "our",
    "your", "their", "my", "this", "that", "these", "those", "need", "needs", "needed", "looking", "want", "wanted",
    "please", "thanks", "hi", "hello", "dear", "who", "what", "when", "where", "how", "any", "some", "all", "also",
    "just", "not", "no", "have", "has", "had", "do",
])
_NAMES = {"cy": "Welsh", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pl": "Polish",
          "pt": "Portuguese", "nl": "Dutch", "ga": "Irish", "gd": "Scottish Gaelic", "ur": "Urdu", "pa": "Punjabi",
          "ro": "Romanian", "tr": "Turkish", "ar": "Arabic", "zh-cn": "Chinese", "uk": "Ukrainian", "ru": "Russian"}
# langdetect has no Welsh profile; these words are frequent in Welsh and rare in English.
_WELSH = frozenset([
    "yn", "y", "yr", "ac", "a", "am", "ar", "gyfer", "mae", "rydym", "ni", "chi", "ein", "eich", "gyda", "ffilm",
    "fer", "yng", "yw", "oes", "hefyd", "i'r", "o'r", "diolch", "helo", "dydd", "bore",
])


def language_name(code: str) -> str:
    """The English name of a language code ("cy" -> "Welsh"), or a phrase saying it is another one."""
    return _NAMES.get(code, "a language other than English")


def read_language(text: str) -> tuple[str, list[str]]:
    """(ISO 639-1 code, notes): "en" and no notes for an English brief."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    if len(words) < 4:
        return "en", []
    english = sum(w in _ENGLISH for w in words) / len(words)
    if english >= 0.1:
        return "en", []
    welsh = sum(w in _WELSH for w in words) / len(words)
    code = "cy" if welsh >= 0.15 else _detect(text)
    if code == "en":
        return "en", []
    name = language_name(code)
    return code, [f"This brief looks written in {name} ({code}); it was not read but for its place names and "
                  "dates, so no need was guessed from it. Paste an English version, or add its needs by hand."]


def _detect(text: str) -> str:
    try:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - a declared dependency
        return "und"
    DetectorFactory.seed = 0  # deterministic
    try:
        return str(detect(text))
    except LangDetectException:
        return "und"
