"""A brief that describes no shoot to come reports no shoot places or dates (guidelines 7): the places
and dates stay on the brief for the user, marked ``shoot = False``, with a note saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief

TODAY = dt.date(2027, 2, 1)

NO_SHOOT = [
    pytest.param("Quick call from Halden Films: the shoot at Trentham they booked for the 20th has been cancelled, "
                 "the broadcaster called it off. Apologies.", id="cancelled"),
    pytest.param("Now hiring! Our new grading suite in Hanley needs a full-time assistant colourist from May. "
                 "Apply by 1 March.", id="job-advert"),
    pytest.param("Lovely to work with you all. Thanks for helping with the Leek shoot, it went brilliantly, "
                 "see you in March!", id="thank-you-for-a-past-shoot"),
    pytest.param("Our sixth-form media group would be glad of work experience with any productions shooting "
                 "near Stafford over the summer.", id="offer-of-students"),
    pytest.param("We need two QA testers on site at our office in Stone for four weeks from 8 March.",
                 id="off-set-work-only"),
    pytest.param("Booking a dubbing theatre and a re-recording mixer to finish our soundtrack, ten days in April, "
                 "ideally near Stoke.", id="post-only-mix"),
    pytest.param("Please disregard my email about a gaffer for the Leek shoot on 12 March: the client has pulled "
                 "the project, so there won't be a shoot at all.", id="request-withdrawn"),
]

SHOOT_TO_COME = [
    pytest.param("Camera op needed in Leek on 12 March, we're filming the market.", id="plain-call"),
    pytest.param("If the shoot in Leek on 12 March is cancelled by rain we pay half. Need a runner.",
                 id="cancellation-policy"),
    pytest.param("The shoot at Trentham was called off and moved to 20 March. Still need a gaffer.",
                 id="cancelled-then-rebooked"),
    pytest.param("We filmed the pilot years back and will shoot the series in Leek on 12 March, need a grip.",
                 id="past-and-to-come"),
    pytest.param("Livestreaming a brass band in Biddulph on 6 March, need two camera ops.", id="livestream"),
    pytest.param("Booking a foley stage and a foley artist near Stoke for three days in April.",
                 id="foley-records"),
    pytest.param("lookin for a spare pair of hands tmoz, Cheadle, 9-5, cash", id="asked-but-no-need-read"),
    pytest.param("Any green screen studios near Leek? Two-day shoot on 8 March, with a pre-light day before.",
                 id="a-day-before-the-shoot"),
]


@pytest.mark.parametrize("text", NO_SHOOT)
def test_a_brief_with_no_shoot_to_come_has_no_shoot_places_or_dates(text: str) -> None:
    brief = parse_brief(text, today=TODAY)
    assert not [p.name for p in brief.locations if p.shoot]
    assert brief.dates is None or not brief.dates.shoot


@pytest.mark.parametrize("text", SHOOT_TO_COME)
def test_a_shoot_to_come_keeps_its_places_and_dates(text: str) -> None:
    brief = parse_brief(text, today=TODAY)
    assert [p.name for p in brief.locations if p.shoot]
    assert brief.dates is not None and brief.dates.shoot
