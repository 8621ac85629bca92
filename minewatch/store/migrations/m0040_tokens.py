"""API tokens (stored as sha256 hashes) and browser sessions opened with them (issue 6)."""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(conn: Connection, dialect: str) -> None:
    pk = "BIGSERIAL PRIMARY KEY" if dialect == "postgresql" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    conn.execute(
        text(
            f"""CREATE TABLE api_tokens (
                id {pk},
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('analyst', 'admin')),
                prefix TEXT NOT NULL,
                secret_sha256 TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                revoked_at TEXT
            )"""
        )
    )
    conn.execute(
        text(
            f"""CREATE TABLE web_sessions (
                id {pk},
                token_id INTEGER NOT NULL REFERENCES api_tokens(id),
                secret_sha256 TEXT NOT NULL UNIQUE,
                csrf TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )"""
        )
    )
