"""Derive the shipped gazetteer from the reference postcode-district table.

    python matcher/data/geo/build.py \
        --reference /work/shared/reference/uk_postcode_districts.csv \
        --words /usr/share/dict/british-english-small

Writes, beside this file:
  districts.csv  one row per geographic district: district, lat, lon, county, post_town, region
  places.json    name index: every town, area, post town and authority named in the table,
                 clustered and given one coordinate each (see ``_cluster_places``), plus the
                 word lists that ``matcher.geo.Gazetteer.find`` needs to avoid false positives.

``--words`` is SCOWL's size-35 British list (Debian package ``wbritish-small``), used only to
flag place names that are also everyday English words. The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

# The one lookup key and the one haversine are the product's: the shipped index must be keyed
# exactly as matcher.geo reads it. (Run as a script, the checkout is not on the path by itself.)
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from matcher.geo import haversine_km
from matcher.geo import place_key as key

HERE = Path(__file__).resolve().parent
# A district row, cleaned from districts.csv; a place as places.json stores it:
# [name, lat, lon, kind, district, rank, population].
District = dict[str, Any]
PlaceRow = list[Any]
LINK_KM = 30.0  # districts naming the same place closer than this are one place

# How strongly a district claims a name, strongest first: it names it first among its areas,
# it is its post town, it names it among other areas, it is its authority.
FIRST_AREA, POST_TOWN, OTHER_AREA, AUTHORITY = 0, 1, 2, 3
KIND_BY_TIER = {FIRST_AREA: "town", POST_TOWN: "town", OTHER_AREA: "area", AUTHORITY: "county"}
# Rank shipped with each place for telling same-named places apart: the two town claims tie, so
# population decides between Richmond (North Yorkshire, first area) and Richmond (London, post town).
RANK = {FIRST_AREA: 0, POST_TOWN: 0, OTHER_AREA: 1, AUTHORITY: 2}

# Labels that are notes, directions or bulk-mail users (not places a person would name).
JUNK_AREAS = {
    "non geographic", "british forces", "city centre", "town centre", "large user and po box",
    "department for work and pensions", "north", "south", "east", "west", "central",
    "benefits agency", "boots the chemists", "british gas", "scottish gas", "bulk users",
    "first direct", "morgan stanley processing centre", "north west securities bank", "po boxes",
    "post office boxes", "special business reply service",
}

# Places the table lacks or gets wrong for this cluster's home patch.
COMPOSITES = {
    # The post town "Stoke-on-Trent" runs from Biddulph to Cheadle; the city is the six towns.
    "Stoke-on-Trent": ("town", ["ST1", "ST2", "ST3", "ST4", "ST6"]),
    "The Potteries": ("area", ["ST1", "ST2", "ST3", "ST4", "ST6"]),
    # The district council's three towns: Leek, Cheadle, Biddulph.
    "Staffordshire Moorlands": ("county", ["ST13", "ST10", "ST8"]),
    # The table names Burton only among DE14's areas; the town spans DE14 and DE15.
    "Burton upon Trent": ("town", ["DE14", "DE15"]),
}
# Places near the cluster that film briefs name but the table does not (villages, landmarks,
# Stoke neighbourhoods), placed by hand at their centres: (kind, lat, lon, district).
LANDMARKS = {
    "Rocester": ("town", 52.951, -1.835, "ST14"),
    "Alton": ("town", 52.980, -1.893, "ST10"),
    "Alton Towers": ("area", 52.987, -1.886, "ST10"),
    "Trentham": ("area", 52.966, -2.195, "ST4"),
    "Etruria": ("area", 53.028, -2.197, "ST1"),
    "Penkhull": ("area", 53.000, -2.193, "ST4"),
    "Longport": ("area", 53.050, -2.215, "ST6"),
    "Middleport": ("area", 53.047, -2.208, "ST6"),
    "Audley": ("area", 53.051, -2.303, "ST7"),
    "Shugborough": ("area", 52.800, -2.013, "ST17"),
    "Ilam": ("area", 53.058, -1.805, "DE6"),
    "Dovedale": ("area", 53.062, -1.779, "DE6"),
    "The Roaches": ("area", 53.163, -2.005, "ST13"),
    "Rudyard": ("area", 53.132, -2.078, "ST13"),
    "Cannock Chase": ("area", 52.755, -1.975, "WS12"),
}
ALIASES = {
    "Burton": "Burton upon Trent",
    "Burton-on-Trent": "Burton upon Trent",
    "Stoke-upon-Trent": "Stoke",
    "Staffs": "Staffordshire",
    "Potteries": "The Potteries",
}

# Place names that read as something else in a brief, beyond what SCOWL-35 catches: everyday
# words, places better known abroad or on screen, and surnames of small places.
ALWAYS_RISKY = {
    "Diss", "Ware", "Sale", "Hope", "Deal", "Wells", "Street", "Bath", "Reading", "Stone", "March",
    "Over", "Park", "Airport", "Wick", "Vale", "Grange", "Minster", "Rectory", "Hermitage",
    "Riverside", "Waterside", "Uplands", "Larches", "Lode", "Cote", "Dyke", "Lea", "Lees", "Castor",
    "Foxhole", "Buckskin", "Blackthorn", "Hawthorn", "Signet", "Timberland", "Cheddar", "Canton",
    "Paisley", "Busby", "Singleton", "Davenport", "Hamilton", "Eden", "Waterloo", "Jersey",
    "Nelson", "Churchill", "Shelley", "Simpson", "Mitchell", "Morley", "Perry", "Pitt", "Moore",
    "Ramsey", "Sheldon", "Shaw", "Montgomery", "Evelyn", "Constantine", "Booker", "Bradshaw",
    "Barlow", "Clayton", "Walton", "Morton", "Hurley", "Hayes", "Buckley", "Mortimer", "Pickering",
    "Harrington", "Pennington", "Stanton", "Whitfield", "Radcliffe", "Langley", "Compton",
    "Calvert", "Caldwell", "Grafton", "Bentley", "Holloway", "Barnes", "Huntington", "Milton",
    "Hilton", "Holland", "Eastwood", "Underwood", "Lockwood", "Ripley", "Carlton", "Ogden", "Odell",
    "Torrance", "Haynes", "Heywood", "Hurst", "Hutton", "Horton", "Eaton", "Thornton", "Whitley",
    "Upton", "Norton", "Merton", "Newton", "Weston", "Hampton", "Dalton", "Elton", "Alston",
    "Alton", "Arnold", "Ellington", "Eddington", "Hartford", "Milford", "Gresham", "Kenton",
    "Heston", "Hinton", "Linton", "Kingston", "Penn", "Shelton", "Crosby", "Denny", "Holt",
    "Brampton", "Appleton", "Bancroft", "Abram", "Antony", "Angus", "Brandon",
}
# Cluster towns whose everyday sense ("a leek", "stoke the fire") never comes capitalised in a brief.
NEVER_RISKY = {"Leek", "Stoke", "Staffs", "Potteries", "The Potteries", "Mow Cop"}

# Better known abroad or on screen: even "in New York" is not the Lincolnshire hamlet, so like a
# month these count only with a county after them.
ABROAD = ["Hollywood", "New York", "California", "Melbourne", "Houston", "Alexandria", "Bethesda",
          "Normandy", "Gotham", "Broadway", "Chinatown", "Springfield", "Britannia", "Maryland",
          "Montpelier", "Patna", "Moira", "Washington"]
STREET_WORDS = {"road", "street", "lane", "avenue", "drive", "way", "close", "crescent", "terrace"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Common UK given names (ONS baby-name lists, older and newer): a place with one of these names
# needs a place context, and a place right after one is read as a surname ("Tim Burton").
FIRST_NAMES = """
Aaron Abigail Adam Adrian Aidan Alan Albert Alex Alexander Alexandra Alfie Alice Alison Amanda Amber
Amelia Amy Andrew Angela Ann Anna Anne Anthony Archie Arthur Ashley Ava Barbara Barry Beatrice Ben
Benjamin Bernard Beth Bethany Beverley Bill Billy Bob Bradley Brenda Brian Bruce Callum Cameron Carl
Carol Caroline Catherine Charles Charlie Charlotte Chelsea Chloe Chris Christine Christopher Claire
Clare Clifford Clive Colin Connor Craig Daisy Dale Daniel Danny Darren Dave David Dawn Dean Debbie
Deborah Denise Dennis Derek Diane Dominic Donna Dorothy Douglas Duncan Dylan Eddie Edward Eileen
Eleanor Elizabeth Ella Ellie Elliot Emily Emma Eric Erin Ethan Eve Evie Finley Fiona Florence
Frances Francis Frank Freddie Frederick Freya Gail Gareth Gary Gavin Gemma Geoff Geoffrey George
Georgia Gerald Gillian Glen Gordon Grace Graham Gregory Hannah Harley Harold Harriet Harrison Harry
Harvey Hayden Hayley Heather Helen Henry Holly Howard Hugh Ian Imogen Isaac Isabel Isabella Isla
Jack Jackie Jacob Jade James Jamie Jane Janet Jason Jayden Jean Jennifer Jenny Jeremy Jessica Jill
Joan Joanne Joe Joel John Jonathan Jordan Joseph Joshua Joyce Judith Julia Julian Julie June Justin
Karen Kate Katie Kayleigh Keith Kelly Kenneth Kevin Kieran Kimberley Kirsty Laura Lauren Layla Leah
Lee Leo Leon Leonard Lesley Leslie Lewis Lily Linda Lindsay Lisa Logan Louis Louise Lucy Luke Lynn
Mabel Maisie Malcolm Mandy Margaret Maria Marie Mark Martin Mary Mason Matilda Matthew Maureen Max
Maya Megan Melanie Melissa Mia Michael Michelle Mike Millie Mohammed Molly Morgan Muhammad Nancy
Natalie Nathan Neil Nicholas Nicola Nigel Noah Norman Oliver Olivia Oscar Owen Pamela Patricia
Patrick Paul Pauline Peter Philip Phoebe Poppy Rachel Raymond Rebecca Reece Richard Riley Rita
Robert Robin Roger Ronald Rosie Ross Roy Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra
Sara Sarah Scarlett Scott Sean Sharon Sheila Shirley Simon Sophia Sophie Stacey Stanley Stephanie
Stephen Steve Steven Stuart Susan Suzanne Sylvia Tanya Teresa Terry Theo Thomas Timothy Tim Toby
Tom Tommy Tony Tracey Tracy Trevor Tyler Valerie Vanessa Victoria Vincent Wayne Wendy William
Willow Yvonne Zara Zoe
""".split()
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"]

# Ceremonial and historic county names (and their usual abbreviations) that follow a town in
# an address ("March, Cambridgeshire") but are not authorities in the table.
COUNTY_REGIONS = {
    "West Midlands": ["Staffordshire", "Staffs", "Shropshire", "Shrops", "Warwickshire", "Warks",
                      "Worcestershire", "Worcs", "Herefordshire", "West Midlands", "Midlands"],
    "East Midlands": ["Derbyshire", "Derbys", "Nottinghamshire", "Notts", "Leicestershire", "Leics",
                      "Lincolnshire", "Lincs", "Northamptonshire", "Northants", "Rutland"],
    "North West": ["Cheshire", "Lancashire", "Lancs", "Merseyside", "Greater Manchester", "Cumbria"],
    "North East": ["Tyne and Wear", "Co Durham", "Northumberland"],
    "Yorkshire and The Humber": ["Yorkshire", "Yorks", "West Yorkshire", "South Yorkshire",
                                 "North Yorkshire", "East Yorkshire", "Humberside"],
    "East of England": ["Cambridgeshire", "Cambs", "Norfolk", "Suffolk", "Essex", "Hertfordshire",
                        "Herts", "Bedfordshire", "Beds"],
    "South East": ["Kent", "Surrey", "Sussex", "East Sussex", "West Sussex", "Hampshire", "Hants",
                   "Berkshire", "Berks", "Buckinghamshire", "Bucks", "Oxfordshire", "Oxon",
                   "Isle of Wight"],
    "South West": ["Cornwall", "Devon", "Dorset", "Somerset", "Wiltshire", "Wilts",
                   "Gloucestershire", "Glos", "Avon"],
    "London": ["Greater London", "Middlesex"],
    "Wales": ["Wales", "Gwent", "Glamorgan", "South Glamorgan", "Mid Glamorgan", "West Glamorgan",
              "Dyfed", "Clwyd", "Gwynedd", "Powys", "Anglesey", "Pembrokeshire", "Carmarthenshire"],
    "Scotland": ["Scotland", "Lanarkshire", "Ayrshire", "Lothian", "Fife", "Perthshire", "Argyll",
                 "Highlands"],
    "Northern Ireland": ["Northern Ireland", "Co Antrim", "County Antrim", "Co Down", "County Down",
                         "Co Armagh", "Co Tyrone", "Co Fermanagh", "Co Londonderry"],
}
NATIONS = {"England": None, "UK": None, "United Kingdom": None, "Great Britain": None, "Britain": None}


def clean_area(raw: str) -> list[str]:
    """Area labels as published carry notes ("Cambridge (West)", "Leeds city centre")."""
    s = raw.strip().rstrip(".").strip()
    if (")" in s and "(" not in s) or s.lower().startswith("including") or re.search(r"\d", s):
        return []
    s = re.sub(r"\s*\(.*$", "", s)
    s = re.sub(r"(?i)\s+(city|town) centre$", "", s)
    s = s.split(":")[-1].strip()
    names = [p.strip() for p in s.split("/")]
    return [n for n in names if n and n[0].isupper() and key(n) not in JUNK_AREAS]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(haversine_km(a[0], a[1], b[0], b[1]))


def read_districts(path: Path) -> list[District]:
    rows = []
    with path.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["lat"] or not r["lon"]:
                continue  # 19 non-geographic districts (PO boxes, BFPO) have no centroid
            rows.append({
                "district": r["district"].strip().upper(),
                "lat": float(r["lat"]), "lon": float(r["lon"]),
                "areas": r["areas"], "county": r["county_or_authority"].strip(),
                "post_town": r["post_town"].strip(), "region": r["uk_region"].strip(),
                "population": float(r["population"]) if r["population"] else None,
            })
    return rows


def name_claims(rows: list[District]) -> dict[str, list[tuple[str, int, str]]]:
    """key -> [(district, tier, spelling)], non-geographic districts excluded."""
    claims: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for r in rows:
        if key(r["areas"]) in JUNK_AREAS:
            continue
        areas = [n for raw in r["areas"].split(",") for n in clean_area(raw)]
        for i, name in enumerate(areas):
            claims[key(name)].append((r["district"], FIRST_AREA if i == 0 else OTHER_AREA, name))
        for town in filter(None, (t.strip() for t in r["post_town"].split(","))):
            claims[key(town)].append((r["district"], POST_TOWN, town))
        if r["county"] and key(r["county"]) not in JUNK_AREAS:
            claims[key(r["county"])].append((r["district"], AUTHORITY, r["county"]))
    return claims


def _single_linkage(codes: list[str], by_code: dict[str, District]) -> list[list[str]]:
    groups: list[list[str]] = []
    for code in codes:
        pt = (by_code[code]["lat"], by_code[code]["lon"])
        near = [g for g in groups
                if any(km(pt, (by_code[c]["lat"], by_code[c]["lon"])) < LINK_KM for c in g)]
        merged = [code] + [c for g in near for c in g]
        groups = [g for g in groups if g not in near] + [merged]
    return groups


def make_place(name: str, kind: str, rank: int, codes: list[str], by_code: dict[str, District],
               rank_codes: list[str] | None = None) -> PlaceRow:
    """[name, lat, lon, kind, district, rank, population]: population-weighted centroid."""
    known = [by_code[c]["population"] for c in codes if by_code[c]["population"]]
    fallback = statistics.median(known) if known else 1.0  # unknown population counts as typical
    w = [by_code[c]["population"] or fallback for c in codes]
    lat = sum(wi * by_code[c]["lat"] for wi, c in zip(w, codes, strict=True)) / sum(w)
    lon = sum(wi * by_code[c]["lon"] for wi, c in zip(w, codes, strict=True)) / sum(w)
    nearest = min(codes, key=lambda c: km((lat, lon), (by_code[c]["lat"], by_code[c]["lon"])))
    pop = sum(by_code[c]["population"] or 0 for c in set(rank_codes or codes))
    return [name, round(lat, 5), round(lon, 5), kind, nearest, rank, int(pop)]


def _cluster_places(claims: dict[str, list[tuple[str, int, str]]],
                    by_code: dict[str, District]) -> dict[str, list[PlaceRow]]:
    """One place per cluster of districts naming it, at the population-weighted centroid of the
    districts with the strongest claim: those naming it in their areas when one names it first,
    else its post-town districts, else those naming it among other areas, else its authority."""
    places: dict[str, list[PlaceRow]] = {}
    for k, cl in sorted(claims.items()):
        best_tier: dict[str, tuple[int, str]] = {}
        for code, tier, spelling in cl:
            if code not in best_tier or tier < best_tier[code][0]:
                best_tier[code] = (tier, spelling)
        out = []
        for group in _single_linkage(sorted(best_tier), by_code):
            # Districts without population are PO-box, bulk-user or retired codes whose centroids
            # say little about the town ("Edinburgh" is EH91's only area): use them last.
            pool = [c for c in group if by_code[c]["population"]] or group
            # A town's own districts name it first or as their post town; a neighbour that lists
            # it among other areas (NP26 "Caldicot, Magor, Newport") only counts failing those.
            tiers = {best_tier[c][0] for c in pool}
            band = ((FIRST_AREA, OTHER_AREA) if FIRST_AREA in tiers else
                    (POST_TOWN,) if POST_TOWN in tiers else (min(tiers),))
            codes = sorted(c for c in pool if best_tier[c][0] in band)
            spelling = min((best_tier[c][0], best_tier[c][1]) for c in codes)[1]
            claim = min(best_tier[c][0] for c in group)  # but they still say what the place is
            out.append(make_place(spelling, KIND_BY_TIER[claim], RANK[claim], codes, by_code, group))
        places[k] = sorted(out, key=lambda p: (p[5], -p[6], p[0]))
    return places


def add_curated(places: dict[str, list[PlaceRow]], by_code: dict[str, District]) -> None:
    for name, (kind, codes) in COMPOSITES.items():
        places[key(name)] = [make_place(name, kind, RANK[FIRST_AREA], codes, by_code)]
    for name, (kind, lat, lon, code) in LANDMARKS.items():
        # Kept beside any same-named place elsewhere: the preferred region decides between them.
        population = int(by_code[code]["population"] or 0)
        places.setdefault(key(name), []).append([name, lat, lon, kind, code, RANK[FIRST_AREA], population])
    for alias, target in ALIASES.items():
        theirs = places[key(target)]
        own = [p for p in places.get(key(alias), [])
               if all(km((p[1], p[2]), (t[1], t[2])) >= LINK_KM for t in theirs)]
        places[key(alias)] = theirs + own


def risky_keys(places: dict[str, list[PlaceRow]], words: set[str]) -> list[str]:
    """Names that read as everyday words or given names: they need a place context in text."""
    given = {key(n) for n in FIRST_NAMES}
    never = {key(n) for n in NEVER_RISKY}
    out = set()
    for k in places:
        if k in never:
            continue
        if all(w in words for w in k.split()) or k in given:
            out.add(k)
    out |= {key(n) for n in ALWAYS_RISKY if key(n) in places}
    out |= {k for k in places if k.rsplit(" ", 1)[-1] in STREET_WORDS}  # a "Chester Road" in every town
    return sorted(out)


def context_regions(rows: list[District], places: dict[str, list[PlaceRow]],
                    risky: list[str]) -> dict[str, str | None]:
    """Names that qualify a town after a comma ("March, Cambridgeshire") -> their region.
    Authorities that are also towns ("Lichfield") are left out: after a comma they start a list."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r["county"] and r["region"]:
            votes[r["county"]][r["region"]] += 1
    towns = {k for k, cands in places.items() if any(c[5] < RANK[AUTHORITY] for c in cands)}
    skip = set(risky) | towns
    out: dict[str, str | None] = {c: max(v, key=v.__getitem__) for c, v in votes.items()}
    out.update({r["region"]: r["region"] for r in rows if r["region"]})
    out.update(NATIONS)
    out = {c: reg for c, reg in out.items() if key(c) not in skip}
    for region, names in COUNTY_REGIONS.items():
        out.update({n: region for n in names})
    return dict(sorted(out.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path,
                    default=Path("/work/shared/reference/uk_postcode_districts.csv"))
    ap.add_argument("--words", type=Path, default=Path("/usr/share/dict/british-english-small"))
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()

    rows = read_districts(args.reference)
    by_code = {r["district"]: r for r in rows}
    with (args.out / "districts.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["district", "lat", "lon", "county", "post_town", "region"])
        for r in rows:
            w.writerow([r["district"], r["lat"], r["lon"], r["county"], r["post_town"], r["region"]])

    places = _cluster_places(name_claims(rows), by_code)
    add_curated(places, by_code)
    words = {key(w) for w in args.words.read_text(encoding="utf-8").split() if not w.endswith("'s")}
    risky = risky_keys(places, words)
    data = {
        "places": places,
        "aliases": sorted(ALIASES),
        "risky": risky,
        "needs_county": sorted(key(m) for m in MONTHS + ABROAD),
        "context": context_regions(rows, places, risky),
        "given_names": sorted(set(FIRST_NAMES) | set(TITLES)),
    }
    with (args.out / "places.json").open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{len(rows)} districts, {len(places)} place names, {len(data['risky'])} risky")


if __name__ == "__main__":
    main()
