"""Rules for whether a brief describes a shoot to come (the guidelines' "not a brief" and "post-only"
edge cases): a cancelled shoot, a job advert, an offer of services or of a property, a thank-you or a
report of shoots that are over. Read by ``matcher.briefs.shoot_to_come``."""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["SHOOT"]

SHOOT = RuleTable.of("shoot", [
    Rule("cancelled", r"\b(?:cancel+(?:ed|ing)\s+(?:the|our|this)\s+(?:shoot|filming|booking|job)|(?:has|have|'ve)\s+"
         r"(?:been\s+)?cancel+ed|called\s+(?:it\s+)?off|pulled\s+(?:the\s+)?(?:shoot|job|plug|filming)"
         r"|(?:shoot|filming|job)\s+(?:is|'s|has\s+been|was)\s+(?:off|scrapped|shelved|cancel+ed)\b"
         r"|won['\u2019]?t\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|you|anyone|anything|the\s+\w+)\s+after\s+all"
         r"|(?:is|are)\s+no\s+longer\s+(?:going\s+ahead|happening)"
         r"|postpon\w*\s+(?:[\w'\u2019]+\s+){0,4}?indefinitely|on\s+hold\s+indefinitely"
         r"|(?<![\w-])cancel\s+(?:pls|plz|please|it|that|them|him|her|the\s+booking)\b)",
         "The shoot asked about is off: its places and dates are no shoot to come.",
         ("the producer has pulled the shoot", "we've had to cancel our filming... it has been cancelled",
          "we won't be needing anyone after all", "the whole thing is no longer going ahead",
          "the filming was scrapped",
          "we've had to postpone the whole shoot indefinitely", "weather's against us. Cancel pls"),
         ("a cancellation fee applies", "if the shoot is called", "we need them after lunch", "postponed to May",
          "a cancel culture doc"), source="guidelines"),
    Rule("conditional", r"\b(?:if|unless|should|in\s+case|whether)\b[^.!?\n]{0,60}$",
         "Before a cancellation, a condition: 'if it is cancelled' is a policy, not news.",
         ("paid in full if the shoot ", "in case rain means it "), ("the client has ",), source="uk-usage"),
    Rule("rebooked", r"\b(?:re-?schedul\w*|re-?arranged|moved\s+to|postponed\s+(?:to|until|till)|new\s+date|instead)\b",
         "After a cancellation, a new date: the shoot is still to come.",
         ("moved to the 14th", "rescheduled for spring", "we'll film in June instead"), ("called off for good",),
         source="uk-usage"),
    Rule("job_advert", r"\b(?:we['\u2019]?re\s+hiring|we\s+are\s+hiring|now\s+hiring|full[\s-]time|permanent\s+"
         r"(?:role|post|position|contract|job)|salary|per\s+annum|vacanc(?:y|ies)|job\s+advert|apply\s+(?:by|now|online|via))\b",
         "Staff wanted for a business (a job advert): the place is where the job is, not a shoot.",
         ("We are hiring: two technicians", "a full-time post", "salary on request", "apply by Friday"),
         ("a full day on set", "hire a van"), source="guidelines"),
    Rule("filming_verb", r"\b(?:(?:re)?shoot(?:s|ing)?|film(?:ing)?|(?-i:films)|(?<!re-)record(?:s|ing)?|capture"
         r"|on\s+set|on\s+location|scenes?|livestream\w*|footage)\b",
         "A word that says the camera or the microphone turns: a job advert with one is a shoot's crew call; a "
         "company's name ('Kestrel Films is recruiting') is none.",
         ("filming on the estate", "to shoot two scenes", "recording the choir"),
         ("a virtual production stage opens", "a re-recording theatre", "Kestrel Films is recruiting"),
         source="guidelines"),
    Rule("past_only", r"\b(?:worked|supported|helped|wrapped|went|finished|completed|ago|before|years\s+back"
         r"|(?:we|I|they)\s+(?:shot|filmed|recorded)|(?:was|were)\s+(?:shot|filmed|recorded)"
         r"|thank(?:s|\s+(?:you|u|ya))|cheers|last\s+(?:week|month|year|spring|summer|autumn|winter))\b",
         "A sentence reporting a shoot that is over: 'we filmed there years back', 'she worked two days on it'.",
         ("she worked on the shoot", "we filmed there once", "thanks for all the help", "a crew came two years ago"),
         ("we will film there", "shooting next week", "a high shot of the square", "we've had a crew ask to film"),
         source="guidelines"),
    Rule("to_come", r"\b(?:will|shall|'ll|going\s+to|plan(?:s|ning|ned)?|hop(?:e|ing)"
         r"|would\s+like\s+to\s+(?:film|shoot)|to\s+be|want\s+to|need(?:s|ed|ing)?|looking\s+for|next|upcoming"
         r"|coming|tomorrow|tmrw|tonight|soon"
         r"|(?:are|is|'re)\s+(?:\w+\s+)?(?:filming|shooting|recording)|(?-i:films|shoots|records))\b",
         "In a past-sounding sentence, a word for what is still to come keeps the shoot ('we shot the pilot there "
         "and will be back').", ("and will be back", "we're planning", "next month", "we are still shooting",
          "the series films in May"), ("it went well", "a crew from Kestrel Films"),
         source="uk-usage"),
    Rule("request", r"\b(?:look(?:ing|in['\u2019]?)?\s+for|need(?:s|ed|ing)?|after\s+an?|wanted|required"
         r"|(?:any(?:one|body)|someone|somebody)\s+(?:free|available|about|around|who)|can\s+(?:you|anyone|someone))\b",
         "A request word: a brief with one asks for something even when no need was read from it.",
         ("lookin for a camera guy", "is anyone free to help", "we need two hands"), ("the evening is free",),
         source="guidelines"),
    Rule("offer", r"\b(?:any\s+(?:productions?|shoots?)\b|(?:be|go|put\s+\w+)\s+on\s+(?:the|your)\s+"
         r"(?:list|books|database|register)|if\s+any\s+(?:opportunit\w+|work|jobs?|roles?)|work\s+experience|(?:I|we)(?:['\u2019]m|\s+am|"
         r"['\u2019]re|\s+are)\s+(?:now\s+)?available"
         r"|(?:I|we)['\u2019]?(?:ve|\s+have)\s+got\s+an?\s+\w+\s+(?:near|in|at|by)\b)",
         "With no need asked for, an offer (of services, of students, of a property for the locations list): "
         "a shoot it imagines is not one to come.",
         ("happy to help on any productions in the area", "could we go on your list", "I'm available from May",
          "we've got a barn near the river"),
         ("we need a runner", "on the call sheet"), source="guidelines"),
    Rule("thanks", r"\bthank(?:s|\s+(?:you|u|ya))\b|\bcheers\b|\bta\s+very\b",
         "A thank-you: with no need and no shoot to come, its dates ('see you in the new year') date nothing.",
         ("thank u all", "Thanks again", "cheers for that"), ("thankful", "a tame fox"), source="guidelines"),
])
