"""Round 3 of issue 12's kinds of miss, each by its general rule about language, with sentences
written here (none taken from a judged set): kit that describes a person, who is asking, what the
production makes or does, headings, places that are no shoot location and dates that date no shoot.
Read with the product's encoder, as the service reads briefs."""

from __future__ import annotations

import datetime as dt

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 2, 3)  # a Wednesday
D = dt.date


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("kind", "text", "expected"), [
    # kit named after a person whose job's tool it is, not asked for in its own right, describes them
    ("kit", "Looking for a focus puller on Monday in Leek. Red Komodo, cine lenses.", ["first-assistant-camera"]),
    ("kit", "We need a DoP who's got an FX9 for a promo in Stone.", ["director-of-photography"]),
    ("kit", "Sound recordist free on the 9th? Hanley, conference, 3 lavs + boom", ["production-sound-mixer"]),
    ("kit", "We need a gaffer, two sparks and a genny for Friday.", ["gaffer", "electrician", "generator-hire"]),
    # who is asking is no need
    ("sender", "Sound mixer here - we need a boom op for Saturday in Stone.", ["boom-operator"]),
    ("sender", "We're Brightmoor, a small animation studio in Leek, and we need two animators.", ["animator"]),
    ("sender", "Hi, it's Dana, producer at a Derby indie; can you find us a gaffer?", ["gaffer"]),
    # said not to be needed
    ("negated", "Crew of eight, no road closures, just need a runner.", ["runner"]),
    # a generic crew word gives way to the roles named; a heading restated is one need
    ("generic", "Paid crew wanted: a sound recordist and an editor.", ["production-sound-mixer", "editor"]),
    ("heading", "A Script Supervisor - drama\nWe need a script supervisor for three weeks in Leek.",
     ["script-supervisor"]),
    ("either", "We need a pyrotechnician or an effects company for a car fire.", ["pyrotechnician"]),
    # what the production makes or does is no supplier
    ("activity", "We're livestreaming two gigs at a Leek pub and need a vision mixer.", ["vision-mixer"]),
    ("made", "Bidding on 200 VFX shots for a series; need a compositor.", ["compositor"]),
    ("made", "We want to film drone shots over the lake and need a drone pilot.", ["drone-pilot"]),
    ("their wish", "The director wants foggy moorland lanes; we need a precision driver.", ["precision-driver"]),
    ("bracket adds", "We'd like a small camera crew (two cameras plus a vision mixer) for a gig.",
     ["camera-operator", "vision-mixer"]),
    ("premises", "We'd love to hear from farmers willing to let their barns be used as a location.",
     ["filming-location"]),
    ("grades", "Could you find us some ACs - 1st & 2nd - for a Stone shoot?",
     ["first-assistant-camera", "second-assistant-camera"]),
    ("permission", "Need a chaperone, and help with child licences from the council.", ["chaperone"]),
    # an everyday word restating another need is that need
    ("restated", "Any colourists near Leek? Need a grade for a short.", ["colourist"]),
    # a place to film names a kind of place; "X of Y" reads X
    ("place", "A brewery has hired us to film at their site; need a sound recordist.", ["production-sound-mixer"]),
    ("of", "Can you send details of your crew directory? We need a gaffer.", ["gaffer"]),
    # a vacancy with "my"; an acronym with 's; list cues ask only near a request; calendar words
    ("vacancy", "My second shooter has let me down for Saturday's wedding in Rugeley.", ["camera-operator"]),
    ("list cue", "Filming at the depot plus some exteriors in Stone; need a runner.", ["runner"]),
    ("calendar", "Runners needed Tues-Thurs in Leek, tmoz too", ["runner"]),
    # roles a film office is asked for that had no id, and UK words for known ones
    ("vocabulary", "Need an EVS operator and a graphics op for a live darts broadcast.",
     ["replay-operator", "graphics-operator"]),
    ("vocabulary", "Looking for a logger and a historical adviser for a WW1 doc.", ["logger", "historical-adviser"]),
    ("vocabulary", "Need a 2nd camera and a nurse on set for Sunday.", ["camera-operator", "unit-medic"]),
    # in a call for one supplier, what its scope comes with is that supplier's work (round 4)
    ("one supplier", "The college wishes to appoint an animation studio to make four short films with a voice-over.",
     ["animation-studio"]),
    ("one supplier", "Lot 3 - Podcasts: a production company for six episodes, including a voice artist.",
     ["production-company"]),
    ("not one supplier", "We need a camera op with a voice artist for Tuesday in Leek.",
     ["camera-operator", "voice-artist"]),
])
def test_needs_by_general_rule(read, kind: str, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected, kind


def test_a_service_inside_a_call_for_quotes_is_no_need_of_its_own(read) -> None:
    b = read("The Trust invites quotations for filming its awards night in Leek, with live captioning.")
    assert "subtitling-service" not in roles(b)


def test_kit_that_describes_a_person_is_their_qualifier(read) -> None:
    b = read("Looking for a focus puller on Monday in Leek. Red Komodo, cine lenses.")
    assert any("Komodo" in q for q in b.needs[0].qualifiers)
    assert any("kit, not a further hire" in n for n in b.notes)


def test_an_acronym_with_an_apostrophe_is_counted(read) -> None:
    b = read("4 x SA's needed Friday in Leek")
    assert [(n.role, n.quantity) for n in b.needs] == [("supporting-artist", 4)]


def test_a_persons_own_kit_is_no_need_of_its_own(read) -> None:
    b = read("Need someone with their own Canon R5 for Saturday.")
    assert not any(n.label.lower().startswith("their own") for n in b.needs)


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("header line", "From: Ola, Redwing Media, Derby\nWe're filming in Cheadle on Friday and need a runner.",
     ["Cheadle"]),
    ("form field", "Organisation: Leek Arts Trust\nLocation: Rudyard Lake\nNeed a drone pilot.", ["Rudyard Lake"]),
    ("firm's base", "Harbour Pictures (Manchester) are shooting around Cheadle in May; we need a gaffer.",
     ["Cheadle"]),
    ("earlier shoot", "We shot our last film in Derby but this one is in Cheadle; need a spark.", ["Cheadle"]),
    ("group's name", "We're following the Leek Ravens rugby team at their ground in Cheddleton; need a camera op.",
     ["Cheddleton"]),
    ("works at", "I'm a lecturer at Keele University; our students are filming in Hanley in May.", ["Hanley"]),
    ("unit base", "Unit base at Fenton Manor car park; filming in Longton on Tuesday, need a runner.", ["Longton"]),
    ("everyday word", "Need a data wrangler tomorrow for the Stone shoot.", ["Stone"]),
])
def test_places_by_general_rule(read, kind: str, text: str, expected: list[str]) -> None:
    assert [p.name for p in read(text).locations if p.shoot] == expected, kind


