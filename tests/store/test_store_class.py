"""Class mode's repositories on SQLite and PostgreSQL: assignments, class figures, reports."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json

from sqlalchemy.engine import Connection
from store_helpers import NOW, answer, rows_mentioning

from bot.core.classwork import (
    Assignment,
    DayResult,
    QuestionOverride,
    QuestionReport,
    QuestionTally,
    Withdrawal,
    WrongAnswer,
)
from bot.core.store_port import AppStore
from bot.store.engine import run_sync

HOUR = dt.timedelta(hours=1)
GUILD, OTHER = 1, 2


def _assignment(guild_id: int = GUILD, **changes: object) -> Assignment:
    base = Assignment(
        guild_id=guild_id,
        channel_id=5,
        briefing_id="b1",
        question_ids=("q1", "q2"),
        due_at=NOW + HOUR,
        timezone="Europe/Berlin",
        created_at=NOW,
        role_id=77,
        remind_minutes=30,
        created_by=900,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _given(user: int, qid: str, given: str, correct: bool, session: str, **kw: object):
    return dataclasses.replace(
        answer(user, qid, correct=correct, session_id=session, **kw),  # type: ignore[arg-type]
        given=given,
    )


async def test_an_assignment_round_trips_and_stays_in_its_server(store: AppStore) -> None:
    saved = await store.assignments.add_assignment(_assignment())
    await store.assignments.add_assignment(_assignment(OTHER))

    assert saved.id is not None
    assert await store.assignments.get_assignment(GUILD, saved.id) == saved
    assert await store.assignments.get_assignment(OTHER, saved.id) is None
    assert [a.id for a in await store.assignments.list_assignments(GUILD)] == [saved.id]
    assert not await store.assignments.remove_assignment(OTHER, saved.id, NOW)
    assert await store.assignments.remove_assignment(GUILD, saved.id, NOW)
    assert await store.assignments.list_assignments(GUILD) == []


async def test_withdrawn_work_is_remembered_as_withdrawn_in_its_server_only(
    store: AppStore,
) -> None:
    """/report on a withdrawn number says it was withdrawn (and when), never "no such work";
    another server asking for the same number learns nothing."""
    saved = await store.assignments.add_assignment(_assignment())
    assert saved.id is not None
    assert await store.assignments.withdrawal(GUILD, saved.id) is None, "still set"
    assert await store.assignments.remove_assignment(GUILD, saved.id, NOW + HOUR)

    gone = await store.assignments.withdrawal(GUILD, saved.id)
    assert gone == Withdrawal(GUILD, saved.id, saved.briefing_id, NOW + HOUR)
    assert await store.assignments.withdrawal(OTHER, saved.id) is None
    assert not await store.assignments.remove_assignment(GUILD, saved.id, NOW + 2 * HOUR)
    assert await store.assignments.withdrawal(GUILD, saved.id) == gone, "the first one stays"


async def test_the_same_work_added_at_the_same_instant_is_stored_once(store: AppStore) -> None:
    """A retried /assign racing the first: one atomic insert-if-absent, whatever the draw of
    questions or the moment each was made; nothing set (None) counts as the same too."""
    for work in (_assignment(), _assignment(role_id=None, remind_minutes=None)):
        copies = [
            dataclasses.replace(work, question_ids=(f"q{n}", "q9"), created_at=NOW + n * HOUR)
            for n in range(4)
        ]
        saved = await asyncio.gather(*(store.assignments.add_assignment(c) for c in copies))
        assert {a.id for a in saved} == {saved[0].id}, "every caller gets the one stored"
        assert sorted(a.already_set for a in saved) == [False, True, True, True], "set by one"
        assert saved[0].question_ids in {c.question_ids for c in copies}
    assert len(await store.assignments.list_assignments(GUILD)) == 2
    other = await store.assignments.add_assignment(_assignment(due_at=NOW + 2 * HOUR))
    elsewhere = await store.assignments.add_assignment(_assignment(OTHER))
    assert len(await store.assignments.list_assignments(GUILD)) == 3
    assert other.id != elsewhere.id
    assert await store.assignments.remove_assignment(GUILD, other.id, NOW)
    again = await store.assignments.add_assignment(_assignment(due_at=NOW + 2 * HOUR))
    assert again.id != other.id, "work withdrawn can be set anew"


async def test_a_submission_is_scored_from_its_sessions_answers_and_finishes_once(
    store: AppStore,
) -> None:
    a = await store.assignments.add_assignment(_assignment())
    assert a.id is not None
    started = await store.assignments.start_submission(a, 11, NOW)
    again = await store.assignments.start_submission(a, 11, NOW + HOUR)
    assert started == again  # starting twice keeps the first start
    session = a.session_id(11)
    await store.answers.record_answer(_given(11, "q1", "Moscow", True, session))
    await store.answers.record_answer(_given(11, "q2", "Paris", False, session))
    await store.answers.record_answer(
        _given(11, "q2", "Oslo", True, "practice")
    )  # not the assignment

    first = await store.assignments.finish_submission(GUILD, a.id, 11, NOW + 2 * HOUR)
    second = await store.assignments.finish_submission(GUILD, a.id, 11, NOW + 3 * HOUR)

    assert first is not None and second is not None
    assert (first.correct, first.answered, first.finished_at) == (1, 2, NOW + 2 * HOUR)
    assert second.finished_at == NOW + 2 * HOUR  # the first finish counts
    assert await store.assignments.finish_submission(GUILD, a.id, 12, NOW) is None
    assert await store.assignments.finish_submission(OTHER, a.id, 11, NOW) is None
    assert [s.user_id for s in await store.assignments.user_submissions(GUILD, 11)] == [11]


async def test_a_reminder_is_due_in_its_window_and_claimed_once(store: AppStore) -> None:
    a = await store.assignments.add_assignment(_assignment())
    await store.assignments.add_assignment(_assignment(remind_minutes=None))
    assert a.id is not None

    assert await store.assignments.reminders_due([GUILD], NOW) == []  # 30 min before: not yet
    due = await store.assignments.reminders_due([GUILD], NOW + 31 * dt.timedelta(minutes=1))
    assert [x.id for x in due] == [a.id]
    assert await store.assignments.reminders_due([OTHER], NOW + 31 * dt.timedelta(minutes=1)) == []
    assert await store.assignments.claim_reminder(a.id, NOW)
    assert not await store.assignments.claim_reminder(a.id, NOW)
    assert await store.assignments.reminders_due([GUILD], NOW + 45 * dt.timedelta(minutes=1)) == []
    await store.assignments.release_reminder(a.id, NOW - dt.timedelta(seconds=1))  # not its claim
    assert await store.assignments.reminders_due([GUILD], NOW + 45 * dt.timedelta(minutes=1)) == []
    await store.assignments.release_reminder(a.id, NOW)  # its post failed: claimable again
    again = await store.assignments.reminders_due([GUILD], NOW + 45 * dt.timedelta(minutes=1))
    assert [x.id for x in again] == [a.id]
    assert await store.assignments.claim_reminder(a.id, NOW + 45 * dt.timedelta(minutes=1))


async def test_assignment_figures_count_per_question_with_the_most_chosen_wrong_answer(
    store: AppStore,
) -> None:
    a = await store.assignments.add_assignment(_assignment())
    assert a.id is not None
    picks = {11: ("Oslo", "Rome"), 12: ("Paris", "Rome"), 13: ("Paris", "Lima")}
    for user, (q1, q2) in picks.items():
        await store.assignments.start_submission(a, user, NOW)
        session = a.session_id(user)
        await store.answers.record_answer(_given(user, "q1", q1, q1 == "Oslo", session))
        await store.answers.record_answer(_given(user, "q2", q2, q2 == "Lima", session))
    # answers outside the assignment, and in another server, do not count
    await store.answers.record_answer(_given(11, "q1", "Paris", False, "practice"))
    await store.answers.record_answer(_given(14, "q1", "Paris", False, "other", guild_id=OTHER))

    tallies = await store.class_results.assignment_tallies(GUILD, a.id)

    assert [(t.question_id, t.answered, t.correct, t.top_wrong) for t in tallies] == [
        ("q1", 3, 1, WrongAnswer("Paris", 2)),
        ("q2", 3, 1, WrongAnswer("Rome", 2)),
    ]
    assert await store.class_results.assignment_tallies(OTHER, a.id) == []


async def test_briefing_figures_students_and_days_cover_the_whole_server(store: AppStore) -> None:
    await store.answers.record_answer(_given(11, "q1", "Oslo", True, "s1"))
    await store.answers.record_answer(_given(11, "q2", "Rome", False, "s1", at=NOW + 24 * HOUR))
    await store.answers.record_answer(_given(12, "q1", "Rome", False, "s2", at=NOW + 24 * HOUR))
    await store.answers.record_answer(_given(13, "q1", "Rome", False, "s3", guild_id=OTHER))

    tallies = await store.class_results.briefing_tallies(GUILD, "b1")
    students = await store.class_results.briefing_students(GUILD, "b1")
    days = await store.class_results.results_by_day(GUILD)

    assert [(t.question_id, t.answered, t.correct) for t in tallies] == [("q1", 2, 1), ("q2", 1, 0)]
    assert tallies[0].top_wrong == WrongAnswer("Rome", 1)
    assert students == [(11, 1, 2, NOW + 24 * HOUR), (12, 0, 1, NOW + 24 * HOUR)]
    assert days == [
        DayResult(NOW.date(), 1, 1),
        DayResult((NOW + 24 * HOUR).date(), 2, 0),
    ]


def _report(guild_id: int = GUILD, user_id: int = 11, **changes: object) -> QuestionReport:
    base = QuestionReport(
        guild_id=guild_id,
        user_id=user_id,
        briefing_id="b1",
        question_id="q1",
        reason="wrong_key",
        created_at=NOW,
        comment="Oslo is right too",
        given="Oslo",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


async def test_reports_are_per_server_and_resolve_together(store: AppStore) -> None:
    repo = store.question_reports
    first = await repo.add_report(_report())
    second = await repo.add_report(_report(user_id=12))
    foreign = await repo.add_report(_report(OTHER))
    assert first.id is not None and foreign.id is not None
    assert (first.number, second.number, foreign.number) == (1, 2, 1), "each server from #1"

    assert await repo.get_report(GUILD, 1) == first
    assert await repo.get_report(OTHER, 1) == foreign
    assert await repo.get_report(GUILD, 3) is None, "the other server's count is not ours"
    assert await repo.has_open_report(GUILD, 11, "b1", "q1")
    assert not await repo.has_open_report(GUILD, 11, "b1", "q2")
    assert [r.id for r in await repo.open_reports(GUILD)] == [first.id, second.id]

    closed = await repo.resolve_reports(GUILD, "b1", "q1", "accepted", 900, NOW)

    assert closed == 2
    assert await repo.open_reports(GUILD) == []
    assert [r.id for r in await repo.open_reports(OTHER)] == [foreign.id]
    resolved = await repo.get_report(GUILD, 1)
    assert resolved is not None
    assert (resolved.status, resolved.resolved_by, resolved.resolved_at) == ("accepted", 900, NOW)


async def test_overrides_and_rescoring_touch_only_the_server_and_question(store: AppStore) -> None:
    repo = store.question_reports
    await repo.save_override(QuestionOverride(GUILD, "b1", "q1", alternatives=("Oslo",)), NOW)
    await repo.save_override(
        QuestionOverride(GUILD, "b1", "q1", hidden=True, alternatives=("Oslo", "Bergen")), NOW
    )
    await store.answers.record_answer(_given(11, "q1", "Oslo", False, "s1"))
    await store.answers.record_answer(_given(12, "q1", "Rome", False, "s2"))
    await store.answers.record_answer(_given(13, "q2", "Oslo", False, "s3"))
    await store.answers.record_answer(_given(14, "q1", "Oslo", False, "s4", guild_id=OTHER))

    override = await repo.get_override(GUILD, "b1", "q1")
    assert override == QuestionOverride(GUILD, "b1", "q1", True, ("Oslo", "Bergen"))
    assert await repo.get_override(OTHER, "b1", "q1") is None
    assert await repo.wrong_answers_given(GUILD, "b1", "q1") == ["Oslo", "Rome"]
    assert await repo.mark_right(GUILD, "b1", "q1", ["Oslo"]) == 1
    assert await repo.question_counts(GUILD, "b1", "q1") == (2, 1)
    assert await repo.question_counts(OTHER, "b1", "q1") == (1, 0)
    assert (await store.progress.score(13, None, NOW)).overall.correct == 0


async def test_mydata_holds_and_forgetme_removes_class_data(
    store: AppStore, store_url: str
) -> None:
    a = await store.assignments.add_assignment(_assignment(created_by=11))
    await store.assignments.start_submission(a, 11, NOW)
    await store.assignments.start_submission(a, 12, NOW)
    mine = await store.question_reports.add_report(_report())
    assert mine.id is not None
    await store.question_reports.add_report(_report(user_id=12))
    await store.question_reports.resolve_reports(GUILD, "b1", "q1", "dismissed", 11, NOW, 0)

    exported = await store.personal_data.export_user(11)
    json.dumps(exported)
    kinds = sorted(r["record"] for r in exported)
    assert kinds == ["assignment", "question_report", "submission"]

    await store.personal_data.forget_user(11)

    assert set((await rows_mentioning(store_url, 11)).values()) == {0}
    assert await store.personal_data.export_user(11) == []
    assert a.id is not None
    kept = await store.assignments.get_assignment(GUILD, a.id)
    assert kept is not None and kept.created_by is None  # the class keeps its assignment
    assert [s.user_id for s in await store.assignments.submissions(GUILD, a.id)] == [12]
    assert [r.user_id for r in await store.question_reports.open_reports(GUILD)] == [12]


async def test_a_database_from_before_class_mode_upgrades_and_keeps_its_answers(
    store_url: str,
) -> None:
    from alembic import command
    from sqlalchemy import text

    from bot.store import open_store
    from bot.store.batch_sql import sqlite_time
    from bot.store.migrate import alembic_config

    def upgrade_to_0001_and_answer(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0001")
        stored_time = sqlite_time(NOW) if conn.dialect.name == "sqlite" else NOW
        conn.execute(
            text(
                "INSERT INTO answers (user_id, guild_id, briefing_id, question_id, correct, "
                "seconds, answered_at, answered_day, session_id) VALUES (7, 1, 'b1', 'q1', "
                ":no, 2.0, :at, :day, 'old')"
            ),
            {"no": False, "at": stored_time, "day": NOW.date()},
        )

    await run_sync(store_url, upgrade_to_0001_and_answer, write=True)

    upgraded = await open_store(store_url)
    try:
        (old,) = await upgraded.answers.session_answers("old")
        assert (old.user_id, old.correct, old.given) == (7, False, None)
        assert await upgraded.class_results.briefing_tallies(GUILD, "b1") == [
            QuestionTally("b1", "q1", 1, 0, None)
        ]
    finally:
        await upgraded.close()
