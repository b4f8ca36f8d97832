"""A matchmaking session's timetable: one-to-one meetings over slots and tables, maximising total
two-way fit, with no double booking.

The problem: choose meetings (investor, company, slot, table) so that nobody is in two meetings
in one slot, a slot holds at most ``tables`` meetings, each pair meets at most once, each investor
and each company has at most its limit of meetings, pairs that must meet do and pairs that must
not do not; maximise the sum of the chosen pairs' fits.

How it is solved, and why it is exact:

1. **Which pairs meet**: an integer programme over one 0/1 variable per allowed pair (scipy's
   ``milp``, the HiGHS solver): maximise total fit subject to each investor's and company's
   limit (never more than the number of slots), the total at most slots x tables, must-meet pairs
   fixed to 1. For 40 investors x 120 companies that is 4,800 variables, solved in well under a
   second; a variable per pair *and slot* (57,600) would make HiGHS search a symmetric space for
   no gain.
2. **When they meet**: the chosen pairs form a bipartite graph in which nobody has more meetings
   than there are slots, so by König's edge-colouring theorem they fit into ``slots`` slots with no
   double booking; swapping colours along alternating paths then evens the slots out until none
   holds more than ``tables`` meetings (always possible when the total is at most slots x
   tables). So every choice step 1 makes can be timetabled, and the timetable's total fit is the
   optimum of the whole problem. ``tests/matcher/investors/test_session.py`` checks this against
   brute force on small cases.

A session that cannot be satisfied says which limit breaks it (``InvalidInput``), before solving.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from matcher.errors import InvalidInput

__all__ = ["Limits", "Pair", "schedule", "solve"]

Pair = tuple[str, str]  # (investor id, company id)


@dataclass(frozen=True)
class Limits:
    slots: int
    tables: int
    per_investor: int | None = None  # default: one per slot
    per_company: int | None = None
    must_meet: frozenset[Pair] = field(default_factory=frozenset)
    must_not_meet: frozenset[Pair] = field(default_factory=frozenset)


def _check(investors: list[str], companies: list[str], limits: Limits) -> tuple[int, int]:
    if limits.slots < 1 or limits.tables < 1:
        raise InvalidInput("slots and tables: a session needs at least one slot and one table")
    per_investor = min(limits.per_investor or limits.slots, limits.slots)
    per_company = min(limits.per_company or limits.slots, limits.slots)
    if per_investor < 1 or per_company < 1:
        raise InvalidInput("per_investor and per_company: each must allow at least one meeting")
    known_i, known_c = set(investors), set(companies)
    for investor, company in sorted(limits.must_meet | limits.must_not_meet):
        if investor not in known_i or company not in known_c:
            raise InvalidInput(f"pair {investor} / {company}: both must be among the session's investors and "
                               "companies")
    both = limits.must_meet & limits.must_not_meet
    if both:
        investor, company = sorted(both)[0]
        raise InvalidInput(f"must_meet and must_not_meet: {investor} / {company} is in both")
    by_investor: dict[str, int] = defaultdict(int)
    by_company: dict[str, int] = defaultdict(int)
    for investor, company in limits.must_meet:
        by_investor[investor] += 1
        by_company[company] += 1
    for who, count in sorted(by_investor.items()):
        if count > per_investor:
            limit = "per_investor" if per_investor < limits.slots else "slots"
            raise InvalidInput(f"{limit}: {who} must meet {count} companies but can have only {per_investor} "
                               "meetings")
    for who, count in sorted(by_company.items()):
        if count > per_company:
            limit = "per_company" if per_company < limits.slots else "slots"
            raise InvalidInput(f"{limit}: {who} must meet {count} investors but can have only {per_company} "
                               "meetings")
    if len(limits.must_meet) > limits.slots * limits.tables:
        raise InvalidInput(f"tables: {len(limits.must_meet)} must-meet pairs but only {limits.slots} slots x "
                           f"{limits.tables} tables = {limits.slots * limits.tables} meetings")
    return per_investor, per_company


def solve(investors: list[str], companies: list[str], fits: dict[Pair, float], limits: Limits) -> list[Pair]:
    """The pairs that meet, maximising total fit (step 1). ``fits`` holds every pair that may meet
    (a pair absent from it never meets unless it must)."""
    per_investor, per_company = _check(investors, companies, limits)
    pairs = sorted(p for p in set(fits) | limits.must_meet if p not in limits.must_not_meet)
    if not pairs:
        return []
    inv_row = {who: n for n, who in enumerate(investors)}
    co_row = {who: len(investors) + n for n, who in enumerate(companies)}
    total_row = len(investors) + len(companies)
    rows, cols = [], []
    for col, (investor, company) in enumerate(pairs):
        rows += [inv_row[investor], co_row[company], total_row]
        cols += [col, col, col]
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(total_row + 1, len(pairs))).tocsr()
    upper = np.array([per_investor] * len(investors) + [per_company] * len(companies)
                     + [limits.slots * limits.tables], dtype=float)
    lower = np.array([1.0 if p in limits.must_meet else 0.0 for p in pairs])
    # A tiny bonus per meeting: of two equally good timetables, the fuller one.
    cost = -np.array([fits.get(p, 0.0) + 1e-6 for p in pairs])
    result = milp(cost, constraints=LinearConstraint(matrix, -np.inf, upper), integrality=np.ones(len(pairs)),
                  bounds=Bounds(lower, np.ones(len(pairs))))
    if result.status != 0 or result.x is None:
        raise InvalidInput(f"the session's limits cannot all be met ({result.message})")
    return [p for p, x in zip(pairs, result.x, strict=True) if x > 0.5]


def schedule(pairs: list[Pair], slots: int, tables: int) -> dict[Pair, int]:
    """Each pair's slot (0-based, step 2): no one twice in a slot, at most ``tables`` per slot."""
    colour: dict[Pair, int] = {}
    at: Slots = {}  # (node, colour) -> the pair holding it there
    nodes: dict[Pair, tuple[Node, Node]] = {p: (("i", p[0]), ("c", p[1])) for p in pairs}

    def free(node: Node) -> int:
        return next(k for k in range(slots) if (node, k) not in at)

    for pair in pairs:
        u, v = nodes[pair]
        a, b = free(u), free(v)
        if (v, a) in at:
            _flip(at, colour, nodes, v, a, b)
        colour[pair] = a
        at[(u, a)] = at[(v, a)] = pair
    _balance(at, colour, nodes, slots, tables)
    return colour


