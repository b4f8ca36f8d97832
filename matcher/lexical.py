"""Lexical search: bm25s over the profiles, with a delta segment so one change needs no rebuild.

The base segment is a bm25s index over the corpus as it was at the last build. A profile
added or changed since then is scored in a small delta segment with the base's corpus
statistics (IDF, average length), and its old base row is masked out; a removed profile is
masked. This is how Lucene segments behave: statistics drift a little until the next
compaction, which ``needs_compaction`` asks for once the delta passes a share of the base.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np
import scipy.sparse as sp
import Stemmer
from bm25s.scoring import _select_idf_scorer, _select_tfc_scorer
from bm25s.stopwords import STOPWORDS_EN

__all__ = ["LexicalIndex", "analyse"]

_STEMMER = Stemmer.Stemmer("english")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s.tokenize's default token_pattern
_STOPWORDS = frozenset(STOPWORDS_EN)
_COMPACT_SHARE = 0.2


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
        self._base: bm25s.BM25 | None = None
        self._base_positions = np.zeros(0, dtype=np.int64)  # base row -> position
        self._base_live = np.zeros(0, dtype=bool)
        self._idf = np.zeros(0, dtype=np.float32)
        self._avgdl = 1.0
        self._n_docs = 0
        self._delta: set[int] = set()
        self._delta_matrix: sp.csc_matrix | None = None

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
        self._delta_matrix = None

    def remove(self, position: int) -> None:
        if position < len(self._tokens):
            self._tokens[position] = None
        self._mask_base_row(position)
        self._delta.discard(position)
        self._delta_matrix = None

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
        if self._base is not None and self._n_docs:
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
        matrix = self._base.scores
        starts, ends = matrix["indptr"][term_ids], matrix["indptr"][np.array(term_ids) + 1]
        rows = np.concatenate([matrix["indices"][a:b] for a, b in zip(starts, ends)])
        weights = np.concatenate([matrix["data"][a:b] for a, b in zip(starts, ends)])
        scores = np.bincount(rows, weights=weights, minlength=matrix["num_docs"])
        return (scores * self._base_live).astype(np.float32)

    # -- persistence -----------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._base is not None:
            self._base.save(str(folder / "bm25"), show_progress=False)
        lengths = np.array([-1 if t is None else len(t) for t in self._tokens], dtype=np.int64)
        flat = [t for t in self._tokens if t is not None]
        np.save(folder / "token_lengths.npy", lengths)
        np.save(folder / "token_ids.npy", np.concatenate(flat) if flat else np.zeros(0, np.int32))
        np.save(folder / "base_positions.npy", self._base_positions)
        np.save(folder / "base_live.npy", self._base_live)
        np.save(folder / "idf.npy", self._idf)
        state = {"params": self.params, "avgdl": self._avgdl, "n_docs": self._n_docs,
                 "delta": sorted(self._delta), "vocab": sorted(self.vocab, key=self.vocab.get)}
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
            index._base = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
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
        self._delta, self._delta_matrix = set(), None
        self._n_docs = len(live)
        if not live:
            self._base, self._idf = None, np.zeros(0, dtype=np.float32)
            return
        corpus = [self._tokens[i].tolist() for i in live]
        self._avgdl = float(np.mean([max(len(doc), 1) for doc in corpus]))
        self._base = bm25s.BM25(**self.params)
        self._base.index((corpus, dict(self.vocab)), show_progress=False)
        self._idf = self._idf_for(len(self.vocab), corpus)

    def _idf_for(self, size: int, corpus: list[list[int]]) -> np.ndarray:
        df = np.zeros(size, dtype=np.int64)
        for doc in corpus:
            df[np.unique(np.asarray(doc, dtype=np.int64))] += 1
        idf_fn = _select_idf_scorer(self.params["method"])
        return np.array([idf_fn(int(d), N=self._n_docs) if d else 0.0 for d in df], dtype=np.float32)

    def _mask_base_row(self, position: int) -> None:
        rows = np.flatnonzero(self._base_positions == position)
        self._base_live[rows] = False

    def _delta_scores(self, ids: list[int], capacity: int) -> np.ndarray:
        if self._delta_matrix is None:
            self._delta_matrix = self._build_delta_matrix(capacity)
        matrix = self._delta_matrix
        usable = [i for i in ids if i < matrix.shape[1]]
        out = np.zeros(capacity, dtype=np.float32)
        if usable:
            summed = np.asarray(matrix[:, usable].sum(axis=1)).ravel()
            out[: summed.size] = summed[:capacity]
        return out

    def _build_delta_matrix(self, capacity: int) -> sp.csc_matrix:
        """Score delta documents with the base segment's statistics (see module docstring)."""
        tfc_fn = _select_tfc_scorer(self.params["method"])
        idf_new = _select_idf_scorer(self.params["method"])(1, N=max(self._n_docs, 1))
        rows, cols, vals = [], [], []
        for position in sorted(self._delta):
            terms, counts = np.unique(self._tokens[position], return_counts=True)
            idf = np.array([self._idf[t] if t < len(self._idf) and self._idf[t] else idf_new
                            for t in terms], dtype=np.float32)
            tfc = tfc_fn(counts.astype(np.float32), l_d=len(self._tokens[position]),
                         l_avg=self._avgdl, k1=self.params["k1"], b=self.params["b"])
            rows += [position] * len(terms)
            cols += terms.tolist()
            vals += (idf * tfc).tolist()
        shape = (max(capacity, len(self._tokens)), len(self.vocab))
        return sp.csc_matrix((vals, (rows, cols)), shape=shape, dtype=np.float32)
