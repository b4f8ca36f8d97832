"""Kinds of language that lost needs on briefs written apart from the parser (issue 12, need recall),
each tested by its general rule with briefs written here: requests framed in another language, lists
of Title Case roles after a heading, invitations and conditions on the reader, characters in a
casting call. Each would read fewer needs without its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 3, 3)


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("text", "expected", "language"), [
    ("Dzień dobry! Kręcimy teledysk w Fenton w przyszłą sobotę, potrzebujemy a gaffer i dwóch sparks. "
     "Dziękuję bardzo!", ["gaffer", "electrician"], "Polish"),
    ("hola a todos, vamos a grabar un corto en Leek el domingo y buscamos un boom operator y una make-up "
     "artist, gracias!!", ["boom-operator", "make-up-artist"], "Spanish"),
    ("Bore da! Ffilm byr yn Burslem ddydd Sadwrn nesaf. Angen camera operator a runner plîs, diolch yn fawr",
     ["camera-operator", "runner"], "Welsh"),
    ("Bonjour, on tourne un clip à Stone le mois prochain et on cherche un colourist et un editor, merci "
     "beaucoup", ["colourist", "editor"], "French"),
])
def test_a_request_framed_in_another_language_reads_its_english_role_words(read, text: str, expected: list[str],
                                                                           language: str) -> None:
    brief = read(text)
    assert roles(brief) == expected
    assert any(language in note and "not read" in note for note in brief.notes)


def test_a_message_in_two_languages_that_asks_for_nothing_still_has_no_need(read) -> None:
    brief = read("Dziękujemy! The gaffer and the sparks were brilliant on our shoot in Hanley last week, "
                 "wszystko było super.")
    assert roles(brief) == []


def test_title_case_roles_listed_after_a_heading_are_each_a_need(read) -> None:
    brief = read("CREW CALL: 'Kiln Light' (short, paid)\nShooting 4-6 May in Longton\n"
                 "Wanted: Director Of Photography, Focus Puller, Sound Recordist, Boom Operator\nCVs by 20 April")
    assert roles(brief) == ["director-of-photography", "first-assistant-camera", "production-sound-mixer",
                            "boom-operator"]


def test_a_persons_name_before_a_title_is_still_who_is_writing(read) -> None:
    brief = read("Hi, we need a runner in Leek on Friday for a corporate shoot.\nThanks\nAmy Hollins, Producer")
    assert roles(brief) == ["runner"]


@pytest.mark.parametrize(("text", "expected"), [
    ("So pleased to be bringing our next documentary to Staffordshire this spring, working with a brewery in "
     "Burton. If you're a local sound recordist with your own kit, get in touch! #filmmaking",
     ["production-sound-mixer"]),
    ("Our little studio is growing and we are always keen to meet new people. Calling all animators in the "
     "Potteries, drop us a line with your reel and rates.", ["animator"]),
])
def test_an_invitation_to_get_in_touch_asks_for_the_people_it_names(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


def test_an_offer_with_an_invitation_still_asks_for_nothing(read) -> None:
    brief = read("We have two lighting vans and a generator free most of April, so if anyone needs lighting "
                 "for a shoot in Staffordshire, get in touch and we'll sort a rate.")
    assert roles(brief) == []


def test_the_characters_of_a_casting_call_are_actors_to_cast(read) -> None:
    brief = read("CASTING: short film 'Saggar', shooting in Burslem 10-12 April (paid)\nRoles:\n"
                 "- ELSIE – woman, playing 70-80, warm but stubborn (lead)\n- Boy, 9-11 (supporting)\n"
                 "Self-tapes by 1 April.")
    assert roles(brief) == ["actor"]


def test_described_people_in_a_call_for_supporting_artists_are_not_parts(read) -> None:
    brief = read("EXTRAS NEEDED for a drama in Cheadle on 20 April.\nWe are after:\n"
                 "- 40 supporting artists aged 18-80 for a market scene\n- 4 children aged 6-10 (chaperones "
                 "provided)\nRegister with our casting team by 10 April.")
    assert "actor" not in roles(brief)
    assert "supporting-artist" in roles(brief)


@pytest.mark.parametrize(("text", "expected"), [
    ("Picture locked on our doc. We need someone to do the final mix to festival spec, ideally in Stoke.",
     ["re-recording-mixer"]),
    ("Quick q, does anyone do wedding editing? Two ceremonies in Leek to cut down.", ["editor"]),
])
def test_a_task_asked_of_someone_names_the_person_who_does_it(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("live gig stream fri night in Hanley, need: 2 camera ops + a sound eng for the desk", ["camera-operator",
                                                                                           "production-sound-mixer"]),
    ("Corporate shoot next week in Stafford, looking for a prod coord and 2 lighting techs.",
     ["production-coordinator", "electrician"]),
])
def test_clipped_job_words_are_read_written_out(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


def test_a_noun_phrase_asked_for_ends_at_a_word_of_time(read) -> None:
    assert roles(read("need sound tmrw 9-5 in Cheadle for a short interview, cash day rate")) == [
        "production-sound-mixer"]


def test_what_the_sender_is_short_of_is_asked_for_even_without_a_known_name(read) -> None:
    brief = read("Bingo night livestream from a hall in Longton on Saturday: we're short a vision mixer and a "
                 "bingo caller.")
    assert roles(brief) == ["vision-mixer", None]
    assert "caller" in brief.needs[1].label.lower()


def test_a_thread_forwarded_whole_is_read_as_the_message_not_as_an_old_quote(read) -> None:
    brief = read("Fwd from the unit chat\n> Dan: hi all, for the Cheadle pub scenes on 12 April we need a "
                 "best boy and a standby carpenter\n> Dan: plus a medic for the stunt day if anyone knows one")
    assert {"best-boy-electric", "carpenter", "unit-medic"} <= set(roles(brief))



def test_roles_joined_by_or_in_a_condition_on_the_reader_are_each_invited(read) -> None:
    brief = read("Really proud of our new brewery series, filming round Burton in May. If you're a local gaffer "
                 "or focus puller, drop me a message!")
    assert roles(brief) == ["gaffer", "first-assistant-camera"]
    assert roles(read("For the Burton brewery shoot in May we need a DoP or camera op, two days.")) == [
        "director-of-photography"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Filming a gig in Hanley on the 9th. Would love to hear from anyone who can supply an OB truck.",
     ["outside-broadcast"]),
    ("Shooting a roof scene in Stone next month; we also need someone who can provide a cherry picker.",
     ["mewp-hire"]),
])
def test_a_task_of_supplying_something_asks_for_the_thing_not_a_crew_role(read, text: str,
                                                                          expected: list[str]) -> None:
    assert roles(read(text)) == expected


def test_kit_on_a_list_item_of_its_own_is_a_need_not_the_previous_persons_kit(read) -> None:
    brief = read("Short film at a chapel in Leek, one day in May. We need:\n- a dolly grip with his own track\n"
                 "- a cherry picker with operator for the wide\nThanks!")
    assert roles(brief) == ["dolly-grip", "mewp-hire"]