def test_a_reference_point_and_a_firms_base_are_no_shoot_places(read) -> None:
    b = read("Ben from a Derby VFX studio asked if any Stoke VFX houses could take 40 shots of overflow.")
    assert [p.name for p in b.locations if p.shoot] == []
    assert [p.name for p in read("Need a green screen studio within 2 hrs of Birmingham.").locations] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Location's the Swan in Cheadle, Saturday night. Need a gaffer.", "the Swan"),
    ("Product shoot at our unit, Unit 4 Brickkiln Works, Longton on Friday. Need a food stylist.", "Brickkiln Works"),
    ("how much would it be to film on the roaches?", "The Roaches"),
])
def test_venues_written_as_briefs_write_them(read, text: str, name: str) -> None:
    assert name in [p.name for p in read(text).locations]


def test_a_saints_church_and_field_items_are_shoot_places(read) -> None:
    names = [p.name for p in read("Filming in St Aidan's, Stafford on Sunday; need a sound recordist.").locations]
    assert "St Aidan's" in names
    b = read("Shoot location: Hob Hill / the Weir, Leek\nNeed a gaffer.")
    assert "Hob Hill" in [p.name for p in b.locations]


@pytest.mark.parametrize(("kind", "text", "start", "end"), [
    ("message date", "Voicemail, 1 Feb: we need a runner on 20 February in Leek.", D(2027, 2, 20), D(2027, 2, 20)),
    ("moved", "The shoot has moved from 10th to 17th March, still need two sparks.", D(2027, 3, 17), D(2027, 3, 17)),
    ("weekend of a month", "Need a sound recordist for the first wknd of May in Leek.", D(2027, 5, 1), D(2027, 5, 2)),
    ("weekday as adjective", "Live Saturday-night show recorded in Hanley on 12 March; need a floor manager.",
     D(2027, 3, 12), D(2027, 3, 12)),
    ("text-speak weekday", "need a camera op, shoot on sat in Leek", D(2027, 2, 6), D(2027, 2, 6)),
    ("contract", "Runner wanted, 6-month contract from March; we shoot on 8 March.",
     D(2027, 3, 8), D(2027, 3, 8)),
])
def test_dates_by_general_rule(read, kind: str, text: str, start: dt.date, end: dt.date) -> None:
    b = read(text)
    assert b.dates is not None and (b.dates.start, b.dates.end) == (start, end), kind


