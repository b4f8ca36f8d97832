"""An index saved as a folder of named files (JSON and .npy, no pickle).

``<dir>/CURRENT`` names the live version folder; a save writes a new version and then
replaces CURRENT atomically, so a crash mid-save leaves the previous index intact and a
reader never sees half a save. The manifest records the encoder and its dimension, and a
load with a different encoder is refused instead of returning nonsense scores.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.documents import DOCUMENTS_VERSION, Document
from matcher.encoders import Encoder
from matcher.errors import IndexMismatch, StaleIndex
from matcher.index import ProfileIndex
from matcher.lexical import LexicalIndex

__all__ = ["FORMAT_VERSION", "index_exists", "load_index", "read_documents", "read_manifest", "save_index",
           "version_folder", "write_documents"]

FORMAT_VERSION = 1


def index_exists(folder: Path) -> bool:
    return (folder / "CURRENT").exists()


def version_folder(folder: Path) -> Path:
    """The folder of the live version of the index saved in ``folder``."""
    return _current(folder)


def read_manifest(folder: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((_current(folder) / "manifest.json").read_text())
    return manifest


def save_index(index: ProfileIndex, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    # Several processes may share a home: one saver at a time keeps CURRENT and the
    # clean-up of old versions consistent.
    with open(folder / "LOCK", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _save_version(index, folder)


def _save_version(index: ProfileIndex, folder: Path) -> Path:
    version = folder / f"v{time.time_ns()}"
    version.mkdir()
    try:
        _write_files(index, version)
    except BaseException:
        shutil.rmtree(version, ignore_errors=True)
        raise
    _point_current(folder, version.name)
    return version


def _write_files(index: ProfileIndex, version: Path) -> None:
    manifest = {
        "format": FORMAT_VERSION, "encoder": index.encoder.name, "dim": index.encoder.dim,
        "dense_index": index.dense.kind, "profiles": len(index), "change_seq": index.change_seq,
        "use_taxonomy": index.config.use_taxonomy, "documents": DOCUMENTS_VERSION,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    (version / "ids.json").write_text(json.dumps(index.ids))
    write_documents(version / "documents.jsonl", index.documents)
    np.save(version / "vectors.npy", index.vectors[: index.capacity])
    index.dense.save(version / "dense.faiss")
    index.lexical.save(version / "lexical")
    (version / "manifest.json").write_text(json.dumps(manifest, indent=2))


def load_index(folder: Path, encoder: Encoder, config: MatcherConfig = DEFAULT_CONFIG) -> ProfileIndex:
    version = _current(folder)
    manifest = json.loads((version / "manifest.json").read_text())
    if manifest["encoder"] != encoder.name or manifest["dim"] != encoder.dim:
        raise IndexMismatch(
            f"the index in {folder} was built with {manifest['encoder']} ({manifest['dim']} dimensions) "
            f"but this matcher encodes with {encoder.name} ({encoder.dim} dimensions); rebuild it "
            "with 'matcher reindex'")
    if manifest.get("documents", 1) != DOCUMENTS_VERSION:
        raise StaleIndex(f"the index in {folder} was made under older rules for what is indexed "
                         f"(documents {manifest.get('documents', 1)}, now {DOCUMENTS_VERSION}); it is rebuilt")
    if manifest["use_taxonomy"] != config.use_taxonomy:
        raise IndexMismatch(f"the index in {folder} was built with use_taxonomy="
                            f"{manifest['use_taxonomy']}; rebuild it for this configuration")
    ids = json.loads((version / "ids.json").read_text())
    # The configured kind, not the saved one: a changed setting takes effect on the next start.
    index = ProfileIndex(encoder, config, expected_size=sum(p is not None for p in ids))
    documents = read_documents(version / "documents.jsonl")
    # Copy-on-write mapping: service processes on one home share the pages until they change a row.
    vectors = np.load(version / "vectors.npy", mmap_mode="c")
    live = [p for p, profile_id in enumerate(ids) if profile_id is not None]
    _restore(index, ids, documents, vectors, live, version, same_kind=manifest["dense_index"] == config.dense_index)
    index.change_seq = manifest["change_seq"]
    return index


def _restore(index: ProfileIndex, ids: list[str | None], documents: list[Document | None], vectors: np.ndarray,
             live: list[int], version: Path, same_kind: bool) -> None:
    index.ids = ids
    index.documents = documents
    index.positions = {profile_id: p for p, profile_id in enumerate(ids) if profile_id is not None}  # the live ones
    index._free = [p for p, profile_id in enumerate(ids) if profile_id is None]
    index.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if same_kind and (version / "dense.faiss").exists():
        from matcher.ann import IvfIndex

        nlist = index.dense.nlist if isinstance(index.dense, IvfIndex) else 1024
        index.dense = IvfIndex.load(version / "dense.faiss", index.encoder.dim, index.config.ivf_nprobe, nlist)
    else:  # a flat index, or another kind than was saved: rebuilt from the saved vectors
        index.dense.add(np.array(live, dtype=np.int64), index.vectors[live])
    index.lexical = LexicalIndex.load(version / "lexical")
    live_documents = [documents[position] for position in live]
    for position, doc in zip(live, live_documents, strict=True):
        assert doc is not None, "a live position's document is saved"
        index._link(position, doc)
    index.columns.set_many(live, live_documents)  # type: ignore[arg-type]  # every one checked above


def _current(folder: Path) -> Path:
    pointer = folder / "CURRENT"
    if not pointer.exists():
        raise FileNotFoundError(f"no index in {folder}")
    return folder / pointer.read_text().strip()


def _point_current(folder: Path, name: str) -> None:
    pointer = folder / f"CURRENT.{os.getpid()}.tmp"
    pointer.write_text(name)
    os.replace(pointer, folder / "CURRENT")  # atomic on POSIX
    for old in folder.glob("v*"):
        if old.name != name and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def write_documents(path: Path, documents: list[Document | None]) -> None:
    """One JSON document per line (null for an empty position)."""
    with open(path, "w", encoding="utf-8") as out:
        for doc in documents:
            out.write(json.dumps(None if doc is None else _doc_json(doc)) + "\n")


def _doc_json(doc: Document) -> dict[str, Any]:
    data = asdict(doc)
    data["availability"] = [[s.isoformat(), e.isoformat(), status] for s, e, status in doc.availability]
    return data


def read_documents(path: Path) -> list[Document | None]:
    documents: list[Document | None] = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            if data is None:
                documents.append(None)
                continue
            data["availability"] = tuple(
                (dt.date.fromisoformat(s), dt.date.fromisoformat(e), status)
                for s, e, status in data["availability"])
            for key in ("role_ids", "departments", "sectors"):
                data[key] = tuple(data[key])
            documents.append(Document(**data))
    return documents
