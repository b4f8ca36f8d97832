"""The ablation report: Markdown and a self-contained HTML page, plots, TREC runs and JSON.

A report folder holds ``report.md``, ``report.html`` (plots embedded), ``plots/*.png``,
``runs/<system>.trec`` and ``ablations.json`` (every number in the report).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
from dataclasses import dataclass
from pathlib import Path

from evaluation.ablations import FULL, AblationResult
from evaluation.metrics import METRICS
from evaluation.plots import plot_intervals, plot_wins_losses
from evaluation.runner import write_trec
from evaluation.significance import format_p

__all__ = ["ReportContext", "ablation_json", "write_report"]


@dataclass(frozen=True)
class ReportContext:
    corpus: str
    profiles: int
    queries: str
    qrels: str
    today: dt.date
    command: str
    unjudged: tuple[str, ...] = ()


def ablation_json(result: AblationResult) -> dict:
    systems = {}
    for variant in result.variants:
        run = result.runs[variant.name]
        systems[variant.name] = {
            "label": variant.label,
            "config": variant.config.as_dict() if variant.config else {"baseline": "tfidf (scikit-learn)"},
            **result.summaries[variant.name],
            "ci95": {m: list(result.intervals[variant.name][m]) for m in METRICS},
            "p_vs_full": result.p_values.get(variant.name, {}),
            "seconds": round(run.seconds, 3),
            "warnings": run.warnings,
        }
    return {"systems": systems, "best_single_baseline": result.best_baseline,
            "by_group": result.by_group.as_json() if result.by_group else None,
            "full_vs_best_baseline_ndcg@10": dict(zip(("wins", "ties", "losses"), result.wtl, strict=True)),
            "stat_test": result.stat_test, "targets": [t.as_dict() for t in result.targets]}


def write_report(folder: Path, result: AblationResult, context: ReportContext) -> Path:
    folder = Path(folder)
    (folder / "plots").mkdir(parents=True, exist_ok=True)
    (folder / "runs").mkdir(exist_ok=True)
    for name, run in result.runs.items():
        write_trec(folder / "runs" / f"{name}.trec", run.rankings, tag=name)
    labels = {v.name: v.label for v in result.variants}
    means = {n: s["overall"] for n, s in result.summaries.items()}
    plots = [
        plot_intervals(means, result.intervals, labels, FULL, folder / "plots" / "intervals.png"),
        plot_wins_losses(result.per_query[FULL]["ndcg@10"], result.per_query[result.best_baseline]["ndcg@10"],
                         (FULL, result.best_baseline), folder / "plots" / "wins_losses.png"),
    ]
    (folder / "ablations.json").write_text(json.dumps(ablation_json(result), indent=2), encoding="utf-8")
    sections = _sections(result, context)
    (folder / "report.md").write_text(_markdown(sections, plots, folder), encoding="utf-8")
    (folder / "report.html").write_text(_html(sections, plots), encoding="utf-8")
    return folder / "report.md"


# -- content: (heading, paragraphs, table) sections rendered twice ------------------------
Table = tuple[list[str], list[list[str]]]


def _sections(result: AblationResult, ctx: ReportContext) -> list[tuple[str, list[str], Table | None]]:
    full = result.summaries[FULL]
    intro = [f"Corpus `{ctx.corpus}` ({ctx.profiles} profiles); queries `{ctx.queries}` "
             f"({full['queries']} judged); qrels `{ctx.qrels}`; a brief without its own `today` reads "
             f"relative dates from {ctx.today}.",
             f"Reproduce: `{ctx.command}`"]
    if ctx.unjudged:
        intro.append(f"Not evaluated (no judgements): {', '.join(ctx.unjudged)}.")
    targets = (["Target", "Goal", "Value", "Verdict", "Detail"],
               [[t.name, t.goal, "—" if t.value is None else f"{t.value:+.3f}" if "margin" in t.name
                 else f"{t.value:.3f}", t.verdict, t.detail] for t in result.targets])
    return [
        ("Evaluation report: ablations", intro, None),
        ("Targets", ["Reported whether met or not."], targets),
        ("Systems", [f"Mean over judged queries, [95% bootstrap interval]; p: paired {result.stat_test} "
                     "test against the full ranker on nDCG@10 (ranx compare)."], _systems_table(result)),
        ("By mode (nDCG@10)", [], _mode_table(result)),
        ("Significance against the full ranker (p-values)", [], _p_table(result)),
        (f"Per-query: full vs best single baseline ({result.best_baseline})",
         ["{} wins, {} ties, {} losses on nDCG@10. Largest losses first:".format(*result.wtl)],
         _losses_table(result)),
        ("Need coverage@10 per brief (full ranker)", [], _coverage_table(full)),
        ("Warnings", [w for r in result.runs.values() for w in r.warnings][:50] or ["None."], None),
    ]


def _systems_table(result: AblationResult) -> Table:
    rows = []
    for v in result.variants:
        s, ci = result.summaries[v.name], result.intervals[v.name]
        cells = [f"{s['overall'][m]:.3f} [{ci[m][0]:.3f}, {ci[m][1]:.3f}]" for m in METRICS]
        coverage = s.get("need_coverage@10")
        p = result.p_values.get(v.name, {}).get("ndcg@10")
        rows.append([f"{v.name}", v.label, *cells, f"{coverage['overall']:.3f}" if coverage else "—",
                     format_p(p), f"{result.runs[v.name].seconds:.1f}"])
    return ["System", "What", *METRICS, "need cov@10", "p (nDCG@10)", "run seconds"], rows


def _mode_table(result: AblationResult) -> Table:
    modes = list(result.summaries[FULL]["by_mode"])
    rows = [[v.name, *(f"{result.summaries[v.name]['by_mode'].get(m, {}).get('ndcg@10', 0):.3f}" for m in modes)]
            for v in result.variants]
    counts = [f"{m} ({result.summaries[FULL]['by_mode'][m]['queries']})" for m in modes]
    return ["System", *counts], rows


def _p_table(result: AblationResult) -> Table:
    rows = [[name, *(format_p(p[m]) for m in METRICS)] for name, p in result.p_values.items()]
    return ["System", *METRICS], rows


def _losses_table(result: AblationResult) -> Table:
    ours, theirs = result.per_query[FULL]["ndcg@10"], result.per_query[result.best_baseline]["ndcg@10"]
    deltas = sorted((ours[q] - theirs.get(q, 0.0), q) for q in ours)
    rows = [[q, f"{ours[q]:.3f}", f"{theirs.get(q, 0.0):.3f}", f"{d:+.3f}"] for d, q in deltas[:15] if d < 0]
    return ["Query", FULL, result.best_baseline, "Δ"], rows


def _coverage_table(full: dict) -> Table | None:
    coverage = full.get("need_coverage@10")
    if not coverage:
        return None
    return ["Brief", "Coverage@10"], [[b, f"{c:.2f}"] for b, c in sorted(coverage["by_brief"].items())]


# -- rendering -------------------------------------------------------------------------
def _markdown(sections, plots: list[Path], folder: Path) -> str:
    out = []
    for level, (title, paragraphs, table) in enumerate(sections):
        out += [("# " if level == 0 else "## ") + title, ""]
        out += [p + "\n" for p in paragraphs]
        if table and not table[1]:
            out.append("None.\n")
        elif table:
            headers, rows = table
            out += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
            out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
            out.append("")
        if title == "Systems":
            out += [f"![{p.stem}]({p.relative_to(folder).as_posix()})\n" for p in plots]
    return "\n".join(out) + "\n"


def _html(sections, plots: list[Path]) -> str:
    body = []
    for level, (title, paragraphs, table) in enumerate(sections):
        body.append(f"<h{1 if level == 0 else 2}>{html.escape(title)}</h{1 if level == 0 else 2}>")
        body += [f"<p>{html.escape(p).replace('`', '')}</p>" for p in paragraphs]
        if table and not table[1]:
            body.append("<p>None.</p>")
        elif table:
            headers, rows = table
            body.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>")
            body += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows]
            body.append("</table>")
        if title == "Systems":
            body += [f'<img alt="{p.stem}" src="data:image/png;base64,'
                     f'{base64.b64encode(p.read_bytes()).decode()}">' for p in plots]
    style = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
             "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
             "font-size:14px;text-align:left}th{background:#f3f5f7}img{max-width:100%;display:block;margin:1em 0}")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evaluation report</title>"
            f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n")
