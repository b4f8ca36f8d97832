"""Importing small snapshots in the published layout: the rules end to end, the header as
published (and reordered, extended, zipped), flags, merging without clobbering, re-runs,
malformed rows, and companies that leave the register or the area."""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from pathlib import Path

import pytest

from matcher.companies_house import PUBLISHED_HEADER, SUMMARY_KEYS, Area, ImportOptions, import_register
from matcher.companies_house.writer import write_snapshot
from matcher.errors import InvalidInput
from matcher.store import Store
from models.profile import CompanyFacts, Contact, Location, Profile
from tests.matcher.companies_house.register_rows import company

SNAPSHOT = "BasicCompanyDataAsOneFile-2026-09-01"

ROWS = [
    company("99000001", "KILN LIGHT PICTURES LTD", "ST4 7QB", ("59111", "59112")),
    company("99000002", "MANCHESTER FILMS LTD", "M1 1AE", ("59111",), town="MANCHESTER"),  # outside the area
    company("99000003", "POTTERIES SOUND LTD", "ST6 1AA", ("59200",)),  # music only
    company("99000004", "STAFFS GAMES LTD", "ST16 2AA", ("62011",), status="Liquidation"),  # not active
    company("99000005", "TRENT SOFTWARE LTD", "ST16 2AA", ("62012",)),  # no screen code
    company("99000006", "LEEK DORMANT MEDIA LTD", "ST13 5AA", ("59112",), accounts="DORMANT", town="LEEK"),
    company("99000007", "THE BOTTLE KILN JOB FILM LIMITED", "ST1 5AA", ("59111",), incorporated="01/03/2026",
            accounts="NO ACCOUNTS FILED"),
    company("99000008", "MOORLAND TELEVISION LTD", "DE14 1AA", ("59113", "58210"),
            status="Active - Proposal to Strike off", town="BURTON-ON-TRENT"),
    company("99000009", "TAMWORTH POST LTD", "B79 7AB", ("59120",), town="TAMWORTH"),
]
KEPT = {"ch-99000001", "ch-99000006", "ch-99000007", "ch-99000008", "ch-99000009"}


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'matcher.db'}")
    yield store
    store.engine.dispose()


def snapshot(folder: Path, rows=ROWS, name: str = SNAPSHOT, suffix: str = ".csv",
             header: str = PUBLISHED_HEADER) -> Path:
    path = folder / f"{name}{suffix}"
    write_snapshot(path, rows, header)
    return path


def profiles_of(store: Store) -> dict[str, Profile]:
    return {p.id: p for p in store.profiles()}


def test_the_published_header_keeps_its_leading_spaces_and_reads(tmp_path, store):
    path = snapshot(tmp_path)
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == PUBLISHED_HEADER and ", CompanyNumber," in first_line
    assert " PreviousName_1.CompanyName" in first_line.split(",")
    summary = import_register(store, path)
    assert summary.as_json() == {"rows_read": 9, "kept": 5, "created": 5, "updated": 0, "unchanged": 0,
                                 "flagged": 3, "skipped": 4}
    assert list(summary.as_json()) == list(SUMMARY_KEYS)
    assert set(profiles_of(store)) == KEPT
    assert summary.as_of == dt.date(2026, 9, 1)  # from the file's name


def test_each_rule_decides_who_is_kept(tmp_path, store):
    import_register(store, snapshot(tmp_path))
    kept = profiles_of(store)
    assert "ch-99000002" not in kept  # Manchester: outside the area
    assert "ch-99000003" not in kept  # music without --include-music
    assert "ch-99000004" not in kept  # in liquidation
    assert "ch-99000005" not in kept  # business software is not a screen code
    post = kept["ch-99000009"]  # Tamworth (B79) is in the default area
    assert post.company.number == "99000009" and post.location.town == "Tamworth"


def test_the_music_option_keeps_music_companies(tmp_path, store):
    summary = import_register(store, snapshot(tmp_path), ImportOptions(include_music=True))
    assert summary.counts["kept"] == 6 and "ch-99000003" in profiles_of(store)
    facts = profiles_of(store)["ch-99000003"].company.companies_house
    music = [("59200", "Sound recording and music publishing activities")]
    assert [(s.code, s.description) for s in facts.sic] == music


