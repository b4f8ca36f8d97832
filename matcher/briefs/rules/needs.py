"""Rules for needs: quantities, roles already covered, who is asking, people to be filmed,
indirect asks, qualifiers and the facility words the taxonomy only resolves."""

from __future__ import annotations

import re

from matcher.briefs.rules import Rule, RuleTable
from matcher.briefs.rules.words import ADJ, FILLER, NUMBER_RE, QTY, SENDER

__all__ = ["NEEDS"]

NEEDS = RuleTable.of("needs", [
    Rule("before", rf"(?:(?<![\w£$.,/])(?:(?P<x>\d+)\s*[x\u00d7]|[x\u00d7](?P<xx>\d+)"
         rf"|(?P<q>{QTY})(?:[\s-]+(?P<team>person|man|woman|people"
         rf"|strong))?)\s*)?(?:{FILLER}\s+)*(?P<adj>(?:{ADJ}\s+){{0,3}})$",
         "What stands before a role: a count ('two', '2 x', 'a three-person') and up to three qualifying words.",
         ("two ", "2 x ", "x4 ", "a three-person ", "a couple of Welsh-speaking ", "2-3 ", "half a dozen ")),
    Rule("after_quantity", r"\s*(?:\(\s*x?\s*(?:\d+\s*(?:-|\u2013|to|or)\s*)?(?P<a>\d+)\s*\)|[x\u00d7]\s*(?P<b>\d+)\b)"
         r"|\s+or\s+(?P<c>two|three|2|3)\b(?=\s*(?:[,.;:!?()\n]|$|(?:for|to|with|on|in|at|who|and|please|if)\b))"
         rf"|(?:\s*\([^)\n]{{0,30}}\))?\s*,\s*(?:\d+\s*(?:-|\u2013|to|or)\s*)?(?P<p>\d+|{NUMBER_RE})\s+(?:people|persons"
         r"|bodies|heads)\b"
         rf"|\s*,\s*(?:(?:(?:er|erm|um|no|sorry)[,\s]+)*(?P<h>{NUMBER_RE})\s+actually"
         rf"|(?:probably|maybe|possibly|perhaps|about|around|roughly)\s+(?P<h2>{NUMBER_RE}))(?=\s*(?:[,.;:!?\n]|$))",
         "A count after a role: 'sparks x2', 'sparks (2)', '(x3)', a range '(4-6)' at its upper bound; 'a "
         "puppeteer or two' (the upper bound); 'roto artists (Nuke), 3-4 people' (a head count after a comma); "
         "a hedged count or a spoken correction after a comma ('ushers, maybe four.', 'a driver, um, two actually').",
         (" x2", " (2)", "(x3)", " (4-6)", " or two, ", " (Nuke), 3-4 people", ", maybe four.",
          ", um, two actually,"),
         (" x-ray", " (ext.)", " or two sparks", ", two weeks", ", two sparks", ", maybe four days")),
    Rule("clause", r"[.;!?:()\n,]|\s[-\u2013\u2014]\s", "Where a clause ends: a role's count never reaches across it.",
         (". ", ", ", " - "), ("well-known",)),
    Rule("covered_before",
         r"(?:\bwe\s+(?:already\s+)?(?:have(?:\s+got)?|'ve\s+got|got|stock|carry|rent\s+out|hire\s+out)|\bwe've\s+(?:already\s+)?got"
         r"|\balready\s+(?:have|has|got)|\bour(?:\s+own)?|\bmy\s+own|\bI(?:'ve|\s+have)(?:\s+got)?|\bbringing(?:\s+our\s+own)?"
         r"|\bno\s+need\s+for|(?<!have\s)(?<!has\s)(?<!got\s)\bno(?=\s+(?!more\b|later\b|longer\b|sorry\b|wait\b))"
         r"|\b(?:don't|do\s+not|won't|will\s+not)\s+need|\bnot\s+looking\s+for|\b(?:attached|on\s+board|confirmed)\s+as"
         r"|\bbased\s+(?:at|in|on|out\s+of)|\btravel(?:s|l?ing)?\s+with"
         r"|\b(?:they|he|she)(?:\s+already)?\s+(?:have|has)(?:\s+got)?|\b(?:they['\u2019]ve|he['\u2019]s|she['\u2019]s)\s+got"
         r"|(?:^|[.|\n]\s*)(?:already\s+)?has(?:\s+got)?|\b(?:sorted|covered|booked|arranged|in\s+place)\s*,?\s+(?:incl\.?|including))"
         r"\s+(?:(?:a|an|the|own|our)\s+)*(?:(?!(?:for|to|and|but|or|need\w*|want\w*|requir\w*|seek\w*|looking|is|are"
         r"|will|with)\b)[\w'-]+\s+){0,2}$",
         "Before a role, says the production has it: 'we have a ', 'our own ', 'no need for '.",
         ("we already have a ", "our own ", "no need for ", "attached as ", "crew of 12, no ", "already has a ",
          "based at a ", "we stock ", "everything else sorted including ",
          "we will travel with our ", "They have ", ". Has ", "they've got a "),
         ("we need a ", "an hour ", "no more than ", "a spark, no sorry, a ")),
    Rule("covered_after",
         r"\s*[(:\u2013-]?\s*(?:(?P<verb>is|are|'s|\u2019s|has\s+been|have\s+been|will\s+be|were|was)\s+)?(?:already\s+)?"
         r"(?:attached|on\s+board|onboard|sorted|covered|in\s+place|booked|confirmed|secured|locked|taken\s+care\s+of"
         r"|applied\s+for|in\s+hand"
         r"|ours|mine|(?:our|my)\s+own|(?:in|from)[\s-]+house|(?<!be\s)(?:provided|arranged|supplied)(?!\s+(?:by\s+you|for))"
         r"|(?<=be\s)on\s+set|(?<=is\s)on\s+set|(?<=are\s)on\s+set|not\s+needed|not\s+required)\b"
         r"|[ \t]*(?:[:\u2013-]|[ \t](?:is|will\s+be|=))[ \t]*(?-i:[A-Z][a-z]+[ \t]+[A-Z][a-z]+)"
         r"|\s+will\s+(?:brief|run|handle|lead|supervise|oversee|direct|shoot|meet|be\s+(?:there|on\s+set|around|present"
         r"|with\s+us|leading|running|directing))\b"
         rf"|\s+(?:are|is|will\s+be)\s+(?:(?:both|all)\s+)?(?:{NUMBER_RE}\s+(?:children|kids|teenagers|locals|students"
         r"|pupils|brothers|sisters|twins|members)|played\s+by|being\s+played|the\s+(?:band|client|owners?))\b",
         "After a role, says it is covered: ' is attached', ' sorted', ': Jane Smith', ' will brief', or who fills "
         "it: 'the presenters are two children', 'the lead is played by'. (A role the writer takes back, 'a spark, "
         "no sorry, a gaffer', is read between the two needs: ``named_twice``.)",
         (" is attached", " already booked", ": Jane Smith", " (sorted)", " will brief", " is Sam Patel", " is ours",
          " already applied for",
          " are our own", " provided", " are two children", " is played by"),
         (" is needed", " for the shoot", " will be needed", " on set for the lake scenes", " to be provided",
          ", sorry for the short notice")),
    Rule("field_label", r"[ \t]*(?:[\w/&-]+[ \t]+){0,3}?(?:base|role|name|title|company|contact|from)?[ \t]*:",
         "A role at a line's start followed by a colon is a form's field label ('Production company base:'), "
         "or a credit ('Director: Jane Smith'): no need.", ("base:", " role:", ":"), (" for the day",),
         source="issue-12"),
    Rule("category_field", r"(?:^|\n)[ \t]*(?:(?:enquiry|inquiry|request|query)\s+(?:type|category)|type\s+of\s+"
         r"(?:enquiry|inquiry|request|query|production|project|shoot)|category|sector|genre)[ \t]*:[^\n]*$",
         "On a form's classification line ('Enquiry type: Location / facilities', 'Type of production: "
         "documentary'), the value sorts the enquiry: it names no need.",
         ("Enquiry type: Location / ", "\nType of production: ", "Category: crew and "),
         ("Looking for: a ", "Crew needed: ", "Type: "), source="issue-12"),
    Rule("line_start", r"(?:^|\n)[ \t]*$", "Nothing but a line start before a role.", ("", "\n  "), ("a ",)),
    Rule("sender_field", r"(?:^|\n)[ \t]*(?:contact(?:\s+role)?|your\s+role|role|position|(?:(?:enquiry|message|email"
         r"|call|request)\s+)?from|sender|name|caller)[ \t]*:"
         r"[ \t]*$", "A form's field for who is writing: 'Contact role: '.", ("Contact role: ", "\nYour role: ",
                                                                       "Enquiry from: "),
         ("Roles required: ",), source="issue-12"),
    Rule("one_person", r"^(?:/|\s+or\s+(?:an?\s+)?(?:(?!(?:and|or|two|three|\d+)\b)[a-z][\w-]*\s+){0,2})$",
         "Two roles joined by '/' or 'or' name one person who is either ('a fixer/translator', 'a DoP or camera op', "
         "'a production company or experienced freelance filmmaker').",
         ("/", " or ", " or an experienced freelance "), (" and ", " or two "), source="guidelines"),
    Rule("both", r"\bboth\s+$", "'someone who can do both HMU and costume standby': one person for two jobs.",
         ("do both ",), ("both of ",), source="guidelines"),
    Rule("expertise", r"\b(?:speciali[sz]\w*\s+in|experien\w+\s+(?:in|with|of)|knowledge\s+of|familiar\s+with|used\s+to"
         r"|skilled\s+(?:in|with)|good\s+with|handy\s+with)\s+(?:[\w/-]+\s+){0,3}$",
         "Kit named as someone's expertise is a qualifier: 'a camera op who specialises in macro lenses'.",
         ("specialises in macro/probe ", "experience with "), ("brings ",), source="guidelines"),
    Rule("vacancy",
         r"\s+(?:has|have|'s|\u2019s|just)?\s*(?:pulled\s+out|dropped\s+out|dropped|cancel+ed|let\s+(?:us|me)\s+down|fallen\s+through"
         r"|fell\s+through|gone\s+off\s+sick|gone\s+on\s+(?:\w+\s+)?leave|(?:is|are)\s+on\s+(?:\w+\s+)?leave|left|quit"
         r"|broken\s+(?:his|her|their)\s+\w+|been\s+called\s+away|is\s+(?:ill|off\s+sick|unwell|unavailable"
         r"|no\s+longer\s+available)"
         r"|can'?t\s+(?:make|do)\s+it|can\s*not\s+(?:make|do)\s+it|had\s+to\s+(?:pull\s+out|drop\s+out|cancel)"
         r"|(?:we['\u2019]re|we\s+are|I['\u2019]m|I\s+am)\s+(?:still\s+)?(?:missing|short\s+of|without))",
         "After 'our X': the production has lost X, so X is needed ('our sound recordist has pulled out').",
         (" has pulled out", " is off sick", " can't make it", " has had to pull out", " has gone on maternity leave",
          " we're still missing"),
         (" is attached", " has a van"),
         source="issue-12"),
    Rule("short_of", rf"\b(?:we're|we\s+are|we\u2019re)\s+(?:an?|{NUMBER_RE})\s+$",
         "'we're a gaffer down': with 'down'/'short' after the role, a vacancy.", ("we're a ", "we are two "),
         source="issue-12"),
    Rule("down_after", r"\s+(?:down|short)\b", "After the role in 'we're a gaffer down'.", (" down", " short"),
         (" downstairs",), source="issue-12"),
    Rule("signature", r"(?:\b[A-Z][a-z]+\s+[A-Z][a-z'-]+,\s*"
         r"|(?:^|\n)[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'-]+){1,2}[ \t]*(?:\||\n|[-\u2013\u2014]\s)[ \t]*)$",
         "A person's name before a job title closing the brief: '... Jane Smith, ', 'Jane Smith | ', a name on its "
         "own line.", ("Jane Smith, ", "\nSarah Jones | ", "\nSarah Jones\n"), ("in Leek, ", "Need a runner | "),
         flags=0),
    Rule("asking", r"(?:,?\s+(?:(?:based\s+)?in|from|near)\s+(?-i:[A-Z][\w'-]+)"
         r"(?:[\s-]+(?-i:[A-Z][\w'-]+|on|under)){0,3},?)?(?:\s*\([^()\n]{1,30}\))?\s+(?:is\s+|are\s+)?"
         r"(?:looking|seeking|searching|hiring|recruiting|needs?|requires?|wants?)\b",
         "After a bare role or company (and where it is), the sender: 'Games studio looking for', 'Animation "
         "studio in Stoke seeking'.", (" looking", " is seeking", " in Stoke seeking", " based in Newcastle-under-Lyme"
                                       " is hiring"), (" with", " in the edit"), source="issue-12"),
    Rule("here", r"[^.!?\n]{0,80}?\bhere\s*(?:[.!,\n:]|[-\u2013\u2014]\s)",
         "'Line producer on a returning drama here.', 'Sound mixer here - ': the sender.",
         (" on a returning drama here.", " here \u2013 we"), (" needed for the shoot.", " here-and-now")),
    Rule("sentence_opens", r"(?:^|[.!?\n])\s*$", "Nothing but a sentence start before the role.", ("", "Hi. ")),
    Rule("sender", SENDER, "'We're a small indie ': who is asking (shared with places).",
         ("We're a small indie ", "I am an ", "we are a games ", "We're Blue Heron, a ", "I'm an editor at a big "),
         ("we need a ", "we're after a "), source="issue-12"),
    Rule("glue", rf"(?:\s*(?:,|and|&|\+|/|or)\s*)+(?:(?:a|an|the|our|their|{NUMBER_RE})\s+)?(?:x\s*)?",
         "Between roles of one list ('Director and producer are attached' shares the verb).", (" and ", ", a ")),
    Rule("tail_stop", r"[,.;:!?()\n]|\s(?:and|or|but|plus|as\s+well\s+as|please|for|if|so|y|et|und|oraz|ac)\s"
         r"|\s[-\u2013\u2014]\s",
         "Where a qualifying phrase after a role ends; 'and' in the languages briefs mix with English ends it too "
         "('un gaffer y un spark': Spanish y, French et, German und, Polish oraz, Welsh ac).",
         (", ", " and ", " please ", " y "), ("andrew", " yes ")),
    Rule("and_more", rf"\s(?:and|or)\s+(?!(?:a|an|the|some|any|our|their|{NUMBER_RE})\b)(?=[\w£-])",
         "'and' joining two words of one qualifier ('speaks Urdu and Punjabi'), not the next need.",
         (" and Punjabi",), (" and a gaffer", " and two sparks")),
    Rule("lead", r"^(?:(?:their|his|her|a|an|the|some|good|solid|proven|relevant|plenty\s+of)\s+)+",
         "Words that open a qualifier and say nothing: 'their own kit' -> 'own kit'.", ("their ", "plenty of ")),
    Rule("plus", r"\s*(?:(?:is|would\s+be|=)\s+)?(?:a\s+(?:plus|bonus)|preferred|preferable|essential|desirable"
         r"|ideal(?:ly)?|helpful|useful|welcome|(?:would\s+be\s+)?(?:great|nice|good))\s*!?$",
         "How much a qualifier matters, dropped from it: 'SFX experience a plus'.", (" a plus", " essential")),
    Rule("post",
         r"\s*\((?P<br>[^()\n]{1,60})\)|\s*,?\s+(?:with|w/|w(?=\s)|having|who\s+(?:has|have)|that\s+(?:has|have))\s+(?P<with>\S)"
         r"|\s*,?\s+(?:who|that)\s+(?P<who>\S)"
         r"|\s+for\s+(?:up\s+to\s+|around\s+|about\s+|c\.\s*)?(?P<for>\d+)(?P<forunit>\s+(?!(?:and|or|plus|but|with)\b)[a-z]+)?|\s+to\s+(?P<to>\S)",
         "How a qualifier after a role opens: a bracket, 'with', 'who', 'for 20 vehicles', 'to ...'.",
         (" (own kit)", " with period experience", " who speaks Welsh", " for 20 vehicles", " to edit", " w driver")),
    Rule("own_kit", r"\b(?:bring|brings|bringing|supply|supplies|supplying|provide|provides|providing|with|has|have)"
         r"\s+(?:(?:his|her|their|your|its)\s+)?own\s+$",
         "'a cameraman who can bring his own ': the kit that follows is the person's.",
         ("bring his own ", "with their own ", "supplying her own "), ("with a ",), source="guidelines"),
    Rule("kit_held", r"\b(?:who['\u2019]?s\s+got|who\s+(?:has|have|owns|uses)|(?:has|have)\s+got|with|on|using|owns)\s+"
         r"(?:(?:a|an|his|her|their|its|own|some|the|\d+|two|three|four|five|six)\s+)*"
         r"(?:[\w.-]+\s*(?:\+|&|,|\band\b)\s*(?:(?:a|an|some|the|\d+)\s+)?){0,3}$",
         "Right before kit: the person asked for has it ('a DoP who's got a ', 'self-shoots on an ', 'with an FX6 + "
         "'), so the kit describes them.", ("a DoP who's got a ", "self-shoot on an ", "with their own ",
                                           "with C70 + "), ("need a ", "hire a "),
         source="guidelines"),
    Rule("kit_asked", r"\b(?:need\w*|want\w*|requir\w*|looking\s+for|after|hire|hiring|rent\w*|borrow\w*|source|find"
         r"|anyone\s+(?:got|have)|any\s+\w+\s+(?:got|have)|got\s+any|bring\w*|suppl\w*|provid\w*"
         r"|look\w*\s+(?:at|for)|kit\s+houses?|roles?|crew)\b",
         "Words that ask for kit in its sentence: 'need to hire a jib', 'anyone got a genny', 'any kit houses for'.",
         ("need to hire ", "anyone got a ", "can you source "), ("Alexa Mini LF, ", "same kit - "),
         source="guidelines"),
    Rule("list_glue", r"(?:,\s*(?:and|plus|&)?|&|\+|\band\b|\bplus\b|\bas\s+well\s+as\b)\s*"
         r"(?:(?:maybe|possibly|perhaps|probably|ideally|also)\s+)?(?:(?:a|an|some|the|two|three|four|\d+\s*x?)\s+)?$",
         "Ending what stands between two needs of one asked-for list ('a gaffer, two sparks and a genny'); a hedge "
         "keeps the list ('two sparks and maybe a genny').",
         (", ", " and ", " + ", ", plus ", " with own kit, and a ", " and maybe a "), (" who's got a ", ". ", " with "),
         source="issue-12"),
    Rule("activity", r"\s+(?:it|them|this|that|the|our|their|all|both|each|every|\d+|two|three|four|five|six|from|at|in"
         r"|of|to)\b",
         "After a word for a kind of production ('livestream', 'outside broadcast'): used as a verb or naming the "
         "event ('livestream it', 'livestreaming three concerts', 'an outside broadcast from the market'), it says "
         "what the production does, not a supplier asked for.", (" it", " three", " from"), (" company", " unit"),
         source="issue-12"),
    Rule("made_product", r"\s+(?:films?|videos?|shots?|footage|series|episodes?|content|clips?|sequences?|cut-?downs?"
         r"|explainers?|promos?|trailers?|adverts?|spots?)\b",
         "After a role or service word, a thing made: the word only says what kind ('400 VFX shots', 'six animated "
         "explainer films'), no one is asked for.", (" shots", " films"), (" artist", " supervisor"),
         source="issue-12"),
    Rule("venue_before", r"(?-i:[A-Z][\w'-]*)\s+(?-i:Gardens|Hall|Park|Centre|Stadium|Castle|Theatre|Museum|House|Abbey"
         r"|Cathedral|Church|School|College|University|Arena|Showground|Racecourse|Farm|Mill|Works)\s+$",
         "Before a facility word, a named venue: the facility is where the shoot is ('the Priory Gardens marquee', "
         "'the Town Hall stage'), not one to hire.", ("Priory Gardens ", "Town Hall "), ("a big ", "hire a "),
         source="issue-12", flags=0),
    Rule("film_verb", r"\b(?:film|shoot|capture|get|grab|record)\s+(?:some\s+|the\s+|a\s+few\s+)?$",
         "Before a kind of shot ('film drone shots', 'get some aerial footage'): what the production makes.",
         ("need to film ", "get some "), ("need a ",), source="issue-12"),
    Rule("permission_from", r"\s+from\s+(?:the\s+)?(?:local\s+)?(?:council|authority|local\s+authority|police"
         r"|landowner|owners?|school|venue)\b",
         "After a licence or permission: granted by an authority ('licences from the council'), no supplier to find.",
         (" from the council", " from the local authority"), (" from a local firm",), source="guidelines"),
    Rule("with_people", r"\bwith\s+(?:(?:about|around|over|up\s+to)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine"
         r"|ten|twelve|twenty|thirty|forty|fifty|several|dozens\s+of)\s+(?:[\w-]+\s+)?$",
         "'shooting at a school with 12 child performers': people the shoot already has, not a hire (unless the "
         "sentence asks for them).", ("with 12 child ", "with about 30 "), ("with a ",), source="issue-12"),
    Rule("spread", rf"(?P<n>{NUMBER_RE})?\s*(?P<grade>trainees|assistants|runners|juniors)\s+"
         r"(?:across|in|for|covering)\s+(?P<depts>[a-z]+(?:\s*,\s*[a-z]+)*\s*(?:,\s*)?(?:and|&)\s+[a-z]+)",
         "'three trainees across camera, art and locations': one need per department named.",
         ("three trainees across camera, art and locations", "2 assistants in sound and camera"), ("trainees wanted",),
         source="issue-12"),
    Rule("quiet_facility", rf"(?<![\w£$.,/])\b(?:{QTY}|\d+\s*[x\u00d7])\s+(?:{ADJ}\s+)?"
         r"(?P<w>studios?|production\s+offices?"
         r"|LED\s+walls?)\b(?!-)", "Facility words too loose alone ('studio apartment'), asked for after a count.",
         ("a studio", "two production offices", "an LED wall"), ("studio apartment", "a studio-based quiz")),
    Rule("for_recording", r"\s+(?:to|for)\s+(?:record|recording|the\s+recording|mix|mixing)\b"
         r"(?P<voice>\s+(?:(?:a|an|the|some|our|\w+)\s+)?(?:voice-?overs?|vo|voices?|dialogue|adr|narration|audiobooks?"
         r"|podcasts?)\b)?",
         "What a studio is for names its kind: 'a studio to record a string quartet' is a recording studio, one "
         "to record a voice-over or narration a voice-over studio.", (" to record", " for mixing",
                                                                      " to record a voice-over"),
         (" for the packshots",)),
    Rule("ellipsis", r"\b(?P<w>[A-Za-z]+)\s*(?:&|and|/|\+)\s*$", "'lighting & grip hire': lighting hire too.",
         ("lighting & ", "camera and "), ("lighting, ",)),
    Rule("reference", r"\b(?:the|that|this|these|those)\s+$", "'the gaffer' points back rather than asking.",
         ("the ", "that "), ("a ",)),
    Rule("filmed",
         r"(?:\b(?:filming|recording|interviewing|featuring|capturing|photographing|following|documenting|profiling"
         r"|involv(?:e|es|ing)"
         r"|(?:talk|speak)(?:ing)?\s+to|shooting\s+with)\s+(?:[\w-]+\s+){0,3}"
         r"|\b(?:film|record|interview|feature|features|capture|photograph|follow|document|profile)\s+"
         r"(?:(?:a|an|the|some|our|their|local|real|several|about|around|up\s+to|\d+|two|three|four|five|six|ten"
         r"|twelve|twenty)\s+){1,3}(?:[\w-]+\s+)?"
         r"|\b(?:films?|videos?|documentar(?:y|ies)|series|campaign|programme|doc)\s+(?:for|about|on|celebrating"
         r"|honouring|thanking|recruiting)\s+(?:(?:an?|the|our|local|young|new|student|trainee|retired|\d+)\s+){0,2}"
         r"(?-i:[A-Z][\w-]*\s+)?)$",
         "People or animals to be filmed are not crew to hire: 'record 10 interviewees', 'featuring local dancers'; "
         "nor whom a film is about or for: 'a recruitment film for nurses', 'a documentary about firefighters', "
         "'a music video for a Cardiff rapper'.",
         ("record 10 ", "featuring local ", "interviewing three ", "filming the ", "a recruitment film for ",
          "a short documentary about local ", "a music video for a Leeds ", "some scenes involve "),
         ("need a ", "film ", "a film ", "a film crew for ", "a video for a big "),
         source="guidelines"),
    Rule("someone_to", r"\b(?:someone|somebody|a\s+person|people|a\s+company|a\s+firm|anyone)\s+"
         r"(?:(?:free|available|around|able)\s+to|to|who\s+(?:can|could"
         r"|will|knows(?:\s+about)?|understands|does)|that\s+can|for|on|doing"
         r"|do(?=\s+(?:[a-z]+\s+)?[a-z]{3,}ing\b))\s+(?P<what>[^.;!?\n]{3,60}?)"
         r"(?=\s*(?:[.;!?\n,(\u2600-\u27bf\U0001f300-\U0001faff]|\band\s+(?:a|an)\b"
         r"|\b(?:if|unless|in\s+case|when|while)\s|$))",
         "A need named by its task: 'someone to keep the audience entertained', 'someone for sound'.",
         ("someone to keep the audience entertained during resets.", "someone for sound,",
          "a company to caption the film.", "someone to run the desk if ours is off",
          "somebody who knows about streaming.", "someone for hair n make up \U0001f484 band do the rest",
          "anyone free to do some colour grading?", "does anyone do wedding editing?"),
         ("someone's bag", "can anyone do Saturday?"), source="issue-12"),
    Rule("supply_verb", r"^(?:supply|provide|lend|loan|rent|hire(?:\s+out)?|source|sort(?:\s+out)?|get\s+hold\s+of)"
         r"(?:\s+(?:us|me))?\s+(?=\S)",
         "A task of supplying something ('anyone who can supply an OB truck', 'someone to provide a cherry picker'): "
         "the thing is the need, from whoever has it; the supplier is no crew role.",
         ("supply an OB truck", "provide a cherry picker", "hire us a tracking car", "lend me a slider"),
         ("run the haze machine", "operate a boom", "suppliers of"), source="issue-12"),
    Rule("to_shoot_at", r"\s+(?:(?:near|in|around)\s+[A-Z][\w-]+\s+)?(?:to\s+(?:shoot|film)(?:\s+(?:at|in|on)\b"
         r"|(?=\s*(?:[.,;!?\n]|$)))|for\s+(?:filming|the\s+shoot)\b"
         r"|(?:(?:be|being)\s+used\s+)?as\s+a\s+(?:filming\s+)?location\b)",
         "'a farm near Uttoxeter to shoot at': the place before it is a filming location to find.",
         (" to shoot at", " near Uttoxeter to film in", " as a location", " be used as a location"),
         (" to shoot the film",), source="issue-12"),
    Rule("lodging", r"(?<![\w&-])(?P<stay>(?:hotel\s+rooms?|hotels?|b\s?&\s?bs?|b\s?n\s?bs?|air\s?bnbs?|guest\s?houses?"
         r"|hostels?|digs|lodgings?|(?:crew\s+)?accommodation|rooms?\s+for\s+(?:the\s+)?(?:\d+|crew|cast|us|everyone))"
         r"|(?:somewhere|some\s+place|a\s+place|where)\s+(?:(?:we|they|the\s+crew|crew|everyone)\s+(?:can|could)\s+"
         r"|to\s+)(?:stay|sleep|kip|crash)\b)(?![\w&-])",
         "A place for the crew to stay asked for ('a hotel near the set for six', 'somewhere we can sleep', "
         "'a cheap B&B', 'accommodation for the unit'): crew accommodation, unless it is where the shoot is "
         "(``lodging_filmed``).",
         ("a hotel for four of us", "somewhere to stay", "where we can sleep", "a cheap airbnb nearby",
          "rooms for 30 crew", "any B&Bs near the lake?"),
         ("hoteliers", "ghosthotels", "a place to film"), source="issue-12"),
    Rule("lodging_filmed", r"(?P<before>(?:\b(?:film\w*|shoot\w*|record\w*|at|in|inside|outside|staying|stay|stays"
         r"|booked|offer\w*|provid\w*|pay\w*|paid|cover\w*|includ\w*|no)\s+(?:[\w'-]+\s+){0,2}"
         r"|(?-i:(?!(?:And|But|Also|So|Or|Plus|Any|Some|A|An|The|Could|Can|Do|Is|Are|Cheap|Local|Good)\b)[A-Z][\w'-]*)\s+)$)"
         r"|(?P<after>^\s+(?:to\s+(?:film|shoot|use)|as\s+a\s+(?:location|set|backdrop)|locations?|lobby|lobbies|bar"
         r"|kitchen|corridor|car\s+park|grounds|exterior|interior|(?:is|are|will\s+be)\s+(?:provided|paid|covered"
         r"|included|booked|sorted)|(?:provided|paid|covered|included|booked|sorted)\b))",
         "Around a lodging word: the lodging is a place to film, part of a name, or already provided, so no stay "
         "is asked for ('filming in a hotel', 'the Grand Hotel', 'accommodation provided', 'a hotel lobby').",
         ("filming in a ", "staying at the ", "Crown ", " to film in", " lobby", " provided"),
         ("need a ", "recommend a ", " near the set", "And "), source="issue-12"),
    Rule("park_vehicles", r"\b(?:somewhere|space|room|a\s+place|an\s+area|parking)\s+(?:to\s+park|for)\s+"
         r"(?:(?:the|our|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+)?(?:large\s+|big\s+)?"
         r"(?:trucks|lorries|vehicles|artics|hgvs|trailers|production\s+vehicles|unit\s+vehicles)\b",
         "Room asked for the production's trucks ('somewhere to park 6 trucks', 'space for our vehicles'): a unit "
         "base, the place its vehicles stand.", ("somewhere to park 6 trucks", "space for our vehicles",
                                                  "room for three artics"),
         ("somewhere to park the car", "parking for cast"), source="issue-12"),
    Rule("request_cue", r"\b(?:need(?:s|ing)?|(?:needed|required|wanted)(?=\s*[:\u2013\u2014-])"
         r"|(?<=we\s)(?:needed|wanted)|requires?|requiring"
         r"|look(?:ing|in['\u2019]?)\s+for|seeking|(?:we['\u2019]re|I['\u2019]m|are)\s+(?:still\s+)?missing(?:\s+is)?"
         r"|(?:we['\u2019]re|we\s+are|I['\u2019]m|are|we['\u2019]ll\s+be)\s+(?:still\s+|a\s+bit\s+)?short(?:\s+of)?(?:\s+is)?"
         r"|(?:we'?re|we\s+are|I'?m|are)\s+after|(?:any(?:one|body|1)|some(?:one|body)|who)\s+(?:with|(?:has\s+)?got|has)"
         r"|wants?|hiring|to\s+hire|recruiting|in\s+search\s+of|could\s+use|recommend(?:ation)?s?\s+for"
         r"|know(?:\s+of)?|(?:find|finding|suggest|recommend)(?:\s+us)?)"
         r"(?:\s+(?:please|pls|plz|urgently|also|still|really|desperately|definitely))?"
         r"\s*:?\s+(?!(?:to|for|in|on|at|by|from|with|of|as|that|this|it|them|you|us)\b)",
         "Words after which a noun phrase is asked for: 'need a ', 'looking for ', 'can you recommend '.",
         ("need a", "looking for ", "lookin for a ", "we're after ", "can you recommend ", "Required: a ",
          "what I'm missing is a ", "we need please one ", "we're short a ", "what we're short of is an "),
         ("needle", "wanted for a", "need to", "Gaffer needed Thursday", "Stylist wanted Sunday", "a short film")),
    Rule("list_cue", r"\b(?:also|plus|as\s+well\s+as)\s*:?\s+(?!(?:to|for|in|on|at|by|from|with|of|as|that|this|it|them"
         r"|you|us)\b)",
         "'also', 'plus', 'as well as' add to a list: a noun phrase after them is asked for only where the same or the "
         "sentence before asks for something ('we need a gaffer, plus two sparks'), not where they add to a list of "
         "places or scenes ('filming at the depot plus some exteriors').", ("plus ", "also a ", "as well as "),
         ("plus-size", "also to "), source="issue-12"),
    Rule("their_wish", r"\b(?:director|client|brand|commissioner|broadcaster|channel|he|she)\s+(?:really\s+|also\s+)?"
         r"wants\s*$",
         "Someone else's wish reported by the sender ('the director wants moody roads') describes the film, not a "
         "supplier the sender asks for.", ("the director wants ", "Client wants "), ("we want ", "who wants "),
         source="issue-12"),
    Rule("grades_after", r"[ \t]*[?:,\-\u2013]*[ \t]*(?:the\s+)?(?P<grades>(?:1st|2nd|3rd|first|second|third)"
         r"(?:\s*(?:,|and|&|\+|/)\s*(?:1st|2nd|3rd|first|second|third))+)\b(?!\s+(?:of|week|day|time|floor))",
         "After a plural role, the grades wanted: 'some ADs? 2nd and 3rd' asks for a 2nd AD and a 3rd AD.",
         ("? 2nd and 3rd", ": 1st & 2nd", ", first and second"), (" 2nd of March",), source="issue-12"),
    Rule("team_of", r"[ \t]+(?:team|department|dept|crew|unit)[ \t]*(?:\([ \t]*|:[ \t]*|[\u2013\u2014-][ \t]*)",
         "After a role word, its team with the grades wanted next: 'a full AD team (1st, 2nd and 3rd)', "
         "'the camera team: 1st and 2nd'.", (" team (", " department: ", " team - "), (" team and", " teams")),
    Rule("grade_for_dept", r"\b(?P<grade>trainee|assistant|runner|junior|PA|apprentice)s?\s+(?:for|in|on|with)\s+"
         r"(?:the\s+|our\s+|a\s+)?(?P<dept>[a-z]+)\s+(?:dept|department|team)\b",
         "An entry grade placed in a department ('a trainee for the camera dept', 'an assistant in the art "
         "department'): that department's trainee or assistant.",
         ("trainee for the camera dept", "assistant in the art department", "runners for the locations team"),
         ("trainee for the day", "assistant to the director"), source="issue-12"),
    Rule("and_then", r"\band\s+(?=(?:a|an|one|another|some|two|three|four|five|six|\d+)\b)",
         "'and a ...' continuing a request made earlier in the sentence: 'we need X, and a crew', 'and one ...'.",
         ("and a ", "and two ", "and one "), ("and then", "and once")),
    Rule("asked_nearby", r"\b(?:need|require|looking\s+for|seeking|after|want|hiring|recommend"
         r"|could\s+(?:use|do\s+with)|wanted|required|sought|welcome)\w*\b",
         "A request word in the sentence of a list cue or the one before ('We need a gaffer. Also two sparks.').",
         ("We need a gaffer. ", "looking for "), ("We shot it at the depot. ",), source="issue-12"),
    Rule("asked_in_sentence", r"\b(?:need|require|looking\s+for|seeking|after|want|hiring|recommend)\w*\b[^.!?\n]*$",
         "A request cue earlier in the same sentence.", ("we need someone to help, ",), ("we shot it, ",)),
    Rule("list_heading", r"(?:^|\n)\s*(?:crew|roles?|positions?|posts?|we\s+need|needs|wanted|required|looking\s+for"
         r"|vacancies|kit|equipment|hire|requirements)\s*(?:needed|required|wanted|(?:still\s+)?(?:tbc|tba|open"
         r"|outstanding|missing|to\s+(?:fill|find|book|confirm)))?(?:\s*\([^)\n]{0,40}\))?\s*:\s*"
         r"|(?:^|[.!?\n])\s*(?:specifically|namely|in\s+particular)\s*[:,]\s*",
         "A heading whose items are needs: 'Crew needed: ', 'Roles: ', '... the team. Specifically: '.",
         ("Crew needed: ", "\nRoles: ", "to grow the team. Specifically: ", "CREW STILL TBC (via the office):\n",
          "Roles to fill: "), ("Dates: ", "Crew size: ")),
    Rule("postposed", r"\s+(?:(?:is|are)\s+)?(?:wanted|needed|required|sought|also\s+welcome|welcome(?:\s+to\s+apply)?"
         r"|out\s+there|available|free)\b(?!\s*:)",
         "After a noun phrase that is asked for: 'graphic designers also welcome', 'any colourists out there'.",
         (" wanted", " also welcome", " out there"), (" welcomed the idea",), source="issue-12"),
    Rule("noun_phrase", rf"(?:(?:a|an|some|another|any|the|our|\d+\s*[x\u00d7]|{QTY}|\d+)\s+)*"
         r"(?!(?:and|or|but|need\w*|want\w*|to|for|with|someone|somebody|also|plus|please|looking|seeking|hoping"
         r"|lov\w*|lik\w*|keen|x|in|at|on|near|around|across|within|of|from|by)\b)"
         rf"(?P<np>(?:[A-Za-z0-9][\w'\u2019/&-]*\s+){{0,4}}?"
         r"[A-Za-z][\w'\u2019/-]*)(?=\s*(?:[.,;:!?()\n+&]|\s/\s|\s(?:for|to|with|who|that|in|on|at|from|and|or|plus|please|by|if|so"
         r"|as|asap|ideally|next|this|who|which|willing|able|based|near|around|during|over|x|not|no|isn't|aren't|is|are"
         r"|before|after|until|till|tmrw|tomorrow|today|tonight|tonite|mon|tues?|weds?|thurs?|fri|sat"
         r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
         r"|was|were|will|would|can|could|should|must|needed|wanted|required|we|you|they|i|he|she|it|spare"
         r"|\d)\b|\s[-\u2013\u2014]\s|$))",
         "A noun phrase after a request cue, up to the first preposition, conjunction, punctuation or word of "
         "time ('need sound tmrw in Leek': sound).",
         ("a BSL interpreter for", "two prompter operators.", "radio mics", "3 x gaffers,", "Sound assist / 2nd",
          "a spark tmrw"),
         ("", "x"),
         source="issue-12"),
    Rule("skill_clause", r"^\s*,?\s*(?:who|that)\s+(?:(?:can|could|will|would|is\s+able\s+to|are\s+able\s+to"
         r"|also|ideally|should|must)\s+)+(?!.*\b(?:bring|brings|supply|supplies|provide|provides|own)\b)[^.;!?\n]{0,50}$",
         "Between a person asked for and a second role: 'a videographer who can also edit' names one person's "
         "skills, not a second hire (kit they bring is read by the qualifier rules).",
         (" who can also ", ", who could also do simple ", " that can "),
         (" and a ", " who can bring their own ", ". We also need "), source="issue-12"),
    Rule("you_ask", r"\b(?:you|you're|you\u2019re|you've|you\u2019ve)\s+(?:are\s+|were\s+|have\s+)?(?:still\s+)?"
         r"(?:looking\s+for|seeking|after|recruiting|hiring|casting(?:\s+for)?|need(?:ed|ing)?|wanted)\s+"
         r"(?:(?:a|an|some|any|more|the)\s+)?(?:[\w-]+\s+){0,2}$",
         "Someone else's request, reported or asked about, is not the sender's need: 'I saw you're looking for "
         "extras', 'are you still hiring runners?' (an offer or an answer to a call-out).",
         ("I saw you're looking for ", "are you still hiring ", "you needed some "),
         ("we're looking for ", "could you find us a "), source="issue-12"),
    Rule("permission_question", r"(?:^|[.!?\n]\s*|\s[-\u2013\u2014]\s+)(?:(?:hi|hello|hey|quick\s+question)[\s,!-]+)?"
         r"(?:is\s+it\s+(?:ok|okay|alright|all\s+right|possible|allowed|legal|fine)|are\s+(?:we|people)\s+allowed"
         r"|am\s+i\s+allowed|(?:can|could|may)\s+(?:we|i|you)|do\s+(?:we|i)\s+need\s+(?:a\s+)?(?:permission|permit"
         r"|licence|license)|what\s+are\s+the\s+rules"
         r"|[^.!?\n]*?\b(?:if|whether)\s+(?:we|i|you)\s+(?:can|could|may|are\s+allowed\s+to|(?:would\s+)?need\s+"
         r"(?:permission|a\s+permit|a\s+licence|a\s+license)\s+to))"
         r"\s+(?:on\s+|for\s+|to\s+)?(?:fly(?:ing)?|us(?:e|ing)|park(?:ing)?"
         r"|bring(?:ing)?|launch(?:ing)?|put(?:ting)?\s+up|set(?:ting)?\s+up|film(?:ing)?\s+with)\s+"
         r"(?:(?:a|an|the|our|my|two|some|\d+)\s+)?(?:[\w-]+\s+)?$",
         "A question about permission to use something names no supplier: 'is it ok to fly a drone over the "
         "lake?', 'can we park a camera car on the verge?'.",
         ("is it ok to fly a ", "Can we park two ", "do we need a permit to use a ", "Do you know if we can fly a ",
          "I'm wondering if I need permission to fly my "),
         ("can you recommend a ", "we need a ", "can we hire a ", "let me know if we can hire a "),
         source="issue-12"),
    Rule("sender_does", r"\b(?:is|are|we['\u2019]re|we\s+are|I['\u2019]m|I\s+am)\s+(?:currently\s+)?"
         r"(?:providing|delivering"
         r"|supplying|handling|covering|running|producing|making)\s+(?:the\s+|our\s+|an?\s+)?$",
         "Before a service: what the sender (or the firm it names) is doing on the job, not a supplier it asks "
         "for: 'Northgate Media is providing OB coverage of the match'.",
         ("is providing ", "we're delivering the ", "are running a "), ("need someone providing ",),
         source="issue-12"),
    Rule("social", r"\b(?:come\s+(?:along\s+)?(?:and|to)\s+)?(?:meet|mingle\s+with|network\s+with)\s+"
         r"(?:local\s+|other\s+"
         r"|fellow\s+)?(?:[\w-]+\s+(?:and|&)\s+)?$",
         "People to meet at an event are no hire: 'come along to meet local crew and producers'.",
         ("come along to meet local crew and ", "network with other "), ("we need ",), source="issue-12"),
    Rule("becomes", r"\b(?:turn|convert|make|transform|change)\w*\s+(?:it\s+)?into\s+(?:an?|our|the)\s+"
         r"(?:[\w-]+\s+){0,2}$",
         "What a place asked for will be turned into ('a unit we could turn into a stop-motion studio') is no second "
         "need.", ("turn into a ", "converting it into an ", "could turn into a stop-motion "), ("need a ",),
         source="issue-12"),
    Rule("allowed_after", r"(?:\s+(?:use|usage|flying|filming|flights?))?\s+(?:is|are)?\s*(?:allowed|permitted|legal"
         r"|banned|restricted)\b[^.!\n]*\?",
         "After a thing, in a question: whether it is allowed ('is drone use allowed over the lake?'), not a need.",
         (" use allowed over the lake?", " allowed in the park?"), (" allowed for in the budget.",),
         source="issue-12"),
    Rule("required_question", r"\b(?:do|would|will)\s+(?:we|i)\s+(?:also\s+)?need\s+(?:a|an|any|to\s+get\s+a)\s+$",
         "'Do we need a licence ...?': a question about what is required of the production, not a supplier "
         "asked for.", ("do we need a ", "Would I need any "), ("we need a ", "do you need a "), source="issue-12"),
    Rule("served", rf"(?:\bfor\s+(?:the\s+|our\s+|all\s+|each\s+|every\s+|both\s+|their\s+)?(?:{NUMBER_RE}\s+)?"
         r"(?:(?:young|child|lead|main|principal|two|local|visiting|(?!(?:and|or|plus|but|with)\b)[a-z0-9][\w-]+)\s+)?"
         r"|(?<=[a-z]\s)x\s*\d+\s+)$",
         "After another need, 'for (N) X' names whom that need serves, not a second hire: 'a chaperone for 12 "
         "child performers', 'an ADR slot for the lead actor', 'a camera assistant for the DoP'; 'braids x 4 "
         "dancers' (a task times the people it is done for).",
         ("for 12 child ", "for one ", "for the ", "braids x 4 "), ("looking ", ", 2 x "), source="issue-12"),
    Rule("supplier_provides", r"\b(?:the\s+)?(?:successful\s+)?(?:supplier|contractor|tenderer|bidder|provider|company"
         r"|agency|production\s+company)\s+(?:will|shall|must|should|is\s+to|are\s+to|to)\s+(?:be\s+expected\s+to\s+)?"
         r"(?:[\w,-]+\s+){0,20}?(?:provide|supply|deliver|include|cover|handle|be\s+responsible\s+for)\b[^.!?]*$",
         "In a call for one supplier, what 'the supplier will provide' is their package, not further needs: "
         "'the successful supplier will provide all crew, equipment and post-production, including drone footage'.",
         ("The successful supplier will provide all crew, equipment and ", "the contractor shall supply "),
         ("we will provide lunch for ",), source="issue-12"),
    Rule("supplier_scope", r"(?:\b(?:invit\w*|welcom\w*|seek\w*|request\w*)\s+(?:\w+\s+){0,3}?"
         r"(?:quotes?|quotations?|tenders?|proposals?|bids?)\b|\bto\s+(?:appoint|commission|procure)\b|^\s*lot\s+\d+\b)[^.!?\n]*"
         r"\b(?:with|including|incl\.?)\s+(?:[\w-]+\s+){0,3}$",
         "In a call for one supplier ('invites quotes for', 'wishes to appoint a studio to', a tender's lot), a "
         "service the scope comes 'with' or 'including' is part of that supplier's work, not another hire: "
         "'quotes for filming the prize-giving, with live subtitles', 'to appoint a studio ... with Welsh narration'.",
         ("invites quotes for filming the prize-giving, with ", "to appoint a studio to make four films with ",
          "Lot 3 - Podcasts: audio production including "),
         ("we need a camera op with ", "quotes from caterers. We also need a runner with "), source="issue-12",
         flags=re.IGNORECASE | re.MULTILINE),
    Rule("greeting_opens", r"(?:^|[.!?\n])\s*(?:(?:hi|hello|hey|hiya|morning|afternoon|evening|dear\s+[\w ]{1,30}?)"
         r"[\s,!.-]+)?(?:(?:a|an|the|just|only)\s+)?(?:[\w-]+\s+){0,2}$",
         "A sentence that opens (after a greeting) with a noun phrase ending in 'here' names the sender: "
         "'Hi, a studio in Bristol here'.", ("Hi, a ", "Hello! Small ", ""), ("we need a ",), source="issue-12"),
    Rule("name_title", r"\b(?:[A-Z][a-z]+\s*\(|[A-Z][a-z]+[ \t]+[A-Z][a-z'-]+[ \t]*(?:\(|,[ \t]*|[ \t]+-[ \t]+)"
         r"|(?:it['\u2019]s|I['\u2019]m|[Tt]his\s+is|[Cc]aller:?|[Ff]rom:?)\s+[A-Z][a-z]+,\s*)(?:the\s+|a\s+|an\s+"
         r"|our\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
         "A role right after a person's name, then 'at/from' an organisation or a closing bracket, says who that "
         "person is: 'a call with Ana (development exec at a Bristol indie)'.",
         ("with Ana (", "Jo Bloggs, ", "from Priya Shah, senior ", "it's Rory, "), ("need a ", "in Leek, a ",
                                                                                 "an Alexa Mini\n- "),
         source="issue-12",
         flags=0),
    Rule("title_tail", r"\s*(?:\)|\s+(?:at|from|of|with|for)\s+(?:(?:a|an|the)\b|[A-Z])|,\s*[A-Z][a-z]+\s+[A-Z]"
         r"|,\s*[A-Z][\w-]+\s*\))",
         "After a name's job title: ' at a Bristol indie', ')', ', Kiln Lane Films', ', Bristol)' (a firm's trade and "
         "town in brackets after its name: 'Harefield (production company, Derby)').",
         (" at a ", ")", " from The", ", Kiln Lane Films", ", Derby)"), (" for two days", ", Leek", " for all 3 days"),
         flags=0),
    Rule("possessive", r"['\u2019]s\s+(?:[a-z][\w-]*\s+)?(?:assistant|assistants|PA|PAs|runner|driver|double|stand-in"
         r"|trainee|apprentice|second|deputy|shadow|mentee|secretary|coordinator|co-ordinator)\b",
         "After a role: 'photographer's assistant', 'the director's PA' name a person who works for that role, "
         "a different job from the role itself.", ("'s assistant", "\u2019s PA", "'s personal assistant"),
         ("'s kit", "'s in Leek", "'s available"), source="issue-12"),
    Rule("filmed_list", r"\b(?:filming|recording|interviewing|featuring|capturing|photographing|documenting"
         r"|following)\s+"
         r"(?:(?!(?:and|need\w*|want\w*|requir\w*|looking|seek\w*|hir\w*|book\w*|in|at|on|near|from)\b)[\w'-]+\s+)"
         r"{1,5}(?:and|as\s+well\s+as|plus|with)\s+(?:(?:a|an|the|some|their|our|local|\d+|two|three|four|five)\s+)?$",
         "A list after 'filming' shares the verb: in 'filming the band live and a choir', the choir is filmed too.",
         ("filming the band live and a ", "interviewing two nurses and the "),
         ("filming in Leek and need a ", "filming on Monday and a "), source="issue-12"),
    Rule("search_verb", r"\b(?:looking|search(?:ing)?|ask(?:ing)?|call(?:ing)?|hiring|recruiting|casting|seeking"
         r"|after)\s*$",
         "A verb right before 'for' makes what follows the thing asked for ('looking for a gaffer'), not whom "
         "another need serves.", (" looking ", "casting "), ("needed ", "a runner "), source="issue-12"),
    Rule("of_group", rf"\s+of\s+(?:(?:about|around|up\s+to|over)\s+)?(?:{NUMBER_RE}\s+)?(?:[\w-]+\s+)?",
         "Between a group and its members: 'a choir of 30 singers' is one group, filmed or hired as one.",
         (" of 30 ", " of about twenty local "), (", and ",), source="issue-12"),
    Rule("owner", r"\b(?!(?:it|that|what|here|there|who|he|she|let|one)['\u2019])[a-z][\w-]*['\u2019]s\s+\w",
         "A possessive inside a phrase: 'a set photographer's assistant'.",
         ("photographer's assistant", "director\u2019s PA"), ("it's a", "the producers want"), source="issue-12"),
    Rule("place_to_use", r"\s+(?:(?:that|which)\s+)?(?:we|I|you)\s+(?:can|could|might|would\s+be\s+able\s+to)\s+"
         r"(?:use|hire|rent|borrow|book|get\s+into|have|turn\s+into|convert(?:\s+into)?|fit\s+out|dress)\b"
         r"|(?:\s+somewhere\s+(?:in|near|around)\s+[A-Z][\w-]+)?\s+if\s+(?:we|I|you)\s+can\s+(?:find|get)\s+(?:one|it|some)\b",
         "After a kind of place: 'a big old house we can use' asks for a filming location.",
         (" we can use", " that we could hire", " I can borrow", " somewhere in Leek if we can find one",
          " we could turn into a"),
         (" we can do", " we can film"), source="issue-12"),
    Rule("location_heading", r"(?:^|\n)[ \t]*(?:locations?|venues?|propert(?:y|ies)|sites?|places?)[ \t]+"
         r"(?:sought|needed|wanted|required|we\s+need|to\s+find)[ \t]*:[ \t]*(?P<items>[^\n]+)",
         "A heading whose items are places to find: 'Locations sought: high-rise flats, a canal lock'.",
         ("Locations sought: a pub, a farm", "\nVenues needed: a hall"), ("Locations: Leek, Stone",),
         source="issue-12"),
    Rule("not_a_request", r"\?|\b(?:thanks|thank\s+you|cheers|grateful|appreciate[ds]?|happy\s+new\s+year"
         r"|merry\s+christmas|season['\u2019]?s\s+greetings|looking\s+forward\s+to|out\s+of\s+(?:the\s+)?office)\b",
         "A question or a thank-you: with no need and no shoot word, its dates are no shoot dates ('is the office "
         "open over Christmas?', 'thanks, we'll be back in the spring').", ("open over Christmas?", "Thanks again"),
         ("Beginning 9 May for two weeks.",), source="guidelines"),
    Rule("offer_if", r"\bif\s+(?:anyone|anybody|any\s+\w+|you|they|someone|somebody|a\s+production)\s+"
         r"(?:ever\s+|still\s+)?(?:needs?|wants?|requires?|is\s+looking\s+for|are\s+looking\s+for|is\s+after)\s+(?:(?:a|an|some|any)\s+)?$",
         "An offer of services: 'available through March if anyone needs lighting' asks for nothing.",
         ("if anyone needs ", "if you need a ", "if any productions are looking for "), ("we need ",),
         source="guidelines"),
    Rule("named_person", r"\s+(?-i:(?!(?:Needed|Wanted|Required|Urgently|Please|Asap|ASAP|Wanted|Available|For|In|At|On"
         r"|And|Or|With|From|To|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
         r"[A-Z][a-z]+\s+(?!(?:Needed|Wanted|Required|Urgently|Please|Available|Stoke|Staffs|Area)\b)[A-Z][a-z'-]{2,})\b"
         r"(?!\s*(?:[:(]|needed|wanted|required))",
         "A role followed by a person's name names someone the production has: 'working with director Amy Chen'.",
         (" Amy Chen", " Sam Patel on"), (" Needed Urgently", " Wanted For", " in Leek"), source="issue-12"),
    Rule("brought_for", r"\b(?:park(?:ing)?|space|room|access|permission|permits?|a\s+place|somewhere)\s+"
         r"(?:to\s+\w+\s+)?for\s+(?:(?:our|the|their|a|an|\d+|two|three|four|five|six)\s+)?(?:[\w-]+\s+){0,2}"
         r"(?:(?:,|and|&|plus)\s+(?:(?:our|the|a|an|\d+)\s+)?(?:[\w-]+\s+){0,2})*$",
         "What the production asks room or permission for is what it brings: 'parking for 3 trucks and a "
         "honeywagon' asks for parking, not a honeywagon.", ("parking for 3 trucks and a ", "space for our "),
         ("looking for a ", "a runner for "), source="issue-12"),
    Rule("lost", r"\b(?:(?:(?:we've|we\s+have|we|I've|I\s+have|I)\s+(?:just\s+)?lost|losing|without|need\s+(?:a\s+)?"
         r"(?:replacement|cover|stand-in)\s+for|replace)\s+(?:our|the|my|a|an)|still\s+(?:no|(?:don't|do\s+not)\s+have"
         r"(?:\s+an?)?|(?:haven't|have\s+not)\s+(?:got|found)(?:\s+an?)?|without(?:\s+an?)?))\s+(?:[\w-]+\s+){0,2}$",
         "Before a role: the production has lost it, or still lacks it, so it is needed ('we've lost our dolly "
         "grip', 'still no 1st AC', 'we still haven't found a gaffer').",
         ("we've lost our ", "need a replacement for our ", "replace our ", "Still no ", "still haven't got a "),
         ("we have our ", "no "), source="issue-12"),
    Rule("as_modifier", r"\s+(?:show|shows|audience|audiences|programme|programmes|format|formats|portraits?"
         r"|quiz(?:zes)?|pilots?|series|sitcoms?|gameshows?|game\s+shows?"
         r"|photography|look|style|quality|feel|vibe)\b",
         "After a facility word: the word is a modifier ('a live studio show', 'a location shoot'), not a facility "
         "asked for.", (" show", " audience", " look"), (" space", " hire", " time", " shoot"), source="issue-12"),
    Rule("restated", r"^\s*(?:\(|,|-|\u2013)\s*(?:i\.?e\.?,?|aka|or|a|an|the|e\.?g\.?,?|so|basically)?\s*$",
         "Between a need and a bracket naming it again: 'loos (a honeywagon)', 'a DoP (i.e. a lighting camera "
         "operator)': one need under two names.", (" (a ", " (i.e. ", " ("), (" and a ", ", plus "), source="issue-12"),
    Rule("restated_end", r"\s*\)", "The bracket closing a restated need.", (")", " )"), (" and",), source="issue-12"),
    Rule("asks", r"\?|(?:(?<!\d):|:(?!\d))[ \t]*\S|\b(?:need(?:s|ed|ing)?|require[sd]?|requirements?|requiring"
         r"|requested|sought|pls|plz|look(?:ing|in['\u2019]?)\s+(?:for|to)|let\s+(?:me|us)\s+down|appoint|wish(?:es)?\s+to"
         r"|(?:crew|roles?|posts?)\s+(?:still\s+)?(?:tbc|tba|open|to\s+fill)|still\s+(?:tbc|tba|to\s+(?:fill|find|book))"
         r"|(?:we['\u2019]re|we\s+are|I['\u2019]m|I\s+am|are|is)\s+(?:still\s+)?missing|free\s+to|avail(?:able)?\s+to"
         r"|(?:would|wud|wld|'d)\s+be\s+(?:\w+\s+)?(?:great|amazing|sick|ideal|brilliant|handy|helpful|perfect|lovely|ace"
         r"|fab|good|class|mint)"
         r"|seek(?:s|ing)?|wanted|want|after|hir(?:e|es|ing)|recruit\w*|recommend\w*|suggest\w*|advise|find"
         r"|could\s+(?:\w+\s+)?(?:use|do\s+with)|any\s+chance|any(?:one|body|1)|know\s+(?:of\s+)?(?:any|a|some)"
         r"|put\s+(?:us|me)\s+in\s+touch|point\s+(?:us|me)|quot(?:e|es|ation|ations)|tender\w*|invit\w+"
         r"|commission\w*|suppliers?|apply|applications?|casting|call\s*out|welcome|vacanc\w+|placements?|roles?"
         r"|positions?|shout|send|dm|still\s+to\s+crew|short\s+(?:of|on)|pulled\s+out|lost\s+our|down\s+a|still\s+no"
         r"|interested\s+in|connect\s+with|engage|(?:we['\u2019]?d|would|I['\u2019]?d)\s+(?:like|love)"
         r"|contacts?|list\s+of)\b",
         "Somewhere in a brief that asks for anything: a question, a heading's colon ('Studio record: autocue "
         "op, a floor manager and a runner'), or a word that asks, invites, hires or says a post is open. A "
         "brief with none (a filming notice, a thank-you, an offer to help, 'all sorted now') asks for nothing, "
         "so nothing it names is a need.",
         ("any sparks free Sat?", "Still to crew: a gaffer", "could really use a genny", "Gaffer needed",
          "lookin for a spark this weekend", "what we're missing is a focus puller",
          "is anybody free to shoot a christening", "a van would be really handy", "CREW STILL TBC",
          "we'd love to hear from local caterers", "our sound recordist has pulled out",
          "Pilot record: autocue op, a floor manager and a runner"),
         ("Filming happens along the towpath all day; please follow the marshals' directions.",
          "All sorted now, we found a unit base ourselves. Thanks!", "im a runner from Leek, happy to help out"),
         source="issue-12"),
    Rule("as_expertise", r"(?:\s*/\s*[\w-]+)?\s+(?:experience|background|knowledge|skills?|expertise|credits?)\b",
         "After a role or trade word: it names someone's experience, a qualifier of the need it follows, not a "
         "hire ('a make-up artist with some prosthetics/gore experience', 'a camera op with drone experience').",
         ("/gore experience", " experience", " background"), (" for the shoot", " needed"), source="issue-12"),
    Rule("desirable", r"(?:\s+[\w-]+)?\s+(?:(?:is|would\s+be|=)\s+)?(?:a\s+(?:big\s+|real\s+)?(?:plus|bonus)|an\s+"
         r"advantage|advantageous|desirable|preferred|preferable)\b",
         "After a role or trade word, on the line of another need: a skill that is 'a plus' or 'desirable' "
         "qualifies that need, not a second hire ('an HMUA, prosthetics a plus'; 'an editor, "
         "colourist skills desirable'). Not 'welcome' ('graphic designers also welcome' asks for them).",
         (" bruising a plus", " a bonus", " skills desirable", " would be an advantage"),
         (" also welcome", " needed", " would be amazing", " for the shoot"), source="issue-12"),
    Rule("compound_modifier", r"-(?:led|driven|based|focused|style|friendly|heavy|centred|centered|only|free)\b",
         "A role word in a hyphenated adjective describes the production, not a hire: 'a presenter-led show', "
         "'a stunt-heavy sequence', 'a dancer-friendly floor'.", ("-led", "-heavy", "-friendly"),
         ("-in", " led"), source="issue-12"),
    Rule("work_not_craft", r"(?P<before>\b(?:an?|one|two|another|this|that)\s+$)|(?P<after>^\s+(?:is|was|has|had|"
         r"will|done|delivered|finished|locked|signed|ready|itself)\b)"
         r"|(?P<serve>^\s+as\s+(?!(?:they|we|he|she|you|i|it|well|much|soon|long|needed|required|and|if|though"
         r"|usual|always|per|part|for)\b)[a-z])",
         "An activity noun that is a thing here, not a craft asked for: after 'a' or a count ('need a drive', "
         "'a light'), or said done ('the edit is locked', 'need the edit delivered'); or a verb that means "
         "serving in another job ('can also act as our fixer', 'direct as well as produce' is not this): the "
         "job after 'as' is the need, not the craft of the verb.",
         ("need a ", " is locked", " delivered by March", " as fixer", " as a runner too"),
         ("need the ", " and grade", " for a short film", " as they go", " as needed", " as well"),
         source="issue-12"),
    Rule("negated_phrase", r"^(?:no|none|nothing|zero|without)\b",
         "A noun phrase asked for that opens with 'no' is said not to be needed: 'no op needed', 'No crew "
         "required', 'no experience needed'.", ("no op", "No crew", "none"), ("noise", "a note"),
         source="issue-12"),
    Rule("placed_in", rf"(?P<n>{NUMBER_RE})\s+(?:(?:trainees?|placements?|assistants?)\s+)?in\s+(?:the\s+)?"
         r"(?P<dept>[a-z]+(?:\s+[a-z]+)?)\s+(?:department|dept|team|office)\b",
         "A count placed in a department, after trainees or placements are offered: '3 in the camera department, "
         "1 in the production office' asks for that department's trainees.",
         ("3 in the camera department", "one in the production office", "2 trainees in the sound dept"),
         ("3 in the morning", "based in the production office"), source="issue-12"),
    Rule("joined", r"\s*(?:and|&|\+|n|'n'?|\u2019n\u2019?)\s*",
         "Between two role words that may name one job together: 'hair + make-up', 'hair n make up'.",
         (" + ", " n ", " and ", "&"), (", ", " or "), source="issue-12"),
    Rule("kit_operator", r"(?P<kit>[A-Za-z][\w-]*)\s*(?:\+|&|and|with|w/|plus)\s*(?:an?\s+)?$",
         "Before a bare 'op' or 'operator': the kit it operates ('genny + op', 'a crane with operator').",
         ("genny + ", "crane with an ", "drone & "), ("need an ",), source="issue-12"),
    Rule("with_operator", r"\s*(?:\(\s*)?(?:\+|&|and|with|w/|w(?=\s)|plus|incl\.?|including)\s*(?:(?:an?|its|their|own"
         r"|experienced|qualified|trained|dedicated|\d+|one|two)\s+)*(?P<op>operators?|ops?|techs?|technicians?)\b",
         "After kit to hire: a person to run it comes with it, a second need ('a genny with operator', 'a "
         "Technocrane + tech', 'a cherry picker with an experienced operator'): the kit's operator role.",
         (" with operator", " + tech", " with an experienced operator", " (incl. technician"),
         (" with a driver's cab", " and a spark", " with operating instructions"), source="issue-12"),
    Rule("lot_line", r"^[ \t]*lot\s+\d+\s*[:\u2013\u2014-]\s*(?P<title>[^:.\n(\u2013\u2014]+)",
         "A tender's lot: its title names the service of one supplier ('Lot 2 \u2013 Drone and aerial filming: ...').",
         ("Lot 2 \u2013 Drone and aerial filming: surveys", "lot 1: Corporate video."), ("a lot of sparks",),
         source="issue-12", flags=re.IGNORECASE | re.MULTILINE),
    Rule("lot_umbrella", r"^[^\n]*\b(?:framework|tender|invitation|request\s+for\s+(?:quotes?|quotations?|proposals?)"
         r"|contract|agreement|procurement)\b[^\n]*$",
         "The line of a call for tenders that names the whole framework over its lots ('Framework for Film and "
         "Photography Services'): its service words are the lots' heading, not another need.",
         ("Framework Agreement for Video Production Services",), ("We need a gaffer",),
         source="issue-12", flags=re.IGNORECASE | re.MULTILINE),
    Rule("trade_phrase", r"(?<![\w/&-])(?P<trade>(?:(?!(?:an?|the|and|or|for|to|with|who|of|in|at|on)\b)[A-Za-z][\w-]*"
         r"(?:\s*/\s*|\s+(?:and|&)\s+|\s+)){1,3}?)"
         r"(?P<head>providers?|brokers?|firms?|partners?|suppliers?|compan(?:y|ies)|teams?|outfits?|contractors?"
         r"|specialists)\b",
         "A business named by its trade: one to three trade words before a head that only says 'a business' "
         "('a payroll provider', 'an insurance broker', 'a legal/clearances firm', 'a QA and localisation partner').",
         ("payroll provider", "an insurance broker who", "legal/clearances firm", "QA and localisation partner",
          "SFX team for"), ("the provider will", "a partner in crime"), source="issue-12"),
])
