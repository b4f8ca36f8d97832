"""No held-out query has leaked into the code: a test fails when any six-word span of a held-out
query's text appears in ``matcher/``, ``models/``, ``service/`` or ``tests/``.

A held-out set is written and judged before any code looks at it and is never read while
developing (``evaluation/README.md``). Reading it here is not developing against it: this test
only compares word spans, and says which file holds which span so the copy can be removed.

Words are compared lower-cased, as runs of letters and digits, so punctuation and line breaks
do not hide a copy. In JSON data each string is read on its own: six words running across two
neighbouring strings (the end of one alias and the start of the next) are no copy of anything.

Left out of the scan: the demo's own data and its generator (held-out
searches may describe what a demo profile says in the same plain words, which is what they are
judged against), and the reference data the real-language set was drawn from, shipped for the
tests under ``tests/data/reference`` (the queries quote official occupation texts by design).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPAN = 6
SCANNED = ("matcher", "models", "service", "tests")
NOT_SCANNED = ("matcher/data/demo", "matcher/demo", "tests/data/reference")
TEXT_SUFFIXES = {".py", ".json", ".jsonl", ".md", ".txt", ".tsv", ".csv", ".html", ".js", ".css", ".toml", ".yaml"}
_WORD = re.compile(r"[a-z0-9]+")


def _spans(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + SPAN]) for i in range(len(words) - SPAN + 1)}


def _held_out_texts() -> dict[str, str]:
    """query id -> text, for every held-out query file of every judged set."""
    texts = {}
    for path in sorted((ROOT / "evaluation" / "data").glob("*/heldout/*.jsonl")):
        if not (path.name == "queries.jsonl" or path.name.startswith("briefs")):
            continue  # a held-out part may come in several authors' files (briefs-c.jsonl, briefs-d.jsonl)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get("text"), str):
                    texts[f"{path.parent.parent.name}/{record['_id']}"] = record["text"]
    return texts


def _file_spans(path: Path) -> set[tuple[str, ...]]:
    """The spans of a scanned file: of its text, or of each string of a JSON file on its own."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix not in (".json", ".jsonl"):
        return _spans(text)
    try:
        records = [json.loads(line) for line in text.splitlines() if line.strip()] if path.suffix == ".jsonl" \
            else [json.loads(text)]
    except json.JSONDecodeError:
        return _spans(text)
    spans: set[tuple[str, ...]] = set()
    pending: list[object] = list(records)
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            spans |= _spans(item)
        elif isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            pending += item
    return spans


def _scanned_files() -> list[Path]:
    skipped = [ROOT / folder for folder in NOT_SCANNED]
    return [path for folder in SCANNED for path in sorted((ROOT / folder).rglob("*"))
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts
            and not any(path.is_relative_to(skip) for skip in skipped)]


def test_the_held_out_sets_are_there_to_check():
    texts = _held_out_texts()
    sets = {query_id.split("/")[0] for query_id in texts}
    assert {"briefs", "demo", "reallang", "investors"} <= sets, sets
    assert len(texts) > 300


def test_the_span_check_finds_a_copy():
    """The check itself: a sentence with one query's six words in it is caught, whatever the case
    and punctuation; five of them are not."""
    words = _WORD.findall("Hiya! We need a gaffer, two sparks and a genny op.".lower())
    copied = "WE need A gaffer -- two\nsparks, please"
    assert _spans(" ".join(words)) & _spans(copied)
    assert not _spans(" ".join(words)) & _spans("we need a gaffer two")


def test_json_strings_are_read_one_by_one(tmp_path):
    """Six words copied into one JSON string are caught; the same words split over two strings are not."""
    copied, split = tmp_path / "copied.json", tmp_path / "split.json"
    copied.write_text(json.dumps({"aliases": ["we need a gaffer two sparks"]}))
    split.write_text(json.dumps({"aliases": ["we need a", "gaffer two sparks"]}))
    wanted = _spans("we need a gaffer two sparks")
    assert _file_spans(copied) & wanted
    assert not _file_spans(split) & wanted


@pytest.mark.slow
def test_no_six_word_span_of_a_held_out_query_is_in_the_code():
    owner: dict[tuple[str, ...], str] = {}
    for query_id, text in _held_out_texts().items():
        for span in _spans(text):
            owner.setdefault(span, query_id)
    leaks = []
    for path in _scanned_files():
        for span in _file_spans(path) & owner.keys():
            leaks.append(f"{path.relative_to(ROOT)}: '{' '.join(span)}' (held-out {owner[span]})")
    assert not leaks, "\n".join(sorted(leaks)[:40])
