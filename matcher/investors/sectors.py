"""Sectors as investors name them, and which of them a company is in.

Investors write "games", "XR", "stop-motion", "post house", "creative tech"; companies list
sectors ("games", "post-production") and describe what they do in their roles and headline. Both
are read into one vocabulary of canonical sectors (``SECTORS``: each with the words people use).

- A sub-sector word ("stop-motion", "grading", "VR") names its sector; the word itself is kept
  as what the investor said, so text relevance still prefers a stop-motion studio.
- Umbrella words ("creative tech", "screen", "media") stand for several sectors (``UMBRELLAS``).
- ``ADJACENT`` pairs are sectors close enough that a company in one is a partial fit for an
  investor asking for the other (animation and VFX; film and drama), never a full one.
- A company's sectors are *stated* when they come from its own words (its ``sectors``, roles and
  headline) and *inferred* when only its register SIC codes say so ("to verify").
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.profile import Profile

__all__ = ["ADJACENT", "SECTORS", "UMBRELLAS", "adjacent", "company_sectors", "find_sectors"]

# canonical sector -> words that name it (lower case; matched as whole words)
SECTORS: dict[str, tuple[str, ...]] = {
    "games": ("games", "game", "video games", "video game", "gaming", "game studio", "games studio",
              "game developer", "games developer", "indie games", "mobile games", "console games"),
    "animation": ("animation", "animated", "animators", "stop-motion", "stop motion", "puppet animation",
                  "2d animation", "3d animation", "cg animation", "children's animation", "kids' animation"),
    "vfx": ("vfx", "visual effects", "compositing", "cgi"),
    "immersive": ("immersive", "xr", "vr", "ar", "virtual reality", "augmented reality", "mixed reality",
                  "extended reality", "360 video", "interactive installations"),
    "virtual production": ("virtual production", "led volume", "led wall", "in-camera vfx", "icvfx"),
    "post-production": ("post-production", "post production", "post house", "post-house", "post",
                        "grading", "colour grading", "color grading", "colourist", "edit suite", "offline edit",
                        "online edit", "editing"),
    "sound": ("sound", "audio", "sound design", "sound studio", "sound post", "dubbing", "mixing", "foley",
              "audio post"),
    "music": ("music", "music video", "music videos", "composer", "composition", "recording studio"),
    "film": ("film", "films", "feature film", "feature films", "features", "independent film", "cinema"),
    "drama": ("drama", "scripted", "tv drama", "period drama"),
    "documentary": ("documentary", "documentaries", "factual", "factual tv", "docs", "observational"),
    "tv": ("tv", "television", "broadcast", "tv production", "returning series"),
    "corporate": ("corporate", "corporate video", "corporate production", "brand films", "training films",
                  "recruitment films", "business video"),
    "commercials": ("commercials", "advertising", "adverts", "ads", "branded content"),
    "events": ("events", "event filming", "live events", "live streaming", "conferences"),
    "esports": ("esports", "e-sports"),
    "training": ("training", "skills", "education", "academy", "courses", "work experience",
                 "apprenticeships"),
    "studios": ("studio space", "sound stage", "sound stages", "studio hire", "film studios"),
    "equipment hire": ("equipment hire", "kit hire", "camera hire", "lighting hire", "grip hire", "rental",
                       "rentals", "hire company", "equipment rental"),
    "aerial": ("aerial", "aerial filming", "drone", "drones", "drone filming"),
    "creative technology": ("creative technology", "creative-tech", "creative tech", "digital content"),
    "screen": ("screen", "screen sector", "screen industries", "screen companies", "screen businesses"),
}
# Canonical names that are too common a word to read on their own ("animation studios").
NOT_READ_ALONE = frozenset({"studios"})

# Words that stand for several sectors at once.
UMBRELLAS: dict[str, tuple[str, ...]] = {
    "creative technology": ("games", "immersive", "virtual production", "vfx", "animation"),
    "screen": ("film", "tv", "drama", "documentary", "animation", "vfx", "post-production", "games",
               "commercials", "corporate"),
}

# Close enough for a partial fit, both ways.
ADJACENT: tuple[tuple[str, str], ...] = (
    ("animation", "vfx"), ("animation", "games"), ("games", "immersive"), ("immersive", "virtual production"),
    ("vfx", "virtual production"), ("vfx", "post-production"), ("post-production", "sound"),
    ("film", "drama"), ("film", "documentary"), ("tv", "drama"), ("tv", "documentary"),
    ("corporate", "commercials"), ("events", "corporate"), ("music", "sound"), ("esports", "games"),
    ("studios", "virtual production"), ("equipment hire", "studios"),
)

# SIC codes (the register's, "to verify") to sectors.
SIC_SECTORS: dict[str, tuple[str, ...]] = {
    "59111": ("film", "tv"), "59112": ("corporate", "tv"), "59113": ("film", "tv"), "59120": ("post-production",),
    "59200": ("music", "sound"), "62011": ("games",), "58210": ("games",), "59140": ("film",),
    "77390": ("equipment hire",), "85590": ("training",), "90030": ("animation",),
}


@lru_cache(maxsize=1)
def _word_table() -> tuple[re.Pattern[str], dict[str, str]]:
    owner: dict[str, str] = {}
    for sector, words in SECTORS.items():
        for word in (() if sector in NOT_READ_ALONE else (sector,)) + words:
            owner.setdefault(word, sector)
    alternatives = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)",
                         re.IGNORECASE)
    return pattern, owner


def find_sectors(text: str) -> list[tuple[str, str]]:
    """(canonical sector, the words used) for every sector word in ``text``, in order, each once."""
    pattern, owner = _word_table()
    found: dict[str, str] = {}
    for match in pattern.finditer(text or ""):
        found.setdefault(owner[match.group(1).lower()], match.group(1))
    return list(found.items())


def canonical(name: str) -> str:
    """The canonical sector for a name given directly ("VFX", "post production"); unknown names stay."""
    _, owner = _word_table()
    return owner.get(name.strip().lower(), name.strip().lower())


def expand(sectors: list[str]) -> frozenset[str]:
    """Sectors with umbrellas opened up ("creative technology" also means games, immersive, ...)."""
    return _expand(tuple(sectors))


@lru_cache(maxsize=4096)
def _expand(sectors: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for sector in sectors:
        name = canonical(sector)
        out.add(name)
        out.update(UMBRELLAS.get(name, ()))
    return frozenset(out)


@lru_cache(maxsize=256)
def adjacent(sector: str) -> frozenset[str]:
    return frozenset({b for a, b in ADJACENT if a == sector} | {a for a, b in ADJACENT if b == sector})


@lru_cache(maxsize=65536)
def _stated(own_words: str, listed: tuple[str, ...]) -> frozenset[str]:
    """Sectors in a company's own words; cached, as a profile's words change far less often than
    they are read (every interest reads the same candidates)."""
    found = {sector for sector, _ in find_sectors(own_words)}
    return frozenset(found | {canonical(s) for s in listed})  # a sector the vocabulary lacks is still one


def company_sectors(profile: Profile) -> tuple[set[str], bool]:
    """The company's sectors and whether they are stated (its own words) or inferred from its SIC
    codes (False: to verify). Empty when neither says anything."""
    stated = set(_stated(" ; ".join([*profile.sectors, *profile.roles, profile.headline or ""]),
                         tuple(profile.sectors)))
    if stated:
        return stated, True
    codes = list(profile.company.sic_codes) if profile.company else []
    return {s for code in codes for s in SIC_SECTORS.get(code, ())}, False
