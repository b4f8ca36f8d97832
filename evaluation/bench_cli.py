"""A cold command line against its floor: whole processes, timed in the same run.

``matcher search "gaffer" --near Leek`` and ``matcher brief FILE`` (the bench's four-need
brief) run as fresh processes on a prepared home (database and saved index of the demo), and
so does the floor (``evaluation.cli_floor``: import onnxruntime, faiss and numpy, load the
ONNX model, encode one query, read the index's vectors, scan them). The three are run in
turn, the order rotating each round, so load from other processes lands on every side; the
figure is the median of the rounds, wall clock and CPU (user + system of the child), and the
ratio of each median to the floor's. Target: at most 1.5x the floor.

The processes may write compiled bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped from their
environment), as an installed package has it: the untimed first round writes what is missing,
so no timed round compiles the matcher's modules from source, which a user never pays for twice.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from evaluation.bench_timing import ratio
from matcher.config import DEFAULT_CONFIG
from matcher.encoders.models import model_spec
from matcher.encoders.onnx import onnx_path
from matcher.index_files import version_folder
from matcher.settings import default_model_cache

__all__ = ["CLI_TARGET", "SEARCH_ARGS", "measure_cli"]

CLI_TARGET = 1.5
SEARCH_ARGS = ("search", "gaffer", "--near", "Leek")


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (which must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[2:5])} failed: {done.stderr.strip()[-300:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _commands(home: Path, brief_file: Path) -> dict[str, list[str]]:
    spec = model_spec(DEFAULT_CONFIG.encoder)
    floor = [sys.executable, "-m", "evaluation.cli_floor", str(onnx_path(spec, default_model_cache())),
             str(spec.weights_dir() / "tokenizer.json"), str(version_folder(home / "index") / "vectors.npy"),
             SEARCH_ARGS[1]]
    matcher = [sys.executable, "-m", "matcher", "--home", str(home)]
    return {"floor": floor, "search": [*matcher, *SEARCH_ARGS], "brief": [*matcher, "brief", str(brief_file)]}


def measure_cli(home: Path, brief_text: str, rounds: int) -> dict[str, object]:
    """``home``: a matcher home whose index is saved and up to date with its database.

    Returns the median wall and CPU seconds of each command over ``rounds`` (after one untimed
    round), each ratio to the floor's, and the 1-minute load average before and after."""
    brief_file = home / "bench-brief.txt"
    brief_file.write_text(brief_text, encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "MATCHER_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module's docstring
    commands = _commands(home, brief_file)
    names = list(commands)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    load_before = os.getloadavg()[0]
    for round_number in range(rounds + 1):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            timing = _run(commands[name], env)
            if round_number:  # the first round warms the page cache
                samples[name].append(timing)
    out: dict[str, object] = {"rounds": rounds, "load_average_1m": round(load_before, 2),
                              "load_average_1m_end": round(os.getloadavg()[0], 2),
                              "search_command": "matcher " + " ".join(SEARCH_ARGS), "target": CLI_TARGET}
    medians = {name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
               for name, runs in samples.items()}
    for name, (wall, cpu) in medians.items():
        out[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}
        if name != "floor":
            out[name] |= {"wall_ratio": ratio(wall, medians["floor"][0]), "cpu_ratio": ratio(cpu, medians["floor"][1])}
    out["met"] = all((out[n]["wall_ratio"] or 99) <= CLI_TARGET for n in ("search", "brief"))  # type: ignore[index]
    return out
