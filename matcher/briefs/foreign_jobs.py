"""A brief written in Polish, Spanish or Urdu: its job words are read, and the brief says so.

Communities in the cluster and visiting productions write to the film office in their own language
and name the jobs in it too ("Szukamy kamerzysty i montażysty", "Buscamos una maquilladora y
tres auxiliares de producción", "ہمیں دو ڈانسر چاہیے"). The parser reads English; rather
than read nothing, the needs of such a brief are the job words its asking sentences name, as for Welsh
(``welsh``): a sentence holds a word that asks (the language's rule of ``mixed_language.OTHER_ASKS``,
or Urdu's چاہیے / ضرورت), or follows one and opens on the language's "and" ("Y un eléctrico.").

Each language's job words (``JOB_WORDS``) are the trade's everyday words for the posts most asked
for, written as stems so that a word's endings do not matter: Polish and Spanish inflect a noun for
case and number ("operator" / "operatora", "auxiliar" / "auxiliares"); Urdu writes many trade words
as English loans in its own letters ("کیمرہ مین" camera man, "میک اپ آرٹسٹ" make-up artist). A count
word before a job word is its number ("dos", "dwóch", "دو"). Kit is a need too when its word is asked
for ("لائٹس", lights). Nothing else it asks is read as a need, and the note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.briefs.mixed_language import OTHER_ASKS
from matcher.taxonomy import Taxonomy
from models.brief import Need

__all__ = ["JOB_WORDS", "foreign_needs"]

_B, _E = r"(?<![\w'])", r"(?![\w'])"  # word bounds that hold for letters outside ASCII too


@dataclass(frozen=True)
class JobWords:
    """One language's words that ask, its job words (stem pattern -> English role word) and counts."""

    name: str
    asks: str
    jobs: tuple[tuple[str, str], ...]
    counts: dict[str, int]
    also: str  # the language's "and" opening a sentence that adds to the request before it


# Urdu: "چاہیے" / "چاہئے" (is wanted), "ضرورت" (need).
_URDU_ASKS = r"\u0686\u0627\u06c1\u06cc\u06d2|\u0686\u0627\u06c1\u0626\u06d2|\u0636\u0631\u0648\u0631\u062a"

