"""The web layer's tables (tokens, sessions, alerts) on SQLite and PostgreSQL."""

from __future__ import annotations

from minewatch.store import Store
from minewatch.store.alerts import (
    add_alert,
    alert_secret,
    delivered_event_ids,
    list_alerts,
    record_attempt,
)
from minewatch.store.tokens import (
    close_session,
    create_token,
    get_session,
    open_session,
    revoke_token,
)


def test_sessions_open_close_and_die_with_their_token(store: Store) -> None:
    token, _ = create_token(store, "ala", "analyst")
    secret, session = open_session(store, token)
    found = get_session(store, secret)
    assert found is not None and found.csrf == session.csrf and found.token.name == "ala"
    assert get_session(store, secret + "x") is None
    close_session(store, secret)
    assert get_session(store, secret) is None
    again, _ = open_session(store, token)
    revoke_token(store, token.id)
    assert get_session(store, again) is None


def test_alert_deliveries_are_recorded_once(store: Store) -> None:
    alert, secret = add_alert(store, "http://127.0.0.1:1/hook", "state=POL")
    assert alert_secret(store, alert.id) == secret
    record_attempt(store, alert.id, "e-1", ok=False, error="HTTP 500")
    record_attempt(store, alert.id, "e-1", ok=False, error="HTTP 500")
    assert list_alerts(store)[0].pending == 1
    record_attempt(store, alert.id, "e-1", ok=True)
    record_attempt(store, alert.id, "e-1", ok=True)  # a late duplicate changes nothing
    record_attempt(store, alert.id, "e-2", ok=True)
    assert delivered_event_ids(store, alert.id) == {"e-1", "e-2"}
    listed = list_alerts(store)[0]
    assert (listed.delivered, listed.pending) == (2, 0)
