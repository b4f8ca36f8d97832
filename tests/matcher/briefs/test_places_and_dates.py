"""Places and dates by general kind (issue 12), with sentences written here (none from a judged
set): the sender's base however it is said, a list sharing its first place's reading, a known
place's name with a venue word, a lower-case town as a line's last item, day ranges with weekdays
or '&', days of next month, and no shoot dates in a question or a thank-you."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief
from models.brief import Brief

TODAY = dt.date(2027, 2, 3)  # a Wednesday
D = dt.date


def read(text: str) -> Brief:
    return parse_brief(text, today=TODAY)


def shoot_places(brief: Brief) -> list[str]:
    return [p.name for p in brief.locations if p.shoot]


@pytest.mark.parametrize(("text", "places"), [
    # the sender's base, however it is said
    ("Hello, a post house in Manchester here. We're shooting at Trentham Gardens on 4 May.", ["Trentham Gardens"]),
    ("Our office is in Derby and Nottingham; filming in Leek on 4 May.", ["Leek"]),
    ("It's Priya from Keele Uni - we're filming a short in Stone next week.", ["Stone"]),
    # an earlier shoot's place is not this one's
    ("We shot the pilot in Leek last year; the series films in Cheadle on 4 May.", ["Cheadle"]),
    # a known place's name with a venue word is that venue
    ("Filming inside Longton Baths and outside Hanley Bus Station on 3 May.", ["Longton Baths", "Hanley Bus Station"]),
    ("We'd love to film in the Cathedral Close, Lichfield in May.", ["Cathedral Close", "Lichfield"]),
    # a lower-case town as a line's last item is read
    ("need a spark sat 8th may, kidsgrove", ["Kidsgrove"]),
])
def test_shoot_places_by_kind(text: str, places: list[str]) -> None:
    assert shoot_places(read(text)) == places


def test_a_lower_case_town_is_noted_when_read() -> None:
    brief = read("one day filming 8th may, kidsgrove")
    assert any("lower case" in n and "Kidsgrove" in n for n in brief.notes)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Filming Tue 11th - Thu 13th May in Leek.", D(2027, 5, 11), D(2027, 5, 13)),
    ("Two days filming, 17th & 18th June, Stone.", D(2027, 6, 17), D(2027, 6, 18)),
    ("Shooting the weekend of 20/21 March at Biddulph.", D(2027, 3, 20), D(2027, 3, 21)),
    ("Shoot is between the 8th and 12th of next month in Fenton.", D(2027, 3, 8), D(2027, 3, 12)),
    ("Filming at Cathedral Close on 20/03/27.", D(2027, 3, 20), D(2027, 3, 20)),  # 'Close' is no closing date
    ("Filming 6th, 7th and 9th April in Alton.", D(2027, 4, 6), D(2027, 4, 9)),
    ("We shoot on the 18th and 19th in Tean.", D(2027, 2, 18), D(2027, 2, 19)),
    ("Filming Saturday 20th in Stone.", D(2027, 2, 20), D(2027, 2, 20)),
    ("Filming the second week of May in Leek.", D(2027, 5, 8), D(2027, 5, 14)),
    ("Filming the last week of April.", D(2027, 4, 24), D(2027, 4, 30)),
    ("Shoot at the end of next month.", D(2027, 3, 21), D(2027, 3, 31)),
    ("Filming Feb-Apr 2028 in Rugeley.", D(2028, 2, 1), D(2028, 4, 30)),
    ("Filming w/c 15/3 in Hanley.", D(2027, 3, 15), D(2027, 3, 19)),
])
def test_shoot_dates_by_kind(text: str, start: dt.date, end: dt.date) -> None:
    brief = read(text)
    assert (brief.dates.start, brief.dates.end) == (start, end)
    assert brief.deadline is None


@pytest.mark.parametrize("text", [
    "Will the office be open over Easter weekend?",
    "Thanks so much for all your help - we'll be in touch again in the summer.",
])
def test_a_question_or_thanks_with_no_shoot_has_no_shoot_dates(text: str) -> None:
    brief = read(text)
    assert brief.dates is None and not brief.needs


# Places by general kind of language (issue 12, round 2): each sentence written here, none from a judged set.
@pytest.mark.parametrize(("text", "places"), [
    # a venue or landmark by its head word, with no town named: placed at the cluster
    ("Filming at Brindley Nature Reserve on 4 May.", ["Brindley Nature Reserve"]),
    # a name written with a known place is a venue there
    ("Filming two days at the Kilnworks, Tunstall in May.", ["the Kilnworks", "Tunstall"]),
    ("Music video at Crow Knoll (near the Roaches) on Sat.", ["Crow Knoll", "The Roaches"]),
    # an organisation's building is the building, the organisation only where it is
    ("A sound recordist for our shoot at Keele Uni's Chancellor Building on 3 March.",
     ["Keele University", "Chancellor Building"]),
    # villages the postcode table lacks, read from a place noun or a list of places
    ("Filming at a farmhouse near Brackenlow on 6 May.", ["Brackenlow"]),
    ("Shooting around Leek, Thornwick and Ashlowe in May.", ["Leek", "Thornwick", "Ashlowe"]),
    # a postcode in an address is its own place
    ("Filming on Mill Road, Longton ST3 on 4 May.", ["Mill Road", "Longton", "ST3"]),
    # not places: an attributive origin, a firm in brackets, a topic, transport, parking
    ("Shooting in Leek next week for a Cheadle clothing brand.", ["Leek"]),
    ("Ashgrove Docs (Leeds) are filming in Stone on 4 May.", ["Stone"]),
    ("Filming: Tuesday (Leek), Wednesday (Cheddleton).", ["Leek", "Cheddleton"]),  # a day's place is the shoot's
    ("A short doc about the old Potteries, filming in Fenton in May.", ["Fenton"]),
    ("Shooting at Rudyard Lake on Sat; need a minibus to ferry us from Stoke station.", ["Rudyard Lake"]),
    ("Filming on Cross Street, Leek on 5 May, with vans parked on Mill Lane.", ["Cross Street", "Leek"]),
    # roads by number, a venue named after its town, a street opening a sentence, a village after the shoot's verb
    ("Filming tracking shots on the A444 between Leek and Cheddleton on 2 May.", ["A444", "Leek", "Cheddleton"]),
    ("Filming two nights at the Tamworth Assembly Rooms in May.", ["Tamworth Assembly Rooms"]),
    ("We film in Stone on 4 May. Crown Street and Radford Lane will be closed.",
     ["Stone", "Crown Street", "Radford Lane"]),
    ("We'll shoot the exteriors at Brindlecote on 5 May.", ["Brindlecote"]),
    ("Filming in Leek on 4 May; the diversion will be signed via the A53.", ["Leek"]),
    ("Drone shots of Hanley for Mill Street Pictures on 4 May.", ["Hanley"]),  # a firm, not a street
    # a known place's name made longer, at its own point near the cluster, else where the brief is
    ("Filming in Cheddleton and at Hulme End on 3 May.", ["Cheddleton", "Hulme End"]),
    ("Live stream from the King's Hall, Stoke on 5 May; crew from Crewe.", ["the King's Hall", "Stoke"]),
    ("Shooting at Mr Smith's farm in Onecote on 3 May.", ["Onecote"]),  # someone's farm names no venue
    ("We will be filming in Summer at Shugborough.", ["Shugborough"]),
    # after a bare 'in', only a name shaped like a place is one: not a format, a tool, a season or a block
    ("We're shooting in Slow Motion for the finale in Leek.", ["Leek"]),
    ("Shooting in Block Two from 3 May, need a gaffer.", []),
    ("We're filming in Unreal Engine, need a VP supervisor.", []),
    ("Filming in Heather's flat in Biddulph.", ["Biddulph"]),  # a village that is a given name: her flat
    # not places: the sender's own premises, the sender however introduced, an organisation asking
    ("Need a carpenter Fri for a set build at our Burslem unit.", []),
    ("Hi, I'm a gaffer from Stafford, free from March!", []),
    ("We're Kilnlight Hire, a new grip and lighting rental house in Longton.", []),
    ("Leek Arts Trust invites quotes for an animated film.", []),
    ("Hi, it's Jo from Acme Arts, Leek - filming in Stone on 4 May.", ["Stone"]),
    # a signature with no sign-off, where someone lives or is, a style, a fan of a club
    ("Filming a short in Cheadle on 4 May.\n\nPriya Okafor\nProducer, Acme Films\nManchester M4 5JD", ["Cheadle"]),
    ("Need a gaffer for a shoot in Leek on 3 May.\n--\nSam Reeves | Kiln Media | Longton ST3 1PQ", ["Leek"]),
    ("Our director lives in Buxton but the shoot is in Biddulph on 5 May.", ["Biddulph"]),
    ("The client is in London; we're filming at their Stafford factory on 6 May.", ["Stafford"]),
    ("A Manchester-style warehouse party scene we're shooting in Longton on 2 May.", ["Longton"]),
    ("Filming a Derby County fan in his Stoke home on 7 May.", ["Stoke"]),
    ("Streaming our panto 'Dick Whittington' from the Tamworth Assembly Rooms in December.",
     ["Tamworth Assembly Rooms"]),  # a place word in a quoted title
])
def test_places_by_kind_of_language(text: str, places: list[str]) -> None:
    assert shoot_places(read(text)) == places


def test_a_venue_no_town_places_is_put_at_the_cluster_and_noted() -> None:
    brief = read("Filming at Brindley Nature Reserve on 4 May.")
    assert any("cluster" in n and "Brindley Nature Reserve" in n for n in brief.notes)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("need a spark sat and sun, filming in Leek", D(2027, 2, 6), D(2027, 2, 7)),  # a lower-case pair of days
    ("filming Monday to Wednesday next week in Stone", D(2027, 2, 8), D(2027, 2, 10)),
    ("Shooting on 16 or 17 March in Leek", D(2027, 3, 16), D(2027, 3, 17)),  # either day: both
    ("awards night at the Kings Hall on the twenty-sixth, need a camera op", D(2027, 2, 26), D(2027, 2, 26)),
    ("Voicemail, Wed 3 Feb: filming Thursday in Leek, need a spark", D(2027, 2, 4), D(2027, 2, 4)),
    ("Can pay £150 day, shoot in a fortnight in Leek, need a spark", D(2027, 2, 17), D(2027, 2, 17)),
    ("filming every other Friday from 12 March until the end of May, need a runner", D(2027, 3, 12), D(2027, 5, 31)),
    ("Need a camera op: filming 6 bands over 3 Fridays in April.", D(2027, 4, 1), D(2027, 4, 30)),
    ("need a runner this sat, filming in Leek", D(2027, 2, 6), D(2027, 2, 6)),
    ("need 2 sparks sat 20th & sun 21st for the shoot", D(2027, 2, 20), D(2027, 2, 21)),
    ("filming from the 15th for two weeks, need a DoP", D(2027, 2, 15), D(2027, 2, 28)),
    ("shoot is 9/3 in Leek, need a spark", D(2027, 3, 9), D(2027, 3, 9)),  # day and month, UK order
    ("need a runner a week on Friday for a shoot", D(2027, 2, 12), D(2027, 2, 12)),
    ("shooting tonite in Hanley, need a spark", D(2027, 2, 3), D(2027, 2, 3)),
    ("filming the first two weeks of May, need a DoP", D(2027, 5, 1), D(2027, 5, 14)),
    ("filming over the May bank holiday weekend, need a runner", D(2027, 5, 1), D(2027, 5, 3)),
    ("filming 5th March, 6th March and 12th March, need a runner", D(2027, 3, 5), D(2027, 3, 12)),  # a list
    ("need a runner for the shoot this Friday and next Monday", D(2027, 2, 5), D(2027, 2, 8)),  # of next week
    ("gaffer wanted Sat 7am till late, Regent", D(2027, 2, 6), D(2027, 2, 6)),  # a weekday with hours
    ("a promo in Cheadle fri, need a spark", D(2027, 2, 5), D(2027, 2, 5)),  # a lower-case weekday ending a clause
    ("need a runner on the ninth, no, the tenth of March", D(2027, 3, 10), D(2027, 3, 10)),  # corrected
    ("[01/02/2027, 09:12] Sam: need a spark thurs 11th", D(2027, 2, 11), D(2027, 2, 11)),  # a chat's timestamp
    ("recording at the Regent on 9 March, then the next day in Leek, need a spark", D(2027, 3, 9), D(2027, 3, 10)),
    ("a party on Boxing Day, need a videographer", D(2027, 12, 26), D(2027, 12, 26)),
    ("From: Jo Bloggs\nDate: 1 Feb 2027\nSubject: shoot\n\nWe need a spark for filming on 3 March",
     D(2027, 3, 3), D(2027, 3, 3)),  # a forwarded header's date
    ("two electricians on the pre-light mon/tues, filming thurs", D(2027, 2, 4), D(2027, 2, 4)),  # prep days left out
    ("filming end of feb, need a runner", D(2027, 2, 21), D(2027, 2, 28)),
    ("two filming days, 8 + 9 March, need a runner", D(2027, 3, 8), D(2027, 3, 9)),
    ("a doc, er, filming from, um, next month through to May I think, need a runner", D(2027, 3, 1), D(2027, 5, 31)),
    ("[1/2 09:00] Sam: spark needed thurs 11th\n[1/2 09:05] Sam: update: now its Fri 12th not thurs",
     D(2027, 2, 12), D(2027, 2, 12)),  # a later message corrects the day
    ("Cheers, Mo\n\n---------- Forwarded message ----------\nFrom: Ana\n\nWe need a runner for filming on 3 May.",
     D(2027, 5, 3), D(2027, 5, 3)),  # a forwarded message under a sign-off is read
    ("we're looking at the weekend of the 20th for the shoot, need a runner", D(2027, 2, 20), D(2027, 2, 21)),
    ("shooting March/April, need a spark", D(2027, 3, 1), D(2027, 4, 30)),
    ("filming mid to late March, need a spark", D(2027, 3, 11), D(2027, 3, 31)),
    # a notice with no need: the sentence before says what the closure is for
    ("Filming is planned on Mill Lane, Leek. The road will be closed from 08:00 on 6 March until 18:00 on 7 March.",
     D(2027, 3, 6), D(2027, 3, 7)),
])
def test_dates_by_kind_of_language(text: str, start: dt.date, end: dt.date) -> None:
    brief = read(text)
    assert brief.dates is not None and (brief.dates.start, brief.dates.end) == (start, end)


def test_a_longer_name_beginning_with_a_far_place_is_put_where_the_brief_is() -> None:
    brief = read("Filming in Cheddleton and at Hulme End on 3 May.")
    hulme_end, cheddleton = brief.locations[1], brief.locations[0]
    assert (hulme_end.lat, hulme_end.lon) == (cheddleton.lat, cheddleton.lon)  # not Manchester's Hulme


@pytest.mark.parametrize("text", [
    "can u send me some ADs? 2nd and 3rd for a shoot in Leek",  # grades of AD, no days
    "a 9/10 shoot, need a runner",  # a score
    "need a 1st and 2nd AC for the shoot in Leek",  # grades of AC
    "we came 2nd. need a runner for a shoot in Leek",
    "a 16:9 and 4/3 delivery, need an editor for the shoot",  # aspect ratios
])
def test_numbers_that_are_no_days(text: str) -> None:
    assert read(text).dates is None


@pytest.mark.parametrize("text", [
    "Hi, I'm a Stoke-based focus puller with own kit, free from March - add me to your list!",  # an offer
    "We're hiring a stage manager, full-time, starting March.",  # a job's start, no shoot
    "We'll be growing the team at our studio over the next year: animators wanted.",  # the coming year, vaguely
])
def test_dates_that_are_no_shoot(text: str) -> None:
    brief = read(text)
    assert brief.dates is None or not brief.dates.shoot
