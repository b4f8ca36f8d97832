"""Rules for money and length: budget levels and amounts, day rates, and how long a shoot lasts."""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable
from matcher.briefs.rules.words import NUMBER_RE

__all__ = ["LEVELS", "MONEY"]

LEVELS = (
    ("micro", r"micro[\s-]?budget|no[\s-]budget|zero[\s-]budget|shoe[\s-]?string|unpaid|expenses[\s-]only"
              r"|deferred\s+pay\w*"),
    ("low", r"low[\s-]budget|lo[\s-]budget|tight\s+budget|small\s+budget|modest\s+budget|limited\s+budget"),
    ("mid", r"mid[\s-]budget|medium[\s-]budget|mid[\s-]range\s+budget|moderate\s+budget"),
    ("high", r"high[\s-]budget|big[\s-]budget|large\s+budget|HETV|high[\s-]end\s+(?:TV|television|drama|series)"),
)

MONEY = RuleTable.of("money", [
    Rule("level", r"\b(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in LEVELS) + r")\b",
         "A budget level in words: 'low-budget', 'shoestring', 'HETV'.", ("low-budget", "shoestring", "HETV"),
         ("budgeting",)),
    Rule("amount", r"(?:£|\bGBP\s?)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,])"
         r"(?:\s*(?P<mult>k|thousand|mn|mil|million|m|bn|billion)\b)?"
         r"|(?<=budget)\s*(?:of|is|around|about|approx\.?|c\.|:|~|circa|-)?\s*(?P<bn>\d+(?:\.\d+)?)\s*"
         r"(?P<bmult>k|m|million)\b", "A sterling amount: '£450k', '£1,200', 'budget of 50k'.",
         ("£450k", "£1,200", "budget of 50k"), ("450 people",)),
    Rule("per_day", r"\s*(?:max(?:imum)?\s+)?(?:(?:/|per|a|an|p)\s*(?:day|d)\b|pd\b|p/d\b)",
         "After an amount, a day rate: '/day', ' a day', 'pd'.", ("/day", " a day", "pd"), (" a week",)),
    Rule("per_other", r"\s*(?:(?:/|per|a|an|p)\s*(?:h|hr|hour|wk|week|month|head|person|pp|episode|ep)\b|ph\b|pw\b)",
         "After an amount, a rate that is neither budget nor day rate: '/hour', ' a week', ' per head'.",
         ("/hour", " a week", " per head"), ("/day",)),
    Rule("rate_before", r"\b(?:day[\s-]?rates?|rates?)\b(?:(?!budget)[^.£\n]){0,25}$",
         "Before an amount: 'rates capped at ', 'day rate '.", ("rates capped at ", "day rate: "), ("budget ",)),
    Rule("near_budget", r"\bbudget", "'budget' said near an amount makes it the budget.", ("budget",), ("budge",)),
    Rule("duration", rf"\b(?:(?P<n>{NUMBER_RE})(?:\s*(?:-|\u2013|to|or)\s*(?P<n2>{NUMBER_RE}))?(?:\s+of)?[\s-]+"
         r"(?:(?:shoot(?:ing)?|filming|working|studio)[\s-]+)?(?P<unit>days?|wks?|weeks?|months?|mths?)"
         r"|(?P<fn>fortnight)|(?P<half>half[\s-]+(?:a[\s-]+)?day))\b",
         "How long: 'six weeks', '10-day', 'a fortnight', '3 months', 'half a day'.",
         ("six weeks", "10-day", "a fortnight", "half a day"), ("weekday",)),
    Rule("duration_skip_before", r"(?:\b(?:in|within|after|every|per|each|up\s+to|days?|hours?)(?:\s+an?)?"
         r"|[£$€]\s?[\d,.]*k?)\s*$",
         "Before a length that is no shoot's: 'in a week', 'in a fortnight' (when, or a turnaround), '£250 a day', "
         "'£' right before the number ('£200 day').", ("in ", "£250 ", "shoot in a ", "£"),
         ("for ", "for a ")),
    Rule("duration_skip_after", r"\s*(?:(?:a|per|each|/)\s*(?:week|month|wk)\b"
         r"|\s+on\s+(?:this\s+)?(?:mon|tue|wed|thu|fri|sat|sun)|\s+(?:today|tomorrow)\b"
         r"|'?s?\s+(?:notice|turn\s*a?round|ago|later|before|after|prior|delivery|contracts?|placements?|framework"
         r"|agreement|secondment|role|post|job))",
         "After a length that is no shoot's: '2 days a week', 'two weeks' notice', 'a 6-month contract'.",
         (" a week", "' notice", " contract", " on Friday"),
         (" in March",)),
])
