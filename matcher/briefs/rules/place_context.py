"""Rules about the language around a place a brief names, read as features by the learned place filter
(``matcher.briefs.place_features``). None decides anything alone: each says what kind of words stand
just before or after a place (a place word, "from", a firm's name, "based") or what kind of sentence it
stands in (one that films, one about the sender, one about an office, a stay or a past job). The
filter's weights, learned on judged briefs by several authors, say how much each counts.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["PLACE_CONTEXT"]

PLACE_CONTEXT = RuleTable.of("place_context", [
    Rule("at_before", r"\b(?:at|in|on|near|around|round|outside|inside|by|across|along|over|up|down|to\s+the\s+set\s+at"
         r"|between|towards?|within)\s+(?:the\s+)?$",
         "A place word just before the place: where something happens ('filming at ', 'up near the ').",
         ("filming at ", "a farm near ", "a day up ", "kit to the set at "), ("crew from ", "Films, ")),
    Rule("shoot_before", r"\b(?:(?:re)?shoot\w*|shot|film(?:s|ed|ing)?|record(?:s|ing)?|captur\w+|stream\w*"
         r"|location\w*|scenes?|set|on\s+for)\s+(?:[\w'&-]+\s+){0,6}?(?:at|in|on|near|around|round|outside|inside|by"
         r"|across|along|over|up|down|between)\s+(?:the\s+)?$",
         "A filming word a few words before the place word: where the shoot is ('filming a scene at ', 'the shoot "
         "up near ').", ("filming a short scene at ", "shooting in ", "the set at "), ("travel with us from ",)),
    Rule("off_set_before", r"\b(?:office|offices|hq|base|edit|post|grade|hotels?|accommodation|stay\w*|digs|parking"
         r"|park(?:ed)?|car\s+park|rehears\w*|recce\w*|screen(?:s|ing)?|lives?|living|commute|travel\w*|job|work\w*"
         r"|studio|company|agency|firm|school|college|uni|university|student|graduate|member|club)\s+(?:[\w'&-]+\s+)"
         r"{0,3}?(?:at|in|on|near|around|from|out\s+of|by)\s+(?:the\s+)?$",
         "An off-set word a few words before the place word: an office, a stay, parking, a job, a firm or a school "
         "there ('production office in ', 'a games studio in ', 'away on a job in ').",
         ("production office in ", "a games studio in ", "away on a job in ", "vans parked at "), ("filming at ",)),
    Rule("from_before", r"\bfrom\s+(?:the\s+)?(?:[\w'&-]+\s+){0,2}$",
         "'from' just before the place: where someone, something or a firm comes from ('travel with us from ').",
         ("travel with us from ", "a band from ", "it's Jo from the Acme "), ("filming at ",)),
    Rule("firm_before", r"(?-i:[A-Z][\w&'-]*)\s+(?i:films?|pictures|productions?|media|studios?|tv|television"
         r"|games|creative|content|interactive|animation|agency|docs?|ltd|limited|group|collective|pr)"
         r"[\s,]*(?:\(\s*)?(?:in\s+|of\s+)?$",
         "A firm's name just before the place ('Kestrel Pictures, ', 'Acme Games (', 'Brightwater Films in '): "
         "where the firm is.", ("Kestrel Pictures, ", "Acme Games (", "Ouzel TV in "), ("shooting at the ",)),
    Rule("base_after", r"[\s,)-]*(?:-?based|based|area\s+pref\w*|pref\w*|(?:is|are)\s+(?:our|my)\s+base"
         r"|office|hq|head\s+office|outfit|indie|agency|company|firm|studio\b(?!\s+(?:space|hire)))",
         "After the place, a word about a base or a firm ('Stoke-based', ' area preferred', ' agency'): where "
         "people or firms are, not the set.", ("-based", " based preferred", " area pref", " agency"),
         (" on Friday", " town centre")),
    Rule("sender_sentence", r"\b(?:we['\u2019]?re|we\s+are|i['\u2019]?m|i\s+am|our\s+(?:company|studio|office|team"
         r"|base|agency)|my\s+(?:company|studio|business)|here\s+at|on\s+behalf\s+of|based)\b",
         "A sentence about who writes ('We're a small studio in ', 'I'm a student at ', 'on behalf of '): its "
         "places are often the sender's.", ("We are an audio outfit near Derby", "I'm a student at", "based in"),
         ("the shoot is in Leek",)),
    Rule("not_set_sentence", r"\b(?:office|hq|edit\w*|post|grade|hotels?|accommodation|stay\w*|digs|parking|park(?:ed)?"
         r"|unit\s+base|car\s+park|rehears\w*|recce\w*|screen(?:s|ing)?|festival|taster|interviews?\s+at"
         r"|workshop|pick\s*-?\s*up|collect\w*|drop\s*-?\s*off|deliver\w*|lives?|living|commute|travel\w*"
         r"|applicants?)\b",
         "A sentence about something done off the set: an office, the edit, a stay, parking, a screening, travel.",
         ("production office in ", "we'll be in the edit", "park the vans at", "a screening at"),
         ("filming on the towpath",)),
    Rule("past_sentence", r"\b(?:was|were|wrapped|shot|filmed|did|went|worked|flown|last\s+(?:year|month|week|wk"
         r"|autumn|spring|summer|winter|time)|previous\w*|ago|before)\b",
         "A sentence about something over: a past shoot, a past job ('we shot in ... last year').",
         ("we shot there last year", "I've flown for clients at", "wrapped on Friday"), ("we're shooting in",)),
    Rule("topic_sentence", r"\b(?:about|story|history|heritage|set\s+in|accents?|voices?|dialect|community"
         r"|celebrat\w*|portrait\s+of)\b",
         "A sentence about what a film is about ('a doc about the market town's history'): a place in it may be "
         "the subject rather than the set.", ("a doc about the canal", "a story set in"), ("filming in Leek",)),
    Rule("location_field", r"^[ \t]*(?:[\w/()' -]{0,30}\b(?:locations?|where|venues?|sites?|address|area|set)\b"
         r"[\w/()' -]{0,20})\s*:",
         "A form's field about where ('Proposed locations:', 'Filming address:', 'Area:').",
         ("Proposed locations: ", "Filming address: ", "Where: "), ("Company: ", "Name: ")),
    Rule("other_field", r"^[ \t]*(?:[\w/()' -]{0,30})\b(?:company|organi[sz]ation|institution|from|name|base|contact"
         r"|sender|client|employer|studio|uni(?:versity)?)\b[\w/()' -]{0,20}\s*:",
         "A form's field about who ('Company:', 'Institution:', 'Company base:').",
         ("Company: ", "Institution: ", "Company base: "), ("Shoot location: ",)),
    Rule("org_after", r"\s+(?-i:(?:[A-Z][\w'&-]*\s+){0,2})(?i:city|county|united|town|university|uni|college|council"
         r"|hospital|school|post|times|sentinel|live|news|creatives|group|network|society|club|fc|youth|college)\b",
         "A capitalised name going on after the place to an organisation's word ('Stoke City', 'Leek Post & "
         "Times', 'Burslem Youth'): part of an organisation's name.", (" City", " Post & Times", " Creatives"),
         (" on Tuesday", " and Leek")),
    Rule("org_before", r"\b(?:university|uni|college|school|council|club|hospital|institute)\s+of\s+$",
         "'University of ' just before a place: an organisation's name.", ("University of ", "College of "),
         ("filming in ",)),
])