def test_an_area_option_narrows_or_widens_the_area(tmp_path, store):
    summary = import_register(store, snapshot(tmp_path), ImportOptions(area=Area.parse("ST13,M")))
    assert set(profiles_of(store)) == {"ch-99000002", "ch-99000006"}
    assert summary.area == "M, ST13"


def test_a_reordered_and_extended_header_reads_the_same(tmp_path, store):
    names = PUBLISHED_HEADER.split(",")
    random.Random(4).shuffle(names)
    header = ",".join([*names, "SomethingNew"])
    summary = import_register(store, snapshot(tmp_path, header=header))
    assert summary.counts["kept"] == 5 and set(profiles_of(store)) == KEPT
    assert profiles_of(store)["ch-99000001"].company.companies_house.sic[1].code == "59112"


def test_the_zip_it_is_published_in_reads_the_same(tmp_path, store):
    path = snapshot(tmp_path, suffix=".zip")
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == [f"{SNAPSHOT}.csv"]
    summary = import_register(store, path)
    assert summary.counts["kept"] == 5 and set(profiles_of(store)) == KEPT


def test_a_zip_without_exactly_one_csv_is_refused(tmp_path, store):
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.csv", PUBLISHED_HEADER + "\r\n")
        archive.writestr("b.csv", PUBLISHED_HEADER + "\r\n")
    with pytest.raises(InvalidInput, match="holds 2 CSV files"):
        import_register(store, path)


@pytest.mark.parametrize("missing", ["SICCode.SicText_2", "CompanyNumber", "RegAddress.PostCode"])
def test_a_file_without_a_needed_column_is_refused_naming_it(tmp_path, store, missing):
    header = ",".join(n for n in PUBLISHED_HEADER.split(",") if n.strip() != missing)
    with pytest.raises(InvalidInput) as refused:
        import_register(store, snapshot(tmp_path, header=header))
    message = str(refused.value)
    assert f"no '{missing}' column" in message and "\n" not in message
    assert store.count() == 0


def test_register_facts_carry_official_sic_descriptions_flags_and_address(tmp_path, store):
    rows = [company("99000011", "KILN LIGHT PICTURES LTD", "st4 7qb", ("59111",),
                    **{"SICCode.SicText_1": "59111 - motion pictures, as typed"})]
    import_register(store, snapshot(tmp_path, rows))
    profile = profiles_of(store)["ch-99000011"]
    facts = profile.company.companies_house
    assert facts.sic[0].description == "Motion picture production activities"
    assert facts.address.postcode == "ST4 7QB" and facts.incorporated == dt.date(2015, 2, 1)
    assert profile.headline == "Motion picture production activities" and profile.sectors == ["film"]
    assert profile.visibility == "public" and profile.location.town == "Stoke-on-Trent"
    assert profile.company.sic_codes == ["59111"] and profile.company.founded == 2015


def test_likely_spvs_and_dormant_companies_are_flagged_with_reasons_never_dropped(tmp_path, store):
    summary = import_register(store, snapshot(tmp_path))
    kept = profiles_of(store)
    spv = kept["ch-99000007"].company.companies_house.flags
    assert {f.flag for f in spv} == {"likely-spv"}
    assert any("production title" in f.reason for f in spv)
    dormant = kept["ch-99000006"].company.companies_house.flags
    assert [(f.flag, f.reason) for f in dormant] == [("dormant", "files dormant accounts")]
    strike = kept["ch-99000008"].company.companies_house.flags
    assert [f.flag for f in strike] == ["strike-off"]
    assert {number for number, _, _ in summary.flagged} == {"99000006", "99000007", "99000008"}