@pytest.mark.parametrize("text", [
    "Thanks again, see you in the new year!",
    "Out of the office until 14 February. Filming enquiries to the main line.",
    "Happy new year from all at Kestrel Films! Looking forward to 2027.",
])
def test_dates_that_date_no_shoot(read, text: str) -> None:
    assert read(text).dates is None


def test_off_set_work_keeps_its_dates_for_availability_but_not_as_a_shoot(read) -> None:
    b = read("Need a compositor for three weeks from 8 March.")
    assert b.dates is not None and b.dates.start == D(2027, 3, 8) and not b.dates.shoot
    assert any("when the work is done" in n for n in b.notes)


@pytest.mark.parametrize(("text", "expected"), [
    ("We'd like two trainees across sound and costume for the block.",
     [("sound-assistant", 1), ("costume-assistant", 1)]),
    ("Four trainees across sound and costume, please.", [("sound-assistant", 2), ("costume-assistant", 2)]),
])
def test_a_count_across_departments_is_shared_between_them(read, text: str, expected: list) -> None:
    assert [(n.role, n.quantity) for n in read(text).needs] == expected


def test_a_deadline_after_a_time_of_day(read) -> None:
    b = read("Quotes by 5pm, 26 February please; filming in April, need a production company.")
    assert b.deadline == D(2027, 2, 26)
    assert (b.dates.start, b.dates.end) == (D(2027, 4, 1), D(2027, 4, 30))


@pytest.mark.parametrize(("kind", "text", "expected"), [
    # one grade across departments is one need per department
    ("spread", "We'd like two trainees across sound and costume for the block.",
     ["sound-assistant", "costume-assistant"]),
    # a word before "/" is another name, not a modifier
    ("either", "We need a prop stylist/set dresser for a lookbook.", ["dressing-props"]),
    # people the shoot already has
    ("with people", "An advert at a school in Meir with 15 child performers. We need 2 chaperones.", ["chaperone"]),
    # list items after a relative clause are still asked for
    ("list", "We'll need two researchers who are happy to travel, a logger and a translator.",
     ["researcher", "logger", "translator"]),
    # a place wanted "if we can find one"
    ("place", "The shoot is in an old chapel somewhere in Leek if we can find one.", ["filming-location"]),
    # a studio to record a voice-over is a voice-over studio
    ("voice", "Need a studio to record a voice-over next week.", ["adr-studio"]),
    # a facility word after a named venue is where, not what; a livestream "to" somewhere is what is done
    ("venue", "Covering a charity dinner in the Priory Gardens marquee; need a sound recordist.",
     ["production-sound-mixer"]),
    ("activity", "Filming an awards night + livestream to Facebook; need a vision mixer.", ["vision-mixer"]),
    # texts keep their typos: a near spelling of a name of as many words is that name
    ("typo", "looking for a sound recordst and a camra operator for Friday", ["production-sound-mixer",
                                                                           "camera-operator"]),
    ("kit", "Anyone got a hazer we could hire for a gig in Tunstall?", ["sfx-company"]),
])
def test_more_needs_by_general_rule(read, kind: str, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected, kind


@pytest.mark.parametrize(("kind", "text", "start", "end"), [
    ("weekdays of a month", "Filming on Sundays in March 2027 at a Leek chapel; need a sound recordist.",
     D(2027, 3, 7), D(2027, 3, 28)),
    ("each weekday for N weeks", "Recording a podcast each Tuesday for 4 weeks from 9 March; need a camera op.",
     D(2027, 3, 9), D(2027, 3, 30)),
    ("shoot sentence first", "We need office space from 1 April. Shooting in Stone from 3 to 21 May 2027.",
     D(2027, 5, 3), D(2027, 5, 21)),
    ("parking", "Parking is suspended from Sunday 14 March. Filming on Monday 15 March in Leek.",
     D(2027, 3, 15), D(2027, 3, 15)),
    ("named by the shoot", "Researcher needed: start early March, filming April to June 2027.",
     D(2027, 4, 1), D(2027, 6, 30)),
])
def test_more_dates_by_general_rule(read, kind: str, text: str, start: dt.date, end: dt.date) -> None:
    b = read(text)
    assert b.dates is not None and (b.dates.start, b.dates.end) == (start, end), kind


def test_delivery_and_past_periods_are_no_shoot_dates(read) -> None:
    b = read("Cut last summer in Derby; delivery to the distributor is 12 March 2027. Need a colourist.")
    assert b.deadline == D(2027, 3, 12) and (b.dates is None or not b.dates.shoot)
    assert read("In 2026 we filmed 90 days across the county; thanks to all our crews.").dates is None
