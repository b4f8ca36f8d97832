"""A consortium for an opportunity: small local teams that together cover every need.

The opportunity (a commission, a tender, a call) is read by the brief parser
(``matcher.briefs.parser``): its needs, places and dates. Each need is one query through the
one ranking path (``matcher.briefs.sheet.need_queries``, all encoded together); a candidate
counts for a need only when it really provides it (``confident``, or a related role). "Local"
is the brief's radius around the bidding member's base when a member bids (a commission's text
names the broadcaster's city or where the work is set, not where the team must be), else
around the places the text names. The team is then a weighted set cover (``setcover``, scipy ``milp``): each
member costs ``MEMBER_COST`` plus a little per km from the opportunity (small, local teams),
each need's provider earns its search score, and the bidder, when named, is in every team
and provides what it holds itself. Two or three alternative teams follow (no-good cuts).

The parser reads some calls only in part (a tender's lots, "VR training simulation development"),
so the profiles whose words best match the opportunity's (BM25, ``by_words``) are listed too
(``text_matches``): they do not change the teams, and they come after each need's candidates. On
the 15 development cases, ranking the teams, then each need's candidates and these round-robin,
raised nDCG@10 from 0.560 to 0.639 (a call read as one need of five went from 0.26 to 0.79); a
search by words and meaning instead gave 0.640, at twice the consortium's cost (a long call's
encoding and a scan of every embedding).

A need no local candidate provides is reported as uncovered, for every team. An opportunity
with no recognisable need says so and falls back to a plain search over its text.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import numpy as np

from matcher.briefs.parser import parse_brief
from matcher.briefs.sheet import confident, match_brief, need_queries
from matcher.explain import Match
from matcher.filters import Filters, evaluate
from matcher.geo import haversine_km
from matcher.index import ProfileIndex
from matcher.lexical import analyse
from matcher.partners.network import CoCreditGraph
from matcher.partners.setcover import Cover, solve_cover
from matcher.search import search_many
from models.brief import Brief, Need
from models.partners import ConsortiumOut, PairOut, TeamMemberOut, TeamNeedOut, TeamOut
from models.profile import Profile

__all__ = ["MEMBER_COST", "PER_NEED", "consortium"]

PER_NEED = 6            # candidates per need put to the solver
MEMBER_COST = 0.35      # what one more member costs the team, against a provider's search score (~0.5-1.2)
KM_COST = 0.002         # per km from the opportunity (or the bidder): 50 km costs 0.1
OWN_QUALITY = 1.2       # the bidder providing a need itself
TEXT_MATCHES = 10       # a plain search over the opportunity's words, listed after the teams' candidates


def consortium(index: ProfileIndex, text: str | Brief, *, bidder: Profile | None = None,
               audience: str | None = None, graph: CoCreditGraph | None = None, today: dt.date | None = None,
               alternatives: int = 2) -> ConsortiumOut:
    """Teams for the opportunity in ``text`` (or as already read by the parser), best first;
    ``bidder``: the member bidding, in every team."""
    brief = parse_brief(text, today=today, encoder=index.encoder) if isinstance(text, str) else text
    out = ConsortiumOut(text=brief.text, bidder=bidder.id if bidder else None, needs=list(brief.needs), fallback=False)
    if not brief.needs:  # the crew sheet's own fallback: a plain search, or a refusal of a non-brief ("hi")
        sheet = match_brief(index, brief, shortlist_size=10, audience=audience)
        out.fallback = True
        out.fallback_matches = sheet.fallback_matches
        out.message = ("no recognisable need in this opportunity (a role, a service or a facility): "
                       "here is a plain search over its text instead")
        return out
    lists, out.text_matches = _candidates(index, brief, bidder, audience)
    ids = list(dict.fromkeys([*([bidder.id] if bidder else []), *(m.id for ms in lists for m in ms)]))
    quality = np.zeros((len(ids), len(brief.needs)))
    evidence: dict[tuple[int, int], Match] = {}
    for j, matches in enumerate(lists):
        for match in matches:
            i = ids.index(match.id)
            quality[i, j] = max(quality[i, j], max(match.score, 0.01))
            evidence[(i, j)] = match
    if bidder is not None:
        own = set(index.document(bidder.id).role_ids)
        for j, need in enumerate(brief.needs):
            if need.role and need.role in own:
                quality[0, j] = OWN_QUALITY
    origin = _origin(index, brief, bidder)
    distance = np.array([_km(index, i, origin) for i in ids])
    cost = MEMBER_COST + KM_COST * np.nan_to_num(distance, nan=50.0)
    covers = solve_cover(quality, cost, fixed=(0,) if bidder else (), alternatives=alternatives)
    out.considered = [[m.id for m in matches] for matches in lists]
    out.uncovered = [need.label for j, need in enumerate(brief.needs) if not quality[:, j].any()]
    out.teams = [_team(index, rank, cover, ids, brief.needs, evidence, distance, bidder, graph)
                 for rank, cover in enumerate(covers, start=1)]
    if not out.teams:
        out.message = "no local profile provides any of the needs"
    return out


def _candidates(index: ProfileIndex, brief: Brief, bidder: Profile | None,
                audience: str | None) -> tuple[list[list[Match]], list[str]]:
    """Each need's real providers, best first, at most ``PER_NEED``; and the profiles the
    opportunity's own words find (``by_words``, ``TEXT_MATCHES``)."""
    queries, _ = need_queries(brief, shortlist_size=PER_NEED * 2, repeats=True, audience=audience)
    # A need the taxonomy names is provided by its holders: only they are scored (a free-text need
    # is searched as text over everyone).
    queries = [replace(q, holders_only=bool(q.roles)) for q in queries]
    point = _point(index, bidder.id) if bidder is not None else None
    if point is not None:  # the bidder's base is what "local" means for its consortium
        queries = [replace(q, filters=replace(q.filters, near=point, also_near=(), radius_km=brief.radius_km))
                   for q in queries]
    results = search_many(index, queries)
    kept = []
    for need, matches in zip(brief.needs, results, strict=True):
        real = [m for m in matches if confident(m, need, index) or m.explanation.role_evidence == "related role"]
        kept.append(real[:PER_NEED])
    return kept, by_words(index, brief.text, bidder, audience)


