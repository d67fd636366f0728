"""Fixtures shared across the test folders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.store.pg import PostgresServer


@pytest.fixture
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of the test's own on 127.0.0.1, stopped after it (for tests that
    stop, freeze or restart it; the store suite shares one per session instead)."""
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
