"""The Companies House import's speed against pandas reading the same file in chunks, and its memory.

A snapshot of ``rows`` companies in the published layout is generated in a temporary folder
(never kept): a national mix, so about one row in a hundred is registered in the area and one
in two hundred has a screen SIC code, with ~500 bytes a row as in the real file (about 2.5 GB
for its five million rows). The floor is what the import cannot beat by much: pandas reading
and splitting the same CSV in chunks of 100,000 rows, every column as text
(``pd.read_csv(dtype=str, chunksize=...)``), doing nothing with the rows. The import is the
real one (rules, flags, merge, batches committed into a fresh SQLite database), without
encoding the few companies kept (the index follows the change log afterwards). The two are
interleaved over ``rounds`` rounds and the best of each is compared: ratio = import rows/s
over pandas rows/s, target >= 0.5. Peak memory of the import (its own process) is measured on
the whole file and on a fifth of it: streaming means the two are about the same.

Run alone: ``python -m evaluation.bench_companies_house --rows 1000000``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from evaluation.bench_timing import machine, rss_mb, timed
from matcher.companies_house import DEFAULT_DISTRICTS, ImportOptions, import_register
from matcher.companies_house.sic import MUSIC_CODE, SCREEN_CODES, sic_descriptions
from matcher.companies_house.writer import write_snapshot
from matcher.geo import DATA_DIR as GEO_DIR
from matcher.store import Store

__all__ = ["TARGET", "generate_national", "measure_register_import"]

TARGET = 0.5
CHUNK_ROWS = 100_000
_STATUSES = (("Active", 0.93), ("Active - Proposal to Strike off", 0.04), ("Liquidation", 0.015),
             ("In Administration", 0.005), ("Voluntary Arrangement", 0.005), ("Live but Receiver Manager on at "
                                                                               "least one charge", 0.005))
_ACCOUNTS = (("MICRO ENTITY", 0.38), ("TOTAL EXEMPTION FULL", 0.2), ("NO ACCOUNTS FILED", 0.14),
             ("DORMANT", 0.1), ("UNAUDITED ABRIDGED", 0.08), ("SMALL", 0.03), ("FULL", 0.03),
             ("TOTAL EXEMPTION SMALL", 0.02), ("GROUP", 0.01), ("AUDIT EXEMPTION SUBSIDIARY", 0.01))
_CATEGORIES = (("Private Limited Company", 0.9), ("PRI/LBG/NSC (Private, Limited by guarantee, no share capital, "
                                                   "use of 'Limited' exemption)", 0.04),
               ("Limited Liability Partnership", 0.03), ("Community Interest Company", 0.02),
               ("Public Limited Company", 0.01))
_WORDS = ("KILN", "TRENT", "POTTERY", "NORTHERN", "BRIGHT", "OAK", "RIVER", "STONE", "NEW", "GREEN", "SILVER",
          "CROWN", "VALLEY", "BRIDGE", "SUMMIT", "HARBOUR", "MEADOW", "FOUNDRY", "BEACON", "LANTERN", "ORBIT",
          "PRIME", "UNITED", "ALPHA", "NOVA", "CASTLE", "HILL", "PARK", "MILL", "FORGE")
_TRADES = ("SERVICES", "HOLDINGS", "CONSULTING", "PROPERTIES", "TRADING", "SOLUTIONS", "GROUP", "MEDIA",
           "PRODUCTIONS", "STUDIOS", "FILMS", "DESIGN", "LOGISTICS", "BUILDERS", "CARE", "TECHNOLOGY")


def generate_national(path: Path, rows: int, seed: int = 15) -> int:
    """A snapshot of ``rows`` fictional companies with a national mix; returns rows written."""
    return write_snapshot(path, _national_rows(rows, random.Random(seed)))


def _national_rows(rows: int, rnd: random.Random) -> Iterator[dict[str, str]]:
    with (GEO_DIR / "districts.csv").open(encoding="utf-8", newline="") as handle:
        districts = [(r["district"], r["post_town"] or r["county"]) for r in csv.DictReader(handle)]
    towns = dict(districts)
    area = [d for d in DEFAULT_DISTRICTS if d in towns]
    codes = sorted(sic_descriptions())
    screen = sorted(SCREEN_CODES | {MUSIC_CODE})
    statuses, status_weights = zip(*_STATUSES, strict=True)
    accounts, account_weights = zip(*_ACCOUNTS, strict=True)
    categories, category_weights = zip(*_CATEGORIES, strict=True)
    describe = sic_descriptions()
    for i in range(rows):
        number = f"{10_000_000 + i:08d}"
        district = rnd.choice(area) if rnd.random() < 0.01 else rnd.choice(districts)[0]
        picked = [rnd.choice(codes) for _ in range(rnd.choice((1, 1, 1, 2, 2, 3, 4)))]
        if rnd.random() < 0.005:
            picked[0] = rnd.choice(screen)
        day, month, year = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1950, 2026)
        row = {
            "CompanyName": f"{rnd.choice(_WORDS)} {rnd.choice(_WORDS)} {rnd.choice(_TRADES)} "
                           f"{rnd.choice(('LIMITED', 'LTD'))}",
            "CompanyNumber": number,
            "RegAddress.AddressLine1": f"{rnd.randint(1, 300)} {rnd.choice(_WORDS).title()} "
                                       f"{rnd.choice(('Road', 'Street', 'Lane', 'Avenue', 'Business Park'))}",
            "RegAddress.AddressLine2": rnd.choice(("", "", "Unit 4", "First Floor", "Suite 2")),
            "RegAddress.PostTown": (towns.get(district) or "").upper(),
            "RegAddress.Country": "ENGLAND",
            "RegAddress.PostCode": f"{district} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                                   f"{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}",
            "CompanyCategory": rnd.choices(categories, category_weights)[0],
            "CompanyStatus": rnd.choices(statuses, status_weights)[0],
            "CountryOfOrigin": "United Kingdom",
            "IncorporationDate": f"{day:02d}/{month:02d}/{year}",
            "Accounts.AccountRefDay": str(day), "Accounts.AccountRefMonth": str(month),
            "Accounts.NextDueDate": f"{day:02d}/{month:02d}/2027",
            "Accounts.LastMadeUpDate": f"{day:02d}/{month:02d}/2025",
            "Accounts.AccountCategory": rnd.choices(accounts, account_weights)[0],
            "Returns.NextDueDate": f"{day:02d}/{month:02d}/2017",
            "Returns.LastMadeUpDate": f"{day:02d}/{month:02d}/2016",
            "Mortgages.NumMortCharges": "0", "Mortgages.NumMortOutstanding": "0",
            "Mortgages.NumMortPartSatisfied": "0", "Mortgages.NumMortSatisfied": "0",
            "LimitedPartnerships.NumGenPartners": "0", "LimitedPartnerships.NumLimPartners": "0",
            "URI": f"http://business.data.companieshouse.gov.uk/id/company/{number}",
            "ConfStmtNextDueDate": f"{day:02d}/{month:02d}/2027",
            "ConfStmtLastMadeUpDate": f"{day:02d}/{month:02d}/2026",
        }
        for n, code in enumerate(dict.fromkeys(picked), start=1):
            row[f"SICCode.SicText_{n}"] = f"{code} - {describe[code]}"
        if rnd.random() < 0.1:
            row["PreviousName_1.CONDATE"] = f"{day:02d}/{month:02d}/{min(year + 3, 2026)}"
            row["PreviousName_1.CompanyName"] = f"{rnd.choice(_WORDS)} {rnd.choice(_TRADES)} LIMITED"
        yield row


def pandas_floor(path: Path) -> int:
    """Read and split the whole CSV with pandas in chunks, every column as text; rows read."""
    import pandas as pd

    rows = 0
    for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=CHUNK_ROWS):
        rows += len(chunk)
    return rows


def import_into_fresh_store(path: Path, folder: Path, tag: str) -> dict[str, int]:
    store = Store(f"sqlite:///{folder / f'bench-{tag}.db'}")
    try:
        return import_register(store, path, ImportOptions()).as_json()
    finally:
        store.engine.dispose()


def measure_register_import(rows: int, rounds: int = 2, say: Callable[[str], None] = print) -> dict:
    """Generate, then time pandas vs the import (interleaved, best of ``rounds``), then memory."""
    with tempfile.TemporaryDirectory(prefix="matcher-bench-ch-") as tmp:
        folder = Path(tmp)
        path = folder / "BasicCompanyDataAsOneFile-2026-09-01.csv"
        say(f"Generating a {rows:,}-row Companies House snapshot in the published layout…")
        generate_national(path, rows)
        pandas_s: list[float] = []
        import_s: list[float] = []
        summary: dict[str, int] = {}
        for round_number in range(rounds):
            order = ("pandas", "import") if round_number % 2 == 0 else ("import", "pandas")
            for name in order:
                if name == "pandas":
                    seconds, read = timed(lambda: pandas_floor(path))
                    assert read == rows, (read, rows)
                    pandas_s.append(seconds)
                else:
                    seconds, summary = timed(lambda n=round_number: import_into_fresh_store(path, folder, str(n)))
                    import_s.append(seconds)
        say("Peak memory of the import on the whole file and on a fifth of it (separate processes)…")
        fifth = folder / "BasicCompanyDataAsOneFile-2026-08-01.csv"
        generate_national(fifth, max(1, rows // 5))
        whole, part = _child_peak_rss(path, folder / "mem-whole.db"), _child_peak_rss(fifth, folder / "mem-fifth.db")
        memory = {"whole_file_mb": whole and whole["peak_rss_mb"], "fifth_of_file_mb": part and part["peak_rss_mb"],
                  "whole_file_growth_mb": whole and whole["growth_mb"],
                  "fifth_of_file_growth_mb": part and part["growth_mb"]}
        best_pandas, best_import = min(pandas_s), min(import_s)
        ratio = round(best_pandas / best_import, 2)
        return {
            "rows": rows, "file_mb": round(path.stat().st_size / 1e6, 1), "rounds": rounds,
            "pandas_s": [round(s, 2) for s in pandas_s], "import_s": [round(s, 2) for s in import_s],
            "pandas_rows_per_s": round(rows / best_pandas), "import_rows_per_s": round(rows / best_import),
            "ratio": ratio, "target": TARGET, "met": ratio >= TARGET, "summary": summary,
            "peak_rss_mb": memory,
        }


def _child_peak_rss(path: Path, database: Path) -> dict[str, float] | None:
    """The import alone in a fresh process: its peak RSS, and how far above the RSS it had
    with everything loaded, before the first row (what the rows cost)."""
    command = [sys.executable, "-m", "evaluation.bench_companies_house", "--child", str(path), str(database)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _child(path: Path, database: Path) -> None:
    store = Store(f"sqlite:///{database}")
    store.count()  # connect: everything but the rows is in memory now
    before = rss_mb()
    import_register(store, path, ImportOptions())
    peak = rss_mb(peak=True)
    print(json.dumps({"peak_rss_mb": round(peak, 1), "growth_mb": round(peak - before, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs=2, metavar=("FILE", "DATABASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), Path(args.child[1]))
        return
    started = machine()
    result = measure_register_import(args.rows, args.rounds, say=lambda s: print(s, file=sys.stderr))
    result["machine"] = {**started, "load_average_1m_end": machine()["load_average_1m"]}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
