"""Answers while the database is locked or full and while Discord answers 5xx.

What must hold: every answer is committed before "registered" / a verdict is shown; the
student hears back within Discord's 3 s (the double refuses later answers, as Discord does);
a failed commit says "try again" and leaves the question open, and the retry works with its
Next button; nothing is marked answered that was not committed.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services
from bot.core.channel_quiz import VOTE_KIND
from bot.core.quiz import GroupSession, SoloSession
from bot.discord_bot.custom_ids import GROUP_CLICK
from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.figures import tally

PLAYERS = 3
LOCK_SECONDS = 3.5
NEXT = {"Next question ▶", "See my score"}


def database(services: Services) -> Path:
    return Path(services.settings.database_url.split("///", 1)[1])


@asynccontextmanager
async def locked(db: Path, seconds: float) -> AsyncIterator[None]:
    """Another connection holds `BEGIN EXCLUSIVE` on the file for `seconds`."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    release = asyncio.get_running_loop().call_later(seconds, holder.rollback)
    try:
        yield
    finally:
        await asyncio.sleep(max(0.0, seconds))
        release.cancel()
        if holder.in_transaction:
            holder.rollback()
        holder.close()


@asynccontextmanager
async def disk_full(services: Services) -> AsyncIterator[None]:
    """Every commit of answers and sessions fails as SQLite does on a full disk."""
    writer: Any = services.store.answers.writer  # the group-commit writer: every answer's commit
    real = writer._write_batch

    def full(batch: Any) -> Any:  # fails as it is called, for a thread writer or a task
        raise sqlite3.OperationalError("database or disk is full")

    writer._write_batch = full
    try:
        yield
    finally:
        writer._write_batch = real


def solo(services: Services, message: Any) -> SoloSession:
    return services.study.solo[message.buttons[0]["custom_id"].split(":")[2]]


async def start_solo(double: DiscordDouble, user: Any) -> Any:
    reply = await (
        await double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3}, user=user)
    ).response()
    return reply.message


def right_answer(services: Services, message: Any) -> tuple[str | None, str]:
    """How to answer the question shown on `message`: a button's id, or (None) what to type."""
    qq = solo(services, message).current()
    if qq.question.kind == "short":
        return None, qq.question.answer_text
    index = qq.keys.index(qq.right_key) if qq.right_key else 0
    return message.buttons[index]["custom_id"], ""


async def answer_solo(
    double: DiscordDouble,
    services: Services,
    message: Any,
    user: Any,
    answer: tuple[str | None, str] | None = None,
) -> Any:
    """Answer the question shown on `message` (a button, or the answer box)."""
    button, typed = answer or right_answer(services, message)
    if button is None:
        shown = await (await double.click(message, label="Answer", user=user)).response()
        return await double.submit_modal(shown.custom_id, {"answer": typed}, user=user)
    return await double.click(message, button, user=user)


def shows_next(message: Any) -> bool:
    return bool({b.get("label") for b in message.buttons} & NEXT)


async def committed(services: Services, session_id: str) -> int:
    return len(await services.store.answers.session_answers(session_id))


async def players(double: DiscordDouble, count: int) -> list[Any]:
    return [await double.add_member(f"pupil{n}") for n in range(count)]


async def start_button_question(double: DiscordDouble, services: Services) -> tuple[Any, Any]:
    """A student and their solo quiz whose first question has answer buttons, so the verdict
    is the answer's only callback (up to 20 students: /quiz allows 2 per 10 s per student)."""
    for pupil in await players(double, 20):
        message = await start_solo(double, pupil)
        if right_answer(services, message)[0] is not None:
            break
    return pupil, message


@pytest.mark.timeout(60)
async def test_solo_answers_during_a_35_s_lock_are_answered_in_time_and_kept(
    discord_double, bot, services
):
    figures = tally("solo answer, SQLite locked 3.5 s (BEGIN EXCLUSIVE)")
    pupils = await players(discord_double, PLAYERS)
    quizzes = [await start_solo(discord_double, p) for p in pupils]
    sessions = [solo(services, m).session_id for m in quizzes]
    async with locked(database(services), LOCK_SECONDS):
        clicks = await asyncio.gather(
            *(
                answer_solo(discord_double, services, m, p)
                for m, p in zip(quizzes, pupils, strict=True)
            )
        )
        replies = [await c.response(timeout=10) for c in clicks]
    figures.tried += len(clicks)
    assert discord_double.late_interactions() == [], "every click answered within 3 s"
    assert all(r.type == CallbackType.DEFERRED_UPDATE for r in replies), "slow: deferred"
    for message, session_id in zip(quizzes, sessions, strict=True):
        await discord_double.wait_for(lambda m=message: shows_next(m) or None, timeout=40)
        kept = await committed(services, session_id)
        figures.survived += kept == 1
        figures.lost += kept == 0
    assert figures.lost == 0 and figures.survived == figures.tried


