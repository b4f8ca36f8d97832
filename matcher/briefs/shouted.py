"""Lines written in capitals, read as their names would be written: "FILMING IN DAM STREET, LICHFIELD".

Notices, tenders and memos put their headings in capitals ("SHUGBOROUGH ESTATE - NOTICE TO VISITORS",
"NIGHT FILMING - HIGH STREET AND TOWER SQUARE, TUNSTALL"), and texts shout ("NEED A SPARK IN LEEK ASAP").
The gazetteer finds a name only as it is capitalised, so a line with no lower-case letter and at least two
words in capitals is read with each word capitalised and the small words of names in lower case ("Filming
in Dam Street, Lichfield", "Stoke-on-Trent"); the text keeps its length, so every position holds. A word
with a digit (a postcode, "A50") is kept as written.
"""

from __future__ import annotations

import re

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["SHOUTED", "unshout"]

SHOUTED = RuleTable.of("shouted", [
    Rule("line", r"^(?=[^\n]*\b[A-Z]{2,}\b[^\n]*\b[A-Z]{2,}\b)[^a-z\n]+$",
         "A line with no lower-case letter and two words in capitals: a heading or a shout.",
         ("SHUGBOROUGH ESTATE - NOTICE TO VISITORS", "NEED A SPARK IN LEEK ASAP"),
         ("Filming in Leek", "BBC crew in Leek", "ST4 7QB"), flags=re.M),
    Rule("word", r"\b[A-Z][A-Z'\u2019]*\b", "A word in capitals with no digit ('LEEK', not 'ST13').",
         ("LEEK", "KING'S"), ("ST13", "leek"), flags=0),
    Rule("small", r"^(?:AND|OF|THE|IN|ON|AT|TO|FOR|BY|A|AN|UPON|UNDER|WITH|FROM|NEAR|OR|DE|LE|LA|Y)$",
         "The small words of names and headings, lower case after a line's first word ('Stoke-on-Trent').",
         ("UNDER", "ON"), ("LEEK",), flags=0),
])


def unshout(text: str) -> str:
    """The text with each line in capitals written as names are ("NOTICE TO VISITORS" -> "Notice to Visitors").

    Args:
        text: the brief.
    Returns:
        The same text, the same length, its shouted lines capitalised word by word.
    """
    def word(w: re.Match[str], first: int) -> str:
        upper = w.group()
        if w.start() > first and SHOUTED.small.fullmatch(upper):
            return upper.lower()
        return upper[0] + upper[1:].lower()

    def line(m: re.Match[str]) -> str:
        first = next(SHOUTED.word.finditer(m.group()), None)
        return SHOUTED.word.sub(lambda w: word(w, first.start() if first else 0), m.group())

    return SHOUTED.line.sub(line, text)
