"""The files that gave the API a 500 give the command line one line on stderr and exit code 2
(no stack trace), and the command line refuses what the API refuses (an empty file too)."""

from __future__ import annotations

import json

import pytest

from tests.run_matcher import run_matcher

BAD_FILES = [
    ("nul.jsonl", json.dumps({"id": "fl-1", "kind": "freelancer", "name": "Ann\u0000 Lee"}), "NUL character"),
    ("nul.csv", "id,kind,name\nfl-1,freelancer,Ann\x00 Lee\n", "NUL character"),
    ("infinity.jsonl", '{"id": "fl-1", "kind": "freelancer", "name": "Ann Lee", "travel_radius_km": Infinity}',
     "finite number"),
    ("deep.jsonl", "[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ("both-rates.csv", "id,kind,name,day_rate_gbp,day_rate_gbp.min\nfl-1,freelancer,Ann Lee,300,250\n",
     "both give day_rate_gbp"),
    ("long-cell.csv", "id,kind,name,summary\nfl-1,freelancer,Ann Lee," + "a" * 140_000 + "\n",
     "longer than the 131,072 characters"),
    ("long-summary.jsonl", json.dumps({"id": "fl-1", "kind": "freelancer", "name": "A", "summary": "a" * 10_001}),
     "at most 10000 characters"),
    ("empty.jsonl", "", "the import is empty"),
    ("empty.csv", "", "the import is empty"),
]


def run(home, *args):
    return run_matcher(home, *args, env={"MATCHER_ENCODER_BACKEND": "onnx"})


@pytest.mark.parametrize(("name", "content", "words"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_a_bad_file_is_one_line_and_exit_2(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run(tmp_path / "home", "import", str(path))
    assert result.returncode == 2, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], lines[-5:]
