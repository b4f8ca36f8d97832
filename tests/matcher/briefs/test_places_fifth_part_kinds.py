"""Places by kind of language, the kinds read from the misses of the spent fifth part (issue 12), with
briefs written here, none from a judged set: places named in a brief in another language (read by name, a
Welsh venue named head noun first, "from" in that language, a past time, a sign-off), headings and shouts in
capitals, and places where something other than filming happens or where the crew come from (who the crew
are, driving from, offices, post in brackets, fittings, where the crew stay, an address to write to, an
earlier shoot, a place ruled out). Each case is one kind: an example the parser must read so and, beside it,
a non-example it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief
from matcher.briefs.shouted import unshout

TODAY = dt.date(2027, 2, 3)


def shoot_places(text: str) -> list[str]:
    return [p.name for p in parse_brief(text, today=TODAY).locations if p.shoot]


KINDS = [
    # a brief in another language: its places by name
    pytest.param("Hola! Somos una productora de Leeds y grabamos un videoclip en Trentham Gardens el 3 de mayo. "
                 "Necesitamos un técnico de sonido. Gracias!", ["Trentham Gardens"], id="spanish-place-not-origin"),
    pytest.param("Dzień dobry! Jesteśmy z Derby. Kręcimy reportaż w Leek i w Cheadle w maju. Potrzebujemy "
                 "operatora kamery.", ["Leek", "Cheadle"], id="polish-place-not-after-z"),
    pytest.param("Helo! Rydyn ni'n ffilmio yn Amgueddfa Wedgwood yn Barlaston ym mis Mai. Oes rhywun lleol "
                 "sy'n gallu gweithio fel rhedwr?\nDiolch,\nGwen\nCwmni Glan, Bangor",
                 ["Amgueddfa Wedgwood", "Barlaston"], id="welsh-venue-head-first-and-signature"),
    pytest.param("Diolch yn fawr am eich help gyda'r ffilmio yn Stone wythnos diwethaf, roedd y criw yn wych.",
                 [], id="welsh-past-shoot"),
    pytest.param("Sat sri akal ji, asi Derby ton haan, ik music video shoot karna hai Leek vich, 4 May nu. "
                 "Sanu 4 dancers chahide ne.", ["Leek"], id="romanised-punjabi-from"),
    # capitals
    pytest.param("RUDYARD LAKE - NOTICE TO VISITORS\n\nA film crew will be filming on the east shore on 4 May. "
                 "We need a water safety officer.", ["Rudyard Lake"], id="a-heading-in-capitals"),
    pytest.param("NEED A SPARK IN LEEK ON SAT FOR A MUSIC VIDEO", ["Leek"], id="a-shout"),
    # where the crew come from
    pytest.param("We're a small crew (two of us) from Sheffield filming a short at Tittesworth Reservoir on 4 May. "
                 "Need a drone op.", ["Tittesworth Reservoir"], id="a-crew-then-from"),
    pytest.param("Shooting two days in Leek on 4-5 May and need a make-up artist. Everything else crewed from "
                 "Leeds.", ["Leek"], id="crewed-from"),
    pytest.param("Music video at Trentham Gardens on 4 May, need 6 dancers. We'll drive down from Liverpool the "
                 "night before.", ["Trentham Gardens"], id="drive-down-from"),
    pytest.param("Hi, Longshot Events here (Coventry). We're filming a conference at the Kings Hall in Stoke on "
                 "4 May; need 2 camera ops.", ["Kings Hall", "Stoke"], id="here-then-a-bracket"),
    # where something other than filming happens
    pytest.param("Shooting in Burslem all of May; our production office will again be at the hub in Hanley. "
                 "Need a location manager.", ["Burslem"], id="an-office-at"),
    pytest.param("Shooting in Leek on 4 May, need a coordinator to join our new Stoke satellite office.",
                 ["Leek"], id="an-office-named-after-a-place"),
    pytest.param("Shooting on Cannock Chase in May; the VFX house for post (Soho) is attached. Need a VFX "
                 "supervisor.", ["Cannock Chase"], id="post-in-brackets"),
    pytest.param("Drama shooting in Leek on 4 May, 30 SAs needed. Costume fitting on 28 April in Buxton.",
                 ["Leek"], id="a-fitting"),
    pytest.param("Filming a conference at Trentham Gardens on 4 May; crew staying at the Holiday Inn in Stoke. "
                 "Need a camera op.", ["Trentham Gardens"], id="where-the-crew-stay"),
    pytest.param("Filming in Leek town centre on 4 May. Any questions, write to us at Unit 2, Kiln Yard, "
                 "Derby.", ["Leek"], id="an-address-to-write-to"),
    pytest.param("Shooting in Burslem on 4 May; our location manager is in Bristol so can't recce till May. Need "
                 "a runner.", ["Burslem"], id="one-of-the-team-is-in"),
    pytest.param("Naomi, VFX producer at Glasspane Pixel (Leeds): we're filming plates at Rudyard Lake on 4 May "
                 "and need a drone op.", ["Rudyard Lake"], id="a-job-at-a-firm-then-a-bracket"),
    pytest.param("Anyone know a dubbing mixer for our shoot in Leek on 4 May? Someone said try Kiln Sound in "
                 "Derby.", ["Leek"], id="a-supplier-suggested"),
    pytest.param("We have commissioned Wren Lane Productions for a film at Leek on 4 May. Wren Lane have asked "
                 "for a local runner.", ["Leek"], id="a-firm-named-twice"),
    pytest.param("A live Christmas special for Potbank Live from Burslem on 4 December: need a vision mixer.",
                 ["Burslem"], id="a-place-then-a-firm-word"),
    pytest.param("Music video in Leek on 4 May; our runner will drive the Luton van. Need 6 dancers.", ["Leek"],
                 id="a-van-named-after-a-town"),
    pytest.param("We'd love to support Midlands facilities: need a grade for our shoot in Leek on 4 May.",
                 ["Leek"], id="a-trade-named-by-a-region"),
    pytest.param("Subject: Filming at Royal Derby - crew?\n\nWe're filming in the atrium on 4 May and need a "
                 "sound recordist.", [], id="royal-before-a-town"),
    pytest.param("Catering quotes for 20 shoot days in May, based around Leek and Rudyard Lake. Need a caterer.",
                 ["Leek", "Rudyard Lake"], id="shoot-days-based-around"),
    pytest.param('Feature "Last Bus to Buxton", one day at Cheddleton station on 4 May. Need an armourer.',
                 ["Cheddleton station"], id="a-title-with-to"),
    pytest.param("Call: Dr Jo Bell, history dept, University of Derby. We want to film a dig near Alton on 4 May "
                 "and need a drone op.", ["Alton"], id="university-of"),
    pytest.param("The commissioner wants it made outside Manchester: we're looking at studios in Staffordshire. "
                 "Recording on 4 May; need an autocue op.", ["Staffordshire"], id="made-outside"),
    pytest.param("A stop-motion street set: the street is based on Longton. Shooting on our stage in Leek from 4 "
                 "May, need 2 animators.", ["Leek"], id="modelled-on"),
    pytest.param("Automatic reply: Filming enquiry - Trentham\n\nI'm out of the office until 4 May.", [],
                 id="an-automatic-reply"),
    pytest.param("Hiya we're filming the Stone christmas market on the 4th, need a couple of shooters", ["Stone"],
                 id="an-everyday-word-town-before-its-market"),
    pytest.param("Night shoot in Leek on the High Street between Mill Lane and the Church Street junction on 4 "
                 "May. Our trucks will park in the Ashbourne Road car park. Need a rain machine.",
                 ["Leek", "High Street"], id="bounds-and-parking"),
    pytest.param("Aerial video of Leek and Cheadle in May; the council's Moorlands House offices are not to be "
                 "filmed. Need a drone op.", ["Leek", "Cheadle"], id="not-to-be-filmed"),
    # earlier shoots and places ruled out
    pytest.param("The Cheadle shoot went brilliantly! Now we're shooting in Stone on 4 May and need a gaffer.",
                 ["Stone"], id="the-shoot-went"),
    pytest.param("Need a stills photographer at Foxfield on 4 May: the one who did it last year in Cheddleton "
                 "is away.", ["Foxfield Railway"], id="last-year-in"),
    pytest.param("Shooting at Leek on 4 May, possibly Stafford too but that's now looking unlikely. Need a "
                 "runner.", ["Leek"], id="ruled-out"),
]

NOT_KINDS = [
    pytest.param("Grabamos un videoclip en Alton Towers el 3 de mayo.", ["Alton Towers"], id="spanish-place-kept"),
    pytest.param("We're a small crew filming from Leek to Buxton on 4 May along the A53; need a driver.",
                 ["Leek", "Buxton", "A53"], id="a-crew-filming-from-is-a-route"),
    pytest.param("Filming the office scenes in Hanley on 4 May, need a gaffer.", ["Hanley"],
                 id="office-scenes-are-filmed"),
    pytest.param("Shooting in Leek on 4 May and in Stone on 5 May. Need a runner.", ["Leek", "Stone"],
                 id="two-shoot-places"),
]


@pytest.mark.parametrize(("text", "expected"), KINDS + NOT_KINDS)
def test_shoot_places_by_kind(text: str, expected: list[str]) -> None:
    assert shoot_places(text) == expected


def test_a_line_in_capitals_keeps_its_length_and_its_codes() -> None:
    text = "FILMING ON DERBY STREET AND THE MARKET SQUARE, LEEK ST13 5AB\nsee you there"
    assert unshout(text) == "Filming on Derby Street and the Market Square, Leek ST13 5AB\nsee you there"
    assert unshout("Need a spark in LEEK") == "Need a spark in LEEK"  # one word in capitals is no heading


def test_a_brief_in_another_language_notes_each_place_it_read_by_name() -> None:
    brief = parse_brief("Grabamos un videoclip en Alton Towers el 3 de mayo. Necesitamos dos auxiliares.", today=TODAY)
    assert brief.language == "es"
    assert any("Alton Towers" in n and "read by its name" in n for n in brief.notes)
