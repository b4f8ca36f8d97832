"""Companies House: the register's free "basic company data" snapshot into the matcher.

``import_register`` streams a snapshot (CSV or zip, as published), keeps the screen
companies of the area (``rules``), flags likely single-purpose vehicles and dormant
companies (``flags``) and merges their register facts into profiles without overwriting
what members wrote (``merge``), in resumable batches (``importer``).

The names below are imported on first use: indexing a profile reads ``sic`` alone, and must
not pull the importer and the database layer into every cold command.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matcher.companies_house.area import DEFAULT_DISTRICTS, Area, outward_code
    from matcher.companies_house.importer import SUMMARY_KEYS, ImportOptions, ImportSummary, import_register
    from matcher.companies_house.layout import PUBLISHED_HEADER
    from matcher.companies_house.merge import has_full_profile, register_note
    from matcher.companies_house.sic import MUSIC_CODE, SCREEN_CODES, describe

_SOURCES = {
    "DEFAULT_DISTRICTS": "area", "Area": "area", "outward_code": "area",
    "SUMMARY_KEYS": "importer", "ImportOptions": "importer", "ImportSummary": "importer",
    "import_register": "importer", "PUBLISHED_HEADER": "layout", "has_full_profile": "merge",
    "register_note": "merge", "MUSIC_CODE": "sic", "SCREEN_CODES": "sic", "describe": "sic",
}

__all__ = [
    "DEFAULT_DISTRICTS",
    "MUSIC_CODE",
    "PUBLISHED_HEADER",
    "SCREEN_CODES",
    "SUMMARY_KEYS",
    "Area",
    "ImportOptions",
    "ImportSummary",
    "describe",
    "has_full_profile",
    "import_register",
    "outward_code",
    "register_note",
]


def __getattr__(name: str) -> Any:
    if name not in _SOURCES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_SOURCES[name]}"), name)
    globals()[name] = value
    return value
