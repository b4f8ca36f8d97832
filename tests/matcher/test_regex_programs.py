"""A command's regular expressions kept between processes are the patterns ``re.compile`` makes:
a second process finds them ready (equal pattern, flags and program), a damaged file only costs
the compile, and a process that compiled only a few afresh writes nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from matcher.regex_programs import MIN_FRESH

# (pattern, flags): named groups, flags that change the program, a bytes pattern, a verbose one.
PATTERNS = [(r"\b(?P<count>\d+)\s+(?P<crew>sparks?|gaffers?)\b", 0),
            (r"^grip(?:s| department)?$", int(re.IGNORECASE | re.MULTILINE)),
            (r"(?x) \b dolly \s+ (?:grip|track)s? \b", 0),
            (r"[£$]\s?(\d{2,4})\s*(?:/|per)\s*day", int(re.ASCII)),
            (r"\bkiln\b.*?\byard\b", int(re.DOTALL))]
BYTES = rb"\x00(?P<tag>[A-Z]{4})"

_PROCESS = """
import json, re, sys
from re import _compiler
from matcher import regex_programs
warmed = regex_programs.warm()
patterns = [(p, f) for p, f in json.loads(sys.argv[1])]
made = [re.compile(p, f) for p, f in patterns] + [re.compile({bytes!r})]
same = all(m == _compiler.compile(p, f) for m, (p, f) in zip(made, patterns))
kept = regex_programs.remember()
texts = ["2 sparks and 1 gaffer", "Grips", "a dolly track", "£350 per day", "Kiln Yard"]
print(json.dumps({{"warmed": warmed, "kept": kept, "same": same,
                  "found": [[bool(m.search(t)) for t in texts] for m in made[:-1]]}}))
"""


def run(cache, patterns) -> dict:
    env = {**os.environ, "MATCHER_DATA_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", _PROCESS.format(bytes=BYTES), json.dumps(patterns)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


def test_a_second_process_finds_the_first_ones_patterns_ready_and_equal(cache) -> None:
    first = run(cache, PATTERNS)
    assert first["warmed"] == 0 and first["kept"] >= len(PATTERNS) + 1 and first["same"]
    assert list(cache.glob("regex-programs-*.pickle"))
    second = run(cache, PATTERNS)
    assert second["warmed"] >= len(PATTERNS) + 1 and second["same"]
    assert second["found"] == first["found"] and any(map(any, first["found"]))


def test_a_damaged_file_only_costs_the_compile(cache) -> None:
    run(cache, PATTERNS)
    [kept] = cache.glob("regex-programs-*.pickle")
    kept.write_bytes(b"\x80\x05truncated")
    again = run(cache, PATTERNS)
    assert again["warmed"] == 0 and again["same"] and again["kept"] >= len(PATTERNS)


def test_a_process_that_compiled_only_a_few_afresh_writes_nothing(cache) -> None:
    run(cache, PATTERNS)
    [kept] = cache.glob("regex-programs-*.pickle")
    before = kept.read_bytes()
    few = [(rf"\bunit base {n}\b", 0) for n in range(MIN_FRESH - 1)]  # the only ones compiled afresh
    assert run(cache, PATTERNS + few)["kept"] == 0
    assert kept.read_bytes() == before
