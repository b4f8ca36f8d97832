"""The shipped demo cluster: valid, complete enough, in the right places, fictional, varied, reproducible."""

from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

from matcher.demo import DEMO_PATH, load_demo
from matcher.geo import haversine_km
from models import Profile

# Where each demo town is: its postcode districts, and for towns outside Staffordshire a centre.
LOCAL_DISTRICTS = {
    "Tunstall": {"ST6"}, "Burslem": {"ST6"}, "Hanley": {"ST1"}, "Stoke": {"ST4"}, "Fenton": {"ST4"},
    "Longton": {"ST3"}, "Newcastle-under-Lyme": {"ST5"}, "Kidsgrove": {"ST7"}, "Biddulph": {"ST8"},
    "Leek": {"ST13"}, "Cheadle": {"ST10"}, "Stone": {"ST15"}, "Stafford": {"ST16", "ST17"},
    "Uttoxeter": {"ST14"}, "Rugeley": {"WS15"}, "Cannock": {"WS11", "WS12"}, "Lichfield": {"WS13", "WS14"},
    "Tamworth": {"B77", "B78", "B79"}, "Burton upon Trent": {"DE13", "DE14", "DE15"},
}
NEIGHBOURS = {  # town: (districts, (lat, lon) of the town centre)
    "Crewe": ({"CW1", "CW2"}, (53.098, -2.441)),
    "Macclesfield": ({"SK10", "SK11"}, (53.259, -2.127)),
    "Derby": ({"DE1", "DE3"}, (52.922, -1.476)),
    "Wolverhampton": ({"WV1", "WV2", "WV3", "WV4"}, (52.586, -2.128)),
    "Birmingham": ({"B1", "B3", "B5"}, (52.480, -1.903)),
    "Manchester": ({"M1", "M3", "M4"}, (53.480, -2.243)),
}
KIT_ROLES = re.compile(r"\b(DoP|Director of Photography|Cinematographer|Camera Op|Camera Operator|Drone|Steadicam"
                       r"|Gaffer|Spark|Lighting)\b")
EMAIL_DOMAIN = re.compile(r"@([a-z0-9-]+\.)*(example\.(com|co\.uk|net|org)|[a-z0-9-]+\.example)$")
PHONE = re.compile(r"^(07700 900\d{3}|01632 960\d{3})$")
FIRST_PERSON = re.compile(r"\b(I|I'm|I've|I'll|my|me)\b")


@pytest.fixture(scope="module")
def demo() -> list[Profile]:
    return load_demo()


def of_kind(demo: list[Profile], kind: str) -> list[Profile]:
    return [p for p in demo if p.kind == kind]


def share(profiles: list[Profile], test) -> float:
    return sum(1 for p in profiles if test(p)) / len(profiles)


km = haversine_km


# --- format and counts ---------------------------------------------------------------------------


