"""The store: SQLite by default (WAL, one writer), PostgreSQL for teams, same interface.

Only this package talks to the database.  Each resource has its own module of plain functions
taking a :class:`Store` (``store.actions``, ``store.documents``, ...); schema changes are explicit
migrations in ``store/migrations/`` recorded in ``schema_migrations``.
"""

from minewatch.store.base import Store, open_store

__all__ = ["Store", "open_store"]
