"""Lexical search: bm25s over the profiles, with a delta segment so one change needs no rebuild.

The base segment is a bm25s index over the corpus as it was at the last build. A profile
added or changed since then is scored in a small delta segment with the base's corpus
statistics (IDF, average length), and its old base row is masked out; a removed profile is
masked. This is how Lucene segments behave: statistics drift a little until the next
compaction, which ``needs_compaction`` asks for once the delta passes a share of the base.

Searching needs only numpy: the base segment's BM25 weights are term-major CSC arrays, the
delta segment's are kept the same way, and both are saved with the index and memory-mapped
when it loads. bm25s (which imports numba, half a second) is imported by what writes: a
build, a compaction, scoring a changed delta; its stopword list is read from its own module.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import Stemmer

__all__ = ["LexicalIndex", "analyse"]


def _bm25s_part(name: str) -> ModuleType:
    """A module of bm25s that needs nothing else of the package (``stopwords``),
    read from its file without running the package's ``__init__`` (numba, scipy)."""
    if f"bm25s.{name}" in sys.modules:
        return sys.modules[f"bm25s.{name}"]
    package = importlib.util.find_spec("bm25s")
    assert package is not None and package.submodule_search_locations, "bm25s is a dependency"
    path = Path(next(iter(package.submodule_search_locations))) / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_matcher_bm25s_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_STEMMER = Stemmer.Stemmer("english")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s.tokenize's default token_pattern
_STOPWORDS = frozenset(_bm25s_part("stopwords").STOPWORDS_EN)
_COMPACT_SHARE = 0.2
# The base segment's files, named as bm25s names them (indexes saved by bm25s read as they are).
_POSTINGS_FILES = {"data": "data.csc.index.npy", "indices": "indices.csc.index.npy",
                   "indptr": "indptr.csc.index.npy"}
_PARAMS_FILE = "params.index.json"


def analyse(texts: Sequence[str]) -> list[list[str]]:
    """Lower-case, drop English stopwords, stem: 'sparks' and 'spark' are one term.

    bm25s's own token pattern, stopword list and Snowball stemmer, applied directly:
    ``bm25s.tokenize`` costs ~0.7 ms a call in set-up alone, and explanations call this for
    every field of every match."""
    out = []
    for text in texts:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in _STOPWORDS]
        out.append(_STEMMER.stemWords(words))
    return out


