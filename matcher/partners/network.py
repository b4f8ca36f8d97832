"""Who has worked with whom: the co-credit graph.

A credit names a production by title and year. Two profiles crediting the same title in the
same year worked on the same production; the same title in another year is another production
(a second series, a remake, a reboot), and a credit without a year links no one (it cannot be
told apart). Titles are compared folded (case, accents, apostrophes, dashes and punctuation),
so "The Saggar Maker's Daughter" and "the saggar makers daughter" are one title.

This is the one co-credit implementation: the partners mode, the crew sheet's "worked together"
evidence (``matcher.briefs.worked_together``) and the profile page's "worked with"
(``service.coworkers``) all read it, kept in step with the change log by
``matcher.partners.network_keeper``. The graph is built once from the profiles
(``CoCreditGraph.build``), changed without rebuilding (``with_changes``: a new graph, the old one
untouched for whoever still reads it), and answers three things: what two profiles worked on
together (evidence: "worked together on The Bottle Kiln Job, 2024"), a profile's direct
collaborators, and their collaborators (``neighbourhood``). Investors are
no part of it (their credits are deals, not shoots), and who may see a profile is the caller's
business: ``neighbourhood`` takes a ``visible`` predicate so a hidden profile is neither listed
nor counted, nor used as the bridge to someone else.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from models.profile import Profile

__all__ = ["CoCreditGraph", "Link", "Neighbourhood", "Production", "linkable", "production_key"]

_FOLD = re.compile(r"[^0-9a-z]+")
Production = tuple[str, int]  # (folded title, year)


def production_key(title: str, year: int | None) -> Production | None:
    """The identity of a production: folded title and year; None without a year or a title."""
    if year is None:
        return None
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().casefold()
    folded = _FOLD.sub(" ", ascii_title.replace("'", "").replace("\u2019", "")).strip()
    return (folded, int(year)) if folded else None


def linkable(kind: str, visibility: str, audience: str | None) -> bool:
    """Whether a profile may be named as a collaborator to ``audience`` (``Filters.audience``):
    never an investor (no part of the graph), and a staff-only profile only to staff (or None: all)."""
    return kind != "investor" and (audience in (None, "staff") or visibility != "staff")


@dataclass(frozen=True)
class Link:
    """A collaborator and the productions shared ("The Bottle Kiln Job, 2024"); ``via``: for a
    second-ring collaborator, the direct collaborators who connect them."""

    id: str
    productions: tuple[str, ...]
    via: tuple[str, ...] = ()
    keys: tuple[Production, ...] = ()  # for a direct collaborator: the shared productions, as in ``productions``


@dataclass(frozen=True)
class Neighbourhood:
    profile_id: str
    direct: tuple[Link, ...]   # worked with the profile, most shared first
    second: tuple[Link, ...]   # worked with a direct collaborator, not with the profile


class CoCreditGraph:
    def __init__(self) -> None:
        self.credited: dict[Production, set[str]] = defaultdict(set)
        self.productions_of: dict[str, set[Production]] = defaultdict(set)
        self.titles: dict[Production, str] = {}

    @classmethod
    def build(cls, profiles: Iterable[Profile]) -> CoCreditGraph:
        graph = cls()
        for profile in profiles:
            graph._add(profile)
        return graph

    def with_changes(self, upserted: Iterable[Profile], removed: Iterable[str] = ()) -> CoCreditGraph:
        """A new graph with these profiles replaced (or added) and these ids gone; this one is not
        changed (a request reading it meanwhile sees one state). Untouched productions are shared."""
        upserted = list(upserted)
        gone = {*removed, *(p.id for p in upserted)}
        graph = CoCreditGraph()
        graph.credited = defaultdict(set, self.credited)
        graph.productions_of = defaultdict(set, self.productions_of)
        graph.titles = dict(self.titles)
        touched = {key for pid in gone for key in self.productions_of.get(pid, ())}
        touched |= {key for p in upserted for c in p.credits if (key := production_key(c.title, c.year))}
        for key in touched:  # copied before changing: the old graph's sets stay as they were
            if key in graph.credited:
                graph.credited[key] = set(graph.credited[key])
        for profile_id in gone:
            for key in graph.productions_of.pop(profile_id, ()):
                graph.credited[key].discard(profile_id)
                if not graph.credited[key]:
                    del graph.credited[key]
                    graph.titles.pop(key, None)
        for profile in upserted:
            graph._add(profile)
        return graph

    def _add(self, profile: Profile) -> None:
        if profile.kind == "investor":  # an investor's credits are deals, not shoots
            return
        for credit in profile.credits:
            key = production_key(credit.title, credit.year)
            if key is not None:
                self.credited[key].add(profile.id)
                self.productions_of[profile.id].add(key)
                self.titles.setdefault(key, credit.title)

    def label(self, production: Production) -> str:
        return f"{self.titles[production]}, {production[1]}"

    def title(self, production: Production) -> str:
        """The title as first credited ("The Bottle Kiln Job")."""
        return self.titles[production]

    def shared(self, a: str, b: str) -> list[str]:
        """Productions ``a`` and ``b`` both worked on, newest first: ["The Bottle Kiln Job, 2024"]."""
        if a == b:
            return []
        common = self.productions_of.get(a, set()) & self.productions_of.get(b, set())
        return [self.label(p) for p in sorted(common, key=lambda p: (-p[1], p[0]))]

    def collaborators(self, profile_id: str, visible: Callable[[str], bool] = lambda _: True) -> list[Link]:
        """Everyone sharing a production with ``profile_id`` (and visible), most shared first."""
        shared: dict[str, list[Production]] = defaultdict(list)
        for production in self.productions_of.get(profile_id, ()):
            for other in self.credited[production]:
                if other != profile_id and visible(other):
                    shared[other].append(production)
        links = []
        for other, productions in shared.items():
            keys = tuple(sorted(productions, key=lambda p: (-p[1], p[0])))
            links.append(Link(other, tuple(self.label(p) for p in keys), keys=keys))
        links.sort(key=lambda link: (-len(link.productions), link.id))
        return links

    def neighbourhood(self, profile_id: str, visible: Callable[[str], bool] = lambda _: True,
                      limit: int = 60) -> Neighbourhood:
        """Direct collaborators, and theirs (at most ``limit`` each ring, the best connected)."""
        direct = self.collaborators(profile_id, visible)
        near = {link.id for link in direct}
        second: dict[str, tuple[set[str], set[str]]] = {}
        for link in direct:
            for onward in self.collaborators(link.id, visible):
                if onward.id == profile_id or onward.id in near:
                    continue
                vias, productions = second.setdefault(onward.id, (set(), set()))
                vias.add(link.id)
                productions.update(onward.productions)
        ring = [Link(other, tuple(sorted(ps)), tuple(sorted(vias))) for other, (vias, ps) in second.items()]
        ring.sort(key=lambda link: (-len(link.via), -len(link.productions), link.id))
        return Neighbourhood(profile_id, tuple(direct[:limit]), tuple(ring[:limit]))
