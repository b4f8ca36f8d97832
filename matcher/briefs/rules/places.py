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
         r"(?:(?-i:[A-Z][\w'&-]*)[ \t,]*|(?:dept|department|team|office)\b[ \t,]*){0,3}(?:\([^)\n]{0,40}\))?[ \t.]*$",
         "A sign-off, on its own line or closing the text: what follows is the signature.",
         ("Thanks, Jane", "Cheers, Tom (Producer)", "Kind regards", "Best, Art dept"), ("thanks to the council for",),
         flags=re.I | re.M),
    Rule("sender", SENDER, "'We're a small indie ' before a place: the sender's base, with a firm word after.",
         ("We're a small indie ", "we are a "), ("we need a ",), source="issue-12"),
    Rule("sender_noun", rf"(?:-based|\s+based)\b|\s+(?:{_FIRM}|indie|prodco)\b",
         "After the place in a sender's phrase: 'Birmingham agency', 'Leeds outfit', 'Bristol-based', 'a Hull indie'.",
         (" agency", " production company", "-based", " outfit", " indie"), (" town centre",)),
    Rule("opening_firm", r"(?:-based|\s+based)\b|\s+(?:(?:production|media|creative|video|film|ad|advertising)\s+)?"
         r"(?:agency|company|prodco|firm|outfit)\b",
         "A sentence opening with a place and a firm: 'Manchester company with a feature...'.",
         (" company", "-based", " production company"), (" studio",)),
    Rule("sender_on", r"\b(?:(?:we're|we\s+are|we\u2019re|I'm|I\s+am)(?:\s+(?:over|up|down|out|all))?"
         r"|our\s+(?:team|office|offices|base|studio|company|crew"
         r"|hq|head\s+office|edit|team\s+members)(?:\s+(?:is|are))?)\s+(?:based\s+)?(?:on|in|at|near)\s+(?:the\s+)?$",
         "'(we're on Etruria Road)', 'our team is in Birmingham', 'we're up in Carlisle', 'handled by our crew "
         "in ': where the sender is.",
         ("we're on ", "we are based in ", "Our team is in ", "we're over in ", "handled by our crew in "),
         ("we're filming in ", "we're out filming in "), source="issue-12"),
    Rule("here_after", r"\s+here\b(?!\s+(?:in|at|on|for|to|and)\b)",
         "A place ending the phrase that names who writes: 'a studio in Bristol here', 'Jo from Derby here'.",
         (" here -", " here."), (" here in Leek", " here and"), source="issue-12"),
    Rule("past_after", r"[^.;!?\n]{0,25}?\b(?:last\s+(?:week|month|year|summer|spring|autumn|winter|time|series)"
         r"|yesterday|ago|previously|earlier\s+this\s+(?:year|month|week))\b",
         "After a place, a past time: where an earlier shoot was ('shot in Stoke last month'), not this one.",
         (" last month", " yesterday, the shoot went well", " two years ago"), (" next month", " in May"),
         source="guidelines"),
    Rule("list_glue", r"\s*(?:,|and|&|or|/|\+|\()\s*(?:the\s+)?",
         "Between two places of one list: the second shares the first's reading ('our team is in Birmingham and "
         "Wolverhampton').", (" and ", ", ", " & the "), (" where we film in ",), source="issue-12"),
    Rule("sender_in", rf"\b(?:we're|we\s+are|we\u2019re|I'm|I\s+am|im|as)\s+(?:an?|the)\s+"
         rf"(?:[\w-]+\s+){{0,3}}?{_FIRM}s?"
         r"\s+(?:(?:based|located)\s+)?(?:in|from|out\s+of)\s+$"
         r"|\b(?:we're|we\s+are|we\u2019re|I'm|I\s+am|im)\s+(?:(?-i:[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){0,3},\s+)?"
         r"(?:an?|the)\s+(?:(?!(?:filming|shooting|recording|working"
         r"|looking|heading|going|coming|out|on|at)\b)[\w-]+\s+){1,6}?(?:based\s+|located\s+)?(?:in|from|out\s+of)\s+$",
         "'We're a studio in Bristol', 'I am a producer from Leeds', 'im a spark from ', 'We're Kiln Hire, a new "
         "grip rental house in ': where the sender is.",
         ("We're a studio in ", "we are a small production company based in ", "we're a community radio station in ",
          "hi its Jo, im a gaffer from ", "We're Kiln Hire, a new grip and lighting rental house in "),
         ("we're filming in ", "we're a crew shooting in "),
         source="issue-12"),
    Rule("based_in", r"\b(?:(?:we're|we\s+are|I'm|I\s+am|who\s+are|who\s+is|must\s+be|should\s+be|ideally|be)\s+)?"
         r"(?:based|located|living|lives|live)\s+(?:in|near|around|out\s+of|at)\s+(?:our\s+|the\s+"
         r"|(?-i:[A-Z][\w-]*)['\u2019]s\s+)?$"
         r"|\b(?:client|clients|commissioner|broadcaster|agency|head\s+office|producer|director|editor|office|offices"
         r"|company|studio)\s+(?:is|are)\s+(?:based\s+)?(?:in|near|at)\s+$",
         "'based in Leeds', 'our director lives in Buxton', 'the client is in London': where someone is, not where "
         "the camera is.", ("based in ", "must be based near ", "Our director lives in ", "The client is in ",
                                              "based at our ", "based at Leek's "),
         ("filming in ", "the shoot is in "), source="guidelines"),
    Rule("origin", r"\b(?:coming|travelling|traveling|driving|come|bringing\s+\w+|moved|moving|relocat\w+|here"
         r"|calling|ringing|writing)\b[^.,;\n]{0,25}\bfrom\s+(?:the\s+|our\s+|their\s+)?$|\b(?:stuck|stranded|delayed|held\s+up|broken\s+down)\s+"
         r"(?:in|at|near|on)\s+$|\b(?:audiences?|people|crew|talent|members|residents"
         r"|groups|freelancers|students|viewers|fans|bands?|artists?|singers?|musicians?|choirs?|clients?|brands?"
         r"|families|family|performers?|dancers?|cast)\s+from\s+$|\b(?:fl(?:y|ies|ying)\s+into|arriv\w+\s+(?:at|in|into)"
         r"|moved\s+to|moving\s+to|relocat\w+\s+to)\s+$",
         "Where crew or the sender come from or move to: 'travelling down from ', 'Jordan here from ', 'flies into '.",
         ("coming up from ", "travelling down from ", "Jordan here from ", "flies into ", "has just moved to ",
          "coming over from the ", "a promo for a choir from "),
         ("from ", "filming from ")),
    Rule("field_line", r"^[ \t]*(?:organi[sz]ation|(?:production\s+)?company(?:\s+(?:name|location|base))?"
         r"|(?:(?:enquiry|message|email|call|request)\s+)?from|to|cc"
         r"|sender|(?:your\s+)?name|caller|contact|(?:where\s+are\s+you\s+)?based\??"
         r"|(?:(?:company|business|office|postal|registered|home|billing|correspondence)\s+)?address|email|tel"
         r"|phone)[ \t]*:",
         "A form or header line about who writes or whom to ('Organisation: ', 'From: ', 'Where are you based?: '): "
         "a place on it is no shoot location.", ("Organisation: ", "From: ", "Where are you based?: ",
                                            "Registered address: 9 Kiln Yard, "),
         ("Location: ", "Shoot location: "), source="issue-12"),
    Rule("firm_bracket", r"(?:(?-i:[A-Z][\w&'-]*)\s+(?-i:Films?|Pictures|Productions?|Media|Studios?|Creative|Events"
         r"|Ltd|TV|Entertainment|Docs|Features|Agency|Group|Animation|Games)\s*(?:\(\s*|,?\s+(?:in|of|from)\s+)"
         r"|\b(?:company|agency|indie|outfit|studio|prodco)\s*\(\s*"
         r"|\(\s*(?:[\w-]+\s+){0,2}(?:company|agency|studio|indie|prodco|outfit|house|firm|agency)\s*,\s*"
         r"|\b(?:our|my|the|their)\s+(?:(?:production|media|film)\s+)?(?:company|firm|agency|studio|indie|prodco|outfit)\s+"
         r"(?:[A-Z][\w&'-]*\s+){1,4}(?:in|of|from|(?:based|located)\s+in)\s+)$",
         "A firm's name then a place in brackets or after 'in': where the firm is ('Kestrel Films (Bristol)', "
         "'Harbour Pictures in Hull', 'a production company (Soho)').",
         ("Kestrel Films (", "Harbour Pictures in ", "production company (", "Lanternjaw (production company, ",
          "through our company Tinderbox Reel in "),
         ("Film Office in ", "the park ("),
         source="issue-12", flags=0),
    Rule("from_firm", r"\b(?:from|with)\s+(?:an?|the|our|their)\s+$",
         "Before a place that a firm word follows ('Ben from a Leeds VFX studio', 'a call with a Derby agency'): "
         "that firm's base.", ("from a ", "with an "), ("filming in ",), source="issue-12"),
    Rule("firm_words", r"(?:-based\b|(?:\s+[\w-]+){0,2}?\s+(?:indie|agency|company|firm|outfit|studio|house|business"
         r"|charity|collective|prodco|broadcaster|station)\b)",
         "After a place in 'from a ___': up to two words and a firm word.", (" VFX studio", " corporate video agency"),
         (" town centre",), source="issue-12"),
    Rule("works_at", r"\b(?:(?:I'm|I\s+am)\s+(?:an?|the)\s|I\s+work|we\s+work|I'm\s+based)"
         r"(?![^.!?\n]*\b(?:film|shoot|record)\w*)"
         r"[^.!?\n]{0,40}\b(?:at|for|with)\s+(?:the\s+)?$"
         r"|\b(?:currently|now)\s+(?:appearing|performing|playing|working|on\s+stage|in\s+rehearsals?)\b"
         r"[^.!?\n]{0,25}\b(?:at|in)\s+(?:the\s+)?$",
         "'I'm a lecturer at Keele University': where the sender works, not where the shoot is.",
         ("I'm a lecturer at ", "I work in the comms team at the ", "who is currently performing nightly at the "),
         ("I'm filming at ", "I'm having my party at the "), source="issue-12"),
    Rule("reference_point", r"\bwithin\s+(?:an?\s+)?(?:\d+(?:\.\d+)?|one|two|three|an?)\s*(?:hours?|hrs?|h|minutes?"
         r"|mins?|miles?|mi|km)(?:['\u2019]?s)?\s+(?:drive\s+|travel\s+)?(?:of|from)\s+$",
         "'within 2 hrs of London': a reference point for how far, not where the shoot is.",
         ("within 2 hrs of ", "within 20 mins of ", "within an hour's drive of "), ("filming in ",),
         source="issue-12"),
    Rule("org_after", r"\s+(?-i:(?!(?:Road|Street|Lane|Avenue|Park|Hall|Centre|Museum|Station|Town|City|Square|Market"
         r"|Festival|Show|Fair|Carnival|Minster|Cathedral|Church|Castle|Gardens?|Valley|Moor|Lake|Reservoir|Way"
         r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|On|In|At|And|For)"
         r"[a-z]*\b)[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+|women's|men's|youth|junior))*(?:\s+[a-z][\w'-]*)?\s+(?:group|team"
         r"|club|society|network"
         r"|collective|choir|band|trust|cic)\b"
         r"|\s+(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\b(?=\s*,\s*(?:we|a|an)\b)",
         "A place word at the head of a group's or club's name ('the Leek Ravens rugby team', 'Stone Voices "
         "choir', 'Stoke Talks Back, we're ...'): part of the name, no location.",
         (" Ravens youth rugby team", " Filmmakers group", " Talks Back, we're"), (" Road", " Town Hall"),
         source="issue-12"),
    Rule("name_bracket", r"(?:^|(?<=[^\w\s])|\b(?!(?i:at|in|on|near|by|outside|inside|around|the)\b)[a-z]\w*)"
         r"\s*(?P<name>(?:[A-Z][\w&'\u2019-]*|&)(?:\s+(?:[A-Z][\w&'\u2019-]*|&)){0,4})\s*\(\s*$",
         "A name, not after 'at' or 'in', then a place in brackets: the place is where that firm or person is "
         "('producer at Tallow & Wick (Sheffield)', 'Indie studio Slipware Interactive (Burslem)'); a venue after 'at' "
         "keeps its town ('at the Swan (Leek)'), and so does a venue's name (see the rule's use).",
         ("studio Slipware Interactive (", "Blackbrook Factual (", "producer at Tallow & Wick ("),
         ("filming at Ford Green Hall (", "at the Swan ("), source="issue-12", flags=0),
    Rule("attributive", r"\b(?:a|an|our|their|his|her)\s+(?:(?!(?:in|at|on|near|for|from|of|to|around|by|with|and"
         r"|or|shoot|film|filming|shooting|day|week)\b)(?-i:[a-z][\w-]*)\s+){0,2}$",
         "An article right before a place that a person or business noun follows ('a Leek singer', 'a Stoke "
         "tableware brand', 'a little-known Stoke rapper'): the place says where they are from, not where the "
         "shoot is.", ("for a ", "with an ", "with a little-known "), ("filming in ", "a shoot in "),
         source="issue-12"),
    Rule("from_noun", r"(?:\s+(?-i:County|City|United|Town|Rovers|Athletic|Albion|Wanderers|Vale))?"
         r"(?:[\s-]+[a-z][\w-]*){0,2}?\s+(?:singers?|bands?|artists?|musicians?|rappers?|poets?|writers?|fans?"
         r"|supporters?"
         r"|authors?|comedians?|designers?|makers?|brands?|labels?|retailers?|manufacturers?|clients?|charity"
         r"|charities|families|family|lads?|lass|girls?|boys?|man|woman|natives?|residents?|lads|accents?|teams?"
         r"|clubs?|breweries|brewery|potters?|firms?|businesses|business|startups?|start-ups?|entrepreneurs?"
         r"|creatives?|filmmakers?|photographers?|influencers?|youtubers?|content\s+creators?)\b",
         "After an attributive place, a person or business noun: ' singer', ' tableware brand', ' girl'.",
         (" singer", " tableware brand", " indie band", " County fan"), (" location", " pub", " town centre"),
         source="issue-12"),
    Rule("own_premises", r"\s+(?:studios?|unit|units|office|offices|base|workshop|warehouse|premises|hq|site|yard"
         r"|space|kitchen)\b",
         "After 'our <place>': the sender's own premises ('at our Etruria unit', 'our Fenton studio'); no shoot "
         "location unless the sentence films there.", (" unit", " studio"), (" shoot",), source="issue-12"),
    Rule("topic", r"\b(?:about|set\s+in|native\s+of|natives\s+of|story\s+of|history\s+of|portrait\s+of"
         r"|memories\s+of|inspired\s+by|celebrating|celebration\s+of)\s+(?:(?:the|a|an)\s+)?"
         r"(?:(?!(?:film|shoot|record|in|at|on|near|around|\d+\b|weeks?\b|days?\b|nights?\b|months?\b|hours?\b"
         r"|fortnight|years?\b|half)\w*)[\w'-]+\s+){0,2}$",
         "A place that is what the production is about or where its story is set, or where someone is from: 'a "
         "podcast about the 1970s Potteries', 'set in a fictionalised Stoke', 'a native of the Potteries'.",
         ("a podcast about the 1970s ", "the game is set in a fictionalised ", "who is a native of the "),
         ("a question about filming in ", "we're shooting in ", "for about a week in ", "about 20 crew in ",
          "a doc about the Punjabi community in "),
         source="issue-12"),
    Rule("transport", r"\b(?:(?:ferry|ferrying|drive|driving|shuttle|shuttling|take|taking|bring|bringing|pick|picking"
         r"|collect|collecting)\s+(?:us|them|the\s+\w+|cast|crew|kit|it|everyone|people)\s+(?:up\s+)?(?:from|to)"
         r"|pick(?:ed|ing)?[\s-]*up(?:\s+(?:from|in|at))?|collect(?:ed|ion)?\s+(?:from|in|at)"
         r"|drop(?:ped)?[\s-]*off(?:\s+(?:in|at))?|deliver(?:ed|y)?\s+to)\s+(?:the\s+)?$",
         "Where people or kit are picked up, collected or dropped ('to ferry us from Leek station', 'pick up "
         "Newcastle', 'collection from Hanley'): no shoot location.",
         ("to ferry us from ", "pick up ", "collection from ", "drop-off at "), ("filming in ",), source="issue-12"),
    Rule("parked", r"\b(?:vans?|vehicles?|trucks?|lorries|cars?|trailers?|motorhomes?)\s+(?:will\s+be\s+|are\s+|is\s+)?"
         r"(?:parked|parking|based)\s+(?:on|at|in)\s+(?:the\s+)?$",
         "Where the crew's vehicles park ('with equipment vans parked on Mill Road'): no shoot location.",
         ("equipment vans parked on ", "trucks will be parked at the "), ("filming on ",), source="guidelines"),
    Rule("diversion", r"\b(?:alternative\s+route|diversion|diverted|detour)\b[^.\n]{0,40}\b(?:via|along|on|through"
         r"|using)\s+(?:the\s+)?$",
         "A diversion's road ('an alternative route is signposted via the A519'): where traffic goes instead of "
         "the shoot, no shoot location.", ("An alternative route is signposted via the ", "diverted along "),
         ("filming on the ",), source="guidelines"),
    Rule("signature", r"(?m)^[ \t]*(?:--|\u2014|_{3,}|-{3,})[ \t]*$"
         r"|^[ \t]*(?!(?:hi|hello|hey|hiya|dear|morning|afternoon|evening|good)\b)"
         r"(?-i:[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2}),?[ \t]*\n"
         r"(?=(?:[^\n]{0,80}\n){0,4}[^\n]{1,80}\n?$)"
         r"|^[ \t]*(?!(?:hi|hello|hey|hiya|dear|morning|afternoon|evening)\b)(?-i:[A-Z][a-z'\u2019-]+),?[ \t]*\n"
         r"(?=[ \t]*(?:\(|[^\n]*[,|])[^\n]{0,80}\n?(?:[^\n]{0,80}\n?){0,3}$)"
         r"|(?<=\n\n)(?=(?:[^\n]{0,80}\n){0,2}[^\n]*(?:,|\|)[^\n]*\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s*\Z)"
         r"|(?<=\n\n)(?=(?-i:[A-Z][\w&'-]*)(?:[ \t]+(?-i:[A-Z][\w&'-]*)){0,3}(?:,[ \t]*(?-i:[A-Z][\w&'-]*)"
         r"(?:[ \t]+(?-i:[A-Z][\w&'-]*)){0,3}){1,3}[ \t]*\n?$)",
         "Where a signature starts with no sign-off: a '--' line, or a name alone on a line followed by at most five "
         "short lines to the end (a title, a firm, an address), or a given name alone with a bracketed or comma line "
         "after it; or a last paragraph that is one address line ending in a full postcode, or a comma list of "
         "capitalised names ('Foxglove Films, Deansgate, Manchester'): places in it are the sender's, not the shoot's.",
         ("brief text.\n--\nSam | Kiln Media | Longton", "need a spark.\n\nPriya Okafor\nProducer, Acme\nManchester",
          "thanks all!\n\nMo\n(for the Lantern Boys, Crewe)",
          "Road shut 9-5.\n\nTown Clerk, 4 Mill Row, Leek ST13 5AB",
          "Shut 9-5.\n\nHead of Parks\nCivic Offices, Leek ST13 5AB\n",
          "all day.\n\nFoxglove Films, Deansgate, Manchester"),
         ("Shoot in Leek.\n\nHi Mark,\n\nWe need a DoP.\nThanks", "Subject: Shoot\n\nHello,\nWe're Ash Films (Bath), "
          "filming on the canal.\n",
          "Filming in Leek.\nNeed a DoP and a gaffer for the whole of the shoot, which runs for three weeks in May "
          "and June, with a second unit in the last week", "Hanley Park\n"), flags=re.I),
    Rule("title_open", r"(?:^|(?<=[\s(]))['\u2018\"\u201c]"
         r"(?:(?-i:[A-Z][\w'\u2019-]*|&|of|the|and|in|on|to|at|for|from|a)\s+){0,5}$",
         "An opening quote before a place, and a closing one soon after it (``title_close``): the place is a word "
         "of a title ('Dick Whittington', \"The Stone Roses\", \"Last Bus to Leek\"), no location.",
         ("panto show, 'Dick ", "\u201cThe ", 'Feature "Last Bus to '),
         ("we're in ",), source="issue-12"),
    Rule("title_close", r"(?:\s+(?:[\w'\u2019&-]+)){0,5}?['\u2019\"\u201d](?!\w)",
         "After a place in a title: up to five words and the closing quote.", ("'", " Roses\""), (" and more",),
         source="issue-12"),
    Rule("name_head", r"\bthe\s+(?-i:(?!(?:North|South|East|West|Upper|Lower|Central|Greater|Old|New|Great|Little"
         r"|English|British|Welsh|Scottish|Irish|Beautiful|Historic|Famous|Stunning"
         r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]+)\s+$",
         "'the Royal ' before a place: the place word ends a longer name ('the Royal Stoke want a film': the "
         "hospital, an organisation), not the place; a nationality or praise is no name ('the English Lake District')"
         ".", ("the Royal ",), ("the North ", "in the ", "the English "), source="issue-12"),
    Rule("org_subject", r"\s+(?:(?:is|are)\s+)?(?:invit(?:es|ing)|seek(?:s|ing)|requires?|requiring|commission(?:s|ing)"
         r"|is\s+looking|are\s+looking|would\s+like)\b|\s*[-\u2013\u2014:]\s*(?:request|invitation|call)\s+(?:for|to)\b",
         "A name opening a sentence or a tender's title as who asks ('Keele University invites quotations', 'Leek "
         "Town Council - Request for Quotes'): the organisation, not a shoot location, unless that sentence films.",
         (" invites", " is seeking", " requires", " \u2013 Request for Quotes"), (" Road", " on 4 May"),
         source="issue-12"),
    Rule("possessive", r"(?:'s|\u2019s)\b",
         "A place owning what the film is about ('a doc about Stoke's oatcake shops'): those things are there, so "
         "it is filmed.", ("'s",), (" shops",), source="issue-12"),
    Rule("member_of", r"\b(?:group|society|students?|staff|team|department|school|course|class|lecturers?)\s+"
         r"(?:at|of|from)\s+(?:the\s+)?$",
         "Whom someone belongs to ('a student group at Staffordshire University'): the sender's organisation.",
         ("a student group at ", "the comms team at the "), ("filming at ",), source="issue-12"),
    Rule("person_from", r"\b(?:it's|it\u2019s|its|it\s+is|this\s+is)\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?"
         r",?\s+(?:from|at)\s+$",
         "'it's Gaz from ', 'It's Hannah at ' before a town: where the caller is from (a town, or a firm named "
         "after one: 'Ironbridge "
         "Motion'); a venue after it ('it's Lou from the Regent') is where they work, often the location, and stays.",
         ("Hiya, it's Gaz from ", "this is Margaret from ", "It's Hannah at "), ("we're filming from ",),
         source="issue-12"),
    Rule("caller_org", r"\b(?:it's|it\u2019s|its|it\s+is|this\s+is|I'm|I\s+am)\s+(?-i:[A-Z][\w'-]+)"
         r"(?:\s+(?-i:[A-Z][\w'-]+))?,?\s+(?:from|at)\s+(?:the\s+)?(?-i:[A-Z][\w&'-]*)(?:\s+(?:(?-i:[A-Z][\w&'-]*)|&)){0,4}"
         r"\s*[,(]\s*$",
         "'it's Jo from Acme Arts, ' before a town: where the caller's organisation is.",
         ("Hi, it's Jo from Acme Arts, ", "this is Sam at Kiln Media ("), ("filming at the Regent, ",),
         source="issue-12"),
    Rule("hq_in", r"\b(?:hq|headquarters|head\s+office|head\s+offices)\s+(?:is\s+|are\s+)?(?:in|at)\s+$",
         "'HQ in Leeds', 'head office in ': where a company is.", ("HQ in ", "head office is in "),
         ("shoot in ", "unit base at "),
         source="issue-12"),
    Rule("past_before", r"\b(?:we|I|they)\s+(?:shot|filmed|recorded|made)\s+(?:[\w'-]+\s+){0,4}(?:in|at|around)\s+$"
         r"|(?:^|(?<=[.!?\n]))\s*(?:last\s+(?:week|month|year|summer|spring|autumn|winter)|yesterday|recently"
         r"|(?:\w+\s+){0,3}ago)\b[^.!?\n]*$|\b(?:most\s+recently|previously)\b[^.!?\n()]*$",
         "'We shot the last campaign in Liverpool', a sentence opening on a past time ('Yesterday a crew shot here "
         "on '), 'most recently ... in ': an earlier shoot's place.",
         ("We shot the last campaign in ", "they filmed it at ",
          "Yesterday a crew shot scenes next to our shop on ",
          "(most recently a soap shot in "), ("we're shooting in ", "Next week we film in "),
         source="guidelines"),
    Rule("location_field", r"(?:^|\n|[.!?][ \t]+)[ \t]*(?:(?:shoot|filming|proposed(?:\s+filming)?)\s+)?locations?"
         r"(?:\(s\))?(?:[ \t]*:|['\u2019]s|\s+is)[ \t]*(?P<items>[^\n.!?]+)",
         "A form's field listing the shoot places: every named item is one, known to the gazetteer or not.",
         ("Shoot location: Hob Hill / the Weir", "\nLocations: Leek, Stone", "Location's the Swan in Leek",
          "Proposed location(s): Hob Hill; Stone High Street"),
         ("Location manager needed",),
         source="issue-12"),
    Rule("named_item", r"(?:[Tt]he\s+)?(?-i:[A-Z][\w'\u2019&-]*)"
         r"(?:\s+(?:(?-i:[A-Z][\w'\u2019&-]*)|of|on|upon|&|and)){0,4}",
         "An item of a locations field that names a place: capitalised words ('Hen Moss', 'The Knoll'), not a "
         "description ('a car park').", ("Hen Moss", "The Knoll"), ("", "3"), source="issue-12", flags=0),
    Rule("not_the_set", r"\b(?:(?:unit\s+base|parking|crew\s+parking|base\s+camp|catering|green\s+room"
         r"|production\s+office)\s+(?:will\s+be\s+|is\s+|are\s+)?(?:(?:located|based|set\s+up|parked)\s+)?(?:at|in|on)"
         r"|(?:residents|occupiers|neighbours|businesses|householders)\s+(?:of|on|in))\s+(?:the\s+)?"
         r"(?:(?:(?-i:[A-Z][\w'-]*)\s+){1,3}(?:and|&|,)\s+)?$",
         "Where the unit base or parking is, or whom a notice is addressed to ('Residents of Mill Lane'), is no "
         "shoot location.", ("A unit base will be located at the ", "Residents of ", "Parking is at ",
                             "residents of Mill Lane and "),
         ("filming at the ",), source="guidelines"),
    Rule("field_base", r"(?:^|\n)[ \t]*[\w /-]*\b(?:base|based|head\s+office|office|address|hq|company|from)\b"
         r"[ \t]*:[ \t]*$",
         "An enquiry form's field for where the company is: 'Company base: ', 'Address: '.",
         ("Company base: ", "\nProduction company base: ", "Address: "), ("Location: ",), source="issue-12"),
    Rule("made_by", r"\b(?:produced|made|run|owned|commissioned)\s+by\s+(?:[A-Z][\w&'-]*\s+){1,4}(?:in|of)\s+$",
         "'produced by Northlight Pictures in ': the producer's base.", ("produced by Northlight Pictures in ",),
         ("filmed in ",), flags=0),
    Rule("firm_after", r"(?:-based\b|\s+(?:based\s+)?(?:indie|production\s+co(?:mpany)?\b|prodco|agency|outfit|firm"
         r"|(?:\w+\s+)?company|business|charity|council|university|college"
         r"|(?:\w+\s+)?(?:houses|studios|companies|agencies|firms|indies|crews|freelancers))\b)",
         "After a place anywhere, a firm: 'a Bristol indie', 'a Leeds production co', 'a Stoke-based "
         "engineering firm'.",
         (" indie", " production co", "-based", " engineering company"), (" studio", " town centre"),
         source="issue-12"),
    Rule("modifier_after", r"-(?:style|esque|like|themed|inspired|born|raised|bred)\b"
         r"|(?:'s|\u2019s)?\s+(?:[A-Z]\w+\s+){0,2}(?:knowledge|accents?|dialects?|connections|contacts"
         r"|experience|links|background|history|heritage|scene|stories|roots|expertise|collections?|archives?"
         r"|look|style|feel|vibe|aesthetic|coalfield|industry|industries|community|communities|culture"
         r"|graduates?|alumni|students?)\b",
         "A place naming a kind of knowledge or accent, or whose people ('Keele alumni', 'a Staffs Uni graduate "
         "film'), not a location: 'North Staffs knowledge', 'Potteries accents'.",
         (" knowledge", " accents", " look", "-style warehouse", "-born", " graduate film", " alumni"),
         (" town hall",)),
    Rule("greeting", r"(?:^|\n)\s*(?:dear|hi|hello|hey|to|attn:?|fao|good\s+(?:morning|afternoon))\s+(?:the\s+)?"
         r"(?:(?:film|screen)\s+office\s+)?(?:[\w-]+\s+){0,2}$",
         "A greeting before a place names the addressee ('Dear Film Office Stoke team').",
         ("Dear Film Office ", "Hi ", "\nHello the "), ("We are filming in ",), source="issue-12"),
    Rule("organisation", r"\s*(?:(?:city|borough|county|district|parish|town)\s+council|council|university|uni|college"
         r"|film\s+office|screen\s+office|film\s+commission|(?:city\s+)?(?:fc|football\s+club)|nhs|police"
         r"|fire\s+and\s+rescue"
         r"|chamber\s+of\s+commerce|growth\s+hub)\b",
         "A place word inside an organisation's name ('Stoke-on-Trent City Council') is no location.",
         (" City Council", " University", " film office", " District Council"), (" town centre",),
         source="guidelines"),
    Rule("at_before", r"\b(?:at|in|inside|outside|on|around|near)\s+(?:the\s+)?$",
         "An organisation named after 'at' is the location ('filming at Keele University').", ("at the ", "in "),
         ("Dear ",)),
    Rule("lower_case_place", r"\b(?i:in|at|near|around|outside|to|from|on|over)\s+"
         r"(?P<w>(?:the\s+)?[a-z][a-z-]{3,}(?:\s+[a-z-]{2,}){0,2})"
         r"(?=\s*(?:[.,;:!?)\n]|$|\s+(?:and|or|area|for|on|next|this|tomorrow|today)\b))",
         "A town written in lower case after a place word ('in stoke??'): read, and noted.",
         ("in stoke??", "near leek.", "on the roaches?"), ("in the car.", "in Leek."), source="issue-10", flags=0),
    Rule("shoot_on", r"\b(?:film\w*|shoot\w*|record\w*)\s+(?:on|at|in|near|around|over)\s+$",
         "A shoot verb before a place written in lower case: an everyday-word name is read as the place ('to film "
         "on the roaches').", ("to film on ", "shooting at "), ("set in ",), source="issue-12"),
    Rule("lower_case_item", r"(?:^|[,\n])[ \t]*(?P<w>[a-z][a-z-]{3,}(?:[ \t]+[a-z-]{3,})?)[ \t]*[.!?]*[ \t]*(?=\n|$)",
         "A town written in lower case as the last item of a line ('21st & 22nd june, burslem'): read, and noted.",
         ("two days filming, burslem", "need a spark\nleek"), ("in the car.", "Burslem"), source="issue-12", flags=0),
    Rule("lower_case_run", r"(?<![\w'\u2019@#/.-])(?P<w>(?:the[ \t]+)?[a-z][a-z-]{3,}(?:[ \t]+[a-z][a-z-]*){0,7})",
         "Any run of lower-case words, read as a place only when it names one near the cluster that is no everyday "
         "word ('need sound tmrw hartshill 8am', 'a shoot up the moorlands'): informal text leaves out the capitals "
         "and often the place word too.", ("need sound tmrw hartshill 8am", "a shoot up the moorlands"),
         ("Hartshill", "@hartshill", "#hartshill"), source="issue-12", flags=0),
    Rule("post_place", r"(?<![\w-])(?:edit|editing|grade|grading|mix|mixing|post(?:-production)?|cutting\s+room"
         r"|offline|online|set\s+builds?|rehears\w+|recces?)"
         r"\b(?:(?!\b(?:shoot\w*|shot|film\w*|record\w*)\b)[^.\n]){0,45}\b(?:in|at)\s+(?:our\s+|the\s+|their\s+)?$",
         "Where the edit, grade, set build, rehearsal or recce is, which no camera goes to: 'in the edit in London', "
         "'the offline happens at our Bristol suite', 'rehearsing on the Monday in '.",
         ("in the edit in ", "grading at ", "the offline happens at our ", "the set build is in ",
          "rehearsing on the Monday in "), ("filming in ", "an edit studio, shot in "), source="guidelines"),
    Rule("unknown_venue", r"(?:\b(?:at|in|outside|inside|on|by|near|around|and|down|along|up|off|onto|across|over|via"
         r"|between|like|including|such\s+as)\s+|\(|\+\s*|(?P<comma>,[ \t]*)(?=(?:the\s+)?(?-i:[A-Z][a-z]))"
         r"|(?P<bare>(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*)(?=(?-i:[A-Z][a-z]))"
         r"|\b(?-i:Unit)\s+\d+[A-Za-z]?,?\s+"
         r"|(?:^|\n)[ \t]*(?:shoot\s+)?"
         r"(?:locations?|venues?|sites?|where)[ \t]*:[ \t]*)(?:the\s+)?"
         r"(?P<v>(?-i:St\.?\s+[A-Z][a-z]+['\u2019]s)(?:\s+(?-i:Church|Chapel|Hall|School|Church\s+Hall))?"
         r"|(?-i:Museum|Gallery|Church|Chapel|Cathedral|Abbey|Castle|Hall|Centre|House|Park)\s+of\s+(?:the\s+)?"
         r"(?:(?-i:[A-Z][\w'\u2019-]*)\s*){1,3}"
         r"|(?:(?-i:[A-Z][\w'\u2019&-]*|&)\s+){1,4}"
         r"(?:Mills?|Church|Chapel|Park|Hall|Stadium|School|Academy|College|Theatre|Museum|Gallery|Wharf|Farm|Centre"
         r"|Center|Arena|Library|Works|Pottery|Castle|Manor|House|Abbey|Cathedral|Hotel|Inn|Arms|Club|Ground|Lake"
         r"|Reservoir|Woods?|Valley|Forest|Brewery|Station|Market|Square|Baths|Hospital|Studios?|[Cc]ar\s+[Pp]ark"
         r"|Close|Road|Street|Lane|Avenue|Gardens|Grange|Colliery|Estate|Quay|Basin|Junction|Canal|Lock|Priory"
         r"|Barracks|Airfield|Quarry|Campus|Pavilion|Lido|Showground|Racecourse|Towers?|Yard|Court|Manor|Centre|Garden"
         r"|Moor|Institute|Grounds|Rocks?|Tunnel|Reserve|Zoo|Aqueduct|Viaduct|Bridge|Edge|Hill|Moss|Common|Heath"
         r"|Marina|Locks|Dale|Brook|Pool|Falls|Caves?|Cavern|Gorge|Tor|Mere|Chase|Crags?|Factory|Foundry|Kilns?|Depot"
         r"|Warehouse|Cinema|Playhouse|Bandstand|Memorial|Monument|Cemetery|Chapel|Mosque|Temple|Gurdwara|Synagogue"
         r"|Cottage|Farmhouse|Barn|Lodge|Tavern|Exchange|Arcade|Precinct|Leisure\s+Centre|Country\s+Park|Nature\s+Reserve"
         r"|Bus\s+Station|Railway|Golf\s+Club|Sports\s+Centre|Building|HQ|Way|Trail|Rd|St|Ave|Sq))\b(?!['\u2019])",
         "A named venue the gazetteer does not know ('at St Edward's Church, Cheddleton'): kept, placed at the known "
         "place named with it; also a saint's church ('in St Aidan's'), 'the Museum of X', a bracket or a locations "
         "field.", ("at St Edward's Church", "in the Dalehall Mills", "in St Aidan's", "at the Museum of Leek",
                    "(Kingfisher Park)", "Location: Elm Tree Farm", "on the Stoke & Leek Canal",
                    "Unit 4 Brickkiln Works", "at Ramshaw Rocks", "at the Wedgwood Institute", "near Harecastle Tunnel",
                    "at Hawksmoor Nature Reserve", "down Brook Lane in Alsager", "along Market Street",
                    "places like Wren Barn", "Burslem Park at dawn", "the pub on Leek Rd",
                    "+ the Old Mill in Cheadle", "Wren Barn, Birch Lodge and Alton Towers",
                    "the abbey, the Brindley Water Mill and the park"),
         ("at the church", "it's the St Ives crew"),
         source="issue-12"),
    Rule("venue_town", r"\b(?<!producer\s)(?<!director\s)(?<!manager\s)(?<!officer\s)(?<!work\s)(?<!works\s)"
         r"(?<!based\s)(?<!here\s)(?:at|outside|inside|from)\s+"
         r"(?P<v>(?:the\s+)?(?-i:[A-Z][\w'\u2019&-]*)(?:\s+(?-i:[A-Z][\w'\u2019&-]*)){0,3})"
         r"(?:\s*,\s*|\s+(?:in|near|by)\s+(?:the\s+)?|\s*\(\s*(?:(?:by|near|in|at|on)\s+)?(?:the\s+)?)(?=(?-i:[A-Z]))",
         "A named place at which the shoot is, written with the known place it is in or near ('at the Sugarmill, "
         "Hanley', 'at the Leopard in Burslem', 'at Hen Cloud (by the Roaches)'): kept under its own name, placed "
         "there; the name must be followed by a place the gazetteer knows (checked where it is used).",
         ("at the Sugarmill, Hanley", "at the Leopard in Burslem", "at Hen Cloud (by the Roaches)",
          "live from the King's Hall, Stoke"),
         ("at the church in Leek", "producer at Tallow & Wick (Sheffield)"), source="issue-12"),
    Rule("unknown_place", r"(?:\b(?:(?P<strong>up\s+at|out\s+at|down\s+at)|in|near|nr|around|outside|(?P<at>at))\s+"
         r"|(?P<list>\s*(?:,|,?\s+and|&|/)\s+))"
         r"(?P<n>(?-i:[A-Z][a-z]{2,}(?:[ -](?:upon|under|le)[ -][A-Z][a-z]+"
         r"|[ -][A-Z][a-z]{2,}){0,2}))\b(?!['\u2019-])",
         "A capitalised name after a place word in a sentence about the shoot, or listed after a known place: a "
         "village or hamlet the gazetteer lacks ('filming near Onecote', 'around Alton, Oakamoor and Denstone'); "
         "where it is used, a month, a language, a firm's name, a given name, or a list with no known place before "
         "it is no place.", ("shooting near Onecote", "Alton, Oakamoor and Denstone", "in Silverdale and Knutton",
                             "up at Flash next week", "near Cauldon Lowe"),
         ("in march", "in the edit", "near the canal"), source="issue-12", flags=0),
    Rule("toponym", r"(?:ton|tone|stones?|ley|leigh|by|ham|field|bury|borough|burgh|wich|wick|worth|wardine|cote|cott?"
         r"|hill|den|don|ford|wood|lowe?|dale|moor|port|caster|cester|chester|stow|thorpe?|well|hall|holme|heath"
         r"|bridge|mere|ings?|head|sea|ey|shaw|hurst|hay|combe|ridge|gate|end|edge|brook|water|ash|oak|over|cross"
         r"|green|ton\s+\w+|bank|cliffe?|clough|fold|hulme|ington|minster|mouth|pool|stead|stock|stoke|thwaite)$",
         "How English place names end (-ton, -ley, -cote, -stone, -wich, -moor, -hill, -lowe...): a capitalised name "
         "after a bare 'in', 'near' or 'at' is read as a village only with such an ending ('near Onecote', 'in "
         "Goldenhill'); 'in Slow Motion', 'in Dolby Vision', 'in Block Two' are not places.",
         ("Onecote", "Goldenhill", "Knutton", "Hammerwich", "Cauldon Lowe", "Oakamoor"),
         ("Slow Motion", "Dolby Vision", "Block Two", "Ramadan", "Unreal Engine"), source="issue-12"),
    Rule("place_noun_before", r"\b(?:farm(?:house)?|chapel|church|quarry|field|fields|house|pub|village|hamlet|moor"
         r"|moorland|woods?|barn|cottage|school|hall|mill|site|location|street|road|lane|car\s+park|estate|park|canal"
         r"|reservoir|lake|station|shop|garage|warehouse|factory|unit|yard|beach|hill|valley|bridge|green|common"
         r"|lay-?by|junction|roundabout|café|cafe|restaurant|hotel|b&b|castle|ruin|ruins|tower|manor|church\s?yard)\s+"
         r"(?:just\s+)?(?:in|near|nr|outside|at|by|on\s+the\s+edge\s+of)\s+$",
         "A place noun then a place word before an unknown name ('a farmhouse near ', 'a field in '): the name "
         "is where that place is.", ("a farmhouse near ", "the disused quarry near ", "a field in "),
         ("a runner in ",), source="issue-12"),
    Rule("road_number", r"(?:\b(?:on|along|off|via|onto|from|near|by|up|down|at|the|closing|close|closed)\s+"
         r"(?:the\s+)?)"
         r"(?P<v>(?-i:[AB])\d{2,4}(?:\(M\))?)(?![\w-])"
         r"|(?<![\w-])(?P<v2>(?-i:[AB])\d{2,4})(?=\s+(?:road|between|towards|near|out\s+of|north|south|east|west"
         r"|(?-i:[A-Z][a-z]+)\s+Road)\b)",
         "An A- or B-road by its number where the words say road ('on the A519', 'the B5051 Bagnall Road', 'the "
         "A444 between'); not a paper size or a camera ('A4 poster', 'an A7S').",
         ("filming on the A519", "the B5051 Bagnall Road", "along the A444 between"), ("an A4 poster", "a Sony A7S",
                                                                                       "the A-team"),
         source="issue-12"),
    Rule("at_the", r"\b(?:at|in|inside|outside|from)\s+the\s+$",
         "Before a town's name that a capitalised word follows: a venue named after the town ('at the Lichfield "
         "Garrick').", ("at the ", "from the "), ("in ",), source="issue-12"),
    Rule("town_venue", r"\s+(?P<w>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})\b(?!['\u2019-])",
         "After 'at the <town>': the venue's own words ('Garrick', 'Assembly Rooms').", (" Garrick", " Assembly Rooms"),
         (" garrick",),
         flags=0, source="issue-12"),
    Rule("longer_name", r" (?P<w>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b(?!['\u2019-])",
         "After a known place at a place word, capitalised words that lengthen its name ('at Hulme End', 'near "
         "Meir Heath'): one place the gazetteer lacks.", (" End", " Heath"), (" end", ", then"), flags=0,
         source="issue-12"),
    Rule("name_prefix", r"(?:\b(?i:at|in|inside|outside|on|around|near|to|and|between|from|via|past|the)|[,(])\s*"
         r"(?i:the\s+)?"
         r"(?P<w>Upper|Lower|Little|Great|Nether|Over|High|Far|Long|Much|Church|Bishops?) $",
         "Before a known place at a place word, a word that makes a different, longer name ('the Upper Hulme turn', "
         "'near Lower Tean'): one place the gazetteer lacks.", ("near Upper ", "and the Little ", "the farm, Upper "),
         ("the upper ", "Shropshire ", "Upper "), flags=0, source="issue-12"),
    Rule("street_name", r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<v>(?:(?-i:[A-Z][\w'\u2019-]*)\s+){1,3}"
         r"(?-i:Road|Street|Lane|Avenue|Square|Drive|Close|Crescent|Terrace|Way|Row|Walk|Parade))\b",
         "A street's name opening a sentence ('Market Square and Greengate Street will be closed'): a place.",
         ("Market Square and Greengate Street will be", "Hi.\nMill Lane is closed"), ("the road is closed",),
         flags=0, source="issue-12"),
    Rule("name_follows", r"\s+(?:(?-i:[A-Z][\w&'-]*)\s+)?(?:Films?|Pictures|Productions?|Media|Studios?|Creative|Events"
         r"|Ltd|TV|Entertainment|Docs|Features|Agency|Group|Animation|Games|Council|University|Uni|College|School"
         r"|Trust|Club|FC|Society|Network|Hire|Records|Theatre\s+Company)\b",
         "After a name: it is a firm's or group's ('near Brightwater Films'), not a place.",
         (" Films", " Hire", " Youth Theatre Company"), (" next week", " and Leek"), source="issue-12"),
    Rule("negated", r"(?:\b(?:won't|will\s+not|not|never|aren't|isn't|no\s+longer)\s+(?:be\s+)?(?:shoot\w*|film\w*"
         r"|record\w*)\s+(?:in|at|on)\s+|\bnot\s+(?:the\s+)?"
         r"|\b(?:rather\s+than|instead\s+of)\b[^.!?\n]{0,30}\b(?:to|in|at|from)\s+(?:the\s+)?)$",
         "A place said not to be where the shoot is: 'we won't be shooting in ', '(Ironbridge) not '.",
         ("We won't be shooting in ", "not ", "not the ", "rather than drive her to "), ("shooting in ",),
         source="guidelines"),
    Rule("sentence_start", r"(?:^|[.!?\n]\s*)$", "Nothing but a sentence start before a place.", ("", "Hi. ")),
    Rule("shoot_verb", r"\b(?:(?:re)?shoot\w*|shot|film(?:s|ed|ing)?(?!\s+office)|(?<!re-)record\w*"
         r"|stream\w*|broadcast\w*"
         r"|captur\w+|interview\w*|photograph\w*)\b",
         "A sentence that films somewhere: the sender's own premises named in it are a shoot location.",
         ("we're filming at our Fenton studio", "recording at"), ("a set build at",), source="issue-12"),
    Rule("firm_partner", r"\s*(?:&|and)\s*(?-i:[A-Z][\w'-]+)\s+(?-i:Films?|Pictures|Productions?|Media|Studios?"
         r"|Weddings|Photography|Events|Creative|Ltd|Hire|Co|Associates|Partners)\b",
         "A place word as the first of two names of a firm ('Hartington & Low Weddings', 'Stone and Webb Media'): part "
         "of the firm's name, no location.", (" & Low Weddings", " and Webb Media"), (" & Leek", " and the Roaches"),
         source="issue-12"),
    Rule("firm_possessive", r"['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:indie|agency|company|firm|outfit|studio|post\s+house"
         r"|finishing\s+house|facility|prodco|production\s+company|games\s+studio)\b",
         "A place owning a firm ('Leek's newest edit studio', 'Stafford's oldest agency'): where the firm is, not the "
         "shoot.", ("'s newest finishing house", "'s oldest agency", "'s own games studio"),
         ("'s market square", "'s oatcake shops"), source="issue-12"),
    Rule("corrected", r"\s*,?\s*(?:no|nope|sorry|wait|I\s+mean|actually)\b[\s,.!-]*"
         r"(?:(?:no|sorry|I\s+mean|actually|make\s+(?:that|it)|it['\u2019]?s)\b[\s,]*)?(?:the\s+|at\s+(?:the\s+)?)?",
         "Between two places, a speaker correcting the first ('at the Gatehouse, no sorry, the Regent'): only the "
         "second is meant.", (", no sorry, the ", " - I mean ", ", no, at the "), (" and ", ", then "),
         source="issue-12"),
    Rule("chat_speaker", r"(?<![^\n])[ \t]*\[[^\]\n]{1,30}\][ \t]*$",
         "A chat export's timestamp before a name ('[02/03/2027, 10:15] Shelley B:'): the name is who speaks, even "
         "when a place shares it.", ("[02/03/2027, 10:15] ", "\n[4/3 09:00] "), ("filming in ",),
         source="issue-12"),
    Rule("quote_header", r"[^\n]{0,80}\bwrote\s*:",
         "After a place, the rest of a quoted e-mail's attribution line ('On 3 Jan, Jo (Acme, Derby) wrote:'): "
         "the writer's base.", (") wrote:", " Films) wrote:"), (" on Friday.",), source="issue-12"),
    Rule("common_venue", r"\b(?:at|in|inside|outside|around|round|over|above|beside|on|across|by|near|behind|close|"
         r"and)\s+(?P<v>the\s+(?:(?:old|disused|former|derelict|abandoned|main|historic|empty|(?-i:[A-Z][\w'\u2019-]+))"
         r"\s+){0,2}(?:(?:cattle|fish|indoor|covered|christmas|flea|farmers['\u2019]?|butter|corn)\s+)?"
         r"(?:market\s+square|market\s+hall|market|square|factory|pottery\s+works|works|mill|pot\s*bank|town\s+hall"
         r"|village\s+hall|bandstand|high\s+street|colliery|quarry|warehouse|cemetery|mansion|castle|abbey|priory"
         r"|canal\s+basin|towpath|railway\s+station|bus\s+station|church|chapel|pier|lido|viaduct|bottle\s+kilns?))\b"
         r"(?!\s+(?:square|stage|hall|centre|gallery|studios?|building|road|street|lane|car\s+park|stalls?|traders?)\b)",
         "A venue named by a common noun ('filming in the old butter market', 'above the market square', 'at the "
         "Mansion'): kept as written and placed at the place named nearest it, with a note.",
         ("filming in the old butter market", "aerials above the market square", "at the Mansion", "at the old Spode "
          "factory Sun 9am", "and the disused mill"),
         ("in the studio", "at the office", "on the Market Square Stage", "at the market stall"), source="issue-12"),
    Rule("filler", r"(?:,[ \t]*)?\b(?:er|erm|um|umm|uh|uhm|hmm)\b[,.]*[ \t]*"
         r"|\b(?P<rep>the|a|an|at|in|on|to|from|it's|we're|we|I)(?:,|\s*\.\.\.)?[ \t]+(?=(?P=rep)\b)",
         "Spoken fillers and a word said twice ('at, er, the', 'the, the'), blanked before places are read, so that "
         "'at the, um, the King's Hall' reads as 'at the King's Hall'.", ("er, ", "um ", "the, the", "from, er, "),
         ("the error", "summer"), source="issue-12"),
    Rule("area_scene", r"\b(?:in|across|around|throughout|all\s+over)\s+(?:the\s+)?$",
         "Before a county or region in a sentence that films ('shooting across Cheshire and Shropshire', 'a block "
         "of filming in Derbyshire'): the shoot ranges over it, so it is kept beside the towns named with it.",
         ("a block of filming in ", "shooting across ", "all over the "), ("freelancers from ", "round "),
         source="guidelines"),
    Rule("shoot_words", r"\b(?:(?:re)?shoot\w*|shot|film(?:s|ed|ing)?(?!\s+office)|(?<!re-)record\w*"
         r"|location\w*|scenes?"
         r"|on\s+set|(?:live)?stream\w*|broadcast\w*|vlog\w*"
         r"|capture|interview\w*|photo\w*|video\w*|advert\w*|commercial|drama|documentary|doc|footage|session\w*"
         r"|rehears\w*|event|gig|concert|production|promo\w*|drone|aerials?|fly|flying|awards?|ceremony|live|pilot"
         r"|mocap|takes|take\s+\d+|call\s+time|unit\s+base|permit|filming\s+permission)\b",
         "A brief with none of these words names places where to look for people, not where to shoot.",
         ("shooting in Leek", "a short film", "recording session", "a walking vlog", "livestreaming the final"),
         ("an editor in Stafford", "is the film office open", "a re-recording mixer"), source="guidelines"),
])
