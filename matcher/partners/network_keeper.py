"""The co-credit graph kept in step with the database: one per engine, read by every feature.

The partners mode, the crew sheet's "worked together" evidence and the profile page's "worked
with" all ask ``NetworkKeeper.graph()`` (through ``Engine.co_credits``). The first call builds the
graph from every profile; later calls compare the change log's latest number with the one the
graph was built at and, when it moved, replay only the changes since (the changed profiles read
again, removed ones dropped: ``CoCreditGraph.with_changes``), so one edited credit does not cost
a read of the whole database. An erasure (whose change does not name the profile) rebuilds it.
A new credit therefore shows at the next request after its write commits.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from matcher.partners.network import CoCreditGraph

if TYPE_CHECKING:
    from matcher.store import Store

__all__ = ["NetworkKeeper"]


class NetworkKeeper:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._graph: CoCreditGraph | None = None
        self._seq = -1
        self.rebuilds = 0  # full builds so far (the first, and one per erasure)

    def graph(self) -> CoCreditGraph:
        """The graph for the database as it is now."""
        seq = self.store.latest_seq()
        with self._lock:
            if self._graph is not None and seq == self._seq:
                return self._graph
            changes = self.store.changes_since(self._seq) if self._graph is not None else []
            if self._graph is None or any(op == "erase" or not profile_id for _, profile_id, op in changes):
                self._graph, self.rebuilds = CoCreditGraph.build(self.store.profiles()), self.rebuilds + 1
            else:
                changed = {profile_id for _, profile_id, _ in changes}
                upserted = self.store.get_many(changed)
                self._graph = self._graph.with_changes(upserted.values(), changed - set(upserted))
            self._seq = max([seq, *(s for s, _, _ in changes)])
            return self._graph
