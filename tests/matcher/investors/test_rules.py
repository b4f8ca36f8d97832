"""Every named rule of interest reading finds its examples and none of its non-examples."""

from __future__ import annotations

import pytest

from matcher.briefs.rules import Rule
from matcher.investors.rules import INTEREST

RULES = [pytest.param(rule, id=f"interest.{rule.name}") for rule in INTEREST]


@pytest.mark.parametrize("rule", RULES)
def test_rule_finds_its_examples_and_not_its_non_examples(rule: Rule) -> None:
    assert rule.examples and len(rule.doc) > 20 and rule.source in ("uk-usage", "issue-13", "hmrc")
    missed = [e for e in rule.examples if rule.rx.search(e) is None]
    fired = [n for n in rule.non_examples if rule.rx.search(n) is not None]
    assert not missed and not fired, (missed, fired)
