"""Rules for places a brief names that are somewhere other than the shoot, said in ways the older place
rules (``rules.places``) miss: a firm's town after its name, where crew or kit come from, where a team
operates out of, where a supplier has a base, an office, a business the sender runs, another job the
writer is on, a licence or voices named after a place, a club, group or newspaper named after a town, a
person's surname that is also a place. ``BEFORE`` rules end where the place begins (``search`` over the
words before it); ``AFTER`` rules begin where it ends (``match`` at its end).
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["AFTER", "BEFORE"]

_FIRM_WORDS = (r"(?-i:Films?|Pictures|Productions?|Media|Studios?|TV|Television|Games|Creative|Docs|Animation"
               r"|Interactive|Content|Ltd|Limited|Agency|Collective|Entertainment|Aerials|Events|Visuals)")

BEFORE = RuleTable.of("elsewhere_before", [
    Rule("firm_base", rf"(?-i:\b[A-Z][\w&'-]*)\s+(?:(?-i:[A-Z][\w&'-]*)\s+){{0,2}}{_FIRM_WORDS}"
         r"\s*(?:,|\(|\bin\b|\bof\b|\u2013|-)\s*(?:the\s+)?$",
         "A firm's name just before the place ('Ouzel Pictures, ', 'Ouzel TV (', 'at Brightmoor Interactive "
         "in '): where the firm is, unless its clause films there (checked where it is used).",
         ("Ouzel Pictures, ", "(Pennyroyal TV, ", "at Brightmoor Interactive in ", "JOBS \u2013 Slipware "
          "Films, "), ("filming at the ", "the films in ", "at the Studio in ")),
    Rule("comes_from", r"\b(?:bring\w*|brought|come|comes|coming|came|travel\w*|attend\w*|join\w*"
         r"|fl(?:y|ies|ying|own)|sent|send\w*|ship\w*|shift\w*)\b[^.;:!?\n]{0,45}\bfrom\s+(?:the\s+)?$",
         "Where crew or kit come from ('our DoP travels with us from ', 'we bring our own lights from ', 'a van "
         "to ship the lights from '): not where the shoot is.",
         ("our DoP and sound travel with us from ", "we'll bring our own lights from ", "will attend from ",
          "a van to ship the lights from "), ("we're filming from ", "a view from the ")),
    Rule("operates_out_of", r"\b(?:out\s+of|operat\w+\s+(?:from|out\s+of)|run\s+from)\s+(?:the\s+)?$",
         "'the rescue team out of ', 'operating from ': where a team works from, not the set.",
         ("the lifeboat crew out of ", "operating from "), ("we film in ",)),
    Rule("has_base", r"\b(?:an?|their|its|your|with\s+(?:a|an))\s+(?:\w+\s+)?base\s+(?:in|near|at|around)\s+"
         r"(?:the\s+)?$|(?:^|[\n.!?]\s*)based\s+$",
         "'firms with a local base in ', 'Based Leek/...': where a supplier or a person is, not the set.",
         ("firms with a local base in ", "with a base near ", "\nBased "), ("the unit base in ", "based on ")),
    Rule("office_in", r"\boffices?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:in|at)\s+(?:the\s+)?$",
         "'office in ': where the production office is, no camera goes there.",
         ("a coordinator, office in ", "offices are at "), ("filming in ",)),
    Rule("runs_business", r"\b(?:we|I)\s+(?:run|own|manage|have)\s+(?:an?|the|our|my)\s+(?:[\w+&'-]+\s+){0,5}?"
         r"(?:company|business|studio|agency|shop|firm|venue|school|group|team|salon)\s+(?:in|near|at|from)\s+"
         r"(?:the\s+)?$",
         "'we run a photo and events company in ': the sender's business, not the set.",
         ("we run a small photo and events company in ", "I own a little studio in "), ("we have a shoot in ",)),
    Rule("studies_at", r"\b(?:student|graduate|lecturer|pupil|undergrad\w*|postgrad\w*|alumn\w*|staff\s+member)"
         r"\s+(?:at|of|from)\s+(?:the\s+)?$",
         "'I'm a final-year student at ': where the writer studies or works, not where the shoot is.",
         ("I'm a second-year student at ", "a lecturer at the "), ("filming at the ",)),
    Rule("other_job", r"\b(?:I['\u2019]m|I\s+am|I['\u2019]ll\s+be|we['\u2019]re|he['\u2019]s|she['\u2019]s"
         r"|they['\u2019]re)\s+(?:on|doing|away\s+on|booked\s+on)\s+(?:a|an|another)\s+(?:\w+\s+)?"
         r"(?:job|shoot|gig|booking)\s+(?:in|at|near|up\s+in|down\s+in)\s+(?:the\s+)?$",
         "'he's away on a shoot in ': where the writer will be instead, not the shoot asked about.",
         ("he's away on a shoot in ", "she's booked on another shoot in "), ("we need a grip for a job in ",)),
    Rule("surname", r"(?:,|\b(?:AC|AD|DoP|PM|by|from|with|and))\s+(?-i:[A-Z][a-z]+)\s+$",
         "A capitalised first name just before a one-word place, after a comma or a role ('our gaffer, Pat '): the "
         "place word is a person's surname (checked with what follows where it is used).",
         ("our gaffer, Pat ", "with Sam "), ("filming in ", "shoot in Upper ")),
])

AFTER = RuleTable.of("elsewhere_after", [
    Rule("base_list", r"\s*(?:/|&|\band\b|\bor\b)\s*(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s*(?:-|\s)based\b",
         "'Stoke/Leek based': the first of two places a 'based' follows is where people are too.",
         ("/Leek based", " or Stone-based"), (" and Leek for the shoot",)),
    Rule("named_after", r"(?:\s+or\s+(?-i:[A-Z][\w-]*))?\s+(?:licen[cs]es?|permits?|voices?|vowels|twang|number"
         r"|plates?|registration)\b",
         "A licence, a permit or voices named after a place ('a Cheshire or Staffordshire licence', 'Potteries "
         "voices'): a kind of thing, not the set.", (" or Cheshire licence", " voices", " licence"),
         (" on Friday", " town centre")),
    Rule("club_or_paper", r"\s+(?:(?-i:[A-Z][\w'-]*)\s+){0,2}?(?-i:City|United|Rovers|Athletic|Albion|Wanderers"
         r"|Creatives|Post|Times|Sentinel|Gazette|Herald|Advertiser|Echo|Radio)\b"
         r"(?!\s+(?-i:Centre|Center|Hall|Square|Library|Museum|Office|Park|Road|Street)\b)",
         "A club, group or newspaper named after a town ('Crewe United's reserves', 'the Leek Gazette', "
         "'Hanley Creatives'): part of a name, not a place.",
         (" United's reserve side", " Gazette & Herald", " Creatives group"),
         (" City Centre", " on Friday")),
    Rule("past_short", r"[^.;!?\n]{0,25}?\blast\s+(?:wk|wknd|weekend|night|term|autumn|season)\b"
         r"(?!\s+(?:of|in|before)\b)",
         "After a place, a past time written short ('the gig in Audley last wk'): an earlier shoot's place.",
         (" last wk", " last weekend"), (" next wk", " over the last weekend of January")),
    Rule("person_acts", r"\s*,?\s+(?:has|had|is|was|will|who|said|says)\b",
         "After a one-word place preceded by a first name, a verb whose subject is a person ('Pat Cheadle, has "
         "gone'): the place word is a surname.", (", has left", " is off sick"), (" High Street",)),
])
