"""Property-based tests of the API against its own OpenAPI document (schemathesis, in-process
against the ASGI app, a bounded number of examples per operation).

Every check runs except ``positive_data_acceptance``: schema-valid writes are rightly refused by
business rules the schema cannot express (the law engine refuses a second ratification, a review
transition may not be allowed, a stale ``expected_version`` is a 409), always in the envelope."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from minewatch.store.tokens import create_token
from minewatch.web import create_app
from tests.web.conftest import build_store

_folder = Path(tempfile.mkdtemp(prefix="minewatch-schemathesis-"))
atexit.register(shutil.rmtree, _folder, True)
_store = build_store(_folder)
_, _ADMIN = create_token(_store, "schemathesis", "admin")
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(_store))
# adding documents runs the whole ingestion and extraction pipeline: covered by its own tests
schema = schema.exclude(path="/api/v1/documents", method="POST")


@schema.parametrize()
@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {_ADMIN}"},
                           excluded_checks=[positive_data_acceptance])


def test_the_schema_covers_every_api_route() -> None:
    paths = set(create_app(_store).openapi()["paths"])
    assert {"/api/v1/events", "/api/v1/map", "/api/v1/profiles/{iso3}",
            "/api/v1/exports/{table}.{fmt}", "/api/v1/search"} <= paths
