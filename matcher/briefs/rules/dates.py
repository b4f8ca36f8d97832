"""Rules for when: days, ranges, weeks, months, seasons, holidays, and what a date is for."""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["DATES", "ORDINALS", "day"]

MON = (r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
       r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)")
# Alone, a month is also a verb or a name ("may", "march", "Jan"): only a capitalised full name
# counts, or a capitalised abbreviation ("late Feb", "Sept"); "Jan" and "Mar" only before a year;
# "May I" is a question unless a time word comes before ("through to May I think"); after "in", "of", "early",
# "mid" or "late" any case is a month ("in Jan", "late feb").
BARE_MON = (r"(?-i:January|February|March|April|(?:(?<=\bto\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\btill\s)"
            r"|(?<=\bby\s)|(?<=\bfrom\s))May|May(?!\s+(?:I|we|you|be|have|need|not|also)\b(?!\s+(?:think|reckon|guess)\b))"
            r"|June|July"
            r"|August|September|October|November|December"
            r"|(?:Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|(?:Jan|Mar)\b\.?(?=\s+20\d\d)"
            r"|(?:(?<=\bin\s)|(?<=\bof\s)|(?<=early\s)|(?<=\bmid\s)|(?<=\bmid-)|(?<=late\s))(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
            r"|nov(?:ember)?|dec(?:ember)?)\b)(?!\w)")
D = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
Y = r"20\d\d\b"
TO = r"\s*(?:-|\u2013|\u2014|to|until|till|til|through|thru|and|or|&|\+)\s*(?:the\s+)?"  # "16 or 17 Jan": either day
# A weekday written before a day of a range: "Mon 15th - Fri 19th Feb".
WD = r"(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?"
START = r"(?<![\w£$.,/:])\b"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A weekday however written, in a pair ("sat and sun", "Mon-Wed"), where even lower-case abbreviations are days.
_ANY_WD = r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"

# Days of a month spelled out, as said in calls and voicemails: "the eleventh of January".
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth", "twentieth")
ORDINALS = {w: n for n, w in enumerate((*_UNITS, *_TEENS), start=1)}
ORDINALS |= {f"twenty-{w}": 21 + n for n, w in enumerate(_UNITS)} | {"thirtieth": 30, "thirty-first": 31}
_ORDINAL = "|".join(sorted((w.replace("-", r"[\s-]") for w in ORDINALS), key=len, reverse=True))


def day(p: str) -> str:
    """One calendar day, groups prefixed by p: '3rd (of) March 2027', 'March 3rd', '10/05/2027'. A month
    and the number opening the next line ("in March\n2. a foley artist") are no date: a list's number."""
    md_end = rf"(?:(?<=st|nd|rd|th)|(?=\s*(?:[,.;)\-\u2013]|to\b|until\b|and\b|$|\s{Y})))"  # "June 3 sparks" is no date
    return (rf"(?:(?P<{p}d>{D})(?:\s+of)?\s+(?P<{p}m>{MON})(?:,?\s+(?P<{p}y>{Y}))?"
            rf"|(?P<{p}m2>{MON})[ \t]+(?P<{p}d2>{D}){md_end}(?:,?\s+(?P<{p}y2>{Y}))?"
            rf"|(?P<{p}n>\d{{1,2}}(?P<{p}sep>[/.])\d{{1,2}}(?P={p}sep)(?:\d{{4}}|\d{{2}})\b|\d{{4}}-\d\d-\d\d\b))")


