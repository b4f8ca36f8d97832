"""A brief in Welsh: only its crew words are read, and the brief says so.

Welsh-language productions (for S4C and others) write to the film office in Welsh, and ask for the
same few posts again and again: "Mae angen dyn camera a recordydd sain arnom ni", "Rydyn ni angen dau
redwr". The parser reads English only (``language``); rather than read nothing, the needs of a Welsh
brief are its crew words that a sentence asks for: a Welsh job word of ``WELSH_JOBS`` (hand-written
from Welsh-language production usage in the UK, ``uk-usage``), or an English role word the sender
wrote in the Welsh sentence ("a runner"), in a sentence with a word that asks (angen, eisiau, chwilio
am, "oes rhywun ...?": is there anyone), or one opening on "a"/"ac" (and) after it ("A pheiriannydd
sain hefyd."). A sentence that says who comes with them ("... yn dod gyda ni") asks for nothing. Welsh changes
a word's first letter after some words (mutation: "dyn" -> "ddyn", "rhedwr" -> "redwr", "peiriannydd"
-> "pheiriannydd"), so each word is found in its mutated forms too; "dau/dwy" (2), "tri/tair" (3)
and "pedwar/pedair" (4) before it are its count. Dates are read too (``foreign_dates``: "ar 3 a 4 Mehefin");
places and everything else stay unread, and
the note says so: a half-read brief is worse than a clear "read only these words".
"""

from __future__ import annotations

import re

from matcher.taxonomy import Taxonomy
from models.brief import Need

__all__ = ["WELSH_JOBS", "welsh_needs"]

# Welsh job word (unmutated, singular or plural) -> the English role word the taxonomy knows.
WELSH_JOBS = {
    "dyn camera": "camera operator", "dynion camera": "camera operator", "gweithredwr camera": "camera operator",
    "person camera": "camera operator", "recordydd sain": "sound recordist", "dyn sain": "sound recordist",
    "peiriannydd sain": "sound recordist", "person sain": "sound recordist", "technegydd sain": "sound recordist",
    "rhedwr": "runner", "rhedwyr": "runner", "golygydd": "editor", "golygyddion": "editor", "trydanwr": "spark",
    "trydanwyr": "sparks", "gyrrwr": "driver", "ffotograffydd": "stills photographer",
    "artist colur": "make-up artist", "cyfieithydd": "translator", "cyfarwyddwr": "director",
    "cynhyrchydd": "producer", "ymchwilydd": "researcher", "dylunydd goleuo": "lighting designer",
    "technegydd goleuo": "electrician", "cogydd": "caterer", "arlwywr": "caterer", "actor": "actor",
    "actorion": "actors", "cyflwynydd": "presenter", "gweithredwr drôn": "drone operator",
}
_ASKS = re.compile(r"\b(?:angen|eisiau|isio|chwilio\s+am|yn\s+edrych\s+am|oes\s+(?:rhywun|unrhyw\s+un)"
                   r"|need|looking\s+for)\b", re.I)
# A sentence opening on "a"/"ac" (and) adds to the request before it: "A golygydd hefyd."
_ALSO = re.compile(r"\s*(?:a|ac)\b", re.I)
_COMES_WITH = re.compile(r"\b(?:yn\s+dod\s+gyda|gyda\s+ni|gennym|gynnon\s+ni)\b", re.I)
_COUNT = {"dau": 2, "dwy": 2, "tri": 3, "tair": 3, "pedwar": 4, "pedair": 4}
# Welsh initial mutations: the first letters a word may take after another word.
_MUTATIONS = {"c": "(?:c|g|ch|ngh)", "p": "(?:p|b|ph|mh)", "t": "(?:t|d|th|nh)", "g": "(?:g|ng|)",
              "b": "(?:b|f|m)", "d": "(?:d|dd|n)", "m": "(?:m|f)", "ll": "(?:ll|l)", "rh": "(?:rh|r)"}


def _pattern(word: str) -> str:
    head = next((k for k in ("ll", "rh") if word.startswith(k)), word[:1])
    return _MUTATIONS.get(head, re.escape(head)) + re.escape(word[len(head):]).replace(r"\ ", r"\s+")


_JOB = re.compile(r"(?:\b(?P<n>" + "|".join(_COUNT) + r")\s+)?\b(?P<job>" + "|".join(
    _pattern(w) for w in sorted(WELSH_JOBS, key=len, reverse=True)) + r")\b", re.I)


def _base(found: str) -> str | None:
    return next((w for w in WELSH_JOBS if re.fullmatch(_pattern(w), found, re.I)), None)


def welsh_needs(text: str, taxonomy: Taxonomy) -> tuple[list[Need], list[str]]:
    """The needs a Welsh brief's asking sentences name by their crew words, and a note of what was read."""
    needs: dict[str, Need] = {}
    asked = False
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        asked = bool(_ASKS.search(sentence)) or (asked and bool(_ALSO.match(sentence)))
        if not asked or _COMES_WITH.search(sentence):
            continue
        spans = []
        for m in _JOB.finditer(sentence):
            base = _base(m.group("job"))
            role = taxonomy.resolve(WELSH_JOBS[base]) if base else None
            if role is not None and role.id not in needs:
                count = _COUNT.get((m.group("n") or "").lower(), 1)
                needs[role.id] = Need(role=role.id, label=role.label, kind=role.kind, quantity=count,
                                      text=m.group().strip(), confidence=0.8, how="Welsh word")
                spans.append(m.span())
        for mention in taxonomy.mentions(sentence):  # "... a runner": English words in the Welsh sentence
            inside = any(lo <= mention.start < hi for lo, hi in spans)
            if not inside and mention.role.id not in needs and mention.confidence >= 1:
                needs[mention.role.id] = Need(role=mention.role.id, label=mention.role.label, kind=mention.role.kind,
                                              text=mention.surface, how="alias")
    if not needs:
        return [], []
    said = "; ".join(f"'{n.text}': {n.label}" for n in needs.values())
    return list(needs.values()), [f"This brief looks written in Welsh (cy); only its crew words and dates were read "
                                  f"({said}). Places and anything else were not read: add them by hand."]
