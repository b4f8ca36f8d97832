"""Every named rule of the brief parser finds its examples and none of its non-examples."""

from __future__ import annotations

import pytest

from matcher.briefs.casting import CASTING
from matcher.briefs.clipped import CLIPPED
from matcher.briefs.invitations import INVITES
from matcher.briefs.mixed_language import OTHER_ASKS
from matcher.briefs.rules import Rule, RuleTable
from matcher.briefs.rules.away_from_set import AWAY_AFTER, AWAY_BEFORE, FIRM_NAMES, SHOOT_BASED
from matcher.briefs.rules.context import CONTEXT
from matcher.briefs.rules.crewed import CREWED
from matcher.briefs.rules.date_kinds import DATE_KINDS
from matcher.briefs.rules.dates import DATES
from matcher.briefs.rules.elsewhere import AFTER, BEFORE
from matcher.briefs.rules.free_text import FREE_TEXT
from matcher.briefs.rules.money import MONEY
from matcher.briefs.rules.needs import NEEDS
from matcher.briefs.rules.other_languages import OTHER_LANGUAGES
from matcher.briefs.rules.places import PLACES
from matcher.briefs.rules.shoot import SHOOT
from matcher.briefs.rules.venue_names import VENUE_NAMES
from matcher.briefs.shouted import SHOUTED
from matcher.briefs.studio_purpose import PURPOSES

TABLES = (NEEDS, PLACES, DATES, DATE_KINDS, MONEY, CONTEXT, SHOOT, PURPOSES, FREE_TEXT, CREWED, BEFORE,
          AFTER, VENUE_NAMES, OTHER_ASKS, INVITES, CASTING, CLIPPED, AWAY_BEFORE, AWAY_AFTER, OTHER_LANGUAGES,
          SHOUTED, SHOOT_BASED, FIRM_NAMES)
RULES = [pytest.param(rule, id=f"{table.concept}.{rule.name}") for table in TABLES for rule in table]
SOURCES = ("uk-usage", "issue-12", "issue-10", "guidelines", "demo-dev")


@pytest.mark.parametrize("rule", RULES)
def test_rule_finds_its_examples_and_not_its_non_examples(rule: Rule) -> None:
    assert rule.examples, "every rule shows what it is for"
    missed = [e for e in rule.examples if rule.rx.search(e) is None]
    fired = [n for n in rule.non_examples if rule.rx.search(n) is not None]
    assert not missed and not fired, (missed, fired)


@pytest.mark.parametrize("rule", RULES)
def test_rule_says_what_it_is_and_where_it_came_from(rule: Rule) -> None:
    assert len(rule.doc) > 20
    assert rule.source in SOURCES or rule.source.startswith("briefs-dev:")


def test_a_rule_is_read_by_name_and_names_are_unique() -> None:
    assert NEEDS.vacancy.search(" has pulled out")
    with pytest.raises(AttributeError, match="no needs rule named 'nothing'"):
        _ = NEEDS.nothing
    with pytest.raises(ValueError, match="two rules are named 'x'"):
        RuleTable.of("t", [Rule("x", "a", "a rule named x, twice", ("a",)), Rule("x", "b", "the same name", ("b",))])