class LexicalIndex:
    def __init__(self, k1: float = 1.2, b: float = 0.75, method: str = "lucene") -> None:
        self.params = {"k1": k1, "b": b, "method": method}
        self.vocab: dict[str, int] = {}
        self._tokens: list[np.ndarray | None] = []  # position -> term ids
        # The base segment's BM25 weights, term-major: data, indices (base rows), indptr, num_docs.
        self._postings: dict[str, Any] | None = None
        self._base_positions = np.zeros(0, dtype=np.int64)  # base row -> position
        self._base_live = np.zeros(0, dtype=bool)
        self._idf = np.zeros(0, dtype=np.float32)
        self._avgdl = 1.0
        self._n_docs = 0
        self._delta: set[int] = set()
        self._delta_postings: dict[str, Any] | None = None  # the delta's weights, laid out as the base's

    # -- writing ---------------------------------------------------------------------
    def build(self, tokens: Sequence[list[str] | None]) -> None:
        """Full build over positions 0..len(tokens)-1; None marks an empty position."""
        self._tokens = [None if t is None else self._ids(t) for t in tokens]
        self._rebuild()

    def upsert(self, position: int, tokens: list[str]) -> None:
        while len(self._tokens) <= position:
            self._tokens.append(None)
        self._mask_base_row(position)
        self._tokens[position] = self._ids(tokens)
        self._delta.add(position)
        self._delta_postings = None

    def remove(self, position: int) -> None:
        if position < len(self._tokens):
            self._tokens[position] = None
        self._mask_base_row(position)
        self._delta.discard(position)
        self._delta_postings = None

    @property
    def needs_compaction(self) -> bool:
        stale = len(self._delta) + int((~self._base_live).sum())
        return stale > max(50, _COMPACT_SHARE * max(self._n_docs, 1))

    def compact(self) -> None:
        self._rebuild()

    def prune_vocabulary(self) -> None:
        """Forget every term no live document holds, and rebuild: after an erasure the vocabulary
        (saved with the index) keeps no word that only the erased profile used."""
        live_ids = np.unique(np.concatenate([t for t in self._tokens if t is not None] or [np.zeros(0, np.int32)]))
        by_id = {term_id: term for term, term_id in self.vocab.items()}
        remap = np.full(max(len(self.vocab), 1), -1, dtype=np.int32)
        remap[live_ids] = np.arange(len(live_ids), dtype=np.int32)
        self.vocab = {by_id[int(old)]: new for new, old in enumerate(live_ids.tolist())}
        self._tokens = [None if t is None else remap[t] for t in self._tokens]
        self._rebuild()

    # -- reading ---------------------------------------------------------------------
    def scores(self, query_terms: Sequence[str], capacity: int) -> np.ndarray:
        """BM25 score of every position for the analysed query terms (0 where absent)."""
        out = np.zeros(capacity, dtype=np.float32)
        ids = sorted({self.vocab[t] for t in query_terms if t in self.vocab})
        if not ids:
            return out
        if self._postings is not None and self._n_docs:
            base_ids = [i for i in ids if i < len(self._idf)]
            if base_ids:
                scores = self._base_scores(base_ids)
                if self._base_in_order:  # after a build, base row i is position i: no scatter
                    out[: len(scores)] = scores
                else:
                    out[self._base_positions] = scores
        if self._delta:
            out += self._delta_scores(ids, capacity)
        return out

    def __len__(self) -> int:
        return sum(t is not None for t in self._tokens)

    @property
    def _base_in_order(self) -> bool:
        n = len(self._base_positions)
        return n == 0 or (self._base_positions[0] == 0 and self._base_positions[-1] == n - 1)

    def _base_scores(self, term_ids: list[int]) -> np.ndarray:
        """Sum the base segment's precomputed BM25 postings of the query terms. The same sum as
        ``bm25s.BM25.get_scores``, with one ``bincount`` instead of an ``np.add.at`` per term,
        which is several times faster on long postings (a million profiles)."""
        assert self._postings is not None
        return (_sum_postings(self._postings, term_ids) * self._base_live).astype(np.float32)

    # -- persistence -----------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._postings is not None:
            _save_postings(folder / "bm25", self._postings, self.params)
        if self._delta:  # scored now, so a loaded index searches its delta without bm25s
            if self._delta_postings is None or self._delta_postings["num_docs"] < len(self._tokens):
                self._delta_postings = self._build_delta_postings(len(self._tokens))
            _save_postings(folder / "delta", self._delta_postings, self.params)
        lengths = np.array([-1 if t is None else len(t) for t in self._tokens], dtype=np.int64)
        flat = [t for t in self._tokens if t is not None]
        np.save(folder / "token_lengths.npy", lengths)
        np.save(folder / "token_ids.npy", np.concatenate(flat) if flat else np.zeros(0, np.int32))
        np.save(folder / "base_positions.npy", self._base_positions)
        np.save(folder / "base_live.npy", self._base_live)
        np.save(folder / "idf.npy", self._idf)
        state = {"params": self.params, "avgdl": self._avgdl, "n_docs": self._n_docs,
                 "delta": sorted(self._delta), "vocab": sorted(self.vocab, key=self.vocab.__getitem__)}
        (folder / "lexical.json").write_text(json.dumps(state))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        state = json.loads((folder / "lexical.json").read_text())
        index = cls(**state["params"])
        index.vocab = {term: i for i, term in enumerate(state["vocab"])}
        lengths = np.load(folder / "token_lengths.npy")
        flat = np.load(folder / "token_ids.npy")
        offsets = np.concatenate([[0], np.cumsum(np.maximum(lengths, 0))])
        index._tokens = [None if n < 0 else flat[offsets[i] : offsets[i + 1]]
                         for i, n in enumerate(lengths)]
        index._base_positions = np.load(folder / "base_positions.npy")
        index._base_live = np.load(folder / "base_live.npy")
        index._idf = np.load(folder / "idf.npy")
        index._avgdl, index._n_docs = state["avgdl"], state["n_docs"]
        index._delta = set(state["delta"])
        if (folder / "bm25").exists():
            index._postings = _load_postings(folder / "bm25")
        if index._delta and (folder / "delta").exists():
            index._delta_postings = _load_postings(folder / "delta")
        return index

    # -- internals -------------------------------------------------------------------
    def _ids(self, tokens: list[str]) -> np.ndarray:
        for token in tokens:
            if token not in self.vocab:
                self.vocab[token] = len(self.vocab)
        return np.array([self.vocab[t] for t in tokens], dtype=np.int32)

    def _rebuild(self) -> None:
        live = [i for i, t in enumerate(self._tokens) if t is not None]
        self._base_positions = np.array(live, dtype=np.int64)
        self._base_live = np.ones(len(live), dtype=np.float32).astype(bool)
        self._delta, self._delta_postings = set(), None
        self._n_docs = len(live)
        if not live:
            self._postings, self._idf = None, np.zeros(0, dtype=np.float32)
            return
        import bm25s

        corpus = [t.tolist() for t in self._tokens if t is not None]  # the live ones, in order
        self._avgdl = float(np.mean([max(len(doc), 1) for doc in corpus]))
        base = bm25s.BM25(**self.params)
        base.index((corpus, dict(self.vocab)), show_progress=False)
        self._postings = dict(base.scores)
        self._idf = self._idf_for(len(self.vocab), corpus)

    def _idf_for(self, size: int, corpus: list[list[int]]) -> np.ndarray:
        from bm25s.scoring import _select_idf_scorer

        df = np.zeros(size, dtype=np.int64)
        for doc in corpus:
            df[np.unique(np.asarray(doc, dtype=np.int64))] += 1
        idf_fn = _select_idf_scorer(self.params["method"])
        return np.array([idf_fn(int(d), N=self._n_docs) if d else 0.0 for d in df], dtype=np.float32)

    def _mask_base_row(self, position: int) -> None:
        rows = np.flatnonzero(self._base_positions == position)
        self._base_live[rows] = False

    def _delta_scores(self, ids: list[int], capacity: int) -> np.ndarray:
        if self._delta_postings is None or self._delta_postings["num_docs"] < capacity:
            self._delta_postings = self._build_delta_postings(capacity)
        postings = self._delta_postings
        usable = [i for i in ids if i < len(postings["indptr"]) - 1]
        out = np.zeros(capacity, dtype=np.float32)
        if usable:
            out += _sum_postings(postings, usable)[:capacity]
        return out

    def _build_delta_postings(self, capacity: int) -> dict[str, Any]:
        """Score delta documents with the base segment's statistics (see module docstring)."""
        from bm25s.scoring import _select_idf_scorer, _select_tfc_scorer

        tfc_fn = _select_tfc_scorer(self.params["method"])
        idf_new = _select_idf_scorer(self.params["method"])(1, N=max(self._n_docs, 1))
        rows, cols, vals = [], [], []
        for position in sorted(self._delta):
            tokens = self._tokens[position]
            assert tokens is not None, "a delta position is a live document"
            terms, counts = np.unique(tokens, return_counts=True)
            idf = np.array([self._idf[t] if t < len(self._idf) and self._idf[t] else idf_new
                            for t in terms], dtype=np.float32)
            tfc = tfc_fn(counts.astype(np.float32), l_d=len(tokens),
                         l_avg=self._avgdl, k1=self.params["k1"], b=self.params["b"])
            rows += [position] * len(terms)
            cols += terms.tolist()
            vals += (idf * tfc).tolist()
        order = np.argsort(np.asarray(cols, dtype=np.int64), kind="stable")
        by_term = np.asarray(cols, dtype=np.int64)[order]
        return {"data": np.asarray(vals, dtype=np.float32)[order], "indices": np.asarray(rows, dtype=np.int64)[order],
                "indptr": np.searchsorted(by_term, np.arange(len(self.vocab) + 1)),
                "num_docs": max(capacity, len(self._tokens))}


