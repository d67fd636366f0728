"""The generated column list (`bot/store/columns.py`) matches the schema it was made from.

The running bot reads stored values by this list (times, dates and booleans come back from
SQLite as text and 0/1): a column added to `bot.store.schema` without regenerating it would
be exported or read untyped. Regenerate with `python -m bot.store.columns_gen`.
"""

from __future__ import annotations

from bot.store import columns_gen
from bot.store.columns import COLUMNS
from bot.store.schema import metadata


def test_the_generated_module_is_what_the_schema_renders_today() -> None:
    assert columns_gen.TARGET.read_text(encoding="utf-8") == columns_gen.render(), (
        "bot/store/columns.py is stale: run `python -m bot.store.columns_gen`"
    )


def test_every_table_and_time_column_of_the_schema_is_listed() -> None:
    assert set(COLUMNS) == set(metadata.tables)
    kinds = dict(COLUMNS["answers"])
    assert (kinds["answered_at"], kinds["answered_day"], kinds["correct"]) == (
        "time",
        "date",
        "bool",
    )
    assert [name for name, _ in COLUMNS["sessions"]] == [
        c.name for c in metadata.tables["sessions"].columns
    ]
