"""How well briefs are understood: needs, quantities, places and dates against a judged set.

The judged set (``evaluation/data/briefs/``, format and method in its README) says what a person
reads in each brief. These matching rules were written before anything was scored, and they do
not restate the parser's rules:

* **Needs**, matched one to one per brief (a maximum bipartite matching). A predicted need matches
  a gold need when its role id is the gold ``role`` or one of its ``alt_roles``. A gold need with
  ``role: null`` (no id of the judged role list fits) is matched by a predicted need that is
  *new*: a free-text need (no role id) or a role id the judged list (``roles.tsv`` beside the
  file or one folder up) does not hold; and its label, or the brief words it was read from,
  names the **head word** of ``new_role``: the last content word of one of its alternatives
  (``new_role`` split at "/", "," and " or ", brackets dropped, words lower-cased and
  Snowball-stemmed), so "BSL interpreter" is met by "Sign language interpreter".
  Recall = matched gold needs / gold needs; precision = matched predictions / predictions.
* **Quantity**: on matched pairs, the predicted quantity equals the gold one.
* **Places**, per brief: a predicted place matches a gold place when their normalised names
  (lower case, "the" and punctuation dropped) are equal or one's words begin the other's
  ("Stoke" and "Stoke-on-Trent"); a predicted place is its name and the words the brief used for
  it ("North Staffordshire", written "North Staffs"), either of which may match. Places the
  product marks as where to look rather than where to shoot (``BriefPlace.shoot``) are not predictions;
  nor are dates it marks as when off-set work is done (``BriefDates.shoot``).
  A predicted place
  matching only a gold place's ``within`` list is neutral. A brief's places are right when every
  gold place is matched, no ``not_places`` name is reported, and nothing else is reported.
* **Dates**, per brief: right when the predicted shoot start and end equal the gold ones; a gold
  ``end: null`` (open-ended) wants an open-ended prediction, and no gold dates want none.
  Deadlines are scored the same way, apart.

Figures are micro-averaged over briefs, overall and by ``form``.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import Stemmer
from scipy.optimize import linear_sum_assignment

__all__ = ["GoldBrief", "Predicted", "Tally", "head_stems", "load_judged", "matched_pairs", "score_brief",
           "score_briefs", "score_file"]

_STEM = Stemmer.Stemmer("english")
_STOP = {"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "with", "roles", "unspecified", "etc"}
_ALTERNATIVES = re.compile(r"\s*(?:/|,|\bor\b)\s*")


@dataclass
class Predicted:
    """What the system read from one brief, in the plain terms the scorer compares."""

    needs: list[dict[str, Any]]  # role (id or None), label, text, quantity
    places: list[str]  # a place's name, or "name|as written" when the brief wrote it otherwise
    start: dt.date | None
    end: dt.date | None
    open_end: bool = False
    deadline: dt.date | None = None


@dataclass(frozen=True)
class GoldBrief:
    id: str
    form: str
    today: dt.date
    text: str
    data: dict[str, Any]


@dataclass
class Tally:
    briefs: int = 0
    gold_needs: int = 0
    predicted_needs: int = 0
    matched: int = 0
    quantity_right: int = 0
    places_right: int = 0
    dates_right: int = 0
    deadlines_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("briefs", "gold_needs", "predicted_needs", "matched", "quantity_right", "places_right",
                     "dates_right", "deadlines_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    def figures(self) -> dict[str, float | int]:
        def share(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0

        return {"briefs": self.briefs, "gold_needs": self.gold_needs, "predicted_needs": self.predicted_needs,
                "need_recall": share(self.matched, self.gold_needs),
                "need_precision": share(self.matched, self.predicted_needs),
                "quantity_accuracy": share(self.quantity_right, self.matched),
                "place_accuracy": share(self.places_right, self.briefs),
                "date_accuracy": share(self.dates_right, self.briefs),
                "deadline_accuracy": share(self.deadlines_right, self.briefs)}


def _stems(text: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP]
    return list(_STEM.stemWords(words))


def head_stems(new_role: str) -> set[str]:
    """The stemmed last content word of each alternative of a ``new_role`` ("captioner / subtitler")."""
    bare = re.sub(r"\([^)]*\)", " ", new_role)
    return {stems[-1] for alt in _ALTERNATIVES.split(bare) if (stems := _stems(alt))}


def _needs_match(pred: dict[str, Any], gold: dict[str, Any], known: set[str] | None) -> bool:
    if gold.get("role"):
        return pred["role"] is not None and pred["role"] in {gold["role"], *gold.get("alt_roles", [])}
    is_new = pred["role"] is None or (known is not None and pred["role"] not in known)
    words = set(_stems(f"{pred.get('label', '')} {pred.get('text', '')}"))
    return is_new and bool(head_stems(gold.get("new_role") or "") & words)


def _place_key(name: str) -> list[str]:
    return re.sub(r"^the\s+", "", re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()).split()


def _same_place(a: str, b: str) -> bool:
    x, y = _place_key(a), _place_key(b)
    return bool(x and y) and (x[:len(y)] == y or y[:len(x)] == x)


def _forms(place: str) -> list[str]:
    return [form for form in place.split("|") if form]


def _places_right(pred: list[str], gold: dict[str, Any]) -> bool:
    places, not_places = gold.get("places", []), gold.get("not_places", [])
    neutral = [w for p in places for w in p.get("within", [])]
    def near(p: str, names: list[str]) -> bool:
        return any(_same_place(form, n) for form in _forms(p) for n in names)

    if not all(any(near(p, [g["name"]]) for p in pred) for g in places):
        return False
    for p in pred:
        if near(p, [g["name"] for g in places]):
            continue
        if near(p, not_places) or not near(p, neutral):
            return False
    return True


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _dates_right(pred: Predicted, gold: dict[str, Any]) -> bool:
    start, end = _date(gold.get("start")), _date(gold.get("end"))
    if start is None:
        return pred.start is None
    if end is None:
        return pred.start == start and (pred.open_end or pred.end is None)
    return (pred.start, pred.end) == (start, end) and not pred.open_end


def matched_pairs(gold_needs: list[dict[str, Any]], pred_needs: list[dict[str, Any]],
                  known: set[str] | None) -> list[tuple[int, int]]:
    """(predicted index, gold index) of the one-to-one matching of predicted to gold needs."""
    if not gold_needs or not pred_needs:
        return []
    fits = np.array([[_needs_match(p, g, known) for g in gold_needs] for p in pred_needs], dtype=float)
    rows, cols = linear_sum_assignment(-fits)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if fits[r, c]]


def score_brief(gold: GoldBrief, pred: Predicted, known: set[str] | None) -> Tally:
    gold_needs = gold.data.get("needs", [])
    tally = Tally(briefs=1, gold_needs=len(gold_needs), predicted_needs=len(pred.needs))
    pairs = matched_pairs(gold_needs, pred.needs, known)
    tally.matched = len(pairs)
    tally.quantity_right = sum(pred.needs[r]["quantity"] == gold_needs[c].get("quantity", 1) for r, c in pairs)
    matched_gold = {c for _, c in pairs}
    tally.misses += [f"{gold.id}: missed '{g.get('label')}'" for c, g in enumerate(gold_needs)
                     if c not in matched_gold]
    matched_pred = {r for r, _ in pairs}
    tally.misses += [f"{gold.id}: extra '{p['label']}' ({p['role']})" for r, p in enumerate(pred.needs)
                     if r not in matched_pred]
    dates = gold.data.get("dates") or {}
    tally.places_right = int(_places_right(pred.places, gold.data))
    tally.dates_right = int(_dates_right(pred, dates))
    if not tally.places_right:
        wanted = [g["name"] for g in gold.data.get("places", [])]
        tally.misses.append(f"{gold.id}: places {pred.places} (want {wanted}, not {gold.data.get('not_places', [])})")
    if not tally.dates_right:
        tally.misses.append(f"{gold.id}: dates {pred.start}..{pred.end}{' open' if pred.open_end else ''} "
                            f"(want {dates.get('start')}..{dates.get('end')})")
    tally.deadlines_right = int(pred.deadline == _date(dates.get("deadline")))
    return tally


def load_judged(path: Path) -> list[GoldBrief]:
    from matcher.importers import read_text_file

    briefs = []
    for n, line in enumerate(read_text_file(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            briefs.append(GoldBrief(data["_id"], data.get("form", "other"), dt.date.fromisoformat(data["today"]),
                                    data["text"], data))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            from matcher.errors import InvalidInput

            raise InvalidInput(f"{path}, line {n}: not a judged brief ({error})") from None
    return briefs


def known_roles(path: Path) -> set[str] | None:
    """Role ids of the judged role list (roles.tsv beside the file or one folder up), if shipped."""
    for folder in (path.parent, path.parent.parent):
        if (tsv := folder / "roles.tsv").is_file():
            rows = tsv.read_text(encoding="utf-8").splitlines()
            return {r.split("\t")[0] for r in rows[1:] if r.strip()}
    return None


def product_reader(encoder: Any = None) -> Callable[[str, dt.date], Predicted]:
    """The product's parser as a reader; the encoder goes in where the parser takes one."""
    from matcher.briefs.parser import parse_brief

    takes_encoder = "encoder" in inspect.signature(parse_brief).parameters

    def read(text: str, today: dt.date) -> Predicted:
        brief = parse_brief(text, today=today, **({"encoder": encoder} if takes_encoder else {}))
        dates = brief.dates if brief.dates is None or getattr(brief.dates, "shoot", True) else None
        return Predicted(
            needs=[{"role": n.role, "label": n.label, "text": n.text, "quantity": n.quantity} for n in brief.needs],
            places=[f"{p.name}|{getattr(p, 'text', '')}" for p in brief.locations if getattr(p, "shoot", True)],
            start=dates.start if dates else None,
            end=dates.end if dates else None, open_end=bool(getattr(dates, "open_end", False)),
            deadline=getattr(brief, "deadline", None))
    return read


def score_briefs(briefs: Iterable[GoldBrief], read: Callable[[str, dt.date], Predicted],
                 known: set[str] | None) -> dict[str, Tally]:
    """Tallies overall ("all") and per form."""
    out: dict[str, Tally] = {"all": Tally()}
    for gold in briefs:
        tally = score_brief(gold, read(gold.text, gold.today), known)
        out["all"].add(tally)
        out.setdefault(gold.form, Tally()).add(tally)
    return out


def score_file(path: Path, read: Callable[[str, dt.date], Predicted]) -> dict[str, Tally]:
    return score_briefs(load_judged(path), read, known_roles(path))