JOB_WORDS: dict[str, JobWords] = {
    "pl": JobWords("Polish", OTHER_ASKS.rules["Polish"].pattern, (
        (r"operator\w*\s+kamer\w*|kamerzyst\w*|operator\w*\s+obrazu", "camera operator"),
        (r"d\u017awi\u0119kowc\w*|d\u017awi\u0119kowiec|operator\w*\s+d\u017awi\u0119ku", "sound recordist"),
        (r"monta\u017cyst\w*", "editor"), (r"o\u015bwietleniow\w*", "electrician"),
        (r"charakteryzator\w*|wiza\u017cyst\w*|makija\u017cyst\w*", "make-up artist"),
        (r"kierowc\w*", "driver"), (r"fotograf\w*", "stills photographer"), (r"t\u0142umacz\w*", "translator"),
        (r"asystent\w*\s+produkcji|goniec\w*|go\u0144c\w*", "runner"),
        (r"kierownik\w*\s+produkcji", "production manager"),
        (r"operator\w*\s+dron\w*", "drone operator"), (r"tancerz\w*|tancerk\w*", "dancer"),
    ), {"dw\u00f3ch": 2, "dwa": 2, "dwie": 2, "trzech": 3, "trzy": 3, "czterech": 4, "cztery": 4}, r"i|oraz"),
    "es": JobWords("Spanish", OTHER_ASKS.rules["Spanish"].pattern, (
        (r"jef\w*\s+de\s+producci[o\u00f3]n", "production manager"),
        (r"(?:auxiliar|asistente|ayudante)\w*\s+de\s+producci[o\u00f3]n", "runner"),
        (r"director\w*\s+de\s+fotograf[i\u00ed]a", "director of photography"),
        (r"camar[o\u00f3]graf\w*|operador\w*\s+de\s+c[a\u00e1]mara", "camera operator"),
        (r"sonidista\w*|t[e\u00e9]cnic\w*\s+de\s+sonido|microfonista\w*", "sound recordist"),
        (r"maquillador\w*|maquilladora\w*", "make-up artist"), (r"peluquer\w*", "hair stylist"),
        (r"montador\w*|editor\w*\s+de\s+v[i\u00ed]deo", "editor"),
        (r"el[e\u00e9]ctric[oa]s?|iluminador\w*", "electrician"),
        (r"conductor\w*|ch[o\u00f3]fer\w*", "driver"), (r"fot[o\u00f3]graf[oa]s?", "stills photographer"),
        (r"bailar[i\u00ed]n\w*", "dancer"), (r"core[o\u00f3]graf[oa]s?", "choreographer"),
        (r"traductor\w*|int[e\u00e9]rprete\w*", "translator"), (r"piloto\w*\s+de\s+dron\w*", "drone operator"),
    ), {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}, r"y|e|tambi[e\u00e9]n"),
    "ur": JobWords("Urdu", _URDU_ASKS, (
        (r"\u06a9\u06cc\u0645\u0631\u06c1\s*\u0645\u06cc\u0646|\u06a9\u06cc\u0645\u0631\u06c1\s+\u0622\u067e\u0631\u06cc\u0679\u0631",
         "camera operator"),
        (r"\u0645\u06cc\u06a9\s*\u0627\u067e\s*\u0622\u0631\u0679\u0633\u0679", "make-up artist"),
        (r"\u0633\u0627\u0624\u0646\u0688\s*(?:\u0645\u06cc\u0646|\u0631\u06cc\u06a9\u0627\u0631\u0688\u0633\u0679)",
         "sound recordist"),
        (r"\u0627\u06cc\u0688\u06cc\u0679\u0631", "editor"), (r"\u0688\u0631\u0627\u0626\u06cc\u0648\u0631", "driver"),
        (r"\u0641\u0648\u0679\u0648\u06af\u0631\u0627\u0641\u0631", "stills photographer"),
        (r"\u0688\u0627\u0646\u0633\u0631", "dancer"), (r"\u0688\u0631\u0648\u0646", "drone operator"),
        (r"\u0644\u0627\u0626\u0679\u0633|\u0644\u0627\u0626\u0679\u06cc\u06ba", "lighting hire"),
    ), {"\u062f\u0648": 2, "\u062a\u06cc\u0646": 3, "\u0686\u0627\u0631": 4}, r"\u0627\u0648\u0631"),
}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\u06d4\u061f])\s*|\n+", text) if s.strip()]


def foreign_needs(text: str, language: str, taxonomy: Taxonomy) -> tuple[list[Need], list[str]]:
    """The needs a brief in ``language`` (an ISO 639-1 code of ``JOB_WORDS``) names by its job words in
    sentences that ask, and a note of what was read; ([], []) when it names none or the language has no words."""
    words = JOB_WORDS.get(language)
    if words is None:
        return [], []
    asks = re.compile(words.asks, re.I)
    also = re.compile(r"\s*" + _B + r"(?:" + words.also + r")" + _E, re.I)
    jobs = re.compile("|".join(f"(?P<j{i}>{_B}(?:{p}){_E})" for i, (p, _) in enumerate(words.jobs)), re.I)
    count = re.compile(_B + r"(?P<n>" + "|".join(words.counts) + r")\s+$", re.I)
    needs: dict[str, Need] = {}
    asked = False
    for sentence in _sentences(text):
        asked = bool(asks.search(sentence)) or (asked and bool(also.match(sentence)))
        if not asked:
            continue
        for m in jobs.finditer(sentence):
            english = words.jobs[int(next(k for k, v in m.groupdict().items() if v)[1:])][1]
            role = taxonomy.resolve(english)
            if role is None or role.id in needs:
                continue
            n = count.search(sentence, max(0, m.start() - 12), m.start())
            needs[role.id] = Need(role=role.id, label=role.label, kind=role.kind, text=m.group(),
                                  quantity=words.counts[n.group("n").lower()] if n else 1,
                                  confidence=0.8, how=f"{words.name} word")
    if not needs:
        return [], []
    said = "; ".join(f"'{n.text}': {n.label}" for n in needs.values())
    return list(needs.values()), [f"This brief looks written in {words.name} ({language}); its needs were read "
                                  f"from its crew words only ({said}): check them, and add by hand what else it "
                                  "asks for."]
