"""A moderator's `/briefing draft` or `/briefing upload` whose reply Discord lost after the draft
was stored, or whose process was killed (`kill -9`) between the commit and the reply, then
sent again as the moderator would: the retry shows the draft the first try stored, as its
version 1, and one version is kept.

Was: the retry stored the same draft again as version 2 and told its moderator "`harbour`
existed already, so this draft is its version 2 ... If this is another article, set another
`id:`", about their own first try. A draft its moderator saw is a different matter: the
same article drafted again in the same run is still its next version
(`tests/discord/test_walk39.py`). Sent again while the first one's commit still waits on a
slow disk, both replies show version 1 (was: "Sorry, something went wrong"). A publish given
up at 10 s while its commit waits on the disk, then sent again, publishes that version once.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_given_up_retried import SlowCommit, given_up
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)
from tests.faults.test_slow_discord import ARTICLE
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

SENT = {
    "upload": ("briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}),
    "draft": ("briefing draft", {"article": ("article.txt", ARTICLE)}),
}
"""Each command that stores a moderator's own briefing as a draft, with what it is sent."""


def said_version_1(text: str) -> None:
    assert "draft version 1" in text, text
    assert "existed already" not in text, "not told their own first try was another briefing"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", list(SENT))
@pytest.mark.usefixtures("quick_retries")
async def test_a_draft_whose_reply_was_lost_is_shown_by_the_retry_once(
    discord_double: DiscordDouble, bot, services: Services, command: str
):
    figures = tally(f"/briefing {command}: reply lost after its commit, retried")
    name, options = SENT[command]
    mod = discord_double.moderator
    lost = discord_double.fail_next("/webhooks", times=5, status=503)
    await discord_double.slash(name, options, user=mod)
    await discord_double.wait_for(lambda: len(lost.hits) == 5 or None, timeout=10)
    (record,) = await services.content.briefings(discord_double.guild.id)
    figures.tried += 1

    retry = await (await discord_double.slash(name, options, user=mod)).message(timeout=10)
    said_version_1(retry.text)
    _, versions = await services.content.history(discord_double.guild.id, record.slug)
    assert [v.version for v in versions] == [1], "stored once (was: version 2, the same)"
    figures.survived += 1


def versions_in(database: Path) -> list[int]:
    with sqlite3.connect(database) as db:
        return [v for (v,) in db.execute("SELECT version FROM server_briefing_versions")]


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_draft_killed_before_its_reply_is_shown_by_the_retry_after_the_restart(
    tmp_path: Path,
):
    work = make_workdir(tmp_path / "work")
    name, options = SENT["draft"]
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token)
        first = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            held = double.hang_next("/webhooks")  # its reply never gets through
            await double.slash(name, options, user=double.moderator)
            await double.wait_for(lambda: held.hits or None, timeout=20)
            await asyncio.sleep(0.2)
        finally:
            first.send_signal(signal.SIGKILL)
            await finish(first)
        assert versions_in(work / "bot.sqlite3") == [1], "stored before the kill"
        await double.wait_for(lambda: not double.server.sessions, timeout=10)

        second = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            retry: Any = await (await double.slash(name, options, user=double.moderator)).message(
                timeout=20
            )
            said_version_1(retry.text)
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
    assert versions_in(work / "bot.sqlite3") == [1], "one version (was: 1 and 2, the same)"
    assert code == 0 and "Traceback" not in output, output[-3000:]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("command", list(SENT))
async def test_a_draft_sent_again_while_the_first_waits_on_the_disk_is_stored_once(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    command: str,
):
    """The moderator sends it again while the first one's commit waits on a slow disk: both
    replies show version 1, one version is stored. Was: both numbered their version before
    either commit landed, the second commit was refused by the store, and its moderator was
    told "Sorry, something went wrong" (a traceback in the log)."""
    figures = tally(f"/briefing {command} sent again while its commit waits on the disk")
    name, options = SENT[command]
    mod = discord_double.moderator
    slow = SlowCommit(monkeypatch, services, services.content.repository, "add_version")
    first = await discord_double.slash(name, options, user=mod)
    await asyncio.wait_for(slow.reached.wait(), 10)
    again = await discord_double.slash(name, options, user=mod)
    figures.tried += 1
    await asyncio.sleep(0.2)  # the second has read what is stored, as the first commits
    await slow.land()
    for itx in (first, again):
        said_version_1((await itx.message(timeout=10)).text)
    (record,) = await services.content.briefings(discord_double.guild.id)
    _, versions = await services.content.history(discord_double.guild.id, record.slug)
    assert [v.version for v in versions] == [1], "stored once"
    assert not [r for r in caplog.records if r.exc_info], "no traceback"
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_a_publish_given_up_at_its_commit_is_published_once_by_the_retry(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    """`/briefing publish` given up at 10 s while its commit waits on a slow disk, then sent
    again: the moderator is told the version students now get, and they get it (nothing
    needed changing: publishing a version is one update, the same again)."""
    figures = tally("/briefing publish given up at its commit, retried")
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    name, options = SENT["upload"]
    mod = discord_double.moderator
    said_version_1((await (await discord_double.slash(name, options, user=mod)).message()).text)
    slow = SlowCommit(monkeypatch, services, services.content.repository, "set_published")
    first = await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    await given_up(discord_double, first, slow)
    figures.tried += 1
    await slow.land()
    again = await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    assert "now get version 1" in (await again.message(timeout=10)).text
    quiz = await discord_double.slash("quiz", {"briefing": "harbour", "count": 1})
    assert "Question 1/1" in (await quiz.message(timeout=10)).text, "students get it"
    _, versions = await services.content.history(discord_double.guild.id, "harbour")
    assert [v.version for v in versions] == [1]
    figures.survived += 1


@pytest.mark.timeout(60)
@pytest.mark.usefixtures("quick_retries")
async def test_a_publish_whose_reply_was_lost_is_told_published_by_the_retry(
    discord_double: DiscordDouble, bot, services: Services
):
    """`/briefing publish` whose reply Discord lost after the version was published, sent
    again: the retry says students now get that version (its own first try, unseen), not
    "already published ... nothing changed"; a third, after one seen, says it is already out."""
    figures = tally("/briefing publish reply lost, retried")
    name, options = SENT["upload"]
    mod = discord_double.moderator
    said_version_1((await (await discord_double.slash(name, options, user=mod)).message()).text)
    lost = discord_double.fail_next("POST /interactions", times=5, status=503)
    first = await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    told = await first.message(timeout=10)
    assert len(lost.hits) == 5 and "try again" in told.text, told.text
    figures.tried += 1
    again = await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    said = (await again.message(timeout=10)).text
    assert "now get version 1" in said and "Already published" not in said, said
    third = await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    assert "Already published" in (await third.message(timeout=10)).text, "seen: nothing new"
    figures.survived += 1
