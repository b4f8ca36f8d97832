"""Load a running matcher from many clients at once: searches, briefs and updates, on loopback.

``--clients`` threads (20) each loop for ``--seconds`` (60): mostly public and member searches,
some crew sheets from briefs, some admin updates to profiles of its own (created first, so no
real profile is touched). Every answer is timed; the script prints, per kind and in all, the
requests, the errors (5xx, transport errors; a 429 or 503 from the service's own limits is
counted apart as "shed"), and the 50th and 99th percentile latency.

    PYTHONPATH=. python scripts/load_test.py --url http://127.0.0.1:8000 --admin-key KEY [--member-key KEY]

The server should run with rate limits raised for the test address (``MATCHER_RATE_LIMIT_*``):
twenty clients from one address are, to the limits, one very busy visitor.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import threading
import time

import httpx
import numpy as np

SEARCHES = ["gaffer with period drama experience", "sound recordist near Stoke", "drone pilot", "colourist",
            "costume standby", "steadicam operator Leek", "animation studio", "location manager", "VFX company",
            "editor for documentary", "make-up artist", "camera hire", "best boy grip", "production designer"]
BRIEFS = ["Shooting in Leek next March for two weeks. We need a gaffer, two sparks and a sound recordist.",
          "Corporate shoot in Stoke on 3 June: camera operator and a make-up artist, budget £300 a day.",
          "Looking for a drone pilot and an editor near Burton for a documentary in the spring."]


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = collections.defaultdict(list)
        self.errors: collections.Counter = collections.Counter()
        self.shed: collections.Counter = collections.Counter()
        self.examples: list[str] = []

    def add(self, kind: str, seconds: float, status: int | None, detail: str = "") -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            if status is None or (status >= 500 and status != 503):
                self.errors[kind] += 1
                if len(self.examples) < 5:
                    self.examples.append(f"{kind}: {status} {detail[:150]}")
            elif status in (429, 503):
                self.shed[kind] += 1


def client_loop(url: str, keys: dict[str, str | None], seconds: float, number: int, tally: Tally) -> None:
    rng = random.Random(number)
    own = f"fl-load-{number:02d}"
    with httpx.Client(base_url=url, timeout=120) as http:
        admin = {"X-API-Key": keys["admin"]}
        http.put(f"/api/profiles/{own}", headers=admin, json=_profile(own, 0))  # 404 if new: create it
        http.post("/api/profiles", headers=admin, json=_profile(own, 0))
        deadline, revision = time.monotonic() + seconds, 0
        while time.monotonic() < deadline:
            roll = rng.random()
            if roll < 0.65:
                role = rng.choice(["public", "member"])
                kind, method, path = "search", "POST", "/api/search"
                headers, body = _key(keys[role]), {"text": rng.choice(SEARCHES), "top_k": 10}
            elif roll < 0.85:
                kind, method, path = "brief", "POST", "/api/briefs/match"
                headers, body = _key(keys["member"]), {"text": rng.choice(BRIEFS)}
            else:
                revision += 1
                kind, method, path = "update", "PUT", f"/api/profiles/{own}"
                headers, body = admin, _profile(own, revision)
            started = time.perf_counter()
            try:
                response = http.request(method, path, headers=headers, json=body)
                tally.add(kind, time.perf_counter() - started, response.status_code, response.text)
            except httpx.HTTPError as error:
                tally.add(kind, time.perf_counter() - started, None, repr(error))


def _key(key: str | None) -> dict[str, str]:
    return {"X-API-Key": key} if key else {}


def _profile(profile_id: str, revision: int) -> dict:
    return {"id": profile_id, "kind": "freelancer", "name": f"Load Test {profile_id}", "visibility": "staff",
            "roles": ["Gaffer"], "skills": [f"revision {revision}"], "location": {"town": "Leek"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--admin-key", required=True)
    parser.add_argument("--member-key", default=None, help="default: a member key made with the admin key")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    args = parser.parse_args()
    member = args.member_key or httpx.post(f"{args.url}/api/keys", headers={"X-API-Key": args.admin_key},
                                           json={"name": "load test", "role": "member"}).json()["key"]
    keys = {"public": None, "member": member, "admin": args.admin_key}
    tally = Tally()
    threads = [threading.Thread(target=client_loop, args=(args.url, keys, args.seconds, n, tally))
               for n in range(args.clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.monotonic() - started
    rows = {}
    for kind in [*sorted(tally.latency), "all"]:
        times = [t for k in tally.latency for t in tally.latency[k]] if kind == "all" else tally.latency[kind]
        errors = sum(tally.errors.values()) if kind == "all" else tally.errors[kind]
        shed = sum(tally.shed.values()) if kind == "all" else tally.shed[kind]
        rows[kind] = {"requests": len(times), "errors": errors, "shed": shed,
                      "p50_ms": round(float(np.percentile(times, 50)) * 1000, 1) if times else None,
                      "p99_ms": round(float(np.percentile(times, 99)) * 1000, 1) if times else None}
        print(f"{kind:<8} {len(times):>6} requests  {errors:>4} errors  {shed:>4} shed  "
              f"p50 {rows[kind]['p50_ms']} ms  p99 {rows[kind]['p99_ms']} ms")
    print(f"{args.clients} clients for {took:.0f} s: {rows['all']['requests'] / took:.1f} requests/s")
    for example in tally.examples:
        print("  error: " + example)
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"clients": args.clients, "seconds": took, "by_kind": rows}, out, indent=2)


if __name__ == "__main__":
    main()
