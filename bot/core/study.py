"""The study service: starting quizzes and answering them, the same for every adapter.

Adapters (console, Discord) call this and render what it returns. It keeps live sessions in
memory and, when a progress store is attached, records every answer durably before returning
it, so an answer a student was told about is never lost.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.clock import Clock
from bot.core.errors import QuizError
from bot.core.library import Library
from bot.core.models import Briefing, Difficulty
from bot.core.quiz import AnswerResult, GroupSession, SoloSession

__all__ = ["AnswerSink", "Started", "StudyService"]


class AnswerSink(Protocol):
    """Where answered questions go (the progress store); optional for the engine."""

    async def answered(
        self,
        session: SoloSession | GroupSession,
        user_id: int,
        guild_id: int | None,
        result: AnswerResult,
    ) -> None:
        """Record one answer durably; return only once it is safe."""
        ...


@dataclass(frozen=True, slots=True)
class Started:
    """A newly started solo quiz."""

    session: SoloSession
    briefing: Briefing


class StudyService:
    """Starts and runs quizzes over a library; one instance per running bot."""

    def __init__(self, library: Library, clock: Clock, sink: AnswerSink | None = None) -> None:
        self.library = library
        self.clock = clock
        self.sink = sink
        self.solo: dict[str, SoloSession] = {}
        self.group: dict[str, GroupSession] = {}

    @staticmethod
    def new_id() -> str:
        """A short random session id that fits in a Discord custom id."""
        return secrets.token_hex(6)

    def start_solo(
        self,
        user_id: int,
        briefing_query: str | None,
        *,
        count: int = 5,
        difficulty: Difficulty | None = None,
        only: Sequence[str] | None = None,
    ) -> Started:
        """Start a private quiz for one student."""
        briefing = self.library.find(briefing_query)
        session = SoloSession.start(
            self.new_id(),
            user_id,
            briefing,
            count=count,
            difficulty=difficulty,
            only=only,
            seed=secrets.randbits(32),
            now=self.clock.now(),
        )
        self.solo[session.session_id] = session
        return Started(session, briefing)

    def solo_session(self, session_id: str) -> SoloSession:
        """A live solo session; raises QuizError when it has ended or is unknown."""
        session = self.solo.get(session_id)
        if session is None:
            raise QuizError("This quiz has ended: start a new one with /quiz.")
        return session

    async def answer_solo(
        self,
        session_id: str,
        user_id: int,
        text: str,
        *,
        guild_id: int | None = None,
        question_index: int | None = None,
    ) -> AnswerResult:
        """Answer the current question of a solo quiz; recorded before it returns."""
        session = self.solo_session(session_id)
        result = session.answer(user_id, text, self.clock.now(), question_index)
        if self.sink is not None:
            await self.sink.answered(session, user_id, guild_id, result)
        return result

    def end_solo(self, session_id: str) -> SoloSession:
        """Forget a solo session (finished or stopped) and return it for its summary."""
        session = self.solo_session(session_id)
        del self.solo[session_id]
        return session

    def start_group(
        self,
        briefing_query: str | None,
        *,
        count: int = 5,
        difficulty: Difficulty | None = None,
        timer_seconds: int | None = 20,
    ) -> GroupSession:
        """Start a channel quiz; its first question is open."""
        briefing = self.library.find(briefing_query)
        session = GroupSession.start(
            self.new_id(),
            briefing,
            count=count,
            difficulty=difficulty,
            timer_seconds=timer_seconds,
            seed=secrets.randbits(32),
            now=self.clock.now(),
        )
        self.group[session.session_id] = session
        return session

    def group_session(self, session_id: str) -> GroupSession:
        """A live channel quiz; raises QuizError when it has ended or is unknown."""
        session = self.group.get(session_id)
        if session is None:
            raise QuizError("This quiz has ended: start a new one with /quiz.")
        return session