Node = tuple[str, str]
Slots = dict[tuple[Node, int], Pair]


def _path(at: Slots, nodes: dict[Pair, tuple[Node, Node]], start: Node, a: int, b: int) -> list[Pair]:
    """The alternating a, b, a, ... path from ``start`` (a node that lacks b)."""
    path: list[Pair] = []
    node, want = start, a
    while (node, want) in at:
        pair = at[(node, want)]
        path.append(pair)
        u, v = nodes[pair]
        node = v if u == node else u
        want = b if want == a else a
    return path


def _flip(at: Slots, colour: dict[Pair, int], nodes: dict[Pair, tuple[Node, Node]], start: Node, a: int, b: int,
          path: list[Pair] | None = None) -> None:
    """Swap colours a and b along the alternating path from ``start`` (which lacks b)."""
    path = _path(at, nodes, start, a, b) if path is None else path
    for pair in path:
        for n in nodes[pair]:
            at.pop((n, colour[pair]), None)
    for pair in path:
        colour[pair] = b if colour[pair] == a else a
        for n in nodes[pair]:
            at[(n, colour[pair])] = pair


def _balance(at: Slots, colour: dict[Pair, int], nodes: dict[Pair, tuple[Node, Node]], slots: int,
             tables: int) -> None:
    """Move meetings from overfull slots to emptier ones along two-colour paths."""
    while True:
        sizes = np.bincount(list(colour.values()), minlength=slots)
        p, q = int(sizes.argmax()), int(sizes.argmin())
        if sizes[p] <= tables:
            return
        # A component of colours p and q with more p than q is a path that starts and ends in p.
        for node, k in list(at):
            if k == p and (node, q) not in at:
                path = _path(at, nodes, node, p, q)
                if len(path) % 2 == 1:  # one more p than q: swapping moves one meeting from p to q
                    _flip(at, colour, nodes, node, p, q, path)
                    break
