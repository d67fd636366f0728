"""SIGTERM, SIGINT (Ctrl-C) or SIGHUP (a closed terminal) in the middle of a burst of clicks:
the real bot process answers every click already sent (none left to "This interaction
failed"), keeps every acknowledged answer, logs the signal and exits 0 without a traceback."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest

from bot.store import open_store
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

CLICKS = 8


async def ready_to_answer(double: DiscordDouble, user: Any) -> tuple[Any, Any]:
    """A solo quiz for `user`, ready for its first answer: the question and what sends the
    answer (a choice button's custom id, or the open answer box's custom id)."""
    itx = await double.slash("quiz", {"briefing": "mini", "count": 3}, user=user)
    question = (await itx.response(timeout=10)).message
    first = question.buttons[0]
    if first["label"] == "Answer":  # a typed answer: open the box now, submit it in the burst
        box = await (await double.click(question, label="Answer", user=user)).response(timeout=10)
        return question, ("modal", box.custom_id)
    return question, ("button", first["custom_id"])


async def send_answer(double: DiscordDouble, user: Any, question: Any, how: tuple[str, str]) -> Any:
    """The answer's interaction, sent without waiting for the bot's reply."""
    kind, custom_id = how
    if kind == "modal":
        return await double.submit_modal(custom_id, {"answer": "Ada Quill"}, user=user)
    return await double.click(question, custom_id, user=user)


async def retry_kept_answer(
    double: DiscordDouble, user: Any, question: Any, how: tuple[str, str]
) -> Any:
    """The student's retry of an answer that was kept while its reply was lost: the choice
    clicked again, or Answer pressed again, which shows the kept verdict (no box opens for a
    question already answered)."""
    if how[0] == "modal":
        return await double.click(question, label="Answer", user=user)
    return await send_answer(double, user, question, how)


def session_of(question: Any) -> str:
    return str(question.buttons[0]["custom_id"].split(":")[2])


async def kept_sessions(workdir: Path, session_ids: list[str]) -> int:
    store = await open_store(f"sqlite+aiosqlite:///{workdir}/bot.sqlite3")
    try:
        return len([s for s in session_ids if await store.answers.session_answers(s)])
    finally:
        await store.close()


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
@pytest.mark.parametrize(
    "stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name
)
async def test_a_stop_signal_during_a_burst_answers_every_click_and_exits_cleanly(
    tmp_path: Path, stop: signal.Signals
):
    figures = tally(f"solo answer, {stop.name} during a burst of clicks")
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [await double.add_member(f"pupil{n}") for n in range(CLICKS)]
            ready = [await ready_to_answer(double, p) for p in pupils]
            sessions = [session_of(question) for question, _ in ready]
            burst = [
                await send_answer(double, p, question, how)
                for p, (question, how) in zip(pupils, ready, strict=True)
            ]
        finally:
            process.send_signal(stop)
            # finish's 30 s are a hang guard: the bot exits at most 4.5 s after the signal
            code, output = await finish(process)
    figures.tried += len(burst)
    unanswered = [click for click in burst if click.callback is None]
    acknowledged = [
        s
        for (question, _), s in zip(ready, sessions, strict=True)
        if "The answer is" in question.text
    ]
    kept = await kept_sessions(work, acknowledged)
    figures.survived += kept
    figures.lost += len(acknowledged) - kept
    assert unanswered == [], "every answer sent before the signal was answered"
    assert kept == len(acknowledged) == len(burst)
    assert f"{stop.name}: stopping" in output
    assert code == 0 and "Traceback" not in output, output[-3000:]
