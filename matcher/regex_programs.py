"""Regular expressions compiled once per machine instead of once per process.

``re.compile`` parses a pattern and turns it into the program its C engine runs, in pure Python:
a cold ``matcher brief`` compiles ~230 patterns as its modules load (the brief reader's and the
gazetteer's, and its libraries': SQLAlchemy's SQLite dialect, rich, tokenize, logging, ...), ~35 ms
of CPU on an idle machine, every process; a search ~120 of them. A program is a list of integers
with the pattern's group names, and ``_sre.compile`` (all ``re.compile`` does with a program it
has made) turns one into the same ``re.Pattern`` in microseconds.

Two users, one format (``Program``, made by ``program`` and run by ``run``):

- the brief parser's rule tables keep their programs under a digest of their rules
  (``matcher.briefs.rules.compiled``);
- a command that answers once (``matcher search``, ``matcher brief``) fills ``re``'s own cache of
  compiled patterns, which ``re.compile`` and every ``re`` function look in first, with the
  patterns such commands compiled before (``warm``, as ``matcher.cli`` is imported) and, as it
  ends, keeps the programs of those it compiled afresh (``remember``; when there are at least
  ``MIN_FRESH``), in the user's cache (``matcher.data_cache``), at most ``KEPT`` of them, the newest.

The key is the Python version and the regular expression engine's version (``_sre.MAGIC``); a
pattern's entry is its text and flags, as ``re``'s cache keys it, so an edited pattern is simply
compiled afresh. The program format is CPython's own: anything that goes wrong making or running
a program (another implementation, a changed engine, ``re``'s cache no longer a dict keyed that
way) leaves ``re`` to compile as usual, so this can only save time, never change a match.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
from typing import Any

__all__ = ["KEPT", "MIN_FRESH", "Program", "program", "remember", "run", "warm"]

Program = tuple[Any, int, list[int], int, dict[str, int], tuple[str | None, ...]]
CacheKey = tuple[type, Any, int]  # what ``re``'s cache is keyed by: (str or bytes, pattern, flags)
KEPT = 400  # below ``re._MAXCACHE`` (512), so warming evicts nothing
# Fewer patterns compiled afresh than this are not written down: some are made anew by every process
# (tokenize's, built from a set, follows the process's hash seed) and would be written every time.
MIN_FRESH = 5
log = logging.getLogger("matcher.regex_programs")
_kept: dict[CacheKey, Program] = {}  # what ``warm`` read, for ``remember`` to extend


def program(pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    # Plain ints throughout (a ``re.RegexFlag`` does not pickle): the program is data.
    return (pattern, int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def run(engine: Any, made: Program) -> re.Pattern[Any] | None:
    """The compiled pattern of a program (``engine``: the ``_sre`` module), or None if it is refused."""
    try:
        return engine.compile(*made)  # type: ignore[no-any-return]
    except Exception:
        return None


def warm() -> int:
    """Put the patterns kept by ``remember`` in ``re``'s cache; returns how many."""
    try:
        import _sre

        cache = _re_cache()
        with _path(_sre.MAGIC).open("rb") as handle:
            kept: dict[CacheKey, Program] = pickle.load(handle)  # our own file, in the user's cache
    except FileNotFoundError:
        return 0
    except Exception as error:  # another implementation, or a damaged file: compile as usual
        log.debug("no compiled regular expressions (%s)", error)
        return 0
    warmed = 0
    for key, made in kept.items():
        if key[1] != made[0]:
            continue
        _kept[key] = made
        if key not in cache and (pattern := run(_sre, made)) is not None:
            cache[key] = pattern
            warmed += 1
    return warmed


def remember() -> int:
    """Keep the programs of the patterns this process compiled that ``warm`` did not bring; returns how many."""
    try:
        import _sre

        fresh = [key for key in list(_re_cache()) if key not in _kept and key[0] in (str, bytes)]
        if len(fresh) < MIN_FRESH:
            return 0
        made = {key: program(key[1], key[2]) for key in fresh}
        kept = dict(list({**_kept, **made}.items())[-KEPT:])
        path = _path(_sre.MAGIC)
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        scratch.write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(scratch, path)
    except Exception as error:  # a folder that cannot be written: the next process compiles again
        log.debug("could not keep compiled regular expressions (%s)", error)
        return 0
    _kept.update(made)
    return len(made)


def _re_cache() -> dict[CacheKey, re.Pattern[Any]]:
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or getattr(re, "_MAXCACHE", 0) <= KEPT:
        raise LookupError("re keeps no cache this module knows")
    return cache


def _path(magic: int) -> Any:
    from matcher.data_cache import cache_dir

    key = hashlib.sha256(f"{sys.version}\n{magic}".encode()).hexdigest()[:20]
    return cache_dir() / f"regex-programs-{key}.pickle"