DATES = RuleTable.of("dates", [
    Rule("spelled_day", rf"\b(?P<w>{_ORDINAL})(?=\s+(?:of\s+)?{MON}|{TO}(?:{_ORDINAL})\s+(?:of\s+)?{MON})"
         rf"|\b{MON}\s+(?P<w2>(?:the\s+)?(?:{_ORDINAL}))\b"
         rf"|\bon\s+the\s+(?P<w3>{_ORDINAL})\b(?=\s*(?:[,.;:!?)]|$|\s+(?:and|&|to|at|from|for|in|between)\b))",
         "A day of a month spelled out, read as its number: 'the eleventh of January', 'March the twenty-first', "
         "'the second to the fifth of May'; a day with no month after 'on the' ('on the twenty-ninth.').",
         ("the eleventh of January", "twenty-first March", "March the third", "the second to the fifth of May",
          "a gig on the twenty-ninth, need", "on the third and fourth"),
         ("the first week of March", "our second shoot in May", "on the second floor")),
    Rule("range", rf"(?:\bbetween\s+(?:the\s+)?)?{START}{WD}(?:{day('a')}{TO}"
         rf"|(?P<bare>{D})(?:\s*,\s*{D})*(?:{TO}|\s*/\s*|\s*,\s*)){WD}{day('b')}",
         "Two days: '3-21 March 2027', '3 March to 21 March', '14/06/27 - 02/07/27', 'Mon 15th - Fri 19th Feb', "
         "'21st & 22nd June', 'the weekend of 13/14 March', a list '3rd, 4th and 5th March' (first to last).",
         ("3-21 March 2027", "between 3 and 21 March", "14/06/27 - 02/07/27", "Mon 15th - Fri 19th Feb",
          "21st & 22nd june", "13/14 March", "3rd, 4th and 5th March"), ("3 sparks to 21",)),
    Rule("weekday_range", rf"\b(?:(?P<rel1>this|next)\s+)?(?P<wd1>{_ANY_WD})\.?\s*"
         r"(?:-|\u2013|to|till|until|thru|and|or|&|\+|/|n|'n'?|an')"
         rf"\s*(?P<wd2>{_ANY_WD})\b\.?(?:\s+(?P<rel>this|next)\s+(?:week|wk)\b)?(?!\s*\d)",
         "Two weekdays as a span: 'sat and sun', 'Monday to Wednesday', 'Mon-Wed next week', 'fri/sat': the next "
         "such days, from the first to the second ('next week' said in the sentence: in the next calendar week).",
         ("sat and sun?", "Monday and Tuesday next week", "Mon-Wed", "fri/sat", "this sat & sun",
          "tues or weds this wk", "sat n sun"),
         ("Sunday 14th to Monday 15th", "sat down and sunbathed", "mon 3 - wed 5 March"), source="guidelines"),
    Rule("dom_days", r"(?:\b(?:on\s+)?(?:the\s+)?(?P<d1>3[01]|[12]\d|0?[1-9])(?:(?:st|nd|rd|th)\s*|(?=-|\u2013))"
         r"(?:-|\u2013|to|and|&)\s*"
         r"(?:the\s+)?(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
         rf"|\b(?:{_WEEKDAY}|(?-i:Mon|Tues?|Weds?|Thurs?|Thu|Fri|Sat|Sun))\.?,?\s+(?:the\s+)?"
         r"(?P<d3>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)\b(?!\s*(?:of\s+)?(?:(?!not\b)(?-i:[a-z]{3})|(?-i:[A-Z]{2})\b|\d|[/:]|\.\d))"
         rf"(?!\s*(?:of\s+)?{MON})"
         rf"|\b{_ANY_WD}\.?,?\s+(?:the\s+)?(?P<d5>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
         rf"(?:\s*(?:-|\u2013|to|and|&)\s*{_ANY_WD}\.?,?\s+(?:the\s+)?(?P<d6>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))?"
         r"\b(?!\s*(?:of\s+)?(?!(?:for|and|from|until|till|with|to|at|in|on|or|not)\b)(?:(?-i:[a-z]{3})|\d|[/:]|\.\d))"
         rf"(?!\s*(?:of\s+)?{MON})",
         "Days of the month with no month: 'the 12th-16th', 'on the 4th and 5th', 'Sunday 14th' (the next such "
         "days, this month or the next); with a weekday to each ('sat 20th & sun 21st').",
         ("the 12th-16th", "on the 4th and 5th", "Sunday 14th", "Thurs 4th", "sat 20th & sun 21st", "fri 5th",
          "Weds 14th Biddulph Grange", "14-15th"),
         ("the 12th of March", "Sunday 14 March", "12-16 people", "2nd and 3rd for 12-16 april", "a 1st and 2nd AC"),
         source="guidelines"),
    Rule("week_of", rf"\b(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+"
         r"(?:(?P<count>two|three|2|3)\s+)?(?:full\s+)?"
         r"(?P<unit>weekend|wknd|w/e|weeks?)\s+"
         rf"(?:of|in)\s+(?:(?P<m>{MON})(?:\s+(?P<y>{Y}))?|(?:the\s+)?(?P<rel>next|this|coming)\s+month\b)",
         "A week of a month by its place ('the first week of next month': of the month after this one): 'the "
         "first week of June' (1-7), 'the last week of March' (its last "
         "seven days), 'the first two weeks of May' (1-14); a weekend of a month is its Saturday and Sunday "
         "('the first wknd of Oct').",
         ("the first week of June", "last week of March 2027", "first wknd of Oct", "the first two weeks of May",
          "the first week of next month"),
         ("last week",), source="uk-usage"),
    Rule("month_end", r"\b(?:the\s+)?end\s+of\s+(?:the|this|(?P<next>next))\s+month\b",
         "'the end of the month': its 21st to last day, of this month or (next) the next one.",
         ("the end of the month", "end of next month"), ("end of March",), source="guidelines"),
    Rule("month_days", rf"(?:\bbetween\s+)?(?:the\s+)?{START}(?P<d1>{D})(?:{TO}(?P<d2>{D}))?\s+(?:of\s+)?"
         r"(?P<rel>next|this|the\s+coming)\s+month\b",
         "Days of a month named relative to today: 'between the 10th and 14th of next month', 'the 3rd of "
         "this month'.", ("between the 10th and 14th of next month", "3rd of this month"), ("next month",),
         source="guidelines"),
    Rule("month_range", rf"\b(?P<m>{MON})\s+(?P<d1>{D}){TO}(?P<d2>{D})(?!\s+(?:of\s+)?{MON})(?:,?\s+(?P<y>{Y}))?",
         "A month, then two days: 'March 3-21, 2027'.", ("March 3-21, 2027", "Jan 5 to 9"), ("March 3 sparks",)),
    Rule("week", rf"\b(?:w/?c|w\.c\.?|w/b|(?:week|wk)\s+(?:commencing|beginning|starting|of))\s*:?\s*"
         rf"(?:mon(?:day)?\s+)?(?:the\s+)?(?:{day('w')}|(?P<wdm>(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![/\d]))",
         "A working week from its Monday: 'w/c 12 April' is Monday to Friday.",
         ("w/c 12 April", "week commencing 12th April 2027", "w/c 8/3"), ("week 12",), source="guidelines"),
    Rule("single", rf"{START}{day('s')}", "One day: '3rd March', 'March 3rd', '10/05/2027'.",
         ("3rd March", "10/05/2027", "2027-05-10", "March 3rd"), ("£3 March", "a mix in March\n2. a foley stage")),
    Rule("months", rf"(?P<m1>{BARE_MON}|(?-i:Jan|Mar)\b\.?)(?:\s+(?P<y1>{Y}))?(?:{TO}|\s*/\s*)"
         rf"(?P<m2>{BARE_MON})(?:\s+(?P<y2>{Y}))?",
         "A span of months: 'March to May', 'March/April'.", ("March to May", "Oct - Dec 2027", "March/April"),
         ("may to june",)),
    Rule("period",
         r"(?<!\blast\s)\b(?:(?P<part0>early|mid)[\s-]*(?:to|-|\u2013|or)\s*(?=late|mid|end))?"
         r"(?:(?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of|(?:first|1st|second|2nd|latter|back)\s+half\s+of)"
         r"[\s-]+(?:the\s+)?)?"
         r"(?:(?<!\bthe\s)(?P<rel>next|this|coming)\s+)?(?:(?P<season>spring|summer|autumn|winter)"
         rf"|(?P<month>{BARE_MON})|q(?P<q>[1-4])|(?P<new>the\s+new\s+year|(?<!happy\s)new\s+year)|(?P<unit>week|wk|month|year)"
         rf"|(?P<year>{Y})|(?P<asap>asap|as\s+soon\s+as\s+possible|immediately|tbc|tba)"
         rf"|(?P<tomorrow>tomorrow|tmrw|tmw|tomoz|tmoz|2moro|2morrow))\b(?:\s+(?P<y>{Y})|\s+(?P<ny>next|this)\s+year\b)?",
         "A vague period: a season, a month, a quarter, 'next week', 'early next year', 'tomorrow'.",
         ("next spring", "mid-May", "Q2 2027", "early next year", "tomorrow", "mid to late March", "spring next year",
          "the second half of May"),
         ("springboard", "last summer")),
    Rule("holiday",
         r"\b(?:(?P<panto>(?:the\s+)?(?P<py>20\d\d)\s*[/-]\s*(?:20)?\d\d\s+panto(?:mime)?\s+season|panto(?:mime)?\s+season)"
         r"|(?P<between>between\s+(?:christmas|xmas|crimbo)\s+and\s+(?:the\s+)?new\s+year)"
         r"|(?P<xmas>(?:over|at|during|around)\s+(?:christmas|xmas|crimbo))|(?P<before>before\s+(?:christmas|xmas))"
         r"|(?P<day>christmas\s+eve|christmas\s+day|boxing\s+day|new\s+year['\u2019]?s\s+eve|new\s+year['\u2019]?s\s+day"
         r"|hogmanay|valentine['\u2019]?s\s+day|hallowe['\u2019]?en|bonfire\s+night|guy\s+fawkes\s+night"
         r"|st\.?\s+david['\u2019]?s\s+day|st\.?\s+george['\u2019]?s\s+day|st\.?\s+patrick['\u2019]?s\s+day|burns\s+night)"
         r"|(?P<eday>good\s+friday|easter\s+(?:saturday|sunday|monday)|mothering\s+sunday|mother['\u2019]?s\s+day)"
         rf"|(?P<easter>easter(?:\s+weekend)?)(?:\s+(?P<ey>{Y}))?)\b",
         "Holidays and seasons of the year that are not months: panto season (1 December to 10 January), "
         "over Christmas (24-26 December), between Christmas and New Year (27-31), Easter weekend; one-day holidays "
         "(Christmas Eve, Boxing Day, New Year's Eve, New Year's Day); 'before Christmas', as a deadline only, is 24 "
         "December.",
         ("across the 2028/29 panto season", "over Christmas", "between Christmas and New Year", "Easter weekend 2027",
          "between xmas and new year", "Closing date: before Christmas", "filming on Easter Monday",
          "a Halloween shoot", "over Bonfire Night",
          "a party on Hogmanay", "a shoot on Boxing Day"),
         ("Christmas advert",), source="guidelines"),
    Rule("relative", rf"(?<!each\s)(?<!every\s)(?<!other\s)(?<!alternate\s)(?<!the\s)\b"
         rf"(?:(?P<wd_rel>this|next|on)\s+)?(?P<weekday>{_WEEKDAY}"
         r"|(?-i:Mon|Tues?|Weds?|Thurs?|Thu|Fri|Sat|Sun)|(?:(?<=on\s)|(?<=this\s)|(?<=next\s))(?-i:mon|tues?|weds?|thurs?|fri|sat|sun)"
         r"|(?:(?<=\bfor\s)|(?<=\bfree\s)|(?<=\bone\s)|(?<=\bneeded\s)|(?<=\bavailable\s))(?-i:mon|tues?|weds?|thurs?|fri|sat)"
         r"(?!\s+(?:down|back|up|around|there|with|next|beside|by|in|on|at|still)\b)"
         r"|(?<!\bwe\s)(?<!\bhe\s)(?<!\bI\s)(?<!she\s)(?<!who\s)(?<!hey\s)(?<![\w'])(?-i:mon|tues?|thurs?|fri|sat)"
         r"(?=\s*(?:[,.!?]|$)|\s+(?:\d{1,2}\s*(?:am|pm)|\d{1,2}[:.]\d\d|for|at|in|morning|night|nite|afternoon|arvo|avo|eve(?:ning)?)\b))"
         r"\b(?!\.?,?\s+(?:the\s+)?\d(?!\d?\s*(?:am|pm|[:.]\d)))(?!s\b)(?!\s+s(?:h)?ri\s+akal\b)"
         rf"(?!\.?,?\s+{MON}\s*\d)"  # "Tuesday, 2 March", "Friday the 12th", "Sat, March 13th": one date
         r"(?!-(?:night|morning|afternoon|evening|day)s?\b)(?!['\u2019\"\u201d])"
         r"|\b(?P<wk_rel>this|next)\s+(?:weekend|wknd|w/e)\b|\b(?P<today>(?-i:today|tonight|tonite|(?<![A-Za-z]\s)Today(?=[\s,.!?])))\b"
         r"|\bin\s+(?:a\s+(?P<fortnight>fortnight)|(?P<nw>\d+|two|three|four|five|six|a\s+couple\s+of)\s+weeks?(?:'|\u2019)?"
         r"(?:\s+time)?)\b|\b(?P<this_week>this\s+(?:week|wk))\b"
         r"|\b(?:on\s+)?the\s+(?P<dom>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?"
         r"(?!(?:for|and|from|until|till|with|to|at|in|on|or)\b)(?:[A-Za-z]{3}|(?-i:[A-Z]{2})\b))"
         r"|\b(?:free|on|for|it['\u2019]?s|its)\s+(?P<dom2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?!not\b)[A-Za-z]{3})"
         r"|\b(?-i:[A-Z][a-z]+)\s+(?P<dom3>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
         r"(?=\s*(?:[.!?,;]|$))",
         "Days said relative to today: 'Saturday', 'Fri', 'this weekend', 'today', 'in a fortnight', 'in 3 weeks', "
         "'on the 3rd' (the next 3rd of a month); a lower-case 'sat' or 'fri' only after 'on', 'for', 'free', 'one', "
         "'needed' or 'available' (or 'this', 'next') and not before 'down', 'back' and the like ('need one sat', not "
         "'we sat down'), and before a part of the day ('sat arvo'); 'Sat sri akal' is the Punjabi greeting, no "
         "Saturday; a day's ordinal closing a clause after a name ('night shoot at the Roaches 6th.'); 'every "
         "other Tuesday' is no one day.",
         ("on Saturday", "Fri in Stafford", "this weekend", "tonight", "in a fortnight", "in 3 weeks", "on the 3rd",
          "free 14th", "shoot on sat", "need one sat", "anyone free fri?", "vid this sat", "the Roaches 6th.",
          "a promo in Cheadle fri", "grip wanted thurs, Stone", "an editor fri for the teaser",
          "shoot Sat 7am till late", "correction it's 31st not 30th", "in a couple of weeks", "a gig sat nite",
          "a wedding in Leek sat arvo"),
         ("Saturdays are", "no one sat down", "each Thursday", "the 3rd of March", "Midlands Today about",
          "a Saturday-night show", "for the Sunday matinee", "we sat down", "every other Tuesday", "need a 2nd.",
          "the 2nd AD", "we came 2nd.", "then we sat, waiting", "Sun 14",
          "a short called 'Rainy Sunday'", "it's 2nd hand", "Tuesday, 2", "Friday the 12", "Sat, March 13",
          "Sat Sri Akal everyone, we need", "we sat afterwards"),
         source="guidelines"),
    Rule("shoot_sentence", r"\b(?:(?:re)?shoot\w*|shot|film(?:ed|ing)|record(?:ed|ing|ings)?|scenes?|on\s+set|"
         r"live\s*stream\w*|broadcast\w*|sessions?|takes|capture|dates?\s*(?:\(s\))?\s*:|when\s*:)",
         "A sentence about the shoot itself: when some dates are in such sentences and others not, only those "
         "date the shoot ('office space from 1 April. Shooting 3-21 May.').", ("Shooting in Stone", "Dates: "),
         ("We need office space from 1 April",), source="issue-12"),
    Rule("shoot_before", r"\b(?:filming|shooting|shoot(?:\s+dates?)?|recording|filmed|shot)\s*:?\s*"
         r"(?:on\s+|from\s+|is\s+|dates?\s+)?(?:the\s+)?$",
         "Right before a date, the shoot itself: 'filming Feb-May', 'shoot dates 3-5 March'; such dates win over "
         "others named in passing ('Start mid-January, filming Feb-May').",
         ("filming ", "shoot dates: ", "shooting on "),
         ("start ",), source="issue-12"),
    Rule("weekend_of", r"\b(?:the\s+)?(?:weekend|wknd|w/e)\s+of\s+(?:the\s+)?"
         r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
         rf"(?:\s+(?:of\s+)?(?P<m>{MON}))?(?![/\d])(?!\s*(?:-|\u2013|\u2014|&|\+|and|to)\s*\d)",
         "'the weekend of the 20th': the Saturday and Sunday of the weekend that day falls in or starts.",
         ("the weekend of the 20th", "weekend of 6th March"),
         ("the weekend of 13/14 March", "the weekend of 13\u201314 March"),
         source="uk-usage"),
    Rule("week_on", rf"\ba\s+week\s+(?:(?:on|from)\s+(?:this\s+)?)?"
         rf"(?P<wd>{_WEEKDAY}|(?-i:Mon|Tues?|Weds?|Thurs?|Fri|Sat|Sun)\b"
         r"|today|tomorrow)",
         "'a week on Friday', 'a week Friday', 'a week today': that day seven days later.",
         ("a week on Friday", "a week today", "a week Friday"),
         ("a week in Leek",), source="uk-usage"),
    Rule("short_numeric", r"(?:\b(?:on|is|for|shoot(?:ing)?|filming|dates?\s*:?|from|until|till|by|deadline)\s+"
         r"|(?<![\w/.:])(?=(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9])\s*(?:-|\u2013|to)\s*(?:3[01]|[12]\d|0?[1-9])/))"
         r"(?P<dm>(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![/\d]|\.\d)"
         r"(?:\s*(?:-|\u2013|to)\s*(?P<dm2>(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![/\d]|\.\d))?",
         "A day and month in figures with no year, UK order, after a word that says date ('shoot is 9/3', 'on "
         "12/4 and 13/4'), or two of them as a range ('14/2-16/2'); not a ratio or a score ('a 9/10 shoot').",
         ("shoot is 9/3", "on 12/4", "need a spark 14/2-16/2", "EOI deadline 12/2."),
         ("rated 9/10 by", "scored 3/4", "a 16:9 and 4/3 delivery"), source="guidelines"),
    Rule("bank_holiday", r"\b(?:the\s+)?(?P<which>early\s+may|may(?:\s+day)?|spring|late\s+may|whitsun|august|summer)"
         r"\s+bank\s+"
         r"holiday(?:\s+(?P<weekend>weekend|monday))?",
         "A named bank holiday: early May (the first Monday of May), spring or late May (the last Monday of May), "
         "August or summer (the last Monday of August); its weekend is Saturday to the Monday.",
         ("over the May bank holiday weekend", "August bank holiday Monday"), ("a bank holiday",),
         source="uk-usage"),
    Rule("weekdays_in", r"\b(?:(?P<every>every|each|all)\s+)?(?:(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day"
         r"(?(every)s?|s)|(?(every)(?P<wd2>mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?|(?!)))"
         rf"\s+(?:in|during|through(?:out)?|of)\s+(?P<m>{MON})(?:\s+(?P<y>{Y}))?",
         "'Saturdays in March', 'every Thursday in Jan': the first to the last such day of the month.",
         ("Saturdays in March 2027", "sundays during june", "every Thursday in Jan", "each friday in Feb",
          "every Sat in May"),
         ("Saturday in March", "every other Thursday in May", "Sat in May"), source="uk-usage"),
    Rule("counted", r"\b(?:\d+|two|three|four|five|six|seven|eight|a\s+couple\s+of|a\s+few|several|some)\s+$",
         "A count before 'Thursdays in March': some days inside the month, which is the window ('over 3 Thursdays "
         "in March' is March), not its first to last Thursday.", ("over 3 ", "a couple of "), ("all ", "on "),
         source="guidelines"),
    Rule("every_week", r"\b(?:each|every)\s+(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day\s+for\s+"
         r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+weeks\b",
         "'each Thursday for 6 weeks': the last day is that weekday in the last week, not the week's end.",
         ("each Thursday for 6 weeks", "every Monday for three weeks"), ("for 6 weeks",), source="uk-usage"),
    Rule("list_glue", r"\s*(?:,|\band\b|&|\+|/|\bor\b|,\s*and\b|,\s*then\b|\bthen\b|,?\s*(?:through|thru)?\s*to\b"
         r"|\buntil\b|\btill\b)\s*(?:also\s+)?",
         "Between two dates of one list: the second shares the first's reading ('filming 5 March, 6 March and 12 "
         "March', 'the shoot this Friday and next Monday', 'filming from next month through to May').",
         (" and ", ", ", ", and ", " through to "), (" for the edit on ",),
         source="guidelines"),
    Rule("moved", r"\b(?:moved|changed|pushed(?:\s+back)?|postponed|rescheduled|shifted|brought\s+forward)\s+from\s+"
         r"(?:the\s+)?$",
         "'moved from the 3rd to the 10th': only the new day is the shoot.",
         ("has moved from ", "pushed back from the "), ("from ",), source="uk-usage"),
    Rule("opener", r"(?:\bfrom|\bstart(?:s|ing)?(?:\s+on)?|\bstart\s+date|\bcommencing|\bbeginning"
         r"|\bkick(?:s|ing)?\s+off(?:\s+on)?|\bbegins?|\bongoing\s+from)\s*:?\s*(?:on\s+)?(?:the\s+)?"
         rf"(?:{_WEEKDAY},?\s+)?$",
         "Before a date that only starts the shoot: 'from ', 'starting ', 'kicking off on Monday '.",
         ("from ", "starting on ", "kicking off on Monday "), ("until ",)),
    Rule("deadline", r"\bdeliver\w*\b[^.\n;,]{0,35}$"
         r"|(?:\bby|\bdeadline|\bdeliver\w*|\bdue|\breply|\brespond|\bapply|\bapplications?|\btx"
         r"|\btransmission|\brelease\w*|\bpremiere\w*|\bsubmi\w+|\bquotes?|\btenders?|\bclosing|\bturn\w*\s+round"
         r"|\b(?:applications?|entries|submissions|bids|registrations?|it|call|callout|window)\s+clos\w*)"
         r"\b[^.\n;,]{0,20}$|\bready\s+(?:for|by)\b[^.\n;,]{0,20}$"
         r"|\b(?:return|deadline|due|closing(?:\s+date)?|submissions?)[ \t]*:[^\n]{0,30}$"
         r"|\b(?:deadline|closing\s+date)\b[^.\n;:]{0,40}:[^\n]{0,20}$"
         r"|\b(?:by|before)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|noon|midday|\d{1,2}[:.]\d\d)\s*,\s*"
         rf"(?:{_WEEKDAY},?\s+|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?$",
         "Before a date that is no shoot date: 'deliver by ', 'deadline ', 'quotes by '.",
         ("to deliver by ", "deadline: ", "applications close ", "responses by 5pm, ",
          "Delivery to the distributor is ", "Returns due: 5pm, Monday ", "cut ready by the open day on ",
          "Deadline for expressions of interest: ", "Return by noon, Monday "),
         ("shooting on ", "the Cathedral close on ")),
    Rule("delivery", r"\b(?:deliver\w*|due|finished|final\s+cut|completion|tx|transmission)\b[^.\n;,]{0,60}$",
         "A deadline for the finished work, which wins over a quote or application deadline; it may be said "
         "a clause ahead ('outputs delivered within four weeks of the close (by ').",
         ("to deliver by ", "final cut due ", "to be delivered within four weeks of the festival's close (by "),
         ("quotes by ",)),
    Rule("phase", r"\b(?:(?P<shoot>shoot\w*|film(?:ing)?|principal|pick-?ups?)|(?P<phase>prep\w*|recces?"
         r"|wrap\w*|post|post-production|edit(?:s|or|ors|ing)?|grad(?:e|ing)|rehears\w*"
         r"|(?<!model\s)(?<!casting\s)(?<!open\s)(?<!extras\s)calls?|emailed|dated|sent"
         r"|received|posted|tx|transmission|contracts?|framework|agreement|parking|get-?in|de-?rig|load-?in"
         r"|pre-?light\w*|pre-?rig\w*|goes\s+out|airs|airing|fittings?|rig\s+day|rigging|screens|screenings?|(?:re)?opens"
         r"|publish\w*|go(?:es|ing)?\s+out|announce\w*|sign-?off|get\s+back|let\s+(?:me|us)\s+know"
         r"|releas(?:e|es|ed|ing)|mix(?:es|ing)?(?!\s+of)|dub(?:bing)?"
         r"|(?<!the\s)air(?=\s+(?:on|in|from)\b)"
         r"|full-?time|part-?time|permanent|set\s+build|build))\b",
         "The last of these before a date says what it dates: 'prep from w/c 15 Feb, shoot dates 1-19 March'; a "
         "model, casting, open or extras call is an advert, not a crew call.",
         ("shoot dates ", "prep from ", "a 6-month contract starting ", "Parking will be suspended from ",
          "Full-time, starting ", "two electricians on the pre-light ", "the episode airs in ",
          "costume fittings on ", "rig day ", "the festival screens at the Regent from ", "the new studio opens in ",
          "publish date ", "going out on socials on ", "it'll air on ", "get back to me before ",
          "out on general release in the ", "the final mix is booked for "),
         ("the dates", "a green screen on ", "a drone in the air on ", "a mix of", "OPEN CALL for dancers, "),
         source="guidelines"),
    Rule("phase_after", r"[^.!?;\n]{0,25}?\bfor\s+(?:an?\s+|the\s+|our\s+)?(?P<phase>set\s+build|build|recces?|prep"
         r"|pre-?light|pre-?rig|rig|de-?rig|get-?in|get-?out|strike)(?![\w-])",
         "Right after a date (matched where the date ends), what it is for when that is not the shoot: "
         "'Thurs + Fri for the set build'.",
         (" and Sat for a set build", " for the recce", ", for prep"), (" for the shoot", " for a build-up scene"),
         source="guidelines"),
    Rule("own_availability", r"\b(?:(?:I'm|I\s+am|im|I've\s+got|I\s+have)\b[^.!?\n]{0,80}\b(?:free|available|around"
         r"|about|back)|(?:we're|we\s+are)\b[^.!?\n]{0,80}\b(?:free|available|around|about))"
         r"\s+(?:from|on|between|after|until|till|in)?\s*(?:the\s+)?$",
         "Right before a date, the sender's own availability ('I'm a focus puller ... free from '): an offer, no "
         "shoot date; a production that is 'back in' a place or season is back to shoot.",
         ("I'm a Stoke-based gaffer with own kit, free from ", "I am available on ", "I'm back from "),
         ("we need a runner free on ", "filming from ", "we're back in "), source="guidelines"),
    Rule("message_date", r"(?:\b(?:voicemail|enquiry|call\s+log|(?:call|phone)\s+note|message|email|e-mail|sent"
         r"|received|dated|letter)(?:\s+(?:transcript|transcription|log))?(?:\s*\([^()\n]{1,15}\))?(?:\s+of)?"
         r"[\s,:\-\u2013\u2014]*(?:(?:at\s+)?\d{1,2}[:.]\d\d\s*,?\s*)?" + WD + r"|(?<![^\n])[ \t]*\[[ \t]*)$",
         "Right before a date: the date of the message or call itself ('Voicemail, 2 Dec', 'Call log - 20/11', "
         "'Voicemail Thu 26 Nov', 'Phone note - Tue 9 Mar', 'Voicemail transcript (automatic) - Fri 8 Jan'; a chat's "
         "timestamp '[02/03/2027, 10:15]'), no shoot date.",
         ("Voicemail, ", "Call log \u2013 ", "Enquiry ", "Voicemail, Fri ", "Phone note - Tue ", "\n[",
          "following up my email of ", "Voicemail transcription (automatic) - Fri "),
         ("we need a runner on ", "we need a runner on Fri ", "a voicemail (sorry) about the shoot on "),
         source="issue-12"),
    Rule("corrected", r"\s*,?\s*(?:no|nope|sorry|wait|I\s+mean|actually)\b[\s,.!]*"
         r"(?:(?:no|sorry|I\s+mean|actually|make\s+(?:that|it)|it['\u2019]?s)\b[\s,]*)?(?:the\s+|on\s+)?$",
         "Between two dates, a speaker correcting the first ('on the ninth, no, tenth of June', 'Sat 6th, "
         "sorry, I mean Sun 7th'): only the second is meant.", (", no, ", " - sorry, I mean ", ", no sorry, it's "),
         (" and ", ", then ", " to "), source="issue-12"),
    Rule("days_of_month", r"^[ \t]*(?:[,:(\u2013-]|\bso\b|\bthat['\u2019]?s\b|\bi\.e\.|\blike\b)?[ \t,]*"
         r"(?:(?:on|from)\s+)?(?:the\s+)?$",
         "Between a month and days with no month of their own: the days say which days of it ('Late March, the 9th "
         "to the 11th', 'in May (2nd-20th)', 'March: the 3rd and 4th').", (", ", " (", ", the ", ": from the ",
                                                                             " - "),
         (" and ", ". We also need a runner on ", ", then a recce on the "), source="issue-12"),
    Rule("not_date", r"\bnot\s+(?:on\s+)?(?:the\s+)?$",
         "Right before a date, 'not': the date is said not to be the shoot's ('Weds 9th not the 8th').",
         ("its Weds 9th not ", "not on the "), ("knot ", "shooting on "), source="issue-12"),
    Rule("correction", r"\b(?:correction|update|scratch\s+that|change\s+of\s+plan|typo|sorry)\s*[:,!.-]*\s*"
         r"(?:it['\u2019]?s|its|it\s+is|now|should\s+(?:be|read)|make\s+(?:that|it)|I\s+meant|the\s+shoot\s+is)\b",
         "In the sentence before a date, a sender correcting an earlier message ('correction its Tues 9th', 'update: "
         "now the 12th'): the dates said before it are replaced.",
         ("correction its ", "update: now the ", "scratch that, it's "),
         ("the colour correction on ", "an update on the edit"), source="issue-12"),
    Rule("next_day", r"\bthe\s+(?:next|following)\s+(?P<unit>day|morning|afternoon|evening|night|week)\b"
         r"|\bthe\s+day\s+after\b(?!\s+(?:tomorrow|next))",
         "A day or week said from the date before it ('on 4 June, and the following day', 'in the week "
         "commencing 8 March, and the following week'): the day after it, or the working week after its week.",
         ("and the next afternoon", "the following day", "the following week", "the day after"),
         ("next week", "the day after tomorrow"), source="guidelines"),
    Rule("header_date", r"(?<![^\n])[ \t>]*(?:date|sent)[ \t]*:[ \t]*" + WD + "$",
         "A 'Date:' or 'Sent:' line of a forwarded e-mail's header (a 'From:', 'To:' or 'Subject:' line next to it, "
         "see ``header_line``): the message's date, no shoot date; a form's 'Date:' field alone is the shoot's.",
         ("\nDate: ", "Sent: Tue, "), ("Shoot date: ", "we need a runner on "), source="issue-12"),
    Rule("header_line", r"(?<![^\n])[ \t>]*(?:from|to|cc|subject|sent|date)[ \t]*:",
         "A line of an e-mail header.", ("From: Jo Bloggs", "Subject: RE: shoot", "> To: office"),
         ("Location: Leek", "Dates: 3 May"), source="issue-12"),
])
