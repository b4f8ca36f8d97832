"""SIC 2007 codes: which count as the screen sector, their official descriptions, and sectors.

The cluster strategy maps the screen sector by SIC code: division 59 (film, video and
television production, post-production, distribution and projection) and the two games
codes, 58210 (publishing of computer games) and 62011 (ready-made interactive leisure and
entertainment software development). 59200 (sound recording and music publishing) is left
out unless asked for: the strategy excluded music publishing. Descriptions come from
Companies House's condensed SIC 2007 list (``matcher/data/companies_house/sic2007.csv``);
Companies House files SIC codes as ``"59111 - Motion picture production activities"``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from models.profile import SicCode

__all__ = [
    "MUSIC_CODE",
    "ROLE_OF",
    "SCREEN_CODES",
    "SECTOR_OF",
    "describe",
    "parse_sic_text",
    "roles_for",
    "sectors_for",
    "sic_descriptions",
]

DATA = Path(__file__).resolve().parent.parent / "data" / "companies_house" / "sic2007.csv"

SCREEN_CODES: frozenset[str] = frozenset({
    "59111", "59112", "59113", "59120", "59131", "59132", "59133", "59140",  # film, video, TV
    "58210", "62011",  # games
})
MUSIC_CODE = "59200"

# What each screen code says of a company's sectors, in the words profiles use for sectors.
SECTOR_OF: dict[str, str] = {
    "59111": "film", "59112": "video", "59113": "tv", "59120": "post-production",
    "59131": "distribution", "59132": "distribution", "59133": "distribution", "59140": "exhibition",
    "58210": "games", "62011": "games", MUSIC_CODE: "music",
}

# What each screen code says a company *is*, as a taxonomy role id, so that a company known only
# from the register is found by a brief that asks for "a post-production house" the way a member
# who wrote that role is. Distribution has no role a production hires; exhibition is not a
# screening room for hire, so neither is given one.
ROLE_OF: dict[str, str] = {
    "59111": "production-company", "59112": "production-company", "59113": "production-company",
    "59120": "post-production-house", "58210": "games-studio", "62011": "games-studio",
    MUSIC_CODE: "recording-studio",
}


@lru_cache(maxsize=1)
def sic_descriptions() -> dict[str, str]:
    """Code -> official description, for all 731 codes of the condensed list."""
    with DATA.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["description"] for row in csv.DictReader(handle)}


def describe(code: str, fallback: str = "") -> str:
    """The official description of ``code``; ``fallback`` (the snapshot's text) when unlisted."""
    return sic_descriptions().get(code) or fallback or code


def parse_sic_text(text: str) -> SicCode | None:
    """``"59111 - Motion picture production activities"`` -> SicCode; None for an empty cell
    or "None Supplied". A bare code ("59111") works too."""
    text = text.strip()
    code, _, rest = text.partition(" - ")
    code = code.strip()
    if len(code) != 5 or not code.isdigit():
        return None
    return SicCode(code=code, description=describe(code, rest.strip()))


def sectors_for(codes: list[str]) -> list[str]:
    """Sector words for the screen codes among ``codes``, in order, without repeats."""
    return list(dict.fromkeys(SECTOR_OF[code] for code in codes if code in SECTOR_OF))


def roles_for(codes: list[str]) -> list[str]:
    """Taxonomy role ids for the screen codes among ``codes``, in order, without repeats."""
    return list(dict.fromkeys(ROLE_OF[code] for code in codes if code in ROLE_OF))
