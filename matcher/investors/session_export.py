"""A session plan on paper: CSV (one row per meeting) and printable HTML, one page per investor.

The HTML is A4 with a page break after each investor: their meetings in slot order, the table,
the company, the pair's fit and its reason. Rendered with autoescaping, so a profile's text can
never become markup; the same HTML becomes a PDF through WeasyPrint in the service.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from jinja2 import Environment, select_autoescape

from models.investor_match import Meeting, SessionPlan

__all__ = ["CSV_COLUMNS", "plan_csv", "plan_html"]

CSV_COLUMNS = ("slot", "table", "investor_id", "investor", "company_id", "company", "fit", "reason")

_TEMPLATE = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font: 11pt/1.4 "DejaVu Sans", Arial, sans-serif; color: #111; }
section { page-break-after: always; break-after: page; }
section:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; } .kicker, .dated { color: #555; margin: 0; }
table { width: 100%; border-collapse: collapse; margin-top: 6mm; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ccc; padding: 2mm 1.5mm; }
th { font-size: 9pt; text-transform: uppercase; color: #444; } td.n { white-space: nowrap; }
.reason { font-size: 9pt; color: #333; }
</style></head><body>
{% for page in pages %}<section class="investor-page">
<p class="kicker">{{ title }} · {{ dated }}</p>
<h1>{{ page.investor }}</h1>
<p class="dated">{{ page.meetings|length }} meeting{{ '' if page.meetings|length == 1 else 's' }}
of {{ slots }} slots</p>
<table><thead><tr><th>Slot</th><th>Table</th><th>Company</th><th>Fit</th><th>Why</th></tr></thead><tbody>
{% for m in page.meetings %}<tr><td class="n">{{ m.slot }}</td><td class="n">{{ m.table }}</td>
<td>{{ m.company }}</td><td class="n">{{ '%.2f' % m.fit }}</td><td class="reason">{{ m.reason }}</td></tr>
{% endfor %}</tbody></table></section>
{% endfor %}</body></html>"""
_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))


def plan_csv(plan: SessionPlan) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for meeting in plan.meetings:
        writer.writerow({k: v for k, v in meeting.model_dump().items() if k in CSV_COLUMNS})
    return out.getvalue()


def plan_html(plan: SessionPlan, title: str = "Investor matchmaking session", dated: str = "") -> str:
    """One page per investor who has a meeting, investors in name order."""
    by_investor: defaultdict[str, list[Meeting]] = defaultdict(list)
    for meeting in plan.meetings:
        by_investor[meeting.investor].append(meeting)
    ordered = {name: sorted(meetings, key=_slot) for name, meetings in sorted(by_investor.items())}
    pages = [{"investor": name, "meetings": meetings} for name, meetings in ordered.items()]
    return _env.from_string(_TEMPLATE).render(title=title, dated=dated, slots=plan.slots, pages=pages)


def _slot(meeting: Meeting) -> int:
    return meeting.slot
