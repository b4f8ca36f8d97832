"""The cluster's area: Stoke-on-Trent and Staffordshire, as postcode districts (the one list).

A company is in the area when the postcode of its registered office falls in one of these
districts. Postcode districts do not follow council boundaries, so the list is a choice,
made from the postcode reference table (``matcher/data/geo/SOURCE.md``): every district whose
county or authority there is Stoke-on-Trent, Staffordshire or one of Staffordshire's eight
district councils, plus WV8 (Codsall and Bilbrook, seat of South Staffordshire Council,
which the table files under Wolverhampton).

| districts | where |
|---|---|
| ST1-ST4, ST6 | Stoke-on-Trent: Hanley, Bucknall, Longton, Stoke and Fenton, Tunstall and Burslem |
| ST5, ST7, ST55 | Newcastle-under-Lyme, Kidsgrove and Talke; ST55 is Newcastle's PO boxes |
| ST8-ST11, ST13 | Staffordshire Moorlands: Biddulph, Endon, Cheadle, Cheddleton, Leek |
| ST12, ST15-ST21 | Stafford borough: Barlaston, Stone, Stafford, Penkridge, Eccleshall |
| ST14, DE13-DE15 | East Staffordshire: Uttoxeter, Burton upon Trent |
| WS7, WS13, WS14 | Lichfield: Burntwood, Lichfield |
| B77-B79 | Tamworth |
| WS11, WS12, WS15 | Cannock Chase: Cannock, Hednesford, Rugeley |
| WS6, WV5, WV8, DY7 | South Staffordshire: Cheslyn Hay, Wombourne, Codsall, Kinver |

Left out, though parts of them are in the county, because most of each lies outside it:
CW3 (Madeley and Betley, but mostly Cheshire East), TF9 (Loggerheads; Market Drayton),
SK17 (Longnor; Buxton), DE6 (Mayfield; Ashbourne), DE12, DE65, WV7, WV9-WV11, WS8, WS9.
``--area default,CW3`` adds one back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.errors import InvalidInput

__all__ = ["DEFAULT_DISTRICTS", "Area", "outward_code"]

DEFAULT_DISTRICTS: tuple[str, ...] = (
    "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "ST9", "ST10", "ST11", "ST12", "ST13",
    "ST14", "ST15", "ST16", "ST17", "ST18", "ST19", "ST20", "ST21", "ST55",
    "DE13", "DE14", "DE15", "B77", "B78", "B79",
    "WS6", "WS7", "WS11", "WS12", "WS13", "WS14", "WS15", "WV5", "WV8", "DY7",
)

_AREA = re.compile(r"^[A-Z]{1,2}$")  # a postcode area: ST, WS, B
_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")  # a postcode district: ST4, DE13, EC1A
_OUTWARD = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)\s*[0-9][A-Z]{2}$")


def outward_code(postcode: str) -> str | None:
    """The district of a postcode: 'st4 7qb' -> 'ST4'; 'ST47QB' -> 'ST4'; a bare 'ST4' stays."""
    text = " ".join(postcode.upper().split())
    if match := _OUTWARD.match(text):
        return match.group(1)
    return text if _DISTRICT.match(text) else None


@dataclass(frozen=True)
class Area:
    """Postcode districts and whole postcode areas; ``everywhere`` for no area rule at all."""

    districts: frozenset[str] = frozenset(DEFAULT_DISTRICTS)
    areas: frozenset[str] = frozenset()
    everywhere: bool = False

    @classmethod
    def parse(cls, text: str | None) -> Area:
        """``None`` is the default area; else comma-separated districts (ST4, DE13), areas (ST,
        WS), ``default`` (the list above) or ``all`` (no area rule): ``--area default,CW3``."""
        if text is None or not text.strip():
            return cls()
        districts: set[str] = set()
        areas: set[str] = set()
        for token in (t.strip().upper() for t in text.split(",")):
            if not token:
                continue
            if token == "ALL":
                return cls(frozenset(), frozenset(), everywhere=True)
            if token == "DEFAULT":
                districts.update(DEFAULT_DISTRICTS)
            elif _AREA.match(token):
                areas.add(token)
            elif _DISTRICT.match(token):
                districts.add(token)
            else:
                raise InvalidInput(f"--area: {token!r} is not a postcode area (ST), district (ST4), "
                                   "'default' or 'all'")
        return cls(frozenset(districts), frozenset(areas))

    def contains(self, district: str | None) -> bool:
        if self.everywhere:
            return True
        if district is None:
            return False
        return district in self.districts or _postcode_area(district) in self.areas

    def describe(self) -> str:
        if self.everywhere:
            return "all of the UK"
        if self.districts == frozenset(DEFAULT_DISTRICTS) and not self.areas:
            return "Stoke-on-Trent and Staffordshire"
        return ", ".join(sorted(self.areas) + sorted(self.districts, key=_district_order))

    def as_option(self) -> str:
        """The same area as an ``--area`` value (recorded with each import)."""
        if self.everywhere:
            return "all"
        return ",".join(sorted(self.areas) + sorted(self.districts, key=_district_order))


def _postcode_area(district: str) -> str:
    """'ST4' -> 'ST'; 'B77' -> 'B'."""
    return district[:2] if district[1:2].isalpha() else district[:1]


def _district_order(district: str) -> tuple[str, int, str]:
    match = re.match(r"([A-Z]+)(\d+)(.*)", district)
    return (match.group(1), int(match.group(2)), match.group(3)) if match else (district, 0, "")
