"""Fixtures shared across the test folders."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tests.long_first import long_first
from tests.store.pg import PostgresServer

# With PYTHONDONTWRITEBYTECODE set (our machines and the image set it), pytest would rewrite
# the asserts of every test module and compile it again in each worker on every run (10 of
# the 14 s CPU a worker spent collecting); it keeps them in __pycache__ instead, checked
# against each file's size and time, and written atomically (two workers may race). Nothing
# here imports bot/ before this line (`migrated_database` imports the store when used): the
# 87 modules `bot.store` loads were otherwise compiled from source in every worker and in
# every bot or console process a test starts, 0.09 s CPU of such a process's 0.44.
sys.dont_write_bytecode = False

# Property tests assert behaviour, not speed (timings belong in benchmarks/): hypothesis's
# default 200 ms deadline per example and its "too slow" health check fail a test on a busy
# machine whatever the code does (suite-43 saw test_paginate fail so at load 13-24).
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")


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


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the current schema, migrated once per worker (in a thread of its own,
    so no event loop of the tests is touched); how migrations run is tests/store's job."""
    from tests.migrated import migrate_sqlite  # here, not at the top: see dont_write_bytecode

    return migrate_sqlite(tmp_path_factory.mktemp("migrated") / "bot.sqlite3")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """Tell each xdist worker whether the tests are handed out by work stealing (a worker's
    own `--dist` option reads "no")."""
    node.workerinput["worksteal"] = node.config.getoption("dist") == "worksteal"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under `--dist worksteal`, each worker starts with its part of the long tests
    (`tests/long_first.py`), so none of them is left running at the end while others idle."""
    worker = getattr(config, "workerinput", {})
    if worker.get("worksteal"):
        items[:] = long_first(items, worker["workercount"])
