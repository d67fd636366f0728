"""The bot started twice on one SQLite file (`make run` in two terminals, a service manager
starting one while the other lingers): two gateway sessions would answer every click twice
and post every schedule twice. The second process gives up with one line and exit 5 while
the first goes on; shards of one bot, each with its own shard ids, still share the file."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from bot.ops import instance_lock
from bot.ops.exitcodes import ExitCode
from bot.ops.instance_lock import AlreadyRunningError, hold_instance_lock
from tests.discord_double import DiscordDouble
from tests.faults.test_stop_signals import ready_to_answer, send_answer
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_second_process_on_the_same_file_refuses_to_start_and_the_first_goes_on(
    tmp_path: Path,
):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token)
        first = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            second = await start_bot(work, env)
            code, output = await finish(second)
            assert len(double.server.sessions) == 1, "one gateway session, the first's"
            question, how = await ready_to_answer(double, double.student)
            await (await send_answer(double, double.student, question, how)).told(timeout=10)
            assert "The answer is" in question.text, "the first process goes on"
        finally:
            first.send_signal(signal.SIGTERM)
            await finish(first)
    assert code == ExitCode.ALREADY_RUNNING
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "already running" in lines[0] and f"pid {first.pid}" in lines[0]
    assert double.token not in output and "Traceback" not in output


def lock_in_another_process(url: str, shards: tuple[int, ...] | None) -> bool:
    """Whether another process (forked: fcntl locks never conflict within one) gets the lock."""
    pid = os.fork()
    if pid == 0:
        try:
            hold_instance_lock(url, shards)
        except AlreadyRunningError:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def test_shards_of_one_bot_share_the_file_but_one_shard_runs_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(instance_lock, "WAIT_S", 0.2)
    url = f"sqlite:///{tmp_path}/bot.sqlite3"
    held = hold_instance_lock(url, (0,))
    assert held is not None
    try:
        assert lock_in_another_process(url, (1, 2)), "other shards start"
        assert not lock_in_another_process(url, (0,)), "the same shard does not"
        assert not lock_in_another_process(url, None), "nor every shard"
    finally:
        held.release()
    assert lock_in_another_process(url, None), "the lock ends with its holder"
    assert hold_instance_lock("postgresql://u:p@127.0.0.1/db", None) is None
