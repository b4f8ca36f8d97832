"""The worst brief the service's caps allow: its time and memory, measured.

The caps (``service.caps``): at most ``max_brief_needs`` needs (40) and ``max_answer_matches``
shortlist places (300) per brief, a need's quantity at most 50, a shortlist at most 20, a
brief's text at most 20,000 characters. This script builds the demo cluster's index once
into a temporary home (the product's encoder), then runs each worst shape allowed in a fresh
process (so peak memory is that request's alone) and prints, per shape: seconds to match,
the process's resident memory after loading, and its peak while matching.

    PYTHONPATH=. HF_HUB_OFFLINE=1 nice -n 10 python scripts/worst_brief.py [--home DIR] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHAPES = {
    # 40 needs, every one a different role, five people each: 200 places, each search over-fetching 200.
    "40 needs x shortlist 5": {"needs": 40, "quantity": 1, "shortlist_size": 5},
    # 6 needs of 50 people: 300 places; each search over-fetches the other needs' 250.
    "6 needs x 50 people": {"needs": 6, "quantity": 50, "shortlist_size": 5},
    # 15 needs, shortlists of 20: 300 places.
    "15 needs x shortlist 20": {"needs": 15, "quantity": 1, "shortlist_size": 20},
    # the longest text allowed, naming every role many times (refused by the needs cap after reading)
    "20,000 characters naming every role": {"text": True},
}


def _brief(shape: dict) -> dict:
    from matcher.taxonomy import load_taxonomy

    roles = [r for r in load_taxonomy().roles.values()]
    if shape.get("text"):
        text = "Shooting in Leek 3-14 March 2027. We need " + ", ".join(f"50 {r.label.lower()}s" for r in roles)
        return {"text": (text * 10)[:20_000]}
    needs = [{"label": r.label, "role": r.id, "quantity": shape["quantity"]} for r in roles[:shape["needs"]]]
    return {"brief": {"text": "", "needs": needs, "locations": [{"name": "Leek", "lat": 53.105, "lon": -2.023}]},
            "shortlist_size": shape["shortlist_size"]}


def _one(home: str, name: str) -> dict:
    """In a fresh process: load the engine, then match one shape through the service's own checks."""
    from matcher.engine import Engine
    from matcher.errors import MatcherError
    from service.caps import brief_within_caps
    from service.schemas.briefs import BriefMatchRequest
    from service.settings import ServiceSettings

    settings = ServiceSettings(home=Path(home))
    engine = Engine(settings)
    loaded = _memory()["VmRSS"]
    request = BriefMatchRequest.model_validate(_brief(SHAPES[name]))
    started = time.perf_counter()
    outcome = "matched"
    try:
        brief = brief_within_caps(request, settings, engine.encoder)
        sheet = engine.match_brief(brief, shortlist_size=request.shortlist_size, record=False)
        outcome = f"matched: {sum(len(r.matches) for r in sheet.needs)} people on {len(sheet.needs)} needs"
    except MatcherError as error:
        outcome = f"refused: {str(error)[:90]}"
    took = time.perf_counter() - started
    return {"shape": name, "seconds": round(took, 2), "rss_loaded_mb": loaded, "peak_mb": _memory()["VmHWM"],
            "outcome": outcome}


def _memory() -> dict[str, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    return fields


def _prepare(home: Path) -> None:
    if (home / "index").exists():
        return
    from matcher.demo import load_demo
    from matcher.engine import Engine
    from matcher.settings import MatcherSettings
    from matcher.store import Store

    settings = MatcherSettings(home=home)
    Store(settings.resolved_database_url).save(load_demo())
    Engine(settings).save_index()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=None, help="reuse a home (the index is built once)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(str(args.home), args.one)))
        return
    home = args.home or Path(tempfile.mkdtemp(prefix="worst-brief-"))
    _prepare(home)
    rows = []
    for name in SHAPES:
        out = subprocess.run([sys.executable, __file__, "--home", str(home), "--one", name],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        row = rows[-1]
        print(f"{row['shape']:<38} {row['seconds']:>7.2f} s  loaded {row['rss_loaded_mb']:>6.0f} MB  "
              f"peak {row['peak_mb']:>6.0f} MB  {row['outcome']}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
