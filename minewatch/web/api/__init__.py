"""The JSON API under ``/api/v1``: one router module per resource.

Routers only parse input, call one data function of :mod:`minewatch.web.data` and return its
result through a pydantic model (:mod:`minewatch.web.api.models`), the only place pydantic is used.
"""
