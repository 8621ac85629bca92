"""The claims step: extract claims from each newly stored document, in the same transaction.

:data:`CLAIM_STEPS` lists functions ``step(conn, document_id, document) -> number of claims``.
By default it holds one step wiring ``minewatch.extract.extract_document`` to
``minewatch.store.claims.add_claims`` (issue 4) when both exist; until they do, the list is empty
and ingestion stores documents only.  ``minewatch ingest --no-extract`` skips the step.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from sqlalchemy import Connection

from minewatch.records import TextDocument

ClaimStep = Callable[[Connection, int, TextDocument], int]


def _extract_and_store(conn: Connection, document_id: int, document: TextDocument) -> int:
    extract = importlib.import_module("minewatch.extract")
    claims_store = importlib.import_module("minewatch.store.claims")
    claims = extract.extract_document(document)
    claims_store.add_claims(conn, document_id, claims)
    return len(claims)


def default_claim_steps() -> list[ClaimStep]:
    """The extraction step if issue 4's functions are importable, else nothing."""
    try:
        extract = importlib.import_module("minewatch.extract")
        claims_store = importlib.import_module("minewatch.store.claims")
    except ImportError:
        return []
    if hasattr(extract, "extract_document") and hasattr(claims_store, "add_claims"):
        return [_extract_and_store]
    return []


CLAIM_STEPS: list[ClaimStep] = []


def claim_steps() -> list[ClaimStep]:
    """The steps to run: :data:`CLAIM_STEPS` if something was registered, else the default."""
    return CLAIM_STEPS or default_claim_steps()