def by_words(index: ProfileIndex, text: str, bidder: Profile | None, audience: str | None,
             top_k: int = TEXT_MATCHES) -> list[str]:
    """The profiles whose own words best match the opportunity's (BM25 over the whole call, as a
    member pasting it into a keyword search would get), among those ``audience`` may see, never
    the bidder nor an investor. Words alone: encoding a long call and scanning every profile's
    embedding for it would double the consortium's cost for a list shown after the teams."""
    scores = index.lexical.scores(analyse([text])[0], index.capacity)
    excluded = [index.positions[bidder.id]] if bidder is not None and bidder.id in index.positions else []
    verdict = evaluate(index.columns, Filters(audience=audience), excluded)
    hits = np.flatnonzero(verdict.passing(include_unknown=True)[: index.capacity] & (scores > 0))
    order = hits[np.lexsort((hits, -scores[hits]))][:top_k]
    return [index.ids[p] for p in order.tolist()]


def _origin(index: ProfileIndex, brief: Brief, bidder: Profile | None) -> tuple[float, float] | None:
    point = _point(index, bidder.id) if bidder is not None else None
    if point is None and brief.locations:
        return brief.locations[0].lat, brief.locations[0].lon
    return point


def _point(index: ProfileIndex, profile_id: str) -> tuple[float, float] | None:
    doc = index.document(profile_id)
    return (doc.lat, doc.lon) if doc.lat is not None and doc.lon is not None else None


def _km(index: ProfileIndex, profile_id: str, origin: tuple[float, float] | None) -> float:
    """From the opportunity (or the bidder) to the profile; NaN when either place is unknown."""
    point = _point(index, profile_id)
    if origin is None or point is None:
        return float("nan")
    return float(haversine_km(*origin, *point))


def _team(index: ProfileIndex, rank: int, cover: Cover, ids: list[str], needs: list[Need],
          evidence: dict[tuple[int, int], Match], distance: np.ndarray, bidder: Profile | None,
          graph: CoCreditGraph | None) -> TeamOut:
    provides: dict[int, list[int]] = {i: [] for i in cover.members}
    rows = []
    for j, (need, i) in enumerate(zip(needs, cover.providers, strict=True)):
        if i is None:
            rows.append(TeamNeedOut(need=j, label=need.label, provider=None, reason="no local provider found"))
            continue
        provides[i].append(j)
        match = evidence.get((i, j))
        score = round(match.score if match else OWN_QUALITY, 4)
        rows.append(TeamNeedOut(need=j, label=need.label, provider=ids[i], score=score,
                                reason=_why(index, ids[i], match, distance[i], bidder)))
    members = []
    for i in cover.members:
        doc = index.document(ids[i])
        members.append(TeamMemberOut(id=doc.id, kind=doc.kind, name=doc.name, place=doc.place,
                                     bidder=bidder is not None and doc.id == bidder.id, needs=provides[i]))
    points = [p for p in (_point(index, ids[i]) for i in cover.members) if p is not None]
    spread = max((float(haversine_km(*a, *b)) for a, b in itertools.combinations(points, 2)), default=None)
    together = []
    if graph is not None:
        for a, b in itertools.combinations(cover.members, 2):
            shared = graph.shared(ids[a], ids[b])
            if shared:
                together.append((ids[a], ids[b], shared[0]))
    covered = sum(1 for p in cover.providers if p is not None)
    return TeamOut(rank=rank, members=members, needs=rows, coverage=round(covered / len(needs), 4),
                   uncovered=[needs[j].label for j, p in enumerate(cover.providers) if p is None],
                   spread_km=None if spread is None else round(spread, 1),
                   worked_together=[PairOut(a=a, b=b, production=title) for a, b, title in together],
                   objective=round(cover.objective, 4))


def _why(index: ProfileIndex, profile_id: str, match: Match | None, km: float, bidder: Profile | None) -> str:
    if bidder is not None and profile_id == bidder.id and (match is None or match.score <= OWN_QUALITY):
        return "your own: you hold this role"
    assert match is not None
    doc = index.document(profile_id)
    evidence = match.explanation.role_evidence or "close in meaning"
    what = doc.fields.get("headline", "") if doc.kind != "freelancer" else (match.explanation.matched_role or "")
    parts = [f"{evidence}" + (f": {what}" if what else "")]
    if not np.isnan(km):
        parts.append(f"{km:.0f} km away")
    return ", ".join(parts)
