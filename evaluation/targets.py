"""The evaluation's targets, checked and reported honestly whether met or not.

- the full ranker's nDCG@10 is at least the best single baseline's (BM25, TF-IDF or dense
  only) plus 0.05;
- a brief's need coverage@10 (share of its expected needs with a right match in the first
  ten of the flattened crew sheet) is at least 0.9 on average.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["COVERAGE_TARGET", "MARGIN_TARGET", "Target", "check_targets"]

MARGIN_TARGET = 0.05
COVERAGE_TARGET = 0.9


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    value: float | None
    met: bool | None  # None: could not be measured (no baselines run, no need-level qrels)
    detail: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def verdict(self) -> str:
        return {True: "met", False: "NOT met", None: "not measured"}[self.met]


def check_targets(full: dict, baseline: dict | None = None, baseline_name: str | None = None) -> list[Target]:
    """From ``metrics.summarise`` outputs of the full ranker and the best single baseline."""
    targets = []
    if baseline is not None:
        ours, theirs = full["overall"]["ndcg@10"], baseline["overall"]["ndcg@10"]
        margin = ours - theirs
        targets.append(Target(
            "nDCG@10 margin over the best single baseline", f">= +{MARGIN_TARGET:.2f}", margin,
            margin >= MARGIN_TARGET - 1e-12,
            f"full {ours:.3f} vs {baseline_name} {theirs:.3f}"))
    else:
        targets.append(Target("nDCG@10 margin over the best single baseline", f">= +{MARGIN_TARGET:.2f}",
                              None, None, "run with --ablations to measure"))
    coverage = full.get("need_coverage@10")
    targets.append(Target(
        "brief need coverage@10", f">= {COVERAGE_TARGET:.2f}",
        coverage["overall"] if coverage else None,
        (coverage["overall"] >= COVERAGE_TARGET - 1e-12) if coverage else None,
        f"over {len(coverage['by_brief'])} briefs; the most any ranking could reach on this corpus is "
        f"{coverage['ceiling']:.3f}" if coverage else "no need-level qrels (<brief-id>#<n>)"))
    if coverage:
        # The same target over the needs some profile in the corpus meets: a need nobody can
        # meet (the cluster has no armourer) is a gap the sheet reports, not a ranking miss.
        targets.append(Target(
            "need coverage@10 over needs the corpus can meet", f">= {COVERAGE_TARGET:.2f}",
            coverage["over_meetable_needs"], coverage["over_meetable_needs"] >= COVERAGE_TARGET - 1e-12,
            f"{coverage['meetable_needs']} needs have a right match somewhere in the corpus"))
    return targets
