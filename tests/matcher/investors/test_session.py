"""A session's timetable is optimal (against brute force on small cases) and keeps every limit."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from matcher.errors import InvalidInput
from matcher.investors.session import Limits, schedule, solve


def brute_force(investors, companies, fits, limits: Limits) -> float:
    pairs = [p for p in itertools.product(investors, companies) if p not in limits.must_not_meet]
    best = -1.0
    per_i = limits.per_investor or limits.slots
    per_c = limits.per_company or limits.slots
    for choice in itertools.product(range(-1, limits.slots), repeat=len(pairs)):
        placed = [(p, s) for p, s in zip(pairs, choice, strict=True) if s >= 0]
        if any(p not in {q for q, _ in placed} for p in limits.must_meet):
            continue
        if any(n > limits.tables for n in Counter(s for _, s in placed).values()):
            continue
        if any(n > 1 for n in Counter((p[0], s) for p, s in placed).values()):
            continue
        if any(n > 1 for n in Counter((p[1], s) for p, s in placed).values()):
            continue
        if any(n > per_i for n in Counter(p[0] for p, _ in placed).values()):
            continue
        if any(n > per_c for n in Counter(p[1] for p, _ in placed).values()):
            continue
        best = max(best, sum(fits[p] for p, _ in placed))
    return best


def check_timetable(chosen, slots, limits: Limits) -> None:
    assert set(slots) == set(chosen)
    assert all(0 <= s < limits.slots for s in slots.values())
    assert max(Counter(slots.values()).values(), default=0) <= limits.tables
    assert len({(i, slots[(i, c)]) for i, c in chosen}) == len(chosen)  # no investor twice in a slot
    assert len({(c, slots[(i, c)]) for i, c in chosen}) == len(chosen)  # no company twice in a slot
    assert limits.must_meet <= set(chosen) and not (limits.must_not_meet & set(chosen))


CASES = [
    (2, 3, Limits(slots=2, tables=1)),
    (2, 3, Limits(slots=2, tables=2)),
    (3, 3, Limits(slots=2, tables=2, per_investor=1)),
    (2, 4, Limits(slots=3, tables=1, per_company=1)),
    (2, 3, Limits(slots=2, tables=2, must_meet=frozenset({("i0", "c2")}), must_not_meet=frozenset({("i1", "c0")}))),
    (3, 2, Limits(slots=2, tables=3)),
]


@pytest.mark.parametrize(("n_inv", "n_co", "limits"), CASES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_solver_matches_brute_force_and_keeps_every_limit(n_inv, n_co, limits, seed) -> None:
    rng = random.Random(seed)
    investors = [f"i{n}" for n in range(n_inv)]
    companies = [f"c{n}" for n in range(n_co)]
    fits = {(i, c): round(rng.random(), 3) for i in investors for c in companies}
    chosen = solve(investors, companies, fits, limits)
    slots = schedule(chosen, limits.slots, limits.tables)
    check_timetable(chosen, slots, limits)
    assert sum(fits[p] for p in chosen) == pytest.approx(brute_force(investors, companies, fits, limits))


def test_a_large_session_is_timetabled_without_double_booking() -> None:
    rng = random.Random(7)
    investors = [f"i{n}" for n in range(40)]
    companies = [f"c{n}" for n in range(120)]
    fits = {(i, c): rng.random() for i in investors for c in companies}
    limits = Limits(slots=12, tables=30, per_company=3)
    chosen = solve(investors, companies, fits, limits)
    assert len(chosen) == 12 * 30
    check_timetable(chosen, schedule(chosen, 12, 30), limits)


@pytest.mark.parametrize(("limits", "message"), [
    (Limits(slots=2, tables=1, must_meet=frozenset({("i0", "c0"), ("i0", "c1"), ("i0", "c2")})), "slots: i0"),
    (Limits(slots=3, tables=2, per_investor=1, must_meet=frozenset({("i0", "c0"), ("i0", "c1")})),
     "per_investor: i0"),
    (Limits(slots=3, tables=2, per_company=1, must_meet=frozenset({("i0", "c0"), ("i1", "c0")})), "per_company: c0"),
    (Limits(slots=1, tables=1, must_meet=frozenset({("i0", "c0"), ("i1", "c1")})), "tables: 2 must-meet pairs"),
    (Limits(slots=2, tables=1, must_meet=frozenset({("i0", "c0")}), must_not_meet=frozenset({("i0", "c0")})),
     "must_meet and must_not_meet"),
    (Limits(slots=0, tables=1), "slots and tables"),
    (Limits(slots=2, tables=1, must_meet=frozenset({("i9", "c0")})), "pair i9 / c0"),
])
def test_an_impossible_session_names_the_limit_that_breaks_it(limits, message) -> None:
    fits = {(i, c): 0.5 for i in ("i0", "i1") for c in ("c0", "c1", "c2")}
    with pytest.raises(InvalidInput, match=message):
        solve(["i0", "i1"], ["c0", "c1", "c2"], fits, limits)


def test_a_demo_session_plan_with_reasons_exports_as_csv_and_one_page_per_investor(demo_index, demo_profiles) -> None:
    import csv
    import datetime as dt
    import io

    from matcher.investors.session_export import CSV_COLUMNS, plan_csv, plan_html
    from matcher.investors.session_plan import plan_session

    investors = [p for p in demo_profiles if p.kind == "investor"][:6]
    companies = [p for p in demo_profiles if p.kind == "company" and p.company and p.company.raising_gbp][:10]
    must = frozenset({(investors[0].id, companies[-1].id)})
    plan = plan_session(demo_index, investors, companies, Limits(slots=4, tables=3, per_investor=3, must_meet=must),
                        today=dt.date(2026, 12, 5))
    assert plan.meetings and all(m.reason.startswith("meets") for m in plan.meetings)
    assert any((m.investor_id, m.company_id) == next(iter(must)) for m in plan.meetings)
    assert max(Counter(m.investor_id for m in plan.meetings).values()) <= 3
    assert len({(m.slot, m.table) for m in plan.meetings}) == len(plan.meetings)
    rows = list(csv.DictReader(io.StringIO(plan_csv(plan))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(plan.meetings)
    html = plan_html(plan)
    assert html.count('class="investor-page"') == len({m.investor_id for m in plan.meetings})
    assert "page-break-after: always" in html


def test_among_pairs_meeting_the_same_criteria_the_investors_own_words_decide(demo_index, demo_profiles) -> None:
    """Criteria saturate (many pairs meet all of them); the thesis's closeness to what a company
    says it does separates them, so the solver does not choose among equal fits at random."""
    import datetime as dt

    from matcher.investors.ranking import judge
    from matcher.investors.session_plan import pair_fits, thesis_relevance, two_way

    by_id = {p.id: p for p in demo_profiles}
    angels = by_id["in-gamecraft-angels-midlands"]
    games, costume = by_id["co-bottle-oven-games"], by_id["co-threadneedle-costume-hire"]
    closeness = dict(zip((games.id, costume.id), thesis_relevance(demo_index, angels, [games, costume]), strict=True))
    assert closeness[games.id] > closeness[costume.id]

    companies = [p for p in demo_profiles if p.kind == "company"]
    today = dt.date(2026, 12, 5)
    fits = pair_fits(demo_index, [angels], companies, today)
    criteria = {c.id: two_way(judge(demo_index, angels.investor, c, frozenset(), None, today)) for c in companies}
    relevance = dict(zip((c.id for c in companies), thesis_relevance(demo_index, angels, companies), strict=True))
    tied = [c.id for c in companies if criteria[c.id] == max(criteria.values())]
    assert len(tied) >= 2, "the demo should have several companies meeting this investor's criteria equally"
    by_fit = sorted(tied, key=lambda c: fits[(angels.id, c)][0])
    assert by_fit == sorted(tied, key=lambda c: relevance[c])
    assert "as close as the closest" in fits[(angels.id, tied[0])][1]
