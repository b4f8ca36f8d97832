"""A message that mixes English with another language: it may ask in the other language.

People in the cluster write as they speak: a Polish community group, a Spanish-speaking artist's
team or a Welsh production often frame a message in their own language and name the jobs in English,
because English is the trade's language ("necesitamos 6 dancers and a choreographer", "Angen drone
pilot a precision driver"). The parser reads English; its guard against messages that ask for nothing
(a filming notice, a thank-you) looks for an English word that asks, and so used to drop every role
such a message names. The rule here is about language, not about a brief: the verbs and phrases that
ask, need or look for someone, in the languages most written to a UK film office besides English
(``OTHER_ASKS``: one rule per language, invented examples and non-examples). A sentence holding one
asks; the English role words in the message are then read as usual, and a note says which language
framed the request and that only its English words were read (places and dates written in the other
language are not). The other language's articles and "and" (``OTHER_FUNCTION_WORDS``) end an English
noun phrase, as "a" and "and" do.

This does not translate: a job written only in the other language ("un maquillador") is not read.
A brief written wholly in another language is ``language``'s business (not read, or Welsh crew
words only). One judged not English that asks in another language for roles it names in English is
read as English for those words (``mixed_with_english``): a word count cannot tell a Spanish message
with four English job words from a Spanish one.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable
from matcher.taxonomy import Taxonomy

__all__ = ["OTHER_ASKS", "OTHER_FUNCTION_WORDS", "asking_language", "mixed_language_note", "mixed_with_english"]

# Articles and "and" of the languages mixed with English that are no English word: an English noun
# phrase ends at one ("un boom operator y una make-up artist" holds two phrases, not one).
OTHER_FUNCTION_WORDS = frozenset({"y", "un", "una", "uno", "unos", "unas", "et", "une", "und", "ein", "eine", "einen",
                                  "oraz", "ac", "te", "ik", "ek", "aur", "vi", "bhi"})  # Punjabi/Urdu: and, a, also

_B, _E = r"(?<![\w'])", r"(?![\w'])"  # word bounds that hold for letters outside ASCII too

OTHER_ASKS = RuleTable.of("other_asks", [
    Rule("Welsh", _B + r"(?:angen|eisiau|isio|chwilio\s+am|edrych\s+am)" + _E,
         "Welsh: 'angen' (need), 'eisiau' (want), 'chwilio am' (looking for).",
         ("Angen gaffer ar gyfer", "rydyn ni'n chwilio am runner", "eisiau editor"),
         ("Diolch yn fawr", "Shwmae bawb", "hangen"), source="issue-12"),
    Rule("Polish", _B + r"(?:potrzeb\w*|szukam\w*|poszukuj\w*|przyda\s+(?:si\u0119|sie))" + _E,
         "Polish: 'potrzebujemy/potrzebny' (we need/needed), 'szukamy/poszukujemy' (we are looking for), "
         "'przyda si\u0119' (would come in handy).",
         ("Potrzebujemy operatora", "szukamy kogo\u015b", "poszukujemy editor", "przyda si\u0119 gaffer"),
         ("Dzi\u0119kuj\u0119 bardzo", "Cze\u015b\u0107 wszystkim"), source="issue-12"),
    Rule("Spanish", _B + r"(?:necesit\w+|busc(?:o|amos|an|ando)|se\s+busca\w*|hace\s+falta|nos\s+falta\w*)" + _E,
         "Spanish: 'necesitamos/necesito' (we/I need), 'buscamos/busco/se busca' (looking for), "
         "'hace falta/nos falta' (is needed/we lack).",
         ("necesitamos 2 runners", "Buscamos gaffer", "se busca editor", "nos falta un DoP"),
         ("gracias a todos", "hola equipo", "buscador"), source="issue-12"),
    Rule("Portuguese", _B + r"(?:precis(?:o|amos|a-se|ando)|procur(?:o|amos|a-se|ando))" + _E,
         "Portuguese: 'precisamos/preciso' (we/I need), 'procuramos/procura-se' (looking for).",
         ("precisamos de um editor", "procuramos gaffer", "procura-se runner"), ("obrigado", "precisely",
                                                                                  "procurement"),
         source="issue-12"),
    Rule("French", _B + r"(?:(?:nous\s+)?cherch(?:ons|e|ent)|recherch(?:ons|e|ent)|il\s+(?:nous\s+)?faut)" + _E
         + "|" + _B + r"besoin\s+d(?:e\b|['\u2019])",
         "French: 'on cherche/nous cherchons/recherche' (looking for), 'besoin de' (need of), 'il faut' (we need).",
         ("on cherche un gaffer", "besoin d'un editor", "il nous faut 2 runners", "Recherchons DoP"),
         ("merci beaucoup", "research", "bonjour"), source="issue-12"),
    Rule("Italian", _B + r"(?:cerc(?:o|hiamo|asi)|abbiamo\s+bisogno|ci\s+serv(?:e|ono)"
         r"|serv(?:e|ono)\s+(?:un|una|due|tre))" + _E,
         "Italian: 'cerchiamo/cercasi' (looking for), 'abbiamo bisogno' (we need), 'ci serve' (we need).",
         ("cerchiamo un gaffer", "Cercasi runner", "abbiamo bisogno di", "ci servono 2 editor"),
         ("grazie mille", "circle"), source="issue-12"),
    Rule("German", _B + r"(?:(?:wir\s+)?such(?:en|e)|brauch(?:en|e)|gesucht|ben\u00f6tig\w*)" + _E,
         "German: 'wir suchen/suche' (looking for), 'brauchen' (need), 'gesucht' (wanted), 'ben\u00f6tigt' (needed).",
         ("wir suchen einen gaffer", "Runner gesucht", "brauchen 2 sparks", "ben\u00f6tigen editor"),
         ("vielen Dank", "such a shame", "such as"), source="issue-12"),
    Rule("Romanian", _B + r"(?:c\u0103ut\u0103m|caut(?:am)?|avem\s+nevoie|ne\s+trebuie)" + _E,
         "Romanian: 'c\u0103ut\u0103m/caut' (looking for), 'avem nevoie' (we need), 'ne trebuie' (we need).",
         ("c\u0103ut\u0103m un gaffer", "avem nevoie de editor", "ne trebuie runner"), ("mul\u021bumesc", "cautious"),
         source="issue-12"),
    Rule("Urdu or Punjabi", _B + r"(?:chahiye|chahida|chahide|chahidi|chaidi|zaroorat|zarurat"
         r"|lo(?:r|dd)\s+(?:hai|aa))" + _E,
         "Urdu, Hindi or Punjabi written in Latin letters: 'chahiye/chahida' (is wanted), 'zaroorat' (need), "
         "'lorr hai' (is needed).",
         ("ek editor chahiye", "2 runners chahide nahi, 1 chahida", "zaroorat hai gaffer ki", "sanu ik DoP chahide"),
         ("shukriya", "zoroastrian"), source="issue-12"),
])


def asking_language(text: str) -> str | None:
    """The language (other than English) of the first word in ``text`` that asks for someone, or None."""
    found = [(m.start(), rule.name) for rule in OTHER_ASKS if (m := getattr(OTHER_ASKS, rule.name).search(text))]
    return min(found)[1] if found else None


def mixed_language_note(language: str) -> str:
    """What the user is told when a request was framed in another language."""
    return (f"Part of this message is in {language}; it asks for crew there, so the English role words in it "
            f"were read. Words in {language} were not read: check the needs, places and dates.")


def mixed_with_english(text: str, taxonomy: Taxonomy) -> bool:
    """A message judged not English that asks in another language for roles named in English
    ("buscamos un boom operator"): it is read as English, for its English role words. Welsh that asks
    is left to the Welsh reader, which reads English role words in its asking sentences too."""
    asked = asking_language(text)
    return asked is not None and asked != "Welsh" and any(m.confidence >= 1 for m in taxonomy.mentions(text))
