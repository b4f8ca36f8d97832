"""Rules for kinds of date the first rounds missed (issue 12, round 7): school terms and half terms, a
season that names a product ("the spring collection"), a quoted reply's "On 3 May, Jo wrote:", a day
said from the date before it ("on the Thursday", "later in the month"), and the words between two days
in the languages ``matcher.briefs.foreign_dates`` reads. Each is about how dates are written, with
examples written here."""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable
from matcher.briefs.rules.dates import MON

__all__ = ["DATE_KINDS"]

_SEASON = r"(?:spring|summer|autumn|winter|fall)"
# Months in any case that are no other common word ("may", "march" and "jan" are verbs or names).
_LOWER_MONTH = (r"(?:january|feb(?:ruary)?|apr(?:il)?|june|july|aug(?:ust)?|sept(?:ember)?|oct(?:ober)?|nov(?:ember)?"
                r"|dec(?:ember)?)")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

DATE_KINDS = RuleTable.of("date_kinds", [
    Rule("half_term", rf"\b(?:(?P<which>{MON}|oct(?:ober)?|feb(?:ruary)?|may|whitsun|spring|summer|autumn|"
         r"easter)\s+)?half[\s-]?term(?:\s+(?:holidays?|break|week))?\b",
         "A school half term, the week English schools are off: February (the week whose Monday falls 12-18 "
         "February), May (the week of the late May bank holiday), October (the week of October's last Monday); "
         "a bare 'half term' is the next of these. Schools' dates differ by council: the week is approximate.",
         ("over feb half term", "in the October half-term holidays", "during half term", "May half term week"),
         ("a half-time show", "the term ahead"), source="uk-usage"),
    Rule("school_term", r"\b(?P<term>autumn|spring|summer)\s+term\b",
         "A school term: autumn (September to December), spring (January to March), summer (April to July), "
         "approximate, and not the season of the same name ('spring term' starts in January).",
         ("in the spring term", "over summer term"), ("spring terminal", "a long-term spring shoot"),
         source="uk-usage"),
    Rule("product_season", rf"\b{_SEASON}(?:\s*[/&+-]\s*{_SEASON})?(?:\s+(?:20)?\d\d)?\s+"
         r"(?:collection|range|look\s*book|lookbook|line|campaign|catalogue|catalog|capsule|menu|edit|drop|"
         r"launch|wear|ready-to-wear|fashion|issue|season's)s?\b",
         "A season that names a product or a launch, not a time: 'our spring collection', 'the autumn/winter "
         "lookbook', 'the summer 27 range'; the shoot may be months before it.",
         ("shooting the spring/summer lookbook", "a styled shoot for our spring collection",
          "the autumn 2027 campaign", "AW: the autumn/winter range"),
         ("filming in spring, need a runner", "a summer shoot in Leek"), source="uk-usage"),
    Rule("quoted_reply", r"(?<![^\n])[ \t>]*on\s+(?:" + _WEEKDAY + r"|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)),?\s*$"
         r"|(?<![^\n])[ \t>]*on\s+$",
         "Right before a date, the start of a quoted reply's line ('On 3 May, Jo Bloggs wrote:', with "
         "``quoted_wrote`` after it): the date the quoted message was sent, no shoot date.",
         ("\n> On ", "On Tue, ", "\nOn "), ("filming on ", "we shoot on "), source="issue-12"),
    Rule("quoted_wrote", r"[^\n]{0,80}\bwrote\s*:", "After the date, the rest of a quoted reply's line.",
         (", 14:02, Jo Bloggs <jo@example.org> wrote:",), (", we wrote a scene",), source="issue-12"),
    Rule("weekday_after", r"\b(?:on\s+)?the\s+(?P<wd>" + _WEEKDAY + r")\b"
         r"(?!\s+(?:before|after|of|\d|morning\s+of|night\s+of)\b)",
         "'the Thursday' said after a date ('on Tuesday 4 May, and maybe the Thursday'): the first such day "
         "after the date before it.", ("a second day on the Thursday", "the Friday"),
         ("the Friday before", "the Monday after", "on Thursday"), source="uk-usage"),
    Rule("weekday_restated", r"^\s*(?:[,(\u2013\u2014-]\s*)?(?:(?:that['\u2019]?s|which\s+is|it['\u2019]?s|so)\s+)?"
         r"(?:(?:a|the|on\s+a|on\s+the)\s+)?$",
         "Between a date and a weekday that only says which weekday it is ('the ninth, that's a Friday', "
         "'the 5th, the Monday'): no second day when the weekdays agree.",
         (", that's a ", ", the ", " (a ", ", which is a "), (" and maybe the ", ", then on the "),
         source="uk-usage"),
    Rule("later_in", r"\b(?:later|further\s+on)\s+in\s+(?:the|that)\s+(?P<unit>month|week)\b"
         r"|\bthe\s+rest\s+of\s+(?:the|that)\s+(?P<unit2>month|week)\b",
         "'later in the month' said after a date: from that date to the end of its month (or its working week).",
         ("with more filming later in the month", "the rest of that week"), ("later this year",),
         source="uk-usage"),
    Rule("month_pair", rf"\b(?P<m1>{_LOWER_MONTH}|march)\s*(?:-|\u2013|/|to|till|until|or)\s*"
         rf"(?P<m2>{_LOWER_MONTH}|march\b(?!\s+(?:on|in|to|for|past)\b))\b(?:\s+(?P<y2>20\d\d))?(?P<y1>)",
         "Two months in lower case, as texts write them ('feb-march', 'oct/nov'): the first to the last, as 'March "
         "to May'.", ("shooting feb-march", "oct/nov 2027", "sometime june or july"),
         ("may to june", "march to the town hall", "we march on to the park"), source="uk-usage"),
    Rule("crew_call", r"\b(?:crew|casting|open|cast|talent)\s+calls?\b|\bcall[\s-]?outs?\b",
         "A call for crew or cast, an appeal: its dates are the shoot's, not a call time.",
         ("our crew call for the short", "casting call", "callout"), ("call time 7am", "a call on Tuesday"),
         source="uk-usage"),
])
