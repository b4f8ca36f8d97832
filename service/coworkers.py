"""Who a profile has worked with, from shared credits: the "worked with" of a profile page.

The links are the engine's one co-credit graph (``matcher.partners.network``, read through
``Engine.co_credits``): the same title (folded: case, accents, quotes, dashes, punctuation) and
the same year is one production; another year is another production (a second series, a
remake), and a credit without a year links no one. Investors are no part of it (their credits
are deals, not shoots). The graph follows the change log, so a credit added shows at once.

What a caller is shown follows ``service.visibility``: a staff-only profile is never listed
below staff, and a freelancer whose name the caller may not see is listed by what they do
("Freelance gaffer"). A production is written as the page's own profile credits it
("The Bottle Kiln Job (2024)").
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.engine import Engine
from matcher.partners.network import production_key
from models.profile import Profile
from service.roles import Role
from service.visibility import PERSONAL_KINDS, identities, label_for

__all__ = ["CoWorker", "CreditTable"]

MAX_LISTED = 50


@dataclass(frozen=True)
class CoWorker:
    id: str
    kind: str
    name: str
    productions: tuple[str, ...]  # "The Bottle Kiln Job (2024)"


class CreditTable:
    """The profile page's view of the co-credit graph, as each role may see it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def worked_with(self, profile: Profile, role: Role) -> list[CoWorker]:
        """Profiles sharing a production with ``profile``, most shared first, as ``role`` may see them."""
        graph = self.engine.co_credits()
        links = graph.collaborators(profile.id)
        found = identities(self.engine.index, [link.id for link in links])
        own = {key: credit.title for credit in profile.credits
               if (key := production_key(credit.title, credit.year)) is not None}
        listed = []
        for link in links:
            person = found.get(link.id)
            if person is None or not role.finds(person.visibility) or not role.finds_kind(person.kind):
                continue
            shown = person.kind not in PERSONAL_KINDS or role.names(person.visibility)
            name = person.name if shown else label_for(person.kind, person.first_role)
            productions = tuple(f"{own.get(key) or graph.title(key)} ({key[1]})" for key in link.keys)
            listed.append(CoWorker(link.id, person.kind, name, productions))
        listed.sort(key=lambda c: (-len(c.productions), c.name.casefold(), c.id))
        return listed[:MAX_LISTED]
