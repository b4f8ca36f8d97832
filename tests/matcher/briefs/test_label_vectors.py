"""A role label's query vector read from the table is the encoder's vector of that text; other
texts are encoded; the table is kept on disk and read back, and a damaged file is encoded afresh."""

from __future__ import annotations

import numpy as np

from matcher.briefs.label_vectors import LabelVectors
from matcher.encoders import create_encoder
from matcher.encoders.hashing import HashingEncoder
from matcher.taxonomy import load_taxonomy


def test_labels_come_from_the_table_and_other_texts_are_encoded(tmp_path):
    encoder = create_encoder("all-MiniLM-L6-v2", "hashing")
    taxonomy = load_taxonomy()
    label = taxonomy.roles["gaffer"].label
    texts = ["Gaffer with his own lighting truck", label, "someone to herd geese"]
    vectors = LabelVectors(encoder, taxonomy, tmp_path).encode(texts)
    assert np.allclose(vectors, encoder.encode_queries(texts), atol=1e-6)


def test_the_table_is_kept_on_disk_and_a_damaged_file_is_encoded_afresh(tmp_path):
    encoder = create_encoder("all-MiniLM-L6-v2", "hashing")
    taxonomy = load_taxonomy()
    first = LabelVectors(encoder, taxonomy, tmp_path)
    [stored] = list(tmp_path.glob("label-query-vectors-*.npy"))
    assert np.array_equal(np.load(stored), first._vectors)
    stored.write_bytes(b"not an array")
    again = LabelVectors(encoder, taxonomy, tmp_path)
    assert np.array_equal(again._vectors, first._vectors)
    assert np.array_equal(np.load(stored), first._vectors)  # written again


class _Retrained(HashingEncoder):
    """The same model name and size as the hashing encoder, other weights: other vectors."""

    weights = "retrained"

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        return np.roll(super()._encode_batch(texts), 1, axis=1)


def test_a_model_retrained_under_the_same_name_does_not_read_the_old_table(tmp_path):
    taxonomy = load_taxonomy()
    label = taxonomy.roles["gaffer"].label
    LabelVectors(HashingEncoder(name="all-MiniLM-L6-v2"), taxonomy, tmp_path)
    retrained = _Retrained(name="all-MiniLM-L6-v2")
    vectors = LabelVectors(retrained, taxonomy, tmp_path).encode([label])
    assert np.allclose(vectors, retrained.encode_queries([label]), atol=1e-6)


def test_a_table_lives_only_as_long_as_its_encoder():
    """A long-running service that swaps models (or a test session that makes many) must not keep
    every encoder, and its ONNX session, alive through the tables."""
    import gc
    import weakref

    from matcher.briefs.label_vectors import label_vectors

    encoder = HashingEncoder()  # made here, not through create_encoder's small cache of loaded models
    taxonomy = load_taxonomy()
    table = label_vectors(encoder, taxonomy)
    assert label_vectors(encoder, taxonomy) is table  # one table per encoder and taxonomy
    gone = weakref.ref(encoder)
    del encoder, table
    gc.collect()
    assert gone() is None
