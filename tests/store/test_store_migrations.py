"""Migrations run at start-up, as often as the bot restarts, from any number of processes."""

from __future__ import annotations

import asyncio
import dataclasses

import asyncpg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection, make_url
from store_helpers import NOW, answer

from bot.core.content.removed import KeptQuestion, RemovedBriefing
from bot.core.progress import LeaderboardEntry
from bot.store import open_store
from bot.store.engine import run_sync, sqlite_engine
from bot.store.limits import STATEMENT_TIMEOUT
from bot.store.migrate import _LOCK_ID, alembic_config, current_revision, head_revision
from bot.store.schema import in_schema_of, metadata
from bot.store.totals import week_key


async def _inspect(url: str) -> tuple[str | None, list[object]]:
    def check(conn: Connection) -> tuple[str | None, list[object]]:
        include = in_schema_of(conn.dialect.name)
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include}
        )
        return current_revision(conn), compare_metadata(context, metadata)

    return await run_sync(url, check)


async def test_a_fresh_database_gets_exactly_the_current_schema(store_url: str) -> None:
    store = await open_store(store_url)
    await store.close()

    revision, differences = await _inspect(store_url)

    assert revision == head_revision()
    assert differences == []


async def test_reopening_migrates_nothing_and_keeps_the_data(store_url: str) -> None:
    for n in range(3):
        store = await open_store(store_url)
        try:
            assert await store.answers.record_answer(answer(7, f"q{n}"))
            assert (await store.progress.score(7, None, NOW)).overall.answered == n + 1
        finally:
            await store.close()

    assert (await _inspect(store_url))[0] == head_revision()


async def test_processes_starting_together_all_open_the_store(store_url: str) -> None:
    stores = await asyncio.gather(*(open_store(store_url) for _ in range(4)))
    try:
        results = await asyncio.gather(
            *(s.answers.record_answer(answer(n)) for n, s in enumerate(stores))
        )
    finally:
        for s in stores:
            await s.close()

    assert results == [True] * 4
    assert (await _inspect(store_url))[0] == head_revision()


async def test_the_migration_scripts_ship_inside_the_package() -> None:
    from importlib.resources import files

    migrations = files("bot.store").joinpath("migrations")
    assert migrations.joinpath("env.py").is_file()
    assert migrations.joinpath("script.py.mako").is_file()
    assert any(
        p.name.endswith(".py") and p.name[0].isdigit()
        for p in migrations.joinpath("versions").iterdir()
    )


def test_sqlite_migrates_on_durable_connections(tmp_path) -> None:
    engine = sqlite_engine(f"sqlite:///{tmp_path / 'new' / 'briefbot.sqlite3'}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: fsynced
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    assert (tmp_path / "new").is_dir()  # the data folder is made when missing


async def test_a_store_from_before_the_learner_first_totals_keeps_its_leaderboard(
    store_url: str,
) -> None:
    """Revision 0008 re-keys the learner totals: every total, board and /forgetme still right."""

    def upgrade_and_add_totals(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0007_learner_preferences")
        conn.exec_driver_sql(
            "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) "
            "VALUES (1, 0, 5, 3, 4), (1, 0, 6, 1, 1), (1, 0, 7, 3, 5), (2, 0, 5, 9, 9)"
        )

    await run_sync(store_url, upgrade_and_add_totals, write=True)
    store = await open_store(store_url)
    try:
        board = await store.progress.leaderboard(1)
        assert [(e.rank, e.user_id, e.correct, e.answered) for e in board] == [
            (1, 5, 3, 4),
            (2, 7, 3, 5),
            (3, 6, 1, 1),
        ]
        await store.personal_data.forget_user(5)
        assert [e.user_id for e in await store.progress.leaderboard(1)] == [7, 6]
        assert await store.progress.leaderboard(2) == []
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])


