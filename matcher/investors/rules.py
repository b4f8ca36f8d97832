"""How investors write their interest, as named rules with examples and non-examples.

Each rule is a regular expression with what it is for and where it came from (the brief parser's
``Rule``; ``tests/matcher/investors/test_rules.py`` runs every example and non-example). Sources:
``uk-usage`` (how UK angels, syndicates and funds write: forms, emails, fund rules; hand-written),
``issue-13`` (the issue's own examples), ``hmrc`` (the SEIS/EIS scheme names).

Amounts: "£10-25k" (the multiplier after the second number applies to both), "£50,000 to £250,000",
"£0.5m-£2m", "up to £50k", "£100k+", "~£50k". An amount with no multiplier below £500 is not an
investment ("£1 for £1" is a matching ratio).
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["HOUR_KM", "INTEREST", "MILES_KM"]

MILES_KM = 1.609344
HOUR_KM = 60.0  # "within an hour of": an hour's drive on the cluster's A roads, about 60 km
_N = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_MULT = r"k|m|mn|million|thousand"

INTEREST = RuleTable.of("interest", [
    Rule("money_range",
         rf"(?P<cur>£|\bgbp\s?)\s*(?P<lo>{_N})\s*(?P<lomult>{_MULT})?\s*(?:-|\u2013|\u2014|to|and)\s*"
         rf"(?:£|gbp\s?)?\s*(?P<hi>{_N})\s*(?P<himult>{_MULT})?\b",
         "A range of money: '£10-25k' (k applies to both), '£50,000 to £250,000', '£0.5m-£2m'.",
         ("£10-25k", "£10k-£25k", "£50,000 to £250,000", "£0.5m-£2m", "£10–25k tickets", "between £20k and £40k"),
         ("10-25 staff", "£1 for £1"), source="issue-13"),
    Rule("money_up_to",
         rf"\b(?:up\s+to|max(?:imum)?|no\s+more\s+than|at\s+most|under|below|less\s+than)\s*(?:of\s+)?"
         rf"(?:£|gbp\s?)\s*(?P<n>{_N})\s*(?P<mult>{_MULT})?\b",
         "An upper limit: 'up to £50k', 'max £100k', 'under £250k'.",
         ("up to £50k", "grants of up to £10,000", "max £100k"), ("up to 50 staff",), source="issue-13"),
    Rule("money_from",
         rf"(?:\b(?:from|at\s+least|min(?:imum)?|over|above|more\s+than)\s*(?:£|gbp\s?)\s*(?P<n>{_N})\s*"
         rf"(?P<mult>{_MULT})?\b|(?:£|gbp\s?)\s*(?P<n2>{_N})\s*(?P<mult2>{_MULT})?\s*\+)",
         "A lower limit: '£100k+', 'from £25k', 'at least £50k'.",
         ("£100k+", "from £25k", "at least £50k"), ("from 2019",), source="uk-usage"),
    Rule("money_one",
         rf"(?P<about>~|c\.|circa|about|around|approx\.?\s*)?\s*(?:£|gbp\s?)\s*(?P<n>{_N})\s*(?P<mult>{_MULT})?\b",
         "One amount: '~£50k', 'about £20k', '£25k cheques' (read as a range around it).",
         ("~£50k", "about £20k", "£25k cheques"), ("50k views",), source="uk-usage"),
    Rule("round_context",
         r"\b(?:rounds?|raising|raise|round\s+size|raises)\b[^.£;]{0,25}$",
         "Before an amount, the size of the rounds they join rather than their own cheque.",
         ("seed rounds of up to ", "raising "), ("cheques of ",), source="uk-usage"),
    Rule("round_after", r"^\s*(?:seed\s+|series\s+a\s+)?rounds?\b",
         "After an amount: '£500k rounds' is a round size.", (" rounds", " seed round"), (" tickets",),
         source="uk-usage"),
    Rule("stage",
         r"\b(?P<stage>pre[\s-]?seed|seed|series[\s-]?a|series[\s-]?b|growth[\s-]?(?:stage|capital)|scale[\s-]?ups?"
         r"|established(?:\s+(?:businesses|companies|firms|studios))?|early[\s-]?stage|start[\s-]?ups?"
         r"|very\s+early|mature\s+businesses)\b",
         "A stage: 'pre-seed', 'Series A', 'early stage', 'start-ups', 'growth capital', 'established businesses'.",
         ("pre-seed or seed", "Series A", "early-stage", "growth capital", "established businesses"),
         ("seedling", "growth of the sector"), source="issue-13"),
    Rule("stage_negated", r"\b(?:not|no|rather\s+than|never|avoid)\s+(?:\w+\s+){0,2}$",
         "Before a stage or sector, a 'no': 'rather than start-ups', 'not VFX'.",
         ("rather than ", "not ", "no "), ("mostly ",), source="uk-usage"),
    Rule("seis", r"\bS?EIS\b", "SEIS or EIS named: 'SEIS please', 'EIS essential', 'SEIS/EIS'.",
         ("SEIS please", "EIS essential", "SEIS/EIS"), ("SEISMIC", "this"), source="hmrc", flags=0),
    Rule("own_ip",
         r"\b(?:(?:their|its|your)\s+own\s+(?:IP|intellectual\s+property|games|titles|characters|content|shows)"
         r"|own(?:s|ing)?\s+(?:their|its)\s+(?:own\s+)?(?:IP|games|titles|content|characters|formats)"
         r"|original\s+IP|IP[\s-]?(?:led|owning|rich)|own\s+what\s+they\s+make|proprietary\s+IP)\b",
         "Companies that own their IP: 'their own IP', 'own their games', 'original IP', 'IP-led'.",
         ("with their own IP", "own their games", "original IP", "IP-led studios"),
         ("an IP address",), source="issue-13"),
    Rule("radius",
         r"\b(?:within|in\s+a|inside)\s+(?:(?P<hour>an?|one|half\s+an?|two|1|2)\s*(?:hours?|hrs?)(?:'s)?"
         r"(?:\s+(?:or\s+so|drive|travel))?|(?P<n>\d+(?:\.\d+)?)\s*[\s-]?(?P<unit>miles?|mi|km|kilometres?)"
         r"(?:\s+radius)?)\s*(?:of|from|around)?",
         "A radius: 'within 20 miles of', 'within an hour of', 'within 50km', 'in a 30 mile radius'.",
         ("within 20 miles of Lichfield", "within an hour of Stoke", "within 50km", "within an hour or so of"),
         ("within a week",), source="issue-13"),
    Rule("anywhere", r"\b(?:happy\s+to\s+travel|anywhere\s+in\s+the\s+uk|uk[\s-]wide|nationwide|any\s+location"
                     r"|location\s+(?:no\s+object|doesn't\s+matter))\b",
         "No geography asked for: 'happy to travel', 'UK-wide'.", ("happy to travel", "UK-wide"),
         ("travel costs",), source="uk-usage"),
    Rule("base_place",
         r"\b(?:based\s+in|i'?m\s+in|i\s+am\s+in|i\s+live\s+in|from|sold\s+my\s+[\w\s-]{0,40}?\s+in|"
         r"(?:syndicate|office|fund)\s+in)\s+$",
         "Before a place, where the investor is, not where companies should be: 'I'm in Macclesfield'.",
         ("I'm in ", "sold my post-production business in ", "syndicate in "), ("companies in ",),
         source="uk-usage"),
    Rule("not_place", r"\bnot\s+(?:in\s+)?(?:the\s+)?(?:city\s+of\s+)?$",
         "Before a place, a place left out: 'not the City of Stoke-on-Trent'.", ("not the City of ", "not in "),
         ("in the ",), source="uk-usage"),
    Rule("employees",
         r"(?:(?P<lo>\d+)\s*(?:-|\u2013|to)\s*(?P<hi>\d+)|(?P<plus>\d+)\s*\+|(?P<cmp>at\s+least|more\s+than|over|"
         r"fewer\s+than|less\s+than|under|up\s+to|max(?:imum)?)\s+(?P<n>\d+))\s*(?:full[\s-]time\s+)?"
         r"(?:staff|employees|people|FTEs?|heads?)\b",
         "Company size: '5-20 staff', '8+ staff', 'fewer than 250 staff', 'at least 3 employees'.",
         ("5-20 staff", "8+ staff", "fewer than 250 staff", "at least 3 employees"), ("20 members",),
         source="uk-usage"),
    Rule("age",
         r"(?:(?P<cmp>under|less\s+than|younger\s+than|at\s+least|over|more\s+than)\s+(?P<n>\d+|one|two|three|four|"
         r"five|six|seven|ten)\s+years?(?:\s+old|'?\s+trading)?|(?P<plus>\d+)\s*\+\s*years?'?\s*(?:trading|old)"
         r"|trading\s+for\s+(?:at\s+least\s+)?(?P<trading>\d+|two|three|five)\s+years?)",
         "Company age: 'under 3 years old', '5+ years' trading', 'at least two years'.",
         ("company under 3 years old", "5+ years' trading", "trading for at least 2 years"),
         ("3 years of experience in games",), source="uk-usage"),
])
