"""Run judged queries through the product: a fresh store and index in a temporary folder,
every query in its mode through the same ``Engine`` calls the API makes, TREC runs out.

The corpus (the profile import format) is imported once into a fresh SQLite store; each
configuration then gets its own ``Engine`` over that store, whose index is built once.
Encodings are shared through the encoder's in-process cache, so an ablation re-encodes only
texts a configuration changes.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.datasets import EvalQuery
from evaluation.modes import MODES
from evaluation.systems import EngineSystem, System
from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.encoders import Encoder, create_encoder
from matcher.engine import Engine
from matcher.errors import ImportRejected, InvalidInput, MatcherError
from matcher.importers import ParsedFile, read_profiles
from matcher.settings import MatcherSettings
from models.profile import Profile

__all__ = ["DEPTH", "Prepared", "RunResult", "Workspace", "load_corpus", "prepare_queries",
           "read_trec", "run_queries", "write_trec"]

DEPTH = 100


@dataclass
class RunResult:
    system: str
    rankings: dict[str, list[str]]
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Prepared:
    query: EvalQuery
    payload: Any          # what the mode ranks: a parsed Brief, a Query, …
    problem: str | None = None


def load_corpus(path: Path | str) -> list[Profile]:
    parsed = read_profiles(Path(path))
    if parsed.errors:
        raise ImportRejected(parsed.errors, parsed.total)
    if not parsed.profiles:
        raise InvalidInput(f"{path}: the corpus holds no profiles")
    return parsed.profiles


class Workspace:
    """A temporary home holding the imported corpus; ``system(name, config)`` opens an
    engine (and builds its index) once per configuration."""

    def __init__(self, profiles: list[Profile], encoder: Encoder | None = None,
                 folder: Path | None = None) -> None:
        self.profiles = profiles
        self.encoder = encoder or create_encoder(DEFAULT_CONFIG.encoder, "onnx")
        self._folder = folder
        self._temp: tempfile.TemporaryDirectory | None = None
        self._engines: dict[MatcherConfig, Engine] = {}

    def __enter__(self) -> Workspace:
        if self._folder is None:
            self._temp = tempfile.TemporaryDirectory(prefix="matcher-eval-")
            self._folder = Path(self._temp.name)
        home = Path(self._folder)
        self.settings = MatcherSettings(home=home, database_url=f"sqlite:///{home / 'evaluation.db'}")
        first = Engine(self.settings, DEFAULT_CONFIG, encoder=self.encoder)
        first.import_parsed(ParsedFile(profiles=list(self.profiles), total=len(self.profiles)))
        self._engines[DEFAULT_CONFIG] = first
        return self

    def __exit__(self, *exc: object) -> None:
        for engine in self._engines.values():
            engine.store.engine.dispose()  # close SQLite before the folder goes
        self._engines.clear()
        if self._temp is not None:
            self._temp.cleanup()

    def engine(self, config: MatcherConfig = DEFAULT_CONFIG) -> Engine:
        if config not in self._engines:  # builds its index from the store, once
            self._engines[config] = Engine(self.settings, config, encoder=self.encoder)
        return self._engines[config]

    def system(self, name: str, config: MatcherConfig = DEFAULT_CONFIG) -> EngineSystem:
        return EngineSystem(name, self.engine(config))


def prepare_queries(queries: list[EvalQuery], today: dt.date | None = None) -> list[Prepared]:
    """Each query made ready once for every system (a brief is parsed once, not per system)."""
    today = today or dt.date.today()
    prepared = []
    for query in queries:
        try:
            prepared.append(Prepared(query, MODES[query.mode].prepare(query, today)))
        except MatcherError as error:
            prepared.append(Prepared(query, None, f"query {query.id}: {error}"))
    return prepared


def run_queries(system: System, prepared: list[Prepared], depth: int = DEPTH) -> RunResult:
    """Every query in its mode; a query the product refuses gets an empty ranking and a warning."""
    result = RunResult(system=system.name, rankings={})
    started = time.perf_counter()
    for item in prepared:
        if item.problem:
            result.warnings.append(item.problem)
            result.rankings[item.query.id] = []
            continue
        try:
            ranking = MODES[item.query.mode].rank(system, item.payload, depth)
        except MatcherError as error:
            result.warnings.append(f"query {item.query.id}: {error}")
            ranking = []
        result.rankings[item.query.id] = list(dict.fromkeys(ranking))[:depth]
    result.seconds = time.perf_counter() - started
    return result


def write_trec(path: Path | str, rankings: dict[str, list[str]], tag: str) -> None:
    """TREC run lines ``qid Q0 docid rank score tag``. Scores are rank-derived (depth + 1 -
    rank) so every evaluator reproduces the product's order: a flattened crew sheet has an
    order but no single score, and equal scores would be re-ordered by trec_eval."""
    lines = []
    for query_id, ids in rankings.items():
        lines += [f"{query_id} Q0 {doc} {rank} {len(ids) + 1 - rank} {tag}"
                  for rank, doc in enumerate(ids, start=1)]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def read_trec(path: Path | str) -> dict[str, list[str]]:
    """Rankings from a TREC run, ordered by score (then rank) as trec_eval orders them."""
    rows: dict[str, list[tuple[float, int, str]]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        cells = line.split()
        if len(cells) != 6:
            raise InvalidInput(f"{path} line {number}: expected 'qid Q0 docid rank score tag'")
        try:
            rows.setdefault(cells[0], []).append((-float(cells[4]), int(cells[3]), cells[2]))
        except ValueError:
            raise InvalidInput(f"{path} line {number}: rank and score must be numbers") from None
    return {q: [doc for *_, doc in sorted(r)] for q, r in rows.items()}
