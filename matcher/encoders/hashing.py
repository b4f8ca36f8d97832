"""A tiny deterministic encoder for unit tests of code whose behaviour does not depend on meaning.

It hashes word tokens into a fixed number of buckets, so identical words give identical
vectors. Never used by the product: the factory refuses it unless asked for by name.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from matcher.encoders.base import Encoder

__all__ = ["HashingEncoder"]

_WORD = re.compile(r"\w+")


class HashingEncoder(Encoder):
    backend = "hashing"

    def __init__(self, dim: int = 64, name: str = "hashing-test") -> None:
        self.name = name
        self.dim = dim

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)
