"""The floor of a cold ``matcher search``: what no command-line search can avoid, as a process.

Run as ``python -m evaluation.cli_floor MODEL TOKENIZER VECTORS QUERY``. It imports only
onnxruntime, tokenizers, faiss and numpy (never ``matcher``), loads the ONNX model the product
runs (same session options), encodes one query, reads the index's vectors and scans them
exactly for the top 10. The benchmark (``bench_cli``) times this whole process against whole
``matcher search`` and ``matcher brief`` processes on the same home, so interpreter start-up,
model loading and reading the index are on both sides of the ratio; what the matcher adds
(its own imports, the database, the rest of the index, ranking, printing) is the difference.

The paths are given by the caller, so this file needs nothing from the package to find them.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    """``argv``: the ONNX model, tokenizer.json, the index's vectors.npy and the query.

    Returns:
        0, after printing the positions of the ten nearest vectors (so nothing is optimised away).
    """
    model, tokenizer_path, vectors_path, query = argv
    import faiss
    import numpy as np
    import onnxruntime
    from tokenizers import Tokenizer

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = os.cpu_count() or 1
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(tokenizer_path)
    tokenizer.enable_truncation(256)
    encoded = tokenizer.encode_batch([query])
    feeds = {"input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
             "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
             "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64)}
    vector = session.run(None, feeds)[0].astype(np.float32)
    vectors = np.load(vectors_path, mmap_mode="r")
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(np.ascontiguousarray(vectors))
    _, positions = flat.search(vector, 10)
    print(" ".join(str(p) for p in positions[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
