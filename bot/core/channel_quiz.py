"""The channel quiz as a use case: its live quizzes, their timers, closing and standings.

An adapter parses an event and makes one call here; everything the channel sees is posted
through the `Publisher` port, every page of it. The timer of a timed question runs on the
injected clock (`clock.sleep`), so tests move time instead of waiting. How a question, a
closed question and a player's name look is the adapter's (`ChannelQuizFaces`): it knows its
buttons' ids and how to name a user.

Answers are judged when clicked and committed when the question closes (the latest answer
wins until then). Seam for committing each answer at click time: `answer` is the one place a
vote is taken; committing it there (an upsert keyed by session, user and question) is the
follow-up, see README "Architecture".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.core import views
from bot.core.clock import Clock
from bot.core.errors import InvalidInput, QuizError
from bot.core.models import Difficulty
from bot.core.ports import Publisher
from bot.core.quiz import GroupSession, QuizQuestion
from bot.core.replies import Reply
from bot.core.study import StudyService
from bot.core.wording import plain

__all__ = [
    "MAX_TIMER",
    "MIN_TIMER",
    "ChannelQuiz",
    "ChannelQuizFaces",
    "ChannelQuizService",
    "Receipt",
]

MIN_TIMER, MAX_TIMER = 5, 600
"""Seconds per question a timed channel quiz may have."""


@dataclass(frozen=True, slots=True)
class Receipt:
    """A player's answer as taken: the option (or typed text) shown back, and if it changed."""

    shown: str
    changed: bool


log = logging.getLogger(__name__)


class ChannelQuizFaces(Protocol):
    """How the adapter shows a channel quiz: its questions and its players."""

    def question(self, session: GroupSession) -> Reply:
        """The open question, with buttons that reach the adapter's handlers."""
        ...

    def closed(self, shown: Reply, asked: QuizQuestion) -> Reply:
        """A posted question once closed: the right option marked, nothing clickable."""
        ...

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        """How each player is named in results."""
        ...


@dataclass(slots=True)
class ChannelQuiz:
    """A live channel quiz: where it is posted, who started it, and its open question."""

    session: GroupSession
    channel_id: int
    starter_id: int
    guild_id: int | None
    shown: Reply | None = None
    message_id: int | None = None
    timer: asyncio.Task[None] | None = None


