"""From an understood brief to a crew sheet: a shortlist per need, gaps, and packages.

Every need is one query through the core ranking path, all encoded together (a role's label alone
is read from a table, ``label_vectors``). Distance is a hard filter (the brief's radius around the
nearest of its shoot locations) and availability a half-hard one: a profile booked for the whole
shoot is dropped, one partly available or with nothing recorded is kept but ranked below an
otherwise equal known-good one (a penalty) and marked, because unknown is not no. A stated day-rate
cap ranks rather than filters: a profile above it drops by how far above. One person appears once
on a sheet, put forward where the sheet as a whole fits best (``assignment``); a company may serve
several needs.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from matcher.briefs.assignment import assign
from matcher.briefs.corrections import reread
from matcher.briefs.guess import role_guesser
from matcher.briefs.label_vectors import label_vectors
from matcher.briefs.quantities import NUMBER_RE
from matcher.errors import InvalidInput
from matcher.explain import Match
from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.lexical import analyse
from matcher.qualifiers import QUALIFIED_POOL, rank_by_qualifiers
from matcher.search import Query, search_many
from matcher.taxonomy import load_taxonomy
from models.brief import Brief, CrewSheet, Need, NeedResult
from models.match import MatchOut

__all__ = ["SHORTLIST_SIZE", "fallback_query", "flatten", "match_brief", "need_queries", "places_named",
           "round_robin"]

SHORTLIST_SIZE = 5
_BEYOND = 3
_CONFIDENT_DENSE = 0.5  # for needs the taxonomy does not name
_CONFIDENT_EVIDENCE = {"exact role"}  # a related role fills in; it does not close a gap
_LEADING_COUNT = re.compile(rf"^(?:(?:a|an|the|some|{NUMBER_RE})\s+)+", re.I)
_KINDS = {"crew": ("freelancer", "company"), "facility": ("facility", "company")}
_ROLE_FIELDS = ("roles", "headline", "facilities")
_BRACKETS = re.compile(r"\([^)]*\)")


def match_brief(index: ProfileIndex, brief: Brief, *, shortlist_size: int = SHORTLIST_SIZE,
                repeats: bool = False, audience: str | None = None) -> CrewSheet:
    """``audience`` is who is looking (see ``Filters.audience``): it filters every search. A need
    renamed on the page is read again from its label first (``corrections.reread``)."""
    taxonomy = load_taxonomy()
    brief = reread(brief, taxonomy, role_guesser(getattr(index, "encoder", None), taxonomy))
    if not brief.needs:
        return _fallback(index, brief, shortlist_size, audience)
    queries, sizes = need_queries(brief, shortlist_size=shortlist_size, repeats=repeats, audience=audience)
    vectors = _need_vectors(index, [q.text for q in queries])
    ranked, weights, met = _with_qualifiers(index, brief, search_many(index, queries, vectors))
    local_lists = assign(ranked, sizes, repeats, weights)
    beyond = _beyond_for_gaps(index, brief, local_lists, audience, vectors)
    results = []
    for i, (need, matches) in enumerate(zip(brief.needs, local_lists, strict=True)):
        # No filler: a shortlist holds only real holders of the need (none under a gap, whose nearest
        # real holders beyond the radius are listed instead), in the qualified order they were cut in.
        real = [] if i in beyond else [m for m in matches if _real(index, m, need)]
        results.append(NeedResult(
            need=need, matches=[MatchOut.of(replace(m, rank=r)) for r, m in enumerate(real, start=1)],
            gap=i in beyond, gap_reason=_gap_reason(need, matches, brief) if i in beyond else None,
            beyond=[MatchOut.of(m) for m in beyond.get(i) or []],
            qualifiers_met={m.id: met[i][m.id] for m in real if met[i].get(m.id)}))
    from matcher.briefs.packages import packages_for

    return CrewSheet(brief=brief, needs=results, packages=packages_for(index, brief, audience=audience))


def _with_qualifiers(index: ProfileIndex, brief: Brief, ranked: list[list[Match]]
                     ) -> tuple[list[list[Match]], list[list[float]], list[dict[str, list[str]]]]:
    """Each need's candidates ordered by score plus the qualifiers they meet, with those worths (so
    the shortlist is cut, and people assigned across needs, on them, not on the text alone) and
    what each candidate met, by id."""
    lists, weights, met = [], [], []
    for need, matches in zip(brief.needs, ranked, strict=True):
        ordered, scores, held = rank_by_qualifiers(matches, need.qualifiers, lambda m: index.document(m.id),
                                                   lambda m: m.score)
        lists.append(ordered)
        weights.append(scores)
        met.append({m.id: qualifiers for m, qualifiers in zip(ordered, held, strict=True)})
    return lists, weights, met


def flatten(sheet: CrewSheet) -> list[str]:
    """Round-robin across needs: need 1's first, need 2's first, …, need 1's second, …"""
    if sheet.fallback:
        return [m.id for m in sheet.fallback_matches]
    return round_robin([[m.id for m in result.matches] for result in sheet.needs])


