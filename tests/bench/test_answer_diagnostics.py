"""The answer writer's diagnostics compare what they say they compare.

`benchmarks.answers_profile --without-totals` runs PostgreSQL's answers statement less its
totals, and `benchmarks.reviews_rowid` writes the same review states into `reviews` as the
migrations make it and rebuilt WITHOUT ROWID. Their figures are not checked here (timings
belong in benchmarks); what each variant stores is.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from benchmarks.answers_profile import without_totals
from benchmarks.reviews_rowid import NOW, _fresh_store, _states, _without_rowid, _write
from bot.store.pg_batch import RECORD_ANSWERS


def test_the_statement_without_totals_still_inserts_answers_and_reads_reviews() -> None:
    variant = without_totals(RECORD_ANSWERS)
    assert "learner_totals" in RECORD_ANSWERS
    assert "learner_totals" not in variant
    for kept in ("INSERT INTO answers", "FOR UPDATE OF r", "$1::answer_row[]", "$4::boolean"):
        assert kept in variant
    # every parameter the writer binds keeps a type, so the same call runs either statement
    for parameter in ("$2::date[]", "$3::integer[]"):
        assert parameter in variant


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT user_id, briefing_id, question_id, card, due, mastered, updated_at "
            "FROM reviews ORDER BY user_id, briefing_id, question_id"
        ).fetchall()


def _shape(path: Path) -> tuple[list[tuple[object, ...]], list[str], str]:
    with sqlite3.connect(path) as db:
        columns = db.execute("PRAGMA table_info(reviews)").fetchall()
        indexes = sorted(
            name for _seq, name, *_rest in db.execute("PRAGMA index_list(reviews)").fetchall()
        )
        (sql,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'reviews'"
        ).fetchone()
    return columns, indexes, sql


def test_reviews_without_rowid_store_the_same_rows_under_the_same_key(tmp_path: Path) -> None:
    plain, rebuilt = tmp_path / "rowid.sqlite3", tmp_path / "without.sqlite3"
    for path in (plain, rebuilt):
        asyncio.run(_fresh_store(path))
    _without_rowid(rebuilt)

    plain_columns, plain_indexes, plain_sql = _shape(plain)
    columns, indexes, sql = _shape(rebuilt)
    assert columns == plain_columns  # names, types, NOT NULL and the key's order
    assert indexes == plain_indexes  # the key and ix_reviews_user_id_due
    assert "ix_reviews_user_id_due" in indexes
    assert sql.endswith("WITHOUT ROWID")
    assert not plain_sql.endswith("WITHOUT ROWID")

    keys = [(10**17 + n, "a-briefing", f"q{n % 7}") for n in range(40)]
    first = _states(keys, {})
    second = _states(keys, dict(first))
    for path in (plain, rebuilt):
        _write(path, first)
        _write(path, second)
    assert _rows(plain) == _rows(rebuilt)
    assert [row[3] for row in _rows(plain)] == [state.card for _key, state in second]
    assert {row[6] for row in _rows(plain)} == {NOW.strftime("%Y-%m-%d %H:%M:%S.%f")}
