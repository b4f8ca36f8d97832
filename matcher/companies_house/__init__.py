"""Companies House: the register's free "basic company data" snapshot into the matcher.

``import_register`` streams a snapshot (CSV or zip, as published), keeps the screen
companies of the area (``rules``), flags likely single-purpose vehicles and dormant
companies (``flags``) and merges their register facts into profiles without overwriting
what members wrote (``merge``), in resumable batches (``importer``).
"""

from matcher.companies_house.area import DEFAULT_DISTRICTS, Area, outward_code
from matcher.companies_house.importer import SUMMARY_KEYS, ImportOptions, ImportSummary, import_register
from matcher.companies_house.layout import PUBLISHED_HEADER
from matcher.companies_house.merge import has_full_profile, register_note
from matcher.companies_house.sic import MUSIC_CODE, SCREEN_CODES, describe

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
