"""Who on a crew sheet has worked together before: evidence read from shared credits.

A production company choosing a gaffer and a sound recordist wants to know that those two did
"The Bottle Kiln Job" together in 2024, and that the caterer worked for the company itself on
its last drama. The co-credit graph (``matcher.partners.network``: same folded title and same
year is one production; another year is another production; no year links no one) answers it
for the profiles the sheet puts forward:

- two profiles put forward for *different* needs (shortlists, the nearest beyond the radius for
  a gap, and packages, which serve the needs they cover) are listed when they share a
  production. Two alternatives for the same need are not: only one of them will be hired;
- every profile on the sheet (also a plain search's, when no need was recognised) is listed
  with the member that sent the brief (``sender``), when it is named and has credits.

Only the links among the profiles on the sheet (and the sender) matter, so ``with_worked_together``
builds the graph from those few profiles (read by id): the same rules as the whole cluster's graph,
at the cost of one small read, whatever the size of the database.

It is evidence, not a ranking signal: the sheet's order is the search's. Names are written as
the sheet holds them; the service redacts them for the caller's role (``service.visibility``),
and every profile here was found by the caller's own searches, so none is hidden from them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from matcher.partners.network import CoCreditGraph
from models.brief import CrewSheet, ProfileRef, WorkedTogether
from models.profile import Profile

__all__ = ["MAX_LISTED", "with_worked_together", "worked_together"]

MAX_LISTED = 100  # pairs on one sheet; the sender's come first


def with_worked_together(sheet: CrewSheet, get_many: Callable[[Iterable[str]], dict[str, Profile]],
                         sender: Profile | None = None) -> CrewSheet:
    """The sheet with its sender and ``worked_together`` filled in (``get_many``: profiles by id)."""
    refs, _ = _on_sheet(sheet)
    ids = [*([sender.id] if sender is not None else []), *refs]
    found = get_many(ids) if ids else {}
    # A title is written as the first credit read spells it: the sender's, then the sheet's order.
    graph = CoCreditGraph.build(found[pid] for pid in ids if pid in found)
    ref = ProfileRef(id=sender.id, kind=sender.kind, name=sender.name) if sender is not None else None
    return sheet.model_copy(update={"sender": ref, "worked_together": worked_together(sheet, graph, ref)})


def worked_together(sheet: CrewSheet, graph: CoCreditGraph, sender: ProfileRef | None = None) -> list[WorkedTogether]:
    """The sheet's pairs with shared credits: the sender's first, then in the sheet's order."""
    refs, needs_of = _on_sheet(sheet)
    order = {profile_id: n for n, profile_id in enumerate(refs)}
    found: list[WorkedTogether] = []
    if sender is not None:
        for profile_id, ref in refs.items():
            shared = graph.shared(profile_id, sender.id)
            if shared and profile_id != sender.id:
                found.append(WorkedTogether(a=ref, b=sender, productions=shared, with_sender=True))
    pairs = []
    for a in refs:
        for link in graph.collaborators(a):
            b = link.id
            if b in order and order[a] < order[b] and _different_needs(needs_of[a], needs_of[b]):
                pairs.append((order[a], order[b], WorkedTogether(a=refs[a], b=refs[b],
                                                                 productions=list(link.productions))))
    found += [pair for *_, pair in sorted(pairs, key=lambda p: (p[0], p[1]))]
    return found[:MAX_LISTED]


def _on_sheet(sheet: CrewSheet) -> tuple[dict[str, ProfileRef], dict[str, set[int]]]:
    """Each profile put forward, in the sheet's order, and the needs it is put forward for."""
    refs: dict[str, ProfileRef] = {}
    needs_of: dict[str, set[int]] = defaultdict(set)
    for i, result in enumerate(sheet.needs):
        for match in (*result.matches, *result.beyond):
            refs.setdefault(match.id, ProfileRef(id=match.id, kind=match.kind, name=match.name))
            needs_of[match.id].add(i)
    for package in sheet.packages:
        refs.setdefault(package.id, ProfileRef(id=package.id, kind=package.kind, name=package.name))
        needs_of[package.id].update(package.needs)
    for match in sheet.fallback_matches:  # one list, no needs: linked with the sender only
        refs.setdefault(match.id, ProfileRef(id=match.id, kind=match.kind, name=match.name))
    return refs, needs_of


def _different_needs(a: set[int], b: set[int]) -> bool:
    """Whether the two could be hired side by side: some need of one is not the other's only need."""
    return any(i != j for i in a for j in b)
