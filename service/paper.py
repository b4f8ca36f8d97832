"""Shortlists and crew sheets on paper: PDF through WeasyPrint, from the templates in
``service/web/templates/paper/``.

On every page: A4, the production (or "Crew sheet") with the brief's summary and the date on
top of the first page, one need per block with a page break between needs, distances in km
and miles, dates in UK form, page numbers. Contact details appear only for staff (shortlists
are staff-only; a crew sheet shows them when the caller is staff).

WeasyPrint is imported when a PDF is first asked for (it needs the Pango library, which Debian
installs with ``apt-get install libpango-1.0-0 libpangoft2-1.0-0``); without it the PDF routes
answer 503 with that sentence and the rest of the service is unaffected. Templates are
rendered with autoescaping and WeasyPrint fetches nothing: a profile's text can neither
become markup nor make the server load a URL.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from models.brief import CrewSheet
from service.errors import Unavailable
from service.export import Row, brief_summary, need_title, sheet_rows, shortlist_rows
from service.formats import distance_text, uk_date
from service.schemas.shortlists import ShortlistOut

__all__ = ["PDF_TYPE", "sheet_pdf", "shortlist_pdf"]

PDF_TYPE = "application/pdf"
_TEMPLATES = Path(__file__).resolve().parent / "web" / "templates"
_env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=select_autoescape(["html"]))


def shortlist_pdf(shortlist: ShortlistOut, today: dt.date) -> bytes:
    blocks: dict[str, list[Row]] = defaultdict(list)
    for row in shortlist_rows(shortlist):
        blocks[str(row["need"])].append({**row, "distance": distance_text(_km(row))})
    html = _env.get_template("paper/shortlist.html").render(
        title=shortlist.production, summary=brief_summary(shortlist.brief) if shortlist.brief else "",
        dated=f"Shortlist “{shortlist.name}”, {uk_date(today)}",
        blocks=[{"need": need, "rows": rows} for need, rows in blocks.items()])
    return _pdf(html)


def sheet_pdf(sheet: CrewSheet, with_contact: bool, today: dt.date) -> bytes:
    rows_by_need: dict[str, list[Row]] = defaultdict(list)
    for row in sheet_rows(sheet, with_contact):
        beyond = str(row["why"]).startswith("beyond the radius")
        rows_by_need[str(row["need"])].append({**row, "distance": distance_text(_km(row)), "beyond": beyond,
                                               "why": str(row["why"]).removeprefix("beyond the radius; ")})
    if sheet.fallback:
        blocks = [{"title": "Plain search over the brief", "sub": sheet.message or "", "gap": None,
                   "rows": rows_by_need["Plain search over the brief"]}]
    else:
        blocks = [{"title": need_title(r), "gap": (r.gap_reason or "nothing local above the confidence threshold")
                   if r.gap else None, "sub": _need_sub(r), "rows": rows_by_need[need_title(r)]} for r in sheet.needs]
    html = _env.get_template("paper/sheet.html").render(
        title="Crew sheet", summary=brief_summary(sheet.brief), dated=f"Matched {uk_date(today)}",
        brief_text=sheet.brief.text.strip()[:3000], blocks=blocks, with_contact=with_contact)
    return _pdf(html)


def _need_sub(result) -> str:
    need = result.need
    bits = ["Facility" if need.kind == "facility" else "Crew", *need.qualifiers]
    if need.text:
        bits.append(f"from “{need.text}”")
    if result.beyond:
        bits.append(f"grey rows: beyond the radius ({len(result.beyond)})")
    return " · ".join(bits)


def _km(row: Row) -> float | None:
    value = row.get("distance km")
    return float(value) if isinstance(value, int | float) else None


def _refuse_fetch(url: str, *args, **kwargs):
    raise ValueError(f"a PDF loads nothing from outside ({url[:60]})")


def _pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise Unavailable("PDFs need WeasyPrint and the Pango library (apt-get install libpango-1.0-0 "
                          f"libpangoft2-1.0-0): {str(error)[:120]}") from None
    return HTML(string=html, url_fetcher=_refuse_fetch).write_pdf()
