"""The index as a folder: saved, reloaded without re-encoding, changed one profile at a
time, and refused when the encoder does not match."""

from __future__ import annotations

import pytest

from matcher.encoders.hashing import HashingEncoder
from matcher.errors import IndexMismatch
from matcher.index import ProfileIndex
from matcher.index_files import load_index, read_manifest, save_index
from matcher.search import Query, search
from models.profile import Profile


def profile(pid: str, roles: list[str], summary: str, town: str = "Leek") -> Profile:
    return Profile(id=pid, kind="freelancer", name=pid.title(), roles=roles, summary=summary,
                   location={"town": town})


@pytest.fixture(scope="module")
def small_index(encoder, demo_profiles):
    return ProfileIndex.build(demo_profiles[:120], encoder)


def ranking(index, text, k=10):
    return [(m.id, round(m.score, 5)) for m in search(index, Query(text, top_k=k))]


def test_save_and_load_gives_the_same_rankings_without_encoding(small_index, encoder, tmp_path):
    save_index(small_index, tmp_path / "index")
    manifest = read_manifest(tmp_path / "index")
    assert manifest["encoder"] == "all-MiniLM-L6-v2" and manifest["dim"] == 384
    files = {p.name for p in (tmp_path / "index").rglob("*") if p.is_file()}
    assert {"manifest.json", "ids.json", "vectors.npy", "documents.jsonl"} <= files
    assert not any(name.endswith((".pkl", ".pickle")) for name in files)

    class NoEncoding(type(encoder)):
        def encode_documents(self, *args, **kwargs):
            raise AssertionError("a reload must not re-encode profiles")

    quiet = NoEncoding.__new__(NoEncoding)
    quiet.__dict__.update(encoder.__dict__)
    loaded = load_index(tmp_path / "index", quiet)
    for text in ("sound recordist", "costume hire", "games studio with own IP"):
        assert ranking(loaded, text) == ranking(small_index, text)


def test_add_update_remove_one_profile_without_rebuild(encoder, demo_profiles, tmp_path):
    index = ProfileIndex.build(demo_profiles[:60], encoder)
    before = index.lexical._n_docs
    newcomer = profile("fl-zz-new", ["Underwater camera operator"],
                       "Underwater and tank filming specialist, PADI divemaster.")
    index.upsert([newcomer])
    assert index.lexical._n_docs == before  # no lexical rebuild: scored in the delta segment
    assert search(index, Query("underwater tank filming", top_k=1))[0].id == "fl-zz-new"

    changed = newcomer.model_copy(update={"roles": ["Drone pilot"],
                                          "summary": "CAA-licensed drone pilot, aerial filming."})
    index.upsert([changed])
    assert search(index, Query("aerial drone pilot", top_k=1))[0].id == "fl-zz-new"
    assert "fl-zz-new" not in [m.id for m in search(index, Query("underwater tank filming", top_k=5))]

    index.remove(["fl-zz-new"])
    assert "fl-zz-new" not in [m.id for m in search(index, Query("aerial drone pilot", top_k=60))]
    save_index(index, tmp_path / "i")
    assert "fl-zz-new" not in load_index(tmp_path / "i", encoder).positions


def test_incremental_changes_rank_like_a_fresh_build(encoder, demo_profiles):
    grown = ProfileIndex.build(demo_profiles[:80], encoder)
    grown.upsert(demo_profiles[80:100])
    grown.remove([p.id for p in demo_profiles[:10]])
    grown.lexical.compact()
    fresh = ProfileIndex.build(demo_profiles[10:100], encoder)
    for text in ("focus puller", "location manager Stafford", "animation studio"):
        assert [m for m, _ in ranking(grown, text)] == [m for m, _ in ranking(fresh, text)]


def test_a_saved_delta_segment_ranks_alike_after_loading(encoder, demo_profiles, tmp_path):
    index = ProfileIndex.build(demo_profiles[:60], encoder)
    index.upsert(demo_profiles[60:75])  # fifteen changes: scored in the delta segment, saved with it
    texts = ("focus puller", "location manager Stafford", "animation studio", "sound recordist")
    before = {text: ranking(index, text) for text in texts}
    save_index(index, tmp_path / "index")
    assert any(p.parent.name == "delta" for p in (tmp_path / "index").rglob("*.npy"))
    loaded = load_index(tmp_path / "index", encoder)
    assert loaded.lexical._delta and loaded.lexical._delta_postings is not None  # read, not scored again
    assert {text: ranking(loaded, text) for text in texts} == before


def test_mismatched_encoder_is_refused(small_index, tmp_path):
    save_index(small_index, tmp_path / "index")
    with pytest.raises(IndexMismatch, match=r"all-MiniLM-L6-v2.*384"):
        load_index(tmp_path / "index", HashingEncoder(dim=64))


def test_an_interrupted_save_leaves_the_previous_index(small_index, encoder, tmp_path, monkeypatch):
    folder = tmp_path / "index"
    save_index(small_index, folder)
    import matcher.index_files as files

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(files.np, "save", broken)
    with pytest.raises(OSError):
        save_index(small_index, folder)
    monkeypatch.undo()
    assert len(load_index(folder, encoder)) == len(small_index)
