"""An invitation asks: "if you're a local colourist, drop me a message" is a call for a colourist.

Posts on social media and newsletters rarely say "we need". They invite the people they want to get
in touch, or describe them in a condition ("if you're a Stoke-based X or Y, ..."; "are you a local
sound recordist? ..."). The parser's guard against messages that ask for nothing (a filming notice, a
thank-you, a promotion) looked only for words that ask, so such a post lost every role it names. Two
rules about language (``INVITES``, invented examples and non-examples) make the guard read them as
asking:

- ``contact_me``: the sender invites contact ("drop me a message", "get in touch", "DM us", "give us a
  bell", "reach out", "hit me up"), the way a post asks;
- ``if_you_are``: a role described in a condition on the reader ("if you're a ...", "if you are an
  experienced ...", "calling all ..."), the way a post names whom it wants.

Roles joined by "or" in such a condition ("if you're a local colourist or sound designer") are each
invited, two needs (``invited_each``), where "we need a DoP or camera op" asks for one person who is either.
The roles themselves are still read by the usual rules, so "if anyone needs lighting, we have kit"
(an offer: ``NEEDS.offer_if``) stays no need, and "we're a Manchester agency" stays the sender.
"""

from __future__ import annotations

import re

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["INVITES", "invited_each", "invites"]

INVITES = RuleTable.of("invites", [
    Rule("contact_me",
         r"\b(?:(?:drop|send|shoot|ping)\s+(?:me|us)\s+(?:a\s+)?(?:message|msg|line|dm|pm|note|email|e-mail)"
         r"|(?:get|be|keep)\s+in\s+touch|(?:message|msg|email|e-mail|ping|contact|call|ring|text|dm|pm)\s+(?:me|us)\b"
         r"|give\s+(?:me|us)\s+a\s+(?:call|bell|ring|shout|buzz)|reach\s+out|hit\s+(?:me|us)\s+up"
         r"|(?:my|our)\s+(?:dms|inbox)\s+(?:are|is)\s+open|slide\s+into\s+(?:my|our)\s+dms)\b",
         "The sender invites the reader to get in touch: how a post or newsletter asks for the people it names "
         "('if you can help, drop me a message', 'get in touch', 'give us a bell').",
         ("drop me a message", "Get in touch", "give us a bell", "hit me up", "reach out", "email us at",
          "msg me if free", "our DMs are open"),
         ("we got in the car", "a message from the producer", "keep in the loop", "the call sheet"),
         source="issue-12"),
    Rule("if_you_are",
         r"\b(?:if\s+(?:you['\u2019]re|you\s+are|ur|you\s+happen\s+to\s+be)\s+(?:an?|one\s+of\s+the)\s"
         r"|calling\s+all\s+(?:local\s+)?\w"
         r"|are\s+you\s+(?:an?|one\s+of\s+the)\s+(?:local\s+|\w+-based\s+|freelance\s+|experienced\s+)?\w+\s*\w*\s*\?"
         r")",
         "A role described in a condition on the reader names whom the sender wants: 'if you're a local "
         "colourist or sound designer', 'calling all animators', 'are you a freelance editor?'.",
         ("if you're a Leek-based editor", "if you are an experienced gaffer", "Calling all animators",
          "are you a local spark?", "if ur a runner"),
         ("if you're free on Saturday", "you're a star", "if you are in Leek", "are you around tomorrow?"),
         source="issue-12"),
])


def invites(text: str) -> bool:
    """Whether the message invites the people it names to get in touch."""
    return any(getattr(INVITES, rule.name).search(text) for rule in INVITES)


def invited_each(text: str, start: int) -> bool:
    """Whether the role at ``start`` is in a condition on the reader ("if you're a local colourist or
    sound designer"): the roles joined by "or" after it are each invited, not one person who is either."""
    lo = max(0, start - 60)
    return any(not re.search(r"[.!?\n]", text[m.end():start]) for m in INVITES.if_you_are.finditer(text, lo, start + 1))
