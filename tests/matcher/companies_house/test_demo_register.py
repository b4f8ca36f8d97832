"""The demo's Companies House snapshot: reproducible, fictional, in the published layout, and
with every case the import's rules are for."""

from __future__ import annotations

from matcher.companies_house import PUBLISHED_HEADER, import_register
from matcher.demo import load_demo
from matcher.demo.companies_house import DEMO_REGISTER_PATH, write_demo_register
from matcher.store import Store


def test_the_shipped_demo_register_is_what_the_generator_writes(tmp_path):
    fresh = tmp_path / "again.csv"
    write_demo_register(fresh)
    assert fresh.read_bytes() == DEMO_REGISTER_PATH.read_bytes()
    assert DEMO_REGISTER_PATH.read_text(encoding="utf-8").splitlines()[0] == PUBLISHED_HEADER


def test_every_demo_company_is_numbered_in_the_unissued_99_block(tmp_path):
    import csv

    with DEMO_REGISTER_PATH.open(encoding="utf-8", newline="") as handle:
        numbers = [row[" CompanyNumber"] for row in csv.DictReader(handle)]
    assert numbers and all(n.startswith("99") and len(n) == 8 for n in numbers) and len(set(numbers)) == len(numbers)


def test_the_demo_register_merges_into_the_demo_and_exercises_every_rule(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'matcher.db'}")
    demo = {p.id: p for p in load_demo()}
    store.save(list(demo.values()))
    summary = import_register(store, DEMO_REGISTER_PATH)
    counts = summary.counts
    assert counts["updated"] > 50 and counts["created"] > 50 and counts["flagged"] > 10 and counts["skipped"] > 50
    rules = {f.rule for _, _, flags in summary.flagged for f in flags}
    assert rules >= {"production-title name", "companies at one address", "recently incorporated", "dormant accounts",
                     "proposal to strike off"}
    merged = store.get("co-kiln-pictures")
    before = demo["co-kiln-pictures"]
    # the demo's own profiles keep everything they say: only register facts are added
    assert merged.model_copy(update={"company": before.company}) == before
    assert merged.company.companies_house is not None and merged.company.sic_codes == before.company.sic_codes
    store.engine.dispose()
