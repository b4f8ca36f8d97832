"""Rows of small snapshots in the published layout, for the Companies House tests.

``company(...)`` is one row as a mapping of column names (without the stray spaces) to
cells; ``write_snapshot`` (the product's writer) puts them under the published header.
"""

from __future__ import annotations

from matcher.companies_house.sic import describe

__all__ = ["company", "sic"]


def sic(code: str) -> str:
    """A SIC cell as Companies House writes it: '59111 - Motion picture production activities'."""
    return f"{code} - {describe(code)}"


def company(number: str, name: str, postcode: str = "ST4 7QB", codes: tuple[str, ...] = ("59111",), *,
            status: str = "Active", incorporated: str = "01/02/2015", accounts: str = "TOTAL EXEMPTION FULL",
            town: str = "STOKE-ON-TRENT", line1: str = "1 FOUNDRY STREET", **extra: str) -> dict[str, str]:
    row = {"CompanyName": name, "CompanyNumber": number, "RegAddress.AddressLine1": line1,
           "RegAddress.PostTown": town, "RegAddress.PostCode": postcode,
           "CompanyCategory": "Private Limited Company", "CompanyStatus": status,
           "CountryOfOrigin": "United Kingdom", "IncorporationDate": incorporated,
           "Accounts.AccountCategory": accounts,
           "URI": f"http://business.data.companieshouse.gov.uk/id/company/{number}"}
    for i, code in enumerate(codes, start=1):
        row[f"SICCode.SicText_{i}"] = sic(code)
    row.update(extra)
    return row
