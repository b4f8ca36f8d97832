"""The region beside the cluster: film and video workplaces in the West Midlands, by year.

From the BFI's counts of film and video workplaces by region (ONS Inter-Departmental Business
Register; ``matcher/data/sector/SOURCE.md``). Workplaces are not companies, so the page shows
the region's trend next to the register's count, never one as a share of the other.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["REGION", "regional_context"]

DATA = Path(__file__).resolve().parent.parent / "data" / "sector" / "film_workplaces_by_region_2014_2023.csv"
REGION = "E12000005 : West Midlands"
SOURCE = ("BFI Research and Statistics Unit, from the ONS Inter-Departmental Business Register "
          "(Open Government Licence v3.0)")


@lru_cache(maxsize=1)
def regional_context() -> dict[str, Any]:
    """Workplaces by year in the West Midlands and the UK: all film and video (SIC 591) and by code."""
    years: dict[int, dict[str, Any]] = {}
    with DATA.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Type"] != "Count" or not row[REGION].strip():
                continue
            year = int(row["Year"])
            entry = years.setdefault(year, {"year": year, "by_sic": {}})
            region, uk = int(float(row[REGION])), int(float(row["UK"])) if row["UK"].strip() else None
            code = row["Sector"].split(" : ")[0].strip()
            if code == "Total":
                entry["region"], entry["uk"] = region, uk
            else:
                entry["by_sic"][code] = region
    return {"region": "West Midlands", "source": SOURCE, "measure": "film and video workplaces (local units)",
            "years": [years[y] for y in sorted(years) if "region" in years[y]]}
