"""Briefs over the demo cluster, end to end with the real model: what the film office pastes,
and the crew sheet it gets back."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys

import pytest

from matcher.briefs.parser import parse_brief
from matcher.briefs.sheet import flatten, match_brief
from matcher.engine import Engine
from matcher.errors import InvalidInput
from matcher.geo import haversine_km
from matcher.settings import MatcherSettings
from matcher.store.tables import BriefRow
from models.brief import Brief, BriefPlace, Need

TODAY = dt.date(2026, 11, 28)
LEEK_BRIEF = ("Six weeks in Leek from 3 March 2027, need a gaffer, two sparks, costume standby with "
              "period experience, a unit base for 20 vehicles.")


def sheet_for(index, text, **options):
    return match_brief(index, parse_brief(text, today=TODAY), **options)


@pytest.fixture(scope="module")
def leek(demo_index):
    return sheet_for(demo_index, LEEK_BRIEF)


def test_every_need_gets_a_shortlist_of_the_right_role(leek, demo_index):
    roles = [r.need.role for r in leek.needs]
    assert roles == ["gaffer", "electrician", "costume-standby", "unit-base"]
    for result in leek.needs:
        assert len(result.matches) >= max(5, result.need.quantity)
        top = demo_index.document(result.matches[0].id)
        assert result.need.role in top.role_ids
        assert not result.gap


def test_distance_and_availability_are_taken_into_account(leek, demo_index):
    base = leek.brief.locations[0]
    start, end = leek.brief.dates.start, leek.brief.dates.end
    assert (start, end) == (dt.date(2027, 3, 3), dt.date(2027, 4, 13))
    for result in leek.needs:
        for match in result.matches:
            doc = demo_index.document(match.id)
            why = match.explanation
            if doc.lat is None:
                assert "location" in why.unknown
            else:
                assert why.distance_km == pytest.approx(haversine_km(base.lat, base.lon, doc.lat, doc.lon), abs=0.1)
                assert why.distance_km <= leek.brief.radius_km
            booked_throughout = any(s <= start and e >= end and st == "booked" for s, e, st in doc.availability)
            assert not booked_throughout
            assert why.availability in ("available", "partly available", "unknown")


def test_a_brief_in_several_towns_is_local_to_each(demo_index):
    sheet = sheet_for(demo_index, "Documentary filming in Leek and Tamworth, 2-13 August 2027, within 12 km. "
                                  "We need two camera operators, a sound recordist, and one runner.")
    towns = sheet.brief.locations
    assert [t.name for t in towns] == ["Leek", "Tamworth"] and sheet.brief.radius_km == 12
    near_town = set()
    for result in sheet.needs:
        for match in result.matches:
            doc = demo_index.document(match.id)
            if doc.lat is None:
                continue
            km = [haversine_km(t.lat, t.lon, doc.lat, doc.lon) for t in towns]
            assert match.explanation.distance_km == pytest.approx(min(km), abs=0.1)
            assert min(km) <= 12
            near_town.add(km.index(min(km)))
    assert near_town == {0, 1}  # crew from round both towns, not only the first named
    gaps = [r for r in sheet.needs if r.gap]
    assert all("of Leek or Tamworth" in r.gap_reason for r in gaps)


def test_one_person_appears_once_unless_repeats_are_asked_for(demo_index):
    two_units = Brief(needs=[Need(role="gaffer", label="Gaffer"), Need(role="gaffer", label="Gaffer (second unit)")],
                      locations=[BriefPlace(name="Stoke", lat=53.0, lon=-2.18)])
    once = match_brief(demo_index, two_units)
    first, second = ([m.id for m in r.matches] for r in once.needs)
    assert len(first) == len(second) == 5 and not set(first) & set(second)
    for result in once.needs:
        scores = [m.score for m in result.matches]
        assert scores == sorted(scores, reverse=True)
        assert "gaffer" in demo_index.document(result.matches[0].id).role_ids
        assert all(m.explanation.role_evidence in ("exact role", "related role") for m in result.matches)
    repeated = match_brief(demo_index, two_units, repeats=True)
    alone = [match_brief(demo_index, two_units.model_copy(update={"needs": [need]})) for need in two_units.needs]
    for with_repeats, single in zip(repeated.needs, alone, strict=True):
        assert [m.id for m in with_repeats.matches] == [m.id for m in single.needs[0].matches]


def test_a_person_who_can_do_a_scarce_job_is_put_forward_for_it(demo_index):
    """Scenic painters who are also chippies go to the scarce scenic need, not the chippies'."""
    brief = parse_brief("Set build in Tunstall for 4 weeks from 8 Feb 2027: a construction manager, "
                        "three chippies and a scenic painter.", today=TODAY)
    sheet = match_brief(demo_index, brief)
    scenic = next(r for r in sheet.needs if r.need.role == "scenic-artist")
    assert "scenic-artist" in demo_index.document(scenic.matches[0].id).role_ids