def round_robin(lists: list[list[str]]) -> list[str]:
    """Interleave ranked id lists: first of each, then second of each, …, without repeats."""
    out: list[str] = []
    for depth in range(max((len(ids) for ids in lists), default=0)):
        out += [ids[depth] for ids in lists if depth < len(ids) and ids[depth] not in out]
    return out


def need_queries(brief: Brief, *, shortlist_size: int = SHORTLIST_SIZE, repeats: bool = False,
                 audience: str | None = None) -> tuple[list[Query], list[int]]:
    """One query per need, and each need's shortlist size. Public so the evaluation's
    baselines rank exactly the queries a crew sheet ranks."""
    sizes = [max(shortlist_size, need.quantity) for need in brief.needs]
    # Over-fetch by what the other needs may take, so each need still has enough people
    # once everyone is put forward once (see assignment).
    others = [0 if repeats else sum(sizes) - size for size in sizes]
    # A need with qualifiers fetches a wider pool: its holders of the kit or ticket may rank below
    # the shortlist on text alone, and are moved up before it is cut (``_with_qualifiers``).
    queries = [_need_query(brief, need, size + extra + (QUALIFIED_POOL if need.qualifiers else 0), audience=audience)
               for need, size, extra in zip(brief.needs, sizes, others, strict=True)]
    return queries, sizes


def fallback_query(brief: Brief, size: int, audience: str | None = None) -> Query:
    """The plain search over a brief's whole text, when no need was recognised."""
    need = Need(label="Anything matching the brief", text=brief.text[:200])
    query = replace(_need_query(brief, need, size * 2, audience=audience), text=brief.text, roles=None)
    return replace(query, filters=replace(query.filters, kinds=()))


def confident(match: Match, need: Need, index: ProfileIndex | None = None) -> bool:
    """A real holder of the need: the exact role, or (checked against what search found) a profile
    whose own role words name it although the taxonomy did not read them; for a free-text need,
    close in meaning."""
    if need.role:
        return match.explanation.role_evidence in _CONFIDENT_EVIDENCE or (
            index is not None and _names_it(index, match, need))
    return match.explanation.dense >= _CONFIDENT_DENSE


def _names_it(index: ProfileIndex, match: Match, need: Need) -> bool:
    """The need's label words (or its own words) all in the profile's roles, headline or facilities."""
    fields = index.document(match.id).fields
    have = {t for terms in analyse([fields.get(f, "") for f in _ROLE_FIELDS]) for t in terms}
    wanted = [set(analyse([_BRACKETS.sub(" ", need.label)])[0]), set(analyse([_LEADING_COUNT.sub("", need.text)])[0])]
    return any(words and words <= have for words in wanted) and match.explanation.dense >= _CONFIDENT_DENSE


def _real(index: ProfileIndex, match: Match, need: Need) -> bool:
    """Not filler: an exact or related role, a profile naming the need, or for free text one close in meaning."""
    if need.role and match.explanation.role_evidence == "related role":
        return True
    return confident(match, need, index)


def _need_query(brief: Brief, need: Need, top_k: int, local: bool = True,
                audience: str | None = None) -> Query:
    # A need the taxonomy names is asked for by its canonical label, plus the brief's own words
    # where they say more than the label ("stables" for a filming location, "a horse master"
    # for an animal wrangler; "two sparks" adds nothing); a free-text need by its own words.
    words = [need.label, *_own_words(need), *need.qualifiers] if need.role else \
        [need.text or need.label, need.label, *need.qualifiers]
    text = ". ".join(dict.fromkeys(w for w in words if w))
    points = [(place.lat, place.lon) for place in brief.locations]
    rate = brief.budget.max_day_rate_gbp if brief.budget and need.kind == "crew" else None
    filters = Filters(
        kinds=_KINDS[need.kind], near=points[0] if points else None, also_near=tuple(points[1:]),
        radius_km=brief.radius_km if points and local else None,
        available=(brief.dates.start, brief.dates.end) if brief.dates else None, audience=audience)
    return Query(text=text, filters=filters, top_k=top_k, roles=(need.role,) if need.role else None,
                 preferred_max_rate=rate)


