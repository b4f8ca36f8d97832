"""Format checks only for evaluation/data/briefs/*/briefs.jsonl (does not score anything)."""
import csv, datetime, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMS = {"email", "form", "text", "callout", "notice", "tender", "whatsapp", "transcript", "other"}
KINDS = {"crew", "company", "facility", "service", "kit"}
PLACE_KINDS = {"town", "village", "venue", "landmark", "area", "postcode", "road", "county"}


def iso(v):
    if v is None:
        return True
    try:
        return datetime.date.fromisoformat(v).isoformat() == v
    except (TypeError, ValueError):
        return False


def check(rec, roles, where):
    errs = []
    e = errs.append
    for k in ("_id", "today", "form", "language", "text", "needs", "places", "not_places", "dates", "source_note"):
        if k not in rec:
            e(f"missing {k}")
    if errs:
        return errs
    if not iso(rec["today"]) or not ("2026-11-01" <= rec["today"] <= "2027-01-31"):
        e("today not ISO or out of range")
    if rec["form"] not in FORMS:
        e(f"bad form {rec['form']}")
    text = rec["text"]
    for n in rec["needs"]:
        r = n.get("role")
        if r is not None and r not in roles:
            e(f"unknown role {r}")
        if r is None:
            if not n.get("new_role"):
                e("role null without new_role")
            if "nearest_role" not in n:
                e("role null without nearest_role key")
            elif n["nearest_role"] is not None and n["nearest_role"] not in roles:
                e(f"unknown nearest_role {n['nearest_role']}")
        for a in n.get("alt_roles", []):
            if a not in roles:
                e(f"unknown alt_role {a}")
            if a == r:
                e(f"alt_role repeats role {a}")
        if not isinstance(n.get("quantity"), int) or n["quantity"] < 1:
            e("bad quantity")
        if n.get("kind") not in KINDS:
            e(f"bad kind {n.get('kind')}")
        if not isinstance(n.get("qualifiers"), list):
            e("qualifiers not a list")
        if not n.get("evidence") or n["evidence"] not in text:
            e(f"evidence not in text: {n.get('evidence')!r}")
    rs = [n.get("role") for n in rec["needs"] if n.get("role")]
    if len(rs) != len(set(rs)):
        e(f"role repeated within brief: {rs}")
    for p in rec["places"]:
        if p.get("kind") not in PLACE_KINDS:
            e(f"bad place kind {p}")
        if not p.get("name"):
            e("place without name")
        w = p.get("within", [])
        if not isinstance(w, list) or not all(isinstance(x, str) and x for x in w):
            e(f"within must be a list of names: {p}")
    if not all(isinstance(x, str) and x for x in rec["not_places"]):
        e("not_places must be a list of names")
    d = rec["dates"]
    for k in ("start", "end", "deadline"):
        if not iso(d.get(k)):
            e(f"dates.{k} not ISO: {d.get(k)}")
    if d.get("start") and d.get("end") and d["end"] < d["start"]:
        e("end before start")
    if d.get("end") and not d.get("start"):
        e("end without start")
    return errs


def main():
    roles = set()
    roles_path = sys.argv[1] if len(sys.argv) > 1 else HERE / "roles.tsv"
    with open(roles_path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            roles.add(row["id"])
    ids, bad = set(), 0
    for p in sorted(HERE.glob("*/*.jsonl")):
        part = f"{p.parent.name}/{p.name}"
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as x:
                print(f"{part}:{i}: not JSON: {x}")
                bad += 1
                continue
            errs = check(rec, roles, f"{part}:{i}")
            if rec.get("_id") in ids:
                errs.append("duplicate _id")
            ids.add(rec.get("_id"))
            for x in errs:
                print(f"{part}:{i} {rec.get('_id')}: {x}")
            bad += bool(errs)
    print(f"{len(ids)} briefs checked, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
