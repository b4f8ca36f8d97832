"""The ``collaborator`` query mode, its two "more like this" baselines, and its report.

A collaborator query names a member and a relation (``complementary`` | ``similar``), or is an
opportunity's text (a consortium case, judged per need, optionally naming the bidding member).
The product ranks it through ``matcher.partners`` (the same ``PartnersDesk`` the CLI and the API
call); a consortium case is ranked as its teams' members, best team first, the bidder left out
(it is never judged). The baselines are what a member could do today with search: "more like
this" over the member's own profile, by dense similarity (its embedding against every profile's)
and by BM25 (its own indexed text as the query); for a consortium, the opportunity's text.

``collaborator_report`` runs all three over one judged set and reports nDCG@10 by relation and,
for consortia, the need coverage of the best team and of the top three teams (a need is covered
when a member is judged >= 2 for it). The target: complementary nDCG@10 at least 0.10 above the
better baseline. ``python -m evaluation.collaborators dev`` prints it (``heldout`` once, at the end).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np

from evaluation.eval_query import EvalQuery
from evaluation.mode_registry import Mode, register_mode
from evaluation.systems import System
from matcher.briefs.sheet import round_robin
from matcher.errors import InvalidInput
from matcher.index import ProfileIndex
from matcher.lexical import analyse
from matcher.partners.desk import PartnersDesk
from matcher.search import Query
from models.brief import Brief
from models.partners import ConsortiumOut

__all__ = ["MoreLikeThis", "collaborator_report", "consortium_ranking", "team_coverage"]

DATA = Path(__file__).parent / "data" / "collaborators"
TARGET_MARGIN = 0.10
_desks: dict[int, PartnersDesk] = {}


def _desk(system: Any) -> PartnersDesk:
    engine = system.engine
    if id(engine) not in _desks:
        _desks[id(engine)] = PartnersDesk(engine)
    return _desks[id(engine)]


def consortium_ranking(result: ConsortiumOut) -> list[str]:
    """Team members, best team first, then each alternative's new members, then the other
    candidates each need was chosen from and the plain search over the opportunity's words
    (round-robin across them); the bidder left out."""
    ids = [m.id for team in result.teams for m in team.members if not m.bidder]
    ids += round_robin([*result.considered, result.text_matches])
    return [i for i in dict.fromkeys(ids) if i != result.bidder]


def _prepare(query: EvalQuery, today: dt.date) -> EvalQuery:
    return query


def _rank(system: System, query: EvalQuery, depth: int) -> list[str]:
    own = getattr(system, "collaborators", None)
    if own is not None:
        return list(own(query, depth))
    if not hasattr(system, "engine"):
        raise InvalidInput(f"system '{system.name}' has no collaborator mode")
    desk = _desk(system)
    if query.relation is not None and query.profile_id is not None:
        return [p.id for p in desk.partners(query.profile_id, query.relation, top_k=depth).partners]
    return consortium_ranking(desk.consortium(query.text, bidder_id=query.profile_id))[:depth]


register_mode(Mode("collaborator", _prepare, _rank, accepts_filters=False,
                   describe="a member's complementary partners or similar peers, or teams for an opportunity"))


class MoreLikeThis:
    """A baseline: profiles most like the member's own profile (or like the opportunity's text)."""

    def __init__(self, index: ProfileIndex, scorer: str) -> None:
        if scorer not in ("dense", "bm25"):
            raise ValueError(scorer)
        self.name = f"more-like-this ({scorer})"
        self.index = index
        self.scorer = scorer

    def collaborators(self, query: EvalQuery, depth: int) -> list[str]:
        index = self.index
        member = index.positions.get(query.profile_id) if query.profile_id else None
        if query.relation is not None and member is None:
            raise InvalidInput(f"no profile with id '{query.profile_id}'")
        if self.scorer == "dense":
            vector = index.vectors[member] if query.relation else index.encoder.encode_queries([query.text])[0]
            scores = index.vectors[: index.capacity] @ vector
        else:
            doc = index.documents[member] if query.relation and member is not None else None
            text = doc.lexical_text() if doc is not None else query.text
            scores = index.lexical.scores(analyse([text])[0], index.capacity).astype(np.float64)
        eligible = np.array([d is not None and d.kind != "investor" for d in index.documents[: index.capacity]])
        if member is not None:
            eligible[member] = False
        if self.scorer == "bm25":
            eligible &= scores > 0
        hits = np.flatnonzero(eligible)
        order = hits[np.lexsort((hits, -scores[hits]))][:depth]
        return [index.ids[p] for p in order.tolist()]

    def search(self, queries: list[Query]) -> list[list[str]]:  # the System protocol
        raise InvalidInput("the more-like-this baseline ranks collaborator queries only")

    def match_brief(self, brief: Brief, shortlist_size: int) -> list[str]:
        raise InvalidInput("the more-like-this baseline ranks collaborator queries only")


def team_coverage(result: ConsortiumOut, needs: dict[int, dict[str, int]], expected: list[int],
                  teams: int, grade: int = 2) -> float:
    """Share of the judged needs that some member of the first ``teams`` teams is judged >= ``grade`` for."""
    members = {m.id for team in result.teams[:teams] for m in team.members if not m.bidder}
    covered = [n for n in expected if any(needs.get(n, {}).get(doc, 0) >= grade for doc in members)]
    return len(covered) / len(expected) if expected else 0.0


def collaborator_report(corpus: Path, queries_path: Path, qrels_path: Path) -> dict[str, Any]:
    """nDCG@10 by relation for the product and both baselines, and consortium team coverage."""
    from evaluation.harness import read_inputs
    from evaluation.metrics import per_query
    from evaluation.runner import Workspace, prepare_queries, run_queries

    inputs = read_inputs(corpus, queries_path, qrels_path)
    groups: dict[str, list[str]] = {}
    for q in inputs.queries:
        groups.setdefault(q.relation or "consortium", []).append(q.id)
    out: dict[str, Any] = {"queries": {g: len(ids) for g, ids in groups.items()}, "ndcg@10": {}, "warnings": []}
    with Workspace(inputs.profiles) as workspace:
        product = workspace.system("matcher (partners)")
        systems: list[System] = [product, MoreLikeThis(product.index, "dense"), MoreLikeThis(product.index, "bm25")]
        prepared = prepare_queries(inputs.queries)
        for system in systems:
            run = run_queries(system, prepared)
            out["warnings"] += run.warnings
            values = per_query(run.rankings, inputs.judged.queries, ["ndcg@10"])["ndcg@10"]
            out["ndcg@10"][system.name] = {g: float(np.mean([values[q] for q in ids if q in values]))
                                           for g, ids in groups.items()}
        desk = _desk(product)
        best, top3 = [], []
        for q in inputs.queries:
            if q.relation is None and q.id in inputs.judged.needs:
                result = desk.consortium(q.text, bidder_id=q.profile_id)
                expected = inputs.judged.expected_needs[q.id]
                best.append(team_coverage(result, inputs.judged.needs[q.id], expected, 1))
                top3.append(team_coverage(result, inputs.judged.needs[q.id], expected, 3))
        if best:
            out["consortium_coverage"] = {"best team": float(np.mean(best)), "top three teams": float(np.mean(top3))}
    ours = out["ndcg@10"][systems[0].name].get("complementary", 0.0)
    baseline = max(out["ndcg@10"][s.name].get("complementary", 0.0) for s in systems[1:])
    out["target"] = {"complementary": ours, "best baseline": baseline, "margin": ours - baseline,
                     "met": ours >= baseline + TARGET_MARGIN}
    return out


def _print(report: dict[str, Any]) -> None:
    groups = list(report["queries"])
    print("| system | " + " | ".join(f"{g} nDCG@10 ({report['queries'][g]})" for g in groups) + " |")
    print("|---" * (len(groups) + 1) + "|")
    for name, values in report["ndcg@10"].items():
        print(f"| {name} | " + " | ".join(f"{values.get(g, 0.0):.3f}" for g in groups) + " |")
    if "consortium_coverage" in report:
        cov = report["consortium_coverage"]
        print(f"\nconsortium need coverage: best team {cov['best team']:.3f}, "
              f"top three teams {cov['top three teams']:.3f}")
    t = report["target"]
    print(f"target complementary >= best baseline + {TARGET_MARGIN}: {t['complementary']:.3f} vs "
          f"{t['best baseline']:.3f} (margin {t['margin']:+.3f}) -> {'met' if t['met'] else 'NOT met'}")
    for warning in report["warnings"]:
        print("warning:", warning)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("dev", "heldout"))
    args = parser.parse_args()
    from matcher.demo import DEMO_PATH

    folder = DATA / args.split
    _print(collaborator_report(DEMO_PATH, folder / "queries.jsonl", folder / "qrels.tsv"))
