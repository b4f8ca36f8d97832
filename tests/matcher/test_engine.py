"""The database is the truth and the index follows it: imports are all-or-nothing, a
restart never loses a committed profile nor serves a deleted one."""

from __future__ import annotations

import pytest

from matcher.engine import Engine
from matcher.errors import ImportRejected, NotFound
from matcher.importers import parse_jsonl
from matcher.search import Query
from matcher.settings import MatcherSettings

LINES = [
    '{"id": "fl-a", "kind": "freelancer", "name": "Ada Finch", "roles": ["Gaffer"], "location": {"town": "Leek"}}',
    '{"id": "fl-b", "kind": "freelancer", "name": "Bo Hale", "roles": ["Boom Operator"], '
    '"summary": "Boom op, drama and docs"}',
    '{"id": "co-c", "kind": "company", "name": "Churnet Films", "roles": ["Production company"], '
    '"sectors": ["documentary"]}',
]


@pytest.fixture()
def engine(tmp_path, encoder):
    return Engine(MatcherSettings(home=tmp_path / "home"), encoder=encoder)


def ids(engine, text, k=5):
    return [m.id for m in engine.search([Query(text, top_k=k)])[0]]


def test_import_is_all_or_nothing(engine):
    bad = "\n".join([*LINES, '{"id": "fl-d", "kind": "freelancer"}'])
    with pytest.raises(ImportRejected) as caught:
        engine.import_parsed(parse_jsonl(bad))
    assert caught.value.errors[0].line == 4 and caught.value.errors[0].field == "name"
    assert engine.store.count() == 0 and len(engine.index) == 0


def test_skip_invalid_imports_the_rest_and_lists_what_it_skipped(engine):
    bad = "\n".join([*LINES, '{"id": "fl-d", "kind": "freelancer", "name": "D", "skils": []}'])
    report = engine.import_parsed(parse_jsonl(bad), skip_invalid=True)
    assert report.imported == 3 and [(e.line, e.field) for e in report.skipped] == [(4, "skils")]
    assert engine.store.count() == 3 and len(engine.index) == 3


def test_restart_keeps_committed_and_drops_deleted(tmp_path, encoder):
    settings = MatcherSettings(home=tmp_path / "home")
    first = Engine(settings, encoder=encoder)
    first.import_parsed(parse_jsonl("\n".join(LINES)))
    first.save_index()
    first.delete("fl-b")              # committed after the index was saved
    first.import_parsed(parse_jsonl('{"id": "fl-e", "kind": "freelancer", "name": "Eve", "roles": ["Runner"]}'))
    second = Engine(settings, encoder=encoder)  # loads the older index, then replays the log
    assert set(second.index.positions) == {"fl-a", "co-c", "fl-e"}
    assert "fl-b" not in ids(second, "boom operator")
    with pytest.raises(NotFound):
        second.profile("fl-b")


def test_a_second_engine_on_the_same_database_catches_up(tmp_path, encoder):
    settings = MatcherSettings(home=tmp_path / "home")
    writer, reader = Engine(settings, encoder=encoder), Engine(settings, encoder=encoder)
    writer.import_parsed(parse_jsonl(LINES[0]))
    assert "fl-a" not in reader.index
    assert reader.sync() == 1
    assert ids(reader, "gaffer")[0] == "fl-a"
