"""Shortlists and crew sheets as Excel workbooks (openpyxl), for productions that live in
spreadsheets.

The same rows as the CSV (``service.export``), with what a workbook adds: a title block
(production, what was asked, the date in UK form), a bold frozen header with filters,
distances as numbers (km and miles, one decimal) and columns wide enough to read. A text
cell is always stored as text: a name starting with "=" never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.brief import CrewSheet
from service.export import COLUMNS, SHEET_COLUMNS, Row, brief_summary, sheet_rows, shortlist_rows
from service.formats import uk_date
from service.schemas.shortlists import ShortlistOut

__all__ = ["XLSX_TYPE", "sheet_workbook", "shortlist_workbook"]

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_WIDTHS = {"need": 24, "order": 7, "rank": 6, "name": 26, "role": 28, "kind": 11, "town": 16, "place": 16,
           "distance km": 12, "distance miles": 14, "availability": 16, "day rate": 13, "email": 30, "phone": 16,
           "website": 28, "status": 11, "answer": 36, "notes": 40, "why": 60}
_HEADER_FILL = PatternFill("solid", fgColor="E8ECEF")


def shortlist_workbook(shortlist: ShortlistOut, today: dt.date) -> bytes:
    title = [shortlist.production, f"Shortlist “{shortlist.name}”"]
    if shortlist.brief:
        title.append(brief_summary(shortlist.brief))
    title.append(f"Exported {uk_date(today)}")
    return _save("Shortlist", title, COLUMNS, shortlist_rows(shortlist))


def sheet_workbook(sheet: CrewSheet, with_contact: bool, today: dt.date) -> bytes:
    columns = SHEET_COLUMNS if with_contact else tuple(c for c in SHEET_COLUMNS if c not in ("email", "phone"))
    title = ["Crew sheet", brief_summary(sheet.brief), f"Matched {uk_date(today)}"]
    return _save("Crew sheet", title, columns, sheet_rows(sheet, with_contact))


def _save(name: str, title: Sequence[str], columns: Sequence[str], rows: list[Row]) -> bytes:
    book = Workbook()
    sheet: Worksheet = book.active
    sheet.title = name
    for line, text in enumerate(title, start=1):
        cell = sheet.cell(row=line, column=1)
        _text(cell, text)
        cell.font = Font(bold=line == 1, size=14 if line == 1 else 11)
    header = len(title) + 2
    for column, heading in enumerate(columns, start=1):
        cell = sheet.cell(row=header, column=column, value=heading)
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(heading, 14)
    for offset, row in enumerate(rows, start=1):
        for column, heading in enumerate(columns, start=1):
            cell = sheet.cell(row=header + offset, column=column)
            value = row.get(heading)
            if isinstance(value, float):
                cell.value, cell.number_format = value, "0.0"
            elif isinstance(value, int):
                cell.value = value
            elif value:
                _text(cell, str(value))
            cell.alignment = Alignment(vertical="top", wrap_text=heading in ("why", "notes", "answer"))
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{header}:{last}{header + max(len(rows), 1)}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(cell, text: str) -> None:
    # Control characters (a brief pasted from anywhere may hold them) cannot be stored in a workbook.
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell.data_type = "s"  # never a formula, whatever the text starts with
