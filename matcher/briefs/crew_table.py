"""A crew table pasted from a spreadsheet or a call sheet, read as the request it is.

Productions paste their crew sheet as it stands: a header row naming its columns ("Dept | Role |
Qty | Status | Notes") and a row per post, cells split by tabs or "|". Read as prose, its cells run
together ("Grip<tab>Key grip" reads as a grip) and a confirmed post looks like a need. So a table
with a role column (role, position, post, job, crew) is rewritten before the needs are read, as
the list it means: one line per post still open, "- 2 x Spark (one with desk experience)", the
count from a quantity column (qty, no., number, how many), the notes as a bracket. A post whose
status says it is filled (confirmed, booked, sorted, in place, filled, done, covered, yes) is left
out; any other status (needed, open, TBC, vacant, or none) is still open. A role cell the taxonomy
does not name on its own is read with its department ("Sound" and "Mixer": a sound mixer; "Catering"
and "Lunch": lunch catering, whose count is of portions, not of caterers); one the two do not name
together is the department's role it names ("Sound" and "Boom": the boom operator; "HMU" and
"Assistant": the department's one role with "assistant" in its names).
Lines outside the table are kept as they are.
"""

from __future__ import annotations

import re

from matcher.taxonomy import Taxonomy

__all__ = ["rows_as_requests"]

_SPLIT = re.compile(r"\t+|\s*\|\s*")
_ROLE_COLUMN = re.compile(r"(?:role|position|post|job|crew|grade)s?", re.I)
_QTY_COLUMN = re.compile(r"qty|quantity|no\.?|number|count|how\s+many|#", re.I)
_STATUS_COLUMN = re.compile(r"status|state|confirmed\??|booked\??|filled\??", re.I)
_NOTES_COLUMN = re.compile(r"notes?|comments?|requirements?|details?|spec", re.I)
_DEPT_COLUMN = re.compile(r"dept\.?|department|team|area", re.I)
_FILLED = re.compile(r"confirmed|booked|sorted|in\s+place|filled|done|covered|yes|y|✓|✔|ok|locked|hired|attached",
                     re.I)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _SPLIT.split(line.strip().strip("|"))]


def _in_department(dept: str, cell: str, taxonomy: Taxonomy) -> str | None:
    """A name of the crew role of the department ``dept`` names that a role cell names in it: the cell itself
    when its role is in that department ("Sound" and "Boom"), else the name with the cell's word of the one
    role of the department that has one ("HMU" and "Assistant": "make-up assistant"); None when there is none
    or more than one."""
    head = taxonomy.resolve(dept)
    if head is None or not cell.strip():
        return None
    same = {r.id: r for r in taxonomy.roles.values() if r.department == head.department and r.kind == "crew"}
    alone = taxonomy.resolve(cell)
    if alone is not None and alone.id in same:
        return cell
    word = cell.lower().strip()
    hits = {r.id: name for r in same.values() for name in r.aliases
            if word in re.findall(r"[\w-]+", name.lower()) and taxonomy.named_exactly(name) is r}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _column(header: list[str], rx: re.Pattern[str]) -> int | None:
    return next((i for i, name in enumerate(header) if rx.fullmatch(name)), None)


def rows_as_requests(text: str, taxonomy: Taxonomy) -> str:
    """The text with its crew table (if any) rewritten as a list of the posts still open."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        header = _cells(line)
        if len(header) < 2 or ("\t" not in line and "|" not in line):
            continue
        role_col = _column(header, _ROLE_COLUMN)
        if role_col is None:
            continue
        qty_col, status_col = _column(header, _QTY_COLUMN), _column(header, _STATUS_COLUMN)
        notes_col, dept_col = _column(header, _NOTES_COLUMN), _column(header, _DEPT_COLUMN)
        out, end = ["Crew still needed:"], at + 1
        while end < len(lines) and ("\t" in lines[end] or "|" in lines[end]):
            row = _cells(lines[end]) + [""] * len(header)
            end += 1
            role, status = row[role_col], row[status_col] if status_col is not None else ""
            if not role or (status and _FILLED.fullmatch(status)) or set(role) <= set("-=: "):
                continue
            named, dept = taxonomy.named_exactly(role), row[dept_col] if dept_col is not None else ""
            if dept and (named is None or named.kind == "facility"):
                service = taxonomy.named_exactly(dept)
                if service is not None and service.kind == "facility":
                    role, named = f"{role} {dept}", service  # "Catering" and "Lunch": lunch catering
                elif named is None and taxonomy.named_exactly(f"{dept} {role}") is None \
                        and (graded := _in_department(dept, role, taxonomy)) is not None:
                    role = graded  # "Sound" and "Boom": the boom operator; "HMU" and "Assistant"
                elif named is None:
                    role = f"{dept} {role}"  # "Sound" and "Mixer": a sound mixer
            qty = row[qty_col] if qty_col is not None and row[qty_col].isdigit() else ""
            qty = qty if named is None or named.kind == "crew" else ""  # "Lunch 35": portions, not 35 caterers
            notes = row[notes_col] if notes_col is not None else ""
            out.append(f"- {qty + ' x ' if qty else ''}{role}{f' ({notes})' if notes else ''}")
        return "\n".join(lines[:at] + out + lines[end:])
    return text
