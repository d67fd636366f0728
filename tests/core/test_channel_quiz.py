"""The channel quiz service against in-memory ports: timers on the clock, results posted whole."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core import views
from bot.core.channel_quiz import ChannelQuizService
from bot.core.clock import FakeClock
from bot.core.errors import NotSaved, QuizError
from bot.core.library import Library
from bot.core.quiz import GroupSession, QuizQuestion
from bot.core.replies import Reply
from bot.core.review import ReviewScheduler
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

    def closed_at(self, session: GroupSession, index: int) -> Reply:
        asked = session.questions[index]
        shown = views.question_reply(asked, index + 1, len(session.questions), action_prefix="q:")
        return self.closed(shown, asked)

    def stopped(self, shown: Reply) -> Reply:
        return Reply(shown.pages)

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        return {u: f"player {u}" for u in user_ids}


def service(tmp_path: Path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "mini.yaml").write_bytes((ROOT / "tests/fixtures/mini_briefing.yaml").read_bytes())
    library = Library(folder)
    library.reload()
    clock, store, publisher = FakeClock(), InMemorySessionStore(), InMemoryPublisher()
    study = StudyService(library, clock, store.repositories())
    return ChannelQuizService(study, publisher, clock, PlainFaces()), clock, store, publisher


def right(session: GroupSession) -> str:
    qq = session.current()
    return qq.right_key or qq.question.answer_text


def wrong(session: GroupSession) -> str:
    qq = session.current()
    others = [k for k in qq.keys if k != qq.right_key] if qq.right_key else []
    return others[0] if others else "surely not this"


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
    await quizzes.close(quizzes.closable(session.session_id, 0, 77, moderator=True), 0)
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
    await quizzes.close(quizzes.closable(session.session_id, 0, STARTER, moderator=False), 0)
    tables = [t for t in publisher.texts(CHANNEL) if t.startswith("Final table")]
    assert len(tables) >= 2
    posted = "\n".join(tables)
    assert all(f"player {u}:" in posted for u in range(1000, 1150))


async def restarted(tmp_path: Path, store: InMemorySessionStore, clock: FakeClock):
    """A second service on the same store and clock, as after a restart of the bot."""
    library = Library(tmp_path / "content")
    library.reload()
    publisher = InMemoryPublisher()
    study = StudyService(library, clock, store.repositories())
    return ChannelQuizService(study, publisher, clock, PlainFaces()), publisher


async def test_a_vote_is_committed_before_it_is_acknowledged_and_the_latest_wins(tmp_path):
    quizzes, _clock, store, _publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    store.outage = 1
    with pytest.raises(NotSaved):
        await quizzes.answer(session.session_id, 7, wrong(session), 0)
    assert session.final_votes() == {}, "nothing taken that was not committed"
    retried = await quizzes.answer(session.session_id, 7, wrong(session), 0)
    assert not retried.changed, "the retry works"
    assert (await quizzes.answer(session.session_id, 7, right(session), 0)).changed, "a change"
    votes = [s for s in store.sessions.values() if s.kind == "channel-vote"]
    assert len(votes) == 1 and '"correct": true' in votes[0].state, "one row, the latest"
    await quizzes.close(quizzes.closable(session.session_id, 0, STARTER, moderator=False), 0)
    assert [(a.user_id, a.correct) for a in store.answers] == [(7, True)]
    assert not [s for s in store.sessions.values() if s.kind == "channel-vote"]


async def test_an_open_quiz_is_resumed_after_a_restart_with_its_committed_votes(tmp_path):
    quizzes, clock, store, _publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=20
    )
    await quizzes.post_first(session.session_id)
    await settle()
    await quizzes.answer(session.session_id, 7, right(session), 0)
    clock.advance(20)
    await settle()  # question 1 closed: 7 has points
    await quizzes.answer(session.session_id, 8, right(session), 1)
    await quizzes.stop()  # the process dies: memory gone, the store stays

    again, publisher2 = await restarted(tmp_path, store, clock)
    assert await again.resume() == 1
    assert any("goes on" in t for t in publisher2.texts(CHANNEL)), "a word to the players"
    resumed = again.session(session.session_id)
    assert set(resumed.final_votes()) == {8}, "the acknowledged vote is back"
    await again.answer(session.session_id, 9, wrong(resumed), 1)  # old buttons work
    clock.advance(20)
    await settle()
    assert resumed.finished
    assert sorted((a.user_id, a.correct) for a in store.answers) == [
        (7, True),
        (8, True),
        (9, False),
    ]
    final = publisher2.texts(CHANNEL)[-1]
    assert "Final table" in final and "player 7" in final and "player 8" in final
    assert not store.sessions, "nothing left open"


async def test_forgetme_removes_a_pending_channel_answer(tmp_path):
    quizzes, _clock, store, publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=1, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    await quizzes.answer(session.session_id, 7, right(session), 0)
    await quizzes.answer(session.session_id, 8, right(session), 0)
    await quizzes.study.forget(7)
    await quizzes.close(quizzes.closable(session.session_id, 0, STARTER, moderator=False), 0)
    assert [a.user_id for a in store.answers] == [8], "no resurrection"
    assert "player 7" not in publisher.texts(CHANNEL)[-1]


async def test_a_refused_post_stops_the_quiz_and_tells_the_starter(tmp_path):
    quizzes, clock, store, publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=20
    )
    await quizzes.post_first(session.session_id)
    await settle()
    await quizzes.answer(session.session_id, 7, right(session), 0)
    publisher.refused.add(CHANNEL)  # the bot lost Send Messages in the channel
    clock.advance(20)
    await settle()
    assert session.session_id not in quizzes.live, "the session is closed, not left in memory"
    told = "\n".join(f"{p.title}\n{p.body}" for p in publisher.directs[STARTER])
    assert "stopped" in told and "player 7" in told, "the starter hears why, with the standings"
    assert [(a.user_id, a.correct) for a in store.answers] == [(7, True)], "answers kept"
    assert not store.sessions
    with pytest.raises(QuizError):
        await quizzes.answer(session.session_id, 8, right(session), 1)


async def test_a_quiz_resumed_after_a_restart_speaks_its_servers_language(tmp_path):
    quizzes, clock, store, _publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=20
    )
    await quizzes.post_first(session.session_id)
    await settle()
    await quizzes.answer(session.session_id, 7, right(session), 0)
    await quizzes.stop()

    library = Library(tmp_path / "content")
    library.reload()
    publisher = InMemoryPublisher()
    study = StudyService(library, clock, store.repositories())

    async def french(guild_id: int) -> str | None:
        return "fr" if guild_id == 9 else None

    again = ChannelQuizService(study, publisher, clock, PlainFaces(), server_language=french)
    assert await again.resume() == 1
    assert any(t.startswith("Ce quiz de salon continue") for t in publisher.texts(CHANNEL))
    clock.advance(20)  # the question closes on the resumed timer, still in French
    await settle()
    clock.advance(20)
    await settle()
    assert publisher.texts(CHANNEL)[-1].startswith("Classement final")


async def test_forgetme_by_the_starter_keeps_the_quiz_going_for_the_others_without_them(tmp_path):
    quizzes, _clock, store, _publisher = service(tmp_path)
    ana = 424242  # an id no other number in the saved state contains
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=ana, guild_id=9, count=3, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    await quizzes.answer(session.session_id, ana, right(session), 0)
    await quizzes.answer(session.session_id, 8, right(session), 0)
    await quizzes.close(quizzes.closable(session.session_id, 0, ana, moderator=False), 0)
    await quizzes.answer(session.session_id, ana, right(session), 1)

    await quizzes.study.forget(ana)
    assert all(s.owner_id != ana for s in store.sessions.values())
    with pytest.raises(QuizError):  # nobody is its starter now: a moderator closes it
        quizzes.closable(session.session_id, 1, ana, moderator=False)
    await quizzes.answer(session.session_id, 8, wrong(session), 1)
    await quizzes.close(quizzes.closable(session.session_id, 1, 99, moderator=True), 1)

    kept = [s for s in store.sessions.values() if s.session_id == session.session_id]
    assert kept, "the quiz is still saved for the others"
    assert all(s.owner_id != ana and str(ana) not in s.state for s in store.sessions.values()), (
        "nothing about the starter is written back by the next save"
    )
    assert [(a.user_id, a.correct) for a in store.answers] == [(8, True), (8, False)]
    assert session.index == 2 and not session.finished, "the quiz goes on to its third question"


@pytest.mark.parametrize(
    ("language", "moderator_closes", "starter_closes"),
    [
        (None, "until a moderator closes it", "until its starter closes it"),
        ("fr", "jusqu'à ce qu'un modérateur la close", "la personne qui a lancé le quiz"),
    ],
)
async def test_a_resumed_quiz_whose_starter_was_forgotten_says_a_moderator_closes_it(
    tmp_path, language, moderator_closes, starter_closes
):
    quizzes, clock, store, _publisher = service(tmp_path)
    ana = 424242
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=ana, guild_id=9, count=2, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    await quizzes.answer(session.session_id, 8, right(session), 0)
    await quizzes.study.forget(ana)
    await quizzes.stop()

    library = Library(tmp_path / "content")
    library.reload()
    publisher = InMemoryPublisher()
    study = StudyService(library, clock, store.repositories())

    async def chosen(guild_id: int) -> str | None:
        return language

    again = ChannelQuizService(study, publisher, clock, PlainFaces(), server_language=chosen)
    assert await again.resume() == 1
    note = "\n".join(publisher.texts(CHANNEL))
    assert moderator_closes in note and starter_closes not in note, note
    with pytest.raises(QuizError):  # and indeed nobody but a moderator may close it
        again.closable(session.session_id, 0, ana, moderator=False)
    again.closable(session.session_id, 0, 99, moderator=True)


async def test_a_players_fast_right_first_pick_comes_back_in_ten_minutes(tmp_path):
    """A right pick at once is rated Good, as in a solo quiz: a pick may be a lucky guess, and
    a first answer is not yet a memory (Easy would send it eight days away)."""
    quizzes, clock, store, _publisher = service(tmp_path)
    quizzes.study.scheduler = ReviewScheduler(fuzz=False)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=1, timer_seconds=20
    )
    await quizzes.post_first(session.session_id)
    await settle()
    await quizzes.answer(session.session_id, 7, right(session), 0)
    clock.advance(20)
    await settle()

    assert [(a.user_id, a.correct, a.seconds) for a in store.answers] == [(7, True, 0.0)]
    assert [s.due - clock.now() for s in store.reviews.values()] == [timedelta(minutes=10)]
    await quizzes.stop()


async def test_the_answer_box_of_a_closed_question_does_not_open_under_the_next_prompt(tmp_path):
    """A question's "Answer" button still shown after it closed (its close's edit lost, a
    restart between): the player is told it closed before typing anything, never handed a
    box headed by the next question's words for an answer that would be refused."""
    quizzes, _clock, _store, _publisher = service(tmp_path)
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=9, count=2, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    first = quizzes.typing_at(session.session_id, 9, CHANNEL, 0)
    assert first is session.current()
    await quizzes.close(quizzes.closable(session.session_id, 0, STARTER, moderator=False), 0)
    with pytest.raises(QuizError, match="closed"):
        quizzes.typing_at(session.session_id, 9, CHANNEL, 0)
    assert quizzes.typing_at(session.session_id, 9, CHANNEL, 1) is session.current()
    with pytest.raises(QuizError, match="another channel"):
        quizzes.typing_at(session.session_id, 9, CHANNEL + 1, 1)
    await quizzes.stop()
