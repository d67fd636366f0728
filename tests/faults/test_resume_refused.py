"""A channel quiz that cannot post any more when it is resumed after a restart (the bot lost
Send Messages in its channel while it was down, or Discord kept failing the post): it ends
and its starter is told that the answers given so far are kept, and they are: the votes
registered on its open question become answers. Was: they stayed unscored vote rows, so a
"Answer registered" vote was lost (looked for after a lost vote in the chaos run's slow disk
with bursts, seed 360)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.core.errors import QuizError
from tests.core.test_channel_quiz import CHANNEL, STARTER, restarted, right, service, settle, wrong


async def test_votes_on_the_open_question_are_kept_when_a_resumed_quiz_cannot_post(
    tmp_path: Path,
):
    quizzes, clock, store, _publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    await quizzes.answer(session.session_id, 7, right(session), 0)
    await quizzes.answer(session.session_id, 8, wrong(session), 0)
    await quizzes.stop()  # the process dies: memory gone, the store stays

    again, publisher = await restarted(tmp_path, store, clock)
    publisher.refused.add(CHANNEL)  # Send Messages taken away while the bot was down
    await again.resume()
    await settle()
    assert session.session_id not in again.live, "the quiz ended"
    told = "\n".join(f"{p.title}\n{p.body}" for p in publisher.directs[STARTER])
    assert "answers given so far are kept" in told and "player 7" in told, told
    assert sorted((a.user_id, a.correct) for a in store.answers) == [(7, True), (8, False)]
    assert not [s for s in store.sessions.values() if s.kind == "channel-vote"], "no vote left"


async def test_a_vote_while_its_ending_quiz_keeps_the_others_is_refused_or_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A student clicks the resumed quiz's old button while the quiz, unable to post, is
    turning its votes into answers (their commits held): the click is told the question
    closed, never "registered" for an answer that would then be lost. Was: accepted into a
    vote list already copied, so acknowledged and never stored."""
    quizzes, clock, store, _publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    await quizzes.answer(session.session_id, 7, right(session), 0)
    await quizzes.stop()

    again, publisher = await restarted(tmp_path, store, clock)
    publisher.refused.add(CHANNEL)
    held, release = asyncio.Event(), asyncio.Event()
    record = again.study._record

    async def slow_record(*args: Any, **kwargs: Any) -> None:
        held.set()
        await release.wait()  # the disk holds the answer's commit
        await record(*args, **kwargs)

    monkeypatch.setattr(again.study, "_record", slow_record)
    resuming = asyncio.create_task(again.resume())
    await asyncio.wait_for(held.wait(), timeout=5)
    resumed = again.study.group_session(session.session_id)
    late = asyncio.create_task(again.answer(session.session_id, 8, right(resumed), 0))
    await settle()
    release.set()
    await resuming
    try:
        await late
    except QuizError as refused:
        assert "closed" in str(refused), refused
    else:  # acknowledged: then it is stored
        assert 8 in {a.user_id for a in store.answers}, "an acknowledged vote was lost"
    assert {a.user_id for a in store.answers} - {8} == {7}, "the earlier vote kept"
