"""``matcher bench``: speed and memory, every figure a ratio against a floor measured in the same run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from matcher.cli.app import app, fail, handles_errors
from matcher.cli.output import console

__all__ = ["bench"]

_HELP = (
    "Benchmark the matcher on this machine; every speed figure is a ratio against a floor timed "
    "in the same run (the machine is shared, so absolute times are noise).\n\n"
    "Index build (pipeline vs the raw encoder on the same texts; target overhead <= 10%); search "
    "latency p50/p95/p99 at 1k, 10k and 100k synthetic profiles drawn from the demo (vs one query "
    "encode + an exact faiss scan; target p50 <= 1.5x at 100k); a four-need brief vs a single "
    "search (target <= 2x); a million profiles with the IVF index: the whole ranking's overlap@10 "
    "with filters on vs the same ranking with an exact dense index (target >= 0.95, nprobe chosen "
    "for it) and its p95 (target <= 100 ms), memory and build time, on a synthetic corpus whose caveat "
    "is printed with the figures; HTTP "
    "requests/s and p99 of /api/search and /api/briefs/match with 16 clients vs the same calls "
    "in-process; the Companies House import on a generated one-million-row snapshot in the published "
    "layout vs pandas reading the same CSV in chunks (target >= 0.5x its speed), and its peak memory; "
    "whole cold 'matcher search' and 'matcher brief' processes on the demo vs a floor process that imports "
    "onnxruntime, faiss and numpy, loads the model, encodes one query and reads the index (target <= 1.5x).\n\n"
    "--quick runs a small version of each in well under a minute or two (CI checks its shape, "
    "never its figures). --only runs some sections (build, latency, million, cli, http, register; "
    "repeatable or comma-separated): 'matcher bench --only cli' times the cold command line alone. "
    "The exit code does not depend on the targets. A full run takes about "
    "half an hour and up to ~10 GB of memory."
)


@app.command(help=_HELP)
@handles_errors
def bench(
    json_out: Annotated[Path | None, typer.Option("--json", help="Write every figure as JSON here")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="Small sizes: seconds, for CI")] = False,
    only: Annotated[list[str] | None, typer.Option(
        "--only", help="Run only these sections: build, latency, million, cli, http, register")] = None,
) -> None:
    from evaluation.bench import FULL, QUICK, SECTIONS, run_bench

    sections = tuple(dict.fromkeys(s.strip().lower() for value in only or () for s in value.split(",") if s.strip()))
    if unknown := [s for s in sections if s not in SECTIONS]:
        fail(f"--only: unknown section '{unknown[0]}' (choose from {', '.join(SECTIONS)})")
    result = run_bench(QUICK if quick else FULL, say=lambda text: console.print(text, style="dim"),
                       only=sections or SECTIONS)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print_bench(result)


def print_bench(result: dict[str, Any]) -> None:
    m = result["machine"]
    console.print(f"{m['cores']} cores, load average {m['load_average_1m']} → {m['load_average_1m_end']} "
                  f"(1 min); {result['seconds']:.0f} s{' (quick)' if result['quick'] else ''}")
    if "build" in result:
        b = result["build"]
        console.print(f"Build: pipeline {b['pipeline_profiles_per_s']:.1f} profiles/s vs raw encoder "
                      f"{b['raw_encoder_profiles_per_s']:.1f} → overhead {b['pipeline_overhead']:+.1%} "
                      f"({b['profiles']} profiles)")
    if "search_latency" in result:
        _print_latency(result)
    _print_investors(result.get("investors") or {})
    if "million" in result:
        _print_million(result["million"])
    _print_cli(result.get("cli"))
    if "http" in result:
        _print_http(result["http"])
    _print_register(result.get("companies_house"))
    _print_targets(result["targets"])


def _print_latency(result: dict[str, Any]) -> None:
    table = Table(title="Search latency (ms) vs floor (query encode + exact faiss scan)")
    for header in ("profiles", "p50", "p95", "p99", "floor p50", "floor p95", "p50 ratio", "p95 ratio"):
        table.add_column(header, justify="right")
    for size, row in result["search_latency"].items():
        s, f = row["search_ms"], row["floor_ms"]
        table.add_row(f"{int(size):,}", f"{s['p50']:.1f}", f"{s['p95']:.1f}", f"{s['p99']:.1f}",
                      f"{f['p50']:.1f}", f"{f['p95']:.1f}", f"{row['ratio_p50']}x", f"{row['ratio_p95']}x")
    console.print(table)
    r = result["brief_vs_search"]
    console.print(f"Four-need brief p50 {r['brief_ms']['p50']:.1f} ms vs single search {r['search_ms']['p50']:.1f} ms "
                  f"→ {r['ratio_p50']}x (parse {r['parse_ms']['p50']:.1f} ms, not included)")
    if "worded_ms" in r:
        console.print(f"  the same brief with its own words for every need (all four encoded): "
                      f"p50 {r['worded_ms']['p50']:.1f} ms → {r['ratio_p50_worded']}x")
    p = result.get("partners_vs_search") or {}
    if p.get("status") == "ok":
        console.print(f"Partners for a member ({p['gaps']} gaps) p50 {p['ms']['partners']['p50']:.1f} ms vs single "
                      f"search {p['ms']['search']['p50']:.1f} ms → {p['partners_ratio_p50']}x; six-need consortium "
                      f"{p['ms']['consortium']['p50']:.1f} ms vs {p['ms']['need_search']['p50']:.1f} ms → "
                      f"{p['consortium_ratio_p50']}x ({p['profiles']:,} profiles)")


def _print_investors(i: dict[str, Any]) -> None:
    if "match" in i:
        m = i["match"]
        console.print(f"Investor match p50 {m['match_ms']['p50']:.1f} ms vs one search {m['search_ms']['p50']:.1f} ms "
                      f"at {m['profiles']:,} profiles → {m['ratio_p50']}x (target <= {m['target']}x)")
    if "session" in i:
        s = i["session"]
        console.print(f"Session plan {s['investors']} investors x {s['companies']} companies x {s['slots']} slots, "
                      f"{s['tables']} tables: {s['meetings']} meetings in {s['seconds']:.2f} s (solver "
                      f"{s['solve_seconds']:.2f} s; target < {s['target_s']:g} s)")


def _print_million(m: dict[str, Any]) -> None:
    if m.get("status") != "ok":
        console.print(f"[yellow]Million-profile run {m.get('status')}: {m.get('reason')}[/yellow]")
        return
    console.print(f"{m['profiles']:,} profiles (IVF, nlist {m['nlist']}): build {m['build_s']:.0f} s "
                  f"(first batch, with IVF training, {m['first_batch_s']:.0f} s), index memory {m['index_mb']:,.0f} MB "
                  f"(RSS {m['rss_after_mb']:,.0f} MB, peak {m['peak_rss_mb']:,.0f} MB)")
    for row in m["nprobe"]:
        search, floor = row["search_ms"], row["floor_ms"]
        console.print(f"  nprobe {row['nprobe']:>3}: whole-ranking overlap@10 {row['overlap@10']:.3f} with filters "
                      f"(worst query {row['overlap@10_min']:.2f}), {row['overlap@10_unfiltered']:.3f} without; "
                      f"IVF dense recall@10 {row['dense_recall@10']:.3f}; p50 {search['p50']:.1f} ms, "
                      f"p95 {search['p95']:.1f} ms; floors p50: exact scan {floor['p50']:.1f} ms "
                      f"({row['ratio_p50']}x), IVF alone {row['ivf_floor_ms']['p50']:.1f} ms "
                      f"({row['ratio_p50_vs_ivf_floor']}x)")
    console.print(f"  [yellow]Caveat: {m['caveat']}[/yellow]")


def _print_cli(c: dict[str, Any] | None) -> None:
    if not c:
        return
    if c.get("status") != "ok":
        console.print(f"[yellow]Cold CLI {c.get('status')}: {c.get('reason')}[/yellow]")
        return
    floor = c["floor"]
    console.print(f"Cold CLI, whole processes, median of {c['rounds']} (load {c['load_average_1m']} → "
                  f"{c['load_average_1m_end']}): floor {floor['wall_s']:.2f} s wall, {floor['cpu_s']:.2f} s CPU")
    for name, label in (("search", c["search_command"]), ("brief", "matcher brief (four needs)")):
        row = c[name]
        console.print(f"  {label}: {row['wall_s']:.2f} s wall ({row['wall_ratio']}x), "
                      f"{row['cpu_s']:.2f} s CPU ({row['cpu_ratio']}x)")


def _print_http(h: dict[str, Any]) -> None:
    if h.get("status") != "ok":
        console.print(f"[yellow]HTTP {h.get('status')}: {h.get('reason')}[/yellow]")
        return
    for kind in ("search", "brief"):
        http, local = h[kind]["http"], h[kind]["in_process"]
        console.print(f"HTTP {kind}: {http['requests_per_s']:.1f} req/s, p99 {http['latency_ms']['p99']:.0f} ms "
                      f"({http['errors']} errors) vs in-process {local['requests_per_s']:.1f} req/s, "
                      f"p99 {local['latency_ms']['p99']:.0f} ms → {h[kind]['rps_ratio']}x throughput "
                      f"({h['clients']} clients, {h['profiles']} profiles, {h.get('workers', 1)} server processes"
                      + (f", connections per process {http['connections_per_worker']}"
                         if http.get("connections_per_worker") else "") + ")")
        if "server_cpu_ms_per_request" in http:
            console.print(f"  CPU per request: server {http['server_cpu_ms_per_request']} ms + client "
                          f"{http['client_cpu_ms_per_request']} ms vs in-process {local['cpu_ms_per_request']} ms "
                          f"→ server {h[kind]['cpu_ratio']}x")
    for caveat in h.get("caveats", ()):
        console.print(f"  [dim]Caveat: {caveat}[/dim]")


def _print_register(r: dict[str, Any] | None) -> None:
    if not r:
        return
    memory = r["peak_rss_mb"]
    console.print(f"Companies House import: {r['rows']:,} rows ({r['file_mb']:,.0f} MB) at {r['import_rows_per_s']:,} "
                  f"rows/s vs pandas chunked read {r['pandas_rows_per_s']:,} rows/s → {r['ratio']}x; kept "
                  f"{r['summary']['kept']:,}; peak memory {memory['whole_file_mb']} MB, "
                  f"{memory['whole_file_growth_mb']} MB above its start (a fifth of the file: "
                  f"{memory['fifth_of_file_mb']} MB, {memory['fifth_of_file_growth_mb']} MB above)")


def _print_targets(targets: list[dict[str, Any]]) -> None:
    for t in targets:
        style, verdict = {True: ("green", "met"), False: ("red", "NOT met"), None: ("yellow", "not measured")}[t["met"]]
        console.print(f"Target {t['name']} {t['target']}: {t['value']} [{style}]{verdict}[/{style}]")
        if t.get("caveat"):
            console.print(f"  [yellow]({t['caveat']})[/yellow]")
