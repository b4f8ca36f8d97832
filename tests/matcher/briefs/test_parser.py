"""parse_brief on briefs as producers write them: needs, quantities, qualifiers, places, dates, budget."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from matcher.briefs.parser import parse_brief
from matcher.errors import InvalidInput
from models.brief import Brief

TODAY = dt.date(2026, 11, 28)
D = dt.date


def parse(text: str) -> Brief:
    return parse_brief(text, today=TODAY)


def needs(brief: Brief) -> list[tuple[str, int]]:
    return [(n.role, n.quantity) for n in brief.needs]


def need(brief: Brief, role: str):
    (found,) = [n for n in brief.needs if n.role == role]
    return found


# --- the example briefs, end to end ---------------------------------------------------------

def test_leek_drama():
    b = parse("Six weeks in Leek from 3 March 2027, need a gaffer, two sparks, costume standby with "
              "period experience, a unit base for 20 vehicles.")
    assert needs(b) == [("gaffer", 1), ("electrician", 2), ("costume-standby", 1), ("unit-base", 1)]
    assert need(b, "costume-standby").qualifiers == ["period experience"]
    assert need(b, "unit-base").qualifiers == ["20 vehicles"]
    assert need(b, "unit-base").kind == "facility" and need(b, "gaffer").kind == "crew"
    assert need(b, "electrician").text == "two sparks"
    assert need(b, "electrician").label == "Electrician (spark)"
    assert [p.name for p in b.locations] == ["Leek"]
    assert (b.dates.start, b.dates.end, b.dates.approximate) == (D(2027, 3, 3), D(2027, 4, 13), False)
    assert b.budget is None and b.radius_km == 50


def test_low_budget_horror():
    b = parse("Hi both \u2014 we're prepping a low-budget horror, shooting 18 days in March around Stoke-on-Trent "
              "and Burslem (ST6). Looking for a DoP with their own kit, 1st AC, a sound recordist and boom op, "
              "2 x make-up artists (SFX experience a plus) and a couple of runners. Director and producer are "
              "attached. Rates capped at £300/day.")
    assert needs(b) == [("director-of-photography", 1), ("first-assistant-camera", 1),
                        ("production-sound-mixer", 1), ("boom-operator", 1), ("make-up-artist", 2), ("runner", 2)]
    assert need(b, "director-of-photography").qualifiers == ["own kit"]
    assert need(b, "make-up-artist").qualifiers == ["SFX experience"]  # the bracket qualifies, SFX is no need
    assert {"director", "producer"}.isdisjoint(n.role for n in b.needs)
    assert any("Director" in n and "covered" in n for n in b.notes)
    assert any("producer" in n and "covered" in n for n in b.notes)
    assert [p.name for p in b.locations] == ["Stoke-on-Trent", "Burslem"]  # ST6 restates Burslem
    assert (b.dates.start, b.dates.end, b.dates.approximate) == (D(2027, 3, 1), D(2027, 3, 31), True)
    assert (b.budget.level, b.budget.max_day_rate_gbp, b.budget.amount_gbp) == ("low", 300, None)


def test_corporate_shoot():
    b = parse("Corporate shoot at JCB in Rocester, 2 days w/c 12 April. Need a camera op with FX6, a drone pilot "
              "(CAA GVC), and an editor to turn it round in a week.")
    assert needs(b) == [("camera-operator", 1), ("drone-pilot", 1), ("editor", 1)]
    assert need(b, "camera-operator").qualifiers == ["FX6"]
    assert need(b, "drone-pilot").qualifiers == ["CAA GVC"]
    assert need(b, "editor").qualifiers == ["turn it round in a week"]
    # the editor's "in a week" is a turnaround, not the shoot; the 2 days fall in that week
    assert (b.dates.start, b.dates.end, b.dates.approximate) == (D(2027, 4, 12), D(2027, 4, 16), True)


def test_games_studio_is_who_is_asking():
    b = parse("Games studio looking for a Unity developer and a technical artist, remote ok, from January.")
    assert needs(b) == [("game-programmer", 1), ("technical-artist", 1)]
    assert need(b, "game-programmer").text == "a Unity developer"
    assert any("Games studio" in n and "asking" in n for n in b.notes)
    assert (b.dates.start, b.dates.end) == (D(2027, 1, 1), D(2027, 1, 31))


def test_commercial_with_facilities():
    b = parse("Commercial, Lichfield Cathedral + Tamworth, 14/06/27 - 02/07/27: need a studio with a green screen, "
              "lighting & grip hire, a honeywagon and catering for 40.")
    assert needs(b) == [("green-screen-studio", 1), ("lighting-hire", 1), ("grip-hire", 1),
                        ("facilities-vehicles", 1), ("catering", 1)]
    assert all(n.kind == "facility" for n in b.needs)
    assert need(b, "green-screen-studio").text == "a studio with a green screen"
    assert need(b, "catering").qualifiers == ["for 40"]
    assert [p.name for p in b.locations] == ["Lichfield Cathedral", "Tamworth"]
    assert (b.dates.start, b.dates.end, b.dates.approximate) == (D(2027, 6, 14), D(2027, 7, 2), False)


@pytest.mark.parametrize("text,expected", [
    ("a studio to record a string quartet", [("recording-studio", 1)]),
    ("a studio for the packshots", [("sound-stage", 1)]),
    ("a camera operator, someone for sound and an editor", [("camera-operator", 1), ("production-sound-mixer", 1),
                                                            ("editor", 1)]),
    ("a food & drink stylist for the pours", [("food-stylist", 1)]),
    ("a horse master plus a trained dog", [("animal-wrangler", 1), ("animal-agency", 1)]),
    ("a farm or stables near Uttoxeter to shoot at", [("filming-location", 1)]),
    ("a scenic painter, plus a workshop with a paint frame", [("scenic-artist", 1), ("workshop-space", 1)]),
    ("a helicopter with a Shotover F1 for aerials", [("helicopter-filming", 1)]),
    # "with" a kind of the facility asks for that kind; "with" another facility asks for both
    ("a sound stage with a green screen", [("green-screen-studio", 1)]),
    ("a unit base with catering for 40", [("unit-base", 1), ("catering", 1)]),
    ("a studio with a production office", [("sound-stage", 1), ("production-office-space", 1)]),
])
def test_specialist_needs_as_briefs_word_them(text, expected):
    assert needs(parse(text)) == expected


def test_what_the_cluster_has_no_role_for_is_kept_as_free_text():
    b = parse("We need a submarine and a team of astronauts")
    assert [(n.role, n.label, n.how) for n in b.needs] == [(None, "Submarine", "free text"),
                                                           (None, "Team of astronauts", "free text")]
    assert b.dates is None and b.budget is None and b.locations == []
    assert any("not a role we know" in n for n in b.notes)  # needed, but not a role we know: never dropped


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_an_empty_brief_is_invalid_input(text):
    with pytest.raises(InvalidInput, match=re.escape("The brief is empty: paste the production's brief text.")):
        parse(text)


# --- quantities -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,role,quantity", [
    ("need two sparks", "electrician", 2),
    ("need 2 x sparks", "electrician", 2),
    ("need 2x sparks", "electrician", 2),
    ("need sparks x2", "electrician", 2),
    ("need sparks (2)", "electrician", 2),
    ("need sparks (x3)", "electrician", 3),
    ("a couple of runners please", "runner", 2),
    ("a few runners please", "runner", 3),
    ("need a gaffer", "gaffer", 1),
    ("need an editor", "editor", 1),
    ("need 1 x gaffer", "gaffer", 1),
    ("need twelve supporting artists", "supporting-artist", 12),
    ("looking for a three-person camera crew", "camera-operator", 3),
    ("need sparks", "electrician", 1),          # plural, no number: unstated is one, noted
    ("x4 sparks wanted for the night", "electrician", 4),
    ("we'd like a runner or two for the Leek days", "runner", 2),  # the upper bound
    ("need a storyboard artist or two (pencil, not digital)", "storyboard-artist", 2),
    ("need compositors (Nuke), 2-3 people, from March", "compositor", 3),  # a head count after a comma
    ("half a dozen runners on the Friday", "runner", 6),
    ("a dozen supporting artists in period dress", "supporting-artist", 12),
    ("need a studio for 3 days", "sound-stage", 1),
    ("need an additional spark", "electrician", 1),
    ("two more runners", "runner", 2),
])
def test_quantities(text, role, quantity):
    b = parse(text)
    assert needs(b) == [(role, quantity)]


def test_a_plural_without_a_number_is_one_and_noted():
    b = parse("Looking for sparks and a gaffer.")
    assert needs(b) == [("electrician", 1), ("gaffer", 1)]
    assert any("sparks" in n and "how many" in n for n in b.notes)


def test_quantity_is_capped_with_a_note():
    b = parse("need 80 supporting artists for a crowd scene")
    assert needs(b) == [("supporting-artist", 50)]
    assert any("80" in n for n in b.notes)


def test_the_same_role_twice_merges():
    b = parse("Need a gaffer and two sparks. Oh, and another spark for the second week. The gaffer must have a "
              "clean licence.")
    assert needs(b) == [("gaffer", 1), ("electrician", 3)]


def test_differently_qualified_mentions_stay_separate():
    b = parse("Need a Welsh-speaking runner and two runners with full driving licences.")
    assert [(n.role, n.quantity, n.qualifiers) for n in b.needs] == [
        ("runner", 1, ["Welsh-speaking"]), ("runner", 2, ["full driving licences"])]


# --- qualifiers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,role,qualifiers", [
    ("costume standby with period experience", "costume-standby", ["period experience"]),
    ("need a Welsh-speaking runner", "runner", ["Welsh-speaking"]),
    ("a unit base for 20 vehicles", "unit-base", ["20 vehicles"]),
    ("a DoP with their own Alexa Mini", "director-of-photography", ["own Alexa Mini"]),
    ("a sound recordist (own kit)", "production-sound-mixer", ["own kit"]),
    ("a drone pilot (CAA GVC)", "drone-pilot", ["CAA GVC"]),
    ("an experienced gaffer", "gaffer", ["experienced"]),
    ("a make-up artist (prosthetics essential)", "make-up-artist", ["prosthetics"]),
    ("a runner who speaks Welsh", "runner", ["speaks Welsh"]),
    ("a gaffer", "gaffer", []),
])
def test_qualifiers(text, role, qualifiers):
    b = parse(text)
    assert [(n.role, n.qualifiers) for n in b.needs] == [(role, qualifiers)]


# --- roles already covered ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("a self-shooting PD who speaks Urdu and Punjabi, and a researcher",
     [("shooting-producer-director", ["speaks Urdu and Punjabi"]), ("researcher", [])]),
    ("a production company that knows food and drink", [("production-company", ["knows food and drink"])]),
    ("a gaffer with their own LED kit and two sparks", [("gaffer", ["own LED kit"]), ("electrician", [])]),
    ("a runner who drives and a make-up artist", [("runner", ["drives"]), ("make-up-artist", [])]),
    ("a DoP with drone and underwater experience", [("director-of-photography", ["drone"])]),
])
def test_and_inside_a_qualifier_or_before_the_next_need(text, expected):
    assert [(n.role, n.qualifiers) for n in parse(text).needs] == expected


@pytest.mark.parametrize("text,covered", [
    ("our director is attached, need a gaffer", "director"),
    ("the producer will be on set; need a gaffer", "producer"),
    ("We have our own DoP. Need a gaffer.", "director-of-photography"),
    ("We already have a DoP, need a gaffer", "director-of-photography"),
    ("DoP is on board. Need a gaffer.", "director-of-photography"),
    ("Need a gaffer; DoP sorted.", "director-of-photography"),
    ("Director: Jane Smith. Need a gaffer.", "director"),
    ("Need a gaffer. We've got a DoP.", "director-of-photography"),
])
def test_covered_roles_are_not_needs(text, covered):
    b = parse(text)
    assert needs(b) == [("gaffer", 1)]
    assert any("covered" in n for n in b.notes)


def test_a_covered_list_shares_its_verb_but_is_only_binds_the_last():
    b = parse("Need a gaffer, a focus puller and the DoP is attached.")
    assert needs(b) == [("gaffer", 1), ("first-assistant-camera", 1)]
    b = parse("Director, DoP and producer are attached. Need a gaffer.")
    assert needs(b) == [("gaffer", 1)]


def test_a_role_as_someone_on_the_production_is_no_need():
    b = parse("The director wants a handheld look, so we need a steadicam operator.")
    assert needs(b) == [("steadicam-operator", 1)]
    assert any("director" in n for n in b.notes)


def test_the_sender_is_no_need():
    b = parse("We are a production company based in Stoke, looking for a gaffer.")
    assert needs(b) == [("gaffer", 1)]
    assert any("production company" in n and "asking" in n for n in b.notes)
    b = parse("The runner-up of last year's scheme is attached as director. Need a gaffer.")
    assert needs(b) == [("gaffer", 1)]


def test_a_facility_already_there_is_no_need():
    b = parse("Need a unit medic and a chaperone for the unit base.")
    assert needs(b) == [("unit-medic", 1), ("chaperone", 1)]
    assert any("unit base" in n for n in b.notes)


def test_a_signature_is_no_need():
    b = parse("Need a gaffer for 3 days in Leek.\n\nThanks,\nJane\nProducer, Moorland Films, Stafford")
    assert needs(b) == [("gaffer", 1)]
    assert [p.name for p in b.locations] == ["Leek"]
    b = parse("Need a gaffer for 3 days in Leek. Jane Smith, Producer")
    assert needs(b) == [("gaffer", 1)]
    b = parse("Need a gaffer for 3 days in Leek. Cheers, Tom (Producer)")
    assert needs(b) == [("gaffer", 1)]
    b = parse("Hi all,\nThanks for reading. Need a gaffer in Leek.\nThanks,\nJane")
    assert needs(b) == [("gaffer", 1)]  # "Thanks for reading" is no sign-off


# --- places and radius ----------------------------------------------------------------------

def test_places_in_text_order_without_repeats():
    b = parse("Shooting in Hanley, then Longton and Leek, back to Hanley for pick-ups. Need a gaffer.")
    assert [p.name for p in b.locations] == ["Hanley", "Longton", "Leek"]
    assert b.locations[0].lat == pytest.approx(53.025, abs=0.02)


def test_a_county_is_no_base_when_a_town_is_named():
    b = parse("Shooting in Leek, Staffordshire. Need a gaffer.")
    assert [p.name for p in b.locations] == ["Leek"]
    assert any("Staffordshire is a county" in n for n in b.notes)


def test_a_county_the_shoot_ranges_over_is_a_place_beside_its_towns():
    b = parse("Shooting across Staffordshire, mostly in Leek. Need a gaffer.")
    assert [p.name for p in b.locations] == ["Staffordshire", "Leek"]


def test_a_postcode_is_a_place():
    b = parse("Filming at ST13 6AA, need a gaffer.")  # (a unit base's address is no shoot place: guidelines)
    assert [p.name for p in b.locations] == ["ST13 6AA"]


def test_the_company_base_and_crew_origin_are_not_shoot_places():
    b = parse("We're a Birmingham-based indie shooting around Cannock for 6 weeks. Our DoP is coming up from "
              "London. Need a gaffer.")
    assert [p.name for p in b.locations] == ["Cannock"]


@pytest.mark.parametrize("text,km", [
    ("need a gaffer within 30 miles", 48.3),
    ("need a gaffer within 40 km", 40.0),
    ("local crew only (25 miles) please, need a gaffer", 40.2),
    ("need a gaffer, 20-mile radius", 32.2),
    ("need a gaffer", 50.0),
])
def test_radius(text, km):
    assert parse(text).radius_km == pytest.approx(km, abs=0.05)


# --- budget ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,level,amount,rate", [
    ("low budget feature", "low", None, None),
    ("a low-budget horror", "low", None, None),
    ("micro-budget short", "micro", None, None),
    ("no budget, expenses only", "micro", None, None),
    ("HETV drama", "high", None, None),
    ("Feature, £1.2m, shooting in Leek", None, 1_200_000, None),
    ("budget £300k", None, 300_000, None),
    ("budget of £300,000", None, 300_000, None),
    ("Rates capped at £300/day.", None, None, 300),
    ("max £250 a day", None, None, 250),
    ("£275pd", None, None, 275),
    ("HETV, budget £6m, rates up to £450 per day", "high", 6_000_000, 450),
])
def test_budget(text, level, amount, rate):
    b = parse(f"Need a gaffer. {text}")
    assert (b.budget.level, b.budget.amount_gbp, b.budget.max_day_rate_gbp) == (level, amount, rate)


def test_no_money_no_budget():
    assert parse("Need a gaffer and catering at £15 per head.").budget is None


# --- the record and the clock ---------------------------------------------------------------

def test_the_brief_round_trips_as_json():
    b = parse("Six weeks in Leek from 3 March 2027, need a gaffer, two sparks. Low budget, £250/day max.")
    assert Brief.model_validate_json(b.model_dump_json()) == b


def test_today_defaults_to_the_real_date():
    b = parse_brief("need a gaffer next week")
    today = dt.date.today()
    assert b.dates.start == today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=1)


LONG_BRIEF = (
    "Hi both \u2014 we're prepping a low-budget horror feature, shooting 18 days in March around Stoke-on-Trent and "
    "Burslem (ST6), with a couple of days in Leek and a night on the moors. Looking for a DoP with their own kit, "
    "1st AC, a 2nd AC, a DIT, a gaffer, two sparks, a key grip, a sound recordist and boom op, 2 x make-up artists "
    "(SFX experience a plus), a costume standby with period experience, a props buyer, a location manager, a unit "
    "medic and a couple of runners. We will also need a unit base for 20 vehicles, a honeywagon, catering for 40, "
    "lighting & grip hire and a genny. Director and producer are attached, and we have our own 1st AD. Rates capped "
    "at £300/day, total budget £450k. Local crew only (25 miles) please, as we can't cover accommodation. Prep from "
    "w/c 15 February, shoot dates 1st-19th March 2027, wrap and return by 26 March. An editor to start in April for "
    "10 weeks would be great, ideally someone who's cut horror before. Welsh-speaking runner welcome. Drone pilot "
    "(CAA GVC) for one day on the moors. Please send availability and rates to the production office by Friday. "
    "It's a brilliant script, with a strong cast, and we're really excited about it. Hope to work with some of you "
    "on this one, and do forward to anyone you think would be a good fit for the team. We'll be in touch with "
    "everyone who replies before Christmas, and we'll share the shooting script with crew once contracts are in. "
    "Parking is free at the unit base and there is a good cafe nearby for anyone arriving early. Many thanks."
)


def test_a_long_brief_is_understood():
    assert 1400 <= len(LONG_BRIEF) <= 1600
    b = parse(LONG_BRIEF)
    assert [n.role for n in b.needs] == [
        "director-of-photography", "first-assistant-camera", "second-assistant-camera", "digital-imaging-technician",
        "gaffer", "electrician", "key-grip", "production-sound-mixer", "boom-operator", "make-up-artist",
        "costume-standby", "props-buyer", "location-manager", "unit-medic", "runner", "unit-base",
        "facilities-vehicles", "catering", "lighting-hire", "grip-hire", "generator-hire", "editor", "drone-pilot"]
    assert need(b, "runner").qualifiers == ["Welsh-speaking"]  # "Welsh-speaking runner welcome" points back
    assert b.radius_km == pytest.approx(40.2, abs=0.05)
    assert (b.dates.start, b.dates.end) == (D(2027, 3, 1), D(2027, 3, 19))



@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Two days in a Tunstall warehouse, late Feb 2027, need an armourer.", D(2027, 2, 21), D(2027, 2, 28)),
        ("Need a runner tmrw in Stoke", D(2026, 11, 29), D(2026, 11, 29)),
        ("Shoot in Sept. 2027 near Leek, need a gaffer.", D(2027, 9, 1), D(2027, 9, 30)),
    ],
)
def test_abbreviated_months_and_casual_dates(text, start, end):
    b = parse(text)
    assert (b.dates.start, b.dates.end) == (start, end)


def test_post_only_dates_are_no_shoot_dates():
    b = parse("Colourist for a grade, early Feb, Stoke.")
    assert b.dates is None and any("grade" in n for n in b.notes)


def test_jan_as_a_name_is_no_date():
    assert parse("Jan said we need a gaffer in Leek.").dates is None


@pytest.mark.parametrize(
    ("text", "places", "absent"),
    [
        ("We're a Birmingham agency shooting at two locations in Stone: need a gaffer.", ["Stone"], "Birmingham"),
        ("Manchester company with a feature shooting in Leek and Cheadle; need a production manager.",
         ["Leek", "Cheadle"], "Manchester"),
        ("A 16mm short in Leek: need an ARRI SR3 package and a clapper loader.", ["Leek"], "SR3"),
    ],
)
def test_the_senders_base_and_camera_models_are_not_shoot_places(text, places, absent):
    b = parse(text)
    assert [p.name for p in b.locations] == places
    assert all(p.name != absent for p in b.locations)


def test_a_sender_introducing_themselves_is_not_a_need():
    b = parse("Line producer on a returning drama here. Still to crew in Stafford: a 1st AD and a script supervisor.")
    assert [n.role for n in b.needs] == ["first-assistant-director", "script-supervisor"]


def test_locations_plural_is_not_a_location_manager_and_livestream_is_a_need():
    assert [n.role for n in parse("Two locations in Stone, need a gaffer.").needs] == ["gaffer"]
    assert [n.role for n in parse("We need a company to run a three-camera livestream in Hanley.").needs] == [
        "outside-broadcast"]
