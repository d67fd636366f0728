"""Leaderboard totals: always equal to a full recount, and read without scanning the answers.

The leaderboards read `learner_totals`, which the answer writer keeps in each answer's
transaction. These tests recount everything from the answers table after every kind of change
(new answers, repeats, /forgetme, re-scoring) and compare, and they read each progress query's
plan on both databases: none of them may scan the answers (or any table) in full.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Connection
from store_helpers import NOW, answer, query_plans, selects_run

from bot.core.progress import ReviewState
from bot.core.store_port import AppStore
from bot.store import open_store
from bot.store.engine import run_sync
from bot.store.schema import answers, learner_totals

DAY = dt.timedelta(days=1)
Totals = dict[tuple[int, int, int], tuple[int, int]]


def _week(day: dt.date) -> int:
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return int(monday.strftime("%Y%m%d"))


async def _recount_and_totals(url: str) -> tuple[Totals, Totals]:
    """(a recount from every stored answer, the totals as stored)."""

    def read(conn: Connection) -> tuple[Totals, Totals]:
        rows = conn.execute(
            select(answers.c.guild_id, answers.c.user_id, answers.c.answered_at, answers.c.correct)
        )
        recount: Totals = {}
        for guild_id, user_id, at, correct in rows:
            if guild_id is None:
                continue
            for period in (0, _week(at.date())):
                right, given = recount.get((guild_id, period, user_id), (0, 0))
                recount[(guild_id, period, user_id)] = (right + bool(correct), given + 1)
        stored = {
            (r.guild_id, r.period, r.user_id): (r.correct, r.answered)
            for r in conn.execute(select(learner_totals))
        }
        return recount, stored

    return await run_sync(url, read)


async def _assert_totals_match(url: str) -> None:
    recount, stored = await _recount_and_totals(url)
    assert stored == recount


async def test_totals_equal_a_recount_after_answers_repeats_forgetting_and_rescoring(
    store: AppStore, store_url: str
) -> None:
    users = range(1, 9)
    # answers over two weeks, in two servers and in direct messages, some concurrently
    await asyncio.gather(
        *(
            store.answers.record_answer(
                answer(
                    user,
                    f"q{n}",
                    correct=(user * n) % 4 != 1,
                    guild_id=(None, 1, 2)[(user + n) % 3],
                    at=NOW - (n % 10) * DAY,
                    session_id=f"s{user}",
                )
            )
            for user in users
            for n in range(12)
        )
    )
    await _assert_totals_match(store_url)
    before = await store.progress.leaderboard(1, limit=100)

    # repeats change nothing: a double click, a retry after a timeout, both at once
    repeats = [answer(u, "q1", guild_id=1, at=NOW - DAY, session_id=f"s{u}") for u in users]
    assert not any(await asyncio.gather(*(store.answers.record_answer(r) for r in repeats * 2)))
    await _assert_totals_match(store_url)
    assert await store.progress.leaderboard(1, limit=100) == before

    # answers without a session are always new, and all of them count
    for _ in range(2):
        await store.answers.record_answer(answer(3, "q-free", guild_id=1, session_id=None))
    await _assert_totals_match(store_url)

    # /forgetme
    await store.personal_data.forget_user(2)
    await _assert_totals_match(store_url)
    assert all(e.user_id != 2 for e in await store.progress.leaderboard(1, limit=100))

    # re-scoring: a question becomes right for everyone, then wrong again for some
    changed = await store.progress.rescore_question(1, "b1", "q3", correct=True)
    assert changed > 0
    await _assert_totals_match(store_url)
    assert await store.progress.rescore_question(1, "b1", "q3", correct=True) == 0
    await store.progress.rescore_question(1, "b1", "q3", correct=False, user_ids={1, 4})
    await _assert_totals_match(store_url)

    # a moderator accepts a typed answer from a report: those answers become right
    typed = answer(5, "q-typed", correct=False, guild_id=1, session_id="s-typed")
    await store.answers.record_answer(dataclasses.replace(typed, given="Peking"))
    before_rank = await store.progress.leaderboard(1, limit=100)
    assert await store.question_reports.mark_right(1, "b1", "q-typed", ["Peking"]) == 1
    await _assert_totals_match(store_url)
    assert await store.progress.leaderboard(1, limit=100) != before_rank


async def test_totals_stay_exact_when_two_processes_record_the_same_answers(
    store_url: str,
) -> None:
    first, second = await open_store(store_url), await open_store(store_url)
    try:
        answers_given = [
            answer(user, f"q{n}", correct=n % 2 == 0, session_id=f"quiz-{user}")
            for user in range(1, 21)
            for n in range(5)
        ]
        # every answer arrives at both processes at once (a retried click, two shards)
        results = await asyncio.gather(
            *(s.answers.record_answer(a) for a in answers_given for s in (first, second))
        )
    finally:
        await first.close()
        await second.close()

    assert sum(results) == len(answers_given)  # each recorded once
    await _assert_totals_match(store_url)


async def test_totals_stay_exact_when_one_batch_brings_known_and_new_learners(
    store: AppStore, store_url: str
) -> None:
    # learners 1-4 have totals already; then answers from learners 1-8 arrive at once
    await asyncio.gather(
        *(store.answers.record_answer(answer(u, "q0", session_id=f"s{u}")) for u in range(1, 5))
    )
    results = await asyncio.gather(
        *(
            store.answers.record_answer(
                answer(u, f"q{n}", correct=n % 2 == 0, at=NOW + n * DAY, session_id=f"s{u}")
            )
            for u in range(1, 9)
            for n in range(1, 4)
        )
    )

    assert all(results)
    await _assert_totals_match(store_url)
    board = {e.user_id: e.answered for e in await store.progress.leaderboard(1, limit=20)}
    assert board == {u: 4 if u <= 4 else 3 for u in range(1, 9)}


async def test_totals_stay_exact_when_two_processes_record_different_answers_at_once(
    store_url: str,
) -> None:
    first, second = await open_store(store_url), await open_store(store_url)
    try:
        # the same learners answer in two processes at once (two shards), each its own quiz
        results = await asyncio.gather(
            *(
                process.answers.record_answer(
                    answer(user, f"q{n}", correct=n != 1, session_id=f"{name}-{user}")
                )
                for user in range(1, 21)
                for n in range(3)
                for name, process in (("a", first), ("b", second))
            )
        )
    finally:
        await first.close()
        await second.close()

    assert all(results)
    await _assert_totals_match(store_url)


async def test_rescoring_moves_the_leaderboard_and_the_score_together(store: AppStore) -> None:
    await store.answers.record_answer(answer(10, "q1", correct=True))
    await store.answers.record_answer(answer(11, "q1", correct=False))
    await store.answers.record_answer(answer(11, "q1", correct=False, guild_id=2, session_id="s2"))

    assert await store.progress.rescore_question(1, "b1", "q1", correct=True) == 1  # only server 1

    board = await store.progress.leaderboard(1, week=NOW.date())
    assert [(e.rank, e.user_id, e.correct) for e in board] == [(1, 10, 1), (1, 11, 1)]
    assert (await store.progress.score(11, 1, NOW)).overall.correct == 1
    assert (await store.progress.score(11, 2, NOW)).overall.correct == 0


# --- query plans ----------------------------------------------------------------------------

_TABLES = ("answers", "learner_totals", "reviews")


def _full_scans(plan: str) -> list[str]:
    return [
        line.strip()
        for line in plan.splitlines()
        if any(f"SCAN {t}" in line.upper() or f"SEQ SCAN ON {t}" in line.upper() for t in _TABLES)
        and "USING" not in line.upper()
    ]


async def _fill_for_plans(store: AppStore) -> None:
    for user in range(1, 30):
        await store.answers.record_answer(
            answer(user, "q1", correct=user % 2 == 0, at=NOW - user * DAY),
            ReviewState("{}", NOW + user * DAY),
        )


PROGRESS_READS: dict[str, Callable[[AppStore], Awaitable[object]]] = {
    "leaderboard all time": lambda s: s.progress.leaderboard(1),
    "leaderboard this week": lambda s: s.progress.leaderboard(1, week=NOW.date()),
    "own rank all time": lambda s: s.progress.rank_of(1, 4),
    "own rank this week": lambda s: s.progress.rank_of(1, 4, week=NOW.date()),
    "score in a server": lambda s: s.progress.score(4, 1, NOW),
    "score everywhere": lambda s: s.progress.score(4, None, NOW),
    # user 1 studied yesterday: the streak reads the edges of their latest days in the zone
    "score in a zone": lambda s: s.progress.score(1, None, NOW, zone=ZoneInfo("Asia/Tokyo")),
    "review": lambda s: s.reviews.due_reviews(4, NOW + 9 * DAY),
}


@pytest.mark.parametrize("read", list(PROGRESS_READS))
async def test_progress_reads_use_indexes_and_never_scan_the_answers(
    store: AppStore, store_url: str, read: str
) -> None:
    await _fill_for_plans(store)

    with selects_run() as queries:
        await PROGRESS_READS[read](store)
    plans = await query_plans(store_url, queries)

    assert plans, "the read ran no query"
    if read == "score in a zone":
        edges = [(s, p) for (s, _), p in zip(queries, plans, strict=True) if "MIN(a." in s]
        assert edges, queries
        # each day's first and last answer come from the streak index alone, never the rows
        assert all(
            "COVERING INDEX ix_answers_streak" in plan
            or "Index Only Scan using ix_answers_streak" in plan
            for _, plan in edges
        ), edges
    board = read.startswith(("leaderboard", "own rank"))
    for (statement, _), plan in zip(queries, plans, strict=True):
        assert _full_scans(plan) == [], f"{statement}\n{plan}"
        if not board:
            # a learner's own progress is found through their user id, however big the server
            assert (
                "user_id=?" in plan
                or "Index Cond: ((user_id = " in plan
                or ("Index Cond: (user_id = " in plan)
            ), f"{statement}\n{plan}"
        if board:
            # the boards never read the answers: only their learners' totals
            assert "answers" not in statement.replace("answered", ""), statement
            if store_url.startswith("sqlite"):
                # one row found by its key, or rows read from the index alone in rank order
                by_key = "PRIMARY KEY (user_id=? AND guild_id=? AND period=?)" in plan
                assert by_key or "COVERING INDEX" in plan, plan
                assert "TEMP B-TREE" not in plan, plan
            else:
                # only the rows of this server and period, in their partition (all time or
                # the weeks), found by index, then sorted: no index holds the counts, so that
                # the writer's updates of them stay HOT
                weeks = "week" in read
                assert ("on learner_totals_weeks" in plan) == weeks, plan
                assert ("on learner_totals_all_time" in plan) != weeks, plan
                assert "Index Cond: ((guild_id = " in plan and "period = " in plan, plan
