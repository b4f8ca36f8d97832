"""Why a profile matched: the score and its parts, the roles, fields and words that matched,
distance and availability, and what is unknown."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from matcher.documents import FIELDS, Document
from matcher.filters import AVAILABILITY_LABELS, Verdict
from matcher.index import ProfileIndex
from matcher.lexical import analyse
from matcher.scoring import QueryEvidence, Scores
from matcher.taxonomy import load_taxonomy

__all__ = ["Explanation", "Match", "explain"]

_WORD = re.compile(r"\w\w+")


@dataclass(frozen=True)
class Explanation:
    score: float
    dense: float                 # cosine similarity of query and profile
    lexical: float               # BM25, normalised to the best lexical match among those passing
    lexical_raw: float
    taxonomy_boost: float
    context_penalty: float
    role_evidence: str | None    # "exact role" | "related role" | "same department"
    matched_role: str | None     # the profile's role that carried it
    matched_terms: Mapping[str, list[str]] = field(default_factory=dict)  # field -> query words
    distance_km: float | None = None
    within_travel_radius: bool | None = None
    availability: str | None = None
    unknown: tuple[str, ...] = ()
    tier: int = 0                # 0 known-good; 1 kept although unknown or partly available

    @property
    def reasons(self) -> list[str]:
        """The explanation as short sentences for people."""
        out = []
        if self.role_evidence:
            out.append(f"{self.role_evidence}: {self.matched_role}")
        if self.matched_terms:
            words = dict.fromkeys(w for found in self.matched_terms.values() for w in found)
            out.append(f"matched {', '.join(repr(w) for w in words)} in {', '.join(self.matched_terms)}")
        if self.distance_km is not None:
            out.append(f"{self.distance_km:.0f} km away")
        if self.availability and self.availability != "unknown":
            out.append(f"availability: {self.availability}")
        out += [f"{what} unknown" for what in self.unknown]
        return out


@dataclass(frozen=True)
class Match:
    id: str
    kind: str
    name: str
    headline: str
    place: str | None
    rank: int
    score: float
    explanation: Explanation


def explain(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, scores: Scores,
            row: int, rank: int) -> Match:
    position = int(scores.positions[row])
    doc = index.documents[position]
    assert doc is not None, "a ranked position is a live profile's"
    distance = _distance(verdict, position)
    availability = None
    if verdict.availability is not None:
        availability = AVAILABILITY_LABELS[int(verdict.availability[position])]
    kind_of_evidence, role = _role_evidence(evidence, doc, position)
    explanation = Explanation(
        score=float(scores.final[row]), dense=float(scores.dense[row]),
        lexical=float(scores.lexical_normalised[row]), lexical_raw=float(scores.lexical[row]),
        taxonomy_boost=float(scores.boost[row]), context_penalty=float(scores.penalty[row]),
        role_evidence=kind_of_evidence, matched_role=role,
        matched_terms=LazyTerms(evidence.text, doc.fields),
        distance_km=distance, within_travel_radius=_within_travel(doc, distance),
        availability=availability, unknown=_unknowns(verdict, doc, distance, availability),
        tier=int(bool(verdict.unknown[position])),
    )
    return Match(doc.id, doc.kind, doc.name, doc.fields.get("headline", ""), doc.place, rank,
                 explanation.score, explanation)


class LazyTerms(Mapping[str, list[str]]):
    """The matched words, worked out on first read: searches fetch more matches than they
    show (a brief over-fetches every need), and only the shown ones are ever read."""

    def __init__(self, query: str, fields: dict[str, str]) -> None:
        self._source = (query, fields)
        self._terms: dict[str, list[str]] | None = None

    def _found(self) -> dict[str, list[str]]:
        if self._terms is None:
            self._terms = matched_terms(*self._source)
        return self._terms

    def __getitem__(self, key: str) -> list[str]:
        return self._found()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())

    def __repr__(self) -> str:
        return repr(self._found())


def matched_terms(query: str, fields: dict[str, str]) -> dict[str, list[str]]:
    """Query words (as the user wrote them) found in each field, matched on stems."""
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(query)))
    stems = analyse(words)
    by_stem: dict[str, str] = {}
    for word, stem in zip(words, stems, strict=False):
        for s in stem:
            by_stem.setdefault(s, word)
    names = [name for name in FIELDS if fields.get(name)]
    analysed = analyse([fields[name] for name in names])
    found: dict[str, list[str]] = {}
    for name, terms in zip(names, analysed, strict=True):
        hits = [by_stem[s] for s in dict.fromkeys(terms) if s in by_stem]
        if hits:
            found[name] = list(dict.fromkeys(hits))
    return found


def _role_evidence(evidence: QueryEvidence, doc: Document, position: int) -> tuple[str | None, str | None]:
    if not evidence.roles:
        return None, None
    taxonomy = load_taxonomy()
    if evidence.exact[position]:
        role = next(r for r in doc.role_ids if r in evidence.roles)
        return "exact role", taxonomy.roles[role].label
    if evidence.related[position]:
        related = {r for q in evidence.roles for r in taxonomy.roles[q].related}
        role = next(r for r in doc.role_ids if r in related)
        return "related role", taxonomy.roles[role].label
    if evidence.department[position]:
        wanted = {taxonomy.roles[q].department for q in evidence.roles}
        department = next(d for d in doc.departments if d in wanted)
        return "same department", taxonomy.departments[department].label
    return None, None


def _distance(verdict: Verdict, position: int) -> float | None:
    if verdict.distance_km is None:
        return None
    value = float(verdict.distance_km[position])
    return None if math.isnan(value) else round(value, 1)


def _within_travel(doc: Document, distance: float | None) -> bool | None:
    if distance is None or doc.travel_radius_km is None:
        return None
    return distance <= doc.travel_radius_km


def _unknowns(verdict: Verdict, doc: Document, distance: float | None, availability: str | None) -> tuple[str, ...]:
    unknown = []
    if verdict.distance_km is not None and distance is None:
        unknown.append("location")
    if availability == "unknown":
        unknown.append("availability")
    if verdict.filters.max_rate is not None and doc.rate_min is None:
        unknown.append("day rate")
    if verdict.filters.sectors and not doc.sectors:
        unknown.append("sectors")
    return tuple(unknown)
