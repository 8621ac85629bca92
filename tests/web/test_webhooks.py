"""Webhooks: signed, retried with backoff, delivered at least once, idempotent ids."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from minewatch.store import Store
from minewatch.store.alerts import add_alert, list_alerts
from minewatch.web.filters import parse_filter
from minewatch.web.webhooks import deliver_all, signature


class Receiver:
    """A loopback HTTP receiver that fails the first ``failures`` requests with 500."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.requests: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                failing = len(receiver.requests) <= receiver.failures
                self.send_response(500 if failing else 204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def accepted_ids(self) -> list[str]:
        return [r["headers"]["X-Minewatch-Event-Id"] for r in self.requests[self.failures:]]


@pytest.fixture
def flaky() -> Iterator[Receiver]:
    receiver = Receiver(failures=2)
    yield receiver
    receiver.close()


def test_fails_twice_then_delivers_signed_once(fresh_store: Store, flaky: Receiver) -> None:
    alert, secret = add_alert(fresh_store, flaky.url, parse_filter("state=POL").to_query())
    summary = deliver_all(fresh_store, attempts=4, backoff=0.01)
    assert summary == {"delivered": 2, "failed": 0, "skipped": 0}
    ids = [r["headers"]["X-Minewatch-Event-Id"] for r in flaky.requests]
    assert len(ids) == 4 and ids[0] == ids[1] == ids[2] != ids[3]  # 2 failures, then accepted
    for request in flaky.requests:
        headers, body = request["headers"], request["body"]
        expected = signature(secret, headers["X-Minewatch-Timestamp"], body)
        assert hmac.compare_digest(headers["X-Minewatch-Signature"], expected)
        mac = hmac.new(secret.encode(), headers["X-Minewatch-Timestamp"].encode() + b"." + body,
                       hashlib.sha256).hexdigest()
        assert headers["X-Minewatch-Signature"] == "sha256=" + mac
        payload = json.loads(body)
        assert payload["id"] == headers["X-Minewatch-Event-Id"]
        assert payload["event"]["actor"] == "POL"
    again = deliver_all(fresh_store, attempts=4, backoff=0.01)
    assert again == {"delivered": 0, "failed": 0, "skipped": 2}
    assert len(flaky.requests) == 4
    assert list_alerts(fresh_store)[0].delivered == 2 and alert.id == 1


def test_a_dead_receiver_is_retried_by_the_next_run(fresh_store: Store) -> None:
    down = Receiver(failures=10**6)
    try:
        add_alert(fresh_store, down.url, "state=LTU")
        first = deliver_all(fresh_store, attempts=2, backoff=0.01)
        assert first == {"delivered": 0, "failed": 1, "skipped": 0}
        assert list_alerts(fresh_store)[0].pending == 1
        down.failures = 2  # it comes back
        second = deliver_all(fresh_store, attempts=2, backoff=0.01)
        assert second["delivered"] == 1 and len(down.requests) == 3
        assert list_alerts(fresh_store)[0].pending == 0
    finally:
        down.close()


def test_unreachable_url_fails_without_leaking_the_secret(
    fresh_store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    _, secret = add_alert(fresh_store, "http://127.0.0.1:9/nothing-listens", "state=LTU")
    summary = deliver_all(fresh_store, attempts=2, backoff=0.01, timeout=1.0)
    assert summary["failed"] == 1
    assert secret not in caplog.text and "attempt" in caplog.text
