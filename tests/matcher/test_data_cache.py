"""Structures built from the shipped data are kept between processes, and never stale: a change
to a source builds afresh, a damaged entry is rebuilt, an unwritable cache only costs the build."""

from __future__ import annotations

import pickle

import pytest

from matcher.data_cache import cached_build
from matcher.geo import Gazetteer
from matcher.taxonomy import load_taxonomy


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("MATCHER_DATA_CACHE", str(folder))
    return folder


def counting_build(calls: list[str], value: str):
    def build() -> dict[str, str]:
        calls.append(value)
        return {"value": value}
    return build


def test_a_second_process_loads_what_the_first_built_until_a_source_changes(cache, tmp_path):
    source = tmp_path / "roles.json"
    source.write_text('{"gaffer": 1}')
    calls: list[str] = []
    assert cached_build("roles", [source], counting_build(calls, "first")) == {"value": "first"}
    assert cached_build("roles", [source], counting_build(calls, "second")) == {"value": "first"}
    assert calls == ["first"]
    source.write_text('{"gaffer": 2}')  # same size, other content
    assert cached_build("roles", [source], counting_build(calls, "third")) == {"value": "third"}
    assert calls == ["first", "third"]


def test_a_damaged_entry_is_built_again_and_replaced(cache, tmp_path):
    source = tmp_path / "places.json"
    source.write_text("[]")
    cached_build("places", [source], counting_build([], "good"))
    [entry] = cache.glob("places-*.pickle")
    entry.write_bytes(b"\x80\x05truncated")
    calls: list[str] = []
    assert cached_build("places", [source], counting_build(calls, "rebuilt")) == {"value": "rebuilt"}
    assert pickle.loads(entry.read_bytes()) == {"value": "rebuilt"} and calls == ["rebuilt"]


def test_a_cache_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MATCHER_DATA_CACHE", str(blocker / "cache"))
    source = tmp_path / "roles.json"
    source.write_text("{}")
    calls: list[str] = []
    for _ in range(2):
        assert cached_build("roles", [source], counting_build(calls, "built")) == {"value": "built"}
    assert calls == ["built", "built"]


TEXTS = ["Gaffer", "1st AC / Focus Puller", "senior sound recordist", "Asst. Director", "DoP", "make-up artist",
         "need a gaffer, two sparks and a focus puller", "Minnie Driver and a driver", "loop group coordinator"]


def test_the_cached_taxonomy_reads_as_the_one_built_from_its_files(cache):
    load_taxonomy.cache_clear()
    try:
        built, loaded = load_taxonomy(), (load_taxonomy.cache_clear(), load_taxonomy())[1]
    finally:
        load_taxonomy.cache_clear()
    assert built is not loaded and list(cache.glob("taxonomy-*.pickle"))
    assert built.roles == loaded.roles and built.departments == loaded.departments
    for text in TEXTS:
        assert built.resolve(text) == loaded.resolve(text)
        assert built.mentions(text) == loaded.mentions(text)


def test_the_gazetteer_finds_the_same_places_with_its_cached_text_forms(cache):
    text = "Shooting in Leek and Stoke-on-Trent, unit base near Stone, crew from Congleton"
    fresh, again = Gazetteer(), Gazetteer()
    first = fresh.find(text)
    assert list(cache.glob("gazetteer-text-forms-*.pickle"))
    assert again.find(text) == first and [m.place.name for m in first][:2] == ["Leek", "Stoke-on-Trent"]
