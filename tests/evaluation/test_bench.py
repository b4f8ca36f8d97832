"""The benchmark's shape and sanity, never its figures: CI fails when the bench breaks or its
output is malformed, not when the machine is slow."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import numpy as np
import pytest

from evaluation.bench_latency import measure_brief, measure_latency
from evaluation.bench_neighbours import nearest_other_cosines
from evaluation.bench_synthetic import Synthesiser, source_of, synthetic_index
from evaluation.bench_timing import interleaved, percentiles, ratio
from matcher.demo import load_demo
from matcher.index import ProfileIndex


def test_percentiles_are_in_milliseconds_and_ratios_guard_zero():
    stats = percentiles([0.001 * i for i in range(1, 101)])
    assert stats["n"] == 100 and stats["p50"] == pytest.approx(50.5) and stats["p99"] == pytest.approx(99.01)
    assert percentiles([])["n"] == 0 and ratio(3.0, 0.0) is None and ratio(3.0, 2.0) == 1.5


def test_interleaving_alternates_which_call_goes_first():
    order = []
    timings = interleaved({"a": lambda _: order.append("a"), "b": lambda _: order.append("b")}, [1, 2], rounds=2,
                          warmup=0)
    assert order == ["a", "b", "b", "a", "b", "a", "a", "b"]
    assert len(timings.seconds["a"]) == len(timings.seconds["b"]) == 4


@pytest.fixture(scope="module")
def small_base(encoder):
    profiles = load_demo()[::100]
    index = ProfileIndex.build(profiles, encoder)
    return [index.documents[i] for i in range(len(profiles))], index.vectors[: len(profiles)].copy()


def test_synthetic_profiles_are_perturbed_copies_as_far_from_their_source_as_real_neighbours(small_base):
    documents, vectors = small_base
    synthesiser = Synthesiser(documents, vectors, seed=1)
    made, made_vectors = synthesiser.make(500)
    assert len({d.id for d in made}) == 500
    assert np.allclose(np.linalg.norm(made_vectors, axis=1), 1.0, atol=1e-5)
    by_id = {d.id: (d, v) for d, v in zip(documents, vectors, strict=True)}
    copies = []
    for doc, vector in zip(made, made_vectors, strict=True):
        base, base_vector = by_id[source_of(doc.id)]
        assert doc.kind == base.kind and doc.role_ids == base.role_ids
        copies.append(float(vector @ base_vector))
        if base.lat is not None:
            assert abs(doc.lat - base.lat) < 0.1
    real_nearest = float(np.median(nearest_other_cosines(vectors)))
    assert synthesiser.noise.target_cosine == pytest.approx(real_nearest)
    assert float(np.median(copies)) == pytest.approx(real_nearest, abs=0.03)


def test_latency_and_brief_measurements_have_their_shape(small_base, encoder):
    index = synthetic_index(Synthesiser(*small_base), 300, encoder)
    latency = measure_latency(index, rounds=1)
    assert latency["profiles"] == 300 and latency["search_ms"]["n"] == 12 == latency["floor_ms"]["n"]
    assert latency["ratio_p50"] > 0 and latency["search_ms"]["p50"] <= latency["search_ms"]["p99"]
    brief = measure_brief(index, rounds=1)
    assert len(brief["needs"]) == 4 and brief["ratio_p50"] > 0 and isinstance(brief["met"], bool)
    assert brief["worded_ms"]["n"] == 5 and brief["ratio_p50_worded"] > 0
    from evaluation.bench_partners import measure_partners

    partners = measure_partners(index, rounds=1)
    assert len(partners["needs"]) == 6 and partners["gaps"] >= 3
    assert partners["partners_ratio_p50"] > 0 and partners["consortium_ratio_p50"] > 0


def _ms(stats):
    return set(stats) == {"p50", "p95", "p99", "mean", "n"} and all(math.isfinite(v) and v >= 0 for v in stats.values())


@pytest.mark.slow
def test_the_quick_bench_runs_and_its_json_is_well_formed(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "matcher", "bench", "--quick", "--json", str(out)],
                          capture_output=True, text=True, timeout=900, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Search latency" in done.stdout and "Target" in done.stdout
    data = json.loads(out.read_text())
    assert data["quick"] is True and data["machine"]["cores"] >= 1
    assert {"build", "search_latency", "brief_vs_search", "million", "cli", "http", "targets", "seconds"} <= set(data)
    build = data["build"]
    assert build["raw_encoder_profiles_per_s"] > 0 and build["pipeline_profiles_per_s"] > 0
    for row in data["search_latency"].values():
        assert _ms(row["search_ms"]) and _ms(row["floor_ms"]) and row["ratio_p50"] > 0
    assert _ms(data["brief_vs_search"]["brief_ms"]) and data["brief_vs_search"]["ratio_p50"] > 0
    million = data["million"]
    assert million["status"] == "ok", million
    assert million["profiles"] == data["plan"]["million"]
    assert million["met_overlap"] == (million["overlap_at_10"] >= 0.95)
    assert million["index_mb"] > 0 and million["build_s"] > 0 and million["nprobe"]
    assert "Caveat: synthetic corpus" in done.stdout.replace("\n", " ")
    cli = data["cli"]
    assert cli["status"] == "ok", cli
    assert cli["floor"]["wall_s"] > 0 and cli["floor"]["cpu_s"] > 0 and cli["load_average_1m"] >= 0
    for name in ("search", "brief"):
        assert cli[name]["wall_ratio"] > 0 and cli[name]["cpu_ratio"] > 0
    http = data["http"]
    assert http["status"] == "ok", http
    for kind in ("search", "brief"):
        assert http[kind]["http"]["requests_per_s"] > 0 and http[kind]["http"]["errors"] == 0
        assert _ms(http[kind]["http"]["latency_ms"]) and http[kind]["rps_ratio"] > 0
    for target in data["targets"]:
        assert set(target) - {"caveat"} == {"name", "value", "target", "met"} and target["met"] in (True, False, None)
    overlap = next(t for t in data["targets"] if t["name"].startswith("whole ranking's overlap@10"))
    assert overlap["value"] == million["overlap_at_10"] and overlap["caveat"] == million["caveat"]


@pytest.mark.slow
def test_the_http_section_prints_its_caveats_and_spreads_the_clients_over_the_servers_processes(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "matcher", "bench", "--quick", "--only", "http", "--json", str(out)],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    http = json.loads(out.read_text())["http"]
    assert http["status"] == "ok", http
    assert len(http["caveats"]) == 5 and "Caveat: The floor is one process" in done.stdout.replace("\n", " ")
    assert http["threads"] >= 1 and http["encoder_threads"] >= 1 and len(http["load_average_1m"]) == 2
    for kind in ("search", "brief"):
        held = http[kind]["http"]["connections_per_worker"]
        assert len(held) == http["workers"] and sum(held) == 16, held  # every client connection, in some worker
        if http["workers"] > 1:
            assert min(held) > 0, held  # uvicorn's one shared socket gave all sixteen to one worker
        assert http[kind]["in_process"]["requests_per_s"] > 0 and http[kind]["rps_ratio"] > 0


def test_an_unknown_bench_section_is_one_line_and_exit_code_2():
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "matcher", "bench", "--only", "cli,nope"],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: --only: unknown section 'nope' (choose from build, latency, million, cli, http, register)"]


def test_the_targets_of_a_partial_run_are_those_of_its_sections():
    from evaluation.bench import targets

    cli = {"status": "ok", "search": {"wall_ratio": 1.4}, "brief": {"wall_ratio": 2.1}}
    rows = targets({"cli": cli})
    assert [(r["value"], r["met"]) for r in rows] == [(1.4, True), (2.1, False)]
    assert all("cold 'matcher" in r["name"] for r in rows)
