"""Past work together on a crew sheet: who on it shares a production (same title, same year) with
whom across needs, and with the member that sent the brief."""

from __future__ import annotations

from matcher.briefs.worked_together import with_worked_together
from models.brief import Brief, CrewSheet, Need, NeedResult, Package
from models.match import ExplanationOut, MatchOut
from models.profile import Credit, Profile

EXPLANATION = ExplanationOut(score=1.0, dense=0.5, lexical=0.5, lexical_raw=3.0, taxonomy_boost=0.0,
                             context_penalty=0.0)


def _profile(pid: str, kind: str, *credits: tuple[str, int | None]) -> Profile:
    return Profile.model_validate({"id": pid, "kind": kind, "name": pid.replace("-", " ").title(),
                                   "credits": [Credit(title=t, year=y) for t, y in credits]})


PROFILES = {p.id: p for p in [
    _profile("kiln-films", "company", ("The Bottle Kiln Job", 2024), ("Five Towns", 2025)),
    _profile("gaffer-a", "freelancer", ("the bottle kiln job", 2024), ("Mow Cop at Dawn", 2017)),
    _profile("gaffer-b", "freelancer", ("The Bottle Kiln Job", 2024)),          # an alternative to gaffer-a
    _profile("sound", "freelancer", ("The Bottle Kiln Job", 2023), ("Mow Cop at Dawn", 2017)),
    _profile("caterer", "facility", ("Five Towns", 2019), ("Under the Chase", None)),
    _profile("stranger", "freelancer", ("Under the Chase", None)),
    _profile("hire-house", "company", ("Five Towns", 2025)),
]}


def _match(pid: str, rank: int) -> MatchOut:
    p = PROFILES[pid]
    return MatchOut(id=p.id, kind=p.kind, name=p.name, rank=rank, score=1.0, explanation=EXPLANATION)


def _sheet(*needs: list[str], packages: list[Package] = ()) -> CrewSheet:
    return CrewSheet(brief=Brief(needs=[Need(label=f"need {i}") for i in range(len(needs))]),
                     needs=[NeedResult(need=Need(label=f"need {i}"), gap=False,
                                       matches=[_match(pid, r) for r, pid in enumerate(ids, start=1)])
                            for i, ids in enumerate(needs)],
                     packages=list(packages))


def get_many(ids):
    return {pid: PROFILES[pid] for pid in ids if pid in PROFILES}


def _pairs(sheet: CrewSheet) -> set[tuple[str, str, str, bool]]:
    return {(p.a.id, p.b.id, p.productions[0], p.with_sender) for p in sheet.worked_together}


def test_people_on_different_needs_who_shared_a_production_are_linked_and_other_years_are_not():
    sheet = with_worked_together(_sheet(["gaffer-a", "gaffer-b"], ["sound"], ["caterer", "stranger"]), get_many)
    # gaffer-a and sound: Mow Cop at Dawn (2017) together; gaffer-b and sound: Bottle Kiln Job 2024 vs 2023,
    # two productions; caterer and stranger: same need, and a credit with no year links no one.
    assert _pairs(sheet) == {("gaffer-a", "sound", "Mow Cop at Dawn, 2017", False)}
    assert sheet.sender is None


def test_two_alternatives_for_one_need_are_not_listed_as_working_together():
    sheet = with_worked_together(_sheet(["gaffer-a", "gaffer-b"]), get_many)
    assert sheet.worked_together == []


def test_the_sender_is_linked_to_everyone_on_the_sheet_it_shared_a_production_with():
    sheet = with_worked_together(_sheet(["gaffer-a", "gaffer-b"], ["sound"], ["caterer"]), get_many,
                                 sender=PROFILES["kiln-films"])
    assert sheet.sender.id == "kiln-films" and sheet.sender.name == "Kiln Films"
    with_sender = [p for p in sheet.worked_together if p.with_sender]
    assert [(p.a.id, p.productions) for p in with_sender] == [
        ("gaffer-a", ["The Bottle Kiln Job, 2024"]), ("gaffer-b", ["The Bottle Kiln Job, 2024"])]
    assert sheet.worked_together[: len(with_sender)] == with_sender  # the sender's links come first
    assert all(p.b.id == "kiln-films" for p in with_sender)          # "sound" (2023) and "caterer" (2019): no


def test_a_package_serves_the_needs_it_covers():
    package = Package(id="hire-house", name="Hire House", kind="company", needs=[1], labels=["need 1"])
    sheet = with_worked_together(_sheet(["gaffer-a"], ["sound"], ["caterer"], packages=[package]), get_many,
                                 sender=PROFILES["kiln-films"])
    assert ("hire-house", "kiln-films", "Five Towns, 2025", True) in _pairs(sheet)
