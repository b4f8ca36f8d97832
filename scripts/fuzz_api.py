"""Fuzz a running matcher against its own OpenAPI document (schemathesis) and count what broke.

Every operation gets ``--examples`` generated requests (valid and invalid: schemathesis mixes
both), sent with an admin key so every route's code runs, and each answer is checked: no 5xx,
a documented status, a documented content type, a body matching the documented schema.

    PYTHONPATH=. python scripts/fuzz_api.py --url http://127.0.0.1:8000 --key ADMIN_KEY --examples 200

Prints one line per operation and the totals (cases, 5xx, other failures); exit 1 on any failure.
``tests/service/test_fuzz.py`` runs the same with a few examples per operation.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from dataclasses import dataclass, field

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@dataclass
class FuzzReport:
    cases: int = 0
    server_errors: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: collections.Counter = field(default_factory=collections.Counter)


def fuzz(base_url: str, key: str | None, examples: int, verbose: bool = False) -> FuzzReport:
    """Run ``examples`` cases per operation against ``base_url``; returns what was sent and found."""
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    report = FuzzReport()
    headers = {"X-API-Key": key} if key else {}
    # Revoking keys last: the fuzzer may revoke its own key (when it made another admin key first).
    operations = sorted((result.ok() for result in schema.get_all_operations()),
                        key=lambda o: o.label.startswith("DELETE /api/keys"))
    for operation in operations:
        before, started = report.cases, time.monotonic()

        label = operation.label

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            report.cases += 1
            response = None
            try:
                if headers:  # the role being fuzzed, not a generated key
                    case.headers = {k: v for k, v in (case.headers or {}).items()
                                    if k.lower() not in ("authorization", "x-api-key")} | headers
                response = case.call(timeout=120)
                report.statuses[response.status_code] += 1
                case.validate_response(response, checks=CHECKS)
            except (Exception, BaseExceptionGroup) as error:  # every failure is counted, none stops the run
                if response is not None and response.status_code >= 500:
                    report.server_errors += 1
                report.failures.append(f"{label}: {type(error).__name__}: {str(error)[:300]}")  # noqa: B023

        run()
        if verbose:
            print(f"{label:<60} {report.cases - before:>6} cases {time.monotonic() - started:6.1f} s",
                  flush=True)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--key", default=None, help="an admin key (without one, the public role is fuzzed)")
    parser.add_argument("--examples", type=int, default=200, help="generated requests per operation")
    args = parser.parse_args()
    started = time.monotonic()
    report = fuzz(args.url, args.key, args.examples, verbose=True)
    print(f"\n{report.cases} cases in {time.monotonic() - started:.0f} s; {report.server_errors} answered 5xx; "
          f"{len(report.failures)} failed a check")
    print("statuses: " + ", ".join(f"{s}: {n}" for s, n in sorted(report.statuses.items())))
    for failure in report.failures[:50]:
        print("  " + failure)
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