def test_every_line_is_a_valid_profile_with_a_unique_readable_id():
    lines = [line for line in DEMO_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    profiles = [Profile.model_validate_json(line) for line in lines]
    ids = [p.id for p in profiles]
    assert len(ids) == len(set(ids))
    prefixes = {"company": "co-", "facility": "fa-", "freelancer": "fl-", "investor": "in-"}
    assert all(p.id.startswith(prefixes[p.kind]) for p in profiles)


def test_counts_per_kind_meet_the_cluster_minimums(demo):
    counts = collections.Counter(p.kind for p in demo)
    assert counts["company"] >= 160
    assert counts["freelancer"] >= 600
    assert counts["facility"] >= 40


def test_names_are_unique_per_kind(demo):
    for kind in ("company", "facility", "freelancer"):
        names = [p.name for p in of_kind(demo, kind)]
        assert len(names) == len(set(names)), kind


# --- coverage: complete enough to match on, incomplete like real data ---------------------------


def test_freelancer_field_coverage(demo):
    crew = of_kind(demo, "freelancer")
    assert share(crew, lambda p: p.roles and 1 <= len(p.roles) <= 3) == 1
    assert share(crew, lambda p: p.summary and p.headline) == 1
    assert 0.90 <= share(crew, lambda p: p.location) <= 0.98
    assert 0.85 <= share(crew, lambda p: p.availability) <= 0.95
    assert share(crew, lambda p: p.credits) >= 0.75
    assert share(crew, lambda p: p.day_rate_gbp) >= 0.85
    assert share(crew, lambda p: p.skills) >= 0.9
    assert share(crew, lambda p: p.travel_radius_km) >= 0.8


def test_camera_and_lighting_people_mostly_list_their_kit(demo):
    kit_people = [p for p in of_kind(demo, "freelancer") if KIT_ROLES.search(p.roles[0])]
    assert len(kit_people) >= 60
    assert share(kit_people, lambda p: p.equipment) >= 0.5


def test_hire_firms_list_their_kit(demo):
    hire = [p for p in of_kind(demo, "company")
            if any("hire" in r.lower() and ("camera" in r.lower() or "lighting" in r.lower()) for r in p.roles)]
    assert 2 <= len(hire) <= 6, "equipment hire should exist but be scarce"
    assert all(len(p.equipment) >= 5 for p in hire)


def test_company_and_facility_coverage(demo):
    companies, facilities = of_kind(demo, "company"), of_kind(demo, "facility")
    assert share(companies, lambda p: p.roles and p.summary and p.headline and p.sectors) == 1
    assert share(companies, lambda p: p.location) >= 0.95
    assert share(facilities, lambda p: p.facilities and p.summary and p.location) >= 0.95
    assert share(facilities, lambda p: p.availability) >= 0.7
    assert 0.02 <= share(demo, lambda p: p.location is None) <= 0.06


def test_investor_facts_for_a_good_share_of_companies(demo):
    companies = of_kind(demo, "company")
    investor_ready = [p for p in companies if p.company and p.company.stage and p.company.eis is not None
                      and p.company.own_ip is not None]
    assert len(investor_ready) / len(companies) >= 0.4
    assert sum(1 for p in companies if p.company and p.company.raising_gbp) >= 15
    assert {p.company.stage for p in investor_ready} >= {"pre-seed", "seed", "series-a", "established"}


def test_investor_facts_are_plausible(demo):
    numbers = []
    for p in of_kind(demo, "company"):
        facts = p.company
        if facts is None:
            continue
        numbers.append(facts.number)
        assert re.fullmatch(r"99\d{6}", facts.number), "fictional numbers come from the unissued 99 block"
        assert facts.sic_codes and all(re.fullmatch(r"\d{5}", code) for code in facts.sic_codes)
        if facts.seis:
            assert facts.founded >= 2023 and facts.employees < 25, p.id
        if facts.raising_gbp:  # a raise may state only its lower figure ("£100k+")
            assert 10_000 <= facts.raising_gbp.min <= (facts.raising_gbp.max or facts.raising_gbp.min) <= 20_000_000
    assert len(numbers) == len(set(numbers))


def test_many_companies_raise_at_varied_stages_and_amounts_some_with_unknowns(demo):
    raising = [p.company for p in of_kind(demo, "company") if p.company and p.company.raising_gbp]
    assert len(raising) >= 45
    assert {f.stage for f in raising} >= {"pre-seed", "seed", "series-a", "growth", "established", None}
    tops = [f.raising_gbp.max for f in raising if f.raising_gbp.max]
    assert min(tops) <= 50_000 and max(tops) >= 2_000_000, "from angel rounds to series A and beyond"
    assert sum(1 for f in raising if f.raising_gbp.max is None) >= 3, "some state only a lower figure"


def test_investor_profiles_of_every_kind_with_stated_interests(demo):
    investors = of_kind(demo, "investor")
    assert len(investors) >= 25
    types = collections.Counter(p.investor.type for p in investors)
    assert set(types) == {"angel", "syndicate", "fund", "public-fund"} and min(types.values()) >= 4
    for p in investors:
        facts = p.investor
        assert p.summary and len(p.summary.split()) >= 30 and p.headline, p.id
        assert facts.ticket_gbp and (facts.ticket_gbp.min or facts.ticket_gbp.max), p.id
    assert {p.visibility for p in investors} == {"public", "members", "staff"}
    assert sum(1 for p in investors if p.investor.stages) >= 20
    assert sum(1 for p in investors if p.investor.places or p.investor.radius_km) >= 20
    assert sum(1 for p in investors if p.investor.seis or p.investor.eis) >= 15


def test_investor_theses_are_written_in_varied_voices(demo):
    investors = of_kind(demo, "investor")
    firsts = collections.Counter(skeleton(first_sentence(p.summary), set()) for p in investors)
    assert len(firsts) == len(investors)
    first_person = share(investors, lambda p: FIRST_PERSON.search(p.summary))
    assert 0.2 <= first_person <= 0.7
    assert share(investors, lambda p: re.search(r"\b(We|we|Our|our)\b", p.summary)) >= 0.2


# --- places --------------------------------------------------------------------------------------


def test_locations_are_real_districts_of_their_towns_and_in_the_area(demo):
    for p in demo:
        loc = p.location
        if loc is None:
            continue
        assert loc.lat is not None and re.fullmatch(r"[A-Z]{1,2}\d{1,2}", loc.postcode), p.id
        if loc.town in LOCAL_DISTRICTS:
            assert loc.postcode in LOCAL_DISTRICTS[loc.town], (p.id, loc.town, loc.postcode)
            assert 52.4 <= loc.lat <= 53.6 and -2.7 <= loc.lon <= -1.3, p.id
        else:
            districts, (lat, lon) = NEIGHBOURS[loc.town]
            assert loc.postcode in districts, (p.id, loc.town, loc.postcode)
            assert km(loc.lat, loc.lon, lat, lon) < 8, p.id


def test_towns_are_weighted_like_the_real_cluster(demo):
    towns = collections.Counter(p.location.town for p in demo if p.location)
    stoke_and_newcastle = sum(towns[t] for t in ("Tunstall", "Burslem", "Hanley", "Stoke", "Fenton", "Longton",
                                                 "Newcastle-under-Lyme"))
    assert stoke_and_newcastle / sum(towns.values()) >= 0.4
    assert set(LOCAL_DISTRICTS) | set(NEIGHBOURS) == set(towns)
    assert sum(towns[t] for t in NEIGHBOURS) / sum(towns.values()) <= 0.15


def test_points_sit_near_their_district_centroid_in_the_gazetteer(demo):
    from matcher.geo import load_gazetteer

    gazetteer = load_gazetteer()
    for p in demo:
        loc = p.location
        if loc is None:
            continue
        district, town = gazetteer.resolve(loc.postcode), gazetteer.resolve(loc.town)
        assert district is not None and town is not None, p.id
        assert km(loc.lat, loc.lon, district.lat, district.lon) < 1.5, p.id
        assert km(loc.lat, loc.lon, town.lat, town.lon) < 8, p.id


# --- fictional contact data, fixed dates, plausible numbers --------------------------------------


def test_contact_details_are_fictional(demo):
    phones = []
    for p in demo:
        contact = p.contact
        assert contact is not None, p.id
        if contact.email:
            assert EMAIL_DOMAIN.search(contact.email), contact.email
        if contact.website:
            assert re.fullmatch(r"https://(www\.)?[a-z0-9-]+\.example", contact.website), contact.website
        if contact.phone:
            assert PHONE.match(contact.phone), contact.phone
            phones.append(contact.phone)
    assert len(phones) == len(set(phones))


def test_availability_is_on_fixed_dates_with_both_statuses(demo):
    first, last = dt.date(2026, 12, 1), dt.date(2027, 12, 31)
    statuses = collections.Counter()
    for p in demo:
        previous_end = None
        for window in p.availability:
            assert first <= window.start <= window.end <= last, p.id
            assert previous_end is None or window.start > previous_end, f"{p.id} windows overlap or are unordered"
            previous_end = window.end
            statuses[window.status] += 1
    assert statuses["available"] > 0.3 * sum(statuses.values())
    assert statuses["booked"] > 0.2 * sum(statuses.values())


def test_day_rates_are_realistic_for_regional_crew(demo):
    expectations = {  # role title pattern: (lowest plausible min, highest plausible max)
        r"^(Runner|Production Runner|Floor Runner)$": (100, 200),
        r"^(Spark|Lighting Electrician|Electrician)$": (220, 360),
        r"^Gaffer": (300, 500),
        r"^(DoP|Director of Photography|Cinematographer)$": (400, 1000),
        r"^(Editor|Video Editor|Offline Editor|Film Editor)$": (220, 500),
    }
    for p in of_kind(demo, "freelancer"):
        if p.day_rate_gbp is None:
            continue
        assert p.day_rate_gbp.min <= p.day_rate_gbp.max
        for pattern, (low, high) in expectations.items():
            if re.search(pattern, p.roles[0]):
                assert low <= p.day_rate_gbp.min and p.day_rate_gbp.max <= high, (p.id, p.roles[0], p.day_rate_gbp)


def test_credits_are_plausible(demo):
    kinds = {"feature", "tv drama", "documentary", "commercial", "corporate", "music video", "short", "game",
             "animation series"}
    for p in demo:
        for credit in p.credits:
            assert 2008 <= credit.year <= 2026 and credit.type in kinds and credit.role, (p.id, credit)
        if p.company and p.company.founded:
            assert all(c.year >= p.company.founded for c in p.credits), p.id
    shared = collections.Counter(c.title for p in of_kind(demo, "freelancer") for c in p.credits)
    assert sum(1 for n in shared.values() if n >= 5) >= 30, "crew should overlap on productions, as in a real cluster"


# --- natural, varied writing ---------------------------------------------------------------------


def own_words(p: Profile) -> set[str]:
    loc = p.location
    terms = p.roles + p.skills + p.equipment + ([loc.town or "", loc.postcode or ""] if loc else [])
    return {w for term in terms for w in re.findall(r"[a-z0-9']+", term.lower())}


def skeleton(text: str, own: set[str]) -> str:
    """The sentence pattern: capitalised words, numbers and the profile's own terms become placeholders."""
    out: list[str] = []
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]", text):
        if token[0].isdigit():
            tag = "#"
        elif token[0].isupper() and token not in ("I", "I'm", "I've", "I'll", "I'd"):
            tag = "C"
        elif token.lower() in own:
            tag = "R"
        else:
            tag = token.lower()
        if not (out and tag in "C R #" and out[-1] == tag):
            out.append(tag)
    return " ".join(out)


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[0]