def test_address_clusters_are_found_across_the_whole_file(tmp_path, store):
    rows = [company(f"9900010{i}", f"TITLE {i} LTD", "ST1 5AA", ("59111", "59112"), line1="UNIT 4 KILN YARD",
                    incorporated=f"0{i + 1}/02/2024") for i in range(3)]
    rows.insert(1, company("99000200", "ELSEWHERE LTD", "ST4 1AA", ("59111",)))
    summary = import_register(store, snapshot(tmp_path, rows))
    assert summary.counts["flagged"] == 3
    flags = profiles_of(store)["ch-99000100"].company.companies_house.flags
    assert [f.rule for f in flags] == ["companies at one address"]
    again = import_register(store, snapshot(tmp_path, rows))
    assert again.counts["unchanged"] == 4 and again.counts["updated"] == 0  # the cluster pass changes nothing


def test_a_member_profile_is_merged_by_company_number_without_clobbering(tmp_path, store):
    member = Profile(id="co-kiln-light", kind="company", name="Kiln Light Pictures",
                     headline="Drama and documentary from the Potteries", summary="We make period drama.",
                     roles=["Production company"], skills=["period drama"], sectors=["film", "tv"],
                     location=Location(town="Hanley", postcode="ST1"), contact=Contact(email="hello@kiln.example"),
                     visibility="members", company=CompanyFacts(number="99000001", sic_codes=["90030"], founded=2010,
                                                                employees=7, stage="established"))
    store.save([member])
    summary = import_register(store, snapshot(tmp_path))
    assert summary.counts["updated"] == 1 and summary.counts["created"] == 4
    merged = profiles_of(store)["co-kiln-light"]
    assert "ch-99000001" not in profiles_of(store)  # merged, not duplicated
    for field in ("name", "headline", "summary", "roles", "skills", "sectors", "location", "contact", "visibility"):
        assert getattr(merged, field) == getattr(member, field), field
    assert merged.company.employees == 7 and merged.company.stage == "established"
    # the register's facts come from the register
    assert merged.company.sic_codes == ["59111", "59112"] and merged.company.founded == 2015
    assert merged.company.companies_house.name == "KILN LIGHT PICTURES LTD"

    changed = [company("99000001", "KILN LIGHT STUDIOS LTD", "ST4 7QB", ("59111", "59120"),
                       status="Active - Proposal to Strike off"), *ROWS[1:]]
    import_register(store, snapshot(tmp_path, changed, name="BasicCompanyDataAsOneFile-2026-10-01"))
    again = profiles_of(store)["co-kiln-light"]
    assert again.name == "Kiln Light Pictures" and again.summary == member.summary and again.contact == member.contact
    facts = again.company.companies_house
    assert facts.name == "KILN LIGHT STUDIOS LTD" and facts.status == "Active - Proposal to Strike off"
    assert [f.flag for f in facts.flags] == ["strike-off"] and again.company.sic_codes == ["59111", "59120"]


def test_register_written_fields_follow_the_register_until_someone_edits_them(tmp_path, store):
    import_register(store, snapshot(tmp_path))
    registered = profiles_of(store)["ch-99000009"]
    store.save([registered.model_copy(update={"headline": "Grading and online edit in Tamworth"})])
    renamed = [*ROWS[:-1], company("99000009", "TAMWORTH POST PRODUCTION LTD", "B79 7AB", ("59120", "59112"),
                                   town="TAMWORTH")]
    import_register(store, snapshot(tmp_path, renamed, name="BasicCompanyDataAsOneFile-2026-10-01"))
    after = profiles_of(store)["ch-99000009"]
    assert after.name == "TAMWORTH POST PRODUCTION LTD"  # still the register's: it follows
    assert after.headline == "Grading and online edit in Tamworth"  # written by someone: kept
    assert after.sectors == ["post-production", "video"]


def test_running_the_same_file_again_changes_nothing(tmp_path, store):
    path = snapshot(tmp_path)
    import_register(store, path)
    before, seq = profiles_of(store), store.latest_seq()
    again = import_register(store, path)
    assert again.as_json() == {"rows_read": 9, "kept": 5, "created": 0, "updated": 0, "unchanged": 5,
                               "flagged": 3, "skipped": 4}
    assert profiles_of(store) == before and store.latest_seq() == seq  # no write, nothing for the index


