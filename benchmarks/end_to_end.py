"""Row b: dispatch to reply of a quiz answer click, through the Discord double, ours vs bare.

Each bot runs on the real discord.py client connected over loopback to the Discord double
(`tests/discord_double`). A click's latency is the time from the double sending the
`INTERACTION_CREATE` to it receiving the bot's callback. Our bot commits the answer and its
new review state to SQLite before it replies (checked after the run); the bare bot only edits
the message to "ok". Clicks go one at a time, so this is latency, not throughput.
"""

from __future__ import annotations

import gc
import math
from pathlib import Path
from typing import Any

from benchmarks.bare import BUTTON_ID, BareBot
from benchmarks.collector import as_in_our_process
from benchmarks.table import Row, at_most, info, median, percentile
from benchmarks.workspace import scratch, services_in
from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord_double import CallbackType, DiscordDouble

__all__ = ["measure"]

BRIEFING = "nk-troops-russia"
WARM_UP = 5
NO_WINDOW = math.inf
"""The double's answer window here: a click answered after Discord's 3 s on a loaded machine
is a figure (b2 shows it), not a refused callback that ends the run."""


async def _ours(clicks: int, under: Path | None = None) -> list[float]:
    """Our bot's timed clicks, its store in a new folder (in `under` if given)."""
    with scratch(under=under) as root:
        async with (
            services_in(root) as services,
            DiscordDouble(timeout=30, ack_window=NO_WINDOW) as double,
        ):
            await double.start(BriefBot(services))
            with as_in_our_process():
                return await _answer_quizzes(double, services, clicks)


async def _answer_quizzes(double: DiscordDouble, services: Services, clicks: int) -> list[float]:
    """Answer questions (buttons timed, typed answers not) until `clicks` clicks were timed."""
    timed: list[float] = []
    answered = 0
    sessions: list[str] = []
    for number in range(math.ceil((clicks + WARM_UP) / 10) + 5):
        if len(timed) >= clicks + WARM_UP:
            break
        user = await double.add_member(f"bench{number}")
        start = await double.slash("quiz", {"briefing": BRIEFING, "count": 25}, user=user)
        message = (await start.response()).message
        assert message is not None
        session_id = message.buttons[0]["custom_id"].split(":")[2]
        sessions.append(session_id)
        session = services.study.solo[session_id]
        while not session.finished and len(timed) < clicks + WARM_UP:
            qq = session.current()
            if qq.question.kind == "short":
                shown = await (await double.click(message, label="Answer", user=user)).response()
                assert shown.type == CallbackType.MODAL and shown.custom_id
                reply = await double.submit_modal(
                    shown.custom_id, {"answer": qq.question.answer_text}, user=user
                )
                await reply.told()  # the verdict, after a deferral too (a loaded machine)
            else:
                key = qq.keys[(answered * 7) % len(qq.keys)]  # right and wrong answers
                custom_id = next(
                    b["custom_id"] for b in message.buttons if b["custom_id"].endswith(f":{key}")
                )
                gc.collect()
                click = await double.click(message, custom_id, user=user)
                timed.append((await click.response()).elapsed * 1000)
                await click.told()  # its Next button is there once the verdict is
            answered += 1
            label = "See my score" if session.finished else "Next question ▶"
            await (await double.click(message, label=label, user=user)).response()
    await _check_committed(services, sessions, answered)
    return timed[WARM_UP:]


async def _check_committed(services: Services, sessions: list[str], answered: int) -> None:
    """Every answer the bot replied to is in the store, with a review state."""
    stored = [a for s in sessions for a in await services.store.answers.session_answers(s)]
    if len(stored) != answered:
        raise RuntimeError(f"{answered} answers replied to, but {len(stored)} stored")
    for record in stored[:: max(1, len(stored) // 20)]:
        review = await services.store.reviews.get_review(
            record.user_id, record.briefing_id, record.question_id
        )
        if review is None:
            raise RuntimeError(f"no review state for {record}")


async def _bare(clicks: int) -> list[float]:
    async with DiscordDouble(timeout=30, ack_window=NO_WINDOW) as double:
        await double.start(BareBot())
        message = (await (await double.slash("button")).response()).message
        assert message is not None
        timed: list[float] = []
        for _ in range(clicks + WARM_UP):
            gc.collect()
            click = await double.click(message, BUTTON_ID)
            timed.append((await click.response()).elapsed * 1000)
        return timed[WARM_UP:]


async def measure(clicks: int, runs: int) -> list[Row]:
    """Rows b1 (p50, target ratio <= 1.5, issue 18) and b2 (p99, reported)."""
    ours_p50: list[float] = []
    ours_p99: list[float] = []
    bare_p50: list[float] = []
    bare_p99: list[float] = []
    for _ in range(runs):
        bare: list[Any] = await _bare(clicks)
        ours = await _ours(clicks)
        bare_p50.append(percentile(bare, 50))
        bare_p99.append(percentile(bare, 99))
        ours_p50.append(percentile(ours, 50))
        ours_p99.append(percentile(ours, 99))
    ref = "bare click"
    return [
        Row(
            "b1",
            "answer click to reply, p50 (committed)",
            "ms",
            median(ours_p50),
            median(bare_p50),
            ref,
            at_most(1.5, "p50 ratio <= 1.5", ratio=True),
            runs,
        ),
        Row(
            "b2",
            "answer click to reply, p99 (committed)",
            "ms",
            median(ours_p99),
            median(bare_p99),
            ref,
            info("reported"),
            runs,
        ),
    ]
