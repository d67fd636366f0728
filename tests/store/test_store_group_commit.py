"""Group commit details: review states computed in the answer's transaction, sessions batched,
and a start-up against a current schema that does not load Alembic."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys
from pathlib import Path

from store_helpers import NOW, answer

from bot.core.progress import ReviewState
from bot.core.store_port import AppStore
from bot.store import open_store
from bot.store.migrate import head_revision, shipped_head

REPO = Path(__file__).resolve().parents[2]
HOUR = dt.timedelta(hours=1)


def bump(label: str):
    """A review update that records the chain of states it was applied to."""

    def update(previous: ReviewState | None) -> ReviewState:
        before = previous.card if previous is not None else "none"
        return ReviewState(card=f"{before}>{label}", due=NOW + HOUR)

    return update


async def test_a_review_update_gets_the_stored_state(store: AppStore) -> None:
    assert await store.answers.record_answer(answer(7, "q1", session_id="a"), bump("first"))
    assert await store.answers.record_answer(answer(7, "q1", session_id="b"), bump("second"))

    state = await store.reviews.get_review(7, "b1", "q1")
    assert state is not None and state.card == "none>first>second"


async def test_updates_in_one_batch_apply_in_submission_order(store: AppStore) -> None:
    results = await asyncio.gather(
        *(
            store.answers.record_answer(answer(7, "q1", session_id=f"s{i}"), bump(str(i)))
            for i in range(5)
        )
    )

    assert results == [True] * 5
    state = await store.reviews.get_review(7, "b1", "q1")
    assert state is not None and state.card == "none>0>1>2>3>4"


async def test_a_repeated_answer_does_not_run_its_update(store: AppStore) -> None:
    calls: list[ReviewState | None] = []

    def update(previous: ReviewState | None) -> ReviewState:
        calls.append(previous)
        return ReviewState(card="x", due=NOW)

    assert await store.answers.record_answer(answer(7, "q1"), update)
    assert not await store.answers.record_answer(answer(7, "q1"), update)
    assert calls == [None]


async def test_a_failing_update_fails_only_its_own_answer(store: AppStore) -> None:
    def broken(previous: ReviewState | None) -> ReviewState:
        raise ValueError("scheduler bug")

    results = await asyncio.gather(
        store.answers.record_answer(answer(1, "q1"), bump("ok")),
        store.answers.record_answer(answer(2, "q1"), broken),
        store.answers.record_answer(answer(3, "q1"), bump("ok")),
        return_exceptions=True,
    )

    assert results[0] is True and results[2] is True
    assert isinstance(results[1], ValueError)
    assert (await store.progress.score(2, None, NOW)).overall.answered == 0
    assert (await store.progress.score(3, None, NOW)).overall.answered == 1


async def test_concurrent_session_saves_share_transactions(store: AppStore) -> None:
    await asyncio.gather(
        *(
            store.sessions.save_session(f"quiz-{i}", "solo", i, 1, 2, f'{{"n": {i}}}', NOW + HOUR)
            for i in range(100)
        )
    )

    assert store.stats.sessions == 100
    assert store.stats.batches < 100
    saved = await store.sessions.load_session("quiz-42")
    assert saved is not None and saved.state == '{"n": 42}' and saved.owner_id == 42


async def test_the_last_save_of_a_session_in_a_batch_wins(store: AppStore) -> None:
    await asyncio.gather(
        *(
            store.sessions.save_session("quiz", "solo", 7, None, None, f'{{"n": {i}}}', NOW)
            for i in range(5)
        )
    )

    saved = await store.sessions.load_session("quiz")
    assert saved is not None and saved.state == '{"n": 4}'


def test_the_shipped_head_read_from_the_files_is_alembics() -> None:
    assert shipped_head() == head_revision() is not None


async def test_a_current_schema_opens_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    store = await open_store(url)  # creates and migrates the database
    await store.close()
    probe = (
        "import asyncio, sys\n"
        "from bot.store import open_store\n"
        "async def main():\n"
        f"    store = await open_store({url!r})\n"
        "    await store.close()\n"
        "asyncio.run(main())\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "False"


async def test_sqlite_batches_store_values_as_sqlalchemy_does(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}", clock=lambda: NOW)
    state = ReviewState(card="c", due=NOW + HOUR, mastered=True)
    await store.answers.record_answer(answer(7, "q1"), state)  # the writer's own SQL
    await store.reviews.save_review(8, "b1", "q1", state)  # SQLAlchemy Core
    await store.close()

    with sqlite3.connect(path) as db:
        reviews = db.execute("SELECT due, mastered, updated_at FROM reviews ORDER BY user_id")
        assert len(set(reviews.fetchall())) == 1
        answered = db.execute("SELECT answered_at, answered_day, correct FROM answers").fetchone()
    assert answered == ("2025-03-10 12:00:00.000000", "2025-03-10", 1)


async def test_sqlite_an_answer_given_past_midnight_east_of_utc_counts_on_its_utc_day(
    tmp_path: Path,
) -> None:
    import sqlite3

    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}", clock=lambda: NOW)
    athens = dt.timezone(dt.timedelta(hours=3))
    late = dt.datetime(2025, 3, 11, 1, 30, 15, 250, tzinfo=athens)  # 22:30 UTC on the 10th
    await store.answers.record_answer(answer(7, "q1", at=late))
    await store.close()

    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT answered_at, answered_day FROM answers").fetchone()
    assert stored == ("2025-03-10 22:30:15.000250", "2025-03-10")
