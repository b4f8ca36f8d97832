"""Reading the profile import format: JSONL (one profile per line) or CSV (one per row).

Every problem is reported with its line number and field name. Reading never stores
anything: the caller decides between all-or-nothing and skipping invalid lines.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from matcher.errors import InvalidInput, LineError
from models.profile import Profile

__all__ = ["ParsedFile", "parse_csv", "parse_jsonl", "read_profiles", "read_text_file"]

# CSV cells that hold lists, split on ";".
_LIST_COLUMNS = {"roles", "skills", "equipment", "facilities", "sectors", "languages",
                 "company.sic_codes", "investor.stages", "investor.sectors", "investor.exclude_sectors",
                 "investor.places"}


@dataclass
class ParsedFile:
    profiles: list[Profile] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # line of each profile
    errors: list[LineError] = field(default_factory=list)
    total: int = 0
    first_line_of: dict[str, int] = field(default_factory=dict)

    def ensure_not_empty(self) -> None:
        """An import with nothing in it is a mistake (the wrong file, an export that failed): say so."""
        if not self.total and not self.errors:
            raise InvalidInput("the import is empty: send one profile per JSONL line or CSV row")


def read_text_file(path: Path | str) -> str:
    """A UTF-8 text file (a byte-order mark is dropped), or a clear error naming it."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text") from None


def read_profiles(path: Path | str, text: str | None = None) -> ParsedFile:
    """Parse a file by its extension (.jsonl/.json/.ndjson or .csv); ``-`` reads ``text``."""
    name = str(path)
    if text is None:
        text = read_text_file(path)
    if name.lower().endswith(".csv"):
        return parse_csv(text)
    return parse_jsonl(text)


def parse_jsonl(text: str) -> ParsedFile:
    parsed = ParsedFile()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parsed.total += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            parsed.errors.append(LineError(number, "", f"not valid JSON ({error.msg})"))
            continue
        except RecursionError:
            parsed.errors.append(LineError(number, "", "nested too deeply to be a profile"))
            continue
        if not isinstance(record, dict):
            parsed.errors.append(LineError(number, "", "each line must be one JSON object"))
            continue
        _validate(record, number, parsed)
    return parsed


def parse_csv(text: str) -> ParsedFile:
    parsed = ParsedFile()
    reader = csv.DictReader(io.StringIO(text))
    try:
        columns = reader.fieldnames or []
    except csv.Error as error:
        parsed.errors.append(LineError(1, "", f"the header cannot be read as CSV ({_csv_problem(error)})"))
        return parsed
    problem = _header_problem(columns)
    if problem:
        parsed.errors.append(LineError(1, *problem))
        return parsed
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:  # a cell past the CSV reader's field limit, a stray NUL, ...
            parsed.total += 1
            parsed.errors.append(LineError(reader.line_num, "", f"cannot be read as CSV ({_csv_problem(error)})"))
            continue
        parsed.total += 1
        number = reader.line_num
        try:
            record = _nest(row)
        except ValueError as error:
            parsed.errors.append(LineError(number, error.args[0], error.args[1]))
            continue
        _validate(record, number, parsed)
    return parsed


def _header_problem(columns: Sequence[str]) -> tuple[str, str] | None:
    """(column, message) for the first column the format does not allow, or None."""
    seen: set[str] = set()
    for column in columns:
        if not _known_column(column):
            return column, "unknown column"
        if column in seen:
            return column, "this column appears twice"
        seen.add(column)
    for column in columns:  # 'day_rate_gbp' as a whole and 'day_rate_gbp.min' both fill one field
        parent = column.rpartition(".")[0]
        while parent:
            if parent in seen:
                return column, f"'{parent}' and '{column}' both give {parent}; keep one"
            parent = parent.rpartition(".")[0]
    return None


def _csv_problem(error: csv.Error) -> str:
    message = str(error)
    if "field larger than field limit" in message:
        return f"a cell is longer than the {csv.field_size_limit():,} characters a cell may hold"
    return message


def _validate(record: dict[str, Any], number: int, parsed: ParsedFile) -> None:
    try:
        profile = Profile.model_validate(record)
    except ValidationError as error:
        for problem in error.errors():
            where = ".".join(str(part) for part in problem["loc"])
            message = "unknown field" if problem["type"] == "extra_forbidden" else problem["msg"]
            parsed.errors.append(LineError(number, where, message))
        return
    first = parsed.first_line_of.setdefault(profile.id, number)
    if first != number:
        parsed.errors.append(LineError(number, "id", f"'{profile.id}' is already used on line {first}"))
        return
    parsed.profiles.append(profile)
    parsed.lines.append(number)


def _known_column(column: str) -> bool:
    head, _, rest = column.partition(".")
    if head not in Profile.model_fields:
        return False
    if not rest:
        return True
    annotation = Profile.model_fields[head].annotation
    model = next((a for a in getattr(annotation, "__args__", (annotation,)) if hasattr(a, "model_fields")), None)
    sub, _, leaf = rest.partition(".")
    return model is not None and sub in model.model_fields and (not leaf or leaf in ("min", "max"))


def _nest(row: dict[str, str | None]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for column, cell in row.items():
        if column is None:
            raise ValueError("", "more cells than columns in this row")
        if cell is None or not cell.strip():
            continue
        value = _cell_value(column, cell.strip())
        target = record
        *parents, leaf = column.split(".")
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    return record


def _cell_value(column: str, cell: str) -> object:
    if column in _LIST_COLUMNS:
        return [part.strip() for part in cell.split(";") if part.strip()]
    if column in ("credits", "availability"):
        if cell.startswith("["):
            try:
                return json.loads(cell)
            except json.JSONDecodeError as error:
                raise ValueError(column, f"not a valid JSON list ({error.msg})") from None
        return [_simple_item(column, part.strip()) for part in cell.split(";") if part.strip()]
    return cell


def _simple_item(column: str, text: str) -> dict[str, str]:
    """'Title | 2021 | gaffer | feature' or '2027-03-01..2027-04-15 booked'."""
    if column == "credits":
        parts = [p.strip() for p in text.split("|")]
        keys = ("title", "year", "role", "type")
        return {k: v for k, v in zip(keys, parts, strict=False) if v}
    dates, _, status = text.partition(" ")
    start, sep, end = dates.partition("..")
    if not sep:
        raise ValueError(column, f"'{text}' is not 'START..END [available|booked]'")
    return {"start": start, "end": end, **({"status": status.strip()} if status.strip() else {})}
