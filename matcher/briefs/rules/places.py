"""Rules for where: the radius, the signature, and place names that are not shoot locations."""

from __future__ import annotations

import re

from matcher.briefs.rules import Rule, RuleTable
from matcher.briefs.rules.words import SENDER

__all__ = ["PLACES"]

_FIRM = (r"(?:(?:production|media|creative|video|film|ad|advertising|design|animation|games?|post(?:-production)?)\s+)?"
         r"(?:agency|company|prodco|firm|outfit|studio|collective|house|team|business|charity|school|college)")
_UNITS = r"miles?|mi|km|kms|kilomet(?:re|er)s?"

PLACES = RuleTable.of("places", [
    Rule("radius", rf"\b(?:within|under|less\s+than|no\s+more\s+than|no\s+further\s+than|up\s+to|max(?:imum)?"
         rf"(?:\s+of)?|inside)\s+(?:an?\s+)?(?P<n>\d+(?:\.\d+)?)[\s-]*(?P<u>{_UNITS})\b"
         rf"|\b(?P<n2>\d+(?:\.\d+)?)[\s-]*(?P<u2>{_UNITS})[\s-]+radius\b"
         rf"|\blocal\b[^.()\n]{{0,30}}\(\s*(?P<n3>\d+(?:\.\d+)?)\s*(?P<u3>miles?|mi|km|kms)\s*\)",
         "How far counts as local: 'within 30 miles', '40km radius', 'local (20 miles)'.",
         ("within 30 miles", "40km radius", "local crew (20 miles)"), ("30 miles away",)),
    Rule("sign_off", r"(?:^|(?<=[.!?])[ \t]+)(?:many\s+thanks|thanks(?:\s+so\s+much)?|thank\s+you|cheers"
         r"|best(?:\s+wishes)?|(?:kind|warm|best)\s+regards|regards|all\s+the\s+best|ta)\b[ \t,.!]*"
         r"(?-i:[A-Z][\w'-]*[ \t,]*){0,3}(?:\([^)\n]{0,40}\))?[ \t.]*$",
         "A sign-off, on its own line or closing the text: what follows is the signature.",
         ("Thanks, Jane", "Cheers, Tom (Producer)", "Kind regards"), ("thanks to the council for",),
         flags=re.I | re.M),
    Rule("sender", SENDER, "'We're a small indie ' before a place: the sender's base, with a firm word after.",
         ("We're a small indie ", "we are a "), ("we need a ",), source="issue-12"),
    Rule("sender_noun", rf"(?:-based|\s+based)\b|\s+{_FIRM}\b",
         "After the place in a sender's phrase: 'Birmingham agency', 'Leeds outfit', 'Bristol-based'.",
         (" agency", " production company", "-based", " outfit"), (" town centre",)),
    Rule("opening_firm", r"(?:-based|\s+based)\b|\s+(?:(?:production|media|creative|video|film|ad|advertising)\s+)?"
         r"(?:agency|company|prodco|firm|outfit)\b",
         "A sentence opening with a place and a firm: 'Manchester company with a feature...'.",
         (" company", "-based", " production company"), (" studio",)),
    Rule("sender_in", rf"\b(?:we're|we\s+are|we\u2019re|I'm|I\s+am|as)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_FIRM}s?"
         r"\s+(?:(?:based|located)\s+)?(?:in|from|out\s+of)\s+$",
         "'We're a studio in Bristol', 'I am a producer from Leeds': where the sender is.",
         ("We're a studio in ", "we are a small production company based in "), ("we're filming in ",),
         source="issue-12"),
    Rule("based_in", r"\b(?:(?:we're|we\s+are|I'm|I\s+am|who\s+are|who\s+is|must\s+be|should\s+be|ideally|be)\s+)?"
         r"(?:based|located|living)\s+(?:in|near|around|out\s+of)\s+$",
         "'based in Leeds': where someone is, not where the camera is.", ("based in ", "must be based near "),
         ("filming in ",), source="guidelines"),
    Rule("origin", r"\b(?:coming|travelling|traveling|driving|come|bringing\s+\w+)\b[^.,;\n]{0,25}\bfrom\s+$",
         "Where crew travel from.", ("coming up from ", "travelling down from "), ("from ",)),
    Rule("greeting", r"(?:^|\n)\s*(?:dear|hi|hello|hey|to|attn:?|fao|good\s+(?:morning|afternoon))\s+(?:the\s+)?"
         r"(?:(?:film|screen)\s+office\s+)?(?:[\w-]+\s+){0,2}$",
         "A greeting before a place names the addressee ('Dear Film Office Stoke team').",
         ("Dear Film Office ", "Hi ", "\nHello the "), ("We are filming in ",), source="issue-12"),
    Rule("organisation", r"\s*(?:city\s+council|borough\s+council|county\s+council|council|university|college"
         r"|film\s+office|screen\s+office|film\s+commission|city\s+fc|fc|football\s+club|nhs|police|fire\s+and\s+rescue"
         r"|chamber\s+of\s+commerce|growth\s+hub)\b",
         "A place word inside an organisation's name ('Stoke-on-Trent City Council') is no location.",
         (" City Council", " University", " film office"), (" town centre",), source="guidelines"),
    Rule("at_before", r"\b(?:at|in|inside|outside|on|around|near)\s+(?:the\s+)?$",
         "An organisation named after 'at' is the location ('filming at Keele University').", ("at the ", "in "),
         ("Dear ",)),
    Rule("lower_case_place", r"\b(?:in|at|near|around|outside|to|from)\s+(?P<w>[a-z][a-z-]{3,}(?:\s+[a-z-]{2,}){0,2})"
         r"(?=\s*(?:[.,;:!?)\n]|$|\s+(?:and|or|area|for|on|next|this|tomorrow|today)\b))",
         "A town written in lower case after a place word ('in stoke??'): read, and noted.",
         ("in stoke??", "near leek."), ("in the morning.",), source="issue-10"),
    Rule("sentence_start", r"(?:^|[.!?\n]\s*)$", "Nothing but a sentence start before a place.", ("", "Hi. ")),
])
