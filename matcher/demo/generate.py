"""Write the demo cluster: ``python -m matcher.demo.generate [--out PATH] [--check]``.

Everything is drawn from random generators seeded from SEED and a label, so the output is the
same byte for byte on every run, and changing one part (say, the facilities) does not reshuffle
the others. District centroids are read from the shared reference table at this point only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from matcher.demo import DEMO_PATH, curated, places
from matcher.demo.companies import company
from matcher.demo.credits import assign_producers, fill_units
from matcher.demo.crew import freelancer
from matcher.demo.facilities import facility
from matcher.demo.investor_profiles import investor
from matcher.demo.investors import NumberBook, add_raise
from matcher.demo.people import PhoneBook
from models import Profile

__all__ = ["FREELANCERS", "SEED", "build", "main", "render"]

SEED = 20261201
FREELANCERS = 640
FIELD_ORDER = tuple(Profile.model_fields)


def rng_for(*labels: object) -> random.Random:
    return random.Random(f"{SEED}:" + ":".join(str(label) for label in labels))


def department_plan(total: int) -> list[curated.Department]:
    """Exactly ``total`` departments, apportioned to the weights by largest remainder, in seeded order."""
    depts = curated.departments()
    weight_sum = sum(d.weight for d in depts)
    shares = [total * d.weight / weight_sum for d in depts]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(depts)), key=lambda i: (counts[i] - shares[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    plan = [dept for dept, count in zip(depts, counts, strict=True) for _ in range(count)]
    rng_for("departments").shuffle(plan)
    return plan


def _compact(value: Any) -> Any:
    """Drop empty fields so each line carries only what the profile actually says."""
    if isinstance(value, dict):
        kept = {k: _compact(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, [], {}, "")}
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value


def build(centroids: dict[str, tuple[float, float]], freelancers: int = FREELANCERS) -> list[dict[str, Any]]:
    env: dict[str, Any] = {
        "centroids": centroids,
        "phones": PhoneBook(rng_for("phones")),
        "numbers": NumberBook(rng_for("company-numbers")),
        "taken_names": set(),
    }
    rows = list(curated.companies())
    env["producers"] = assign_producers(rng_for("producers"), rows)
    profiles = [company(rng_for("company", row["name"]), row, env) for row in rows]
    for profile, row in zip(profiles, rows, strict=True):  # more raising: a label of its own, nothing reshuffled
        profile["company"] = add_raise(rng_for("raise", row["name"]), row, profile["company"])
    profiles += [facility(rng_for("facility", row["name"]), row, env) for row in curated.facilities()]
    for index, dept in enumerate(department_plan(freelancers), start=1):
        profiles.append(freelancer(rng_for("freelancer", index), index, dept, env))
    fill_units(lambda title: rng_for("unit", title), profiles, env["producers"])
    profiles += [investor(rng_for("investor", row["name"]), row, env) for row in curated.investors()]
    ordered = [{key: profile.get(key) for key in FIELD_ORDER if key in profile} for profile in profiles]
    return [_compact(profile) for profile in ordered]


def render(profiles: list[dict[str, Any]]) -> str:
    """One JSON object per line, validated against the import format."""
    lines = []
    for profile in profiles:
        Profile.model_validate(profile)
        lines.append(json.dumps(profile, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEMO_PATH, help=f"where to write (default {DEMO_PATH})")
    parser.add_argument("--freelancers", type=int, default=FREELANCERS,
                        help=f"how many freelancers (default {FREELANCERS}; more makes a larger test corpus)")
    parser.add_argument("--check", action="store_true", help="only report whether --out is up to date")
    args = parser.parse_args(argv)
    text = render(build(places.load_centroids(), freelancers=args.freelancers))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        print("up to date" if current == text else f"{args.out} differs from a fresh generation")
        return 0 if current == text else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} profiles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
