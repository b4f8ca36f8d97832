"""Writing files in the published layout: the demo's register, the benchmark's, the tests'.

Every cell quoted, as Companies House writes them; the header exactly as published (leading
spaces included) unless another is given (a reordered or trimmed one, for tests).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from matcher.companies_house.layout import PUBLISHED_HEADER

__all__ = ["snapshot_text", "write_snapshot"]


def snapshot_text(rows: Iterable[Mapping[str, str]], header: str = PUBLISHED_HEADER) -> str:
    """The CSV text: ``rows`` map column names (without stray spaces) to cells."""
    out = io.StringIO()
    write_rows(out, rows, header)
    return out.getvalue()


def write_rows(out: io.TextIOBase | io.StringIO, rows: Iterable[Mapping[str, str]],
               header: str = PUBLISHED_HEADER) -> int:
    """Write the header and the rows to an open text stream; returns the rows written."""
    names = [name.strip() for name in next(csv.reader([header]))]
    out.write(header + "\r\n")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    count = 0
    for row in rows:
        writer.writerow([row.get(name, "") for name in names])
        count += 1
    return count


def write_snapshot(path: Path, rows: Iterable[Mapping[str, str]], header: str = PUBLISHED_HEADER) -> int:
    """A ``.csv``, or a ``.zip`` holding one CSV named like the published one."""
    path = Path(path)
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive, \
                archive.open(path.with_suffix(".csv").name, "w") as member, \
                io.TextIOWrapper(member, encoding="utf-8", newline="") as text:
            return write_rows(text, rows, header)
    with path.open("w", encoding="utf-8", newline="") as text:
        return write_rows(text, rows, header)
