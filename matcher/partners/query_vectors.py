"""Encodings of the partners mode's fixed query texts, kept once per encoder.

A gap's query text depends only on the capability and the member's kinds of work (a few
hundred texts in all), so each is encoded the first time it is asked and then reused: finding
partners then costs the searches, not eight encoder passes over long texts. Texts a person
typed (an opportunity) are never cached here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from matcher.encoders import Encoder

__all__ = ["LIMIT", "query_vectors"]

LIMIT = 4096  # texts kept per encoder (each 384 floats: ~6 MB)
_lock = threading.Lock()


def query_vectors(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """One row per text, as ``encoder.encode_queries`` would give, encoding only texts not seen before."""
    with _lock:
        cache: OrderedDict[str, np.ndarray] = encoder.__dict__.setdefault("_partners_queries", OrderedDict())
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
    if missing:
        fresh = encoder.encode_queries(missing)
        with _lock:
            cache.update(zip(missing, fresh, strict=True))
            while len(cache) > LIMIT:
                cache.popitem(last=False)
    with _lock:
        rows = [cache[t] for t in texts] if all(t in cache for t in texts) else None
    return np.stack(rows) if rows is not None else encoder.encode_queries(texts)