def _sum_postings(postings: dict[str, Any], term_ids: list[int]) -> np.ndarray:
    """Per document, the sum of the terms' weights in term-major postings (data, indices, indptr)."""
    starts, ends = postings["indptr"][term_ids], postings["indptr"][np.array(term_ids) + 1]
    rows = np.concatenate([postings["indices"][a:b] for a, b in zip(starts, ends, strict=True)])
    weights = np.concatenate([postings["data"][a:b] for a, b in zip(starts, ends, strict=True)])
    return np.bincount(rows, weights=weights, minlength=postings["num_docs"])


def _save_postings(folder: Path, postings: dict[str, Any], params: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for key, name in _POSTINGS_FILES.items():
        np.save(folder / name, np.asarray(postings[key]))
    (folder / _PARAMS_FILE).write_text(json.dumps({**params, "num_docs": int(postings["num_docs"])}, indent=4))


def _load_postings(folder: Path) -> dict[str, Any]:
    """The base segment's weights, memory-mapped: pages are read as queries touch them."""
    postings: dict[str, Any] = {key: np.load(folder / name, mmap_mode="r") for key, name in _POSTINGS_FILES.items()}
    postings["num_docs"] = int(json.loads((folder / _PARAMS_FILE).read_text())["num_docs"])
    return postings
