"""Where the shoot is in a brief written in another language: the places it names, read by name.

The parser reads needs in English (and Welsh crew words, ``welsh``), but a place's name is the same in any
language: "Grabamos un videoclip en Alton Towers", "Kręcimy ... w Hanley i w kościele w Tunstall", "Ydy hi'n
bosib ffilmio yn Shugborough?". So a brief in another language still says where: every place the gazetteer
finds, and a venue named head noun first ("Amgueddfa Gladstone", ``OTHER_LANGUAGES.venue_first``) placed at
the town its sentence names, else at the cluster. Not shoot places: a name after that language's "from"
("una productora de Madrid"), or before romanised Punjabi or Urdu "from" ("Wolverhampton ton haan"), in a
sentence with a past time ("gyda'r ffilmio yn Leek wythnos diwethaf": last week), and anything after a
sign-off in that language ("Diolch, Elin, Cwmni Tonnau, Caernarfon"). Each place found is noted, so the
film office checks it: no other word of the brief was read.
"""

from __future__ import annotations

from matcher.briefs.rules.other_languages import OTHER_LANGUAGES
from matcher.geo import Gazetteer, Place
from models.brief import BriefPlace

__all__ = ["other_language_places"]


def _sentence(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    end = min((i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0), default=len(text))
    return text[start:end]


def other_language_places(text: str, gazetteer: Gazetteer, cluster: Place | None,
                          language: str) -> tuple[list[BriefPlace], list[str]]:
    """Shoot places named in a brief written in ``language`` (its English name), in text order, and notes.

    Args:
        text: the brief as written.
        gazetteer: the places known by name.
        cluster: where a venue no named town places is put (the cluster's centre).
        language: the brief's language, for the note ("Welsh").
    Returns:
        The places read (no repeats) and one note per place saying it was read by its name only.
    """
    sign_off = OTHER_LANGUAGES.sign_off.search(text)
    body = text[:sign_off.start()] if sign_off and text[:sign_off.start()].strip() else text
    mentions = [m for m in gazetteer.find(body)
                if not OTHER_LANGUAGES.from_before.search(body, max(0, m.start - 12), m.start)
                and not OTHER_LANGUAGES.from_after.match(body, m.end)
                and not OTHER_LANGUAGES.past.search(_sentence(body, m.start))]
    found: list[tuple[int, str, Place, str]] = [(m.start, m.place.name, m.place, "") for m in mentions]
    for venue in OTHER_LANGUAGES.venue_first.finditer(body):
        if OTHER_LANGUAGES.from_before.search(body, max(0, venue.start() - 12), venue.start()) \
                or OTHER_LANGUAGES.past.search(_sentence(body, venue.start())):
            continue
        sentence_end = min((i for i in (body.find(c, venue.end()) for c in ".!?\n") if i >= 0), default=len(body))
        inside = [f for f in found if venue.start() <= f[0] < venue.end()]  # "Castell Tamworth": the castle
        found = [f for f in found if f not in inside]
        town = next((m.place for m in mentions if venue.end() <= m.start < sentence_end
                     or (m.end <= venue.start() and "\n" not in body[m.end:venue.start()])),
                    inside[0][2] if inside else cluster)
        if town is not None:
            found.append((venue.start(), venue.group("venue"), town, venue.group("venue")))
    places: list[BriefPlace] = []
    notes: list[str] = []
    for _, name, place, written in sorted(found, key=lambda f: f[0]):
        if any(p.name == name for p in places):
            continue
        places.append(BriefPlace(name=name, lat=place.lat, lon=place.lon))
        where = f" (placed at {place.name})" if written else ""
        notes.append(f"{name}{where} read by its name from a brief in {language}: check it is where the shoot is.")
    return places, notes
