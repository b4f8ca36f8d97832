"""The rules' programs kept between processes are the programs ``re.compile`` makes: a pattern
read from the cache equals (same pattern, flags and program) one compiled from its text, an
edited rule compiles afresh, and a damaged or foreign entry only costs the compile."""

from __future__ import annotations

import pickle
import re

import pytest

from matcher.briefs.rules import Rule, RuleTable
from matcher.briefs.rules.compiled import compiled_patterns
from matcher.briefs.rules.context import CONTEXT
from matcher.briefs.rules.dates import DATES
from matcher.briefs.rules.money import MONEY
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.places import PLACES


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("MATCHER_DATA_CACHE", str(folder))
    return folder


@pytest.mark.parametrize("table", [NEEDS, PLACES, DATES, MONEY, CONTEXT], ids=lambda t: t.concept)
def test_every_rule_read_from_the_cache_is_the_pattern_re_compile_makes(cache, table: RuleTable) -> None:
    rules = list(table)
    built = compiled_patterns(table.concept, rules)  # compiled, and kept
    assert list(cache.glob(f"rules-{table.concept}-*.pickle"))
    loaded = compiled_patterns(table.concept, rules)  # read back
    for rule in rules:
        expected = re.compile(rule.pattern, rule.flags)
        assert built[rule.name] == expected and loaded[rule.name] == expected, rule.name


def test_an_edited_rule_is_compiled_afresh(cache) -> None:
    before = [Rule("crew", r"\bsparks?\b", "a lighting electrician", ("two sparks",))]
    after = [Rule("crew", r"\bgaffers?\b", "the chief lighting technician", ("a gaffer",))]
    assert compiled_patterns("demo", before)["crew"].search("two sparks")
    edited = compiled_patterns("demo", after)["crew"]
    assert edited.search("a gaffer") and not edited.search("two sparks")
    assert len(list(cache.glob("rules-demo-*.pickle"))) == 2


def test_a_damaged_or_foreign_entry_falls_back_to_compiling(cache) -> None:
    rules = [Rule("kit", r"\b(?P<what>drone|jib)\b", "kit a brief may ask for", ("a drone",))]
    compiled_patterns("kit", rules)
    [entry] = cache.glob("rules-kit-*.pickle")
    entry.write_bytes(pickle.dumps({"kit": (r"\b(?P<what>drone|jib)\b", 34, [9999], 1, {"what": 1}, (None, "what"))}))
    assert compiled_patterns("kit", rules)["kit"].search("a jib arm")["what"] == "jib"
    entry.write_bytes(b"\x80\x05truncated")
    assert compiled_patterns("kit", rules)["kit"] == re.compile(rules[0].pattern, rules[0].flags)


def test_a_table_and_its_rule_give_the_same_pattern(cache) -> None:
    table = RuleTable.of("crew", [Rule("spark", r"\bsparks?\b", "a lighting electrician", ("two sparks",))])
    assert table.spark is table.rules["spark"].rx
