from __future__ import annotations

from sqlalchemy import text

from minewatch.store import Store, open_store
from minewatch.store.base import applied_migrations, apply_migrations


def test_migrations_are_recorded_and_idempotent(store: Store) -> None:
    first = applied_migrations(store)
    assert apply_migrations(store) == []
    assert applied_migrations(store) == first
    assert [v for v, _, _ in first] == sorted(v for v, _, _ in first)


def test_reopening_keeps_data(db_url: str) -> None:
    one = open_store(db_url)
    with one.begin() as conn:
        conn.execute(text("CREATE TABLE probe (x INTEGER)"))
        conn.execute(text("INSERT INTO probe VALUES (1)"))
    one.close()
    two = open_store(db_url)
    with two.begin() as conn:
        assert conn.execute(text("SELECT x FROM probe")).scalar_one() == 1
    two.close()
