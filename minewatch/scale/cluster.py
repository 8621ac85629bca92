"""Connecting to Dask: a given client, a scheduler address, or a local cluster for one run."""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from minewatch.errors import UsageError

# Where the scheduler's HTTP routes (health, metrics) listen when no dashboard is asked for: a free
# loopback port.  ``dashboard_address=None`` alone still binds port 8787, so that two clusters (a
# user's own, or tests) collide: "Port 8787 is already in use".
_NO_DASHBOARD = "127.0.0.1:0"


def _distributed() -> Any:
    try:
        return importlib.import_module("distributed")
    except ImportError as exc:  # pragma: no cover - the scale extra is not installed
        message = "the dask engine needs the scale extra: pip install 'minewatch[scale]'"
        raise UsageError(message) from exc


def local_cluster(dashboard_address: str | None = None, **options: Any) -> Any:
    """A ``distributed.LocalCluster`` with ``options``, without a dashboard unless
    ``dashboard_address`` (e.g. ``":8787"``) asks for one.  Every local cluster the engine, the
    tests and the benchmarks start comes from here."""
    if dashboard_address is None:
        scheduler_kwargs = {"dashboard": False, **(options.pop("scheduler_kwargs", None) or {})}
        options.update(dashboard_address=_NO_DASHBOARD, scheduler_kwargs=scheduler_kwargs)
    else:
        options["dashboard_address"] = dashboard_address
    return _distributed().LocalCluster(**options)


@contextmanager
def connect(client: Any = None, scheduler: str | None = None, workers: int | None = None,
            threads: bool = False) -> Iterator[Any]:  # fmt: skip
    """A ``distributed.Client``: ``client`` as given, one connected to ``scheduler``, or one on a
    ``LocalCluster`` of ``workers`` single-threaded processes (threads when ``threads``) that is
    closed again afterwards."""
    if client is not None:
        yield client
        return
    Client = _distributed().Client
    if scheduler:
        try:
            remote = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        with remote:
            yield remote
        return
    cluster = local_cluster(
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=not threads,
        silence_logs=logging.ERROR,
    )  # fmt: skip
    with cluster, Client(cluster) as local:
        yield local
