"""Shared fixtures: real SQLite files and a real PostgreSQL database for each test run.

PostgreSQL tests use the server on 127.0.0.1:5432 (override with ``MINEWATCH_TEST_PG``).  Each
test session creates its own database and drops it at the end; each test gets its own schema.
With ``MINEWATCH_REQUIRE_POSTGRES=1`` (set by ``make test``) an unreachable server fails the run
instead of skipping, so CI cannot go green without the PostgreSQL tests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from minewatch.store import Store, open_store

PG_ADMIN_URL = os.environ.get("MINEWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _unavailable(reason: str) -> None:
    if os.environ.get("MINEWATCH_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL required but unavailable: {reason}")
    pytest.skip(f"PostgreSQL unavailable: {reason}")


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database created for this test session; yields its URL, drops it afterwards."""
    try:
        import psycopg
    except ImportError as exc:
        _unavailable(f"psycopg not installed ({exc})")
    name = f"minewatch_test_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        _unavailable(str(exc))
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_database: str) -> Iterator[str]:
    """A URL whose connections see only a fresh schema of their own."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_database, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{postgres_database}?options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_database, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "minewatch.db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database URL, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "minewatch.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated, empty store on each backend."""
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project root (read-only)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: CI provides ../shared beside the project")
    return SHARED
