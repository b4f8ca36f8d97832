"""The demo's Companies House snapshot: a small generated register for the demo area.

``python -m matcher.demo.companies_house`` writes ``matcher/data/demo/companies_house-2026-11-01.csv``
in the published "basic company data" layout, from a fixed seed, so ``make run`` shows a
sector map out of the box. Every company in it is fictional and numbered in the 99xxxxxx
block Companies House has not issued:

* the demo cluster's own companies (``cluster.jsonl``), with the number, SIC codes and year
  of incorporation their profiles state: the import merges into those profiles;
* screen companies with no profile yet (the crew sheet says "invite them"), across the area;
* the cases the import's rules exist for: likely single-purpose vehicles (named for one of the
  demo's invented productions, three at one address, young micro single-code companies),
  dormant companies, proposals to strike off, music companies (kept with --include-music),
  companies in liquidation, screen companies outside the area, and businesses of other trades.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections.abc import Iterator
from pathlib import Path

from matcher.companies_house.area import DEFAULT_DISTRICTS, outward_code
from matcher.companies_house.sic import describe
from matcher.companies_house.writer import write_snapshot
from matcher.demo import DEMO_PATH
from matcher.geo import DATA_DIR as GEO_DIR

__all__ = ["DEMO_REGISTER_PATH", "demo_register_rows", "write_demo_register"]

DEMO_REGISTER_PATH = DEMO_PATH.parent / "companies_house-2026-11-01.csv"
_PRODUCTIONS = Path(__file__).resolve().parent / "data" / "productions.json"
SEED = 15
# Where the area's screen companies cluster, as in the demo (Stoke-on-Trent and Newcastle first).
_WEIGHTED = {"ST1": 9, "ST4": 8, "ST6": 6, "ST5": 6, "ST3": 3, "ST2": 2, "ST13": 5, "ST16": 4, "ST17": 3, "ST15": 2,
             "ST14": 2, "WS13": 3, "WS14": 2, "DE14": 3, "DE13": 1, "B79": 2, "B77": 1, "WS11": 2, "WS12": 1,
             "WS15": 1, "ST7": 2, "ST8": 1, "ST10": 1, "ST11": 1, "ST19": 1, "WS7": 1, "ST21": 1}
_OUTSIDE = ("M1", "M4", "B3", "B5", "DE1", "CW1", "SK11", "WV1", "NG1", "LS1")
_FIRST = ("KILN", "SAGGAR", "MARL", "FLINT", "TRENT", "CHURNET", "ROACHES", "MOW", "BOTTLE", "SLIP", "GLAZE", "CLAY",
          "FORGE", "CANAL", "HANLEY", "BURSLEM", "MOORLAND", "NEEDWOOD", "CANNOCK", "SHRAFF", "OATCAKE", "PUG MILL",
          "SPODE", "SHELTON", "ETRURIA", "FENTON", "LONGTON", "TUNSTALL", "CHATTERLEY", "WEDGWOOD LANE")
_SECOND = ("PICTURES", "FILMS", "MEDIA", "STUDIOS", "PRODUCTIONS", "MOTION", "POST", "DIGITAL", "ANIMATION",
           "INTERACTIVE", "GAMES", "VISUALS", "CREATIVE", "FRAMES", "LIGHT", "SOUND")
_STREETS = ("HIGH STREET", "MARKET STREET", "CHURCH STREET", "STATION ROAD", "BROAD STREET", "KING STREET",
            "QUEEN STREET", "PICCADILLY", "BETHESDA STREET", "PARLIAMENT ROW", "CLOUGH STREET", "TRINITY STREET")
_OTHER_TRADES = (("BUILDERS", "41202"), ("PLUMBING", "43220"), ("CATERING", "56210"), ("ACCOUNTANCY", "69201"),
                 ("CERAMICS", "23410"), ("LOGISTICS", "49410"), ("SOFTWARE", "62012"), ("CONSULTING", "70229"),
                 ("PROPERTIES", "68209"), ("CARE", "87300"))
_SCREEN = ("59111", "59112", "59113", "59120", "58210", "62011", "59112", "59111", "59120")


def _post_towns() -> dict[str, str]:
    with (GEO_DIR / "districts.csv").open(encoding="utf-8", newline="") as handle:
        return {r["district"]: (r["post_town"] or r["county"]).upper() for r in csv.DictReader(handle)}


def demo_register_rows(seed: int = SEED) -> Iterator[dict[str, str]]:
    """The demo register's rows, in a fixed order for a fixed seed."""
    rnd = random.Random(seed)
    towns = _post_towns()
    used: set[str] = set()

    def number() -> str:
        while True:
            candidate = f"99{rnd.randint(800_000, 999_999):06d}"
            if candidate not in used:
                used.add(candidate)
                return candidate

    def row(num: str, name: str, district: str, codes: list[str], *, incorporated: str, status: str = "Active",
            accounts: str = "MICRO ENTITY", line1: str | None = None, postcode: str | None = None,
            previous: str | None = None) -> dict[str, str]:
        used.add(num)
        out = {"CompanyName": name, "CompanyNumber": num,
               "RegAddress.AddressLine1": line1 or f"{rnd.randint(1, 180)} {rnd.choice(_STREETS)}",
               "RegAddress.PostTown": towns.get(district, ""), "RegAddress.Country": "ENGLAND",
               "RegAddress.PostCode": postcode or f"{district} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                                                 f"{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}",
               "CompanyCategory": "Private Limited Company", "CompanyStatus": status,
               "CountryOfOrigin": "United Kingdom", "IncorporationDate": incorporated,
               "Accounts.AccountCategory": accounts,
               "URI": f"http://business.data.companieshouse.gov.uk/id/company/{num}"}
        for i, code in enumerate(codes[:4], start=1):
            out[f"SICCode.SicText_{i}"] = f"{code} - {describe(code)}"
        if previous:
            out["PreviousName_1.CONDATE"] = "01/06/2020"
            out["PreviousName_1.CompanyName"] = previous
        return out

    def date(year: int) -> str:
        return f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{year}"

    def name() -> str:
        while True:
            made = f"{rnd.choice(_FIRST)} {rnd.choice(_SECOND)} {rnd.choice(('LTD', 'LIMITED'))}"
            if made not in names:
                names.add(made)
                return made

    names: set[str] = set()
    weighted = [d for d, w in _WEIGHTED.items() for _ in range(w)]

    # 1. The demo cluster's companies, as their profiles state them.
    with DEMO_PATH.open(encoding="utf-8") as handle:
        cluster = [json.loads(line) for line in handle if line.strip()]
    for profile in cluster:
        company = profile.get("company") or {}
        if not company.get("number"):
            continue
        district = outward_code((profile.get("location") or {}).get("postcode") or "") or rnd.choice(weighted)
        registered = profile["name"].upper().replace("&", "AND")
        registered += "" if registered.endswith(("LTD", "LIMITED")) else rnd.choice((" LTD", " LIMITED"))
        names.add(registered)
        employees = company.get("employees") or 1
        accounts = "SMALL" if employees > 25 else "TOTAL EXEMPTION FULL" if employees > 8 else "MICRO ENTITY"
        yield row(company["number"], registered, district, company.get("sic_codes") or ["59112"],
                  incorporated=date(company.get("founded") or 2015), accounts=accounts)

    # 2. Screen companies with no profile yet.
    for _ in range(70):
        codes = [rnd.choice(_SCREEN)] + ([rnd.choice(_SCREEN)] if rnd.random() < 0.35 else [])
        yield row(number(), name(), rnd.choice(weighted), list(dict.fromkeys(codes)),
                  incorporated=date(rnd.choice(range(1998, 2026))),
                  accounts=rnd.choice(("MICRO ENTITY", "MICRO ENTITY", "TOTAL EXEMPTION FULL", "UNAUDITED ABRIDGED")))

    # 3. Likely single-purpose vehicles.
    with _PRODUCTIONS.open(encoding="utf-8") as handle:
        titles = [p[0] for p in json.load(handle)["productions"] if p[1] in ("feature", "tv")]
    for title in rnd.sample(titles, 5):
        yield row(number(), f"{title.upper()} FILM LIMITED", rnd.choice(weighted), ["59111"],
                  incorporated=date(rnd.choice((2023, 2024, 2025))), accounts="DORMANT")
    yard = "UNIT 7 CHATTERLEY WHITFIELD YARD"
    for title in rnd.sample(titles, 3):
        yield row(number(), f"{title.upper()} PRODUCTIONS LIMITED", "ST6", ["59111", "59113"],
                  incorporated=f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 9):02d}/2025", line1=yard, postcode="ST6 4JR")
    for _ in range(4):
        yield row(number(), name(), rnd.choice(weighted), ["59111"],
                  incorporated=f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 9):02d}/2026", accounts="NO ACCOUNTS FILED")

    # 4. Dormant, and proposals to strike off.
    for _ in range(5):
        yield row(number(), name(), rnd.choice(weighted), [rnd.choice(_SCREEN)], incorporated=date(2016),
                  accounts="DORMANT")
    for _ in range(3):
        yield row(number(), name(), rnd.choice(weighted), [rnd.choice(_SCREEN)], incorporated=date(2012),
                  status="Active - Proposal to Strike off")

    # 5. What the rules leave out: music, not active, outside the area, other trades.
    for _ in range(6):
        yield row(number(), f"{rnd.choice(_FIRST)} RECORDS LTD", rnd.choice(weighted), ["59200"],
                  incorporated=date(2014))
    for status in ("Liquidation", "In Administration", "Liquidation", "Voluntary Arrangement"):
        yield row(number(), name(), rnd.choice(weighted), [rnd.choice(_SCREEN)], incorporated=date(2010),
                  status=status)
    for _ in range(25):
        yield row(number(), name(), rnd.choice(_OUTSIDE), [rnd.choice(_SCREEN)], incorporated=date(2018))
    for _ in range(80):
        trade, code = rnd.choice(_OTHER_TRADES)
        district = rnd.choice(DEFAULT_DISTRICTS[:21])
        yield row(number(), f"{rnd.choice(_FIRST)} {trade} LTD", district, [code], incorporated=date(2005))


def write_demo_register(path: Path = DEMO_REGISTER_PATH, seed: int = SEED) -> int:
    return write_snapshot(path, demo_register_rows(seed))


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the demo's Companies House snapshot.")
    parser.add_argument("--out", type=Path, default=DEMO_REGISTER_PATH)
    args = parser.parse_args()
    print(f"wrote {write_demo_register(args.out)} companies to {args.out}")


if __name__ == "__main__":
    main()
