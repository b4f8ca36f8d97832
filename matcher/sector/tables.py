"""The sector map and the gap report as CSV, for the film office's spreadsheets.

One long table per report (``table``, then the row's own columns), so a single download holds
every count; the sector map's company list is a file of its own. Cells a spreadsheet would
run as a formula are defused with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from typing import Any

__all__ = ["gaps_csv", "sector_companies_csv", "sector_counts_csv"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _render(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return "\ufeff" + out.getvalue()  # the BOM tells spreadsheet programs it is UTF-8


def sector_counts_csv(report: dict[str, Any]) -> str:
    """table, key, label, companies (and with_profile, for districts; the growth columns for years)."""
    rows: list[list[Any]] = []
    for name, value in report["totals"].items():
        rows.append(["totals", name, "", value, "", "", "", ""])
    for r in report["by_sic"]:
        rows.append(["sic", r["code"], r["description"], r["companies"], "", "", "", ""])
    for r in report["by_town"]:
        rows.append(["town", r["town"], "", r["companies"], "", "", "", ""])
    for r in report["by_district"]:
        rows.append(["district", r["district"], "", r["companies"], r["with_profile"], "", "", ""])
    for r in report["by_year"]:
        rows.append(["incorporation year", r["year"], "", r["companies"], "", "", "", ""])
    for r in report["by_accounts"]:
        rows.append(["accounts category", r["category"], "", r["companies"], "", "", "", ""])
    for r in report["growth"]:
        rows.append(["growth", r["year"], "", r["active"], "", r["incorporated"], r["ended"], r["active"]])
    header = ["table", "key", "label", "companies", "with_profile", "incorporated", "ended", "active"]
    return _render(header, rows)


def sector_companies_csv(report: dict[str, Any]) -> str:
    header = ["number", "name", "town", "district", "sic_codes", "sic_descriptions", "incorporated",
              "accounts_category", "status", "flags", "flag_reasons", "left", "full_profile", "profile_id"]
    rows = [[c["number"], c["name"], c["town"], c["district"], "; ".join(s["code"] for s in c["sic"]),
             "; ".join(s["description"] for s in c["sic"]), c["incorporated"], c["accounts_category"], c["status"],
             "; ".join(dict.fromkeys(f["flag"] for f in c["flags"])), "; ".join(f["reason"] for f in c["flags"]),
             c["left"]["reason"] if c["left"] else "", "yes" if c["full_profile"] else "no", c["profile_id"]]
            for c in report["companies"]]
    return _render(header, rows)


def gaps_csv(report: dict[str, Any]) -> str:
    """table, key, label, kind, requested, filled, missing, briefs; then the lost briefs."""
    rows: list[list[Any]] = []
    for r in report["by_department"]:
        rows.append(["department", r["department"], r["label"], r["kind"], r["requested"], r["filled"], r["missing"],
                     r["briefs"], ""])
    for r in report["by_role"]:
        rows.append(["role", r["role"] or "", r["label"], r["kind"], r["requested"], r["filled"], r["missing"],
                     r["briefs"], r["department"]])
    for name in ("by_month", "by_shoot_month"):
        for r in report[name]:
            rows.append([name.removeprefix("by_").replace("_", " "), r["month"], "", "", r["requested"], r["filled"],
                         r["missing"], r["briefs"], ""])
    for r in report["facilities"]:
        rows.append(["facility", r["facility"], "; ".join(r["departments"]), "suspect" if r["suspect"] else "",
                     r["requested"], r["filled"], r["missing"], "",
                     "; ".join(f"{m['label']}: {m['missing']}" for m in r["missing_classes"])])
    for r in report["lost_briefs"]["by_role"]:
        rows.append(["briefs lost for want of", r["role"] or "", r["label"], "", "", "", "", r["briefs"], ""])
    for b in report["lost_briefs"]["briefs"]:
        rows.append(["lost brief", b["id"], b["excerpt"], "demo" if b["demo"] else "", "", "", len(b["missing"]), "",
                     "; ".join(b["missing"]) + f" (received {b['received']})"])
    header = ["table", "key", "label", "kind", "requested", "filled", "missing", "briefs", "detail"]
    return _render(header, rows)
