"""The ONNX export is cached by a fingerprint of the weights' content, so weights that change
(even to a file of the same size) never reuse a stale export, and unchanged weights never
pay for a new one."""

from __future__ import annotations

import os

from matcher.encoders.onnx import fingerprint


def weights(folder, content: bytes):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.safetensors").write_bytes(content)
    (folder / "config.json").write_text('{"hidden_size": 384}')
    return folder


def test_same_names_and_sizes_but_different_weights_give_different_fingerprints(tmp_path):
    a = weights(tmp_path / "a", b"\x01" * 4096)
    b = weights(tmp_path / "b", b"\x02" * 4096)
    assert fingerprint(a, tmp_path / "cache") != fingerprint(b, tmp_path / "cache")


def test_weights_rewritten_in_place_with_the_same_size_get_a_new_fingerprint(tmp_path):
    folder = weights(tmp_path / "w", b"\x01" * 4096)
    before = fingerprint(folder, tmp_path / "cache")
    stat = (folder / "model.safetensors").stat()
    (folder / "model.safetensors").write_bytes(b"\x03" * 4096)
    os.utime(folder / "model.safetensors", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert fingerprint(folder, tmp_path / "cache") != before


def test_identical_weights_in_another_folder_share_the_export(tmp_path):
    a = weights(tmp_path / "a", b"\x05" * 4096)
    b = weights(tmp_path / "b", b"\x05" * 4096)
    assert fingerprint(a, tmp_path / "cache") == fingerprint(b, tmp_path / "cache")
    assert fingerprint(a, tmp_path / "cache") == fingerprint(a, tmp_path / "cache")  # memoised, same answer
