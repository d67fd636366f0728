"""Whole rows as records: every column of a table, read by its stored kind (`columns.py`).

For the queries that read a table's every column (exports, whole-row reads), so that each
does not list the columns and their types again by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.store.columns import COLUMNS
from bot.store.sql import Row, read_date, read_maybe_bool, read_maybe_time

__all__ = ["all_columns", "column_count", "record"]

_READERS: dict[str, Callable[[Any], Any]] = {
    "time": read_maybe_time,
    "date": lambda value: None if value is None else read_date(value),
    "bool": read_maybe_bool,
    "value": lambda value: value,
}


def all_columns(table: str, alias: str | None = None) -> str:
    """The table's columns, comma-separated in schema order (for `SELECT`), each prefixed
    with `alias.` if given (for a join)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f"{prefix}{name}" for name, _ in COLUMNS[table])


def record(table: str, row: Row) -> dict[str, Any]:
    """A row read with `all_columns(table)`, by column name, each value as Python's."""
    return {
        name: _READERS[kind](value) for (name, kind), value in zip(COLUMNS[table], row, strict=True)
    }


def column_count(table: str) -> int:
    """How many columns `all_columns(table)` lists (to split a joined row)."""
    return len(COLUMNS[table])
