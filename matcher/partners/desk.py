"""The partners mode over an ``Engine``: what the CLI and the API call.

It resolves the member (an unknown id is ``NotFound``: 404 / exit 2), reads the index under the
engine's read lock, and reads the engine's co-credit graph (``Engine.co_credits``: kept in step
with the change log, so a new credit shows at the next request).
``audience`` is who is looking (``Filters.audience``): a staff-only profile is never found,
listed in a network, nor used as its bridge below staff. Names are redacted by the service.
"""

from __future__ import annotations

from collections.abc import Callable

from matcher.engine import Engine
from matcher.errors import InvalidInput, NotFound
from matcher.partners.complementary import complementary
from matcher.partners.consortium import consortium
from matcher.partners.network import CoCreditGraph, linkable
from matcher.partners.similar import similar
from models.partners import ConsortiumOut, EdgeOut, NetworkOut, NodeOut, PartnersOut
from models.profile import Profile

__all__ = ["RELATIONS", "PartnersDesk"]

RELATIONS = ("complementary", "similar")


class PartnersDesk:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def graph(self) -> CoCreditGraph:
        """The co-credit graph for the database as it is now (the engine's, one for every feature)."""
        return self.engine.co_credits()

    def partners(self, profile_id: str, relation: str = "complementary", *, near: tuple[float, float] | None = None,
                 radius_km: float | None = None, top_k: int = 10, audience: str | None = None) -> PartnersOut:
        """Complementary partners or similar peers of ``profile_id``."""
        if relation not in RELATIONS:
            raise InvalidInput(f"relation must be one of {', '.join(RELATIONS)}, not '{relation}'")
        if radius_km is not None and radius_km <= 0:
            raise InvalidInput("the radius must be above 0 km")
        profile = self._visible_profile(profile_id, audience)
        graph = self.graph()
        finder = complementary if relation == "complementary" else similar
        with self.engine.lock.reading():
            return finder(self.engine.index, profile, near=near, radius_km=radius_km, top_k=top_k,
                          audience=audience, graph=graph)

    def consortium(self, text: str, *, bidder_id: str | None = None, audience: str | None = None) -> ConsortiumOut:
        """Teams for the opportunity in ``text``; ``bidder_id``: the member bidding, in every team."""
        if not text.strip():
            raise InvalidInput("the opportunity text is empty")
        bidder = self._visible_profile(bidder_id, audience) if bidder_id else None
        graph = self.graph()
        with self.engine.lock.reading():
            return consortium(self.engine.index, text, bidder=bidder, audience=audience, graph=graph)

    def network(self, profile_id: str, *, audience: str | None = None, limit: int = 40) -> NetworkOut:
        """Who ``profile_id`` worked with (ring 1) and who those worked with (ring 2), as a graph."""
        profile = self._visible_profile(profile_id, audience)
        graph = self.graph()
        visible = self._visible(audience)
        ring = graph.neighbourhood(profile.id, visible=visible, limit=limit)
        index = self.engine.index
        nodes = [NodeOut(id=profile.id, kind=profile.kind, name=profile.name, ring=0)]
        edges = []
        for number, links in ((1, ring.direct), (2, ring.second)):
            for link in links:
                doc = index.document(link.id)
                nodes.append(NodeOut(id=doc.id, kind=doc.kind, name=doc.name, ring=number))
                for source in link.via or (profile.id,):
                    edges.append(EdgeOut(source=source, target=link.id,
                                         productions=graph.shared(source, link.id) or list(link.productions)))
        shown = {n.id for n in nodes}
        edges = [e for e in edges if e.source in shown and e.target in shown]
        message = None if ring.direct else "no shared credits yet: credits with the same title and year link profiles"
        return NetworkOut(profile_id=profile.id, nodes=nodes, edges=edges, message=message)

    def _visible_profile(self, profile_id: str, audience: str | None) -> Profile:
        profile = self.engine.profile(profile_id)  # NotFound for an unknown id
        if not linkable(profile.kind, profile.visibility, audience) or not self._visible(audience)(profile.id):
            raise NotFound(f"no profile with id '{profile_id}'")  # the same answer as an unknown id
        return profile

    def _visible(self, audience: str | None) -> Callable[[str], bool]:
        index = self.engine.index

        def visible(profile_id: str) -> bool:
            position = index.positions.get(profile_id)
            doc = index.documents[position] if position is not None else None
            return doc is not None and linkable(doc.kind, doc.visibility, audience)
        return visible
