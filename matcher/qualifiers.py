"""Qualifiers as evidence: which of a need's qualifiers ("own FX6 kit", "speaks Urdu", "IPAF",
"period drama experience") a profile shows, and a ranking that counts them.

A qualifier is *met* when every distinctive word of it (stemmed; without the words that only frame
it: "own", "kit", "experience", "with", "licence", ...) is found in what the profile says it has or
has done: skills, equipment, facilities, languages, credits, roles, headline and summary. Kit and
ticket names ("FX6", "GVC", "IPAF") are distinctive by themselves, so "own FX6 kit" is met by a
profile listing an FX6 and not by one that says only "own kit".

The crew sheet ranks each need's candidates by ``score + QUALIFIER_WEIGHT x share of qualifiers
met`` (a profile meeting all of them gains 0.15, about the gap between a related and an exact role
reading at equal text similarity), and shows which were met. It does so before the shortlist is
cut, over a wider pool (``QUALIFIED_POOL`` more candidates for a need with qualifiers): a holder of
the kit ranked sixth by text alone must still reach a shortlist of five.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from matcher.documents import Document
from matcher.lexical import analyse

__all__ = ["QUALIFIED_POOL", "QUALIFIER_WEIGHT", "met_qualifiers", "rank_by_qualifiers"]

QUALIFIER_WEIGHT = 0.15
QUALIFIED_POOL = 20  # candidates fetched beyond the shortlist for a need with qualifiers
_EVIDENCE_FIELDS = ("skills", "equipment", "facilities", "languages", "credits", "roles", "headline", "summary")
# Stems of words that frame a qualifier without saying what is wanted.
_FRAME = set(analyse(["own kit kits experience experienced with having has have must should ideally preferred "
                      "essential desirable plus bonus able can who knows know knowledge background licence license "
                      "licensed ticket tickets qualified good great strong proven relevant previous some all "
                      "their his her bring brings bringing use using work worked working speak speaks speaking "
                      "spoken fluent fluency native language languages"])[0])

M = TypeVar("M")


def _terms(qualifier: str) -> set[str]:
    return {t for t in analyse([qualifier])[0] if t not in _FRAME}


def met_qualifiers(document: Document, qualifiers: Sequence[str]) -> list[str]:
    """The qualifiers this profile shows, in the need's order."""
    if not qualifiers:
        return []
    words = {t for terms in analyse([document.fields.get(name, "") for name in _EVIDENCE_FIELDS]) for t in terms}
    return [q for q in qualifiers if (terms := _terms(q)) and terms <= words]


def rank_by_qualifiers(matches: Sequence[M], qualifiers: Sequence[str], document_of: Callable[[M], Document],
                       score_of: Callable[[M], float]) -> tuple[list[M], list[float], list[list[str]]]:
    """Matches re-ordered by score plus qualifier evidence (stable), with those scores and the
    qualifiers each met, in the new order; as they came when no qualifier has a distinctive word."""
    counted = sum(1 for q in qualifiers if _terms(q))
    if not counted:
        return list(matches), [score_of(m) for m in matches], [[] for _ in matches]
    met = [met_qualifiers(document_of(m), qualifiers) for m in matches]
    scores = [score_of(m) + QUALIFIER_WEIGHT * len(held) / counted for m, held in zip(matches, met, strict=True)]
    order = sorted(range(len(matches)), key=lambda i: -scores[i])
    return [matches[i] for i in order], [scores[i] for i in order], [met[i] for i in order]
