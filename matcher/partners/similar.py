"""Similar peers: members doing the same kind of work, for a co-producer or to refer overflow to.

A query builder over the one ranking path: the roles of the member's main business as the
exact-role evidence, all alike (an edit house's "edit suite hire" and "offline editing" are one
business: a peer holding either is a peer; ``ROLES_ALIKE`` "main"; measured on the 10 dev cases
against the roles in the order listed, "ordered", 0.837 against 0.840, and against all its roles
alike, "all", 0.837: no difference beyond one case either way), and its own words (roles,
headline, sectors, skills) as the text, the member excluded, distance
measured from it. The scorer then weighs what makes a peer rather than a lookalike: the same
kind of profile (a company's peer is a company; a freelance editor is overflow for an edit
house, not its peer), the same main business, and referral distance (scale is not read yet: the index holds no
headcount). Maximal marginal relevance (``mmr``) keeps near-duplicates of each
other from filling the top, as for complementary partners.
"""

from __future__ import annotations

import numpy as np

from matcher.explain import Match
from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.partners.capabilities import CapabilityTable, load_capabilities
from matcher.partners.complementary import reach
from matcher.partners.mmr import mmr_order
from matcher.partners.network import CoCreditGraph
from matcher.partners.work import read_work
from matcher.search import Query, search_many
from models.match import MatchOut
from models.partners import PartnerOut, PartnersOut
from models.profile import Profile

__all__ = ["POOL", "similar"]

POOL = 60
OTHER_KIND = 0.7      # a different kind of profile: overflow at best, not a peer
OTHER_BUSINESS = 0.6  # a different main business
SIMILAR_LAMBDA = 0.85  # peers should be alike; MMR only spreads the near-identical
ROLES_ALIKE = "main"  # "ordered" | "all" | "main": which of the member's roles count alike


def similar(index: ProfileIndex, profile: Profile, *, near: tuple[float, float] | None = None,
            radius_km: float | None = None, top_k: int = 10, audience: str | None = None,
            graph: CoCreditGraph | None = None) -> PartnersOut:
    """Peers of ``profile``, best first, each with why it is a peer. Arguments as ``complementary``."""
    document = index.document(profile.id)
    work = read_work(profile, document)
    out = PartnersOut(profile_id=profile.id, name=profile.name, relation="similar",
                      work=work.kind_labels(), capabilities=list(work.capabilities))
    origin = near or (
        (document.lat, document.lon) if document.lat is not None and document.lon is not None else None)
    filters = Filters(near=origin, radius_km=radius_km if origin else None,
                      exclude_ids=frozenset({profile.id}), audience=audience)
    text = ". ".join(t for t in (document.fields.get("roles", ""), document.fields.get("headline", ""),
                                 document.fields.get("sectors", ""), document.fields.get("skills", "")) if t)
    query = Query(text=text or profile.name, filters=filters, top_k=POOL,
                  roles=_peer_roles(document.role_ids, work.main), roles_alike=ROLES_ALIKE != "ordered")
    matches = [m for m in search_many(index, [query])[0] if m.kind != "investor"]
    if not matches:
        out.message = "no similar profile was found" + (" within the radius" if radius_km else "")
        return out
    table = load_capabilities()
    relevance = np.array([_peer_score(index, m, profile, work.main, table) for m in matches])
    positions = [index.positions[m.id] for m in matches]
    order = mmr_order(relevance, index.vectors[positions], top_k, lam=SIMILAR_LAMBDA)
    out.partners = [_peer(matches[i], float(relevance[i]), work.main, table, profile.id, graph) for i in order]
    return out


def _peer_roles(roles: tuple[str, ...], main: str | None) -> tuple[str, ...] | None:
    if ROLES_ALIKE == "main" and main is not None:
        table = load_capabilities()
        roles = tuple(r for r in roles if table.of_role.get(r) == main)
    return roles or None


def _peer_score(index: ProfileIndex, match: Match, profile: Profile, main: str | None,
                table: CapabilityTable) -> float:
    doc = index.document(match.id)
    score = max(match.score, 0.0)
    if doc.kind != profile.kind:
        score *= OTHER_KIND
    theirs = table.of_roles(doc.role_ids)
    if main is not None and (not theirs or theirs[0] != main):
        score *= OTHER_BUSINESS
    return score * reach(match.explanation.distance_km, physical=False)


def _peer(match: Match, score: float, main: str | None, table: CapabilityTable, member_id: str,
          graph: CoCreditGraph | None) -> PartnerOut:
    together = graph.shared(member_id, match.id) if graph is not None else []
    business = table[main].label.lower() if main else "the same kind of work"
    parts = [f"also in {business}" + (f": {match.headline}" if match.headline and match.kind != "freelancer" else "")]
    if match.explanation.distance_km is not None:
        parts.append(f"{match.explanation.distance_km:.0f} km away")
    if together:
        parts.append(f"worked together on {together[0]}")
    return PartnerOut(id=match.id, kind=match.kind, name=match.name, headline=match.headline, place=match.place,
                      distance_km=None if match.explanation.distance_km is None else round(
                          match.explanation.distance_km, 1),
                      score=round(score, 4), fills=[], reason=", ".join(parts), worked_together=together,
                      match=MatchOut.of(match))
