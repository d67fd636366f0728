"""A slow disk under the real bot process: fsync and fdatasync on its SQLite files take
seconds (`benchmarks/slow_disk.py` preloads a shim that delays them; the bot's code is the
same). A click whose commit waits on the disk is deferred within Discord's 3 s and its verdict
follows; `kill -9` while a commit waits on the disk loses nothing acknowledged and the retry
shows what was kept, once; a moderator's publish killed while it waits on the disk leaves the
briefing whole, published or not, never half, and publishing again works."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.slow_disk import SlowDisk
from tests.bot_fixtures import HARBOUR
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble
from tests.discord_double.state import CallbackType
from tests.faults.test_kill_mid_click import answers_in
from tests.faults.test_stop_signals import (
    ready_to_answer,
    retry_kept_answer,
    send_answer,
    session_of,
)
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

WINDOW_S = 3.0
"""Discord's window for an interaction's first response."""
DEFERRED = (CallbackType.DEFERRED_UPDATE, CallbackType.DEFERRED_MESSAGE)


@dataclass
class SlowRun:
    """The Discord double, the shim's control and the bot's folder and environment."""

    double: DiscordDouble
    disk: SlowDisk
    work: Path
    env: dict[str, str]

    @property
    def database(self) -> Path:
        return self.work / "bot.sqlite3"

    async def start(self) -> asyncio.subprocess.Process:
        """The bot process, started and connected (killed if it does not connect)."""
        process = await start_bot(self.work, self.env)
        try:
            await self.double.wait_ready(timeout=STARTS_WITHIN)
        except BaseException:
            await self.kill(process)
            raise
        return process

    async def kill(self, process: asyncio.subprocess.Process) -> None:
        """`kill -9`, then the disk fast again and the gateway session gone."""
        process.send_signal(signal.SIGKILL)
        await finish(process)
        self.disk.set(0.0)
        await self.double.wait_for(lambda: not self.double.server.sessions, timeout=10)


@contextlib.asynccontextmanager
async def slow_run(tmp_path: Path) -> AsyncIterator[SlowRun]:
    disk = SlowDisk(tmp_path, "bot.sqlite3")
    assert disk.usable, "the machine's C compiler (cc) builds the shim"
    work = make_workdir(tmp_path / "work")
    async with DiscordDouble() as double:
        env = {**bot_env(work, double.server.api_url, double.token), **disk.env()}
        yield SlowRun(double, disk, work, env)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_slow_disk_is_answered_in_time_and_a_kill_mid_flush_loses_nothing(
    tmp_path: Path,
):
    async with slow_run(tmp_path) as bot:
        double, disk = bot.double, bot.disk
        first = await bot.start()
        try:
            question, how = await ready_to_answer(double, double.student)
            session_id = session_of(question)
            disk.set(2.0)
            click = await send_answer(double, double.student, question, how)
            first_response = await click.response(timeout=10)
            assert first_response.type in DEFERRED, "the disk held the commit: deferred"
            waited = click.acknowledged_after
            assert waited is not None and waited < WINDOW_S, f"first response after {waited}"
            await click.told(20)
            assert "The answer is" in question.text, "the verdict follows the deferral"
            assert answers_in(bot.database, session_id) == 1
            disk.set(0.0)
            await (await double.click(question, label="Next question ▶")).response(timeout=10)
            assert "Question 2/3" in question.text
            question, how = await ready_to_answer_again(double, question, how)
            disk.set(3.0)
            await send_answer(double, double.student, question, how)
            await asyncio.sleep(1.0)  # its commit now waits on the disk
        finally:
            await bot.kill(first)
        assert "The answer is" not in question.text, "nothing acknowledged for question 2"

        second = await bot.start()
        try:
            await retried(double, question, how)
            assert "The answer is" in question.text, "the retry is answered"
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
    assert answers_in(bot.database, session_id) == 2, "each question's answer once"
    assert code == 0 and "Traceback" not in output, output[-3000:]


async def ready_to_answer_again(
    double: DiscordDouble, question: object, how: tuple[str, str]
) -> tuple[object, tuple[str, str]]:
    """The open question's way to answer, after Next (an answer box opened anew)."""
    first = question.buttons[0]  # type: ignore[attr-defined]
    if first["label"] == "Answer":
        box = await (await double.click(question, label="Answer")).response(timeout=10)
        return question, ("modal", box.custom_id)
    return question, ("button", first["custom_id"])


async def retried(double: DiscordDouble, question: object, how: tuple[str, str]) -> None:
    """The student's retry of an answer the bot never acknowledged: kept or not (the kill
    came before or after its commit reached the file), the retry ends with the verdict; a
    typed answer not kept opens its box again and is sent again."""
    retry = await retry_kept_answer(double, double.student, question, how)
    box = await retry.response(timeout=10)
    if box.type == CallbackType.MODAL:
        retry = await send_answer(double, double.student, question, ("modal", box.custom_id))
    await retry.told(10)


def publication(database: Path) -> tuple[int | None, list[int]]:
    """The harbour briefing's published version, and its versions stamped as published."""
    with sqlite3.connect(database) as db:
        (record, published), *_ = db.execute(
            "SELECT id, published_version FROM server_briefings"
        ).fetchall()
        stamped = db.execute(
            "SELECT version FROM server_briefing_versions"
            " WHERE briefing_id = ? AND published_at IS NOT NULL",
            (record,),
        ).fetchall()
    return published, [v for (v,) in stamped]


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_publish_killed_while_it_waits_on_the_disk_is_never_half_done(tmp_path: Path):
    async with slow_run(tmp_path) as bot:
        double = bot.double
        first = await bot.start()
        try:
            upload = {"file": ("harbour.yaml", HARBOUR.encode())}
            assert "harbour" in (await run(double, "briefing upload", upload)).text
            assert publication(bot.database) == (None, []), "a draft: students do not see it"
            bot.disk.set(3.0)
            await double.slash("briefing publish", {"briefing": "harbour"}, user=double.moderator)
            await asyncio.sleep(1.0)  # its commit now waits on the disk
        finally:
            await bot.kill(first)
        published, stamped = publication(bot.database)
        assert (published, stamped) in ((None, []), (1, [1])), "whole or not at all"

        second = await bot.start()
        try:
            again = await run(double, "briefing publish", {"briefing": "harbour"})
            assert "now get version 1" in again.text, again.text
            quiz = await double.slash("quiz", {"briefing": "harbour", "count": 1})
            assert "Question 1/1" in (await quiz.message(timeout=10)).text, "students get it"
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
    assert publication(bot.database) == (1, [1])
    assert code == 0 and "Traceback" not in output, output[-3000:]
