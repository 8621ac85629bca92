"""Webhook alerts and their deliveries, one row per (alert, event) (issue 6)."""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(conn: Connection, dialect: str) -> None:
    pk = "BIGSERIAL PRIMARY KEY" if dialect == "postgresql" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    conn.execute(
        text(
            f"""CREATE TABLE alerts (
                id {pk},
                url TEXT NOT NULL,
                filter TEXT NOT NULL,
                secret TEXT NOT NULL,
                created_at TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1
            )"""
        )
    )
    conn.execute(
        text(
            """CREATE TABLE alert_deliveries (
                alert_id INTEGER NOT NULL REFERENCES alerts(id),
                event_id TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'delivered')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (alert_id, event_id)
            )"""
        )
    )
