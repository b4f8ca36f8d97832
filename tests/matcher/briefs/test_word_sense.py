"""A bare job word two departments use is read in the department of the needs around it
(``matcher.briefs.word_sense``): sentences written here, read as the service reads a brief."""

from __future__ import annotations

import datetime as dt

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 2, 3)


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("text", "expected"), [
    # the list around the bare word says its department
    ("Staffing up a game cinematic: three animators, a texture artist, a compositor and a rigger, all remote.",
     ["animator", "texture-artist", "compositor", "character-td"]),
    # not: the list is the set's own department, the word stands alone, or it is a class word
    ("Night shoot in Leek: need a gaffer, two sparks and a rigger.", ["gaffer", "electrician", "rigger"]),
    ("Need a rigger for a stage build next week.", ["rigger"]),
    ("Need two animators, a compositor and an assistant for the studio.",
     ["animator", "compositor", None]),
])
def test_a_bare_job_word_takes_the_department_of_its_list(read, text: str, expected: list[str | None]) -> None:
    assert roles(read(text)) == expected
