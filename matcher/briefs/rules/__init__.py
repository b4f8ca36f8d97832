"""The brief parser's rules as data: every regular expression is a named rule with what it is
for, where it came from, and examples it must find and non-examples it must not.

``tests/matcher/briefs/test_rules.py`` runs every rule over its examples (``rx.search`` finds each
example, and finds nothing in each non-example), so a rule that drifts from its documentation
fails a test. Rules are grouped by concept (``needs``, ``places``, ``dates``, ``budget``); the
parser's modules read them by name, e.g. ``NEEDS.covered_after``.

``source`` says where a rule came from, as taxonomy aliases do: ``uk-usage`` (how UK producers
write briefs, hand-written by the project's engineers), ``issue-12`` (a kind of miss the issue
names, generalised), ``guidelines`` (the judged set's published annotation rules), ``demo-dev``
(read in the demo judged set's dev/ briefs) or ``briefs-dev:<id>``.

A table compiles its rules when the parser first reads one of them, all at once, from programs
kept in the user's cache (``matcher.briefs.rules.compiled``): a cold brief pays a few ms for them
instead of ~65 ms. ``rule.rx`` is the same pattern the table gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from matcher.briefs.rules.compiled import compiled_patterns

__all__ = ["Rule", "RuleTable"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    doc: str
    examples: tuple[str, ...]
    non_examples: tuple[str, ...] = ()
    source: str = "uk-usage"
    flags: int = re.IGNORECASE

    @cached_property
    def rx(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass
class RuleTable:
    """Named rules of one concept; ``table.name`` is the compiled pattern of the rule ``name``."""

    concept: str
    rules: dict[str, Rule] = field(default_factory=dict)

    @classmethod
    def of(cls, concept: str, rules: Iterable[Rule]) -> RuleTable:
        table = cls(concept)
        for rule in rules:
            if rule.name in table.rules:
                raise ValueError(f"{concept}: two rules are named {rule.name!r}")
            table.rules[rule.name] = rule
        return table

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            rule: Rule = self.__dict__["rules"][name]
        except KeyError:
            raise AttributeError(f"no {self.__dict__.get('concept')} rule named {name!r}") from None
        if "rx" not in rule.__dict__:  # the table's first rule read: all its programs, from the cache
            for each, compiled in compiled_patterns(self.concept, list(self.rules.values())).items():
                self.rules[each].__dict__.setdefault("rx", compiled)
        return rule.rx

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())
