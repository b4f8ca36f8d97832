"""The Companies House benchmark's shape (never its figures): a generated snapshot in the
published layout, both sides timed, the ratio and memory reported."""

from __future__ import annotations

import csv

from evaluation.bench_companies_house import generate_national, measure_register_import, pandas_floor
from matcher.companies_house import PUBLISHED_HEADER


def test_the_generated_snapshot_is_in_the_published_layout_with_a_national_mix(tmp_path):
    path = tmp_path / "BasicCompanyDataAsOneFile-2026-09-01.csv"
    assert generate_national(path, 3000) == 3000
    with path.open(encoding="utf-8", newline="") as handle:
        assert handle.readline().rstrip("\r\n") == PUBLISHED_HEADER
        rows = list(csv.reader(handle))
    assert len(rows) == 3000 and all(len(r) == len(PUBLISHED_HEADER.split(",")) for r in rows)
    assert 300 < path.stat().st_size / 3000 < 800  # about the real file's bytes a row
    assert pandas_floor(path) == 3000


def test_the_measurement_reports_both_sides_the_ratio_and_memory():
    result = measure_register_import(3000, rounds=1, say=lambda _: None)
    assert result["rows"] == 3000 and len(result["pandas_s"]) == len(result["import_s"]) == 1
    assert result["summary"]["rows_read"] == 3000 and result["summary"]["kept"] >= 0
    assert result["ratio"] > 0 and result["met"] == (result["ratio"] >= 0.5)
    assert result["peak_rss_mb"]["whole_file_mb"] and result["peak_rss_mb"]["whole_file_growth_mb"] is not None
