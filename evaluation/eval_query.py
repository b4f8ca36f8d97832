"""One judged query as the harness reads it (``evaluation.datasets`` reads them from
queries.jsonl; ``evaluation.modes`` ranks them). A module of its own so that neither of those
two imports the other's module for it: modes need the record, datasets need the modes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from matcher.filters import Filters

__all__ = ["EvalQuery"]


@dataclass(frozen=True)
class EvalQuery:
    id: str
    text: str
    mode: str = "brief"
    filters: Filters = field(default_factory=Filters)
    today: dt.date | None = None
    needs: tuple[str, ...] = ()
    line: int = 0
    criteria: Any = None  # a mode's own reading of "filters" (Mode.read_filters), e.g. an investor's
    profile_id: str | None = None  # collaborator mode: the member
    relation: str | None = None    # collaborator mode: complementary | similar; None for a consortium
    # ``metadata.family`` when the set names one (title, description, task, brief); the
    # harness reports ranking quality by family (``evaluation.breakdown``).
    family: str | None = None
