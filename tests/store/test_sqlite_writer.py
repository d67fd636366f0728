"""The answer writer's own SQLite connection: as durable as the rest, all or nothing, and
its failures reported as every other database failure is."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.engine import Connection

from bot.core.progress import AnswerRecord, ReviewState
from bot.store import open_store
from bot.store.batch_sql import KEYS_PER_QUERY, SqliteStatements
from bot.store.engine import run_sync
from bot.store.health import is_database_outage
from bot.store.schema import answers
from bot.store.sqlite_file import DatabaseVanishedError, watch_of_path
from bot.store.sqlite_writer import SqliteWriter
from bot.store.writer import MAX_BATCH


def _writer(path: Path) -> SqliteWriter:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.close()
    return SqliteWriter(str(path), watch_of_path(str(path)))


def _texts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        conn.close()


def test_the_writer_commits_in_wal_with_an_fsync_per_commit(tmp_path: Path) -> None:
    writer = _writer(tmp_path / "bot.sqlite3")
    try:
        with writer.transaction() as conn:
            journal = conn.exec_driver_sql("PRAGMA journal_mode").fetchone()[0]
            synchronous = conn.exec_driver_sql("PRAGMA synchronous").fetchone()[0]
            conn.exec_driver_sql("INSERT INTO notes (text) VALUES (?)", ("kept",))
    finally:
        writer.close()
    assert (journal, synchronous) == ("wal", 2)  # FULL: fsync on every commit
    assert _texts(tmp_path / "bot.sqlite3") == ["kept"]


def test_a_failing_statement_keeps_nothing_of_its_batch_and_the_next_batch_works(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    writer = _writer(path)
    try:
        with pytest.raises(sqlite3.IntegrityError), writer.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO notes (text) VALUES (?)", [("first",), ("second",)])
            conn.exec_driver_sql("INSERT INTO notes (text) VALUES (?)", (None,))
        assert _texts(path) == []
        with writer.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO notes (text) VALUES (?)", ("again",))
    finally:
        writer.close()
    assert _texts(path) == ["again"]


def test_a_locked_database_is_reported_as_an_outage(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    writer = _writer(path)
    with writer.transaction() as conn:
        conn.exec_driver_sql("PRAGMA busy_timeout=50")  # fail fast for this test
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        with pytest.raises(sqlite3.OperationalError) as raised, writer.transaction():
            pass
        assert is_database_outage(raised.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with writer.transaction() as conn:  # the lock released, writing works again
        conn.exec_driver_sql("INSERT INTO notes (text) VALUES (?)", ("after",))
    writer.close()
    assert _texts(path) == ["after"]


def test_a_deleted_database_file_is_refused_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    writer = _writer(path)
    try:
        with writer.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO notes (text) VALUES (?)", ("before",))
        for leftover in tmp_path.iterdir():
            leftover.unlink()
        with pytest.raises(DatabaseVanishedError), writer.transaction():
            pass
    finally:
        writer.close()
    assert not path.exists()


async def test_a_batch_finds_stored_review_states_and_answers_by_key_without_reading_every_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}")
    now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    given = [
        AnswerRecord(u, 7, "b1", q, "s1", True, 3.0, now, session_id=f"s{u}")
        for u, q in ((1, "q1"), (2, "q2"))
    ]
    try:  # the first answer is stored before: the batch's insert must tell which one is new
        await store.answers.record_answer(given[0], ReviewState("{}", now, False))
    finally:
        await store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    statements: list[tuple[str, Any]] = []

    class Recording:
        dialect = SimpleNamespace(name="sqlite")

        def exec_driver_sql(self, statement: str, parameters: Any = (), /) -> Any:
            statements.append((statement, parameters))
            return conn.execute(statement, parameters)

    keys = [(1, "b1", "q1"), (2, "b1", "q2")]
    try:
        conn.execute("BEGIN IMMEDIATE")
        SqliteStatements().stored_reviews(Recording(), keys)
        looked_up = len(statements)
        last_id, states = SqliteStatements().look_up(Recording(), keys)
        read = len(statements)
        inserted = SqliteStatements().insert_answers(Recording(), given, last_id)
        plans = [
            "\n".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", values))
            for sql, values in statements
        ]
        conn.execute("ROLLBACK")
    finally:
        conn.close()

    assert read == looked_up + 1, "a batch's last answer id and review states: one statement"
    assert list(states) == [(1, "b1", "q1")]
    assert inserted == [("s2", 2, "b1", "q2")]
    for plan in plans:
        assert "SCAN reviews" not in plan and "SCAN r\n" not in f"{plan}\n", plan
        assert "SCAN answers" not in plan and "SCAN a\n" not in f"{plan}\n", plan
    for plan in plans[:read]:
        assert "(user_id=? AND briefing_id=? AND question_id=?)" in plan, plan
    assert "(session_id=? AND user_id=? AND briefing_id=? AND question_id=?" in plans[-1]


@pytest.mark.parametrize("size", [1, 3, 5, 17])
async def test_a_batch_of_any_size_stores_exactly_its_answers(tmp_path: Path, size: int) -> None:
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}")
    now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def answer(user: int) -> AnswerRecord:
        return AnswerRecord(
            user_id=user,
            guild_id=7,
            briefing_id="b1",
            question_id="q1",
            section_id="s1",
            correct=True,
            seconds=3.0,
            answered_at=now,
            session_id=f"s{user}",
        )

    state = ReviewState(card="{}", due=now, mastered=False)
    try:  # answers queued together share one batch (one commit)
        new = await asyncio.gather(
            *(store.answers.record_answer(answer(u), state) for u in range(size))
        )
        again = await store.answers.record_answer(answer(0), state)
    finally:
        await store.close()

    conn = sqlite3.connect(path)
    try:
        counts = [
            conn.execute(f"SELECT count(*), count(user_id) FROM {table}").fetchone()
            for table in ("answers", "reviews")
        ]
        totals = conn.execute("SELECT sum(answered), count(user_id) FROM learner_totals").fetchone()
    finally:
        conn.close()
    assert new == [True] * size and again is False
    assert counts == [(size, size), (size, size)], "no row more, and no empty row"
    assert totals == (2 * size, 2 * size), "all-time and this week's total of each learner"


@pytest.mark.parametrize("size", [2, 310])  # a small batch, and one of most of a full one
async def test_a_batch_moves_each_stored_review_state_once_and_skips_repeats(
    tmp_path: Path, size: int
) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def answer(user: int, session: str) -> AnswerRecord:
        return AnswerRecord(user, 7, "b1", "q1", "s1", True, 3.0, now, session_id=session)

    def moved(user: int) -> Callable[[ReviewState | None], ReviewState]:
        def move(state: ReviewState | None) -> ReviewState:
            card = f"{state.card if state else user}+"
            return ReviewState(card=card, due=now, mastered=False)

        return move

    try:
        await asyncio.gather(
            *(store.answers.record_answer(answer(u, "old"), moved(u)) for u in range(size))
        )
        new = await asyncio.gather(  # each user's new answer, and a repeat of the first one
            *(store.answers.record_answer(answer(u, "new"), moved(u)) for u in range(size)),
            store.answers.record_answer(answer(0, "old"), moved(0)),
        )
        cards = {u: (await store.reviews.get_review(u, "b1", "q1")) for u in range(size)}
    finally:
        await store.close()
    assert new == [True] * size + [False]
    assert {u: s.card if s else None for u, s in cards.items()} == {
        u: f"{u}++" for u in range(size)
    }


@pytest.mark.parametrize(
    ("size", "statements"),
    [(MAX_BATCH, 1), (KEYS_PER_QUERY + 8, 2)],  # the writer's biggest batch; more, chunked
)
@pytest.mark.parametrize("repeats", [True, False])
async def test_a_batch_tells_exactly_its_new_answers_and_finds_the_stored_review_states(
    tmp_path: Path, size: int, statements: int, repeats: bool
) -> None:
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}")
    now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def answer(user: int, session: str) -> AnswerRecord:
        return AnswerRecord(user, 7, "b1", "q1", "s1", True, 3.0, now, session_id=session)

    stored_users = range(0, size, 3)
    try:  # every third learner answered before, in session "old", with a review state
        await asyncio.gather(
            *(
                store.answers.record_answer(
                    answer(u, "old"), ReviewState(f"card {u}", now, mastered=u % 2 == 0)
                )
                for u in stored_users
            )
        )
    finally:
        await store.close()
    # the batch: a repeat of each stored answer (or not), a new answer from everyone else
    given = [answer(u, "old" if repeats and u % 3 == 0 else "new") for u in range(size)]
    keys = [(u, "b1", "q1") for u in range(size)]
    conn = sqlite3.connect(path, isolation_level=None)
    ran: list[str] = []

    class Recording:
        dialect = SimpleNamespace(name="sqlite")

        def exec_driver_sql(self, statement: str, parameters: Any = (), /) -> Any:
            ran.append(statement)
            return conn.execute(statement, parameters)

    try:
        conn.execute("BEGIN IMMEDIATE")
        last_id, states = SqliteStatements().look_up(Recording(), keys)
        looked_up = len(ran)
        inserted = SqliteStatements().insert_answers(Recording(), given, last_id)
        stored = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        conn.execute("ROLLBACK")
    finally:
        conn.close()

    assert states == {
        (u, "b1", "q1"): ReviewState(f"card {u}", now, mastered=u % 2 == 0) for u in stored_users
    }
    assert looked_up == statements
    new = [a for a in given if not (repeats and a.user_id % 3 == 0)]
    if repeats:
        assert inserted == [(a.session_id, a.user_id, "b1", "q1") for a in new]
    else:  # every answer new: said as such, without a key per answer
        assert inserted is None
    assert stored == len(stored_users) + len(new)
    # one insert; the new answers are read back only when some answers were stored before
    read_back = statements if repeats else 0
    assert len(ran) - looked_up == 1 + read_back


async def test_booleans_are_stored_as_the_other_writers_store_them(tmp_path: Path) -> None:
    """A batch's true and false answers and mastered flags, and its times, are stored as the
    store's other writers keep them (a review saved alone, the rows of before), and read back
    as given."""
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}")
    now = dt.datetime(2026, 1, 5, 9, 0, 0, 120, tzinfo=dt.UTC)
    flags = [True, False]

    def answer(correct: bool) -> AnswerRecord:
        return AnswerRecord(
            user_id=1,
            guild_id=7,
            briefing_id="b1",
            question_id=f"batch-{correct}",
            section_id="s1",
            correct=correct,
            seconds=3.0,
            answered_at=now,
            session_id="s1",
        )

    try:
        for flag in flags:
            await store.reviews.save_review(1, "b1", f"alone-{flag}", ReviewState("{}", now, flag))
        await asyncio.gather(
            *(store.answers.record_answer(answer(f), ReviewState("{}", now, f)) for f in flags)
        )
        read = [await store.reviews.get_review(1, "b1", f"batch-{f}") for f in flags]
        answers = await store.answers.session_answers("s1")
    finally:
        await store.close()

    conn = sqlite3.connect(path)
    try:
        stored = dict(conn.execute("SELECT question_id, quote(mastered) FROM reviews").fetchall())
        correct = dict(conn.execute("SELECT question_id, quote(correct) FROM answers").fetchall())
        dues = set(conn.execute("SELECT quote(due) FROM reviews").fetchall())
        times = set(conn.execute("SELECT quote(answered_at) FROM answers").fetchall())
    finally:
        conn.close()
    assert stored == {"alone-True": "1", "alone-False": "0", "batch-True": "1", "batch-False": "0"}
    assert correct == {"batch-True": "1", "batch-False": "0"}
    assert dues == times == {("'2026-01-05 09:00:00.000120'",)}
    assert [s.mastered for s in read if s is not None] == flags
    assert [s.due for s in read if s is not None] == [now, now]
    assert sorted((a.question_id, a.correct, a.answered_at) for a in answers) == [
        ("batch-False", False, now),
        ("batch-True", True, now),
    ]


async def test_a_batch_stores_its_answers_byte_for_byte_as_sqlalchemy_stored_them(
    tmp_path: Path,
) -> None:
    """The rows the batch writes (the day cut in SQL, missing fields bound as a mark) hold
    exactly the values and storage classes SQLAlchemy's own insert of the same answers keeps
    (how answers were stored before the plain SQL writer): old rows and new read alike."""
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}")
    seoul = dt.timezone(dt.timedelta(hours=9))
    at = dt.datetime(2026, 1, 5, 1, 30, 0, 7, tzinfo=seoul)  # the day before, in UTC

    def answer(question: str, section: str | None, given: str | None) -> AnswerRecord:
        return AnswerRecord(
            7, None if given == "dm" else 3, "b1", question, section, given == "", 0.5, at,
            session_id="s", given=given,
        )  # fmt: skip

    given = [
        answer("q1", None, None),
        answer("q2", "0", "0"),
        answer("q3", "s1", ""),
        answer("q4", "s1", "Seoul, 'north' — 서울"),
        answer("q5", None, "dm"),
    ]
    columns = [c.name for c in answers.columns if c.name != "id"]
    try:
        assert all(await asyncio.gather(*(store.answers.record_answer(a) for a in given)))
        by_batch = await store.answers.session_answers("s")

        def insert_as_before(conn: Connection) -> None:
            conn.execute(answers.delete())
            for a in given:
                fields = {c: getattr(a, c) for c in columns if c != "answered_day"}
                day = a.answered_at.astimezone(dt.UTC).date()
                conn.execute(answers.insert().values(**fields, answered_day=day))

        quoted = ", ".join(f"quote({c})" for c in columns)
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(f"SELECT {quoted} FROM answers ORDER BY question_id").fetchall()
        finally:
            conn.close()
        await run_sync(f"sqlite+aiosqlite:///{path}", insert_as_before, write=True)
        by_sqlalchemy = await store.answers.session_answers("s")
    finally:
        await store.close()
    conn = sqlite3.connect(path)
    try:
        before = conn.execute(f"SELECT {quoted} FROM answers ORDER BY question_id").fetchall()
    finally:
        conn.close()

    assert rows == before
    assert by_batch == by_sqlalchemy == given
