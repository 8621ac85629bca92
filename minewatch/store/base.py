"""Opening a store and applying migrations."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text

from minewatch.errors import StoreError


@dataclass(frozen=True, slots=True)
class Store:
    """A database connection factory that knows its dialect."""

    url: str
    engine: Engine

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection inside one transaction, committed on success, rolled back on error."""
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _sqlalchemy_url(db: str) -> str:
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith("postgresql+"):
        return db
    if db.startswith("sqlite:"):
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_store(db: str, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store at ``db``: a SQLite path or a PostgreSQL URL."""
    url = _sqlalchemy_url(db)
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_size=5, max_overflow=10, pool_pre_ping=True)
    except Exception as exc:
        raise StoreError(f"cannot open database {db!r}: {exc}") from exc
    store = Store(url=db, engine=engine)
    if migrate:
        apply_migrations(store)
    return store


def _migration_modules() -> list[tuple[int, str, ModuleType]]:
    import minewatch.store.migrations as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("m") or not info.name[1:5].isdigit():
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found.append((int(info.name[1:5]), info.name, module))
    return sorted(found)


def applied_migrations(store: Store) -> list[tuple[int, str, str]]:
    """The recorded migrations: (version, name, applied_at)."""
    with store.begin() as conn:
        rows = conn.execute(
            text("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def apply_migrations(store: Store) -> list[str]:
    """Apply the migrations not yet recorded, each in its own transaction; return their names."""
    applied: list[str] = []
    with store.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        )
    for version, name, module in _migration_modules():
        with store.begin() as conn:
            if store.dialect == "postgresql":
                # serialise concurrent migrators (several analysts and an ingest at once)
                conn.execute(text("SELECT pg_advisory_xact_lock(727001)"))
            done = conn.execute(
                text("SELECT 1 FROM schema_migrations WHERE version = :v"), {"v": version}
            ).first()
            if done:
                continue
            module.upgrade(conn, store.dialect)
            conn.execute(
                text(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"
                ),
                {"v": version, "n": name, "t": datetime.now(UTC).isoformat(timespec="seconds")},
            )
            applied.append(name)
    return applied
