"""Memory pressure (a low `ulimit -v`, a container's memory cap) while a moderator uploads a
large briefing: reading the file fails with `MemoryError`, or the worker thread that reads it
cannot start ("can't start new thread": a thread's stack counts against the cap). Tried on
the real process with `RLIMIT_AS` set to its size plus 0-16 MB (see docs/reliability.md),
which raised either one; here the file's check raises it as the cap made it.

Was: read as a bug of ours, "Something went wrong on our side" and a traceback. Now the
moderator is told that there was not memory enough to read the file and that nothing was
saved, one warning line, and the bot goes on serving; the same upload works once there is
memory again."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.core.content import service
from tests.discord.test_moderation import run
from tests.discord.test_moderator_journey import article
from tests.discord_double import DiscordDouble
from tests.faults.test_reply_faults import tracebacks

FIXTURE = Path(__file__).parents[1] / "fixtures" / "mini_briefing.yaml"


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "fault",
    [MemoryError(), RuntimeError("can't start new thread")],
    ids=["MemoryError", "no thread"],
)
async def test_an_upload_without_memory_to_read_it_is_told_so_and_the_bot_serves_on(
    discord_double: DiscordDouble,
    bot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fault: BaseException,
):
    raw = FIXTURE.read_bytes().replace(b"id: mini\n", b"id: harbour-big\n", 1)
    real = service.load_briefing_bytes

    def capped(*args: object, **kwargs: object) -> object:
        raise fault

    caplog.set_level(logging.WARNING)
    monkeypatch.setattr(service, "load_briefing_bytes", capped)
    told = await run(discord_double, "briefing upload", {"file": ("big.yaml", raw)})
    assert told.ephemeral and "memory" in told.text and "nothing was saved" in told.text, told.text
    assert "went wrong" not in told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    lines = [r.getMessage() for r in caplog.records if "memory" in r.getMessage()]
    assert len(lines) == 1, lines
    quiz = await (await discord_double.slash("quiz", {"briefing": "mini"})).message(timeout=10)
    assert "Question 1/" in quiz.text, "the bot serves on"

    monkeypatch.setattr(service, "load_briefing_bytes", real)
    again = await run(discord_double, "briefing upload", {"file": ("big.yaml", raw)})
    assert "harbour-big" in again.text and "memory" not in again.text, again.text


@pytest.mark.timeout(60)
async def test_a_draft_without_memory_to_make_it_is_told_so_and_the_retry_drafts(
    discord_double: DiscordDouble,
    bot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """`/briefing draft` drafts the article in a worker thread too."""

    def capped(*args: object) -> object:
        raise MemoryError

    caplog.set_level(logging.WARNING)
    real = services.content.drafter
    monkeypatch.setattr(services.content, "drafter", capped)
    told = await run(discord_double, "briefing draft", {"article": ("tenants.txt", article())})
    assert "memory" in told.text and "nothing was saved" in told.text, told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    assert not told.files, "no draft"
    monkeypatch.setattr(services.content, "drafter", real)
    drafted = await run(discord_double, "briefing draft", {"article": ("tenants.txt", article())})
    assert drafted.files and "memory" not in drafted.text, drafted.text