@pytest.mark.timeout(60)
async def test_a_full_disk_says_try_again_and_the_retry_works_with_its_next_button(
    discord_double, bot, services
):
    figures = tally("solo answer, disk full, then retried")
    pupils = await players(discord_double, PLAYERS)
    for pupil in pupils:
        message = await start_solo(discord_double, pupil)
        session = solo(services, message)
        async with disk_full(services):
            refused = await (await answer_solo(discord_double, services, message, pupil)).told(
                timeout=10
            )
        figures.tried += 1
        assert "try again" in refused.text
        assert session.index == 0 and not shows_next(message), "nothing marked answered"
        assert await committed(services, session.session_id) == 0
        await (await answer_solo(discord_double, services, message, pupil)).response(timeout=10)
        await discord_double.wait_for(lambda m=message: shows_next(m) or None, timeout=10)
        assert await committed(services, session.session_id) == 1
        figures.survived += 1
    assert discord_double.late_interactions() == []


@pytest.mark.timeout(60)
async def test_two_discord_5xx_on_a_verdict_lose_nothing_and_the_retry_goes_on(
    discord_double, bot, services
):
    figures = tally("solo answer, Discord answers 500 twice")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)  # the student will click the same thing twice
    fault = discord_double.fail_next("POST /interactions", times=2)
    first = await answer_solo(discord_double, services, message, pupil, answer)
    await discord_double.wait_for(lambda: fault.times == 0 or None, timeout=10)
    figures.tried += 1
    # discord.py retried the 500s, too late for Discord: the student saw no verdict...
    await discord_double.wait_for(lambda: first.callback or first.rejected or None, timeout=10)
    assert not shows_next(message)
    # ...but the answer was committed before any reply was tried, and a retry goes on.
    assert await committed(services, session.session_id) == 1
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    assert shows_next(message), "the retry shows the verdict with its Next button"
    assert await committed(services, session.session_id) == 1, "recorded once"
    figures.survived += 1


async def start_channel_quiz(double: DiscordDouble, services: Services) -> GroupSession:
    await (
        await double.slash(
            "quiz",
            {"briefing": "nk-troops-russia", "mode": "channel", "timer": 0, "count": 2},
            user=double.moderator,
            channel=double.news,
        )
    ).response()
    await double.wait_for(lambda: services.study.group or None, timeout=10)
    return next(iter(services.study.group.values()))


async def question_message(double: DiscordDouble, session: GroupSession) -> Any:
    wanted = GROUP_CLICK.prefix(session.session_id, session.index)

    def posted() -> Any:
        for message in reversed(double.bot_messages_in(double.news)):
            if any(b.get("custom_id", "").startswith(wanted) for b in message.buttons):
                return message
        return None

    return await double.wait_for(posted, timeout=10)


async def vote(double: DiscordDouble, session: GroupSession, message: Any, user: Any) -> Any:
    qq = session.current()
    if qq.question.kind == "short":
        shown = await (await double.click(message, label="Answer", user=user)).response()
        return await double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}, user=user
        )
    key = qq.right_key or qq.keys[0]
    return await double.click(message, message.buttons[qq.keys.index(key)]["custom_id"], user=user)


async def votes_kept(services: Services, session: GroupSession) -> set[int]:
    rows = await services.store.sessions.active_sessions(services.clock.now(), kind=VOTE_KIND)
    return {r.owner_id for r in rows if r.session_id.startswith(session.session_id + ":")}


@pytest.mark.timeout(60)
async def test_channel_votes_during_a_lock_are_registered_only_once_committed(
    discord_double, bot, services
):
    figures = tally("channel vote, SQLite locked 3.5 s")
    session = await start_channel_quiz(discord_double, services)
    message = await question_message(discord_double, session)
    pupils = await players(discord_double, PLAYERS)
    async with locked(database(services), LOCK_SECONDS):
        clicks = await asyncio.gather(*(vote(discord_double, session, message, p) for p in pupils))
        seen = [await c.message(timeout=40) for c in clicks]
    figures.tried += len(clicks)
    assert discord_double.late_interactions() == []
    acknowledged = {
        p.id for p, m in zip(pupils, seen, strict=True) if "Answer registered" in m.text
    }
    kept = await votes_kept(services, session)
    figures.survived += len(acknowledged & kept)
    figures.lost += len(acknowledged - kept)
    assert acknowledged == {p.id for p in pupils} and acknowledged <= kept


@pytest.mark.timeout(60)
async def test_a_channel_vote_on_a_full_disk_says_try_again_and_the_retry_counts(
    discord_double, bot, services
):
    figures = tally("channel vote, disk full, then retried")
    session = await start_channel_quiz(discord_double, services)
    message = await question_message(discord_double, session)
    pupil = (await players(discord_double, 1))[0]
    async with disk_full(services):
        refused = await (await vote(discord_double, session, message, pupil)).told(timeout=10)
    figures.tried += 1
    assert "try again" in refused.text
    assert session.final_votes() == {} and await votes_kept(services, session) == set()
    retried = await (await vote(discord_double, session, message, pupil)).message(timeout=10)
    assert "Answer registered" in retried.text
    assert await votes_kept(services, session) == {pupil.id}
    close = await discord_double.click(
        message, label="Close question", user=discord_double.moderator
    )
    await close.response(timeout=10)
    await discord_double.wait_for(lambda: session.index == 1 or None, timeout=10)
    recorded = await services.store.answers.session_answers(session.session_id)
    assert [a.user_id for a in recorded] == [pupil.id], "the vote became the answer"
    figures.survived += 1
