"""The real bot process killed (kill -9) or stopped (SIGTERM) in the middle of a channel quiz:
every acknowledged vote survives, the quiz goes on after the restart with a word to the
players, and its old buttons still work."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path
from typing import Any

import pytest

from bot.store import open_store
from tests.discord.test_process import finish, start
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.ops.processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN

ROOT = Path(__file__).resolve().parents[2]
PLAYERS = 3


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    return tmp_path


def open_question(double: DiscordDouble) -> Any:
    """The last posted channel-quiz question with answer buttons, if any."""
    for message in reversed(double.bot_messages_in(double.news)):
        if any(b.get("custom_id", "").startswith(("b1:qg:", "bb:qg:")) for b in message.buttons):
            return message
    return None


async def vote(double: DiscordDouble, message: Any, user: Any) -> Any:
    """A player answers: the first option, or a typed answer in the box."""
    labels = [b.get("label") for b in message.buttons]
    if "Answer" in labels:
        shown = await (await double.click(message, label="Answer", user=user)).response()
        return await double.submit_modal(shown.custom_id, {"answer": "Port Elm"}, user=user)
    return await double.click(message, message.buttons[0]["custom_id"], user=user)


async def recorded_players(workdir: Path, session_id: str) -> set[int]:
    store = await open_store(f"sqlite+aiosqlite:///{workdir}/bot.sqlite3")
    try:
        return {a.user_id for a in await store.answers.session_answers(session_id)}
    finally:
        await store.close()


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "SIGTERM"])
async def test_a_channel_quiz_survives_a_restart_with_every_acknowledged_vote(workdir, stop):
    figures = tally(f"channel vote, bot process stopped by {stop.name}")
    async with DiscordDouble() as double:
        first = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 2}
            await (
                await double.slash("quiz", options, user=double.moderator, channel=double.news)
            ).response(timeout=10)
            question = await double.wait_for(lambda: open_question(double), timeout=10)
            session_id = question.buttons[0]["custom_id"].split(":")[2]
            pupils = [await double.add_member(f"pupil{n}") for n in range(PLAYERS)]
            acknowledged = set()
            for pupil in pupils:
                seen = await (await vote(double, question, pupil)).message(timeout=10)
                if "Answer registered" in seen.text:
                    acknowledged.add(pupil.id)
        finally:
            first.send_signal(stop)
            code, output = await finish(first)
        figures.tried += PLAYERS
        assert acknowledged == {p.id for p in pupils}
        if stop == signal.SIGTERM:
            assert code == 0 and "Traceback" not in output
        await double.wait_for(lambda: not double.server.sessions, timeout=10)

        second = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            word = await double.wait_for_message(
                double.news, lambda m: "goes on" in m.text, timeout=15
            )
            assert f"{PLAYERS} answers already given are kept" in word.text
            close = await double.click(question, label="Close question", user=double.moderator)
            await close.response(timeout=10)
            await double.wait_for(
                lambda: (
                    any("Right:" in m.text for m in double.bot_messages_in(double.news)) or None
                ),
                timeout=10,
            )
            kept = await recorded_players(workdir, session_id)
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
        figures.survived += len(acknowledged & kept)
        figures.lost += len(acknowledged - kept)
        assert kept == acknowledged, "every acknowledged vote became an answer"
        assert code == 0 and "Traceback" not in output
