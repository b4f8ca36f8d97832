"""Ranking quality by query family and by grade, for every system of an ablation, against dense.

A mean can rise while one kind of query gets worse, so the harness splits nDCG@10:

* **by family**: a query's ``metadata.family`` when the judged set names one (the real-language
  set: ``title``, ``description``, ``task``, ``brief``); otherwise one is inferred from the
  query itself: ``brief`` for a brief, ``short`` for a search of at most four words (a title),
  ``long`` for a longer search (a description or a sentence). Inferred names differ from the
  named ones on purpose, so a table never passes a guess off as a judged family.
* **by grade**: nDCG@10 counting only the judgements at or above a grade (grade >= 3: exactly
  the job asked for; >= 2: right; >= 1: every judgement, the usual figure), over the queries
  that have at least one such judgement. A system that lifts near misses above exact matches
  loses at grade 3 while its usual figure may hold.

Every cell is a mean over its queries with a 95% percentile bootstrap interval
(``significance.bootstrap_ci``) and the p-value of a paired test of that system against
``dense`` over the same queries (``significance.paired_tests``: ranx ``compare``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from evaluation.datasets import EvalQuery
from evaluation.metrics import per_query
from evaluation.significance import bootstrap_ci, format_p, paired_tests

__all__ = ["GRADES", "REFERENCE", "Breakdown", "Cell", "breakdown", "family_of", "markdown_tables"]

REFERENCE = "dense"
GRADES = (3, 2, 1)
_SHORT_WORDS = 4
_FAMILY_ORDER = ("title", "short", "description", "long", "task", "brief")


def family_of(query: EvalQuery) -> str:
    """The query's family: the judged set's own, else inferred (``short`` / ``long`` / ``brief``)."""
    if query.family:
        return query.family
    if query.mode == "brief":
        return "brief"
    return "short" if len(query.text.split()) <= _SHORT_WORDS else "long"


@dataclass(frozen=True)
class Cell:
    mean: float
    low: float
    high: float
    p_vs_reference: float | None  # None for the reference itself, or when untestable

    def text(self) -> str:
        p = "" if self.p_vs_reference is None else f" p={format_p(self.p_vs_reference)}"
        return f"{self.mean:.3f} ±{(self.high - self.low) / 2:.3f}{p}"


@dataclass
class Breakdown:
    """system -> group -> Cell, for the groups ``all``, each family, and ``grade>=g``."""

    systems: list[str]
    groups: dict[str, int] = field(default_factory=dict)  # group -> number of queries
    cells: dict[str, dict[str, Cell]] = field(default_factory=dict)

    def families(self) -> list[str]:
        return [g for g in self.groups if g != "all" and not g.startswith("grade")]

    def grades(self) -> list[str]:
        return [g for g in self.groups if g.startswith("grade")]

    def as_json(self) -> dict:
        return {"reference": REFERENCE, "queries": dict(self.groups),
                "systems": {s: {g: {"ndcg@10": c.mean, "ci95": [c.low, c.high], "p_vs_dense": c.p_vs_reference}
                                for g, c in groups.items()} for s, groups in self.cells.items()}}


def breakdown(rankings: dict[str, dict[str, list[str]]], queries: list[EvalQuery],
              grades: dict[str, dict[str, int]], stat_test: str = "fisher") -> Breakdown:
    """nDCG@10 of every system (``rankings``: system -> query -> ids) over all judged queries,
    by family and by grade, each with its interval and its paired test against dense."""
    judged = [q for q in queries if q.id in grades]
    subsets: dict[str, dict[str, dict[str, int]]] = {"all": grades}
    families = sorted({family_of(q) for q in judged},
                      key=lambda f: (_FAMILY_ORDER.index(f) if f in _FAMILY_ORDER else 99, f))
    for family in families:
        subsets[family] = {q.id: grades[q.id] for q in judged if family_of(q) == family}
    for grade in GRADES:
        kept = {q: {d: g for d, g in judgements.items() if g >= grade} for q, judgements in grades.items()}
        subsets[f"grade>={grade}"] = {q: j for q, j in kept.items() if j}
    result = Breakdown(systems=list(rankings))
    for group, subset in subsets.items():
        if not subset:
            continue
        result.groups[group] = len(subset)
        p_values = paired_tests(rankings, subset, REFERENCE, ["ndcg@10"], stat_test=stat_test) \
            if REFERENCE in rankings else {}
        for system, ranking in rankings.items():
            values = list(per_query(ranking, subset, ["ndcg@10"])["ndcg@10"].values())
            low, high = bootstrap_ci(values)
            p = p_values.get(system, {}).get("ndcg@10")
            result.cells.setdefault(system, {})[group] = Cell(float(np.mean(values)), low, high, p)
    return result


def markdown_tables(result: Breakdown, title: str) -> str:
    """Two Markdown tables (by family, by grade): 'mean ±half-interval p=…' per cell."""
    out = []
    for heading, groups in ((f"{title}: nDCG@10 by family", ["all", *result.families()]),
                            (f"{title}: nDCG@10 by grade", result.grades())):
        out += [f"**{heading}** (±: half the 95% bootstrap interval; p: paired test against {REFERENCE})", ""]
        out.append("| system | " + " | ".join(f"{g} ({result.groups[g]})" for g in groups) + " |")
        out.append("|---|" + "---|" * len(groups))
        for system in result.systems:
            out.append(f"| {system} | " + " | ".join(result.cells[system][g].text() for g in groups) + " |")
        out.append("")
    return "\n".join(out)
