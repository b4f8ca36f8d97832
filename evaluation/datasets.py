"""Judged query sets in BEIR's layout: queries.jsonl and a tab-separated qrels file.

queries.jsonl, one JSON object a line::

    {"_id": "b01", "text": "Period drama in Leek in May: gaffer, two sparks…", "mode": "brief",
     "today": "2026-12-01", "needs": ["gaffer", "electricians"]}
    {"_id": "s01", "text": "steadicam operator", "mode": "search",
     "filters": {"kinds": ["freelancer"], "place": "Leek", "radius_km": 40}}

``_id`` and ``text`` are required (BEIR); ``mode`` defaults to ``brief`` and must be a
registered mode (``evaluation.modes``); ``filters`` (search-like modes only, see
``evaluation.query_filters``); ``today`` anchors relative dates in a brief; ``needs`` names
a brief's expected needs in order (need n is the n-th, for judges and need coverage);
``metadata`` is carried and ignored. A ``collaborator`` query (``evaluation.collaborators``)
names a member instead of text: ``profile_id`` and ``relation`` (complementary | similar); a
consortium case is opportunity ``text`` with an optional bidding ``profile_id`` and its
``needs``. Any other key is an error, so typos are caught.

qrels.tsv: a header ``query-id<TAB>corpus-id<TAB>score`` and one judgement a line, graded
0 (not relevant) to 3 (exactly right). Need-level judgements of a brief use the query id
``<brief-id>#<n>``. Every problem is reported with its file and line number.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.eval_query import EvalQuery
from evaluation.query_filters import filters_from_json
from matcher.errors import InvalidInput
from matcher.filters import Filters
from matcher.importers import read_text_file

__all__ = [
    "QRELS_HEADER",
    "QUERY_KEYS",
    "DatasetError",
    "EvalQuery",
    "Judgement",
    "read_qrels",
    "read_queries",
    "split_need_id",
    "write_qrels",
    "write_queries",
]

QUERY_KEYS = ("_id", "text", "mode", "filters", "today", "needs", "metadata", "profile_id", "relation")
RELATIONS = ("complementary", "similar")
QRELS_HEADER = ("query-id", "corpus-id", "score")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
_NEED_ID = re.compile(r"^(?P<brief>.+)#(?P<n>[1-9][0-9]*)$")


class DatasetError(InvalidInput):
    """A malformed queries or qrels file: the first problem, and how many more."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)


@dataclass(frozen=True)
class Judgement:
    query_id: str
    corpus_id: str
    score: int
    line: int


def split_need_id(query_id: str) -> tuple[str, int] | None:
    """'b01#2' -> ('b01', 2); a plain query id -> None."""
    match = _NEED_ID.match(query_id)
    return (match["brief"], int(match["n"])) if match else None


def read_queries(path: Path | str, modes: dict[str, Any] | None = None) -> list[EvalQuery]:
    if modes is None:
        from evaluation.modes import MODES as modes
    problems: list[str] = []
    queries: list[EvalQuery] = []
    seen: dict[str, int] = {}
    for number, line in _lines(path):
        try:
            query = _query(json.loads(line), number, modes)
        except json.JSONDecodeError as error:
            problems.append(f"{path} line {number}: not valid JSON ({error.msg})")
            continue
        except ValueError as error:
            where, message = error.args if len(error.args) == 2 else ("", str(error))
            problems.append(f"{path} line {number}" + (f", field '{where}'" if where else "") + f": {message}")
            continue
        if query.id in seen:
            problems.append(f"{path} line {number}: _id '{query.id}' is already used on line {seen[query.id]}")
            continue
        seen[query.id] = number
        queries.append(query)
    if not queries and not problems:
        problems.append(f"{path}: no queries")
    if problems:
        raise DatasetError(problems)
    return queries


