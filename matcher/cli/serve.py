"""``matcher serve``: the HTTP service (API, metrics, the film office's page) under uvicorn.

On the first start with an empty database it loads the demo cluster, the demo's Companies House
snapshot (for the sector map) and seeds the gap report with the development briefs (marked as
demo data), and creates an admin key and a staff key, printed once (only their hashes are stored).

``--workers N`` (``MATCHER_WORKERS``) serves from N processes (``service.workers``: each with a
listening socket of its own on the port, so the kernel spreads connections over them), each
loading the saved index (its vectors memory-mapped, shared through the page cache until changed)
and following the database's change log, so a write through one is served by all within about a
second.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from matcher.cli.app import app, handles_errors, settings_from
from matcher.cli.output import console
from matcher.settings import load_settings

if TYPE_CHECKING:
    from matcher.engine import Engine
    from service.settings import ServiceSettings

__all__ = ["serve"]

@app.command()
@handles_errors
def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Interface to listen on (default 127.0.0.1, MATCHER_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000, MATCHER_PORT)")] = None,
    demo: Annotated[bool, typer.Option(help="Load the demo cluster when the database has never held a profile")] = True,
    workers: Annotated[int | None, typer.Option(min=1, max=64, help="Server processes (default 1, MATCHER_WORKERS); "
                                                "one per core serves many clients at once")] = None,
) -> None:
    """Serve the API and the web page; Ctrl+C stops it (the index is saved on the way out)."""
    import uvicorn

    from service.app import create_app
    from service.settings import ServiceSettings

    overrides: dict[str, Any] = {k: v for k, v in {"host": host, "port": port, "workers": workers}.items()
                                 if v is not None}
    settings = load_settings(ServiceSettings, **settings_from(ctx).model_dump(), **overrides)
    engine = _first_start(settings, demo)
    address = f"http://{settings.host}:{settings.port}"
    typer.echo(f"Serving the matcher on {address} (page), API docs at {address}/docs")
    typer.echo(f"Sector map at {address}/sector, gap report (staff key) at {address}/gaps")
    from service.slow_clients import HEADER_TIMEOUT_ENV, with_header_timeout

    # Slow and idle clients: headers must arrive within header_timeout and are read up to 64 KB
    # (service.slow_clients, on uvicorn's httptools protocol), a body within body_timeout
    # (service.limits); an idle connection closes after keep_alive_timeout; past max_connections
    # the answer is 503.
    server_options: dict[str, Any] = dict(
        host=settings.host, port=settings.port, log_level="info", timeout_graceful_shutdown=10,
        timeout_keep_alive=int(settings.keep_alive_timeout), limit_concurrency=settings.max_connections,
        http=with_header_timeout(settings.header_timeout))
    if settings.workers > 1:  # each worker builds its app from the environment and loads the saved index,
        _save_current_index(settings, engine)  # which is made here if need be (each worker replays what it lacks)
        engine = None
        os.environ.update({"MATCHER_HOME": str(settings.home), "MATCHER_HOST": settings.host,
                           "MATCHER_PORT": str(settings.port), "MATCHER_WORKERS": str(settings.workers),
                           HEADER_TIMEOUT_ENV: str(settings.header_timeout)})
        from service.slow_clients import EnvHeaderTimeout  # each worker imports it afresh, timeout from the env

        server_options["http"] = EnvHeaderTimeout
        # Each worker listens on a socket of its own (SO_REUSEPORT), so the kernel spreads connections
        # over them: with uvicorn's one shared socket, one worker accepted them all (service.workers).
        from service.workers import serve_workers

        options = {k: v for k, v in server_options.items() if k not in ("host", "port")}
        code = serve_workers(settings.host, settings.port, settings.workers, options)
        if code:
            raise typer.Exit(code)
        return
    uvicorn.run(create_app(settings, engine=engine), **server_options)


def _save_current_index(settings: ServiceSettings, engine: Engine | None) -> None:
    """Make sure there is a saved index the workers can load: built if missing or made under older
    rules, saved when up to date. One behind the database is left as it is: each worker answers from
    it at once and replays what it lacks (``matcher.catch_up``) instead of nothing answering until
    this process has replayed it."""
    from matcher.engine import Engine

    engine = engine or Engine(settings, catch_up=False)
    if engine.catching_up is None:
        engine.save_index()
    engine.store.engine.dispose()


def _first_start(settings: ServiceSettings, demo: bool) -> Engine | None:
    """Load the demo into a database that never held a profile and print the first keys.

    Returns the engine when it was built here (with a progress bar), so the app need not
    load it again; otherwise None and the app loads it in its lifespan."""
    from matcher.demo import load_demo
    from matcher.engine import Engine
    from matcher.store import Store
    from service.keys import KeyRing

    store = Store(settings.resolved_database_url)
    engine = None
    if demo and store.latest_seq() == 0:
        from matcher.companies_house import import_register
        from matcher.demo.companies_house import DEMO_REGISTER_PATH
        from matcher.demo.gap_seed import seed_gap_report

        profiles = load_demo(settings.demo_path)
        console.print(f"First start: loading the demo cluster ({len(profiles)} profiles) and building the index.")
        store.save(profiles)
        if settings.demo_path is None:  # the shipped demo: its register and briefs go with it
            register = import_register(store, DEMO_REGISTER_PATH)
            console.print(f"Loaded the demo's Companies House snapshot: {register.counts['kept']} screen companies "
                          f"({register.counts['created']} without a profile yet).")
        engine = Engine(settings, progress=True)
        if settings.demo_path is None:
            console.print(f"Seeded the gap report with {seed_gap_report(engine)} demo briefs (marked as demo data).")
        engine.save_index()
    keys = KeyRing(store)
    if settings.admin_key is None and keys.count() == 0:
        admin, staff = keys.create("Admin (first start)", "admin"), keys.create("Staff (first start)", "staff")
        typer.echo("API keys, shown this once (only their hashes are stored):")
        typer.echo(f"  admin  {admin.secret}")
        typer.echo(f"  staff  {staff.secret}")
        typer.echo("Create more with 'matcher keys create --role member --name NAME'.")
    return engine
