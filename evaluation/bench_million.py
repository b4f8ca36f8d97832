"""A million profiles with the approximate index, in a process of its own (clean memory figures).

    python -m evaluation.bench_million --base BASE_DIR --n 1000000 --out OUT.json

BASE_DIR holds documents.jsonl and vectors.npy of encoded demo profiles to synthesise from. Measured:
resident memory before and after the build (and the peak), build time through
``upsert_documents`` in batches of 50k (IVF trained on the first batch, as ``add`` would),
search latency with ``MatcherConfig(dense_index="ivf")``, and recall@10 of the product's top 10
against the same index with an exact flat dense index swapped in, tuning nprobe upwards until
recall reaches the target. Two floors: the query encode plus an exact faiss scan of the same
vectors, and the query encode plus the IVF's own search (what the dense part alone costs);
the targets are p95 <= 100 ms and recall@10 >= 0.95. The synthetic vectors sit in tight
clusters around the demo's, which flatters the IVF's recall: read it as an upper bound.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from evaluation.bench_latency import QUERIES, floor_index, measure_latency
from evaluation.bench_synthetic import Synthesiser
from matcher.index_files import read_documents
from evaluation.bench_timing import rss_mb, timed
from matcher.ann import FlatIndex
from matcher.config import DEFAULT_CONFIG
from matcher.encoders import create_encoder
from matcher.index import ProfileIndex
from matcher.search import search

__all__ = ["P95_TARGET_MS", "RECALL_TARGET", "main", "measure_million"]

P95_TARGET_MS = 100.0
RECALL_TARGET = 0.95
NPROBES = (32, 64, 128, 256)


def measure_million(documents, vectors, n: int, rounds: int, batch: int = 50_000) -> dict:
    encoder = create_encoder(DEFAULT_CONFIG.encoder, "onnx")
    encoder.encode_queries(["warm up"])
    before = rss_mb()
    synthesiser = Synthesiser(documents, vectors)
    config = DEFAULT_CONFIG.with_(dense_index="ivf")
    index = ProfileIndex(encoder, config, expected_size=n)
    build = train = 0.0
    for number, chunk in enumerate(synthesiser.batches(n, batch)):
        if number == 0:  # what add() does on first use, timed on its own
            train, _ = timed(lambda: index.dense.train(chunk[1]))
        seconds, _ = timed(lambda: index.upsert_documents(*chunk))
        build += seconds
    compact, _ = timed(index.lexical.compact)
    after = rss_mb()
    figures = {"profiles": len(index), "nlist": int(index.dense._ivf.nlist),
               "build_s": round(train + build + compact, 1), "ivf_train_s": round(train, 1),
               "lexical_compact_s": round(compact, 1), "rss_before_mb": before, "rss_after_mb": after,
               "index_mb": round(after - before, 1), "peak_rss_mb": rss_mb(peak=True)}
    figures["nprobe"] = _tune(index, rounds)
    # The target is the approximate index's recall against exact search; the whole ranking's
    # top 10 against an exact-dense ranking is reported beside it.
    chosen = next((p for p in figures["nprobe"] if p["ann_recall@10"] >= RECALL_TARGET), figures["nprobe"][-1])
    p95 = chosen["search_ms"]["p95"]
    figures.update(chosen_nprobe=chosen["nprobe"], recall_at_10=chosen["ann_recall@10"],
                   ranking_recall_at_10=chosen["recall@10"], p95_ms=p95,
                   ratio_p50_vs_exact_floor=chosen["ratio_p50"], ratio_p50_vs_ivf_floor=chosen["ratio_p50_vs_ivf_floor"],
                   met_p95=p95 <= P95_TARGET_MS, met_recall=chosen["ann_recall@10"] >= RECALL_TARGET,
                   p95_target_ms=P95_TARGET_MS, recall_target=RECALL_TARGET)
    return figures


def _tune(index: ProfileIndex, rounds: int) -> list[dict]:
    """Recall and latency at the configured nprobe and upwards, until recall meets the target."""
    exact = _exact_top10(index)
    flat = floor_index(index)
    rows = []
    vectors = index.encoder.encode_queries([q.text for q in QUERIES])
    _, exact_dense = flat.search(vectors, 10)
    for nprobe in NPROBES:
        index.dense._ivf.nprobe = nprobe  # the IVF's own setting, as MatcherConfig.ivf_nprobe sets it
        found = [[m.id for m in search(index, q)] for q in QUERIES]
        recall = float(np.mean([len(set(f) & set(e)) / max(1, len(e)) for f, e in zip(found, exact)]))
        # The index's own recall: its dense top 10 against an exact faiss scan of the same vectors.
        _, approximate_dense = index.dense.search(vectors, 10)
        ann_recall = float(np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approximate_dense, exact_dense)]))
        latency = measure_latency(index, rounds, flat=flat, own_dense_floor=True)
        rows.append({"nprobe": nprobe, "recall@10": round(recall, 4), "ann_recall@10": round(ann_recall, 4),
                     "search_ms": latency["search_ms"],
                     "floor_ms": latency["floor_ms"], "ratio_p50": latency["ratio_p50"],
                     "ivf_floor_ms": latency["dense_floor_ms"],
                     "ratio_p50_vs_ivf_floor": latency["ratio_p50_vs_dense_floor"]})
        if ann_recall >= RECALL_TARGET and nprobe >= DEFAULT_CONFIG.ivf_nprobe:
            break
    index.dense._ivf.nprobe = DEFAULT_CONFIG.ivf_nprobe
    return rows


def _exact_top10(index: ProfileIndex) -> list[list[str]]:
    """The product's top 10 with the dense part exact: a flat index swapped in for the IVF."""
    n = index.capacity
    flat = FlatIndex(index.encoder.dim)
    flat.add(np.arange(n), index.vectors[:n])
    approximate, index.dense = index.dense, flat
    try:
        return [[m.id for m in search(index, q)] for q in QUERIES]
    finally:
        index.dense = approximate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench_million")
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=50_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    documents = read_documents(args.base / "documents.jsonl")
    vectors = np.load(args.base / "vectors.npy")
    started = time.perf_counter()
    figures = measure_million(documents, vectors, args.n, args.rounds, args.batch)
    figures["wall_s"] = round(time.perf_counter() - started, 1)
    args.out.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
