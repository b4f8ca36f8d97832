"""The published layout of Companies House's "basic company data", and opening a snapshot.

Companies House publishes the register as one CSV (or in parts), each inside a zip, with a
header whose names carry stray leading spaces (``" CompanyNumber"``,
``" RegAddress.AddressLine2"``, ``" PreviousName_1.CompanyName"``...). Columns are found by
name, spaces ignored, so a reordered or extended header still reads; a file without one of
the columns the import needs is refused, naming the first one missing. Dates are DD/MM/YYYY.

A snapshot is read as a stream of bytes (constant memory, whatever its size): a plain CSV
from disk, or the one CSV inside a zip, decompressed as it is read.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from matcher.errors import InvalidInput

__all__ = [
    "OPTIONAL",
    "PUBLISHED_HEADER",
    "REQUIRED",
    "Columns",
    "Snapshot",
    "open_snapshot",
    "snapshot_date",
]

# The header line exactly as published (BasicCompanyDataAsOneFile-*.csv), leading spaces included.
PUBLISHED_HEADER = (
    "CompanyName, CompanyNumber,RegAddress.CareOf,RegAddress.POBox,RegAddress.AddressLine1, "
    "RegAddress.AddressLine2,RegAddress.PostTown,RegAddress.County,RegAddress.Country,RegAddress.PostCode,"
    "CompanyCategory,CompanyStatus,CountryOfOrigin,DissolutionDate,IncorporationDate,Accounts.AccountRefDay,"
    "Accounts.AccountRefMonth,Accounts.NextDueDate,Accounts.LastMadeUpDate,Accounts.AccountCategory,"
    "Returns.NextDueDate,Returns.LastMadeUpDate,Mortgages.NumMortCharges,Mortgages.NumMortOutstanding,"
    "Mortgages.NumMortPartSatisfied,Mortgages.NumMortSatisfied,SICCode.SicText_1,SICCode.SicText_2,"
    "SICCode.SicText_3,SICCode.SicText_4,LimitedPartnerships.NumGenPartners,LimitedPartnerships.NumLimPartners,"
    "URI," + ",".join(f"PreviousName_{i}.CONDATE, PreviousName_{i}.CompanyName" for i in range(1, 11))
    + ",ConfStmtNextDueDate, ConfStmtLastMadeUpDate"
)

# Columns the import reads, by their published name (without the stray spaces).
REQUIRED = ("CompanyName", "CompanyNumber", "RegAddress.PostTown", "RegAddress.PostCode", "CompanyCategory",
            "CompanyStatus", "IncorporationDate", "Accounts.AccountCategory", "SICCode.SicText_1",
            "SICCode.SicText_2", "SICCode.SicText_3", "SICCode.SicText_4")
OPTIONAL = ("RegAddress.AddressLine1", "RegAddress.AddressLine2", "RegAddress.County", "DissolutionDate",
            "URI", *(f"PreviousName_{i}.CompanyName" for i in range(1, 11)))

_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Columns:
    """Where each column the import reads sits in this file's rows (None: not in the file)."""

    width: int
    index: dict[str, int | None]

    @classmethod
    def from_header(cls, header: list[str], source: str) -> Columns:
        """Find the columns by name; refuse a file without one the import needs."""
        positions: dict[str, int] = {}
        for i, name in enumerate(header):
            positions.setdefault(name.strip(), i)
        missing = [name for name in REQUIRED if name not in positions]
        if missing:
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise InvalidInput(f"{source} is not Companies House basic company data: it has no "
                               f"'{missing[0]}' column{more}")
        return cls(len(header), {name: positions.get(name) for name in (*REQUIRED, *OPTIONAL)})

    def __getitem__(self, name: str) -> int:
        position = self.index[name]
        assert position is not None, name
        return position


@dataclass
class Snapshot:
    """An open snapshot: its header, a text stream of the rows after it, and how far it has read."""

    name: str
    header: list[str]
    rows: IO[str]
    raw: IO[bytes]
    size: int  # bytes of CSV (uncompressed), for progress

    def position(self) -> int:
        """Bytes of CSV read so far (the stream reads ahead a little)."""
        return self.raw.tell()


@contextmanager
def open_snapshot(path: Path, skip_lines: int = 0) -> Iterator[Snapshot]:
    """Open a CSV or a zip holding one CSV; ``skip_lines`` data lines are passed over unread
    (resuming an import). Refuses, in one line, what is not a readable snapshot."""
    source = str(path)
    if not path.exists():
        raise InvalidInput(f"no such file: {source}")
    if path.is_dir():
        raise InvalidInput(f"{source} is a folder, not a file")
    try:
        with _opened(path, source, skip_lines) as snapshot:
            yield snapshot
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        # Batches committed before the damage stay; the import resumes from them on a sound copy.
        raise InvalidInput(f"{source} is damaged ({error}); what was read before the damage is kept") from None


@contextmanager
def _opened(path: Path, source: str, skip_lines: int) -> Iterator[Snapshot]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.lower().endswith(".csv") and not m.is_dir()]
            if len(members) != 1:
                raise InvalidInput(f"{source} holds {len(members)} CSV files; the import reads a zip with exactly one "
                                   "(as Companies House publishes it)")
            with archive.open(members[0]) as raw:
                yield _snapshot(f"{source}:{members[0].filename}", raw, members[0].file_size, skip_lines)
        return
    with path.open("rb") as raw:
        yield _snapshot(source, raw, path.stat().st_size, skip_lines)


def snapshot_date(path: Path) -> str | None:
    """The date in a published file name (BasicCompanyDataAsOneFile-2026-09-01.zip), ISO."""
    match = _DATE_IN_NAME.search(path.name)
    return "-".join(match.groups()) if match else None


def _snapshot(name: str, raw: IO[bytes], size: int, skip_lines: int) -> Snapshot:
    first = raw.readline()
    try:
        header_line = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{name} is not a UTF-8 CSV file") from None
    header = next(csv.reader([header_line]), [])
    Columns.from_header(header, name)  # refuse early, before any row is read
    for _ in range(skip_lines):
        if not raw.readline():
            break
    rows = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
    return Snapshot(name, header, rows, raw, size)