def test_no_summary_pattern_is_shared_by_more_than_a_small_share(demo):
    for kind in ("freelancer", "company", "facility"):
        profiles = of_kind(demo, kind)
        counts = collections.Counter(skeleton(p.summary, own_words(p)) for p in profiles)
        pattern, count = counts.most_common(1)[0]
        assert count / len(profiles) <= 0.025, (kind, pattern, count)


def test_freelancer_first_sentences_are_diverse(demo):
    crew = of_kind(demo, "freelancer")
    firsts = collections.Counter(skeleton(first_sentence(p.summary), own_words(p)) for p in crew)
    assert len(firsts) / len(crew) >= 0.7
    assert firsts.most_common(1)[0][1] / len(crew) <= 0.03


def test_freelancers_write_in_different_voices_and_lengths(demo):
    crew = of_kind(demo, "freelancer")
    first_person = share(crew, lambda p: FIRST_PERSON.search(p.summary))
    third_person = share(crew,
                         lambda p: p.summary.split()[0] in p.name.split() or f" {p.name.split()[0]} " in p.summary)
    assert 0.45 <= first_person <= 0.85
    assert third_person >= 0.1
    lengths = collections.Counter(min(len(re.findall(r"[.!?](\s|$)", p.summary)), 5) for p in crew)
    assert len(lengths) >= 4 and max(lengths.values()) / len(crew) <= 0.5


def test_headlines_vary(demo):
    crew = of_kind(demo, "freelancer")
    headlines = collections.Counter(skeleton(p.headline, own_words(p)) for p in crew)
    assert len(headlines) >= 150
    assert headlines.most_common(1)[0][1] / len(crew) <= 0.1


# --- links to the rest of the matcher ------------------------------------------------------------


def test_crew_role_titles_resolve_in_the_taxonomy(demo):
    from matcher.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    terms = [role for p in of_kind(demo, "freelancer") for role in p.roles]
    unresolved = collections.Counter(t for t in terms if taxonomy.resolve(t) is None)
    assert 1 - sum(unresolved.values()) / len(terms) >= 0.95, unresolved.most_common(10)


# --- reproducible --------------------------------------------------------------------------------


def test_generator_reproduces_the_shipped_file_byte_for_byte(tmp_path):
    from matcher.demo import generate

    out = tmp_path / "cluster.jsonl"
    assert generate.main(["--out", str(out)]) == 0
    assert out.read_bytes() == DEMO_PATH.read_bytes()