def test_a_malformed_row_is_reported_with_its_line_number_and_skipped(tmp_path, store):
    rows = [company("99000001", "KILN LIGHT PICTURES LTD", **{"RegAddress.AddressLine2": "Unit 4\nKiln Yard"}),
            company("99000021", "BAD DATE FILMS LTD", incorporated="31/02/2020"),
            company("99000022", "GOOD FILMS LTD", "ST5 1AA")]
    path = snapshot(tmp_path, rows)
    lines = path.read_bytes().split(b"\r\n")  # the header, three rows (the first over two lines), ""
    lines.insert(4, b'"SHORT ROW LTD","99000023"')  # line 6 of the file: the first row takes lines 2 and 3
    path.write_bytes(b"\r\n".join(lines))
    summary = import_register(store, path)
    problems = {(p.line, p.field): p.message for p in summary.malformed}
    assert problems == {(4, "IncorporationDate"): "'31/02/2020' is not a date as DD/MM/YYYY",
                        (6, ""): f"2 cells where the header has {len(PUBLISHED_HEADER.split(','))}"}
    assert summary.counts["rows_read"] == 4 and summary.counts["kept"] == 2 and summary.counts["skipped"] == 2
    assert set(profiles_of(store)) == {"ch-99000001", "ch-99000022"}
    assert profiles_of(store)["ch-99000001"].company.companies_house.address.line2 == "Unit 4\nKiln Yard"


def test_a_company_that_leaves_the_register_or_the_area_is_marked_not_deleted(tmp_path, store):
    import_register(store, snapshot(tmp_path))
    later = [r for r in ROWS if r["CompanyNumber"] not in ("99000001", "99000009")]
    later.append(company("99000009", "TAMWORTH POST LTD", "M4 1AA", ("59120",), town="MANCHESTER"))
    summary = import_register(store, snapshot(tmp_path, later, name="BasicCompanyDataAsOneFile-2026-10-01"))
    kept = profiles_of(store)
    assert set(kept) == KEPT  # nothing deleted
    gone = kept["ch-99000001"].company.companies_house.left
    assert gone.reason == "not in the register snapshot of 2026-10-01" and gone.since == dt.date(2026, 10, 1)
    moved = kept["ch-99000009"].company.companies_house
    assert moved.left.reason == "registered office outside the area (M4 1AA)" and moved.address.postcode == "M4 1AA"
    assert {number for number, _, _ in summary.marked} == {"99000001", "99000009"}
    assert summary.counts["kept"] == 3
    back = import_register(store, snapshot(tmp_path, name="BasicCompanyDataAsOneFile-2026-11-01"))
    assert back.counts["updated"] == 2
    assert profiles_of(store)["ch-99000001"].company.companies_house.left is None


def test_one_part_of_a_snapshot_marks_no_company_as_gone(tmp_path, store):
    import_register(store, snapshot(tmp_path))
    part = snapshot(tmp_path, ROWS[:3], name="BasicCompanyData-2026-10-01-part1_7")
    summary = import_register(store, part)
    assert not summary.whole_snapshot and summary.marked == []
    assert all(p.company.companies_house.left is None for p in profiles_of(store).values())


def test_a_row_the_csv_reader_cannot_split_is_reported_and_the_rest_is_read(tmp_path, store):
    rows = [company("99000031", "HUGE NAME LTD", **{"RegAddress.AddressLine2": "x" * 200_000}),
            company("99000032", "AFTER FILMS LTD", "ST5 1AA")]
    summary = import_register(store, snapshot(tmp_path, rows))
    assert [(p.line, p.message) for p in summary.malformed] == [(2, "not a CSV row the reader can split")]
    assert set(profiles_of(store)) == {"ch-99000032"}


def test_a_damaged_zip_is_refused_in_one_line_keeping_what_was_read(tmp_path, store):
    path = snapshot(tmp_path, [company(f"990001{i:02d}", f"FILMS {i} LTD") for i in range(60)], suffix=".zip")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 200] = b"\x00" * 200  # the compressed stream is broken half-way
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidInput, match=r"is damaged .*what was read before the damage is kept"):
        import_register(store, path, ImportOptions(batch_size=5))
