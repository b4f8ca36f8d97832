"""The registry of query modes: what a mode is and the table of registered ones.

A module of its own so that the modes defined elsewhere (``collaborators``, ``investor_mode``)
register themselves without importing ``evaluation.modes``, which imports them to load them:
no module of ``evaluation`` imports itself back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evaluation.eval_query import EvalQuery
from evaluation.systems import System

__all__ = ["MODES", "Mode", "register_mode"]


@dataclass(frozen=True)
class Mode:
    name: str
    # query, the day relative dates are read from -> what the systems rank (prepared once)
    prepare: Callable[[EvalQuery, dt.date], Any]
    # system, prepared query, depth -> profile ids, best first (at most depth)
    rank: Callable[[System, Any, int], list[str]]
    accepts_filters: bool = False
    describe: str = ""
    # reads a query's "filters" when they are not search filters (an investor's criteria)
    read_filters: Callable[[Any], Any] | None = None


MODES: dict[str, Mode] = {}


def register_mode(mode: Mode) -> Mode:
    MODES[mode.name] = mode
    return mode
