"""`/reload` while PostgreSQL is read-only (found by the chaos run, seed 983 on PostgreSQL,
faults-48: the new reload fault drawn during "PostgreSQL read-only 2-6 s"). The reload
itself reads only the content folder and answers the moderator; then the process raises the
shared content version so the other processes (shards) reload too, a write the database
refused. Was: "Ignoring exception in on_app_command_completion" and a traceback, and the
other processes never learned of the reload. Now one warning line, and the version is raised
at the next poll once the database takes writes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import Settings
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble
from tests.faults.test_postgres_read_only import read_only
from tests.store.pg import PostgresServer


@pytest.fixture
def settings(content: Path, postgres: PostgresServer) -> Settings:
    """The bot on that PostgreSQL server."""
    return Settings(content_dir=content, database_url=postgres.url, quiz_timer_seconds=20)


@pytest.mark.timeout(60)
async def test_a_reload_while_postgresql_is_read_only_reaches_the_other_processes_after(
    postgres: PostgresServer,
    discord_double: DiscordDouble,
    bot,
    caplog: pytest.LogCaptureFixture,
):
    sync = bot.content_sync
    before = await sync.versions.current()
    caplog.set_level(logging.WARNING)
    await read_only(postgres, True)
    try:
        report = await run(discord_double, "reload")
        # The announce runs in the command's completion event, a task that may still be
        # going after the reply (under load, past the double's sync): wait for its outcome.
        await discord_double.state.wait_until(
            lambda: sync.owed or sync.seen != before, 20, "the /reload was never announced"
        )
    finally:
        await read_only(postgres, False)
    assert "mini.yaml: unchanged" in report.text, "the moderator's reload is done"
    assert [r.getMessage() for r in caplog.records if r.exc_info] == [], "no traceback"
    told = [r.getMessage() for r in caplog.records if "other processes" in r.getMessage()]
    assert len(told) == 1, told
    assert await sync.versions.current() == before, "nothing written while read-only"

    await sync.check()  # the next poll
    assert await sync.versions.current() == before + 1, "the others now follow the reload"
    await sync.check()
    assert await sync.versions.current() == before + 1, "raised once"
