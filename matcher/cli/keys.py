"""``matcher keys``: create, list and revoke the service's API keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console

if TYPE_CHECKING:
    from service.keys import KeyRing
    from service.ownership import Ownership

__all__ = ["keys_app"]

keys_app = typer.Typer(name="keys", no_args_is_help=True, help="API keys of the service: create, list, revoke.")
app.add_typer(keys_app)


def _ring(ctx: typer.Context) -> tuple[KeyRing, Ownership]:
    from matcher.store import Store
    from service.keys import KeyRing
    from service.ownership import Ownership

    store = Store(settings_from(ctx).resolved_database_url)
    return KeyRing(store), Ownership(store)


@keys_app.command("create")
@handles_errors
def create(
    ctx: typer.Context,
    role: Annotated[str, typer.Option(help="member, staff or admin")],
    name: Annotated[str, typer.Option(help="Who holds it, e.g. 'Film office'")],
    profile: Annotated[list[str] | None, typer.Option(
        help="A profile this member key owns and may edit (repeat for several); member keys only")] = None,
) -> None:
    """Create a key and print it: this is the only time it is shown. A member key given
    ``--profile`` edits those profiles and their diaries, and nothing else."""
    from matcher.errors import InvalidInput

    ring, ownership = _ring(ctx)
    profiles = profile or []
    if profiles and role != "member":
        raise InvalidInput("--profile: only member keys own profiles (staff and admin keys edit any)")
    ownership.check_known(profiles)  # before the key exists: a refused command leaves nothing
    key = ring.create(name, role)
    owned = sorted(ownership.assign(key.id, profiles)) if profiles else []
    owns = f", owning {', '.join(owned)}" if owned else ""
    console.print(f"Created key {key.id} '{key.name}' with the {key.role.value} role{owns} "
                  "(shown once, stored hashed):", highlight=False)
    typer.echo(key.secret)


@keys_app.command("list")
@handles_errors
def list_keys(ctx: typer.Context) -> None:
    """Every key with its role and prefix (never the key itself)."""
    ring, ownership = _ring(ctx)
    keys = ring.list()
    if not keys:
        console.print("No keys yet: 'matcher keys create --role admin --name NAME' makes one.")
        return
    table = Table("id", "name", "role", "profiles", "prefix", "created", "revoked")
    for key in keys:
        table.add_row(str(key.id), key.name, key.role.value, ", ".join(sorted(ownership.profiles_of(key.id))),
                      f"{key.prefix}…",
                      f"{key.created_at:%Y-%m-%d %H:%M}", f"{key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "")
    console.print(table)


@keys_app.command("revoke")
@handles_errors
def revoke(ctx: typer.Context,
           key_id: Annotated[int, typer.Argument(help="The key's id (see 'matcher keys list')")]) -> None:
    """Revoke a key: it stops working at once, in every process."""
    key = _ring(ctx)[0].revoke(key_id)
    console.print(f"Revoked key {key.id} '{key.name}' ({key.prefix}…).", highlight=False)
