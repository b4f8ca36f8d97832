"""Shoot dates by kind of language (issue 12, round 7), in sentences written here, none from a judged brief:
dates in Polish, Spanish and Welsh, a weekday every week of a month, school terms and half terms, a season
that names a product, a quoted reply's date, a day said from the date before ("the Wednesday", "later in
the month"), a crew call, fittings and rig days, the days of a weekend given as a range, "between xmas and
new year", a month that only starts the shoot, a length said with another date, a correction to a bare
day, a weekday inside a title. Each case fails without the rule it is named after."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief

TODAY = dt.date(2027, 2, 3)  # a Wednesday
D = dt.date

# (kind, text, start, end or None for an open end)
CASES = [
    ("polish month after days", "Filmujemy 14-15 marca w Leek, need a spark", D(2027, 3, 14), D(2027, 3, 15)),
    ("spanish weekday before a day", "rodamos viernes 12 en Hanley, need a runner", D(2027, 2, 12), D(2027, 2, 12)),
    ("welsh days and month", "Rydyn ni'n ffilmio ar 8 a 9 Mehefin yn Leek. Angen rhedwr arnom ni. Diolch!",
     D(2027, 6, 8), D(2027, 6, 9)),
    ("welsh month after 'ym mis'", "Rydyn ni'n ffilmio yn Leek ym mis Ebrill. Mae angen dyn camera arnom ni.",
     D(2027, 4, 1), D(2027, 4, 30)),
    ("a foreign 'tomorrow'", "rodamos mañana en Hanley, need a runner", D(2027, 2, 4), D(2027, 2, 4)),
    ("a welsh weekday alone", "Shwmae, ni'n ffilmio dydd Sadwrn yn Leek, angen rhedwr. Diolch!", D(2027, 2, 6),
     D(2027, 2, 6)),
    ("an english word is no foreign month", "5 Mars bars for the crew, filming on 9 March", D(2027, 3, 9),
     D(2027, 3, 9)),
    ("every weekday of a month", "a podcast recorded every Tuesday in March at the library, need a sound op",
     D(2027, 3, 2), D(2027, 3, 30)),
    ("october half term", "a youth film over the October half term, need a camera op", D(2027, 10, 25),
     D(2027, 10, 29)),
    ("may half term", "filming with the kids in May half term, need an editor", D(2027, 5, 31), D(2027, 6, 4)),
    ("a month inside a term", "workshops in the summer term, probably June, need a film-maker", D(2027, 6, 1),
     D(2027, 6, 30)),
    ("a season naming a range", "shooting our autumn/winter range on 10 March, need a stylist", D(2027, 3, 10),
     D(2027, 3, 10)),
    ("a season naming a collection", "a shoot for the summer collection next Tuesday, need a photographer",
     D(2027, 2, 9), D(2027, 2, 9)),
    ("a quoted reply's date", "Can you help?\n\n> On 1 Feb, Sam Reed wrote:\n> need a spark for filming on 20 March",
     D(2027, 3, 20), D(2027, 3, 20)),
    ("the weekday after a date", "filming Tuesday 9 March, maybe a second day on the Wednesday, need a runner",
     D(2027, 3, 9), D(2027, 3, 10)),
    ("the weekday before a date", "the gig is Sat 13 March; riggers for the Friday get-in and a camera op",
     D(2027, 3, 13), D(2027, 3, 13)),
    ("later in the month", "recording on 4 March with more filming later in the month, need a sound op",
     D(2027, 3, 4), D(2027, 3, 31)),
    ("a crew call", "Crew call for our short (12-13 March, Leek): need a gaffer", D(2027, 3, 12), D(2027, 3, 13)),
    ("fittings", "costume fittings on Monday 8th, filming Thursday 11 March, need a dresser", D(2027, 3, 11),
     D(2027, 3, 11)),
    ("a rig day named twice", "the concert is on 13 March (rig day Friday 12th); a caterer for the crew on the "
     "12th and a camera op", D(2027, 3, 13), D(2027, 3, 13)),
    ("a weekend as a range", "filming the weekend of 20\u201321 March + Mon 22 March, need a spark", D(2027, 3, 20),
     D(2027, 3, 22)),
    ("between xmas and new year", "a night shoot between xmas and new year, need a spark", D(2027, 12, 27),
     D(2027, 12, 31)),
    ("a month that starts the shoot", "The shoot runs from April 2027; we need two animators", D(2027, 4, 1), None),
    ("a length said with another date", "a coordinator from 1 March for 10 weeks. Shoot starts 5 April in Leek, "
     "need a runner", D(2027, 4, 5), None),
    ("a correction to a bare day", "[1/2 10:00] Jo: filming on the 11th, need a spark\n[1/2 10:05] Jo: correction "
     "it's 12th not 11th", D(2027, 2, 12), D(2027, 2, 12)),
    ("a weekday in a title", "Short film 'Wet Sunday' shooting in Leek, 6-7 March, need a runner", D(2027, 3, 6),
     D(2027, 3, 7)),
    ("an abbreviated month after 'in'", "we're recording voices in Jan, need a sound op", D(2028, 1, 1),
     D(2028, 1, 31)),
    ("late and an abbreviation", "- Priya: a promo on the canal, late Nov. Wants a drone op", D(2027, 11, 21),
     D(2027, 11, 30)),
    ("a welsh ordinal", "Ni'n ffilmio yn Leek, 14eg Mehefin. Angen rhedwr. Diolch!", D(2027, 6, 14), D(2027, 6, 14)),
    ("a start month inside a span of months", "ongoing from April, maybe twelve days across April and May, need "
     "an AP", D(2027, 4, 1), D(2027, 5, 31)),
    ("a weekday, a comma and its date", "We are filming on Tuesday, 2 March 2027 and need a spark", D(2027, 3, 2),
     D(2027, 3, 2)),
    ("a weekday, 'the' and its date", "need a runner Friday the 12th of March for a short", D(2027, 3, 12),
     D(2027, 3, 12)),
    ("half of a month", "filming in the first half of April, need a gaffer", D(2027, 4, 1), D(2027, 4, 15)),
    ("a week from a weekday", "need a runner a week from Monday for a shoot in Leek", D(2027, 2, 15),
     D(2027, 2, 15)),
    ("a couple of weeks", "shooting in a couple of weeks in Leek, need a spark", D(2027, 2, 17), D(2027, 2, 17)),
    ("a past date with its year", "We shot the pilot on 3 November 2026. The series films 5-9 April; need a DoP",
     D(2027, 4, 5), D(2027, 4, 9)),
    ("an email's date said in passing", "Following up my email of 28 January: we still need a gaffer for the "
     "6 March shoot", D(2027, 3, 6), D(2027, 3, 6)),
    ("a day with no month after a date", "Need a drone op. Date: Saturday 20th March (reserve day Sunday 21st)",
     D(2027, 3, 20), D(2027, 3, 21)),
    ("two weekdays joined by 'n'", "need a spark sat n sun for a shoot in Leek", D(2027, 2, 6), D(2027, 2, 7)),
    ("a day range with one ordinal", "shooting 14-15th, need a runner", D(2027, 2, 14), D(2027, 2, 15)),
    ("a month, then days with ordinals", "need a gaffer March 8th-12th for a shoot", D(2027, 3, 8), D(2027, 3, 12)),
    ("'every' and an abbreviated weekday", "a live stream every Sat in March, need a vision mixer", D(2027, 3, 6),
     D(2027, 3, 27)),
    ("a weekday night, spelled short", "gig sat nite in Hanley, need a camera op", D(2027, 2, 6), D(2027, 2, 6)),
    ("a past shoot with no year", "Our last shoot (12 Jan) went really well! Next one is 20 Feb, need a spark "
     "again", D(2027, 2, 20), D(2027, 2, 20)),
    ("a past month with no year", "We filmed block one in January. Block two shoots 1-5 March, need a spark",
     D(2027, 3, 1), D(2027, 3, 5)),
    ("a thank-you's date", "Thanks for your help on 28 January! Now we need a runner for 20 February.",
     D(2027, 2, 20), D(2027, 2, 20)),
    ("a production back for a season", "The last series was shot in spring 2026. We're back in spring 2027; need "
     "a DoP", D(2027, 3, 1), D(2027, 5, 31)),
    ("a quote's return time and weekday", "Invitation to quote: return by noon, Monday 1 March. Filming in May, need "
     "a production company", D(2027, 5, 1), D(2027, 5, 31)),
    ("a season next year", "a nature doc filming in spring next year, need a wildlife camera op", D(2028, 3, 1),
     D(2028, 5, 31)),
    ("two months in lower case", "shooting oct/nov in Leek, need a DoP", D(2027, 10, 1), D(2027, 11, 30)),
    ("a day counted from Easter", "a shoot on Easter Monday at the park, need a runner", D(2027, 3, 29),
     D(2027, 3, 29)),
    ("a named day of the year", "a promo filmed on Bonfire Night, need a camera op", D(2027, 11, 5), D(2027, 11, 5)),
    ("a week of next month", "need a spark the first week of next month for a shoot", D(2027, 3, 1), D(2027, 3, 7)),
    ("a range of days and months in figures", "need a spark 14/2-16/2 for a shoot in Leek", D(2027, 2, 14),
     D(2027, 2, 16)),
    # no shoot to come: dates kept for the user, none of them the shoot's
    ("postponed indefinitely", "Sadly we've had to postpone the shoot indefinitely; please stand down the spark "
     "for 10-12 March", None, None),
    ("a cancellation", "no longer need the gaffer for Saturday, the venue pulled out. Cancel pls", None, None),
    ("a job advert from a company named Films", "VACANCY - Kestrel Films, Leek. Production manager, full time. "
     "Interviews in the second week of March.", None, None),
    ("a publishing date", "Need a camera op for our promo in Leek. It goes out on socials on 1 April.", None, None),
    ("a reply wanted", "Need a camera op for our promo in Leek; please get back to me before 12 Feb.", None, None),
    ("a studio opening", "Our new studio in Hanley opens in the spring; we'd love to be on your facilities list.",
     None, None),
]


@pytest.mark.parametrize(("text", "start", "end"), [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_shoot_dates_by_kind_of_language(text: str, start: dt.date | None, end: dt.date | None) -> None:
    dates = parse_brief(text, today=TODAY).dates
    if start is None:  # no shoot dates
        assert dates is None or not dates.shoot
        return
    assert dates is not None and dates.shoot
    assert dates.start == start
    assert (dates.open_end, dates.end if end else None) == ((True, None) if end is None else (False, end))


@pytest.mark.parametrize(("text", "deadline"), [
    ("Runner wanted for our Leek shoot. Closing date: before Christmas.", D(2027, 12, 24)),
    ("Deadline for expressions of interest: 12 Feb. Shoot in May. Need a DoP.", D(2027, 2, 12)),
    ("EOI deadline 12/2. Need a production company for a series filming in May.", D(2027, 2, 12)),
])
def test_deadlines_said_loosely(text: str, deadline: dt.date) -> None:
    assert parse_brief(text, today=TODAY).deadline == deadline


def test_before_christmas_is_a_deadline_and_no_shoot_date() -> None:
    brief = parse_brief("Runner wanted for our Leek shoot. Closing date: before Christmas.", today=TODAY)
    assert brief.deadline == D(2027, 12, 24)
    assert brief.dates is None
