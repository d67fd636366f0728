"""PostgreSQL turning read-only under the running bot (a failover to a standby, an operator's
`default_transaction_read_only`): a click gets "try again" within Discord's 3 s, one warning
line and no traceback, nothing is acknowledged; once the database takes writes again the
same click is acknowledged and kept."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import asyncpg
import pytest

from bot.config import Settings
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    right_answer,
    shows_next,
    solo,
    start_button_question,
)
from tests.faults.test_reply_faults import tracebacks
from tests.store.pg import PostgresServer


@pytest.fixture
def settings(content: Path, postgres: PostgresServer) -> Settings:
    """The bot on that PostgreSQL server."""
    return Settings(content_dir=content, database_url=postgres.url, quiz_timer_seconds=20)


async def read_only(postgres: PostgresServer, on: bool) -> None:
    """Every session of the server refuses writes (or takes them again) from its next
    statement, as after a failover to a standby."""
    connection = await asyncpg.connect(f"postgresql://postgres@127.0.0.1:{postgres.port}/postgres")
    try:
        await connection.execute(f"ALTER SYSTEM SET default_transaction_read_only = {on}")
        await connection.execute("SELECT pg_reload_conf()")
    finally:
        await connection.close()
    await asyncio.sleep(0.3)  # each session rereads the configuration at its next statement


@pytest.mark.timeout(60)
async def test_a_read_only_postgresql_says_try_again_and_the_retry_is_kept(
    postgres: PostgresServer,
    discord_double: DiscordDouble,
    bot,
    services,
    caplog: pytest.LogCaptureFixture,
):
    figures = tally("solo answer, PostgreSQL turned read-only, then writable")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING)
    await read_only(postgres, True)
    refused = await (await answer_solo(discord_double, services, message, pupil, answer)).told(
        timeout=10
    )
    figures.tried += 1
    assert "try again" in refused.text
    assert not shows_next(message), "nothing marked answered"
    assert tracebacks(caplog) == [], "one line, no traceback"
    assert discord_double.late_interactions() == [], "answered within 3 s"
    await read_only(postgres, False)
    assert await committed(services, session.session_id) == 0
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    assert shows_next(message), "the retry shows the verdict with its Next button"
    assert await committed(services, session.session_id) == 1
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_a_quiz_started_while_postgresql_is_read_only_is_told_so_and_starts_after(
    postgres: PostgresServer,
    discord_double: DiscordDouble,
    bot,
    services,
    caplog: pytest.LogCaptureFixture,
):
    """`/quiz` saves its session before the first question: the refused write was "Something
    went wrong on our side" and a traceback (the chaos run's seeds 972-973, faults-47); it is
    the database out like a frozen one, a write refused, retried once writable."""
    caplog.set_level(logging.WARNING)
    await read_only(postgres, True)
    refused = await (await discord_double.slash("quiz", {"briefing": "mini"})).message(timeout=10)
    assert "read-only" in refused.text and "try again" in refused.text, refused.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    await read_only(postgres, False)
    started = await (await discord_double.slash("quiz", {"briefing": "mini"})).message(timeout=10)
    assert started.buttons, "the retry shows the first question"
