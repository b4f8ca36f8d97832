"""Each kind of miss issue 12 names, tested by its general rule with examples written here (none is
taken from a judged set): roles the taxonomy lacked, kit and hire, indirect needs, places, dates,
spurious needs and odd input. Briefs are read with the product's encoder, as the service reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 1, 6)  # a Wednesday
D = dt.date


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("text", "expected"), [
    # access services
    ("For the launch screening we need a sign language interpreter and live captioning.",
     ["bsl-interpreter", "subtitling-service"]),
    ("Could you find us an audio describer for the gallery film?", ["audio-describer"]),
    # studio and live television
    ("As-live studio record: autocue operator, a warm-up comedian and a stage manager.",
     ["autocue-operator", "warm-up-artist", "stage-manager"]),
    ("Quiz pilot in a Hanley studio needs an audience co-ordinator.", ["audience-coordinator"]),
    # post sound is not production sound
    ("Picture is locked; we need a dubbing mixer for two days.", ["re-recording-mixer"]),
    ("Looking for a mixer for the final mix of our short.", ["re-recording-mixer"]),
    ("Location sound recordist for a drama shoot near Cheadle.", ["production-sound-mixer"]),
    # development and factual
    ("Factual indie hiring a development producer and an archive researcher.",
     ["development-producer", "archive-producer"]),
    ("Obs-doc series needs a story producer for the edit.", ["story-producer"]),
])
def test_roles_the_taxonomy_now_knows(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Corporate day in Stafford: radio mics for the day and a slider.", ["sound-equipment-hire", "grip-hire"]),
    ("A videographer who can bring her own lights.", ["camera-operator", "lighting-hire"]),
    ("A sound recordist with his own radio mics.", ["production-sound-mixer"]),  # his own kit: one need
    ("A horse master bringing his own horses.", ["animal-wrangler"]),  # one person, not also an agency
    ("Need sound and a camera op for Thursday.", ["production-sound-mixer", "camera-operator"]),
])
def test_kit_and_hire_are_needs_and_own_kit_is_a_qualifier(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our focus puller has pulled out of Monday's shoot.", ["first-assistant-camera"]),
    ("We're a spark down for the night shoot.", ["electrician"]),
    ("Runners wanted for a feature in Leek; colourists also welcome.", ["runner", "colourist"]),
    ("Any steadicam ops out there free next week?", ["steadicam-operator"]),
    ("A fashion shoot in Leek needs a stylist.", ["wardrobe-stylist"]),
    ("We have our own gaffer and DoP; looking for a grip.", ["grip"]),
])
def test_needs_stated_indirectly(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


def test_a_need_with_no_role_is_kept_as_free_text_or_guessed_and_says_so(read) -> None:
    b = read("We also need someone to look after the vintage buses between set-ups, and a crew for one day.")
    assert b.needs and all(n.role is None or n.confidence < 1 for n in b.needs)
    assert any(n.label == "Crew (roles not given)" for n in b.needs)
    assert any("not a role we know" in note for note in b.notes)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("We need an assistant director for the crowd day.", "director"),
    ("We'll interview six apprentices and film the welders at work; need a camera op.", None),
    ("Featuring local dancers from a Burslem school, we need a gaffer.", "dancer"),
    ("Record twelve interviewees in Longton with a shooting PD.", None),
])
def test_no_spurious_needs(read, text: str, unwanted: str | None) -> None:
    b = read(text)
    assert unwanted not in roles(b)
    assert len(b.needs) == 1


@pytest.mark.parametrize(("text", "specific", "general"), [
    ("We need a loop group coordinator.", "loop group coordinator", {"voice-artist", "production-coordinator"}),
    ("We need a promo trailer editor.", "trailer editor", set()),
])
def test_a_more_specific_name_is_never_the_general_role_with_full_confidence(read, text, specific, general) -> None:
    (need,) = read(text).needs
    assert need.confidence < 1 and need.role not in general
    assert specific in need.text.lower()


@pytest.mark.parametrize(("text", "places", "not_places"), [
    ("We're a small indie Birmingham agency filming in Leek next month.", ["Leek"], ["Birmingham"]),
    ("We're a studio in Bristol shooting two days at Trentham Gardens.", ["Trentham Gardens"], ["Bristol"]),
    ("Dear Film Office Stoke team, we are hoping to shoot beside Westport Lake.", ["Westport Lake"], ["Stoke"]),
    ("Drone shots over Tittesworth reservoir and the Roaches.", ["Tittesworth Reservoir", "The Roaches"], []),
    ("A car advert on the A53 and in North Staffs.", ["A53", "North Staffordshire"], []),
    ("A day in Vale Royal then one in Trent Vale.", ["Vale Royal", "Trent Vale"], ["Vale"]),
    ("Crew must be based in Derby; the shoot is at the bet365 Stadium.", ["bet365 Stadium"], ["Derby"]),
    ("Stoke-on-Trent City Council has asked us to film in Fenton.", ["Fenton"], ["Stoke-on-Trent"]),
    # the sender's base, however said
    ("Hiya, we're over in Derby, doing a promo in Leek on Friday.", ["Leek"], ["Derby"]),
    ("We're a Hull indie wanting a grip for two days in Stone.", ["Stone"], ["Hull"]),
    ("Kiln Post (based at our Burslem unit) want a runner to shoot in Leek.", ["Leek"], ["Burslem"]),
    ("Registered address: 9 Kiln Yard, Derby\nWhere to film: Longton", ["Longton"], ["Derby"]),
    ("Filming in Leek; the grade is handled by our crew in Derby.", ["Leek"], ["Derby"]),
    # not the shoot: where crew travel from, rehearse, edit or build, an artist's home, a corrected venue
    ("Filming in Leek. The host is coming over from the Derby office.", ["Leek"], ["Derby"]),
    ("A promo with a little-known Stafford rapper, shooting in Leek.", ["Leek"], ["Stafford"]),
    ("Shooting at the Regent on the 3rd; rehearsals the day before in Stone.", ["Regent Theatre"], ["Stone"]),
    ("Filming in Leek; the offline happens at our Derby suite.", ["Leek"], ["Derby"]),
    ("Filming at the Swan in Leek, not the Stone one.", ["the Swan", "Leek"], ["Stone"]),
    ("Yesterday a crew shot scenes next to our shop in Stone. Who said they could?", [], ["Stone"]),
    # venues and roads the gazetteer lacks, read by their head word
    ("Who is shooting down Brook Lane in Alsager today?", ["Brook Lane", "Alsager"], []),
    ("gaffer wanted. Burslem Park at dawn, bring a genny", ["Burslem Park"], ["Burslem"]),
    ("Filming receptions at places like Wren Barn, Birch Lodge and Alton Towers.", ["Wren Barn", "Birch Lodge",
                                                                                    "Alton Towers"], []),
    # spoken and chat briefs: fillers, a speaker's correction, a chat's speaker, a quoted thread's writer
    ("so we're filming at the, er, the Swan in Leek on Friday", ["the Swan", "Leek"], []),
    ("two runners at the Gatehouse, no sorry, the Regent Theatre on Sat", ["Regent Theatre"], ["Gatehouse"]),
    ("[02/03/2027, 10:15] Shelley B: need a spark sat in Leek", ["Leek"], ["Shelley"]),
    ("Any names?\n\n> On 2 Mar, Jo Bloggs (Kiln Films, Derby) wrote:\n> shooting in Leek on 9 May", ["Leek"],
     ["Derby"]),
    ("A promo for Leek's newest edit studio, shot in Stone.", ["Stone"], ["Leek"]),
    ("CALLER: hiya, I'm having my party at the Crown in Stone, need a videographer", ["the Crown", "Stone"], []),
    # a county the shoot ranges over is kept beside its towns; one that only locates a town is not
    ("Twelve days of filming across Staffordshire (Leek, Cheadle).", ["Staffordshire", "Leek", "Cheadle"], []),
    ("Filming in Cheadle, Staffordshire.", ["Cheadle"], ["Staffordshire"]),
    ("A promo for Stone & Webb Media, shooting at the Swan in Leek.", ["the Swan", "Leek"], ["Stone"]),
    ("She is currently performing nightly at the Regent, so rather than drive her to Derby we'll record in Stoke.",
     ["Stoke"], ["Regent Theatre", "Derby"]),
    ("grip wanted thurs, Leek, Sony Venice + dolly", ["Leek"], ["Sony Venice"]),
    ("Crew call: a Keele University graduate film, shooting in Cheadle in May.", ["Cheadle"], ["Keele University"]),
    # a signature's address line is the sender's
    ("Brook Lane closed for filming, 3 May.\n\nHead of Parks\nCivic Offices, Leek ST13 5AB", ["Brook Lane"], ["Leek"]),
    ("Road shut for filming on Brook Lane, 3 May.\n\nTown Clerk, 4 Mill Row, Leek ST13 5AB", ["Brook Lane"],
     ["Leek"]),
])
def test_shoot_places_and_places_that_are_not(read, text, places, not_places) -> None:
    b = read(text)
    assert [p.name for p in b.locations] == places
    assert not set(not_places) & {p.name for p in b.locations}


def test_a_lower_case_town_is_read_with_a_note(read) -> None:
    b = read("shooting in stoke?? need a gaffer")
    assert [p.name for p in b.locations] == ["Stoke"]
    assert any("lower case" in n for n in b.notes)


def test_a_full_postcode_is_placed_at_its_district_with_a_note(read) -> None:
    b = read("Filming at ST13 8TA on 3 March.")
    assert [p.name for p in b.locations] == ["ST13 8TA"]
    assert any("centre of its district ST13" in n for n in b.notes)


@pytest.mark.parametrize(("text", "start", "end", "deadline"), [
    ("Shooting across the 2028/29 panto season.", D(2028, 12, 1), D(2029, 1, 10), None),
    ("Shooting in May, to deliver by 15 October.", D(2027, 5, 1), D(2027, 5, 31), D(2027, 10, 15)),
    ("Beginning 9 May for two weeks.", D(2027, 5, 9), D(2027, 5, 22), None),
    ("A shoot over Easter weekend 2027.", D(2027, 3, 26), D(2027, 3, 29), None),
    ("A reshoot this Saturday.", D(2027, 1, 9), D(2027, 1, 9), None),
    ("Shooting in March; quotes by 20 January please.", D(2027, 3, 1), D(2027, 3, 31), D(2027, 1, 20)),
])
def test_dates_seasons_and_deadlines(read, text, start, end, deadline) -> None:
    b = read(text)
    assert (b.dates.start, b.dates.end) == (start, end)
    assert b.deadline == deadline


def test_an_open_start_has_an_open_end(read) -> None:
    b = read("A weekly shoot from 3 May.")
    assert b.dates.start == D(2027, 5, 3) and b.dates.open_end


def test_a_brief_in_welsh_reads_its_crew_words_only_and_says_so(read) -> None:
    b = read("Rydym yn chwilio am ddyn camera a pheiriannydd sain ar gyfer ffilm fer yng Nghaerdydd.")
    assert b.language == "cy" and [n.role for n in b.needs] == ["camera-operator", "production-sound-mixer"]
    assert b.locations == [] and any("Welsh" in n and "not read" in n for n in b.notes)


def test_a_brief_in_another_language_says_it_was_not_read_but_for_its_place_names(read) -> None:
    b = read("Nous cherchons un caméraman et un ingénieur du son pour un court métrage à Stoke en mars.")
    assert b.language != "en" and b.needs == [] and [p.name for p in b.locations] == ["Stoke"]
    assert any("not read" in n for n in b.notes) and any("read by its name" in n for n in b.notes)


def test_a_greeting_is_no_brief(read) -> None:
    b = read("hi")
    assert b.needs == [] and b.locations == [] and b.dates is None
