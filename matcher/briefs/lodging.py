"""A place for the crew to stay, asked for: crew accommodation.

Visiting productions ask the film office where to sleep as often as whom to hire: "a hotel near
the station for five of us", "somewhere we can stay", "a cheap Airbnb nearby", "rooms for 30 crew".
A lodging word asked for is the crew-accommodation service, not a filming location, unless the
words around it say it is where the shoot is, part of a name, or already provided ("filming in a
hotel", "the Grand Hotel", "a hotel lobby", "accommodation provided"): ``NEEDS.lodging``,
``NEEDS.lodging_filmed``. Whether it is asked for at all (not said to be covered, not who is
asking) is decided with every other need (``needs``).
"""

from __future__ import annotations

from collections.abc import Iterator

from matcher.briefs.rules.needs import NEEDS
from matcher.taxonomy import Role, Taxonomy

__all__ = ["stays_asked_for"]

STAY_SERVICE = "crew-accommodation"
STAY_CONFIDENCE = 0.9


def stays_asked_for(text: str, taxonomy: Taxonomy) -> Iterator[tuple[Role, int, int, str]]:
    """(crew accommodation, start, end, words) for each lodging word that is not where the shoot is."""
    role = taxonomy.roles.get(STAY_SERVICE)
    if role is None:
        return
    for m in NEEDS.lodging.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if NEEDS.lodging_filmed.search(before) or NEEDS.lodging_filmed.match(text[m.end():m.end() + 30]):
            continue
        yield role, m.start(), m.end(), m.group()
