"""Connecting to Dask: a given client, a scheduler address, or a local cluster for one run."""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from minewatch.errors import UsageError


@contextmanager
def connect(client: Any = None, scheduler: str | None = None, workers: int | None = None,
            threads: bool = False) -> Iterator[Any]:  # fmt: skip
    """A ``distributed.Client``: ``client`` as given, one connected to ``scheduler``, or one on a
    ``LocalCluster`` of ``workers`` single-threaded processes (threads when ``threads``) that is
    closed again afterwards."""
    if client is not None:
        yield client
        return
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError as exc:  # pragma: no cover - the scale extra is not installed
        message = "the dask engine needs the scale extra: pip install 'minewatch[scale]'"
        raise UsageError(message) from exc
    Client, LocalCluster = distributed.Client, distributed.LocalCluster
    if scheduler:
        try:
            remote = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        with remote:
            yield remote
        return
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=not threads,
        dashboard_address=None, silence_logs=logging.ERROR,
    )  # fmt: skip
    with cluster, Client(cluster) as local:
        yield local
