"""Fixtures for the web tests: one warmed engine for the whole session, and a client of the app on it."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install '.[web]'")

from webtools import BLANK, make_client

from langcheck.web.service import Workbench


@pytest.fixture(scope="session")
def workbench() -> Workbench:
    bench = Workbench(BLANK)
    bench.warm()
    return bench


@pytest.fixture
def client(workbench: Workbench):  # type: ignore[no-untyped-def]
    return make_client(workbench)
