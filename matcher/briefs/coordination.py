"""Two things joined by "or" / "and" that share a word: "a workshop or barn space", "production
legal and payroll".

English leaves out a word two joined phrases share: the head after the first ("a workshop or barn
space" is a workshop space or a barn space; "a sound or lighting person") or the modifier before the
second ("production legal and payroll" is production legal and production payroll). A phrase
asked for that names no role alone is read with the shared word when the taxonomy knows that name
exactly. Rules: ``NEEDS.shared_head_after``, ``NEEDS.shared_modifier_before``.
"""

from __future__ import annotations

from matcher.briefs.rules.needs import NEEDS
from matcher.taxonomy import Role, Taxonomy

__all__ = ["with_shared_word"]


def with_shared_word(text: str, start: int, end: int, phrase: str, taxonomy: Taxonomy) -> Role | None:
    """The role ``phrase`` (at ``start``..``end`` in ``text``) names with the head of the phrase joined after
    it or the modifier of the phrase joined before it, or None."""
    after = NEEDS.shared_head_after.match(text, end)
    if after is not None and (role := taxonomy.named_exactly(f"{phrase} {after.group('head')}")) is not None:
        return role
    before = NEEDS.shared_modifier_before.search(text, max(0, start - 60), start)
    if before is not None:
        return taxonomy.named_exactly(f"{before.group('mod')} {phrase}")
    return None
