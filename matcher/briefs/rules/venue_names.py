"""Rules for venues named by a capitalised name and a venue head noun, read wherever the brief speaks of
its shoot: "Dunmere Priory", "the Kestrel pub", "the old Minton site", "Hartshill Park bandstand", "the
Albion Buildings", "Fenton School of Dance", "the Hotel Ravensdale". The head noun says it is a place to
film at; the capitals say it is a name. A head noun that is usually a name's own last word (Abbey, Hall,
Museum...) counts written either way; one that is also an everyday word after a name ("site",
"gardens", "pub", "training ground") counts in lower case after a capitalised name.
"""

from __future__ import annotations

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["VENUE_NAMES"]

_HEADS = (r"Abbey|Priory|Castle|Cathedral|Colliery|Museum|Stadium|Reservoir|Hall|Theatre|Gallery|Church|Chapel"
          r"|School|Primary|Academy|Library|Arena|Works|Mills?|Pottery|Station|Park|Gardens?|Hotel|Inn|Arms"
          r"|Buildings?|Centre|Center|Cross|Manor|Grange|Farm|Wharf|Quarry|Forest|Lake|Woods?|Estate|Grounds?"
          r"|Bandstand|Pavilion|Lido|Baths|Cinema|Playhouse|Brewery|Warehouse|Factory|Foundry|Kilns?|Tower|Towers"
          r"|Market|Square|Hospital|Campus|Crematorium|Cemetery|Memorial|Monument|Viaduct|Aqueduct|Tunnel|Marina"
          r"|Country\s+Park|Nature\s+Reserve|Sports\s+Centre|Leisure\s+Centre|Arts\s+Centre|Training\s+Ground")
_LOWER_HEADS = (r"site|gardens|bandstand|training\s+ground|ground|arena|stadium|pub|inn|hotel|works"
                r"|factory|mill|campus|estate|chapel|church|hall|theatre|museum|library|station|quarry|reservoir"
                r"|castle|abbey|priory|colliery|buildings")
_NAME = (r"(?-i:(?!(?:The|Some|Our|This|That|These|Those|Their|Your|My|Any|Each|Every|All|Its|His|Her)\b)"
         r"(?:[A-Z][a-z][\w'\u2019&-]*|[A-Z]{2,}\b))")

VENUE_NAMES = RuleTable.of("venue_names", [
    Rule("headed_name", rf"(?<![\w'\u2019-])(?P<v>(?:{_NAME}[ \t]+(?:(?:and|of|on|upon|under|&)[ \t]+"
         rf"(?=(?-i:[A-Z])))?){{1,4}}"
         rf"(?:(?-i:{_HEADS})|(?-i:{_LOWER_HEADS}))"
         rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME}(?:[ \t]+{_NAME}){{0,2}})?)(?![\w-])",
         "A capitalised name ending in a venue head noun, the head capitalised ('Dunmere Priory', 'the Albion "
         "Buildings', 'Fenton School of Dance') or an everyday head in lower case ('Minton site', 'Hartshill Park "
         "bandstand', 'Hollins Wood training ground').",
         ("reconstruct Dunmere Priory digitally", "+ the Albion Buildings", "Location: Fenton School of Dance",
          "the former Minton site on", "for Hartshill Park bandstand", "at the club's Hollins Wood training ground",
          "it's Ashcombe Hall gardens!"),
         ("at the church", "a Polish club", "our studio space", "the bandstand", "The theatre", "Some car parks",
          "the Trust sites")),
    Rule("the_name", rf"\b(?:at|in|outside|inside)\s+(?P<v>the\s+(?-i:[A-Z][a-z][\w'\u2019-]*)(?:\s+{_NAME}){{0,2}})"
         rf"(?:\s+(?-i:{_LOWER_HEADS}|pub|bar|club|cafe|restaurant))?(?![\w'\u2019-])",
         "'the <Name>' after a place word in a sentence that films there ('a promo at the Kestrel pub', 'at the "
         "Hotel Ravensdale'): a venue known by its name alone.",
         ("a promo at the Kestrel pub", "filming at the Hotel Ravensdale", "live in the Roundhouse"),
         ("at the moment", "in the morning", "at the weekend")),
    Rule("venue_modifier", r"\s+(?:(?-i:[A-Z][\w'-]*)\s+){0,2}"
         r"(?!(?:and|or|in|at|of|on|for|with|to|is|was|were|are|the|a|an|by|from)\b)"
         r"(?-i:[a-z]{3,})\b",
         "After a venue named as a topic, a noun it qualifies ('a doc about the Regent panto'): the film is about "
         "something that happens there, so it is filmed there.", (" panto", " Theatre panto"), (" and", " in 1900")),
    Rule("venue_talk", r"\b(?:tip|tips|advice|info|information|heads[\s-]up|question|news)\s+about\s+(?:the\s+)?$",
         "'thanks for the tip about the ': a venue the writer talks about as somewhere to film, not a subject.",
         ("thanks for the tip about the ", "any info about "), ("a history film about the ",)),
])
