"""A real Dask cluster on this machine: two worker processes, one thread each, on loopback only."""

from __future__ import annotations

import pytest

from langcheck.api import EngineOptions

BLANK = EngineOptions(model="blank")


@pytest.fixture(scope="session")
def cluster():  # type: ignore[no-untyped-def]
    from langcheck.dask.scan import local_cluster

    with local_cluster(2) as running:
        yield running


@pytest.fixture
def client(cluster):  # type: ignore[no-untyped-def]
    from distributed import Client

    with Client(cluster) as connected:
        connected.wait_for_workers(2, timeout=60)
        yield connected
