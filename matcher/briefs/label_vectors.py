"""The query vector of every taxonomy role's label, encoded once per taxonomy and encoder.

A crew sheet asks for a need the taxonomy names by its role's label ("Gaffer", "Electrician
(spark)"), with the brief's own words added only where they say more (``sheet._need_query``). So
most needs of most briefs are one of a few hundred fixed texts, and encoding them is most of what
a sheet pays on top of its searches: the encoder costs the same for every text of a batch (it pads
them to the longest), ~2-4 ms a need on two cores, against nothing to look one up. The labels are
encoded as queries, once, and kept on disk under the model cache (like the role guesser's
vectors), keyed by the encoder (its name, backend and a digest of its weights) and every label, so a
changed taxonomy or model, even retrained under the same name, encodes afresh.

A text that is no label (a need with its own words, a free-text need) is encoded as before, all
of them in one call. A label's vector is the encoder's vector of that text: it differs from the
same text encoded in a batch with other needs only by the padding's rounding (~1e-7).
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from matcher.encoders import Encoder
from matcher.taxonomy import Taxonomy

__all__ = ["LabelVectors", "label_vectors"]

# Held weakly on both keys: a table lives as long as its encoder and taxonomy do (it used to keep
# every encoder a process had used alive, and a reused id() could have handed a new taxonomy an old table).
_TABLES: weakref.WeakKeyDictionary[Encoder, weakref.WeakKeyDictionary[Taxonomy, LabelVectors]] = (
    weakref.WeakKeyDictionary())


class LabelVectors:
    """``encode`` gives the query vectors of texts, reading every role label's from the table."""

    def __init__(self, encoder: Encoder, taxonomy: Taxonomy, cache_dir: Path | None = None) -> None:
        self._encoder = weakref.ref(encoder)  # the table is kept per encoder: it must not keep it alive
        labels = list(dict.fromkeys(role.label for role in taxonomy.roles.values() if role.label))
        self._rows = {label: row for row, label in enumerate(labels)}
        self._vectors = self._load(labels, cache_dir)

    @property
    def encoder(self) -> Encoder:
        encoder = self._encoder()
        assert encoder is not None, "a table is reached only through its live encoder"
        return encoder

    def _load(self, labels: list[str], cache_dir: Path | None) -> np.ndarray:
        identity = [self.encoder.name, self.encoder.backend, self.encoder.weights, str(self.encoder.dim),
                    self.encoder.query_prompt, *labels]
        key = hashlib.sha256("\n".join(identity).encode()).hexdigest()[:16]
        path = cache_dir / f"label-query-vectors-{key}.npy" if cache_dir else None
        if path is not None and path.is_file():
            try:
                stored: np.ndarray = np.load(path)
            except (OSError, ValueError):  # a damaged file is encoded afresh
                stored = np.zeros((0, 0), dtype=np.float32)
            if stored.shape == (len(labels), self.encoder.dim):
                return stored
        vectors = self.encoder.encode_queries(labels)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                scratch = path.with_suffix(f".{id(self)}.tmp.npy")
                np.save(scratch, vectors)
                scratch.replace(path)
            except OSError:  # a read-only cache only costs the encoding next time
                pass
        return vectors

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text: a label's from the table, every other text encoded in one call."""
        out = np.empty((len(texts), self.encoder.dim), dtype=np.float32)
        missing = [i for i, text in enumerate(texts) if text not in self._rows]
        if missing:
            out[missing] = self.encoder.encode_queries([texts[i] for i in missing])
        for i, text in enumerate(texts):
            if text in self._rows:
                out[i] = self._vectors[self._rows[text]]
        return out


def label_vectors(encoder: Encoder, taxonomy: Taxonomy) -> LabelVectors:
    """One table per encoder and taxonomy in a process, kept under the model cache (none for the
    hashing encoder of the unit tests, which costs nothing to run)."""
    tables = _TABLES.setdefault(encoder, weakref.WeakKeyDictionary())
    if taxonomy not in tables:
        from matcher.settings import default_model_cache

        cache = None if encoder.name.startswith("hashing") else default_model_cache()
        tables[taxonomy] = LabelVectors(encoder, taxonomy, cache)
    return tables[taxonomy]
