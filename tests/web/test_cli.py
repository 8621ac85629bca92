"""`minewatch token`, `minewatch alerts` and `minewatch serve` through the CLI."""

from __future__ import annotations

import json

from click.testing import CliRunner

from minewatch.cli import main
from minewatch.store import Store
from minewatch.store.tokens import authenticate
from tests.web.test_webhooks import Receiver


def test_token_create_list_revoke(fresh_store: Store) -> None:
    runner = CliRunner()
    db = ["--db", fresh_store.url]
    created = runner.invoke(main, ["token", "create", *db, "--role", "analyst", "--name", "ala"])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("mw_") and authenticate(fresh_store, secret) is not None
    listed = runner.invoke(main, ["token", "list", *db, "--format", "json"])
    rows = json.loads(listed.stdout)
    assert rows[0]["name"] == "ala" and secret not in listed.stdout
    assert runner.invoke(main, ["token", "revoke", *db, str(rows[0]["id"])]).exit_code == 0
    assert authenticate(fresh_store, secret) is None
    assert runner.invoke(main, ["token", "revoke", *db, "999"]).exit_code != 0
    bad = runner.invoke(main, ["token", "create", *db, "--role", "king"])
    assert bad.exit_code == 2


def test_alerts_add_list_deliver(fresh_store: Store) -> None:
    runner = CliRunner()
    db = ["--db", fresh_store.url]
    receiver = Receiver(failures=2)
    try:
        added = runner.invoke(main, ["alerts", "add", *db, "--url", receiver.url,
                                     "--filter", "state=pol&type=withdrawal_deposit"])
        assert added.exit_code == 0, added.output
        assert added.stdout.strip().startswith("whsec_")
        rows = json.loads(runner.invoke(main, ["alerts", "list", *db, "--format", "json"]).stdout)
        assert rows[0]["filter"] == "state=POL&type=withdrawal_deposit"
        done = runner.invoke(main, ["alerts", "deliver", *db, "--backoff", "0.01"])
        assert done.exit_code == 0, done.output
        assert "1 delivered, 0 failed" in done.output and len(receiver.requests) == 3
    finally:
        receiver.close()
    refused = runner.invoke(main, ["alerts", "add", *db, "--url", "ftp://x", "--filter", ""])
    assert refused.exit_code == 2
    bad_filter = runner.invoke(main, ["alerts", "add", *db, "--url", "http://x/",
                                      "--filter", "colour=red"])
    assert bad_filter.exit_code == 2 and "unknown filter keys" in bad_filter.output


def test_serve_help() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--private" in result.output
