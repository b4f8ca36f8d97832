"""The demo's credits make a network: productions shared by makers, suppliers and crew, written consistently."""

from __future__ import annotations

import collections
import json

import pytest

from matcher.demo import DEMO_PATH, generate, places

FIRM_KINDS = ("company", "facility")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in DEMO_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def productions(rows: list[dict]) -> dict[str, list[tuple[dict, dict]]]:
    """title -> (profile, credit) for every credit with that title."""
    found: dict[str, list[tuple[dict, dict]]] = collections.defaultdict(list)
    for profile in rows:
        for credit in profile.get("credits", []):
            found[credit["title"]].append((profile, credit))
    return found


def test_a_title_is_one_production_with_one_year_and_kind(rows):
    for title, entries in productions(rows).items():
        assert len({(c["year"], c["type"]) for _, c in entries}) == 1, title


def test_a_profile_lists_a_production_once(rows):
    for profile in rows:
        titles = [c["title"] for c in profile.get("credits", [])]
        assert len(titles) == len(set(titles)), profile["id"]


def test_most_local_dramas_had_a_caterer_a_sound_post_house_and_a_gaffer(rows):
    dramas = {t: e for t, e in productions(rows).items() if e[0][1]["type"] in ("feature", "tv drama")}
    complete = [
        title for title, entries in dramas.items()
        if any(c["role"] == "Location catering" for _, c in entries)
        and any(c["role"] == "Sound post-production" and p["kind"] in FIRM_KINDS for p, c in entries)
        and any("Gaffer" in c["role"] and p["kind"] == "freelancer" for p, c in entries)
    ]
    assert len(complete) >= len(dramas) // 2, sorted(set(dramas) - set(complete))


def test_companies_facilities_and_freelancers_share_productions(rows):
    kinds_per_title = [{p["kind"] for p, _ in entries} for entries in productions(rows).values()]
    assert sum(1 for kinds in kinds_per_title if kinds >= {"company", "facility", "freelancer"}) >= 40
    with_credits = collections.Counter(p["kind"] for p in rows if p.get("credits"))
    assert with_credits["facility"] >= 30


def test_firm_and_crew_credit_lists_stay_readable(rows):
    for profile in rows:
        cap = 5 if profile["kind"] == "freelancer" else 10
        assert len(profile.get("credits", [])) <= cap, profile["id"]


def test_completing_the_units_only_adds_credits(monkeypatch):
    """Every other field of every profile is what the profile's own draw made (two judged sets grade them)."""
    centroids = places.load_centroids()
    with_units = generate.build(centroids)
    monkeypatch.setattr(generate, "fill_units", lambda *args: None)
    without = generate.build(centroids)
    assert [p["id"] for p in with_units] == [p["id"] for p in without]
    for full, own in zip(with_units, without, strict=True):
        assert {k: v for k, v in full.items() if k != "credits"} == {k: v for k, v in own.items() if k != "credits"}
        assert all(credit in full.get("credits", []) for credit in own.get("credits", []))
