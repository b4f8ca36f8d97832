"""A bare "studio" is the kind of studio its purpose names (``matcher.briefs.studio_purpose``):
sentences written here, read by the parser as the service reads a brief."""

from __future__ import annotations

import datetime as dt

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 2, 3)


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose after the noun names the kind of studio
    ("Launching an oral-history podcast. We need a quiet studio with three mics in Stone.",
     ["recording-studio"]),
    ("Looking for a studio to lay down the narration for our short doc, half a day in Leek.", ["adr-studio"]),
    ("Need a studio with a Vicon rig for one day, plus two movement performers.", ["mocap-studio", "actor"]),
    # not: no purpose, a studio that says its kind, or the microphones belong to another need
    ("Need a studio for two days in Leek for a product shoot.", ["sound-stage"]),
    ("We need a TV studio with mics for a quiz pilot.", ["sound-stage"]),
    ("A studio for two days in Leek, and a sound recordist bringing radio mics.",
     ["sound-stage", "production-sound-mixer"]),
])
def test_a_bare_studio_is_the_kind_its_purpose_names(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected
