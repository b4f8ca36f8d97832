"""Seed the demo's gap report: the judged development briefs, matched once, marked as demo data.

A fresh demo has no briefs, so its gap report would be empty. On first start the demo runs
the development set's briefs (``evaluation/data/demo/dev/queries.jsonl``, mode "brief"), each
on the day it was written for, and records them with the label "demo": the gap report shows
them as demo data and can leave them out. Held-out briefs are never read.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Protocol

from models.brief import CrewSheet

__all__ = ["DEV_BRIEFS", "seed_gap_report"]

DEV_BRIEFS = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "demo" / "dev" / "queries.jsonl"


class _Matches(Protocol):
    def match_brief(self, brief: str, *, today: dt.date | None = ..., label: str | None = ...) -> CrewSheet: ...


def seed_gap_report(engine: _Matches, path: Path = DEV_BRIEFS) -> int:
    """Match every brief of ``path`` once, recorded as demo data; returns how many."""
    if not path.exists():
        return 0
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            query = json.loads(line)
            if query.get("mode") != "brief":
                continue
            today = dt.date.fromisoformat(query["today"]) if query.get("today") else None
            engine.match_brief(query["text"], today=today, label="demo")
            count += 1
    return count
