"""The profile index: dense vectors (faiss), lexical postings (bm25s) and filter columns,
kept in step by position, changed one profile at a time without a rebuild.

A position is a profile's row in every structure; faiss ids are positions, and ``ids`` maps
them back to profile ids. Changing a profile keeps its position; removing one frees it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from matcher.ann import DenseIndex, create_dense_index
from matcher.columns import Columns
from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.documents import Document, to_document
from matcher.encoders import Encoder
from matcher.errors import NotFound
from matcher.lexical import LexicalIndex, analyse
from models.profile import Profile

__all__ = ["ProfileIndex"]


class ProfileIndex:
    def __init__(self, encoder: Encoder, config: MatcherConfig = DEFAULT_CONFIG,
                 expected_size: int = 0) -> None:
        self.encoder = encoder
        self.config = config
        self.ids: list[str | None] = []
        self.positions: dict[str, int] = {}
        self.documents: list[Document | None] = []
        self.vectors = np.zeros((0, encoder.dim), dtype=np.float32)
        self.dense: DenseIndex = create_dense_index(
            config.dense_index, encoder.dim, expected_size=expected_size, nprobe=config.ivf_nprobe)
        self.lexical = LexicalIndex()
        self.columns = Columns()
        self.role_positions: dict[str, set[int]] = defaultdict(set)
        self.department_positions: dict[str, set[int]] = defaultdict(set)
        self.change_seq = 0
        self._free: list[int] = []
        self._posting_arrays: dict[tuple[str, str], np.ndarray] = {}

    # -- building and changing -------------------------------------------------------
    @classmethod
    def build(cls, profiles: Sequence[Profile], encoder: Encoder,
              config: MatcherConfig = DEFAULT_CONFIG, progress: bool = False) -> ProfileIndex:
        index = cls(encoder, config, expected_size=len(profiles))
        index.upsert(profiles, progress=progress)
        index.lexical.compact()
        return index

    def upsert(self, profiles: Iterable[Profile], progress: bool = False) -> None:
        self.upsert_documents(*self.prepare(profiles, progress))

    def prepare(self, profiles: Iterable[Profile], progress: bool = False) -> tuple[list[Document], np.ndarray]:
        """Documents and vectors for profiles: the slow part, kept apart so it can run
        without holding the index."""
        latest = {p.id: p for p in profiles}  # a repeated id: the last one wins
        documents = [to_document(p, use_taxonomy=self.config.use_taxonomy) for p in latest.values()]
        vectors = self.encoder.encode_documents(
            [d.embedding_text() for d in documents], batch_size=self.config.batch_size,
            progress=progress)
        return documents, vectors

    def upsert_documents(self, documents: Sequence[Document], vectors: np.ndarray) -> None:
        if not documents:
            return
        positions = np.array([self._position_for(d.id) for d in documents], dtype=np.int64)
        self._grow(int(positions.max()) + 1 if len(positions) else 0)
        self.dense.remove(positions)
        self.vectors[positions] = vectors
        self.dense.add(positions, vectors)
        tokens = analyse([d.lexical_text() for d in documents])
        for position, doc, terms in zip(positions.tolist(), documents, tokens, strict=True):
            self._unlink(position)
            self.documents[position] = doc
            self.lexical.upsert(position, terms)
            self._link(position, doc)
        self.columns.set_many(positions.tolist(), documents)
        if self.lexical.needs_compaction:
            self.lexical.compact()

    def remove(self, profile_ids: Iterable[str]) -> list[str]:
        """Remove profiles; returns the ids that were present."""
        removed = []
        for profile_id in profile_ids:
            position = self.positions.pop(profile_id, None)
            if position is None:
                continue
            self.dense.remove(np.array([position]))
            self._unlink(position)
            self.lexical.remove(position)
            self.columns.clear(position)
            self.ids[position] = None
            self.documents[position] = None
            self.vectors[position] = 0
            self._free.append(position)
            removed.append(profile_id)
        return removed

    # -- reading ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.positions)

    def __contains__(self, profile_id: str) -> bool:
        return profile_id in self.positions

    def document(self, profile_id: str) -> Document:
        try:
            doc = self.documents[self.positions[profile_id]]
        except KeyError:
            raise NotFound(f"no profile with id '{profile_id}' in the index") from None
        assert doc is not None, "a live id's position holds its document"
        return doc

    @property
    def capacity(self) -> int:
        return len(self.ids)

    def positions_with_roles(self, role_ids: Iterable[str]) -> np.ndarray:
        return self._postings("role", self.role_positions, role_ids)

    def positions_in_departments(self, departments: Iterable[str]) -> np.ndarray:
        return self._postings("department", self.department_positions, departments)

    def _postings(self, kind: str, table: dict[str, set[int]], keys: Iterable[str]) -> np.ndarray:
        """Positions holding any of the keys; each key's array is built once until it changes."""
        arrays = []
        for key in keys:
            if (kind, key) not in self._posting_arrays:
                members = table.get(key, set())
                self._posting_arrays[kind, key] = np.fromiter(members, dtype=np.int64, count=len(members))
            arrays.append(self._posting_arrays[kind, key])
        return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)

    # -- internals -------------------------------------------------------------------
    def _position_for(self, profile_id: str) -> int:
        if profile_id in self.positions:
            return self.positions[profile_id]
        position = self._free.pop() if self._free else len(self.ids)
        if position == len(self.ids):
            self.ids.append(None)
            self.documents.append(None)
        self.ids[position] = profile_id
        self.positions[profile_id] = position
        return position

    def _grow(self, size: int) -> None:
        if size > self.vectors.shape[0]:
            grown = np.zeros((max(size, 2 * self.vectors.shape[0]), self.encoder.dim), np.float32)
            grown[: self.vectors.shape[0]] = self.vectors
            self.vectors = grown

    def _link(self, position: int, doc: Document) -> None:
        self._forget_postings(doc)
        for role in doc.role_ids:
            self.role_positions[role].add(position)
        for department in doc.departments:
            self.department_positions[department].add(position)

    def _unlink(self, position: int) -> None:
        doc = self.documents[position]
        if doc is None:
            return
        self._forget_postings(doc)
        for role in doc.role_ids:
            self.role_positions[role].discard(position)
        for department in doc.departments:
            self.department_positions[department].discard(position)

    def _forget_postings(self, doc: Document) -> None:
        for key in doc.role_ids:
            self._posting_arrays.pop(("role", key), None)
        for key in doc.departments:
            self._posting_arrays.pop(("department", key), None)
