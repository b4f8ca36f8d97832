"""The rule tables' regular expressions, compiled once per machine instead of once per process.

``re.compile`` parses a pattern and turns it into the program its C engine runs in pure Python:
~0.45 ms a rule, ~65 ms of CPU for the ~150 rules a cold ``matcher brief`` reads, as much as the
rest of parsing the brief. The program is a list of integers with the pattern's group names,
so ``compiled_patterns`` keeps every program of a table in the user's cache
(``matcher.data_cache.cached_keyed``) and a later process hands them to the engine directly
(``_sre.compile``, which is all ``re.compile`` does with a program it has made): the same
``re.Pattern`` for a few ms. Programs are made and run by ``matcher.regex_programs``, which
also keeps the other patterns a cold command compiles.

The key is a digest of every rule's name, pattern and flags, the Python version and the regular
expression engine's version (``_sre.MAGIC``), so an edited rule or another Python compiles
afresh. The program format is CPython's own: anything that goes wrong making or running a
program from the cache (another implementation, a changed engine) falls back to ``re.compile``,
so the cache can only save time, never change a match.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Sequence
from typing import Protocol

from matcher.data_cache import cached_keyed
from matcher.regex_programs import Program, program, run

__all__ = ["compiled_patterns"]


class _Compilable(Protocol):  # a ``Rule``
    @property
    def name(self) -> str: ...
    @property
    def pattern(self) -> str: ...
    @property
    def flags(self) -> int: ...


def compiled_patterns(concept: str, rules: Sequence[_Compilable]) -> dict[str, re.Pattern[str]]:
    """Every rule's compiled pattern, by rule name (programs from the cache when it has them)."""
    try:
        import _sre

        magic = _sre.MAGIC
        programs = cached_keyed(f"rules-{concept}", _key(rules, magic), lambda: _programs(rules))
    except Exception:  # not CPython's engine, or its compiler's internals moved: compile as usual
        return {rule.name: re.compile(rule.pattern, rule.flags) for rule in rules}
    patterns: dict[str, re.Pattern[str]] = {}
    for rule in rules:
        made = run(_sre, kept) if (kept := programs.get(rule.name)) and kept[0] == rule.pattern else None
        patterns[rule.name] = made or re.compile(rule.pattern, rule.flags)
    return patterns


def _key(rules: Sequence[_Compilable], magic: int) -> str:
    digest = hashlib.sha256(f"{sys.version}\n{magic}".encode())
    for rule in rules:
        digest.update(f"\n{rule.name}\n{rule.flags}\n{rule.pattern}".encode())
    return digest.hexdigest()[:20]


def _programs(rules: Sequence[_Compilable]) -> dict[str, Program]:
    return {rule.name: program(rule.pattern, rule.flags) for rule in rules}
