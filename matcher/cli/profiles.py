"""Profile commands: import, show, reindex."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console
from matcher.engine import Engine
from matcher.importers import read_profiles


@app.command("import")
@handles_errors
def import_profiles(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="JSONL or CSV file of profiles ('-' for JSONL on stdin)")],
    skip_invalid: Annotated[bool, typer.Option(
        "--skip-invalid", help="Import the valid profiles and list the lines skipped.")] = False,
    check: Annotated[bool, typer.Option(
        "--check", help="Only validate: list every problem, store nothing.")] = False,
) -> None:
    """Import profiles (all-or-nothing unless --skip-invalid) and update the index."""
    text = sys.stdin.read() if file == "-" else None
    parsed = read_profiles(Path(file) if file != "-" else "-", text)
    parsed.ensure_not_empty()
    if check:
        for error in parsed.errors:
            typer.echo(str(error))
        typer.echo(f"{len(parsed.profiles)} valid profiles, {len(parsed.errors)} problems in {parsed.total} lines")
        raise typer.Exit(code=2 if parsed.errors else 0)
    engine = Engine(settings_from(ctx), progress=True)
    report = engine.import_parsed(parsed, skip_invalid=skip_invalid)
    engine.save_index()
    for error in report.skipped:
        typer.echo(f"skipped {error}", err=True)
    console.print(f"Imported {report.imported} profiles ({report.created} new, {report.updated} updated)"
                  + (f"; skipped {len(report.skipped)} invalid lines" if report.skipped else "")
                  + f". The index holds {len(engine.index)} profiles.")


@app.command()
@handles_errors
def show(ctx: typer.Context, profile_id: Annotated[str, typer.Argument(help="Profile id")]) -> None:
    """Print one stored profile as JSON."""
    from matcher.store import Store

    settings = settings_from(ctx)
    profile = Store(settings.resolved_database_url).get(profile_id)
    if profile is None:
        from matcher.errors import NotFound

        raise NotFound(f"no profile with id '{profile_id}'")
    typer.echo(json.dumps(profile.model_dump(mode="json", exclude_none=True), indent=2, ensure_ascii=False))


@app.command()
@handles_errors
def reindex(ctx: typer.Context) -> None:
    """Rebuild the search index from the database (after changing the encoder)."""
    import shutil

    settings = settings_from(ctx)
    shutil.rmtree(settings.index_dir, ignore_errors=True)
    engine = Engine(settings, progress=True)
    engine.save_index()
    console.print(f"Rebuilt the index: {len(engine.index)} profiles.")