async def test_work_set_twice_before_the_work_key_keeps_both_and_a_retry_finds_the_first(
    store_url: str,
) -> None:
    """Revision 0010 keys the work already set: duplicates from before stay (they were
    announced), the first keeps the key, and the same /assign again adds nothing."""

    def upgrade_and_assign_twice(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0009_run_retries")
        for n, due in enumerate(
            ("2026-03-14 17:00:00", "2026-03-14 17:00:00", "2026-03-15 17:00:00")
        ):
            conn.exec_driver_sql(
                "INSERT INTO assignments (guild_id, channel_id, briefing_id, question_ids,"
                " sections, role_id, due_at, timezone, created_at) VALUES (1, 5, 'b1',"
                f" '[\"q{n}\", \"q9\"]', '[]', 77, '{due}+00:00', 'UTC',"
                " '2026-03-10 09:00:00+00:00')"
            )

    await run_sync(store_url, upgrade_and_assign_twice, write=True)
    store = await open_store(store_url)
    try:
        first, duplicate, other = await store.assignments.list_assignments(1)
        assert first.due_at == duplicate.due_at != other.due_at
        again = dataclasses.replace(first, id=None, question_ids=("q7", "q8"))
        assert (await store.assignments.add_assignment(again)).id == first.id
        assert len(await store.assignments.list_assignments(1)) == 3
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
async def test_a_process_starting_waits_out_another_ones_long_migration(store_url: str) -> None:
    url = make_url(store_url)
    holder = await asyncpg.connect(
        host=url.host, port=url.port, user=url.username, database=url.database
    )
    try:
        async with holder.transaction():  # another process migrating for longer than a statement
            await holder.execute(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
            opening = asyncio.ensure_future(open_store(store_url))
            await asyncio.sleep(STATEMENT_TIMEOUT + 1.0)
            assert not opening.done(), "still waiting for the lock, not timed out"
    finally:
        await holder.close()
    store = await asyncio.wait_for(opening, 60)
    await store.close()


async def test_a_one_off_saved_weeks_ahead_before_0014_is_looked_at_by_the_next_tick(
    store_url: str,
) -> None:
    """A one-off saved more than a week ahead was next looked at a week after its run (too
    late to post it); revision 0014 has the next tick look at it and plan it again."""

    def upgrade_and_schedule(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0013_answers_streak")
        for recurrence, at, look in (
            ("once", "2025-04-10T18:00:00", "2025-04-18 17:01:00+00:00"),  # as saved before
            ("daily", "09:00:00", "2025-03-11 09:00:00+00:00"),
        ):
            conn.exec_driver_sql(
                "INSERT INTO schedules (guild_id, channel_id, briefing_id, what, recurrence,"
                " at, timezone, created_at, next_run_at) VALUES (1, 5, 'b1', 'briefing',"
                f" '{recurrence}', '{at}', 'UTC', '2025-03-10 11:00:00+00:00', '{look}')"
            )

    await run_sync(store_url, upgrade_and_schedule, write=True)
    store = await open_store(store_url)
    try:
        due = await store.schedules.due_schedules(NOW)
        assert [s.recurrence for s in due] == ["once"], "the one-off is looked at now"
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])


async def test_a_store_from_before_the_hot_totals_keeps_ranking_its_boards(
    store_url: str,
) -> None:
    """Revision 0015 (PostgreSQL) trades the board index for one on the server and period:
    boards and ranks read from an old store's totals stay the same, and new answers move them."""
    week = week_key(NOW.date())

    def upgrade_and_add_totals(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0014_one_off_looks")
        conn.exec_driver_sql(
            "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) VALUES "
            f"(1, 0, 5, 3, 4), (1, 0, 6, 2, 2), (1, 0, 7, 3, 5), (2, 0, 5, 9, 9), "
            f"(1, {week}, 5, 1, 1), (1, {week}, 7, 0, 2)"
        )

    await run_sync(store_url, upgrade_and_add_totals, write=True)
    store = await open_store(store_url)
    try:
        board = await store.progress.leaderboard(1)
        assert [(e.rank, e.user_id, e.correct, e.answered) for e in board] == [
            (1, 5, 3, 4),
            (2, 7, 3, 5),
            (3, 6, 2, 2),
        ]
        assert [e.user_id for e in await store.progress.leaderboard(1, week=NOW.date())] == [5]
        assert await store.answers.record_answer(answer(6, "q8"))
        assert await store.answers.record_answer(answer(6, "q9"))
        assert (await store.progress.rank_of(1, 6)) == LeaderboardEntry(1, 6, 4, 4)
        assert [e.user_id for e in await store.progress.leaderboard(1)] == [6, 5, 7]
        weekly = await store.progress.leaderboard(1, week=NOW.date())
        assert [(e.rank, e.user_id, e.correct) for e in weekly] == [(1, 6, 2), (2, 5, 1)]
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])


