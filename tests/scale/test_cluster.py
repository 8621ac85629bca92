"""Local clusters: no dashboard and no fixed HTTP port unless one is asked for."""

from __future__ import annotations

import logging
import warnings

from minewatch.scale.cluster import local_cluster


def _ports(cluster: object) -> set[int]:
    server = cluster.scheduler.http_server  # type: ignore[attr-defined]
    return {sock.getsockname()[1] for sock in server._sockets.values()}


def test_local_clusters_do_not_take_the_dashboard_port() -> None:
    options = {"n_workers": 1, "processes": False, "silence_logs": logging.ERROR}
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # "Port 8787 is already in use"
        with local_cluster(**options) as first, local_cluster(**options) as second:
            assert 8787 not in _ports(first) | _ports(second)
