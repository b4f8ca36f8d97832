"""Complementary partners: who fills what a member lacks, for the kind of work it does.

A query builder and a scorer over the one ranking path. Each of the member's gaps (``gaps``)
becomes one ``Query`` (the capability's words and the member's kind of work, the capability's
roles as the exact-role evidence, the member excluded, distance measured from the member or
from ``near``), and all of them run in one ``search_many`` call (one encoder batch, one scan).
A match counts for a gap only when it really holds one of the gap's roles (no filler). Its
partner score is, for its best gap, ``gap weight x search score x reach``, plus a quarter of
what it adds on its other gaps (a post house that grades and mixes fills two gaps). ``reach``
falls with distance for physical work (a stage, a caterer: beyond 40 km) and barely for remote
work (a grade, a score). A candidate whose main business is one the member has is partly a
competitor, and counts half (more of the same is not a partner). The pool is then ordered by
maximal marginal relevance (``mmr``), so near-duplicates of each other and of the member are
not stacked at the top.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

import numpy as np

from matcher.explain import Match
from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.partners.capabilities import load_capabilities
from matcher.partners.gaps import Gap, find_gaps
from matcher.partners.mmr import DEFAULT_LAMBDA, mmr_order
from matcher.partners.network import CoCreditGraph
from matcher.partners.query_vectors import query_vectors
from matcher.partners.work import MemberWork, document_kinds, kind_overlap, read_work
from matcher.search import Query, search_many
from matcher.taxonomy import load_taxonomy
from models.match import MatchOut
from models.partners import GapOut, PartnerOut, PartnersOut
from models.profile import Profile

__all__ = ["POOL", "complementary", "reach"]

POOL = 12            # matches taken per gap before diversifying
OTHER_GAPS = 0.25    # share of a candidate's other gaps added to its best
SAME_BUSINESS = 0.5  # a candidate whose main business the member has: partly a competitor
LOCAL_KM, FAR_KM = 40.0, 80.0
# Past work together as a ranking signal: off. On the development cases every weight tried (0.1 to 1)
# raised the mean a little but lowered two or three of the seven cases (docs/architecture.md,
# "Partners"); it is shown as evidence either way.
CO_CREDIT_BONUS = 0.0
KIND_AFFINITY = 0.25  # share of a partner's value that depends on working in the member's kinds of work
LAMBDA = DEFAULT_LAMBDA  # MMR's relevance share
GAP_SATURATION = 1.0  # each partner already listed for a gap leaves the next one this share of its value


@dataclass
class _Candidate:
    match: Match
    position: int
    by_gap: dict[str, float] = field(default_factory=dict)


def reach(distance_km: float | None, physical: bool) -> float:
    """How much distance leaves of a provider's value (1 near). Unknown place: capability alone,
    a little below a known local one for physical work."""
    if distance_km is None:
        return 0.85 if physical else 1.0
    if physical:
        return max(0.3, 1.0 - max(0.0, distance_km - LOCAL_KM) / FAR_KM)
    return max(0.75, 1.0 - max(0.0, distance_km - FAR_KM) / 400.0)


def complementary(index: ProfileIndex, profile: Profile, *, near: tuple[float, float] | None = None,
                  radius_km: float | None = None, top_k: int = 10, audience: str | None = None,
                  graph: CoCreditGraph | None = None, lam: float | None = None) -> PartnersOut:
    """The member's complementary partners, best first, each with the gap it fills and why.

    ``near``/``radius_km``: measure distance from there (default: the member's own place) and,
    with a radius, keep only providers within it. ``audience``: who is looking (``Filters``).
    ``graph``: past collaborations, shown as evidence. ``lam``: MMR's relevance share."""
    document = index.document(profile.id)
    work = read_work(profile, document)
    gaps = find_gaps(work)
    out = PartnersOut(profile_id=profile.id, name=profile.name, relation="complementary",
                      work=work.kind_labels(), capabilities=list(work.capabilities))
    if not gaps:
        out.message = ("nothing in this profile says what kind of work it does (sectors, credits or roles), "
                       "so there is no gap to fill: add sectors or credits, or search for what you need")
        return out
    origin = near or (
        (document.lat, document.lon) if document.lat is not None and document.lon is not None else None)
    filters = Filters(near=origin, radius_km=radius_km if origin else None,
                      exclude_ids=frozenset({profile.id}), audience=audience)
    queries = [Query(text=_gap_text(gap, work), filters=replace(filters, kinds=gap.kinds), top_k=POOL,
                     roles=gap.filled_by, holders_only=True, roles_alike=True)
               for gap in gaps]
    pool: dict[str, _Candidate] = {}
    found: dict[str, int] = defaultdict(int)
    vectors = query_vectors(index.encoder, [q.text for q in queries]) if index.config.use_dense else None
    for gap, matches in zip(gaps, search_many(index, queries, vectors), strict=True):
        roles = set(gap.filled_by)
        for match in matches:
            holder = index.document(match.id)
            if not roles & set(holder.role_ids):
                continue  # no filler: only real holders fill a gap
            found[gap.id] += 1
            candidate = pool.setdefault(match.id, _Candidate(match, index.positions[match.id]))
            value = gap.weight * max(match.score, 0.0) * reach(match.explanation.distance_km, gap.capability.physical)
            candidate.by_gap[gap.id] = value
    out.gaps = [GapOut(capability=g.id, label=g.capability.label, weight=g.weight,
                       physical=g.capability.physical, found=found[g.id]) for g in gaps]
    if not pool:
        out.message = "no one holding these capabilities was found" + (" within the radius" if radius_km else "")
        return out
    candidates = list(pool.values())
    weights = np.array([_weight(index, c, work, profile.id, graph) for c in candidates])
    aspects = np.array([[c.by_gap.get(g.id, 0.0) for g in gaps] for c in candidates]) * weights[:, None]
    relevance = aspects.max(axis=1) + OTHER_GAPS * (aspects.sum(axis=1) - aspects.max(axis=1))
    vectors = index.vectors[[c.position for c in candidates]]
    member_vector = index.vectors[index.positions[profile.id]][None, :]
    order = mmr_order(relevance, vectors, top_k, avoid=member_vector, aspects=aspects, saturation=GAP_SATURATION,
                      other_share=OTHER_GAPS, lam=LAMBDA if lam is None else lam)
    gap_by_id = {g.id: g for g in gaps}
    out.partners = [_partner(index, candidates[i], float(relevance[i]), gap_by_id, profile.id, graph) for i in order]
    return out


def _gap_text(gap: Gap, work: MemberWork) -> str:
    kinds = work.kind_labels()[:2]
    words = gap.query or gap.capability.query
    return f"{gap.capability.label}: {words}" + (f". For {' and '.join(kinds)}" if kinds else "")


def _weight(index: ProfileIndex, candidate: _Candidate, work: MemberWork, member_id: str,
            graph: CoCreditGraph | None) -> float:
    """What multiplies a candidate's value on every gap: past work together (off), being partly a
    competitor, and how far it works in the member's kinds of work (unknown counts half)."""
    score = 1.0
    if CO_CREDIT_BONUS and graph is not None and graph.shared(member_id, candidate.match.id):
        score *= 1.0 + CO_CREDIT_BONUS
    document = index.document(candidate.match.id)
    mains = load_capabilities().of_roles(document.role_ids)
    if mains and mains[0] in work.capabilities and _freelance(document.kind) == _freelance(work.kind):
        score *= SAME_BUSINESS
    if KIND_AFFINITY:
        overlap = kind_overlap(work.kinds, document_kinds(document))
        score *= 1.0 - KIND_AFFINITY * (1.0 - (0.5 if overlap is None else overlap))
    return score


def _freelance(kind: str) -> bool:
    """A freelancer competes with freelancers; a company or a facility with companies and facilities
    (a freelance editor is an edit house's overflow, and an edit house a freelance editor's client)."""
    return kind == "freelancer"


def _partner(index: ProfileIndex, candidate: _Candidate, score: float, gaps: dict[str, Gap], member_id: str,
             graph: CoCreditGraph | None) -> PartnerOut:
    match = candidate.match
    fills = sorted(candidate.by_gap, key=lambda g: -candidate.by_gap[g])
    together = graph.shared(member_id, match.id) if graph is not None else []
    return PartnerOut(id=match.id, kind=match.kind, name=match.name, headline=match.headline, place=match.place,
                      distance_km=_round(match.explanation.distance_km), score=round(score, 4), fills=fills,
                      reason=gap_reason([gaps[g] for g in fills], index, match, together),
                      worked_together=together, match=MatchOut.of(match))


def gap_reason(gaps: list[Gap], index: ProfileIndex, match: Match, together: list[str]) -> str:
    """"you have no sound post; they offer: Sound design and mix for broadcast, 6 km away"."""
    lacking = gaps[0].said
    if len(gaps) > 1 and not gaps[0].need and not gaps[1].need:
        lacking += f" or {gaps[1].capability.gap}"
    what = _what_they_do(index, match, gaps[0])
    parts = [f"{lacking}; they {what}"]
    if match.explanation.distance_km is not None:
        parts.append(f"{match.explanation.distance_km:.0f} km away")
    if together:
        parts.append(f"worked together on {together[0]}")
    return ", ".join(parts)


def _what_they_do(index: ProfileIndex, match: Match, gap: Gap) -> str:
    """A firm's own headline (names-free for freelancers: the index keeps names out of it), else the
    taxonomy label of the role that fills the gap."""
    doc = index.document(match.id)
    headline = doc.fields.get("headline", "").strip()
    if headline and match.kind != "freelancer":
        return "offer " + _clip(headline)
    roles = [r for r in doc.role_ids if r in set(gap.filled_by)]
    label = load_taxonomy().roles[roles[0]].label if roles else gap.capability.label
    label = label[0].lower() + label[1:] if label[1:2].islower() else label
    return f"work as {'an' if label[:1] in 'aeiou' else 'a'} {label}"


def _clip(text: str, limit: int = 90) -> str:
    text = text[0].lower() + text[1:] if text[1:2].islower() else text
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