async def test_numbers_before_0017_are_kept_and_each_server_then_counts_its_own(
    store_url: str,
) -> None:
    """Revision 0017 numbers schedules and assignments per server: what moderators saw before
    (the global ids) keeps its number, withdrawn work included, and each server's next number
    follows its own highest, never another server's."""

    def upgrade_and_fill(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0016_withdrawn_assignments")
        for guild in (1, 2, 1):  # server 1 had #1 and #3, server 2 had #2
            conn.exec_driver_sql(
                "INSERT INTO schedules (guild_id, channel_id, briefing_id, what, recurrence,"
                f" at, timezone, created_at, next_run_at) VALUES ({guild}, 5, 'b1', 'briefing',"
                " 'daily', '09:00:00', 'UTC', '2025-03-10 11:00:00+00:00',"
                " '2025-03-11 09:00:00+00:00')"
            )
        for guild, due in ((1, 14), (2, 15), (1, 16)):
            conn.exec_driver_sql(
                "INSERT INTO assignments (guild_id, channel_id, briefing_id, question_ids,"
                f" sections, due_at, timezone, created_at, work_key) VALUES ({guild}, 5, 'b1',"
                f" '[\"q1\"]', '[]', '2026-03-{due} 17:00:00+00:00', 'UTC',"
                f" '2026-03-10 09:00:00+00:00', 'k{due}')"
            )
        conn.exec_driver_sql(  # server 2's #9 was withdrawn
            "INSERT INTO withdrawn_assignments (guild_id, assignment_id, briefing_id,"
            " withdrawn_at) VALUES (2, 9, 'b1', '2026-03-11 09:00:00+00:00')"
        )

    await run_sync(store_url, upgrade_and_fill, write=True)
    store = await open_store(store_url)
    try:
        kept = [s.number for s in await store.schedules.list_schedules(1)]
        assert kept == [1, 3], "the numbers its moderators saw"
        first, second = await store.assignments.list_assignments(1)
        assert (first.number, second.number) == (1, 3)
        assert (await store.assignments.withdrawal(2, 9)) is not None, "still answered"

        (of_two,) = await store.schedules.list_schedules(2)
        assert of_two.number == 2
        next_schedule = await store.schedules.add_schedule(
            dataclasses.replace(of_two, id=None, number=None, channel_id=6)
        )
        assert next_schedule.number == 3, "server 2's next, after its own #2"
        brand_new = await store.schedules.add_schedule(
            dataclasses.replace(of_two, id=None, number=None, guild_id=3)
        )
        assert brand_new.number == 1, "a server new since counts from 1"
        again = dataclasses.replace(
            first, id=None, number=None, due_at=first.due_at.replace(day=20)
        )
        assert (await store.assignments.add_assignment(again)).number == 4
        in_two = dataclasses.replace(again, guild_id=2)
        assert (await store.assignments.add_assignment(in_two)).number == 10, "after its #9"
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])


async def test_report_numbers_before_0019_are_kept_and_each_server_then_counts_its_own(
    store_url: str,
) -> None:
    """Revision 0019 numbers question reports per server: a report filed before keeps the number
    its reporter and moderators saw (its global id, which old queue buttons carry), and each
    server's next report follows its own highest, never another server's."""

    def upgrade_and_fill(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0018_earlier_post_rounds")
        for guild in (1, 2, 1):  # server 1 had #1 and #3, server 2 had #2
            conn.exec_driver_sql(
                "INSERT INTO question_reports (guild_id, user_id, briefing_id, question_id,"
                f" reason, comment, given, status, created_at) VALUES ({guild}, 7, 'b1', 'q1',"
                " 'typo', '', NULL, 'open', '2026-03-10 09:00:00+00:00')"
            )

    await run_sync(store_url, upgrade_and_fill, write=True)
    store = await open_store(store_url)
    try:
        reports = store.question_reports
        assert [r.number for r in await reports.open_reports(1)] == [1, 3], "as they saw them"
        old_button = await reports.get_report(1, 3)
        assert old_button is not None and old_button.guild_id == 1
        assert await reports.get_report(2, 3) is None, "server 1's #3 is not server 2's"
        (of_two,) = await reports.open_reports(2)
        assert of_two.number == 2
        fresh = dataclasses.replace(of_two, id=None, number=None, user_id=8)
        assert (await reports.add_report(fresh)).number == 3, "server 2's next, after its #2"
        elsewhere = dataclasses.replace(fresh, guild_id=4)
        assert (await reports.add_report(elsewhere)).number == 1, "a new server counts from 1"
        assert (await reports.add_report(dataclasses.replace(fresh, guild_id=1))).number == 4
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])


async def test_a_store_from_before_0021_keeps_the_words_of_a_briefing_removed_after_it(
    store_url: str,
) -> None:
    """Revision 0021 adds the removed briefings' words: a server briefing stored before it is
    removed after it with its title and questions kept, in its server only."""

    def upgrade_and_fill(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0020_server_courses")
        conn.exec_driver_sql(
            "INSERT INTO server_briefings (guild_id, slug, title, latest_version,"
            " published_version, updated_at) VALUES (1, 'harbour', 'Harbour', 1, 1,"
            " '2026-03-10 09:00:00+00:00')"
        )

    await run_sync(store_url, upgrade_and_fill, write=True)
    store = await open_store(store_url)
    try:
        repo = store.server_briefings
        (record,) = await repo.briefings(1)
        question = KeptQuestion("q-days", "For how many days was it closed?", "short", "3")
        kept = RemovedBriefing(1, record.key, "Harbour reopens", (question,), NOW)
        await repo.remove(record.record_id, kept)
        assert await repo.briefings(1) == []
        assert await repo.removed(1, record.key) == kept
        assert await repo.removed(2, record.key) is None
    finally:
        await store.close()
    assert (await _inspect(store_url)) == (head_revision(), [])
