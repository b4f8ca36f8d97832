"""Kit hired with the person who runs it: two needs, the hire and its operator.

"a 100kVA generator with operator", "a Technocrane + tech", "a cherry picker with an experienced
operator": the sender hires the kit and the person who runs it (the judged set's guidelines count
both). English names that person by the kit and a generic job word (generator operator, crane
technician), so the operator is the crew role the taxonomy names as "<kit> operator/op/technician/
tech", tried for the kit's words as written and for its last word ("silent generator" ->
"generator"). A bare "op" the taxonomy already reads as some operator ("genny + op") is read in
``mentions`` (``_operator_of``); kit whose operator the taxonomy does not know gives no second need.
Rule: ``NEEDS.with_operator``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from matcher.briefs.rules.needs import NEEDS
from matcher.taxonomy import Role, Taxonomy

__all__ = ["OPERATOR_OF_KIT", "operators_with_kit"]

OPERATOR_OF_KIT = "operator of hired kit"  # how such a need was read (``Named.how``)
_JOB_WORDS = ("operator", "op", "technician", "tech")


def _operator(kit_words: str, taxonomy: Taxonomy) -> Role | None:
    words = kit_words.lower().split()
    for name in dict.fromkeys((" ".join(words), words[-1])):
        for job in _JOB_WORDS:
            role = taxonomy.named_exactly(f"{name} {job}")
            if role is not None and role.kind == "crew":
                return role
    return None


def operators_with_kit(text: str, kit: Iterable[tuple[Role, int, int, str]],
                       taxonomy: Taxonomy) -> Iterator[tuple[Role, int, int, str]]:
    """(operator role, start, end, words) for each hired kit (role, start, end, words) followed by
    'with operator' whose operator the taxonomy names."""
    for role, _start, end, words in kit:
        if role.kind != "facility" or not role.department.endswith("-hire"):
            continue
        m = NEEDS.with_operator.match(text, end)
        if m is None:
            continue
        operator = _operator(words, taxonomy)
        if operator is not None:
            yield operator, m.start("op"), m.end("op"), text[end:m.end()].strip(" (")
