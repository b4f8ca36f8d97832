"""The screen-role taxonomy: data integrity, resolve() of role strings, mentions() in free text."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import pytest

from matcher.taxonomy import DATA_DIR, Department, Mention, Role, Taxonomy, TaxonomyError, load_taxonomy

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference"  # copies, with SOURCE.md

CREW_DEPARTMENTS = {  # the 17 departments the issue asks for, plus SFX and cast
    "camera", "lighting-and-grip", "sound", "art-and-construction", "props", "costume", "hair-and-make-up",
    "production-office", "locations", "direction-and-script", "writing", "editing-and-post", "vfx-and-animation",
    "music", "stunts", "unit-facilities", "games-development", "special-effects", "cast-and-performance",
    "access-and-language", "live-and-studio-tv",
}
FACILITY_CLASSES = {  # issue's facility and service classes -> the role that stands for each
    "studio and sound stage": "sound-stage", "camera hire": "camera-hire", "lighting hire": "lighting-hire",
    "grip hire": "grip-hire", "post-production house": "post-production-house", "grading suite": "grading-suite",
    "sound mix": "dubbing-theatre", "dubbing theatre": "dubbing-theatre", "unit base": "unit-base",
    "catering": "catering", "honeywagons": "facilities-vehicles", "location services": "location-agency",
    "casting agency": "casting-agency", "talent agency": "talent-agency", "costume hire": "costume-hire",
    "screening room": "screening-room", "drone filming": "drone-filming", "aerial filming": "drone-filming",
    "prop hire": "prop-hire", "motion capture": "mocap-studio", "VFX house": "vfx-house",
    "animation studio": "animation-studio", "production company": "production-company",
    "production services": "production-services-company", "games studio": "games-studio", "edit suite": "edit-suite",
    "ADR": "adr-studio", "unit transport": "unit-transport", "equipment hire": None,
}

# TMDb credited jobs held by >= 20 people in the reference film_credit_jobs.csv, and the role each must resolve to.
# "Thanks" (48) is a dedication, not a job: it must resolve to nothing.
TMDB_CREDITS_20 = {
    "Art Direction": "art-director", "Set Designer": "set-designer",
    "Assistant Art Director": "assistant-art-director",
    "Art Department Coordinator": "art-department-coordinator", "Production Design": "production-designer",
    "Set Decoration": "set-decorator", "Supervising Art Director": "supervising-art-director",
    "Construction Coordinator": "construction-manager", "Greensman": "greensman", "Sculptor": "sculptor",
    "Conceptual Design": "concept-artist", "Leadman": "dressing-props",
    "Art Department Assistant": "art-department-assistant", "Camera Operator": "camera-operator",
    "Director of Photography": "director-of-photography", "Still Photographer": "stills-photographer",
    "First Assistant Camera": "first-assistant-camera", "Steadicam Operator": "steadicam-operator",
    "Grip": "grip", "Additional Camera": "camera-operator", "Makeup Artist": "make-up-artist",
    "Set Costumer": "costume-standby", "Hairstylist": "hair-stylist", "Costume Supervisor": "costume-supervisor",
    "Costume Design": "costume-designer", "Makeup Department Head": "hair-and-make-up-designer",
    "Assistant Costume Designer": "assistant-costume-designer", "Key Hair Stylist": "hair-stylist",
    "Seamstress": "costume-maker", "Hair Department Head": "hair-and-make-up-designer",
    "Visual Effects Editor": "vfx-editor", "Stunts": "stunt-performer", "CG Supervisor": "cg-supervisor",
    "Stunt Coordinator": "stunt-coordinator", "Property Master": "property-master",
    "Scenic Artist": "scenic-artist", "Special Effects Coordinator": "sfx-supervisor",
    "Transportation Coordinator": "transport-captain", "Makeup Effects": "prosthetics-artist",
    "Armorer": "armourer", "Second Unit Cinematographer": "director-of-photography",
    "Sequence Supervisor": "cg-supervisor", "Sound Recordist": "production-sound-mixer",
    "Dialect Coach": "dialect-coach", "Visual Effects Art Director": "concept-artist",
    "Post Production Supervisor": "post-production-supervisor", "Digital Effects Supervisor": "cg-supervisor",
    "Unit Publicist": "publicist", "Director": "director", "Script Supervisor": "script-supervisor",
    "Layout": "layout-artist", "Editor": "editor", "Dialogue Editor": "dialogue-editor",
    "First Assistant Editor": "assistant-editor", "Digital Intermediate": "colourist", "Gaffer": "gaffer",
    "Rigging Gaffer": "rigging-gaffer", "Rigging Grip": "rigger", "Lighting Technician": "electrician",
    "Electrician": "electrician", "Producer": "producer", "Executive Producer": "executive-producer",
    "Casting": "casting-director", "Co-Producer": "producer", "Associate Producer": "associate-producer",
    "Location Manager": "location-manager", "Casting Associate": "casting-assistant",
    "Production Manager": "production-manager", "Production Supervisor": "production-manager",
    "Production Coordinator": "production-coordinator", "Unit Production Manager": "production-manager",
    "Line Producer": "line-producer", "Sound Effects Editor": "sound-editor", "Music Editor": "music-editor",
    "Sound Designer": "sound-designer", "Sound Re-Recording Mixer": "re-recording-mixer",
    "Supervising Sound Editor": "supervising-sound-editor", "Original Music Composer": "composer",
    "Foley": "foley-artist", "ADR & Dubbing": "adr-mixer", "Orchestrator": "orchestrator",
    "Boom Operator": "boom-operator", "Music": "composer", "Visual Effects Producer": "vfx-producer",
    "Visual Effects Supervisor": "vfx-supervisor", "Animation": "animator",
    "Visual Effects Coordinator": "vfx-coordinator", "Animation Supervisor": "animation-supervisor",
    "Visual Effects": "vfx-artist", "Visual Development": "concept-artist",
    "Special Effects Supervisor": "sfx-supervisor", "Animation Director": "animation-director",
    "Modeling": "3d-modeller", "Screenplay": "screenwriter", "Story": "screenwriter", "Writer": "screenwriter",
    "Characters": "screenwriter", "Novel": "screenwriter", "Storyboard": "storyboard-artist",
    "Author": "screenwriter",
}

JARGON = [
    ("Gaffer", "gaffer"), ("Spark", "electrician"), ("sparks", "electrician"), ("sparky", "electrician"),
    ("1st AC / Focus Puller", "first-assistant-camera"), ("Focus puller", "first-assistant-camera"),
    ("focus pullers", "first-assistant-camera"), ("Best Boy Electric", "best-boy-electric"),
    ("best boy", "best-boy-electric"), ("DoP", "director-of-photography"), ("DP", "director-of-photography"),
    ("D.O.P.", "director-of-photography"), ("Director of Photography", "director-of-photography"),
    ("cinematographer", "director-of-photography"), ("Asst. Editor", "assistant-editor"),
    ("2nd Assistant Director", "second-assistant-director"), ("clapper loader", "second-assistant-camera"),
    ("Clapper/Loader", "second-assistant-camera"), ("2nd AC", "second-assistant-camera"),
    ("1st AD", "first-assistant-director"), ("AD", "first-assistant-director"),
    ("3rd AD", "third-assistant-director"), ("runner", "runner"), ("Floor Runner", "floor-runner"),
    ("genny op", "generator-operator"), ("Genny Operator", "generator-operator"),
    ("standby props", "standby-props"), ("Stand-by Props", "standby-props"),
    ("honeywagon", "facilities-vehicles"), ("Honey Wagons", "facilities-vehicles"),
    ("dailies", "dailies-colourist"), ("rushes", "dailies-colourist"), ("DIT", "digital-imaging-technician"),
    ("chippie", "carpenter"), ("chippies", "carpenter"), ("rigger", "rigger"), ("key grip", "key-grip"),
    ("dolly grip", "dolly-grip"), ("boom op", "boom-operator"), ("sound recordist", "production-sound-mixer"),
    ("production mixer", "production-sound-mixer"), ("script supervisor", "script-supervisor"),
    ("continuity", "script-supervisor"), ("location manager", "location-manager"),
    ("unit manager", "unit-manager"), ("drama costume standby", "costume-standby"),
    ("period costume standby", "costume-standby"), ("crowd", "supporting-artist"), ("SA", "supporting-artist"),
    ("SAs", "supporting-artist"), ("extras", "supporting-artist"), ("Hair & Make-up", "make-up-artist"),
    ("MUA", "make-up-artist"), ("Make-Up Artist", "make-up-artist"), ("makeup artists", "make-up-artist"),
    ("Production Co-ordinator", "production-coordinator"), ("Electrician (spark)", "electrician"),
    ("Colorist", "colourist"), ("Armorer", "armourer"), ("Senior Colourist", "colourist"),
    ("Second Unit Gaffer", "gaffer"), ("Freelance Steadicam Op", "steadicam-operator"),
    ("Gaffer based in Leek", "gaffer"), ("Stuntmen", "stunt-performer"), ("greensmen", "greensman"),
    ("ADR", "adr-studio"), ("SFX make-up artist", "prosthetics-artist"), ("SFX editor", "sound-editor"),
    ("post house", "post-production-house"), ("mocap", "mocap-studio"), ("Unit Base", "unit-base"),
]


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def _role(role_id: str, department: str, aliases: tuple[str, ...], kind: str = "crew") -> Role:
    return Role(role_id, role_id.title(), department, kind, aliases, (), "test role")


def test_departments_cover_the_issue_and_all_have_roles(tax: Taxonomy) -> None:
    crew = {d.id for d in tax.departments.values() if d.kind == "crew"}
    assert crew == CREW_DEPARTMENTS
    facility = [d for d in tax.departments.values() if d.kind == "facility"]
    assert len(facility) >= 15
    for department in tax.departments.values():
        roles = tax.roles_in(department.id)
        assert roles, department.id
        assert all(r.kind == department.kind for r in roles), department.id
    assert 150 <= len(tax.roles) <= 350  # issue 12: a broader vocabulary than the first taxonomy
    assert all(role.aliases and role.description for role in tax.roles.values())


@pytest.mark.parametrize(("phrase", "role_id"), sorted(FACILITY_CLASSES.items()))
def test_facility_classes_resolve_to_facilities(tax: Taxonomy, phrase: str, role_id: str | None) -> None:
    role = tax.resolve(phrase)
    if role_id is None:  # too vague to name one class: no guess
        assert role is None
    else:
        assert role is not None and role.id == role_id and role.kind == "facility"


def test_related_ids_exist_and_are_symmetric(tax: Taxonomy) -> None:
    for role in tax.roles.values():
        for other in role.related:
            assert role.id in tax.roles[other].related, (role.id, other)
    assert {"best-boy-electric", "electrician"} <= set(tax.roles["gaffer"].related)


@pytest.mark.parametrize(("term", "role_id"), JARGON)
def test_jargon_resolves(tax: Taxonomy, term: str, role_id: str | None) -> None:
    role = tax.resolve(term)
    assert (role.id if role else None) == role_id


def test_sfx_and_vfx_are_different_departments(tax: Taxonomy) -> None:
    sfx, vfx = tax.resolve("SFX"), tax.resolve("VFX")
    assert sfx is not None and vfx is not None
    assert (sfx.department, vfx.department) == ("special-effects", "vfx-and-animation")
    assert not tax.same_department(sfx.id, vfx.id)
    assert tax.resolve("special effects").id == sfx.id and tax.resolve("visual effects").id == vfx.id


@pytest.mark.parametrize("term", ["xyzzy", "", "   ", "Thanks", "Other", "the", "Production Artist",
                                  "flibbertigibbet op", "Actor's Assistant", "Props Department Manager",
                                  "equipment hire"])
def test_resolve_returns_none_for_unknown(tax: Taxonomy, term: str) -> None:
    assert tax.resolve(term) is None


@pytest.mark.parametrize(("job", "role_id"), sorted(TMDB_CREDITS_20.items()))
def test_tmdb_credits_held_by_20_or_more_resolve(tax: Taxonomy, job: str, role_id: str) -> None:
    role = tax.resolve(job)
    assert role is not None and role.id == role_id


def test_tmdb_non_job_credit_resolves_to_nothing(tax: Taxonomy) -> None:
    assert tax.resolve("Thanks") is None


def test_embedded_tmdb_list_matches_reference() -> None:
    with open(REFERENCE / "film_credit_jobs.csv", encoding="utf-8") as handle:
        jobs = {row["job"] for row in csv.DictReader(handle) if int(row["people_credited"]) >= 20}
    assert jobs - {"Thanks"} == set(TMDB_CREDITS_20)


def test_esco_labels_are_real_esco_occupations(tax: Taxonomy) -> None:
    with open(REFERENCE / "esco_screen_occupations.csv", encoding="utf-8") as handle:
        occupations = {row["occupation"] for row in csv.DictReader(handle)}
    used = {label for role in tax.roles.values() for label in role.esco}
    assert used and used <= occupations, used - occupations


def test_every_alias_label_and_id_resolves_to_its_own_role(tax: Taxonomy) -> None:
    wrong = []
    for role in tax.roles.values():
        for form in (*role.aliases, role.label, role.id):
            found = tax.resolve(form)
            if found is None or found.id != role.id:
                wrong.append((form, role.id, found and found.id))
    assert not wrong


def test_every_free_text_alias_is_found_whole_by_mentions(tax: Taxonomy) -> None:
    files = ("crew_roles.json", "facility_roles.json")
    data = [json.loads((DATA_DIR / name).read_text(encoding="utf-8")) for name in files]
    missed = []
    for entry in (entry for chunk in data for entry in chunk):
        for alias in (a for group in entry["aliases"].values() for a in group):
            found = tax.mentions(alias)
            if [(m.role.id, m.start, m.end) for m in found] != [(entry["id"], 0, len(alias))]:
                missed.append((alias, [(m.role.id, m.surface) for m in found]))
        for alias in (a for group in entry.get("resolve_only", {}).values() for a in group):
            if any((m.start, m.end) == (0, len(alias)) for m in tax.mentions(alias)):
                missed.append((alias, "resolve_only alias fired"))
    assert not missed, missed


BRIEFS = [
    ("need a gaffer, two sparks and a costume standby",
     [("gaffer", "gaffer"), ("electrician", "sparks"), ("costume-standby", "costume standby")]),
    ("Looking for a DoP and 1st AC/focus puller for a 3-day shoot in Stone, plus SFX (rain) and VFX clean-up in post.",
     [("director-of-photography", "DoP"), ("first-assistant-camera", "1st AC/focus puller"),
      ("sfx-technician", "SFX"), ("vfx-artist", "VFX")]),
    ("Period drama in Leek: we need a 2nd AD, a floor runner, standby props and a drama costume standby; "
     "hair & make-up for 40 SAs on crowd days.",
     [("second-assistant-director", "2nd AD"), ("floor-runner", "floor runner"), ("standby-props", "standby props"),
      ("costume-standby", "drama costume standby"), ("make-up-artist", "hair & make-up"),
      ("supporting-artist", "SAs")]),
    ("Unit base with honeywagons, catering for 80 and a genny op.\nDailies to the DIT each night.",
     [("unit-base", "Unit base"), ("facilities-vehicles", "honeywagons"), ("catering", "catering"),
      ("generator-operator", "genny op"), ("digital-imaging-technician", "DIT")]),  # dailies: footage, no role
    ("Sound recordist and boom op wanted; grading and the final mix at a Stoke post house.",
     [("production-sound-mixer", "Sound recordist"), ("boom-operator", "boom op"), ("grading-suite", "grading"),
      ("dubbing-theatre", "final mix"), ("post-production-house", "post house")]),
    ("KEY GRIP, Best Boy and a Spark; SFX make-up artist and an SFX editor too",
     [("key-grip", "KEY GRIP"), ("best-boy-electric", "Best Boy"), ("electrician", "Spark"),
      ("prosthetics-artist", "SFX make-up artist"), ("sound-editor", "SFX editor")]),
    ("steadicam op stoke", [("steadicam-operator", "steadicam op")]),
    ("drone filming and a green screen studio near Burslem", [("drone-filming", "drone filming"),
                                                            ("green-screen-studio", "green screen studio")]),
]


@pytest.mark.parametrize(("text", "expected"), BRIEFS)
def test_mentions_in_briefs(tax: Taxonomy, text: str, expected: list[tuple[str, str]]) -> None:
    found = tax.mentions(text)
    assert [(m.role.id, m.surface) for m in found] == expected
    assert all(text[m.start:m.end] == m.surface for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize("text", [
    "The art of the possible: we are in post on a feature and the edit is locked.",
    "Our managing director, Sam Driver, will spark interest with a publicity stunt.",
    "Filming near Stone and Stoke; the runner-up gets AC power and a PA system.",
    "Contact John Carpenter or Minnie Driver about the ad campaign and the dp figures.",
    "We shot on camera with sound, music and lighting; crowd scenes and an extra day.",
    "Business continuity matters, catering to all budgets; props to the team.",
    "A state of the art Adobe Illustrator workflow with a tailor-made story.",
])
def test_mentions_ignores_everyday_words_names_and_non_roles(tax: Taxonomy, text: str) -> None:
    assert tax.mentions(text) == []


def test_short_acronyms_match_only_in_capitals(tax: Taxonomy) -> None:
    for text in ("an ad agency", "Ad hoc", "dp", "Dp", "sfx", "vfx", "dit", "ac unit", "sa"):
        assert tax.mentions(text) == [], text
    for text, role_id in (("AD", "first-assistant-director"), ("ADs", "first-assistant-director"),
                          ("DP", "director-of-photography"), ("AC", "first-assistant-camera")):
        assert [m.role.id for m in tax.mentions(text)] == [role_id], text


def test_mentions_reads_a_dense_brief(tax: Taxonomy) -> None:
    brief = ("Period drama shooting six weeks around Leek and Stoke-on-Trent from March. We need a DoP with their own "
             "1st AC/focus puller, a gaffer, best boy and two sparks, a key grip and dolly grip, a sound recordist and "
             "boom op, standby props, a drama costume standby, hair & make-up artists for 40 SAs on crowd days, and a "
             "2nd AD. Unit base with honeywagons and catering for 80, genny op, plus SFX rain and VFX clean-up in "
             "post. "
             "Rushes to the DIT each night; grading and the sound mix at a local post house. ")
    found = tax.mentions(brief)
    assert len(found) >= 20
    assert all(brief[m.start:m.end] == m.surface for m in found)


def test_normalise_keeps_order_and_drops_duplicates(tax: Taxonomy) -> None:
    ids, unresolved = tax.normalise(["Spark", "Gaffer", "sparks", "Unicorn wrangler", "", "Unicorn wrangler", "DoP"])
    assert ids == ["electrician", "gaffer", "director-of-photography"]
    assert unresolved == ["Unicorn wrangler"]


def test_department_lookups(tax: Taxonomy) -> None:
    assert tax.department_of("gaffer") == Department("lighting-and-grip", "Lighting and grip", "crew")
    assert tax.same_department("gaffer", "electrician") and not tax.same_department("gaffer", "grip-hire")
    assert "unit-base" in {r.id for r in tax.roles_in("unit-base-and-facilities")}
    with pytest.raises(KeyError):
        tax.roles_in("no-such-department")
    with pytest.raises(KeyError):
        tax.department_of("no-such-role")


def test_load_taxonomy_is_cached() -> None:
    assert load_taxonomy() is load_taxonomy()


SMALL = {
    "departments": [{"id": "lighting", "label": "Lighting", "kind": "crew"}],
    "roles": [
        {"id": "gaffer", "label": "Gaffer", "department": "lighting", "aliases": {"uk-usage": ["gaffer"]},
         "related": ["spark"]},
        {"id": "spark", "label": "Spark", "department": "lighting", "aliases": {"uk-usage": ["electrician", "spark"]},
         "resolve_only": {"uk-usage": ["lighting"]}, "related": ["gaffer"]},
    ],
    "language": {"not_roles": ["spark plug"], "name_like": ["spark"]},
}


def _small(**changes: object) -> dict:
    data = json.loads(json.dumps(SMALL))
    for path, value in changes.items():
        *keys, last = path.split("__")
        node = data
        for key in keys:
            node = node[int(key)] if key.isdigit() else node[key]
        if isinstance(node, list) and int(last) == len(node):
            node.append(value)
        else:
            node[int(last) if last.isdigit() else last] = value
    return data


def test_small_taxonomy_from_data_works() -> None:
    small = Taxonomy.from_data(SMALL)
    assert small.resolve("Sparks").id == "spark" and small.resolve("lighting").id == "spark"
    found = small.mentions("a gaffer, a spark plug, Bob Spark and lighting")
    assert found == [Mention(small.roles["gaffer"], 2, 8, "gaffer")]


@pytest.mark.parametrize(("changes", "message"), [
    ({"roles__0__related": ["nobody"]}, "related id 'nobody' does not exist"),
    ({"roles__0__kind_of": "nobody"}, "kind_of 'nobody' is not another role"),
    ({"roles__0__kind_of": "gaffer"}, "kind_of 'gaffer' is not another role"),
    ({"roles__1__department": "sound"}, "unknown department 'sound'"),
    ({"roles__1__aliases": {"uk-usage": ["gaffer"]}}, "clashes"),
    ({"roles__1__aliases": {}, "roles__1__resolve_only": {"uk-usage": [" "]}}, "no aliases, or a blank one"),
    ({"roles__1__aliases": ["spark"]}, "filed by source"),
    ({"roles__1__aliases": {"my notes": ["spark"]}}, "unknown alias source 'my notes'"),
    ({"roles__1__id": "gaffer"}, "duplicate role id 'gaffer'"),
    ({"roles__0__id": "Gaffer Role"}, "not a lower-case slug"),
    ({"departments__1": {"id": "sound", "label": "Sound", "kind": "crew"}}, "'sound' has no roles"),
    ({"departments__0__kind": "freelance"}, "kind 'freelance'"),
    ({"language": {"not_roles": ["gaffer"]}}, "clashes"),
    ({"roles__0": {"id": "x"}}, "malformed"),
])
def test_invalid_data_raises_clear_error(changes: dict, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        Taxonomy.from_data(_small(**changes))


def test_direct_construction_validates_kind() -> None:
    lighting = Department("lighting", "Lighting", "crew")
    with pytest.raises(TaxonomyError, match="kind 'facility' differs"):
        Taxonomy([lighting], [_role("gaffer", "lighting", ("gaffer",), kind="facility")])