class ChannelQuizService:
    """Starts, answers, closes and finishes channel quizzes; one per running bot."""

    def __init__(
        self, study: StudyService, publisher: Publisher, clock: Clock, faces: ChannelQuizFaces
    ) -> None:
        self.study = study
        self.publisher = publisher
        self.clock = clock
        self.faces = faces
        self.live: dict[str, ChannelQuiz] = {}

    async def start(
        self,
        briefing_query: str | None,
        *,
        channel_id: int,
        starter_id: int,
        guild_id: int | None,
        count: int = 5,
        difficulty: Difficulty | None = None,
        timer_seconds: int | None = 20,
    ) -> GroupSession:
        """Start a quiz in a channel; the caller announces it, then calls `post_first`.

        One quiz per channel at a time; a timer is 0 (None: untimed) or at least `MIN_TIMER`.
        Questions the server hid (after a question report) are not asked.
        """
        if timer_seconds is not None and not MIN_TIMER <= timer_seconds <= MAX_TIMER:
            raise InvalidInput(
                f"A question timer is {MIN_TIMER} to {MAX_TIMER} seconds (or 0 for an untimed "
                "quiz, where the starter closes each question)."
            )
        if any(q.channel_id == channel_id and not q.session.finished for q in self.live.values()):
            raise QuizError(
                "A quiz is already running in this channel: join in, or wait until it ends "
                "(whoever started it, or a moderator, can stop it)."
            )
        briefing = self.study.library.find(briefing_query)
        session = self.study.start_group(
            briefing.id,
            count=count,
            difficulty=difficulty,
            timer_seconds=timer_seconds,
            hidden=await self.study.hidden_questions(guild_id, briefing.id),
        )
        self.live[session.session_id] = ChannelQuiz(session, channel_id, starter_id, guild_id)
        return session

    async def post_first(self, session_id: str) -> None:
        """Post the first question of a started quiz and start its timer."""
        await self._post_question(self._live(session_id))

    def _live(self, session_id: str) -> ChannelQuiz:
        try:
            self.study.group_session(session_id)  # the study service owns the session
        except QuizError:
            self.live.pop(session_id, None)  # ended or purged there: forget where it was
            raise
        quiz = self.live.get(session_id)
        if quiz is None or quiz.session.finished:
            raise QuizError("This quiz has ended: start a new one with /quiz.")
        return quiz

    def session(self, session_id: str) -> GroupSession:
        """The live quiz's session; QuizError when it has ended."""
        return self._live(session_id).session

    async def answer(self, session_id: str, user_id: int, text: str, index: int) -> Receipt:
        """Take (or change) a player's answer: what they chose, and whether it replaced one."""
        session = self.session(session_id)
        qq = session.current()
        changed = session.answer(user_id, text, self.clock.now(), index)
        key = session.final_votes()[user_id].key
        if key in qq.keys:
            option = qq.options[qq.keys.index(key)]
            shown = option if qq.question.kind == "truefalse" else f"{key}) {option}"
        else:
            shown = plain(text)
        return Receipt(shown, changed)

    def stoppable(self, session_id: str, user_id: int, *, moderator: bool) -> ChannelQuiz:
        """The quiz `user_id` may stop now (its starter or a moderator); QuizError if not."""
        quiz = self._live(session_id)
        if quiz.starter_id != user_id and not moderator:
            raise QuizError("Only whoever started this quiz (or a moderator) can stop it.")
        return quiz

    async def stop_quiz(self, quiz: ChannelQuiz) -> None:
        """End a quiz early: the open question closes unscored, the final table is posted."""
        session = quiz.session
        if quiz.timer is not None:
            quiz.timer.cancel()
        session.stop(self.clock.now())
        self.study.end_group(session.session_id)
        self.live.pop(session.session_id, None)
        if quiz.message_id is not None and quiz.shown is not None:
            try:
                await self.publisher.edit(quiz.channel_id, quiz.message_id, Reply(quiz.shown.pages))
            except Exception as exc:  # the table still goes out
                log.warning("could not close the stopped quiz %s: %s", session.session_id, exc)
        await self._post_table(quiz, "Quiz stopped: final table")

    def closable(
        self, session_id: str, index: int, user_id: int, *, moderator: bool
    ) -> ChannelQuiz:
        """The quiz whose untimed question `user_id` may close now (its starter or a moderator).

        Raises QuizError with the reason when they may not; then call `close`.
        """
        quiz = self._live(session_id)
        if quiz.starter_id != user_id and not moderator:
            raise QuizError("Only whoever started this quiz (or a moderator) can close a question.")
        if index != quiz.session.index:
            raise QuizError("That question is already closed.")
        return quiz

    async def close(self, quiz: ChannelQuiz) -> None:
        """Close the open question: commit the answers, mark it, post results, go on."""
        session = quiz.session
        asked = session.current()
        result = await self.study.close_group_question(session, quiz.guild_id)
        if quiz.message_id is not None and quiz.shown is not None:
            try:
                closed = self.faces.closed(quiz.shown, asked)
                await self.publisher.edit(quiz.channel_id, quiz.message_id, closed)
            except Exception as exc:  # the results still go out
                log.warning("could not mark question %s as closed: %s", session.session_id, exc)
        names = self.faces.names((*result.right, *result.wrong))
        await self.publisher.post(quiz.channel_id, views.group_result_reply(result, names))
        if not session.finished:
            await self._post_question(quiz)
            return
        self.live.pop(session.session_id, None)
        await self._post_table(quiz, "Final table")

    async def _post_table(self, quiz: ChannelQuiz, title: str) -> None:
        session = quiz.session
        rows = session.standings()
        names = self.faces.names(r.user_id for r in rows)
        table = views.standings_reply(rows, names, title, asked=len(session.results))
        await self.publisher.post(quiz.channel_id, table)

    async def _post_question(self, quiz: ChannelQuiz) -> None:
        quiz.shown = self.faces.question(quiz.session)
        posted = await self.publisher.post(quiz.channel_id, quiz.shown)
        quiz.message_id = posted.button_message_id
        if quiz.session.timer_seconds is not None:
            quiz.timer = asyncio.create_task(self._close_later(quiz, quiz.session.index))

    async def _close_later(self, quiz: ChannelQuiz, index: int) -> None:
        assert quiz.session.timer_seconds is not None
        await self.clock.sleep(quiz.session.timer_seconds)
        if quiz.session.index == index and not quiz.session.finished:
            try:
                await self.close(quiz)
            except Exception:
                log.exception(
                    "closing question %s of quiz %s failed", index, quiz.session.session_id
                )

    async def stop(self) -> None:
        """Stop every question timer (on shutdown)."""
        timers = [q.timer for q in self.live.values() if q.timer is not None]
        for timer in timers:
            timer.cancel()
        await asyncio.gather(*timers, return_exceptions=True)