def test_facility_needs_find_facilities(demo_index):
    sheet = sheet_for(demo_index, "Commercial in Stoke-on-Trent, 14/06/27 - 02/07/27: need a studio with a "
                                  "green screen, lighting hire, a honeywagon and catering for 40.")
    kinds = {r.need.role: {m.kind for m in r.matches[:3]} for r in sheet.needs}
    assert "green-screen-studio" in kinds and "catering" in kinds
    for role, found in kinds.items():
        assert found <= {"facility", "company"}, role


def test_the_briefs_own_words_rank_within_a_broad_class(demo_index):
    # "Filming location" is every property for hire; the brief asked for stables.
    sheet = sheet_for(demo_index, "Period film shooting near Uttoxeter in September 2027. "
                                  "We need a farm or stables to shoot at.")
    (result,) = sheet.needs
    top = demo_index.document(result.matches[0].id)
    assert result.need.role == "filming-location"
    assert re.search(r"stable|equestrian", top.embedding_text(), re.I), top.name
    matched = result.matches[0].explanation.matched_terms
    assert "stables" in matched["facilities"], matched


def test_a_need_the_cluster_cannot_supply_is_a_gap_with_options_beyond(tmp_path, encoder, demo_profiles):
    engine = Engine(MatcherSettings(home=tmp_path / "home"), encoder=encoder)
    engine.save_profiles(demo_profiles)
    text = "Shooting in Leek in May 2027. Need an armourer and an underwater camera operator."
    sheet = engine.match_brief(text, today=TODAY)
    gaps = [r for r in sheet.needs if r.gap]
    assert gaps, [(r.need.label, r.gap) for r in sheet.needs]
    for result in gaps:
        assert result.gap_reason and result.need.label.lower() in result.gap_reason
        for option in result.beyond:
            assert option.explanation.distance_km > sheet.brief.radius_km
    with engine.store.session() as session:
        rows = session.query(BriefRow).all()
    assert len(rows) == 1 and {g["need"] for g in rows[0].gaps} == {r.need.label for r in gaps}


def test_flattened_sheet_is_round_robin_across_needs(leek):
    flat = flatten(leek)
    firsts = [r.matches[0].id for r in leek.needs]
    seconds = [r.matches[1].id for r in leek.needs]
    assert flat[: len(firsts)] == firsts
    assert flat[len(firsts): 2 * len(firsts)] == seconds


def test_a_corrected_structured_brief_reruns_the_match(demo_index, leek):
    corrected = leek.brief.model_copy(deep=True)
    corrected.needs = [n for n in corrected.needs if n.role != "unit-base"]
    corrected.needs[1].quantity = 7
    rerun = match_brief(demo_index, Brief.model_validate(corrected.model_dump()))
    assert [r.need.role for r in rerun.needs] == ["gaffer", "electrician", "costume-standby"]
    assert len(rerun.needs[1].matches) == 7


