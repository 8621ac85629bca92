"""``minewatch serve``, ``minewatch token`` and ``minewatch alerts``: the web layer's commands."""

from __future__ import annotations

import click

from minewatch.cli.common import cli_errors, db_option, emit_rows, format_option
from minewatch.settings import load_settings
from minewatch.store import open_store


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--private", is_flag=True, help="Reads need a token too (public_reads = false).")
def serve_command(db: str, host: str, port: int, private: bool) -> None:
    """Serve the dashboard, the JSON API (/api/v1) and the Atom feeds."""
    import uvicorn

    from minewatch.web import create_app

    with cli_errors():
        settings = load_settings(db=db, public_reads=False if private else None)
        store = open_store(settings.db)
        app = create_app(store, settings)
    click.echo(f"Minewatch is serving http://{host}:{port}/  (API: http://{host}:{port}/api/v1/)")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False,
                timeout_keep_alive=20)


@click.group("token")
def token_group() -> None:
    """Create, list and revoke API tokens (stored hashed; the secret is shown once)."""


@token_group.command("create")
@db_option
@click.option("--role", type=click.Choice(["analyst", "admin"]), required=True, help="Role.")
@click.option("--name", default="analyst", show_default=True, help="Who or what holds it.")
def token_create(db: str, role: str, name: str) -> None:
    """Create a token and print its secret once."""
    from minewatch.store.tokens import create_token

    with cli_errors():
        token, secret = create_token(open_store(db), name, role)
    click.echo(f"token {token.id} ({token.role}, {token.name}) created; keep this secret, "
               "it is not shown again:", err=True)
    click.echo(secret)


@token_group.command("list")
@db_option
@format_option("table", "csv", "json")
def token_list(db: str, output_format: str) -> None:
    """List tokens (prefixes only, never secrets)."""
    from minewatch.store.tokens import list_tokens

    with cli_errors():
        rows = [
            {"id": t.id, "name": t.name, "role": t.role, "prefix": t.prefix + "…",
             "created_at": t.created_at, "revoked_at": t.revoked_at}
            for t in list_tokens(open_store(db))
        ]
    emit_rows(rows, ["id", "name", "role", "prefix", "created_at", "revoked_at"], output_format)


@token_group.command("revoke")
@db_option
@click.argument("token_id", type=int)
def token_revoke(db: str, token_id: int) -> None:
    """Revoke a token and close its browser sessions."""
    from minewatch.store.tokens import revoke_token

    with cli_errors():
        done = revoke_token(open_store(db), token_id)
    if not done:
        raise click.ClickException(f"no active token {token_id}")
    click.echo(f"token {token_id} revoked")


@click.group("alerts")
def alerts_group() -> None:
    """Webhooks: POST matching events to a URL, signed with HMAC-SHA256, with retries."""


@alerts_group.command("add")
@db_option
@click.option("--url", required=True, help="Where to POST events (http or https).")
@click.option("--filter", "filter_", default="", help="An event filter: state=POL&type=production.")
def alerts_add(db: str, url: str, filter_: str) -> None:
    """Add a webhook and print its signing secret once."""
    from minewatch.store.alerts import add_alert
    from minewatch.web.filters import parse_filter

    with cli_errors():
        event_filter = parse_filter(filter_)
        alert, secret = add_alert(open_store(db), url, event_filter.to_query())
    click.echo(f"alert {alert.id} -> {alert.url} [{alert.filter or 'all events'}]; signing "
               "secret (shown once):", err=True)
    click.echo(secret)


@alerts_group.command("list")
@db_option
@format_option("table", "csv", "json")
def alerts_list(db: str, output_format: str) -> None:
    """List webhooks with their delivery counts."""
    from minewatch.store.alerts import list_alerts

    with cli_errors():
        rows = [
            {"id": a.id, "url": a.url, "filter": a.filter, "delivered": a.delivered,
             "pending": a.pending, "created_at": a.created_at}
            for a in list_alerts(open_store(db))
        ]
    emit_rows(rows, ["id", "url", "filter", "delivered", "pending", "created_at"], output_format)


@alerts_group.command("deliver")
@db_option
@click.option("--attempts", default=5, show_default=True, help="Tries per event in this run.")
@click.option("--backoff", default=1.0, show_default=True, help="First retry delay, seconds.")
def alerts_deliver(db: str, attempts: int, backoff: float) -> None:
    """Deliver matching events not yet acknowledged (at least once, idempotent ids)."""
    from minewatch.web.webhooks import deliver_all

    with cli_errors():
        summary = deliver_all(open_store(db), attempts=attempts, backoff=backoff)
    click.echo(f"{summary['delivered']} delivered, {summary['failed']} failed, "
               f"{summary['skipped']} already delivered")
    if summary["failed"]:
        raise SystemExit(1)
