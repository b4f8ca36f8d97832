"""The inference probes of issue 17, run over every freelancer the public may find but not name.

For each members-only freelancer of a home's database, as the public role would search:

- **surname**: their last name alone;
- **every name token**: each word of their name alone (first names, surnames, double-barrelled parts);
- **handle**: the local part of their email address;
- **rare phrase**: six consecutive words from the middle of their (withheld) summary.

A probe *finds* the profile when it comes back with a matched word the public cannot read on
it (matched on stems: not in its roles, headline, skills, credits...; a surname that is also
its trade is no secret), or at rank 1 with no matched word at all (by meaning alone, which may be chance).

    PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/probe_inference.py --home DIR [--limit N]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from matcher.engine import Engine
from matcher.filters import Filters
from matcher.lexical import analyse
from matcher.search import Query
from matcher.settings import MatcherSettings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="probe at most this many profiles")
    parser.add_argument("--show", action="store_true", help="print every probe that found its profile")
    args = parser.parse_args()
    engine = Engine(MatcherSettings(home=args.home))
    hidden = [p for p in engine.store.profiles() if p.kind == "freelancer" and p.visibility == "members"
              and re.search(r"[^\W\d_]{2}", p.name)]
    hidden = hidden[: args.limit] if args.limit else hidden
    counts = {"surname": [0, 0], "name token": [0, 0], "handle": [0, 0], "rare phrase": [0, 0]}

    def probe(kind: str, text: str, profile_id: str) -> None:
        query = Query(text=text, filters=Filters(audience="public"), top_k=10)
        matches = engine.search([query])[0]
        counts[kind][0] += 1
        for match in matches:
            if match.id != profile_id:
                continue
            terms = {w for found in match.explanation.matched_terms.values() for w in found}
            # What the public may read of it anyway (roles, headline without the name, skills...):
            # a word found there is no secret (a surname that is also the trade: "Carpenter").
            readable = set(analyse([" ".join(engine.index.document(profile_id).fields.values())])[0])
            hidden_terms = {t for t in terms if not set(analyse([t])[0]) <= readable}
            leaked = bool(hidden_terms) or (match.rank == 1 and not terms)
            counts[kind][1] += int(leaked)
            if leaked and args.show:
                print(f"  {kind}: {text!r} -> {profile_id} rank {match.rank} terms {sorted(terms)}")

    for profile in hidden:
        words = re.findall(r"[^\W\d_][\w'-]+", profile.name)
        probe("surname", words[-1], profile.id)
        for word in words:
            probe("name token", word, profile.id)
        if profile.contact and profile.contact.email:
            probe("handle", profile.contact.email.split("@")[0], profile.id)
        summary = re.findall(r"\w+", profile.summary or "")
        if len(summary) >= 6:
            middle = max(0, len(summary) // 2 - 3)
            phrase = summary[middle:middle + 6]
            probe("rare phrase", " ".join(phrase), profile.id)
    print(f"{len(hidden)} members-only freelancers probed as the public")
    for kind, (tried, found) in counts.items():
        print(f"{kind:<12} {tried:>5} probes  {found:>4} found the profile by what it hides")


if __name__ == "__main__":
    main()