def test_packages_offer_one_company_for_several_needs(demo_index):
    sheet = sheet_for(demo_index, "Location shoot near Stone in April 2027: we need a unit base, catering "
                                  "for 60 and craft services.")
    assert sheet.packages
    best = sheet.packages[0]
    assert len(best.needs) >= 2 and best.kind in ("company", "facility")


def test_a_brief_with_no_recognisable_need_falls_back_to_a_plain_search(demo_index):
    sheet = match_brief(demo_index, parse_brief("Anyone who knows the Potteries' canals and bottle kilns?",
                                                today=TODAY))
    assert sheet.fallback and sheet.fallback_matches and "plain search" in sheet.message
    assert flatten(sheet) == [m.id for m in sheet.fallback_matches]


@pytest.mark.parametrize("text", ["", "   \n ", "qwzx vbnm plokij", "hi", "thanks!"])
def test_empty_or_garbage_briefs_are_refused_clearly(demo_index, text):
    with pytest.raises(InvalidInput) as caught:
        match_brief(demo_index, parse_brief(text, today=TODAY))
    assert "brief" in str(caught.value)


@pytest.mark.slow  # `matcher brief` in subprocesses
def test_cli_brief_prints_the_sheet_and_refuses_garbage(tmp_path, encoder, demo_profiles):
    home = tmp_path / "home"
    engine = Engine(MatcherSettings(home=home), encoder=encoder)
    engine.save_profiles(demo_profiles[::5])
    engine.save_index()
    env = {**os.environ, "MATCHER_HOME": str(home), "HF_HUB_OFFLINE": "1", "COLUMNS": "160"}
    brief = tmp_path / "brief.txt"
    brief.write_text(LEEK_BRIEF)
    shown = subprocess.run([sys.executable, "-m", "matcher", "brief", str(brief)], env=env,
                           capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr
    assert "What we understood" in shown.stdout and "2 × Electrician (spark)" in shown.stdout
    garbage = subprocess.run([sys.executable, "-m", "matcher", "brief", "-"], input="qwzx vbnm",
                             env=env, capture_output=True, text=True, timeout=300)
    assert garbage.returncode == 2 and len(garbage.stderr.strip().splitlines()) == 1


def test_qualifiers_count_as_evidence(demo_index):
    sheet = sheet_for(demo_index, "Corporate shoot in Stoke-on-Trent on 3 March 2027: need a camera operator "
                                  "with own FX6 kit.")
    (result,) = sheet.needs
    assert result.need.qualifiers == ["own FX6 kit"]
    with_fx6 = [m.id for m in result.matches if "fx6" in demo_index.document(m.id).fields["equipment"].lower()]
    assert with_fx6, "the demo has local camera operators who list an FX6"
    assert result.matches[0].id in with_fx6
    assert result.qualifiers_met[result.matches[0].id] == ["own FX6 kit"]


def test_holders_of_a_qualifier_ranked_low_on_text_still_reach_a_short_shortlist(demo_index):
    """The shortlist is cut after the qualifiers count, not before: the best holders of the kit
    on a long sheet are on a sheet of three too, ahead of everyone who does not list it."""
    text = "Corporate shoot in Stoke-on-Trent on 3 March 2027: need a camera operator with own FX6 kit."
    brief = parse_brief(text, today=TODAY)
    (long,) = match_brief(demo_index, brief, shortlist_size=30).needs
    holders = [m.id for m in long.matches if m.id in long.qualifiers_met]
    assert len(holders) >= 2, "the demo has several camera operators who list an FX6"
    (short,) = match_brief(demo_index, brief, shortlist_size=3).needs
    shown = [m.id for m in short.matches]
    assert shown[:min(3, len(holders))] == holders[:3]


def test_no_filler_under_a_need_and_none_under_a_gap(demo_index):
    sheet = sheet_for(demo_index, "Filming in Leek on 3 March 2027: we need a gaffer and a BSL interpreter.")
    gaffer, interpreter = sheet.needs
    assert gaffer.matches and all(m.explanation.role_evidence in ("exact role", "related role")
                                  for m in gaffer.matches)
    assert interpreter.gap and interpreter.matches == []  # never "similar description only" people
    for far in interpreter.beyond:
        assert "bsl-interpreter" in demo_index.document(far.id).role_ids


def test_a_need_renamed_on_the_page_is_read_again(demo_index):
    brief = parse_brief("Filming in Leek on 3 March 2027; a sound recordist is needed.", today=TODAY)
    renamed = brief.model_copy(update={"needs": [brief.needs[0].model_copy(update={"label": "Dubbing mixer"})]})
    sheet = match_brief(demo_index, renamed)
    assert sheet.needs[0].need.role == "re-recording-mixer"
    assert any("read again" in n for n in sheet.brief.notes)


def test_a_brief_in_another_language_is_not_searched(demo_index, encoder):
    brief = parse_brief("Nous cherchons un caméraman et un ingénieur du son pour un court métrage à Stoke en mars.",
                        today=TODAY, encoder=encoder)
    sheet = match_brief(demo_index, brief)
    assert sheet.fallback and sheet.fallback_matches == [] and "French" in sheet.message


@pytest.fixture(scope="module")
def small_cluster(encoder):
    """Profiles written here whose own role words are not the taxonomy's labels."""
    from matcher.index import ProfileIndex
    from models.profile import Profile

    def profile(pid, kind, roles, town, **more):
        return Profile(id=pid, kind=kind, name=pid.title(), roles=roles, location={"town": town},
                       visibility="public", **more)

    return ProfileIndex.build([
        profile("loos", "facility", ["Toilet trailers and honeywagons"], "Hanley",
                summary="Honeywagon and welfare trailer hire for film units."),
        profile("booth", "facility", ["Voice-over recording studio"], "Burslem",
                summary="A voice booth for voice-over and narration sessions."),
        profile("animator", "freelancer", ["2D animator"], "Leek", summary="Character animation for TV."),
        profile("wrangler", "freelancer", ["Data wrangler"], "Hanley", summary="On-set data management."),
        profile("cam-a", "freelancer", ["Camera operator"], "Stoke-on-Trent", equipment=["Sony FX6"]),
        profile("cam-b", "freelancer", ["Camera operator"], "Stoke-on-Trent", languages=["English", "Urdu"]),
    ], encoder)


def test_no_false_gap_when_a_profiles_own_words_offer_the_need(small_cluster, encoder):
    """Issue 12: a gap is checked against what search finds; a company listing honeywagons or a
    voice-over studio is a real holder, though its role words are not the taxonomy's label."""
    brief = parse_brief("Filming in Hanley on 3 March 2027: we need a honeywagon and a studio to record a "
                        "voice-over.", today=TODAY, encoder=encoder)
    sheet = match_brief(small_cluster, brief)
    assert [(r.need.role, r.gap, [m.id for m in r.matches]) for r in sheet.needs] == [
        ("facilities-vehicles", False, ["loos"]), ("adr-studio", False, ["booth"])]


def test_a_gap_lists_no_unrelated_people(small_cluster, encoder):
    sheet = match_brief(small_cluster, parse_brief("Filming in Hanley on 3 March 2027: we need an animal "
                                                   "wrangler.", today=TODAY, encoder=encoder))
    (result,) = sheet.needs
    assert result.gap and result.matches == [] and result.beyond == []  # no data wrangler, no animator


def test_a_language_asked_for_is_evidence_in_the_ranking(small_cluster, encoder):
    sheet = match_brief(small_cluster, parse_brief("Shoot in Stoke-on-Trent on 3 March 2027: need a camera "
                                                   "operator who speaks Urdu.", today=TODAY, encoder=encoder))
    (result,) = sheet.needs
    assert result.matches[0].id == "cam-b" and result.qualifiers_met == {"cam-b": ["speaks Urdu"]}
