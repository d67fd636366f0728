"""What the repositories share: the bookkeeping clock and the backend's INSERT."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table

__all__ = ["Clock", "dialect_insert", "utc_now"]

Clock = Callable[[], dt.datetime]
"""Stamps bookkeeping times (claims, updates), not answers."""


def utc_now() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def dialect_insert(backend: str) -> Callable[[Table], Any]:
    """The backend's INSERT with ON CONFLICT support (only that dialect's module is loaded)."""
    if backend == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert
