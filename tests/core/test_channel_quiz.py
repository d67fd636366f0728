"""The channel quiz service against in-memory ports: timers on the clock, results posted whole."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

import pytest

from bot.core import views
from bot.core.channel_quiz import ChannelQuizService
from bot.core.clock import FakeClock
from bot.core.errors import QuizError
from bot.core.library import Library
from bot.core.quiz import GroupSession, QuizQuestion
from bot.core.replies import Reply
from bot.core.study import StudyService
from bot.core.testing import InMemoryPublisher, InMemorySessionStore

ROOT = Path(__file__).parent.parent.parent
CHANNEL, STARTER = 500, 1


class PlainFaces:
    """Questions with plain actions and players named `player <id>`."""

    def question(self, session: GroupSession) -> Reply:
        return views.question_reply(
            session.current(), session.index + 1, len(session.questions), action_prefix="q:"
        )

    def closed(self, shown: Reply, asked: QuizQuestion) -> Reply:
        return Reply(shown.pages, views.marked_buttons(asked, "x:"))

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        return {u: f"player {u}" for u in user_ids}


def service(tmp_path: Path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "mini.yaml").write_bytes((ROOT / "tests/fixtures/mini_briefing.yaml").read_bytes())
    library = Library(folder)
    library.reload()
    clock, store, publisher = FakeClock(), InMemorySessionStore(), InMemoryPublisher()
    study = StudyService(library, clock, store)  # type: ignore[arg-type]
    return ChannelQuizService(study, publisher, clock, PlainFaces()), clock, store, publisher


def right(session: GroupSession) -> str:
    qq = session.current()
    return qq.right_key or qq.question.answer_text


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


async def test_a_timed_question_closes_when_the_clock_says_so(tmp_path):
    quizzes, clock, store, publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=20
    )
    await quizzes.post_first(session.session_id)
    await settle()  # the timer is waiting on the clock
    assert not (await quizzes.answer(session.session_id, 7, right(session), 0)).changed
    clock.advance(19)
    await settle()
    assert session.index == 0, "not closed before its time"
    clock.advance(1)
    await settle()
    assert session.index == 1
    assert any("Right: player 7" in t for t in publisher.texts(CHANNEL))
    assert [(a.user_id, a.correct) for a in store.answers] == [(7, True)]
    clock.advance(20)
    await settle()
    assert session.finished and session.session_id not in quizzes.live
    assert "Final table" in publisher.texts(CHANNEL)[-1]
    await quizzes.stop()


async def test_only_the_starter_or_a_moderator_closes_an_untimed_question(tmp_path):
    quizzes, _clock, _store, publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=1, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    with pytest.raises(QuizError, match="Only whoever started"):
        quizzes.closable(session.session_id, 0, 77, moderator=False)
    await quizzes.close(quizzes.closable(session.session_id, 0, 77, moderator=True))
    with pytest.raises(QuizError, match="ended"):
        quizzes.closable(session.session_id, 0, STARTER, moderator=False)
    assert "Nobody answered." in publisher.texts(CHANNEL)[-1]


async def test_a_final_table_of_150_players_is_published_page_by_page(tmp_path):
    quizzes, _clock, _store, publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=1, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    for user_id in range(1000, 1150):
        await quizzes.answer(session.session_id, user_id, right(session), 0)
    await quizzes.close(quizzes.closable(session.session_id, 0, STARTER, moderator=False))
    tables = [t for t in publisher.texts(CHANNEL) if t.startswith("Final table")]
    assert len(tables) >= 2
    posted = "\n".join(tables)
    assert all(f"player {u}:" in posted for u in range(1000, 1150))