def _query(record: Any, number: int, modes: dict[str, Any]) -> EvalQuery:
    if not isinstance(record, dict):
        raise ValueError("", "each line must be one JSON object")
    unknown = sorted(set(record) - set(QUERY_KEYS))
    if unknown:
        raise ValueError(unknown[0], f"unknown key (known: {', '.join(QUERY_KEYS)})")
    query_id, text = record.get("_id"), record.get("text")
    if not isinstance(query_id, str) or not _ID.match(query_id):
        raise ValueError("_id", "must be a string of letters, digits and . _ : / - (no spaces or '#')")
    mode = record.get("mode", "brief")
    profile_id, relation = record.get("profile_id"), record.get("relation")
    if (profile_id is not None or relation is not None) and mode != "collaborator":
        raise ValueError("profile_id" if profile_id is not None else "relation", "only collaborator queries name one")
    if profile_id is not None and (not isinstance(profile_id, str) or not profile_id.strip()):
        raise ValueError("profile_id", "must be a profile id")
    if relation is not None and relation not in RELATIONS:
        raise ValueError("relation", f"must be one of {', '.join(RELATIONS)}")
    if relation is not None and profile_id is None:
        raise ValueError("relation", "a relation needs the member's profile_id")
    if relation is not None and text is None:
        text = f"{relation} partners of {profile_id}"  # what is ranked is the member, not words
    if not isinstance(text, str) or not text.strip():
        raise ValueError("text", "must be a non-empty string")
    if mode not in modes:
        raise ValueError("mode", f"unknown mode {mode!r} (known: {', '.join(modes)})")
    if "filters" in record and not modes[mode].accepts_filters:
        raise ValueError("filters", f"{mode} queries take no filters (a brief's come from its text)")
    needs = record.get("needs", [])
    if not isinstance(needs, list) or not all(isinstance(n, str) and n.strip() for n in needs):
        raise ValueError("needs", "must be a list of strings")
    if needs and mode not in ("brief", "collaborator"):
        raise ValueError("needs", "only brief and consortium queries have expected needs")
    metadata = record.get("metadata", {})
    family = metadata.get("family") if isinstance(metadata, dict) else None
    family = family if isinstance(family, str) and family.strip() else None
    read_filters = getattr(modes[mode], "read_filters", None)
    if read_filters is not None:
        return EvalQuery(id=query_id, text=text, mode=mode, line=number, today=_date(record.get("today")),
                         criteria=read_filters(record["filters"]) if "filters" in record else None, family=family)
    return EvalQuery(id=query_id, text=text, mode=mode, line=number, needs=tuple(needs),
                     profile_id=profile_id, relation=relation, family=family,
                     filters=filters_from_json(record["filters"]) if "filters" in record else Filters(),
                     today=_date(record.get("today")))


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError("today", f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def read_qrels(path: Path | str, queries: list[EvalQuery] | None = None) -> list[Judgement]:
    """Judgements in file order; with ``queries``, every query id must name one of them
    (or ``<brief-id>#<n>`` for a brief)."""
    known = {q.id: q for q in queries} if queries is not None else None
    problems: list[str] = []
    judgements: list[Judgement] = []
    seen: dict[tuple[str, str], int] = {}
    lines = list(_lines(path))
    if not lines or tuple(c.strip() for c in lines[0][1].split("\t")) != QRELS_HEADER:
        raise DatasetError([f"{path} line 1: the first line must be the header "
                            "'query-id<TAB>corpus-id<TAB>score'"])
    for number, line in lines[1:]:
        try:
            judgement = _judgement(line, number, known)
        except ValueError as error:
            problems.append(f"{path} line {number}: {error}")
            continue
        key = (judgement.query_id, judgement.corpus_id)
        if key in seen:
            problems.append(f"{path} line {number}: {key[0]} / {key[1]} is already judged on line {seen[key]}")
            continue
        seen[key] = number
        judgements.append(judgement)
    if problems:
        raise DatasetError(problems)
    return judgements


def _judgement(line: str, number: int, known: dict[str, EvalQuery] | None) -> Judgement:
    cells = line.split("\t")
    if len(cells) != 3:
        raise ValueError(f"expected 3 tab-separated cells (query-id, corpus-id, score), found {len(cells)}")
    query_id, corpus_id, score = (c.strip() for c in cells)
    if not query_id or not corpus_id:
        raise ValueError("query-id and corpus-id must not be empty")
    if not re.fullmatch(r"[0-9]+", score):
        raise ValueError(f"score {score!r} is not a whole number >= 0 (grades are 0-3)")
    if known is not None:
        need = split_need_id(query_id)
        if need is not None:
            brief = known.get(need[0])
            if brief is None or brief.mode not in ("brief", "collaborator"):
                raise ValueError(f"'{query_id}' names need {need[1]} of '{need[0]}', which is not a brief query")
            if brief.needs and need[1] > len(brief.needs):
                raise ValueError(f"'{query_id}': brief '{need[0]}' lists {len(brief.needs)} needs")
        elif query_id not in known:
            raise ValueError(f"query-id '{query_id}' is not in the queries file")
    return Judgement(query_id, corpus_id, int(score), number)


def _lines(path: Path | str):
    text = read_text_file(path)
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def write_queries(path: Path | str, records: list[dict[str, Any]]) -> None:
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def write_qrels(path: Path | str, judgements: list[tuple[str, str, int]]) -> None:
    rows = ["\t".join(QRELS_HEADER)] + [f"{q}\t{d}\t{s}" for q, d, s in judgements]
    Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")
