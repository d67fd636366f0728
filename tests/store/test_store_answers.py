"""Answers: durable once acknowledged, counted exactly once, never silently lost."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import signal
import sys
import textwrap
from pathlib import Path

import pytest
from fsrs import Card, Rating, State
from store_helpers import NOW, answer

from bot.core.progress import AnswerRecord, ReviewState
from bot.core.review import ReviewScheduler
from bot.core.store_port import AppStore
from bot.store import StoreClosedError, open_store
from bot.store.writer import ReviewUpdate
from tests.fsrs_reference import fsrs_scheduler

REPO = Path(__file__).resolve().parents[2]


def review_state(label: str, due: dt.datetime = NOW) -> ReviewState:
    return ReviewState(card=f'{{"label": "{label}"}}', due=due, mastered=False)


async def test_answers_and_review_state_survive_close_and_reopen(store_url: str) -> None:
    store = await open_store(store_url)
    assert await store.answers.record_answer(answer(7, "q1"), review_state("after q1"))
    assert await store.answers.record_answer(answer(7, "q2", correct=False))
    await store.close()

    reopened = await open_store(store_url)
    try:
        summary = await reopened.progress.score(7, None, NOW)
        assert (summary.overall.correct, summary.overall.answered) == (1, 2)
        assert await reopened.reviews.get_review(7, "b1", "q1") == review_state("after q1")
        assert [a.question_id for a in await reopened.answers.session_answers("session-1")] == [
            "q1",
            "q2",
        ]
    finally:
        await reopened.close()


async def test_two_hundred_concurrent_answers_all_land_exactly_once(store: AppStore) -> None:
    records = [answer(user, f"q{user % 7}", correct=user % 3 != 0) for user in range(200)]

    results = await asyncio.gather(*(store.answers.record_answer(r) for r in records))

    assert results == [True] * 200
    board = await store.progress.leaderboard(1, limit=500)
    right = sum(r.correct for r in records)
    assert len(board) == right, "the board ranks those with a right answer"
    assert sum(e.answered for e in board) == sum(e.correct for e in board) == right
    for wrong in (r for r in records if not r.correct):  # not ranked, yet landed
        assert (await store.progress.score(wrong.user_id, 1, NOW)).overall.answered == 1
    assert store.stats.answers == 200
    assert store.stats.batches < 200  # callers shared transactions (group commit)


async def test_a_repeated_submit_is_recorded_once(store: AppStore) -> None:
    first = review_state("first")
    assert await store.answers.record_answer(answer(7, "q1"), first) is True
    assert (
        await store.answers.record_answer(answer(7, "q1", correct=False), review_state("x"))
        is False
    )

    summary = await store.progress.score(7, None, NOW)
    assert (summary.overall.correct, summary.overall.answered) == (1, 1)
    assert await store.reviews.get_review(7, "b1", "q1") == first  # the repeat moved nothing on


async def test_racing_duplicates_have_exactly_one_winner(store: AppStore) -> None:
    results = await asyncio.gather(
        *(store.answers.record_answer(answer(7, "q1")) for _ in range(20))
    )

    assert results.count(True) == 1
    assert (await store.progress.score(7, None, NOW)).overall.answered == 1


async def test_the_same_question_in_another_session_counts_again(store: AppStore) -> None:
    assert await store.answers.record_answer(answer(7, "q1", session_id="a"))
    assert await store.answers.record_answer(answer(7, "q1", session_id="b"))
    assert await store.answers.record_answer(answer(8, "q1", session_id="a"))  # another user

    assert (await store.progress.score(7, None, NOW)).overall.answered == 2


async def test_answers_without_a_session_are_always_recorded(store: AppStore) -> None:
    assert await store.answers.record_answer(answer(7, "q1", session_id=None))
    assert await store.answers.record_answer(answer(7, "q1", session_id=None))

    assert (await store.progress.score(7, None, NOW)).overall.answered == 2


async def test_a_failing_answer_fails_its_caller_and_no_other(store: AppStore) -> None:
    good = [answer(user, "q1") for user in range(20)]
    bad = answer(2**70, "q1")  # no database can hold this user id

    results = await asyncio.gather(
        *(store.answers.record_answer(r) for r in [*good[:10], bad, *good[10:]]),
        return_exceptions=True,
    )

    assert isinstance(results[10], Exception)
    assert results[:10] + results[11:] == [True] * 20
    assert len(await store.progress.leaderboard(1, limit=100)) == 20
    assert await store.answers.record_answer(answer(99, "q1"))  # the writer carries on


async def test_recording_after_close_is_refused(store_url: str) -> None:
    store = await open_store(store_url)
    await store.close()

    with pytest.raises(StoreClosedError):
        await store.answers.record_answer(answer(7))


async def test_close_writes_answers_still_queued(store_url: str) -> None:
    store = await open_store(store_url)
    pending = [asyncio.ensure_future(store.answers.record_answer(answer(u))) for u in range(50)]
    await asyncio.sleep(0)  # let them queue
    await store.close()
    assert all(p.result() for p in pending)

    reopened = await open_store(store_url)
    try:
        assert len(await reopened.progress.leaderboard(1, limit=100)) == 50
    finally:
        await reopened.close()


CHILD = textwrap.dedent(
    """
    import asyncio, datetime as dt, sys
    from bot.core.progress import AnswerRecord
    from bot.store import open_store

    async def one(store, n):
        rec = AnswerRecord(user_id=n, guild_id=1, briefing_id="b1", question_id="q1",
                           section_id=None, correct=True, seconds=1.0,
                           answered_at=dt.datetime.now(dt.UTC), session_id="s")
        await store.answers.record_answer(rec)
        print(n, flush=True)  # the acknowledgement

    async def main():
        store = await open_store(sys.argv[1])
        n = 0
        while True:
            await asyncio.gather(*(one(store, n + i) for i in range(10)))
            n += 10

    asyncio.run(main())
    """
)


async def test_every_acknowledged_answer_survives_kill_9(store_url: str) -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        store_url,
        cwd=REPO,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    acknowledged: list[int] = []
    try:
        while len(acknowledged) < 200:
            line = await asyncio.wait_for(child.stdout.readline(), timeout=30)
            assert line, "the writer process died on its own"
            acknowledged.append(int(line))
    finally:
        child.send_signal(signal.SIGKILL)
        await child.wait()

    store = await open_store(store_url)
    try:
        kept = {e.user_id for e in await store.progress.leaderboard(1, limit=100_000)}
    finally:
        await store.close()
    assert set(acknowledged) <= kept


async def test_the_same_question_id_in_two_briefings_is_two_answers(store: AppStore) -> None:
    assert await store.answers.record_answer(answer(7, "q1", briefing_id="b1"))
    assert await store.answers.record_answer(answer(7, "q1", briefing_id="b2"))

    assert (await store.progress.score(7, None, NOW)).overall.answered == 2


async def test_concurrent_answers_to_one_question_keep_the_last_review_state(
    store: AppStore,
) -> None:
    states = [review_state(f"session {n}") for n in range(5)]
    await asyncio.gather(
        *(
            store.answers.record_answer(answer(7, "q1", session_id=f"s{4 - n}"), state)
            for n, state in enumerate(states)
        )
    )

    assert await store.reviews.get_review(7, "b1", "q1") == states[-1]


async def test_a_batch_stores_every_field_as_given(store: AppStore) -> None:
    # Text that a row or array literal would have to quote, empty and missing fields, a time
    # given in another zone (Monday 01:30 in Seoul is Sunday in UTC), all in one transaction.
    awkward = 'Seoul, "the (north)" \\ {1,2} — 서울'
    seoul = dt.timezone(dt.timedelta(hours=9))
    records = [
        dataclasses.replace(
            answer(5, "q1", guild_id=None, section_id=None, seconds=0.125), given=awkward
        ),
        dataclasses.replace(answer(5, "q2", correct=False), given=""),
        # a section and a typed answer that read like the writer's mark for a missing one
        dataclasses.replace(answer(5, "q4", correct=False, section_id="0"), given="0"),
        answer(5, "q(3)", at=dt.datetime(2025, 3, 17, 1, 30, tzinfo=seoul)),
    ]
    card = '{"label": "a,(b)\\"c", "steps": [1, 2]}'
    reviews = [review_state(card), review_state("q2", NOW + dt.timedelta(days=2)), None, None]

    results = await asyncio.gather(
        *(store.answers.record_answer(r, s) for r, s in zip(records, reviews, strict=True))
    )

    assert results == [True] * 4
    assert store.stats.batches == 1
    assert await store.answers.session_answers("session-1") == records
    assert await store.reviews.get_review(5, "b1", "q1") == review_state(card)
    assert await store.reviews.get_review(5, "b1", "q2") == review_state(
        "q2", NOW + dt.timedelta(days=2)
    )
    assert await store.reviews.get_review(5, "b1", "q(3)") is None
    # counted in the server's week of its UTC day (NOW's week), not in the next
    this_week = await store.progress.leaderboard(1, week=NOW.date())
    assert [(e.user_id, e.correct, e.answered) for e in this_week] == [(5, 1, 3)]
    assert await store.progress.leaderboard(1, week=NOW.date() + dt.timedelta(days=7)) == []


async def test_review_states_read_back_as_fsrs_computes_them_old_rows_and_new(
    store: AppStore,
) -> None:
    """First answers (every rating, at a time with microseconds and one given in another
    zone) and a repeat of a card fsrs itself stored (a row from before the bot wrote its own
    cards), all reviewed in one batch, read back through the store exactly as fsrs computes
    them; the answers read back as given."""
    scheduler = ReviewScheduler(fuzz=False)
    fsrs = fsrs_scheduler(fuzz=False)
    seoul = dt.timezone(dt.timedelta(hours=9))
    now = NOW.replace(microsecond=250_001)
    old, _log = fsrs.review_card(
        Card(card_id=1_700_000_000_123, state=State.Learning, due=NOW - dt.timedelta(days=3)),
        Rating.Good,
        review_datetime=NOW - dt.timedelta(days=3),
    )
    await store.reviews.save_review(5, "b1", "old", ReviewState(old.to_json(), old.due))
    asked = [(f"q{r.value}", r, now) for r in Rating] + [
        ("q-seoul", Rating.Easy, dt.datetime(2025, 3, 11, 8, 59, 59, tzinfo=seoul)),
        ("old", Rating.Hard, now),
    ]
    records = [
        answer(5, question, correct=rating != Rating.Again, at=when)
        for question, rating, when in asked
    ]

    def question_of(rec: AnswerRecord) -> str:
        return rec.question_id

    def update(rating: Rating, when: dt.datetime) -> ReviewUpdate:
        return lambda stored: scheduler.review(stored, rating, when)

    assert await asyncio.gather(
        *(
            store.answers.record_answer(rec, update(rating, when))
            for rec, (_, rating, when) in zip(records, asked, strict=True)
        )
    ) == [True] * len(asked)

    stored = await store.answers.session_answers("session-1")
    assert sorted(stored, key=question_of) == sorted(records, key=question_of)
    for question, rating, when in asked:
        before = old if question == "old" else Card(card_id=0, state=State.Learning, due=when)
        card, _log = fsrs.review_card(before, rating, review_datetime=when.astimezone(dt.UTC))
        mastered = card.state == State.Review and (card.stability or 0) >= 21
        assert await store.reviews.get_review(5, "b1", question) == ReviewState(
            card.to_json(), card.due, mastered
        )
