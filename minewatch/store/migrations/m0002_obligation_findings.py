"""Findings on obligations (completed / not completed, with a source) (issue 2)."""

from __future__ import annotations

from sqlalchemy import Connection, text

_TABLE = """
CREATE TABLE obligation_findings (
    id {pk},
    treaty TEXT NOT NULL,
    iso3 TEXT NOT NULL,
    obligation TEXT NOT NULL,
    finding TEXT NOT NULL,
    finding_date TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    UNIQUE (treaty, iso3, obligation, finding, finding_date)
)
"""


def upgrade(conn: Connection, dialect: str) -> None:
    pk = "BIGSERIAL PRIMARY KEY" if dialect == "postgresql" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    conn.execute(text(_TABLE.format(pk=pk)))
