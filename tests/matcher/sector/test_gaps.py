"""The gap report from recorded briefs: requested against filled, by department, role and
month; roles most missing; briefs lost for want of a role; facilities; demo data apart."""

from __future__ import annotations

import datetime as dt

from matcher.sector import gap_report, gaps_csv
from matcher.store.database import RecordedBrief


def brief(number: int, needs: list[tuple[str, str | None, str]], gaps: list[str], received: str,
          shoot: str | None = None, labels: frozenset[str] = frozenset()) -> RecordedBrief:
    parsed = {"needs": [{"label": label, "role": role, "kind": kind} for label, role, kind in needs],
              "dates": {"start": shoot, "end": shoot} if shoot else None}
    gap_rows = [{"need": label, "role": role, "kind": kind, "reason": "no one"} for label, role, kind in needs
                if label in gaps]
    return RecordedBrief(f"b{number}", f"Brief number {number}: " + "words " * 60, parsed, gap_rows,
                         dt.datetime.fromisoformat(received), labels)


BRIEFS = [
    brief(1, [("Gaffer", "gaffer", "crew"), ("Water tank / underwater stage", "water-tank", "facility")],
          ["Water tank / underwater stage"], "2026-11-02T10:00:00", "2027-03-03"),
    brief(2, [("Gaffer", "gaffer", "crew"), ("Stop-motion animator", "stop-motion-animator", "crew")],
          ["Gaffer", "Stop-motion animator"], "2026-12-05T10:00:00", "2027-03-20"),
    brief(3, [("Sound recordist", "production-sound-mixer", "crew"), ("A puppeteer", None, "crew")],
          [], "2026-12-06T10:00:00", None, frozenset({"demo"})),
]


def test_needs_requested_against_filled_by_department_role_and_month():
    report = gap_report(BRIEFS)
    assert (report["briefs"], report["needs"], report["filled"], report["missing"]) == (3, 6, 3, 3)
    roles = {r["label"]: r for r in report["by_role"]}
    assert (roles["Gaffer"]["requested"], roles["Gaffer"]["filled"], roles["Gaffer"]["missing"]) == (2, 1, 1)
    assert roles["A puppeteer"]["role"] is None and roles["A puppeteer"]["department"] == "Not in the taxonomy"
    departments = {r["department"]: r for r in report["by_department"]}
    assert departments["lighting-and-grip"]["requested"] == 2 and departments["studios-and-stages"]["missing"] == 1
    assert [(m["month"], m["requested"], m["missing"]) for m in report["by_month"]] == [("2026-11", 2, 1),
                                                                                      ("2026-12", 4, 2)]
    assert [(m["month"], m["requested"]) for m in report["by_shoot_month"]] == [("2027-03", 4)]


def test_the_roles_most_missing_and_the_briefs_lost_for_want_of_them():
    report = gap_report(BRIEFS)
    assert {r["role"]: r["missing"] for r in report["most_missing"]} == {"gaffer": 1, "stop-motion-animator": 1,
                                                                         "water-tank": 1}
    lost = report["lost_briefs"]
    assert lost["count"] == 2 and [b["id"] for b in lost["briefs"]] == ["b2", "b1"]  # newest first
    assert {r["role"]: r["briefs"] for r in lost["by_role"]} == {"gaffer": 1, "stop-motion-animator": 1,
                                                                 "water-tank": 1}
    assert lost["briefs"][0]["excerpt"].endswith("…") and len(lost["briefs"][0]["excerpt"]) <= 161


def test_facilities_lead_with_the_strategys_suspects():
    facilities = gap_report(BRIEFS)["facilities"]
    assert [f["facility"] for f in facilities] == ["Studio space", "Post-production", "Equipment hire"]
    studio = facilities[0]
    assert studio["suspect"] and (studio["requested"], studio["missing"]) == (1, 1)
    assert studio["missing_classes"][0]["missing"] == 1
    assert facilities[1]["requested"] == 0  # listed even when nobody asked


def test_demo_data_can_be_left_out_or_shown_alone():
    assert gap_report(BRIEFS, "real")["briefs"] == 2 and gap_report(BRIEFS, "demo")["briefs"] == 1
    assert gap_report(BRIEFS)["demo_briefs"] == 1


def test_the_report_exports_as_one_csv_with_formulas_defused():
    evil = brief(9, [("=HYPERLINK(1)", None, "crew")], ["=HYPERLINK(1)"], "2026-12-07T10:00:00")
    text = gaps_csv(gap_report([*BRIEFS, evil]))
    assert text.startswith("\ufefftable,key,label,kind,requested,filled,missing,briefs,detail")
    assert "'=HYPERLINK(1)" in text and ",=HYPERLINK" not in text
