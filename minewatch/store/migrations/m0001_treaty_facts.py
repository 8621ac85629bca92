"""Treaty facts: depositary actions, extended deadlines, armed-conflict periods (issue 2).

Dates are ISO text (``YYYY-MM-DD``) on both backends.  Every row keeps its ``source`` and who
added it when (``added_at``, ``added_by``); the unique keys make loading the bundled facts
idempotent.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_TABLES = (
    """
    CREATE TABLE treaty_actions (
        id {pk},
        treaty TEXT NOT NULL,
        iso3 TEXT NOT NULL,
        action TEXT NOT NULL,
        action_date TEXT NOT NULL,
        succession_date TEXT,
        predecessor TEXT,
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (treaty, iso3, action, action_date)
    )
    """,
    """
    CREATE TABLE deadline_extensions (
        id {pk},
        treaty TEXT NOT NULL,
        article TEXT NOT NULL,
        iso3 TEXT NOT NULL,
        extended_deadline TEXT NOT NULL,
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (treaty, article, iso3, extended_deadline)
    )
    """,
    """
    CREATE TABLE armed_conflicts (
        id {pk},
        iso3 TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT,
        description TEXT NOT NULL,
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (iso3, start_date)
    )
    """,
    "CREATE INDEX treaty_actions_state ON treaty_actions (treaty, iso3)",
)


def upgrade(conn: Connection, dialect: str) -> None:
    pk = "BIGSERIAL PRIMARY KEY" if dialect == "postgresql" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    for statement in _TABLES:
        conn.execute(text(statement.format(pk=pk)))
