"""The film office's evidence: the sector map (from the register) and the gap report (from briefs).

``sector_map`` counts the screen companies the Companies House import kept, by SIC code,
town, postcode district, incorporation year and accounts category, with growth over time and
how many have a full profile; ``district_shapes`` draws the county from the shipped postcode
centroids; ``gap_report`` turns every recorded brief into requested-against-filled counts.
"""

from matcher.sector.companies import LatestImport, SectorCompany, latest_import, sector_companies
from matcher.sector.context import regional_context
from matcher.sector.districts import centroids, district_shapes
from matcher.sector.gaps import DEMO_LABEL, SUSPECTS, gap_report
from matcher.sector.sector_map import sector_map
from matcher.sector.tables import gaps_csv, sector_companies_csv, sector_counts_csv

__all__ = [
    "DEMO_LABEL",
    "SUSPECTS",
    "LatestImport",
    "SectorCompany",
    "centroids",
    "district_shapes",
    "gap_report",
    "gaps_csv",
    "latest_import",
    "regional_context",
    "sector_companies",
    "sector_companies_csv",
    "sector_counts_csv",
    "sector_map",
]
