"""One validated settings object decides the encoder backend and the dense index, and the
engine does what it says (``/api/health`` reports what the engine really uses)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pydantic import ValidationError

from matcher.encoders.hashing import HashingEncoder
from matcher.engine import Engine
from matcher.importers import parse_jsonl
from matcher.settings import MatcherSettings

LINES = "\n".join(
    f'{{"id": "fl-{i}", "kind": "freelancer", "name": "Person {i}", "roles": ["Gaffer"], '
    f'"summary": "lighting crew number {i}"}}' for i in range(40))


def test_the_engine_uses_the_encoder_backend_the_settings_name(tmp_path, monkeypatch):
    monkeypatch.setenv("MATCHER_ENCODER_BACKEND", "hashing")
    engine = Engine(MatcherSettings(home=tmp_path))
    assert isinstance(engine.encoder, HashingEncoder) and engine.encoder.backend == "hashing"


@pytest.mark.parametrize("field,value,words", [
    ("encoder_backend", "onnxx", "onnx"),
    ("dense_index", "hnsw", "flat"),
    ("ivf_nprobe", "0", "greater than or equal to 1"),
])
def test_a_misspelt_setting_is_refused_with_the_choices(field, value, words, monkeypatch):
    monkeypatch.setenv(f"MATCHER_{field.upper()}", value)
    with pytest.raises(ValidationError, match=words):
        MatcherSettings()


def test_the_cli_answers_a_bad_setting_in_one_line(tmp_path):
    env = {**os.environ, "MATCHER_HOME": str(tmp_path), "MATCHER_DENSE_INDEX": "hnsw"}
    done = subprocess.run([sys.executable, "-m", "matcher", "search", "gaffer"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: setting MATCHER_DENSE_INDEX: Input should be 'flat' or 'ivf'"]


def test_the_dense_index_kind_and_nprobe_come_from_the_settings_and_survive_a_restart(tmp_path):
    encoder = HashingEncoder()
    ivf = MatcherSettings(home=tmp_path, dense_index="ivf", ivf_nprobe=7)
    engine = Engine(ivf, encoder=encoder)
    engine.import_parsed(parse_jsonl(LINES))
    assert engine.index.dense.kind == "ivf" and engine.index.dense.nprobe == 7
    engine.save_index()
    again = Engine(ivf.model_copy(update={"ivf_nprobe": 3}), encoder=encoder)
    assert again.index.dense.kind == "ivf" and again.index.dense.nprobe == 3 and len(again.index.dense) == 40
    # Changing the setting takes effect on the next start: the saved vectors rebuild the other kind.
    flat = Engine(MatcherSettings(home=tmp_path, dense_index="flat"), encoder=encoder)
    assert flat.index.dense.kind == "flat" and len(flat.index.dense) == 40


def test_the_environment_is_read_in_any_case_under_what_is_given_by_hand(tmp_path, monkeypatch):
    from service.settings import ServiceSettings

    monkeypatch.setenv("matcher_dense_index", "ivf")
    monkeypatch.setenv("MATCHER_IVF_NPROBE", "5")
    monkeypatch.setenv("MATCHER_THREADS", "3")  # a service setting: the matcher's own settings ignore it
    monkeypatch.setenv("MATCHER_NO_SUCH_SETTING", "x")
    settings = MatcherSettings(home=tmp_path, ivf_nprobe=9)
    assert (settings.dense_index, settings.ivf_nprobe, settings.home) == ("ivf", 9, tmp_path)
    service = ServiceSettings(home=tmp_path)
    assert (service.dense_index, service.ivf_nprobe, service.threads) == ("ivf", 5, 3)
    monkeypatch.setenv("MATCHER_BRIEF_RETENTION", "3600")  # a service validator still sees the raw string
    assert ServiceSettings(home=tmp_path).brief_retention.total_seconds() == 3600
