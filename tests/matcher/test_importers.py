"""The import format: what is accepted, and how each kind of bad line is reported."""

from __future__ import annotations

import json

import pytest

from matcher.errors import InvalidInput
from matcher.importers import parse_csv, parse_jsonl, read_profiles

GOOD = {
    "id": "fl-ada", "kind": "freelancer", "name": "Ada Finch", "roles": ["Gaffer", "Spark"],
    "skills": ["period drama"], "location": {"town": "Leek", "postcode": "ST13"},
    "availability": [{"start": "2027-03-01", "end": "2027-04-30", "status": "available"}],
    "day_rate_gbp": {"min": 350, "max": 420}, "credits": [{"title": "The Kiln", "year": 2024, "role": "Gaffer",
                                                           "type": "feature"}],
    "company": None, "visibility": "public",
}


def jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_good_lines_are_parsed_into_profiles():
    parsed = parse_jsonl(jsonl(GOOD, {"id": "co-kiln", "kind": "company", "name": "Kiln Pictures"}))
    assert not parsed.errors
    assert [p.id for p in parsed.profiles] == ["fl-ada", "co-kiln"]
    assert parsed.profiles[0].availability[0].end.isoformat() == "2027-04-30"


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        ({"id": "x", "kind": "freelancer"}, "name", "Field required"),
        ({"id": "x", "kind": "crew", "name": "A"}, "kind", "'company', 'freelancer', 'facility' or 'investor'"),
        ({"id": "x", "kind": "company", "name": "A", "skils": ["x"]}, "skils", "unknown field"),
        ({"id": "x", "kind": "company", "name": "A", "roles": "gaffer"}, "roles", "valid list"),
        ({"id": "x", "kind": "company", "name": "A", "day_rate_gbp": {"min": "lots"}}, "day_rate_gbp.min",
         "valid number"),
        ({"id": "x", "kind": "company", "name": "A", "credits": [{"title": "T", "year": 1066}]}, "credits.0.year",
         "greater than or equal"),
        ({"id": "x", "kind": "company", "name": "A", "location": {"lat": 53.1}}, "location", "lat and lon"),
        ({"id": "x", "kind": "company", "name": "A", "availability": [{"start": "2027-05-01", "end": "2027-04-01"}]},
         "availability.0", "before start"),
        ({"id": "x", "kind": "company", "name": "A", "contact": {"email": "nobody"}}, "contact.email", "not an email"),
    ],
)
def test_each_kind_of_bad_line_names_its_line_and_field(record, field, message):
    parsed = parse_jsonl(jsonl(GOOD, record))
    assert [p.id for p in parsed.profiles] == ["fl-ada"]
    assert len(parsed.errors) >= 1
    error = parsed.errors[0]
    assert error.line == 2
    assert error.field == field
    assert message in error.message


def test_invalid_json_and_duplicate_ids_are_reported_by_line():
    parsed = parse_jsonl(jsonl(GOOD, "{not json", "[1, 2]", GOOD))
    assert [(e.line, e.field) for e in parsed.errors] == [(2, ""), (3, ""), (4, "id")]
    assert "already used on line 1" in parsed.errors[2].message


def test_csv_with_lists_nested_fields_and_simple_forms():
    text = (
        "id,kind,name,roles,location.town,location.postcode,day_rate_gbp.min,company.seis,credits,availability\n"
        'fl-1,freelancer,Ada,Gaffer; Spark,Leek,ST13,350,,"The Kiln | 2024 | Gaffer | feature",'
        '"2027-03-01..2027-03-31 available; 2027-04-01..2027-04-10 booked"\n'
        "co-1,company,Kiln Pictures,,Stoke-on-Trent,ST1,,yes,,\n"
    )
    parsed = parse_csv(text)
    assert not parsed.errors
    ada, kiln = parsed.profiles
    assert ada.roles == ["Gaffer", "Spark"]
    assert ada.credits[0].year == 2024 and ada.credits[0].type == "feature"
    assert [w.status for w in ada.availability] == ["available", "booked"]
    assert kiln.company.seis is True and kiln.location.postcode == "ST1"


def test_csv_unknown_column_and_bad_cells_are_reported():
    assert parse_csv("id,kind,name,skils\nx,company,A,y\n").errors[0].field == "skils"
    parsed = parse_csv("id,kind,name,availability\nx,company,A,next week\n")
    assert (parsed.errors[0].line, parsed.errors[0].field) == (2, "availability")


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        read_profiles(tmp_path / "nope.jsonl")