def _own_words(need: Need) -> list[str]:
    label_terms = set(analyse([need.label])[0])
    parts = (_LEADING_COUNT.sub("", part.strip()) for part in need.text.split(";"))
    return [part for part in parts if part and set(analyse([part])[0]) - label_terms]


def places_named(brief: Brief) -> str:
    """'Leek'; 'Burton upon Trent, Lichfield or Tamworth': local is near any of them."""
    names = [place.name for place in brief.locations]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} or {names[-1]}"


def _is_local_and_confident(index: ProfileIndex, match: Match, need: Need, brief: Brief) -> bool:
    distance = match.explanation.distance_km
    local = not brief.locations or (distance is not None and distance <= brief.radius_km)
    return local and confident(match, need, index)


def _need_vectors(index: ProfileIndex, texts: list[str]) -> np.ndarray | None:
    """The needs' query vectors, a role label's read from the table (``label_vectors``); None
    when the ranking uses no dense evidence (``search_many`` then encodes nothing)."""
    if not index.config.use_dense:
        return None
    return label_vectors(index.encoder, load_taxonomy()).encode(texts)


def _beyond_for_gaps(index: ProfileIndex, brief: Brief, lists: list[list[Match]],
                     audience: str | None = None, vectors: np.ndarray | None = None) -> dict[int, list[Match]]:
    """For each need with nothing local and confident: the nearest confident options (each need's
    vector, ``vectors``' row, as the local search had it)."""
    gaps = [i for i, (need, matches) in enumerate(zip(brief.needs, lists, strict=True))
            if not any(_is_local_and_confident(index, m, need, brief) for m in matches)]
    if not gaps:
        return {}
    if not brief.locations:
        return {i: [] for i in gaps}
    queries = [_need_query(brief, brief.needs[i], 50, local=False, audience=audience) for i in gaps]
    found = search_many(index, queries, None if vectors is None else vectors[gaps])
    beyond: dict[int, list[Match]] = {}
    for i, matches in zip(gaps, found, strict=True):
        far = [m for m in matches if confident(m, brief.needs[i], index) and m.explanation.distance_km is not None
               and m.explanation.distance_km > brief.radius_km]
        far.sort(key=lambda m: m.explanation.distance_km or 0.0)  # all known: kept above only if so
        beyond[i] = [replace(m, rank=r) for r, m in enumerate(far[:_BEYOND], start=1)]
    return beyond


def _gap_reason(need: Need, matches: list[Match], brief: Brief) -> str:
    where = f"within {brief.radius_km:g} km of {places_named(brief)}" if brief.locations else "in the cluster"
    if any(confident(m, need) for m in matches):
        return f"no {need.label.lower()} with a known location {where}"
    return f"no {need.label.lower()} {where} above the confidence threshold"


def _fallback(index: ProfileIndex, brief: Brief, size: int, audience: str | None = None) -> CrewSheet:
    if brief.language != "en":  # not read, so nothing to search for: say so rather than half-read it
        return CrewSheet(brief=brief, needs=[], fallback=True, message=" ".join(brief.notes))
    terms = analyse([brief.text])[0]
    if len(set(terms)) < 2 and not (brief.locations or brief.dates):
        raise InvalidInput(f"'{brief.text.strip()[:40]}' is not a brief we can search for: say who or what is "
                           "needed, where and when.")
    if not (brief.locations or brief.dates) and not any(t in index.lexical.vocab for t in terms):
        raise InvalidInput("We could not find anything to match in this brief: no crew roles, "
                           "facilities, places or dates, and none of its words appear in any profile.")
    matches = search_many(index, [fallback_query(brief, size, audience)])[0]
    return CrewSheet(brief=brief, needs=[], fallback=True,
                     fallback_matches=[MatchOut.of(m) for m in matches],
                     message="No crew role or facility was recognised in this brief, so this is a "
                             "plain search over its whole text.")
