"""Writes `bot/store/columns.py`: each table's columns and how their values are stored.

Run `python -m bot.store.columns_gen` after changing `bot.store.schema`;
`tests/store/test_columns_generated.py` fails while the written module differs from what
this renders. The running bot reads the generated module, so it needs no SQLAlchemy for it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Boolean, Column, Date
from sqlalchemy.types import TypeEngine

from bot.store.schema import UTCDateTime, metadata

__all__ = ["TARGET", "kind_of", "render"]

TARGET = Path(__file__).with_name("columns.py")
"""The generated module."""

_HEADER = '''"""Each table's columns, in schema order, with how their values are stored.

GENERATED from `bot/store/schema.py` by `python -m bot.store.columns_gen`: do not edit by
hand (`tests/store/test_columns_generated.py` fails while it differs). Kinds: "time" (aware
UTC, `UTCDateTime`), "date", "bool", "value" (stored and read as is).
"""

from __future__ import annotations

__all__ = ["COLUMNS"]

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
'''


def kind_of(column: Column[object]) -> str:
    """How a column's values are stored: "time", "date", "bool" or "value"."""
    kind: TypeEngine[object] = column.type
    if isinstance(kind, UTCDateTime):
        return "time"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    return "value"


def render() -> str:
    """The generated module's text."""
    lines = [_HEADER]
    for name in sorted(metadata.tables):
        lines.append(f'    "{name}": (\n')
        for column in metadata.tables[name].columns:
            lines.append(f'        ("{column.name}", "{kind_of(column)}"),\n')
        lines.append("    ),\n")
    lines.append("}\n")
    return "".join(lines)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
