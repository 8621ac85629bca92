"""Schema migrations, applied in order of their number and recorded in ``schema_migrations``.

Each module is named ``mNNNN_what.py`` and defines ``upgrade(conn, dialect)``.  Numbers by stage:
0001-0009 treaty facts (law), 0010-0019 documents (ingest), 0020-0029 claims (extract),
0030-0039 events and review (reconcile), 0040-0049 web (tokens, alerts), 0050-0059 scale.
Never edit a published migration: add a new one.
"""
