"""The study service: quizzes, answers, review and progress, the same for every adapter.

Adapters (console, Discord) call this and render what it returns. Live sessions are kept in
memory; with a progress store attached, every answer is committed (with its new review
schedule) before the call returns, so an answer a student was told about is never lost, and a
solo quiz is rebuilt from the store after a restart.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.clock import Clock
from bot.core.content.ports import QuizVersions
from bot.core.errors import NotFound, NotSaved, QuizError
from bot.core.library import Shelf
from bot.core.models import Briefing, Difficulty
from bot.core.ports import ProgressStore
from bot.core.progress import (
    AnswerRecord,
    LeaderboardEntry,
    ReviewState,
    ScoreSummary,
)
from bot.core.quiz import AnswerResult, GroupSession, QuestionResult, SoloSession
from bot.core.review import ReviewScheduler

__all__ = ["ProgressStore", "Started", "StudyService"]

log = logging.getLogger(__name__)

SESSION_LIFETIME = timedelta(days=1)
EXPECTED_SECONDS = 20.0


@dataclass(frozen=True, slots=True)
class Started:
    """A newly started solo quiz; `more_due` counts review questions left in other briefings."""

    session: SoloSession
    briefing: Briefing
    more_due: int = 0


class StudyService:
    """Starts and runs quizzes over a library; one instance per running bot."""

    def __init__(
        self,
        library: Shelf,
        clock: Clock,
        store: ProgressStore | None = None,
        scheduler: ReviewScheduler | None = None,
        versions: QuizVersions | None = None,
    ) -> None:
        self.library = library
        self.versions = versions
        self.clock = clock
        self.store = store
        self.scheduler = scheduler or ReviewScheduler()
        self.solo: dict[str, SoloSession] = {}
        self.group: dict[str, GroupSession] = {}

    @staticmethod
    def new_id() -> str:
        """A short random session id that fits in a Discord custom id."""
        return secrets.token_hex(6)

    # ----- solo quizzes -----

    async def start_solo(
        self,
        user_id: int,
        briefing_query: str | None,
        *,
        count: int = 5,
        difficulty: Difficulty | None = None,
        only: Sequence[str] | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
    ) -> Started:
        """Start a private quiz for one student (saved, so it survives a restart)."""
        briefing = self.library.find(briefing_query)
        now = self.clock.now()
        session = SoloSession.start(
            self.new_id(),
            user_id,
            briefing,
            count=count,
            difficulty=difficulty,
            only=only,
            seed=secrets.randbits(32),
            now=now,
        )
        self.solo[session.session_id] = session
        if self.store is not None:
            await self.store.save_session(
                session.session_id,
                "solo",
                user_id,
                guild_id,
                channel_id,
                json.dumps(session.to_state()),
                now + SESSION_LIFETIME,
            )
        if self.versions is not None:
            await self.versions.note_session(session.session_id, briefing.id)
        return Started(session, briefing)

    async def solo_session(self, session_id: str) -> SoloSession:
        """A live solo session, rebuilt from the store after a restart; QuizError if ended."""
        session = self.solo.get(session_id)
        if session is None and self.store is not None:
            session = await self._restore(session_id)
        if session is None:
            raise QuizError("This quiz has ended: start a new one with /quiz.")
        return session

    async def _restore(self, session_id: str) -> SoloSession | None:
        assert self.store is not None
        stored = await self.store.load_session(session_id, self.clock.now())
        if stored is None or stored.kind != "solo":
            return None
        state = json.loads(stored.state)
        try:
            briefing = await self._briefing_of(session_id, state["briefing_id"])
            session = SoloSession.from_state({**state, "answers": []}, briefing)
        except (NotFound, QuizError):
            return None
        for record in await self.store.session_answers(session_id):
            if session.finished or record.question_id != session.current().question.id:
                break
            session.replay(record.correct, record.seconds, record.answered_at)
        self.solo[session_id] = session
        return session

    async def _briefing_of(self, session_id: str, briefing_id: str) -> Briefing:
        """The briefing a saved quiz was started on (its version, for a server's own)."""
        if self.versions is None:
            return self.library.get(briefing_id)
        return await self.versions.briefing_of_session(session_id, briefing_id)

    async def answer_solo(
        self,
        session_id: str,
        user_id: int,
        text: str,
        *,
        guild_id: int | None = None,
        question_index: int | None = None,
    ) -> AnswerResult:
        """Answer the current question of a solo quiz; committed before it returns."""
        session = await self.solo_session(session_id)
        now = self.clock.now()
        result = session.judge_answer(user_id, text, now, question_index)
        await self._record(session.session_id, user_id, guild_id, result, now)
        session.accept(result, now)
        return result

    async def _record(
        self,
        session_id: str,
        user_id: int,
        guild_id: int | None,
        result: AnswerResult,
        now: datetime,
        expected_seconds: float = EXPECTED_SECONDS,
    ) -> None:
        if self.store is None:
            return
        qq = result.quiz_question
        scheduler = self.scheduler

        def review(previous: ReviewState | None) -> ReviewState:
            # Called by the store inside the answer's transaction, with the stored state.
            return scheduler.answer(
                previous,
                correct=result.correct,
                seconds=result.seconds,
                expected_seconds=expected_seconds,
                now=now,
            )

        record = AnswerRecord(
            user_id=user_id,
            guild_id=guild_id,
            briefing_id=qq.briefing_id,
            question_id=qq.question.id,
            section_id=qq.section_id,
            correct=result.correct,
            seconds=result.seconds,
            answered_at=now,
            session_id=session_id,
        )
        try:
            await self.store.record_answer(record, review)
        except Exception as exc:  # any store failure: nothing changed, the user may retry
            # One line, no traceback: an outage is expected weather, and the user is told to retry.
            log.warning("committing an answer of session %s failed: %r", session_id, exc)
            raise NotSaved("Your answer could not be saved just now: please try again.") from exc

    async def end_solo(self, session_id: str) -> SoloSession:
        """Forget a solo session (finished or stopped) and return it for its summary."""
        session = await self.solo_session(session_id)
        self.solo.pop(session_id, None)
        if self.store is not None:
            await self.store.end_session(session_id)
        return session

    async def start_retry(self, user_id: int, session_id: str) -> Started:
        """A quiz of the questions this user missed in one earlier quiz."""
        records = await self._need_store().session_answers(session_id)
        mine = [r for r in records if r.user_id == user_id]
        missed = list(dict.fromkeys(r.question_id for r in mine if not r.correct))
        if not missed:
            raise NotFound("Nothing to retry: you answered every question of that quiz right.")
        briefing_id = mine[0].briefing_id
        return await self.start_solo(user_id, briefing_id, count=len(missed), only=missed)

    async def start_review(self, user_id: int, *, count: int = 10) -> Started:
        """A quiz of the questions this user is due to review, from the briefing with most due."""
        if self.store is None:
            raise NotFound("Review needs the progress store, which is not configured.")
        due = await self.store.due_reviews(user_id, self.clock.now(), limit=200)
        loaded = set(self.library.ids())
        by_briefing = Counter(d.briefing_id for d in due if d.briefing_id in loaded)
        if not by_briefing:
            raise NotFound("Nothing is due for review right now. Take a /quiz and come back later.")
        briefing_id, _ = by_briefing.most_common(1)[0]
        wanted = [d.question_id for d in due if d.briefing_id == briefing_id]
        briefing = self.library.get(briefing_id)
        known = {q.id for q in briefing.questions}
        wanted = [q for q in wanted if q in known][:count]
        started = await self.start_solo(user_id, briefing_id, count=len(wanted), only=wanted)
        return Started(started.session, started.briefing, sum(by_briefing.values()) - len(wanted))

    # ----- channel quizzes -----

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

    async def close_group_question(
        self, session: GroupSession, guild_id: int | None
    ) -> QuestionResult:
        """Close the open question and commit every player's final answer."""
        now = self.clock.now()
        asked = session.current()
        votes = session.final_votes()
        result = session.close_question(now)
        expected = float(session.timer_seconds or EXPECTED_SECONDS)
        for user_id, answer in votes.items():
            await self._record(
                session.session_id,
                user_id,
                guild_id,
                AnswerResult(asked, answer.text, answer.key, answer.correct, answer.seconds),
                now,
                expected,
            )
        if session.finished:
            self.group.pop(session.session_id, None)
        return result

    # ----- housekeeping -----

    async def purge_expired(self) -> int:
        """Forget sessions that are over or expired, in the store and in memory.

        Returns how many live sessions were forgotten from memory.

        A solo quiz lives `SESSION_LIFETIME` from its start (the store drops it then too); a
        finished one nobody closed, and an abandoned channel quiz, go at the same age.
        """
        now = self.clock.now()
        cutoff = now - SESSION_LIFETIME
        solo = [k for k, v in self.solo.items() if v.started_at <= cutoff]
        group = [k for k, v in self.group.items() if v.finished or v.started_at <= cutoff]
        if self.store is not None:
            await self.store.purge_expired_sessions(now)
        for key in solo:
            self.solo.pop(key, None)
        for key in group:
            self.group.pop(key, None)
        return len(solo) + len(group)

    # ----- progress -----

    def _need_store(self) -> ProgressStore:
        if self.store is None:
            raise NotFound("Progress needs the progress store, which is not configured.")
        return self.store

    async def score(self, user_id: int, guild_id: int | None) -> ScoreSummary:
        """A user's progress, in one server or everywhere."""
        return await self._need_store().score(user_id, guild_id, self.clock.now())

    async def leaderboard(
        self, guild_id: int, user_id: int, *, week: bool = False, limit: int = 10
    ) -> tuple[list[LeaderboardEntry], LeaderboardEntry | None]:
        """The top learners (all time, or this week: since Monday, UTC) and the caller's row."""
        store = self._need_store()
        this_week = self.clock.now().astimezone(UTC).date() if week else None
        top = await store.leaderboard(guild_id, this_week, limit)
        return top, await store.rank_of(guild_id, user_id, this_week)

    async def export(self, user_id: int) -> bytes:
        """Everything kept about a user, as JSON."""
        rows = await self._need_store().export_user(user_id)
        return json.dumps({"user_id": user_id, "records": rows}, indent=2, default=str).encode()

    async def forget(self, user_id: int) -> int:
        """Delete everything kept about a user; returns how many records went."""
        for session_id in [s for s, v in self.solo.items() if v.user_id == user_id]:
            self.solo.pop(session_id, None)
        return await self._need_store().forget_user(user_id)
