"""Every word that names a person, and text with those words taken out.

A freelancer's name is personal data and no part of what they do. Keeping only the full name
out of what is indexed is not enough: a surname, a nickname or the name they trade under finds
a profile hidden by name as surely. So every token of each of these is taken out, as whole
words, from every field the index reads (``matcher.documents``) and from what is shown in place
of a hidden name (``service.visibility``):

- the name: every word of two letters or more, in quotes or brackets too
  (``Robert "Bobby" O'Hara-Smith``: robert, bobby, o'hara-smith, hara, smith);
- a name given in free text after a cue (``known as Chalky``, ``aka Dizzy``, ``trading as
  Knightlight Films``: chalky, dizzy, knightlight);
- the handle of their email address (``lily.knight77@example.com``: lily, knight);
- their website's own name (``https://www.knightlight.co.uk``: knightlight).

Non-examples: words a trading name shares with the trade ("Films", "Lighting", "Studio") and
the generic parts of addresses (www, com, co, uk, mail) stay, or a gaffer trading as
"Knightlight Lighting" could no longer be found for lighting. Email addresses, web addresses
and phone numbers in free text are taken out whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from models.profile import Profile

__all__ = ["person_remover", "person_tokens"]

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*")
# A name given in free text: the cue, then up to three capitalised words.
_CUED = re.compile(r"\b(?i:known as|aka|a\.k\.a\.|trading as|trades as|t/a|nicknamed|called)\s+"
                   r"[\"'\u201c\u2018]?((?:[A-Z][\w'\u2019-]*[ \t]?){1,3})")
# Trade words a trading name shares with the work: kept, so the trade stays findable.
_TRADE_WORDS = frozenset(re.findall(r"\w+", """films film productions production pictures media studio studios
    lighting light lights sound audio camera cameras post edit editing grip grips hire services service creative
    creatives vfx animation design designs motion visuals video videos ltd limited llp co company and the of uk"""))
_ADDRESS_WORDS = frozenset(re.findall(r"\w+", "www com co uk org net io tv me info biz mail email gmail hotmail "
                                              "outlook yahoo icloud btinternet example http https"))
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w])(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?![\w])")


def person_tokens(profile: Profile) -> set[str]:
    """The lower-case words that name this person (empty for companies and facilities)."""
    if profile.kind not in ("freelancer", "investor"):
        return set()
    tokens = _words(profile.name)
    for text in (profile.headline or "", profile.summary or ""):
        for cued in _CUED.findall(text):
            tokens |= _words(cued) - _TRADE_WORDS
    contact = profile.contact
    if contact is not None and contact.email:
        tokens |= _words(re.sub(r"[._+\-\d]+", " ", contact.email.split("@")[0])) - _ADDRESS_WORDS
    if contact is not None and contact.website:
        host = re.sub(r"^\w+://", "", str(contact.website)).split("/")[0]
        labels = host.split(".")
        tokens |= {label.lower() for label in labels[:-1] if len(label) > 2} - _ADDRESS_WORDS - _TRADE_WORDS
    return tokens


def person_remover(profile: Profile) -> Callable[[str], str]:
    """A function that takes every word of ``person_tokens`` (with a possessive 's), email and web
    addresses and phone numbers out of a text; text of companies and facilities is left as it is."""
    tokens = person_tokens(profile)
    if not tokens:
        return lambda text: text
    alternatives = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'\u2019-])(?:{alternatives})(?:['\u2019]s)?(?![\w])", re.IGNORECASE)

    def remove(text: str) -> str:
        text = _PHONE.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
        return " ".join(pattern.sub(" ", text).split())

    return remove


def _words(text: str) -> set[str]:
    found = set()
    for word in _WORD.findall(text):
        word = word.lower()
        if len(word) >= 2:
            found.add(word)
        found |= {part for part in re.split(r"['\u2019-]", word) if len(part) >= 2}  # o'hara-smith: hara, smith
    return found
