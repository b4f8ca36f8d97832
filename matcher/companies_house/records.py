"""One row of the snapshot read into a ``RegisterRecord``, or refused as malformed.

Reading is split so the hot loop stays cheap: ``screen_codes`` and ``district_of`` look at
the one or two cells a rule needs on every row; ``read_record`` reads the whole row (dates,
SIC descriptions, address) only for the few rows that pass them. A row with a wrong number
of cells, no company number or name, or a date that is not DD/MM/YYYY is malformed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from matcher.companies_house.area import outward_code
from matcher.companies_house.layout import Columns
from matcher.companies_house.sic import parse_sic_text
from models.profile import RegisterAddress, RegisterFacts, RegisterFlag, RegisterLeft, SicCode

__all__ = ["Malformed", "RegisterRecord", "normalise_number", "read_record", "sic_cells"]

_NUMBER = re.compile(r"^[A-Z0-9]{1,8}$")
_SIC_COLUMNS = ("SICCode.SicText_1", "SICCode.SicText_2", "SICCode.SicText_3", "SICCode.SicText_4")
_PREVIOUS = tuple(f"PreviousName_{i}.CompanyName" for i in range(1, 11))


class Malformed(ValueError):
    """A row that cannot be read: which column, and what is wrong with it."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(column, message)
        self.column, self.message = column, message


@dataclass(frozen=True)
class RegisterRecord:
    """What the import uses of one company's row."""

    line: int
    number: str
    name: str
    status: str
    category: str | None
    incorporated: dt.date | None
    dissolved: dt.date | None
    accounts_category: str | None
    sic: tuple[SicCode, ...]
    address: RegisterAddress
    district: str | None
    previous_names: tuple[str, ...]
    uri: str | None

    @property
    def codes(self) -> list[str]:
        return [s.code for s in self.sic]

    def facts(self, flags: list[RegisterFlag], left: RegisterLeft | None = None) -> RegisterFacts:
        return RegisterFacts(
            name=self.name, status=self.status, category=self.category, incorporated=self.incorporated,
            dissolved=self.dissolved, accounts_category=self.accounts_category, sic=list(self.sic),
            address=self.address, previous_names=list(self.previous_names), uri=self.uri, flags=flags, left=left)


def normalise_number(text: str) -> str:
    """A company number as Companies House writes it: '1234567' -> '01234567', 'sc 123456' -> 'SC123456'."""
    number = "".join(text.split()).upper()
    return number.zfill(8) if number.isdigit() else number


def sic_cells(columns: Columns) -> tuple[int, ...]:
    return tuple(columns[name] for name in _SIC_COLUMNS)


def read_record(row: list[str], columns: Columns, line: int) -> RegisterRecord:
    """The whole row as a record; raises ``Malformed`` naming the column at fault."""
    def cell(name: str) -> str:
        position = columns.index[name]
        return row[position].strip() if position is not None else ""

    number = normalise_number(cell("CompanyNumber"))
    if not _NUMBER.match(number):
        raise Malformed("CompanyNumber", f"{cell('CompanyNumber')!r} is not a company number")
    name = " ".join(cell("CompanyName").split())
    if not name:
        raise Malformed("CompanyName", "no company name")
    postcode = " ".join(cell("RegAddress.PostCode").upper().split()) or None
    sic = tuple(code for code in (parse_sic_text(cell(c)) for c in _SIC_COLUMNS) if code is not None)
    return RegisterRecord(
        line=line, number=number, name=name, status=cell("CompanyStatus"),
        category=cell("CompanyCategory") or None,
        incorporated=_date(cell("IncorporationDate"), "IncorporationDate"),
        dissolved=_date(cell("DissolutionDate"), "DissolutionDate"),
        accounts_category=cell("Accounts.AccountCategory") or None,
        sic=tuple(dict((s.code, s) for s in sic).values()),
        address=RegisterAddress(line1=cell("RegAddress.AddressLine1") or None,
                                line2=cell("RegAddress.AddressLine2") or None,
                                town=cell("RegAddress.PostTown") or None, county=cell("RegAddress.County") or None,
                                postcode=postcode),
        district=outward_code(postcode) if postcode else None,
        previous_names=tuple(n for n in (" ".join(cell(c).split()) for c in _PREVIOUS) if n),
        uri=cell("URI") or None,
    )


def _date(text: str, column: str) -> dt.date | None:
    """DD/MM/YYYY as published; empty is unknown."""
    if not text:
        return None
    try:
        day, month, year = text.split("/")
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise Malformed(column, f"{text!r} is not a date as DD/MM/YYYY") from None
