"""Rules for places a brief names as where something other than filming happens, or where people come from,
said in ways ``rules.places`` and ``rules.elsewhere`` miss: who the crew are and where they come from ("a
small team (3 of us) from", "everything else crewed from", "we'll drive down from"), offices ("our production
office will be at the hub in", "our new Stoke satellite office"), where post is ("a VFX house for post (Soho)"),
fittings, auditions and read-throughs, where the crew sleep ("staying at the Premier Inn in"), where a
letter goes ("write to us at ..."), an earlier shoot ("the Longport shoot went brilliantly", "last year in",
"last series we did was in"), and a place ruled out ("... in Stafford too but that's now looking unlikely").
Kinds read from the misses of the spent fifth part (``spent-heldout-5-g``, ``-5-h``); every example below is
invented. ``BEFORE`` rules end where the place begins; ``AFTER`` rules begin where it ends.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["AWAY_AFTER", "AWAY_BEFORE", "FIRM_NAMES", "SHOOT_BASED"]

_NO_FILMING = r"(?:(?!\b(?:film|shoot|shot|record|broadcast|stream|live)\w*)[^.;:!?\n])"  # a clause that films nothing

AWAY_BEFORE = RuleTable.of("away_before", [
    Rule("crew_from", rf"\b(?:crew(?:ed|s)?|staffed|team|everyone|everybody|everything(?:\s+else)?|the\s+rest"
         rf"|all\s+of\s+us|hods|director|editor|producer|dop|writer)\b{_NO_FILMING}{{0,30}}\bfrom\s+(?:the\s+)?$",
         "Who the crew are, then 'from': where they come from ('a small team (two of us) from ', 'everything "
         "else crewed from ', 'we've got everyone from ').",
         ("a small team (two of us) from ", "Everything else crewed from ", "we've got everyone from ",
          "the rest from ", "Director and editor will join remotely from "),
         ("a team filming from ", "live from ", "the crew will shoot from the ")),
    Rule("drive_from", rf"\b(?:(?:we['\u2019]ll|we\s+will|I['\u2019]ll|they['\u2019]ll|will|to|can)\s+drive"
         rf"|drives|driving|drove|commut\w+)\b{_NO_FILMING}{{0,30}}\bfrom\s+(?:the\s+)?$",
         "'drive down from ', 'drive a van from ': where people or kit set off, not the set.",
         ("we'll drive down from ", "someone to drive a van from "), ("a drive-in shoot in ", "film the drive from ")),
    Rule("office_at", rf"\boffice(?:s|\s+space)?\b(?!\s+(?:scenes?|set|shoot|block|party)\b)"
         rf"{_NO_FILMING}{{0,40}}\b(?:in|at|near)\s+(?:the\s+)?$",
         "An office and where it is: 'our production office will again be at the hub in ', 'office space for "
         "a dozen people in '.",
         ("Our production office will again be at the hub in ", "office space for a dozen people in "),
         ("the office scenes will be filmed in ", "the office scenes in ")),
    Rule("post_bracket", r"\b(?:post(?:-production)?|edit|grade|vfx\s+house)\b[^.;:!?\n()]{0,12}\(\s*$",
         "Where post is, in brackets: 'a VFX house attached for post (': no camera goes there.",
         ("a VFX house attached for post (", "the grade ("), ("filming at the park (",)),
    Rule("fitting_at", rf"\b(?:fittings?|auditions?|read[- ]?throughs?|screen\s+tests?|inductions?)\b"
         rf"{_NO_FILMING}{{0,30}}\b(?:in|at)\s+(?:the\s+)?$",
         "Where fittings, auditions or a read-through are: 'costume fitting on 3 May in ', 'auditions at the '.",
         ("Period costume fitting on 3 May in ", "auditions at the ", "a read-through in "),
         ("filming in ", "a fitting scene shot in ")),
    Rule("lodging_at", r"\b(?:staying|stay|accommodation|digs|lodging|b&b|airbnb|put\s+(?:us|them)\s+up)\b"
         r"(?:(?!\b(?:film|shoot|record)\w*)[^!?\n]){0,60}\b(?:in|at|near|around)\s+(?:the\s+)?$",
         "Where the crew sleep: 'staying at the ', 'accommodation for four for ten nights. Somewhere around ' "
         "(the next sentence still says where they stay).",
         ("crew staying at the ", "accommodation for four for ten nights. Somewhere around "),
         ("we're filming at the ", "staying on to shoot at ")),
    Rule("here_bracket", r"(?-i:\b[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){0,3}\s+here\s*\(\s*$",
         "Who writes, 'here', then a place in brackets: where they are ('Hi, Longshot Events here (').",
         ("Hi, Longshot Events here (",), ("we film here (", "the shoot is here (")),
    Rule("person_is_in", r"\b(?:our|my|the|their)\s+(?:[\w-]+\s+){0,2}(?:manager|coordinator|producer|director|designer"
         r"|dop|editor|writer|presenter|client|commissioner)s?\s+(?:is|are)\s+(?:based\s+|still\s+|currently\s+"
         r"|now\s+)?(?:in|at|near)\s+$",
         "Where one of the team is: 'our location manager is in ', 'the client is currently in '.",
         ("our location manager is in ", "the client is currently in "),
         ("our crew are in ", "the director is filming in ")),
    Rule("job_at_firm", r"\b(?:producer|manager|director|coordinator|editor|officer|founder|ceo|md|head\s+of\s+[\w-]+)"
         r"\s+(?:at|of|for|with)\s+(?-i:[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){0,3}\s*\(\s*(?:[^(),\n]{1,30},\s*)?$",
         "A job at a firm, then a place in brackets: where the firm is ('VFX producer at Glasspane Pixel (', "
         "'production manager at Northway Live (MediaCity, ').",
         ("VFX producer at Glasspane Pixel (", "production manager at Northway Live (MediaCity, "),
         ("filming at Ford Green Hall (", "a producer on a shoot at the Kings Hall (")),
    Rule("try_supplier", r"\b(?:try|ask|call|ring|contact)\s+(?-i:[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){0,3}"
         r"\s+(?:in|at|of)\s+$",
         "A supplier suggested with its town: 'try Kiln Sound in ', 'ring Acme Hire of '.",
         ("try Kiln Sound in ", "ring Acme Hire of "), ("filming at Kiln Sound in ", "try filming in ")),
    Rule("royal_name", r"(?-i:\bRoyal)\s+$",
         "'Royal' before a place: the place ends a longer name ('filming at Royal Derby', the hospital), not the town.",
         ("filming at Royal ",), ("the royal ",)),
    Rule("org_of", r"(?-i:\b(?:University|College|Council|Diocese|Bishop|Archbishop|Duke|Earl|Mayor)\s+of)"
         r"\s+(?:the\s+)?$",
         "'University of ' before a place: the place ends an organisation's or a title's name, no location.",
         ("University of ", "the Bishop of "), ("filming at the University in ",)),
    Rule("made_outside", r"\b(?:made|produced|commissioned|based|work(?:ing)?)\s+outside\s+(?:of\s+)?$",
         "'made outside London': a place the work is kept away from, no location.",
         ("the commissioner wants it made outside ",), ("filming just outside ",)),
    Rule("modelled_on", r"\b(?:based|modelled|modeled|inspired)\s+on\s+$",
         "'the street is based on Longton': what a set or story is modelled on, not where the camera goes.",
         ("The street is based on ",), ("based in ",)),
    Rule("auto_reply", r"(?:^|\n)[ \t]*(?:automatic\s+reply|auto[- ]?reply|out\s+of\s+(?:the\s+)?office)\b[^\n]*$",
         "A place on an automatic reply's first line ('Automatic reply: Filming enquiry - Leek'): no shoot is "
         "asked for.", ("Automatic reply: Filming enquiry - ", "Out of office: Re: shoot in "),
         ("Reply about the shoot in ",)),
    Rule("parking_at", r"\b(?:(?:will|to|can|we['\u2019]ll)\s+park|parked|(?:our|the)\s+(?:unit\s+)?base"
         r"\s+(?:will\s+be|is|are))\b[^.;!?\n]{0,20}\b(?:in|at|on)\s+(?:the\s+)?$",
         "Where vehicles park or the base is: 'our trucks will park in the ', 'Our base will be in the '.",
         ("Our technical vehicles will park in the ", "Our base will be in the "),
         ("filming scenes in the park in ", "the base of the tower in ", "the parking suspension on ")),
    Rule("road_between", r"\b(?:street|road|lane|avenue|towpath|path|stretch|section)\s+between\s+(?:the\s+)?$",
         "A stretch of road between two others: the others bound the location, they are not it ('on the High "
         "Street between ').", ("on the High Street between ", "the towpath between the "),
         ("filming between ",)),
    Rule("write_to", r"\b(?:write\s+to\s+us|post\s+it\s+to\s+us|send\s+(?:it|them)\s+to\s+us)\s+at\b[^.;!?\n]{0,60}$",
         "An address to write to: 'write to us at Unit 4, Kiln Yard, '.", ("or write to us at Unit 4, Kiln Yard, ",),
         ("film us at ",)),
    Rule("earlier_time", r"\b(?:last\s+(?:year|series|season|time)|previous\s+(?:series|film|shoot|season))\b"
         r"[^.;!?\n]{0,50}\b(?:in|at)\s+(?:the\s+)?$",
         "After a past time, the place of an earlier shoot: 'who did it last year in ', 'last series we did was "
         "in ', 'last year's film (shot at the Lodge in '.",
         ("who did it last year in ", "Last series we did was in ", "last year's film (shot at the Lodge in "),
         ("this year in ", "next series we film in ")),
])

_FIRM_WORD = (r"\s+(?-i:Productions?|Films|Pictures|Media|TV|Television|Creative|Docs|Animation|Interactive"
              r"|Ltd|Limited|Live|Events|Visuals|Co)\b(?!\s+(?:studios?|stages?|centre|center|suites?|gallery|room))")

AWAY_AFTER = RuleTable.of("away_after", [
    Rule("office_of", r"(?:\s+(?:new|satellite|main|production|head|sales|regional))*\s+(?:office|offices|hq"
         r"|headquarters)\b(?!\s+(?:scenes?|set|shoot|block|party))",
         "After a place, an office named by it: 'our new Stoke satellite office', 'the Leek office'.",
         (" satellite office", " office", " HQ"), (" office scenes",)),
    Rule("firm_word", _FIRM_WORD,
         "After a place or a venue's name, a firm's word: the place names the firm ('Ashgrove Productions', "
         "'Potbank Live', 'Open Door Theatre Co.'), no location; a venue noun after it names a place ('the University "
         "TV studio').", (" Productions", " Live", " Co."),
         (" Film Festival", " studios", " live", " TV studio")),
    Rule("trade_of", r"\s+(?:facilities|suppliers|vendors|talent|freelancers|businesses)\b",
         "After a place, the trade it names: 'support Midlands facilities', 'Stoke freelancers' (who to hire), no "
         "shoot location.", (" facilities", " freelancers"), (" facility shoot",)),
    Rule("named_thing", r"\s+(?:van|vans)\b",
         "After a place, a thing named after it: 'a Luton van' (a box van), no location.", (" van",), (" vanguard",)),
    Rule("not_filmed", r"[^.;!?\n]{0,40}?\b(?:not|never)\s+(?:to\s+)?be\s+(?:filmed|shown|photographed|recorded)\b",
         "After a place, that it is not to be filmed: 'the Council's Moorlands House offices are not to be filmed'.",
         (" House offices are not to be filmed",), (" will be filmed",)),
    Rule("past_shoot", r"\s+(?:shoot|job|film|series|project)\s+(?:went|was|were)\b",
         "After a place, a shoot said to be over: 'the Longport shoot went brilliantly'.",
         (" shoot went brilliantly", " job was great"), (" shoot will be", " shoot is on")),
    Rule("ruled_out", r"[^.;!?\n]{0,50}?\b(?:unlikely|ruled\s+out|fallen\s+through|fell\s+through|off\s+the\s+table)\b",
         "After a place, its shoot ruled out: 'possibly the County Ground in Derby too, but that's now unlikely'.",
         (" too but that's now looking unlikely", " has been ruled out"), (" too, all confirmed",)),
])

SHOOT_BASED = RuleTable.of("shoot_based", [
    Rule("shoot_based", r"\b(?:shoot(?:ing)?|filming|film|recording)\s+(?:days?|weeks?|dates?|schedule|unit)\b"
         r"[^.;!?\n]{0,60}\bbased\s+(?:around|in|near|at)\s+$",
         "Shoot days 'based around' a place: where the shoot is, not where someone is based (an exception to "
         "``PLACES.based_in``).", ("22 shoot days between May and June, based around ",),
         ("our crew are based in ",)),
])

FIRM_NAMES = RuleTable.of("firm_names", [
    Rule("firm_name", rf"(?P<name>(?-i:[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){{0,3}}){_FIRM_WORD}",
         "A name then a firm's word anywhere in the brief ('Wren Lane Productions'): the same name elsewhere in "
         "the brief ('Wren Lane have asked') is that firm, not a road or a venue.",
         ("We have commissioned Wren Lane Productions", "Potbank Live"), ("the Wren Lane studio", "wren lane films")),
])
