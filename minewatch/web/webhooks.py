"""Delivering events to webhooks: at least once, with retries and backoff, signed.

Every POST carries the event as JSON and these headers:

- ``X-Minewatch-Event-Id``: the event's stable id; the same event always has the same id, so a
  receiver that sees an id twice (a retry after a lost acknowledgement) can drop the copy;
- ``X-Minewatch-Timestamp``: seconds since the epoch when the request was signed;
- ``X-Minewatch-Signature``: ``sha256=`` + hex HMAC-SHA256 of ``timestamp + "." + body`` keyed by
  the alert's secret (see :func:`signature`).

A 2xx answer acknowledges the event; anything else, or no answer, is retried up to ``attempts``
times with exponential backoff, and events still unacknowledged are retried by the next run.
Secrets and bodies are never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from minewatch.store import Store
from minewatch.store.alerts import (
    Alert,
    alert_secret,
    delivered_event_ids,
    list_alerts,
    record_attempt,
)
from minewatch.web.filters import EventFilter, parse_filter

log = logging.getLogger("minewatch.webhooks")

EventSource = Callable[[Store, EventFilter], list[Mapping[str, Any]]]


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` over ``timestamp.body``."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _post_once(client: httpx.Client, url: str, secret: str, event_id: str,
               body: bytes) -> str | None:
    """One attempt; None on success, else a short error description."""
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Minewatch-Webhook/1",
        "X-Minewatch-Event-Id": event_id,
        "X-Minewatch-Timestamp": timestamp,
        "X-Minewatch-Signature": signature(secret, timestamp, body),
    }
    try:
        response = client.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        return type(exc).__name__
    if 200 <= response.status_code < 300:
        return None
    return f"HTTP {response.status_code}"


def deliver_event(client: httpx.Client, alert: Alert, secret: str, event: Mapping[str, Any], *,
                  attempts: int, backoff: float, store: Store) -> bool:
    """Deliver one event with retries; record every attempt; True once acknowledged."""
    event_id = str(event["id"])
    body = json.dumps({"id": event_id, "alert": alert.id, "event": event},
                      ensure_ascii=False, sort_keys=True, default=str).encode()
    for attempt in range(attempts):
        error = _post_once(client, alert.url, secret, event_id, body)
        record_attempt(store, alert.id, event_id, ok=error is None, error=error)
        if error is None:
            return True
        log.warning("alert %s: event %s attempt %d failed: %s", alert.id, event_id,
                    attempt + 1, error)
        if attempt + 1 < attempts:
            time.sleep(min(backoff * 2**attempt, 60.0))
    return False


def deliver_all(store: Store, *, attempts: int = 5, backoff: float = 1.0,
                source: EventSource | None = None, timeout: float = 10.0) -> dict[str, int]:
    """Deliver every matching, unacknowledged event to every alert; return counts."""
    if source is None:
        from minewatch.web.data import events_for_alert

        source = events_for_alert
    summary = {"delivered": 0, "failed": 0, "skipped": 0}
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for alert in list_alerts(store):
            secret = alert_secret(store, alert.id)
            done = delivered_event_ids(store, alert.id)
            for event in source(store, parse_filter(alert.filter)):
                if str(event["id"]) in done:
                    summary["skipped"] += 1
                    continue
                ok = deliver_event(client, alert, secret, event, attempts=attempts,
                                   backoff=backoff, store=store)
                summary["delivered" if ok else "failed"] += 1
    return summary
