"""The source profiles a benchmark corpus is grown from: the demo generator's own texts, encoded.

    python -m evaluation.bench_pool --freelancers 3000 [--out DIR]

The shipped demo has 858 profiles; growing 100k or a million from them makes every source
appear hundreds of times, so a query's neighbourhood is one profile's copies. The demo
generator (``matcher.demo.generate``) writes as many distinct freelancers as asked (new
people, roles, places, diaries, credits and summaries, from the same seeded templates), and
the product's encoder encodes them once: the pool is cached under the user cache folder by
the texts' digest and the encoder, so the 100k and 300k runs (and the next bench) share it.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np

from matcher.documents import Document, to_document
from matcher.encoders import Encoder, create_encoder
from matcher.index_files import read_documents, write_documents
from matcher.settings import default_model_cache
from models.profile import Profile

__all__ = ["generated_pool", "pool_folder"]


def generated_profiles(freelancers: int) -> list[Profile]:
    """The demo generator's cluster with ``freelancers`` freelancers (the demo has 640)."""
    from matcher.demo import places
    from matcher.demo.generate import build

    return [Profile.model_validate(row) for row in build(places.load_centroids(), freelancers=freelancers)]


def pool_folder(freelancers: int, encoder: Encoder) -> Path:
    return default_model_cache().parent / "bench" / f"pool-{encoder.name}-{freelancers}"


def generated_pool(freelancers: int, encoder: Encoder, folder: Path | None = None,
                   progress: bool = False) -> tuple[list[Document], np.ndarray]:
    """Documents and vectors of a generated cluster, encoded once and cached in ``folder``
    (checked against the texts' digest, so a changed generator encodes again)."""
    documents = [to_document(p) for p in generated_profiles(freelancers)]
    texts = [d.embedding_text() for d in documents]
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    folder = folder or pool_folder(freelancers, encoder)
    if (folder / "digest").is_file() and (folder / "digest").read_text() == digest:
        cached = [d for d in read_documents(folder / "documents.jsonl") if d is not None]
        return cached, np.load(folder / "vectors.npy")
    vectors = encoder.encode_documents(texts, progress=progress)
    folder.mkdir(parents=True, exist_ok=True)
    write_documents(folder / "documents.jsonl", list(documents))
    np.save(folder / "vectors.npy", vectors)
    (folder / "digest").write_text(digest)
    return documents, vectors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench_pool")
    parser.add_argument("--freelancers", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    encoder = create_encoder("all-MiniLM-L6-v2", "onnx")
    documents, _ = generated_pool(args.freelancers, encoder, args.out, progress=True)
    print(f"{len(documents)} profiles in {args.out or pool_folder(args.freelancers, encoder)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
