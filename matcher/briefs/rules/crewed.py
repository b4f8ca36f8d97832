"""Rules about roles a production already has, or no longer needs, said around a list of roles
(``matcher.briefs.already_crewed``).

A crew call often names the posts it has filled beside those it still needs: "DoP and gaffer
confirmed", "Roles filled: director, editor", "we're sorted for sound", "has own DoP", "everything
else (director, DoP) comes with us", "a drone op - no longer needed". The role words are the same as
in a request; the words around the list say they are not asked for. Each rule is one of those
words' places: a heading before the list, a predicate after it, a predicate before it, a negation.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["CREWED", "HAD"]

# What a production says of posts it has: filled, confirmed, sorted, in place, coming with it.
HAD = (r"(?:filled|confirmed|sorted|booked|in\s+place|covered|locked(?:\s+in)?|on\s+board|attached|secured"
       r"|taken\s+care\s+of|(?:comes?|travel(?:s|ling)?|coming)\s+with\s+us)")

CREWED = RuleTable.of("crewed", [
    Rule("had_heading", rf"[ \t]*(?:[-*\u2022\u2013\u00b7]+[ \t]*)?(?:(?:roles?|crew|posts?|positions?)\s+)?"
         rf"(?:already\s+)?(?:{HAD}|have|got|(?:we\s+)?(?:have|['\u2019]ve\s+got))[ \t]*:",
         "A line headed by what the production has ('Roles filled:', 'have:', 'Confirmed:'): the roles "
         "listed after it are not asked for.",
         ("Roles filled: director, DoP", "\u2022 have: sound, editor", "Crew confirmed: gaffer"),
         ("Roles needed: a gaffer", "Still to fill: a runner", "Have you got a gaffer?"), source="issue-12"),
    Rule("had_after", rf"(?<!\bbe\s)(?:(?:are|is|all|now|already|both|have|has|been|were|also)\s+)*"
         rf"{HAD}\b(?!\s+with\b)",
         "After a list of roles, the words that say the production has them ('DoP and 1st AC now "
         "filled', 'sound and cast all confirmed', '(director, DoP) comes with us').",
         ("now filled", "all confirmed", "comes with us", "are already booked"),
         ("needed", "to be confirmed", "filled with smoke?"), source="issue-12"),
    Rule("had_before", r"(?:\b(?:sorted|covered|fine|good|ok|okay)\s+(?:for|on)"
         r"|\b(?:has|have|got|bring(?:s|ing)?)\s+(?:(?:our|their|his|her|its|my)\s+)?own)\b",
         "Before a list of roles, words that say the production has them ('we're sorted for DoP and "
         "gaffer', 'has own DoP', 'bringing our own sound').",
         ("we're sorted for ", "Has own ", "bringing our own "),
         ("looking for ", "need our ", "sorted. Need a ", "a DoP with own "), source="issue-12"),
    Rule("no_longer_after", r"[\s,\u2013\u2014-]*(?:(?:is|are)\s+)?(?:no\s+longer|not)\s+(?:needed|required|wanted)\b",
         "After a post, the writer says it is no longer needed ('a drone op - no longer needed').",
         (" - no longer needed", " not required", " is no longer wanted"),
         (" needed", " still needed", " not only"), source="issue-12"),
    Rule("no_longer_before", r"\bno\s+longer\s+(?:need(?:ed|s)?|require[ds]?|want(?:ed|s)?)\s+"
         r"(?:an?\s+|the\s+|any\s+)?$",
         "Before a post, the writer says it is no longer needed ('No longer need a runner').",
         ("No longer need a ", "we no longer require the "),
         ("still need a ", "no longer than a "), source="issue-12"),
    Rule("title_after_name", r"\b[A-Z][a-z]+(?:[-' ][A-Z][\w'\u00e9-]+){1,2}[ \t]*,[ \t]*$",
         "A role right after a person's full name and a comma ('Contact: Jo Bloggs, Supervising Producer', "
         "'a call with Sam Reyes, gaffer on the series'): that person's job title, not a post to fill.",
         ("Contact: Jo Bloggs, ", "a call with Sam Reyes, "),
         ("in Stoke, ", "Need a runner, ", "Leek, Staffordshire, "), source="issue-12", flags=0),
    Rule("name_line", r"(?:^|\n)[ \t]*[A-Z][a-z]+(?:[-' ][A-Z][\w'\u00e9-]+){1,2}[ \t]*\n[ \t]*$",
         "A role opening the line under a line that is a person's name alone: a signature's job title.",
         ("Thanks\nJo Bloggs\n", "\nPriya Shah\n"), ("Need:\n", "\nShoot in Leek\n"), source="issue-12", flags=0),
    Rule("acts", r"[ \t]+(?:has|had|is|was|wants|said|says|thinks|reckons|prefers|likes|did"
         r"|does|can['\u2019]t|cannot|couldn['\u2019]t|won['\u2019]t|asked|agreed|decided)\b"
         r"(?![ \t]+(?:needed|required|wanted|essential|welcome|sought|missing|off|ill|unwell|away|unavailable"
         r"|pulled|dropped|left|quit|broken|injured|gone|moved|let|not\s+available|no\s+longer\s+available)\b)"
         r"(?![ \t]+make\b)",
         "A role named bare or with 'the' and then its verb ('director has cut the aerial', 'the DoP wants a "
         "wide lens'): someone on the production acting in a statement, not a post to fill; a vacancy ('our "
         "gaffer has pulled out', 'the sound recordist is ill') is not this.",
         (" has cut the aerial", " wants a wide lens", " said yes"),
         (" has pulled out", " is needed", " is ill", " can't make it", " needed", " WANTED", " has let me down",
          " would be good"), source="issue-12"),
    Rule("praised", r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:so|really|absolutely|just|all)\s+)?(?:brilliant"
         r"|great|amazing|fantastic|lovely|excellent|superb|stars?|a\s+star|a\s+godsend|incredible|wonderful"
         r"|spot\s+on)\b",
         "After a role in its sentence, praise for work done ('the two grips you found us were superb'): "
         "roles in a description of past work, not posts to fill.",
         ("were superb", "was brilliant", "have been stars"),
         ("will be brilliant", "would be great", "is great if"), source="issue-12"),
    Rule("thanked", r"\bthank(?:s|\s+you)\s+(?:again\s+|so\s+much\s+)?(?:for|to)\s+(?:(?:the|our|your|all|both)\s+)?$",
         "Just before a role, thanks for people who worked ('thanks again to the sound recordist'): past "
         "work, not a post to fill.",
         ("thanks again to the ", "Thank you for your "), ("thanks in advance, we need a ", "thanks. Need a "),
         source="issue-12"),
])
