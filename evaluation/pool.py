"""Pooling for judges: the union of several systems' top results per query, blind and shuffled.

    python -m evaluation.pool --queries Q.jsonl [--corpus C.jsonl] [--depth 20] --out pool.jsonl
    python -m evaluation.pool --to-qrels judged.jsonl --out qrels.tsv

The first writes one JSON line per (query, profile) to grade, in a shuffled order that does
not reveal which system (BM25, dense, hybrid, full by default; all through the same runner as
the evaluation) found it, each with a readable card (``evaluation.cards``), plus a Markdown
file beside it for reading. A search line has ``"grade": null``; a brief line has
``"grades": {"1": null, …}``, one per expected need (the query's ``needs``, else the needs
the parser found, listed under ``"needs"``). Judges fill in 0-3 (0 wrong, 1 related,
2 right, 3 exactly right) and the second form turns the judged file into qrels
(``<brief-id>#<n>`` for needs). Lines left null are not judgements and are skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

from evaluation.ablations import VARIANTS
from evaluation.cards import context_for, render_cards
from evaluation.datasets import DatasetError, read_queries, write_qrels
from evaluation.runner import Prepared, Workspace, load_corpus, prepare_queries, run_queries
from matcher.demo import DEMO_PATH
from matcher.errors import InvalidInput, MatcherError
from models.brief import Brief

__all__ = ["DEFAULT_SYSTEMS", "build_pool", "main", "pool_to_qrels", "write_markdown"]

DEFAULT_SYSTEMS = ("bm25", "dense", "hybrid", "full")
_GRADES = range(0, 4)


def build_pool(workspace: Workspace, prepared: list[Prepared], depth: int = 20,
               systems: tuple[str, ...] = DEFAULT_SYSTEMS, seed: int = 20261201) -> list[dict]:
    variants = {v.name: v for v in VARIANTS}
    unknown = [s for s in systems if s not in variants or variants[s].config is None]
    if unknown:
        raise InvalidInput(f"unknown pooling system '{unknown[0]}' "
                           "(use: bm25, dense, hybrid, hybrid+taxonomy, full, full-rrf)")
    runs = [run_queries(workspace.system(s, variants[s].config), prepared, depth) for s in systems]
    index = workspace.engine().index
    records = []
    for item in prepared:
        found = list(dict.fromkeys(doc for run in runs for doc in run.rankings.get(item.query.id, [])))
        random.Random(f"{seed}:{item.query.id}").shuffle(found)
        cards = render_cards(index, found, context_for(item.payload))
        needs = _needs(item)
        for position, doc in enumerate(found, start=1):
            record = {"query-id": item.query.id, "mode": item.query.mode, "query": item.query.text,
                      "position": position, "of": len(found), "corpus-id": doc, "card": cards[doc]}
            if needs:
                record["needs"] = needs
                record["grades"] = dict.fromkeys(needs, None)
            else:
                record["grade"] = None
            records.append(record)
    return records


def _needs(item: Prepared) -> dict[str, str]:
    if item.query.needs:
        return {str(n): label for n, label in enumerate(item.query.needs, start=1)}
    if isinstance(item.payload, Brief):
        return {str(n): need.label for n, need in enumerate(item.payload.needs, start=1)}
    return {}


def write_markdown(records: list[dict], path: Path) -> None:
    out, current = ["# Pool to judge", "", "Grades: 0 wrong · 1 related · 2 right · 3 exactly right.", ""], None
    for r in records:
        if r["query-id"] != current:
            current = r["query-id"]
            out += [f"## {current} ({r['mode']})", "", f"> {r['query']}", ""]
            if r.get("needs"):
                out += ["Expected needs: " + "; ".join(f"{n}. {label}" for n, label in r["needs"].items()), ""]
        out += [f"### {current} · {r['position']}/{r['of']} · `{r['corpus-id']}`", "", "```", r["card"], "```", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def pool_to_qrels(path: Path) -> list[tuple[str, str, int]]:
    """Judged pool lines -> (query-id, corpus-id, grade), needs as <brief-id>#<n>."""
    rows, problems = [], []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows += _judged_rows(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            problems.append(f"{path} line {number}: {error}")
    if problems:
        raise DatasetError(problems)
    return rows


def _judged_rows(record: dict) -> list[tuple[str, str, int]]:
    query_id, doc = record["query-id"], record["corpus-id"]
    graded = [(f"{query_id}#{n}", g) for n, g in record.get("grades", {}).items()]
    if "grade" in record:
        graded.append((query_id, record["grade"]))
    rows = []
    for qid, grade in graded:
        if grade is None:
            continue
        if not isinstance(grade, int) or isinstance(grade, bool) or grade not in _GRADES:
            raise ValueError(f"grade {grade!r} for {qid} is not 0, 1, 2 or 3")
        rows.append((qid, doc, grade))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.pool", description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=Path, help="queries.jsonl to pool for")
    parser.add_argument("--corpus", type=Path, default=DEMO_PATH, help="profiles (default: the demo)")
    parser.add_argument("--depth", type=int, default=20, help="top results taken from each system")
    parser.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS), help="comma-separated variants")
    parser.add_argument("--today", type=dt.date.fromisoformat, help="YYYY-MM-DD for relative dates")
    parser.add_argument("--to-qrels", type=Path, metavar="JUDGED", help="convert a judged pool to qrels.tsv")
    parser.add_argument("--out", type=Path, required=True, help="pool.jsonl (or qrels.tsv with --to-qrels)")
    args = parser.parse_args(argv)
    try:
        if args.to_qrels:
            rows = pool_to_qrels(args.to_qrels)
            write_qrels(args.out, rows)
            print(f"{len(rows)} judgements written to {args.out}")
            return 0
        if not args.queries:
            parser.error("--queries is required (or --to-qrels)")
        queries = read_queries(args.queries)
        with Workspace(load_corpus(args.corpus)) as workspace:
            prepared = prepare_queries(queries, args.today)
            records = build_pool(workspace, prepared, args.depth, tuple(args.systems.split(",")))
    except MatcherError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    write_markdown(records, args.out.with_suffix(".md"))
    print(f"{len(records)} profiles to judge for {len(queries)} queries: {args.out} "
          f"(readable: {args.out.with_suffix('.md')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
