"""Webhook alerts: where to POST which events, and what has been delivered.

Each alert has a URL, an event filter (a query string, see :mod:`minewatch.web.filters`) and a
signing secret (random, shown once at creation; it must be stored to sign, so it lives in the
database and never in logs).  ``alert_deliveries`` keeps one row per (alert, event): an event is
delivered at least once and then never again, and a failed delivery is retried by later runs.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import text

from minewatch.errors import UsageError
from minewatch.store.base import Store


@dataclass(frozen=True, slots=True)
class Alert:
    """A webhook and its delivery counts."""

    id: int
    url: str
    filter: str
    created_at: str
    delivered: int = 0
    pending: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_alert(store: Store, url: str, filter_query: str) -> tuple[Alert, str]:
    """Add a webhook; return it and its signing secret (shown once)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"alert URL must be http(s)://host/...: {url!r}")
    secret = "whsec_" + secrets.token_urlsafe(32)
    with store.begin() as conn:
        row = conn.execute(
            text(
                "INSERT INTO alerts (url, filter, secret, created_at) VALUES (:u, :f, :s, :t)"
                " RETURNING id, created_at"
            ),
            {"u": url, "f": filter_query, "s": secret, "t": _now()},
        ).one()
    return Alert(id=int(row.id), url=url, filter=filter_query, created_at=str(row.created_at)), \
        secret


def list_alerts(store: Store) -> list[Alert]:
    """Active alerts with their delivered and pending counts."""
    with store.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT a.id, a.url, a.filter, a.created_at,"
                " SUM(CASE WHEN d.status = 'delivered' THEN 1 ELSE 0 END) AS delivered,"
                " SUM(CASE WHEN d.status = 'pending' THEN 1 ELSE 0 END) AS pending"
                " FROM alerts a LEFT JOIN alert_deliveries d ON d.alert_id = a.id"
                " WHERE a.active = 1 GROUP BY a.id, a.url, a.filter, a.created_at ORDER BY a.id"
            )
        )
        return [
            Alert(id=int(r.id), url=str(r.url), filter=str(r.filter),
                  created_at=str(r.created_at), delivered=int(r.delivered or 0),
                  pending=int(r.pending or 0))
            for r in rows
        ]


def alert_secret(store: Store, alert_id: int) -> str:
    """The signing secret of an alert (for the deliverer only)."""
    with store.begin() as conn:
        row = conn.execute(text("SELECT secret FROM alerts WHERE id = :i"), {"i": alert_id}).first()
    if row is None:
        raise UsageError(f"no alert {alert_id}")
    return str(row.secret)


def delivered_event_ids(store: Store, alert_id: int) -> set[str]:
    """The events already acknowledged by this alert's receiver."""
    with store.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT event_id FROM alert_deliveries"
                " WHERE alert_id = :a AND status = 'delivered'"
            ),
            {"a": alert_id},
        )
        return {str(r.event_id) for r in rows}


def record_attempt(store: Store, alert_id: int, event_id: str, *, ok: bool,
                   error: str | None = None) -> None:
    """Record one delivery attempt: delivered, or still pending with the error."""
    params: dict[str, Any] = {"a": alert_id, "e": event_id, "t": _now(),
                              "s": "delivered" if ok else "pending", "err": error}
    with store.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE alert_deliveries SET status = :s, attempts = attempts + 1,"
                " last_error = :err, updated_at = :t WHERE alert_id = :a AND event_id = :e"
                " AND status = 'pending'"
            ),
            params,
        ).rowcount
        if not updated:
            exists = conn.execute(
                text("SELECT 1 FROM alert_deliveries WHERE alert_id = :a AND event_id = :e"),
                params,
            ).first()
            if exists is None:
                conn.execute(
                    text(
                        "INSERT INTO alert_deliveries"
                        " (alert_id, event_id, status, attempts, last_error, updated_at)"
                        " VALUES (:a, :e, :s, 1, :err, :t)"
                    ),
                    params,
                )
