"""Structures built from the shipped data files, kept pickled in the user's cache between processes.

The taxonomy's trie and the gazetteer's tables are built from JSON and CSV by Python code on
every start: ~60 ms and ~40-65 ms of CPU, most of a cold ``matcher search`` beyond the encoder
and the index. ``cached_build(name, sources, build)`` keeps what ``build()`` returns in
``<user cache>/smic-matcher/data/<name>-<key>.pickle`` and loads that instead (a few ms);
``cached_keyed(name, key, build)`` does the same under a key its caller digests (the brief
parser's compiled rules, ``matcher.briefs.rules.compiled``).

The key is a digest of the content of every source: the data files *and* the Python files
whose code builds the structure or defines its classes, plus the Python version, so editing
a data file or the building code builds afresh (never a stale structure); an old entry is
simply never read again. Pickles are written atomically (a scratch file, then ``os.replace``),
so concurrent processes each write a whole one and either wins. A cache folder that cannot be
written, or an entry that cannot be read, only costs the build: the answer is the same.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import platformdirs

__all__ = ["cache_dir", "cached_build", "cached_keyed", "source_key"]

T = TypeVar("T")
log = logging.getLogger("matcher.data_cache")


def cache_dir() -> Path:
    """``MATCHER_DATA_CACHE`` if set (tests, read-only homes), else the user's cache folder."""
    override = os.environ.get("MATCHER_DATA_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir("smic-matcher", appauthor=False)) / "data"


def source_key(sources: Iterable[Path]) -> str:
    """A digest of the sources' names and content and of the Python version."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    for path in sources:
        digest.update(f"\n{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def cached_build(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or what it returned last time for sources of the same content."""
    return cached_keyed(name, source_key(sources), build)


def cached_keyed(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``, or what it returned last time under ``key``: a digest the caller made of
    everything the result depends on (as ``source_key`` digests files)."""
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            built: T = pickle.load(handle)  # our own file, in the user's cache, keyed by content
            return built
    except FileNotFoundError:
        pass
    except Exception as error:  # a truncated or foreign file: build, and write a good one over it
        log.warning("could not read the cached %s (%s); building it again", name, error)
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        scratch.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(scratch, path)
    except OSError as error:
        log.debug("could not cache %s (%s)", name, error)
    return built
