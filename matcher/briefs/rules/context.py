"""Rules about the language around a proposed need, read as features by the learned need filter
(``matcher.briefs.need_features``). None of them decides anything alone: each says what kind of
sentence or line a need was found in (a request, a question, a past event, a condition, a list, a
greeting, a quoted reply) or what stands just before it (a filming verb, a first-person "I'm a").
The filter's weights, learned on judged briefs, say how much each counts.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["CONTEXT"]

CONTEXT = RuleTable.of("context", [
    Rule("request", r"\b(?:need\w*|require\w*|wanted|seek\w*|looking\s+for|after\s+(?:an?|some|two|three|\d)"
         r"|hir(?:e|ing)|book(?:ing)?|recruit\w*|recommend\w*|source|sourcing|find|want|would\s+like|could\s+(?:you|use)"
         r"|can\s+(?:you|anyone)|anyone\s+(?:know|got|free|available)|any\s+\w+\s+(?:free|available|around)"
         r"|available|welcome|please|vacanc\w*|roles?\s*:|crew\s*:|call[\s-]?out|apply|applications?)\b",
         "A sentence that asks for something: a need, a search, a hire, an invitation to apply.",
         ("we need a grip", "Looking for two runners", "anyone free Tuesday?", "could you suggest a caterer",
          "grips wanted", "applications welcome"),
         ("the shoot went well", "our editor finished the cut")),
    Rule("past", r"\b(?:was|were|had|did|went|wrapped|worked|used|finished|shot|filmed|made"
         r"|last\s+(?:year|month|week|time)"
         r"|previously|ago|recently|thanks?\s+(?:to|for)|thank\s+you)\b",
         "A sentence about what has happened: a shoot that is over, work done before, thanks.",
         ("the gaffer was brilliant", "we shot it last year", "thanks for the editor contacts"),
         ("we need a gaffer", "shooting next week")),
    Rule("negated", r"\b(?:not|no|never|without|don['\u2019]?t|doesn['\u2019]?t|won['\u2019]?t|isn['\u2019]?t"
         r"|aren['\u2019]?t|can['\u2019]?t|cannot|nobody|none)\b|n['\u2019]t\b",
         "A negated clause: 'no need for', 'we don't need', 'not looking for'.",
         ("we don't need a driver", "no catering required", "not after a DoP"), ("we need a driver",)),
    Rule("conditional", r"\b(?:if|unless|might|maybe|perhaps|possibly|depending|in\s+case|whether|potentially"
         r"|may\s+(?:need|want|also)|tbc|tbd|would\s+be\s+(?:nice|good|great|a\s+bonus))\b",
         "A condition or a maybe: 'if the budget allows', 'we might need', 'possibly a drone'.",
         ("if the budget stretches", "we might need a medic", "drone tbc"), ("we need a medic",)),
    Rule("list_item", r"^[ \t]*(?:[-*\u2022\u2013\u00b7]+|\d{1,2}[.)]|[a-z][.)])[ \t]+",
         "A line that is an item of a list: '- a gaffer', '2) sparks', '\u2022 runner'.",
         ("- a gaffer", "2) two sparks", "\u2022 runner"), ("Two sparks", "2026 plans")),
    Rule("greeting", r"^[ \t]*(?:hi|hello|hey|dear|morning|afternoon|evening|good\s+(?:morning|afternoon|evening)"
         r"|to\s+whom|greetings|hiya)\b",
         "A line that greets the reader: 'Dear Film Office team', 'Hi all'.",
         ("Dear Film Office team", "Hi all", "Good morning Sam"), ("Highly skilled grip", "Deadline: Friday")),
    Rule("quoted", r"^[ \t]*>", "A line quoted from an earlier message ('> we need a runner').",
         ("> we need a runner",), ("we need a runner",)),
    Rule("sign_off", r"^[ \t]*(?:--|(?:thanks|thank\s+you|cheers|best|kind\s+regards|regards|many\s+thanks"
         r"|all\s+the\s+best|warm(?:est)?\s+(?:regards|wishes)|sent\s+from)(?:\s+\w+){0,2}[\s,!.]*$)",
         "A line that signs the message off; a role after it is the sender's job title.",
         ("Kind regards,", "Cheers", "-- ", "Sent from my phone"), ("Best boy electric wanted",)),
    Rule("filming_verb", r"\b(?:film(?:ing|ed)?|shoot(?:ing)?|interview(?:ing|s)?|record(?:ing)?|feature|featuring"
         r"|photograph(?:ing)?|capture|capturing|follow(?:ing)?|document(?:ing)?|cast(?:ing)?|audition(?:ing)?"
         r"|profile|profiling|meet(?:ing)?|talk(?:ing)?\s+to|speak(?:ing)?\s+(?:to|with)|with)"
         r"\s+(?:(?:a|an|the|some|our|their|local|real|about|around|up\s+to|several|few|\d+|two|three|four|five|six"
         r"|ten|twelve|twenty)\s+){0,3}$",
         "A filming verb just before the role: the people to be filmed or recorded, not crew to hire.",
         ("record 10 ", "interviewing three local ", "featuring a ", "we'll film the "),
         ("we need a ", "to hire two ")),
    Rule("sender", r"\b(?:i['\u2019]?m|i\s+am|we['\u2019]re|we\s+are|as\s+(?:a|an|the)|my\s+name\s+is\s+\w+\s*,?"
         r"|i\s+work\s+as)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}$",
         "First person just before the role: who is writing ('I'm a producer at ...').",
         ("I'm a ", "we are an independent ", "as the "), ("we need a ",)),
    Rule("definite", r"\b(?:the|our|my|their|his|her|your|this|that)\s+(?:\w+\s+)?$",
         "A definite or possessive word before the role: someone already known, not a hire.",
         ("the ", "our own ", "your "), ("a ", "two ")),
    Rule("counted", r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple|few|several|\d+)"
         r"\s*(?:x\s*)?(?:\w+\s+){0,2}$)|^\s*\d+\s*x\s*",
         "A count or an indefinite article before the role: 'a', 'two', '3 x'.",
         ("a ", "two experienced ", "3 x "), ("the ",)),
    Rule("retracted", r"^[^\n]{0,40}?\b(?:no\s+sorry|sorry|scrap|scratch|actually|not\s+needed|sorted"
         r"|(?:we['\u2019]ve\s+)?got"
         r"\s+(?:that|one|them)|covered|confirmed|booked|handled|on\s+it)\b",
         "Just after the role, the writer takes it back or says it is done: 'a gaffer, no sorry, a best boy', "
         "'a sound... scrap that', 'sparks! sorted now', a table's 'CONFIRMED'.",
         (", no sorry, a best boy", "... no, scrap the sound", "! sorted now", "\t1\tCONFIRMED"),
         (" for two days", "\nCheers, got a sec?")),
    Rule("possessed", r"\b(?:have|has|had|got|['\u2019]ve|sorted|booked|bringing|travel\s+with)\b(?:(?!\bneed).)*$",
         "Before the role in its clause, the production already has it: 'they have DoP + ', 'we've got the '.",
         ("They have DoP + ", "we've got the ", "We travel with "), ("we need a ", "have a look for a need for a ")),
    Rule("permission", r"\b(?:allowed|permission|permit|licen[cs]e|be\s+aware|please\s+note|notice"
         r"|will\s+be\s+(?:located|affected|closed|suspended|in\s+place|present))\b",
         "A sentence about permission or a notice to the public, not a request for people or hire.",
         ("whether we'd be allowed to fly", "Please be aware that", "a unit base will be located"),
         ("we need a drone pilot",)),
    Rule("restating", r"^[\s,(]*(?:(?:like|such\s+as|i\.?e\.?|e\.?g\.?|aka|basically|so|or|-)[\s,]+)+"
         r"(?:an?\s+|the\s+)?$",
         "Between two needs, words that say the second names the first again: 'someone to help with the "
         "accent, like a dialect coach'.",
         (", like a ", " (i.e. a ", " - basically a ", ", or "), (" and a ", ", plus two ")),
    Rule("names_again", r"^[^.!?\n;]{0,40}?(?:[\s,(\u2013-]+|^)(?:i\.?e\.?|aka|a\.k\.a\.?|basically|in\s+other\s+words"
         r"|that\s+is|otherwise\s+known\s+as|what\s+you['\u2019]d\s+call|like|so)[\s,:]+(?:an?\s+|the\s+|some\s+)?$",
         "Between two needs: the second names the first again ('someone to keep an eye on continuity, "
         "basically a script supervisor'; 'a man with a van, i.e. a unit driver'): one person, named twice.",
         (", basically a ", " with a van, i.e. a ", " (aka the ", ", like a "),
         (" and a ", ", plus two ", ". Also a ", " who likes a ")),
    Rule("drops", r"\b(?:scrap|scratch|forget(?:\s+about)?|drop|ditch|cancel|strike|cross\s+off)"
         r"\s+(?:the|that|those|my|our)\s+"
         r"(?P<named>[\w'-]+(?:\s+[\w'-]+)?)(?=\s*(?:[,.;:!?\n]|$|\bthen\b|\btoo\b|\bas\s+well\b|\bidea\b|\bfor\s+now\b))",
         "Later in the brief, the writer drops a need by name: 'a runner... actually forget the runner', "
         "'and a colourist, though scratch the colourist'. The words after 'the' must name that need again.",
         ("actually forget the runner.", "no, scratch the colourist,", "ditch the drone idea", "scrap the sound, "),
         ("drop the kit at the studio door", "we drop off at noon", "a scrapyard dog", "cancel the booking at "
          "the hotel if it rains")),
    Rule("corrects", r"^[\s,.\u2026-]*(?:sorry|no[\s,]+sorry|no[\s,]+wait|scrap\s+that|scratch\s+that|I\s+mean"
         r"|or\s+rather|no[\s,]+we(?:['\u2019]ve|\s+have)\s+got\s+(?:that|one|them|those)"
         r"|no[\s,]+(?:we\s+)?(?:don['\u2019]t|do\s+not)\s+need\s+(?:that|one|them|those)"
         r"|actually)(?:[\s,.\u2026-]+(?:no|sorry|wait|I\s+mean|actually|make\s+that))*[\s,.\u2026:-]+"
         r"(?:an?\s+|the\s+|some\s+|\d+\s+|two\s+|three\s+)?$",
         "Between two needs: the writer corrects the first ('a gaffer, no sorry, a best boy'; 'two sparks... "
         "I mean three sparks'; 'an editor... no, we've got one, I mean a colourist'): the first is taken back.",
         (", no sorry, a ", "... I mean ", " - or rather a ", ", actually, make that ",
          "... no, we've got that, sorry, I mean a "),
         (" and a ", ", no ", ", not a ")),
])
