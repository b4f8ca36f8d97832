"""Rules about the words of a free-text need: whether they are a noun phrase that names someone or
something to find (``matcher.briefs.noun_phrase``).

A free-text need is kept as "needed, but not a role we know" and searched as text, so it must be a
noun phrase naming a person, a company, a facility, a service or kit. The proposers of free text
read a few words after a request cue ("need", "seeking:", "wants", a form's "... needed:" field),
and those words are sometimes no noun phrase at all: a form's answer, a clause cut short, a
person's name, a credential, a describing word. Each rule is about English, not about one brief;
each says which words it reads (``WHERE`` in ``noun_phrase``): the phrase itself, the phrase with
the rest of its clause, or the words just before it.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["FREE_TEXT"]

_CLOSED = (r"and|or|but|nor|so|of|to|for|with|in|on|at|by|from|into|than|as|still|approx|approximately|etc|very"
           r"|that|which|who|whom|whose|if|when|while|could|would|can|will|shall|should|might|must|may")

FREE_TEXT = RuleTable.of("free_text", [
    Rule("runs_on", rf"(?:(?:^|\s)(?:{_CLOSED})|['\u2019](?:re|m|s|ll|ve|d)|\b\w+ing\s+up"
         r"|\b(?:making|doing|getting|having|being|going|taking|coming|working|using|trying|offering))\.?$",
         "The phrase ends in a word that closes no noun phrase (a preposition, a conjunction, an adverb, a "
         "contraction, a light verb): the reader cut a clause short, so the words name nothing.",
         ("garden visitors still", "capture of approx", "someone who could come in and", "chance you're",
          "a studio company making", "a long drive leading up"),
         ("a lighting set up", "a rope access technician", "hire of a minibus", "a stand-in"), source="issue-12"),
    Rule("answer", r"^(?:yes|no|yeah|yep|yup|nope|n/?a|none|nil|tbc|tbd|ok|okay|sure|maybe|sorry|hi|hello|hey"
         r"|thanks|cheers|ta)[.!]*$",
         "A form's answer or a word of speech ('Permits needed: Yes'): no noun phrase.",
         ("Yes", "yes", "N/A", "TBC"), ("Yes-man", "a yes crew"), source="issue-12"),
    Rule("aside", r"^(?:hang|hold)\s+on\b|^(?:pls|plz|please|kindly|let|give|drop|send|ring|dm|msg|shout|ping)\b",
         "A speech aside ('hang on') or an imperative ('pls shout', 'ping me'): the writer asks the reader to "
         "act, and names no one to find.",
         ("hang on yeah", "pls shout if free", "please call me", "ping me a message"),
         ("a hanger", "a shouting coach", "a sender"), source="issue-12"),
    Rule("information", r"(?:^|\s)(?:names?|cvs?|c\.v\.s?|showreels?|reels?|portfolios?|credits|links?|numbers?"
         r"|emails?|contacts?|recommendations?|availability)\.?$",
         "What the writer wants to receive ('wants names by Friday', 'send CVs'): information about people, "
         "not a supplier.",
         ("names", "CVs", "some showreels", "contact numbers"), ("a name engraver", "a reel loader"),
         source="issue-12"),
    Rule("credential", r"^(?:an?\s+|the\s+|enhanced\s+|full\s+|clean\s+|valid\s+|current\s+)*"
         r"(?:dbs|ipaf|pasma|cscs|gvc|a2\s*c\s*of\s*c|driving|first\s+aid|public\s+liability|pli)?\s*"
         r"(?:dbs|ipaf|pasma|cscs|gvc|licen[cs]es?|certificates?|certification|checks?|clearance|tickets?"
         r"|insurance|qualifications?)\.?$",
         "A licence, check or certificate ('DBS needed', 'IPAF', 'a full driving licence'): a qualifier of "
         "the person asked for, never someone to find on its own.",
         ("DBS", "Enhanced DBS", "IPAF", "a full driving licence", "public liability insurance"),
         ("IPAF operator", "a DBS-checked chaperone", "a licensing officer"), source="issue-12"),
    Rule("describing", r"^(?:female|male|young|younger|older|elderly|bilingual|fluent|native|local|experienced"
         r"|english|welsh|polish|french|spanish|german|italian|portuguese|urdu|punjabi|hindi|bengali|arabic"
         r"|mandarin|cantonese|gujarati|romanian|russian|ukrainian|turkish)\.?$",
         "One describing word ('female, 25-40', 'Polish'): what the person asked for must be, not a person.",
         ("female", "Polish", "experienced"), ("a female presenter", "Polish speaker"), source="issue-12"),
    Rule("named_subject", r"^[A-Z][a-z]+\s+(?:can['\u2019]?t|cannot|can|couldn['\u2019]?t|could|will|won['\u2019]?t"
         r"|is(?!\s+(?:needed|required|wanted|welcome|sought))|isn['\u2019]?t|was|wasn['\u2019]?t|has|hasn['\u2019]?t"
         r"|had|says|said|does|doesn['\u2019]?t|did|didn['\u2019]?t|would|wouldn['\u2019]?t|should|might)\b",
         "A capitalised name followed by its verb ('Jo can't do the new date'): a person named in a "
         "statement, not someone asked for.",
         ("Jo can't do the new date", "Priya is away", "Sam says fine"),
         ("Runner is needed", "a Gaffer can", "DJ wanted"), source="issue-12", flags=0),
    Rule("needs_as_noun", r"\b(?:as|when|if|where|whenever)\s+(?:the\s+|our\s+|your\s+)?needs?\s+$",
         "'as needs arise', 'when need be': 'needs' is a noun here, so the next word is its verb, not a "
         "need.",
         ("call-offs as needs ", "when need "), ("we needs ", "it needs "), source="issue-12"),
    Rule("misspelt", r"\b(?:auto-?correct(?:ed)?|typo|predictive\s+text|spell-?check(?:er)?)\b",
         "After the phrase the writer blames a typing slip ('a focus putter, sorry autocorrect, focus "
         "puller'): the misspelt words are taken back; the corrected name is read on its own.",
         ("sorry autocorrect", "typo!", "damn predictive text"), ("an autocue operator",), source="issue-12"),
    Rule("place_name", r"^(?:[A-Z][\w'\u2019-]*\s+)+(?:Head|Hill|Edge|Moor|Rocks?|Lane|Road|Street|Park|Hall"
         r"|Wood|Woods|Lake|Reservoir|Valley|Bridge|Church|Chapel|Mill|Farm|Wharf|Quarry|Common|Green|Cross"
         r"|Castle|Abbey|Manor|Grange|Gardens?)$",
         "Capitalised words ending in a place word ('Three Shires Head', 'Brook Lane'): the name of a "
         "place, read by the places reader, not a need.",
         ("Three Shires Head", "Hen Cloud Edge", "Brook Lane"), ("a head of department", "Park ranger"),
         source="issue-12", flags=0),
])
