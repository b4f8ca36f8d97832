"""Offline UK geography: postcodes, districts, towns and counties to coordinates, and back out of text.

Data: matcher/data/geo, built by build.py from the ONS-derived postcode-district table, with venues and
villages (GeoNames, build_villages.py) near the cluster added by geo_venues (SOURCE.md).
A town covered by several districts is one place per 30 km cluster of the districts naming it, at
the population-weighted centroid of those naming it first among their areas, else of its post-town
districts, else of its authority's (Stoke-on-Trent: the city's ST1-ST4, ST6). Of distinct places
sharing a name ("Newcastle", "Stone") the one in `prefer_region` wins (default West Midlands, the
cluster's home), then a town over an area over an authority, then the more populous; a county
after the name ("Newport, Gwent") stands in for `prefer_region`.

find() errs towards silence. Postcodes are case-insensitive; a bare outward code must be upper
case, and one with a one-letter area ("M6" motorway, "S5" camera) also needs "postcode", brackets
(not M) or a place within 30 km just before it. A name must be capitalised as the gazetteer has
it. Names that are everyday words or given names ("Stone", "Sale", "Reading", "Ashley") need a
place context: "in/at/near/around/from/to/outside/towards/via/between" or a "Location:" field before, a list after
another place ("Leek, Stone and"), "-based" or a county after, or a shoot or event after ("the Stone
shoot", "Stone, 8am", "Stone Food & Drink Festival"); a compass-named region ("North West") also
after "in/across/around the". Months and names better known
abroad ("March", "New York") need a county after ("March, Cambridgeshire"). A name after a given
name or title is a surname ("Tim Burton"); one before "Road", "Street"... a street. A county after
a town ("Leek, Staffordshire") qualifies it and is no mention of its own.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["EARTH_RADIUS_KM", "Gazetteer", "Place", "PlaceMention", "haversine_km", "load_gazetteer", "parse_lat_lon",
           "place_key"]

DATA_DIR = Path(__file__).resolve().parent / "data" / "geo"
EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
DEFAULT_REGION = "West Midlands"

_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_POSTCODE = re.compile(rf"\b({_OUTWARD})(?:\s*([0-9][A-Z]{{2}}))?\b", re.I)
_WORD = re.compile(r"\b[^\W\d_][^\W_]*(?:'[^\W\d_]+)*\b")  # "bet365" is one word; "ST6" is no name
_BEFORE = re.compile(r"(?i)\b(?:in|at|near|nr|around|from|to|outside|towards|via|between)\s+$"
                     r"|(?i:\b(?:locations?|venues?|where))[ \t]*:[ \t]*(?:the\s+)?$")
# After an everyday-word name, what makes it the place: "the Stone shoot", "Stone, 8am", "Stone Food Festival".
# A compass-named region takes "the" after the place word: "shooting in the North West".
_THE_REGION = re.compile(r"(?i)\b(?:in|across|around|from|to|throughout|over)\s+the\s+$")
_AFTER = re.compile(r"\s+(?:shoot|filming|recce|job|location|unit\s+base)\b|,\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b"
                    r"|(?:\s+(?:[A-Z][\w'-]*|&|(?i:christmas|xmas|food|farmers'?|craft|makers'?|summer|winter)))"
                    r"{0,4}\s+(?:Festival|Carnival|Show|Market|(?i:festival|carnival|market))\b")
_VENUE_AT = re.compile(r"(?P<venue>[^,]{2,80}?)\s*(?:,|\s+in\s+|\s+near\s+|\s+at\s+)\s*(?P<town>[^,]{2,60})", re.I)
_LIST_GAP = re.compile(r"\s*(?:,|,? and|,? or|&|/|to|-|\u2013|\()\s*")
_QUALIFIER = re.compile(r"\s*[,(]\s*([A-Z][\w']*(?:[ -][\w']+){0,4})")
_CONNECTORS = {"on", "upon", "under", "in", "le", "la", "de", "by", "the", "of", "and", "y", "en",
               "super", "cum", "next", "with", "at", "sub"}
_STREETS = {"Road", "Rd", "Street", "Lane", "Avenue", "Drive", "Close", "Crescent", "Terrace", "Way",
            "Gardens", "Place", "Square", "Row", "Walk", "Parade"}
_BARE_CODE_STOP = {"CO2", "CR2", "CR3", "SL2", "SL3", "SR2", "SR3"}  # CO2, camera raw formats, Leica and ARRI bodies
_LAT_LON = re.compile(r"^\s*\(?\s*([-+]?\d+(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d+(?:\.\d+)?)\s*\)?\s*$")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    kind: str  # "postcode" | "district" | "town" | "village" | "area" | "county" | a venue kind
    district: str | None
    county: str | None
    region: str | None


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    surface: str


def place_key(name: str) -> str:
    """Lookup key: case, dots, apostrophe style, hyphens and spacing do not matter. The shipped
    index was keyed with it (``data/geo/build.py`` imports it)."""
    s = name.replace("\u2019", "'").replace(".", "").replace("&", " and ").replace("-", " ")
    return " ".join(s.lower().split())


def _surfaces(name: str) -> set[str]:  # ways a rightly capitalised name shows, one space between words
    words = name.replace("\u2019", "'").replace(".", "").replace("-", " ").split()
    low = [w.lower() if i and w.lower() in _CONNECTORS else w for i, w in enumerate(words)]
    title = [w[:1].upper() + w[1:] for w in words]
    return {" ".join(words), " ".join(low), " ".join(title)}


def _code_context(text: str, code: PlaceMention, names: list[PlaceMention]) -> bool:
    """Whether a bare one-letter-area code ("B5", "M4") is meant as a postcode: after "postcode",
    in brackets (not M: "(M6)" is the motorway), or just after a place within 30 km of it."""
    before = text[max(0, code.start - 12):code.start].lower().rstrip()
    if before.endswith("postcode") or (before.endswith("(") and not code.surface.startswith("M")):
        return True
    return any(text[n.end:code.start] in (" ", ", ", " (") and haversine_km(
        n.place.lat, n.place.lon, code.place.lat, code.place.lon) < 30 for n in names)


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """Great-circle distance in km; floats or broadcasting numpy arrays; NaN in gives NaN out."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlon = np.radians(np.subtract(lon2, lon1))
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    d = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return float(d) if np.ndim(d) == 0 else d


