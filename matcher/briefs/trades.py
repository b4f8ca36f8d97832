"""A business named by its trade: "a payroll provider", "an insurance broker who does film", "a local
legal/clearances firm", "an external QA and localisation partner", "an SFX team for a car flip".

English names a firm by a head that only says *a business* (provider, broker, firm, partner,
supplier, company, team, outfit, specialists) after words that say *which trade*. The head alone says
nothing of the job, and the trade words are often no alias of their own ("payroll", "insurance") or
an alias of a person ("QA" is a tester, "SFX" a technician). So the phrase is read as the facility or
service class whose names hold the most of its trade words: "payroll provider" is production payroll,
"QA and localisation partner" the games QA and localisation service, never the QA tester.

A phrase is read only when one class holds every one of its trade words and strictly more than any
other class (a tie says nothing), and words that place or grade the firm ("local", "UK", "external", "reputable") are
not trade words. A capitalised word is a name ("the Film Office Stoke team") or opens a sentence
("Right team, ..."), and "our", "in-house" make the team the sender's own: no trade is read. An
alias that already names a facility for the whole phrase ("a camera hire company") is left to the
taxonomy. A "team" is a business only where the trade has companies ("an SFX team", as "an SFX
company"); "a make-up team" or "an editing team" is people, read by their role words.
Rule: ``NEEDS.trade_phrase``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import Stemmer

from matcher.briefs.rules.needs import NEEDS
from matcher.taxonomy import Role, Taxonomy

__all__ = ["trade_named"]

_STEM = Stemmer.Stemmer("english")
# Words that place, size or grade a firm, or join its trades: never the trade itself.
_NOT_TRADE = frozenset({"a", "an", "the", "and", "or", "local", "uk", "british", "external", "outside", "reputable",
                        "good", "decent", "reliable", "experienced", "specialist", "independent", "small", "big",
                        "large", "national", "regional", "nearby", "trusted", "professional", "friendly", "film",
                        "tv", "media", "production", "productions", "screen", "some", "any", "our", "your"})


# A capitalised word is a name or a sentence's first word, not a trade; an owner makes it the sender's.
_NAME_WORD = re.compile(r"[A-Z][a-z][\w-]*")
_OWNED = frozenset({"our", "my", "their", "in-house", "own", "his", "her"})


def _stems(text: str) -> set[str]:
    return set(_STEM.stemWords(re.findall(r"[a-z0-9]+", text.lower())))


@cache
def _facility_words(taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Every facility or service class's stemmed names (label, aliases and resolve-only words)."""
    return {r.id: _stems(" ".join((r.label, *(a for a, _ in r.provenance), *r.aliases)))
            for r in taxonomy.roles.values() if r.kind == "facility"}


def trade_of(words: str, taxonomy: Taxonomy) -> Role | None:
    """The one facility class whose names hold the most of the trade words, or None (a tie, or none)."""
    trade = {s for w in re.findall(r"[A-Za-z0-9]+", words)
             if w.lower() not in _NOT_TRADE for s in _stems(w)}
    if not trade:
        return None
    scores = sorted(((len(trade & names), rid) for rid, names in _facility_words(taxonomy).items()), reverse=True)
    best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0, "")
    if best[0] < len(trade) or best[0] <= runner_up[0]:
        return None  # a trade word the class does not hold, or a tie: the class is not named
    return taxonomy.roles[best[1]]


def trade_named(text: str, taxonomy: Taxonomy) -> Iterator[tuple[int, int, str, Role]]:
    """(start, end, phrase, class) of each business named by its trade (module docstring)."""
    for m in NEEDS.trade_phrase.finditer(text):
        phrase = m.group()
        whole = taxonomy.resolve(phrase)
        if whole is not None and whole.kind == "facility":
            continue  # "a camera hire company": the taxonomy names it already
        words = re.findall(r"[A-Za-z][\w-]*", m.group("trade"))
        before = re.findall(r"[\w-]+", text[max(0, m.start() - 12):m.start()])[-1:]
        if any(_NAME_WORD.fullmatch(w) or w.lower() in _OWNED for w in words + [b for b in before if b.islower()]):
            continue  # "the Film Office Stoke team", "Right team!", "our comms team", "the in-house team"
        role = trade_of(m.group("trade"), taxonomy)
        if role is not None and m.group("head").lower().startswith("team") and taxonomy.named_exactly(
                f"{m.group('trade').strip()} company") != role:
            continue  # "a make-up team" is people; "an SFX team" a company, as "an SFX company" is
        if role is not None:
            yield m.start(), m.end(), phrase, role