def parse_lat_lon(text: str) -> tuple[float, float]:
    """'53.106,-2.023' (also space- or semicolon-separated, or bracketed) -> (lat, lon)."""
    if not (m := _LAT_LON.match(text or "")):
        raise ValueError(f"expected 'lat,lon' in decimal degrees, e.g. '53.106,-2.023'; got {text!r}")
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"latitude must be within ±90 and longitude within ±180; got {text!r}")
    return lat, lon


@lru_cache(maxsize=1)
def _load_data(data_dir: str = str(DATA_DIR)) -> tuple[dict[str, dict[str, str]], dict[str, Any]]:
    with open(Path(data_dir) / "districts.csv", newline="", encoding="utf-8") as f:
        rows = {r["district"]: r for r in csv.DictReader(f)}
    with open(Path(data_dir) / "places.json", encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return rows, data


def _place(districts: dict[str, Place], c: list[Any]) -> Place:
    """c = [name, lat, lon, kind, district, rank, population]."""
    d = districts[c[4]]
    return Place(c[0], c[1], c[2], c[3], c[4], d.county, d.region)


# A place key's candidates as the data holds them: [name, lat, lon, kind, district, rank, population]
# lists (made into ``Place`` records when the key is first read), or a venue's or village's (place, rank, population).
_Raw = list[list[Any]] | list[tuple["Place", int, int]]
_Tables = tuple[dict[str, "Place"], dict[str, _Raw], set[str], set[str], set[str], dict[str, str], list[str]]


def _tables(data_dir: Path) -> _Tables:
    """Districts, candidates by place key, risky names, names needing a county, given names,
    context words and every spelling. For the shipped data, kept by content of its files and code
    (``matcher.data_cache``), since every cold command that reads a place pays for it; the 9,000
    keys' candidates become ``Place`` records only when read (``Gazetteer._candidates``): building
    them all cost a cold ``matcher search --near Leek`` ~50 ms of CPU for the one it asks for."""
    def build() -> _Tables:
        rows, data = _load_data(str(data_dir))
        districts = {code: Place(code, float(r["lat"]), float(r["lon"]), "district", code,
                                 r["county"] or None, r["region"] or None)
                     for code, r in rows.items()}
        places: dict[str, Any] = dict(data["places"])
        context = {place_key(n): region for n, region in data["context"].items()}
        names = [c[0] for cands in data["places"].values() for c in cands] + data["aliases"]
        risky = set(data["risky"])
        from matcher.geo_venues import add_regions, add_venues, add_villages

        names += add_venues(places, districts, data_dir) + add_villages(places, districts, data_dir, risky)
        names += add_regions(places, districts, risky)
        return (districts, places, risky, set(data["needs_county"]), set(data["given_names"]), context, names)

    if data_dir != DATA_DIR:
        return build()
    from matcher.data_cache import cached_build

    return cached_build("gazetteer-tables", _sources(), build)


def _sources() -> list[Path]:
    """The files the gazetteer's cached structures are built from (data and code)."""
    return [*(DATA_DIR / n for n in ("districts.csv", "places.json", "venues.json", "villages.json")),
            *(Path(__file__).with_name(n) for n in ("geo.py", "geo_venues.py"))]


class Gazetteer:
    """Resolves UK postcodes, districts, towns, areas and counties, and finds them in text."""

    def __init__(self, prefer_region: str | None = DEFAULT_REGION, data_dir: Path = DATA_DIR):
        self.prefer_region = prefer_region
        self._data_dir = data_dir
        (self._districts, self._raw, self._risky, self._needs_county, self._given, self._context,
         self._names) = _tables(data_dir)
        self._made: dict[str, list[tuple[Place, int, int]]] = {}

    def _candidates(self, key: str) -> list[tuple[Place, int, int]]:
        """The places a key may name, with their rank and population (none for an unknown key)."""
        if (made := self._made.get(key)) is None:
            raw = self._raw.get(key, [])
            made = self._made[key] = [c if isinstance(c, tuple) else (_place(self._districts, c), c[5], c[6])
                                      for c in raw]
        return made

    # How names show in running text: built on first use, since resolving one place (a cold
    # ``matcher search --near Leek``) needs neither; for the shipped data, built once per content
    # of its files and code (``matcher.data_cache``: ~20 ms to build, ~3 ms to load).
    @cached_property
    def _surface(self) -> dict[str, str]:
        return self._text_forms[0]

    @cached_property
    def _prefixes(self) -> set[str]:
        return self._text_forms[1]

    @cached_property
    def _text_forms(self) -> tuple[dict[str, str], set[str]]:
        def build() -> tuple[dict[str, str], set[str]]:
            surface = {s: place_key(s) for n in self._names for s in _surfaces(n) if place_key(s) in self._raw}
            return surface, {s.rsplit(" ", i)[0] for s in surface for i in range(s.count(" ") + 1)}

        if self._data_dir != DATA_DIR:
            return build()
        from matcher.data_cache import cached_build

        return cached_build("gazetteer-text-forms", _sources(), build)

    @property
    def given_names(self) -> set[str]:
        """Common UK given names: a place name after one is a surname ("Tim Burton")."""
        return self._given

    def is_everyday_word(self, name: str) -> bool:
        """A place name that is also an everyday word ("Stone", "Sale"), which text needs context to read as a place."""
        return place_key(name) in self._risky

    def district(self, code: str) -> Place | None:
        return self._districts.get("".join(code.split()).upper())

    def towns(self) -> list[str]:
        """Town and area names, one spelling each, for pickers and autocomplete."""
        return sorted({p.name for key in self._raw for p, _, _ in self._candidates(key)
                       if p.kind in ("town", "village", "area")})

    def resolve(self, text: str) -> Place | None:
        s = (text or "").strip()
        if m := _POSTCODE.fullmatch(s):  # a full postcode resolves through its district
            base = self.district(m.group(1))
            if base and m.group(2):
                return replace(base, name=f"{base.name} {m.group(2).upper()}", kind="postcode")
            return base
        head, _, tail = s.rpartition(",")
        if head and place_key(tail) in self._context:  # "Newport, Gwent": the county picks the Newport
            return self._choose(place_key(head), self._context[place_key(tail)] or self.prefer_region)
        return self._choose(place_key(s), self.prefer_region)

    def resolve_typed(self, text: str) -> Place | None:
        """A place typed into a locations field: a name ``resolve`` knows, else a venue written with its
        town ("Dalehall Mills, Burslem", "the Leopard in Burslem"), placed at that town under its own name."""
        if (place := self.resolve(text)) is not None:
            return place
        m = _VENUE_AT.fullmatch((text or "").strip())
        town = self.resolve(m.group("town")) if m else None
        if m is None or town is None or town.kind == "postcode":
            return None
        return replace(town, name=m.group("venue").strip(), kind="venue")

    def _choose(self, key: str, region: str | None) -> Place | None:
        # in `region` first, then rank (build.py: 0 town, 1 area, 2 authority), then population
        def order(c: tuple[Place, int, int]) -> tuple[bool, int, int]:
            return (region is not None and c[0].region != region, c[1], -c[2])
        return min(self._candidates(key), key=order, default=(None,))[0]

    def find(self, text: str) -> list[PlaceMention]:
        text_n = text.replace("\u2019", "'")  # same length, so spans carry over
        codes = self._find_postcodes(text_n, text)
        words = list(_WORD.finditer(text_n))  # none inside a postcode: its letters all touch digits
        names: list[PlaceMention] = []
        i = 0
        while i < len(words):
            place, end, resume = self._name_at(text_n, words, i, names[-1].end if names else None)
            if place is not None:
                names.append(PlaceMention(place, words[i].start(), end, text[words[i].start():end]))
            i += 1
            while i < len(words) and words[i].start() < resume:
                i += 1
        codes_ok = [c for c, needs_context in codes if not needs_context or _code_context(text_n, c, names)]
        return sorted(names + codes_ok, key=lambda m: m.start)

    def _find_postcodes(self, text_n: str, text: str) -> list[tuple[PlaceMention, bool]]:
        """Postcode mentions, each flagged when it still needs a context (one-letter bare codes)."""
        out = []
        for m in _POSTCODE.finditer(text_n):
            outward, inward = m.group(1), m.group(2)
            place = self.district(outward)
            if place is None or (not inward and (not outward.isupper() or outward in _BARE_CODE_STOP)):
                continue
            if inward:
                place = replace(place, name=f"{place.name} {inward.upper()}", kind="postcode")
            needs_context = not inward and outward[1].isdigit()
            out.append((PlaceMention(place, m.start(), m.end(), text[m.start():m.end()]), needs_context))
        return out

    def _name_at(self, text: str, words: list[re.Match[str]], i: int,
                 last_end: int | None) -> tuple[Place | None, int, int]:
        """Longest acceptable place name at words[i]: (place, end, resume_at); place is None when
        there is none, and resume_at then skips a rejected name whole ("New York" is not York)."""
        start, surface = words[i].start(), ""
        hits: list[tuple[str, int, int]] = []  # (place key, end, last word)
        for j in range(i, min(i + 8, len(words))):
            w = words[j].group()
            if j > i:
                gap = text[words[j - 1].end():words[j].start()]
                if gap not in (" ", "-") and not (gap == ". " and words[j - 1].group() == "St"):
                    break
            surface = f"{surface} {w}" if surface else w
            if surface in self._surface:
                hits.append((self._surface[surface], words[j].end(), j))
            elif w.endswith("'s") and surface[:-2] in self._surface and self._surface[surface[:-2]] not in self._risky:
                # possessive: "Leek's market"; an everyday or given name's is a person's ("Heather's flat")
                hits.append((self._surface[surface[:-2]], words[j].end() - 2, j))
            if surface not in self._prefixes:
                break
        skip = (None, start, hits[-1][1] if hits else start)  # no place: its end is not read
        if not hits or (i and text[words[i - 1].end():start] == " " and words[i - 1].group() in self._given):
            return skip  # "Tim Burton", "Mr Stafford": a surname
        for key, end, j in reversed(hits):
            nxt = words[j + 1].group() if j + 1 < len(words) else ""
            if nxt in _STREETS and text[end:words[j + 1].start()] == " ":
                continue
            region, resume = self._qualifier(text, end)
            qualified = resume > end
            if key in self._needs_county and not qualified:
                continue
            if key in self._risky and not (qualified or text.startswith("-based", end) or _AFTER.match(text, end)
                                           or self._in_context(text, start, last_end)
                                           or (_THE_REGION.search(text, max(0, start - 28), start)
                                               and self._candidates(key)[0][0].kind == "region")):
                continue
            return self._choose(key, region or self.prefer_region), end, resume
        return skip

    @staticmethod
    def _in_context(text: str, start: int, last_end: int | None) -> bool:
        listed = last_end is not None and _LIST_GAP.fullmatch(text, last_end, start) is not None
        return listed or _BEFORE.search(text, max(0, start - 24), start) is not None

    def _qualifier(self, text: str, end: int) -> tuple[str | None, int]:
        """A county or region after a name: (its region, where it ends), else (None, end)."""
        m = _QUALIFIER.match(text, end)
        if m is None:
            return None, end
        parts = list(re.finditer(r"[\w']+", m.group(1)))
        for n in range(len(parts), 0, -1):
            k = place_key(m.group(1)[:parts[n - 1].end()])
            if k in self._context:
                return self._context[k], m.start(1) + parts[n - 1].end()
        return None, end


@lru_cache(maxsize=8)
def load_gazetteer(prefer_region: str | None = DEFAULT_REGION) -> Gazetteer:
    return Gazetteer(prefer_region)
