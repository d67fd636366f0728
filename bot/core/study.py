"""The study service: quizzes, answers, review and progress, the same for every adapter.

Adapters (console, Discord) call this and render what it returns. Live sessions are kept in
memory; with a progress store attached, every answer is committed (with its new review
schedule) before the call returns, so an answer a student was told about is never lost, and a
solo quiz is rebuilt from the store after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import json
import logging
import secrets
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from bot.core.answer_tables import typed_answers_ready
from bot.core.class_quiz import OverrideSource, ended, given_text
from bot.core.clock import Clock
from bot.core.content.ports import QuizVersions
from bot.core.content.records import KEY_SEPARATOR
from bot.core.content.removed import RemovedLookup
from bot.core.errors import NotFound, NotSaved, QuizError
from bot.core.library import Shelf
from bot.core.models import Briefing, Difficulty
from bot.core.ports import Repositories
from bot.core.preferences import PreferencesService, current_preferences
from bot.core.progress import (
    Accuracy,
    AnswerRecord,
    DueReview,
    LeaderboardEntry,
    ReviewState,
    ScoreSummary,
)
from bot.core.question_reports import accepts
from bot.core.quiz import (
    AnswerResult,
    GroupSession,
    QuestionResult,
    SoloSession,
    players_own_state,
    quiz_ended,
)
from bot.core.reminders import student_zone
from bot.core.review import ReviewScheduler
from bot.core.unseen_saves import UnseenSaves
from bot.core.views import (
    find_section,
    has_exact_section,
    has_section,
    names_the_sections,
    only_holder,
)
from bot.i18n import _

__all__ = [
    "ComingBack",
    "NextReview",
    "NothingDue",
    "Picked",
    "SoloAnswer",
    "SoloAsk",
    "Started",
    "StudyService",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

FinishHook = Callable[[str, int | None], Awaitable[object]]
"""Called with (session id, server id) once a solo quiz's last answer is committed."""
SESSION_LIFETIME = timedelta(days=1)
EXPORT_NAME = "briefbot-mydata.json.gz"
"""The file name of a user's data export (gzip-compressed JSON)."""
COMING_BACK_WINDOW = timedelta(hours=1)
COMING_TOGETHER = timedelta(minutes=1)
"""Questions due this close to each other come back "together": one moment is said for them."""
HORIZON = timedelta(days=3650)
EXPECTED_SECONDS = 20.0


class ForgetListener(Protocol):
    """Something that keeps a user's id outside the study service (a channel quiz's starter):
    told before their data is deleted (`forgetting`, to stop keeping it) and after
    (`forgotten`, to save what it holds again without them)."""

    def forgetting(self, user_id: int) -> None:
        """Stop keeping `user_id` from now on."""
        ...

    async def forgotten(self, user_id: int) -> None:
        """`user_id`'s data was deleted: save again what was saved under them."""
        ...


@dataclass(frozen=True, slots=True)
class ComingBack:
    """The next review: `count` questions come back, all by `at` (those due within the hour
    after the first); `first`, when the first of them comes back well before `at` (else None)."""

    count: int
    at: datetime
    first: datetime | None = None


class Picked(StrEnum):
    """How `StudyService.briefing_for` picked a briefing no command option named."""

    NAMED = "named"
    """Named, or the only one loaded."""
    LATEST = "latest"
    """The briefing of the user's latest answer in this server."""
    HOLDER = "holder"
    """The only loaded briefing with the person or term asked for."""


@dataclass(frozen=True, slots=True)
class NextReview:
    """What comes next for review at the end of a quiz: `due` questions due now, or, with
    none due, when the next ones come back (`coming`; None when none will)."""

    due: int
    coming: ComingBack | None


@dataclass(frozen=True, slots=True)
class NothingDue:
    """/review found nothing due now; `coming` says when the next questions come back."""

    coming: ComingBack | None
    elsewhere: int = 0
    """Questions due from briefings this place cannot show (a server's own briefing is
    reviewed in that server, not in a direct message)."""


@dataclass(frozen=True, slots=True)
class SoloAnswer:
    """A judged solo answer whose commit is under way (`StudyService.judge_solo`)."""

    session: SoloSession
    result: AnswerResult
    """The verdict, as it will count once committed."""
    next_index: int
    """The session's question number once this answer counts (its length: the quiz is over)."""
    committed: asyncio.Future[AnswerResult]
    """The result once committed and counted (a concurrent click's result if that
    one was first); `NotSaved` if the commit failed, the question then still open."""
    flushing: asyncio.Future[None]
    """Done once work on the event loop no longer delays the commit (the commit's flush has
    begun in the SQLite writer's thread; at once on other stores), and at the latest when
    `committed` is: the moment to build the reply, which is shown only once committed."""
    already: bool = False
    """The question was answered before (a retry after a lost reply): `result` is the kept
    verdict, and what was given now is not counted."""

    @property
    def last(self) -> bool:
        """Whether this answer ends the quiz."""
        return self.next_index >= len(self.session.questions)


@dataclass(frozen=True, slots=True)
class Started:
    """A newly started solo quiz; `more_due` counts review questions left in other briefings."""

    session: SoloSession
    briefing: Briefing
    more_due: int = 0
    asked: SoloAsk | None = None
    """What was asked, for a retry to find this quiz should its student not see it."""


ASKED = "asked"
LEFT = "left"
"""In a saved solo quiz's state: its student left it mid-way (`leave_solo`), to take it up."""
"""The key under which a solo quiz's saved state keeps what its start asked for."""


def _asked_state(asked: SoloAsk) -> dict[str, object]:
    """What a solo start asked for, as saved beside its quiz (its user, briefing and server
    are the saved row's own)."""
    only = None if asked.only is None else list(asked.only)
    state: dict[str, object] = {"count": asked.count, "difficulty": asked.difficulty, "only": only}
    if asked.review:
        state["review"] = True
    return state


@dataclass(frozen=True, slots=True)
class SoloAsk:
    """What a solo start asked for: the same again is its retry (`StudyService.start_solo`).

    A review (`review`) asks for the questions due: its retry is a review of the same
    briefing while every question it holds is still due, even when more came due meanwhile
    (a missed question comes back a minute later), so it is kept under `key`, without them.
    """

    user_id: int
    briefing_id: str
    count: int
    difficulty: Difficulty | None
    only: tuple[str, ...] | None
    guild_id: int | None
    review: bool = False

    @property
    def key(self) -> SoloAsk:
        """What a retry of this start asks for too (a review: its briefing and server)."""
        if not self.review:
            return self
        return SoloAsk(self.user_id, self.briefing_id, 0, None, None, self.guild_id, True)

    def retried_by(self, saved: dict[str, object], question_ids: Sequence[str]) -> bool:
        """Whether a quiz saved with `saved` asked (`_asked_state`), holding `question_ids`,
        is what this start asks for again."""
        if not self.review:
            return saved == _asked_state(self)
        return saved.get("review") is True and self.still_asks(question_ids)

    def still_asks(self, question_ids: Sequence[str]) -> bool:
        """Whether a quiz of `question_ids` kept under `key` is still this start's quiz: a
        review's questions must all still be due (all of them are asked again)."""
        return not self.review or set(question_ids) <= set(self.only or ())


class StudyService:
    """Starts and runs quizzes over a library; one instance per running bot."""

    def __init__(
        self,
        library: Shelf,
        clock: Clock,
        store: Repositories | None = None,
        scheduler: ReviewScheduler | None = None,
        versions: QuizVersions | None = None,
        overrides: OverrideSource | None = None,
        on_finished: FinishHook | None = None,
        preferences: PreferencesService | None = None,
    ) -> None:
        self.library = library
        self.versions = versions
        self.clock = clock
        self.store = store
        self.scheduler = scheduler or ReviewScheduler()
        self.overrides = overrides
        self.on_finished = on_finished
        self.preferences = preferences
        """Who plays untimed (their channel answers get a rating without speed)."""
        self.solo: dict[str, SoloSession] = {}
        self._restoring: dict[str, asyncio.Future[SoloSession | None]] = {}
        """Solo sessions being rebuilt from the store, shared by every click that needs one."""
        self._unshown: UnseenSaves[SoloAsk, SoloSession] = UnseenSaves()
        """Solo starts their students never saw (given up, the reply lost), for their retry."""
        self.group: dict[str, GroupSession] = {}
        self._forgets: Counter[int] = Counter()
        self.forget_listeners: list[ForgetListener] = []
        self.removed: RemovedLookup | None = None
        """What a server kept of its own briefing it removed (`/briefing remove`): its
        review cards are due nowhere, as a removed bundled file's are."""

    async def briefing_for(
        self,
        query: str | None,
        user_id: int,
        guild_id: int | None,
        holds: Callable[[Briefing], bool] | None = None,
        nowhere: str = "",
    ) -> tuple[Briefing, Picked]:
        """The briefing a reading command means, and how it was picked: the one named, the
        only one loaded, or else (in a server) that of the user's latest answer there, while
        it is still loaded and `holds` what the command asks for (a person, a term); else the
        only loaded briefing that `holds` it; else the latest one (which says it has no such
        person); else, when no loaded briefing holds it, NotFound saying `nowhere` (was:
        "name one", though none would do); else the library's own "name one" NotFound."""
        try:
            return self.library.find(query), Picked.NAMED
        except NotFound:
            if query and query.strip():
                raise
            latest = await self._latest_briefing(user_id, guild_id)
            if latest is not None and (holds is None or holds(latest)):
                return latest, Picked.LATEST
            holder = only_holder(self.library, holds) if holds is not None else None
            if holder is not None:
                return holder, Picked.HOLDER
            if latest is not None:
                return latest, Picked.LATEST
            if holds is not None and nowhere and not any(holds(b) for b in self.library):
                raise NotFound(nowhere) from None
            raise

    async def _latest_briefing(self, user_id: int, guild_id: int | None) -> Briefing | None:
        """The loaded briefing of the user's latest answer in this server, if any."""
        if guild_id is None or self.store is None:
            return None
        latest = await self.store.progress.latest_briefing(user_id, guild_id)
        return self.library.get(latest) if latest in self.library.ids() else None

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
        review: bool = False,
    ) -> Started:
        """Start a private quiz for one student (saved, so it survives a restart).

        Questions the server hid (after a question report) are never asked there. The same
        start retried after its student never saw it (`not_shown`, or the wait for its
        commit given up) gets that quiz, its first question asked anew, not a second quiz;
        a `review` (of the due questions `only`) gets one whose questions are still due.
        """
        briefing = self.library.find(briefing_query)
        asked = SoloAsk(
            user_id,
            briefing.id,
            count,
            difficulty,
            None if only is None else tuple(only),
            guild_id,
            review,
        )
        unshown = await self._unshown.take(asked.key)
        if unshown is None or not self._still_unanswered(unshown, asked):
            unshown = await self._saved_before_restart(asked)
        if unshown is not None and self._still_unanswered(unshown, asked):
            unshown.asked_at = self.clock.now()
            return Started(unshown, unshown.briefing, asked=asked)
        hidden = await self.hidden_questions(guild_id, briefing.id)
        if hidden:
            pool = only if only is not None else [q.id for q in briefing.questions]
            only = [q for q in pool if q not in hidden]
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
        kept = self._keep_solo(session, asked, channel_id, now + SESSION_LIFETIME)
        await self._unshown.begin(asked.key, kept)
        return Started(session, briefing, asked=asked)

    async def _keep_solo(
        self,
        session: SoloSession,
        asked: SoloAsk,
        channel_id: int | None,
        expires_at: datetime,
    ) -> SoloSession:
        """Commit a new solo quiz with what was asked (for a retry after a restart to find
        it, `_saved_before_restart`), then keep it in memory."""
        if self.store is not None:
            await self.store.sessions.save_session(
                session.session_id,
                "solo",
                session.user_id,
                asked.guild_id,
                channel_id,
                json.dumps({**session.to_state(), ASKED: _asked_state(asked)}),
                expires_at,
            )
        self.solo[session.session_id] = session
        if self.versions is not None:
            await self.versions.note_session(session.session_id, session.briefing.id)
        return session

    async def _saved_before_restart(self, asked: SoloAsk) -> SoloSession | None:
        """The oldest quiz started with `asked` that an earlier run of the bot saved and
        nobody answered or opened since (a `kill -9` between its commit and its first
        question: the student was never shown it, or saw it and answered nothing), or None.

        Quizzes live in this run (`self.solo`) are left alone: a second /quiz in the same run
        is a second quiz, as before. Quizzes saved before `ASKED` was kept are never matched.
        """
        if self.store is None:
            return None
        stored = await self.store.sessions.active_sessions(
            self.clock.now(), owner_id=asked.user_id, kind="solo"
        )
        for row in stored:
            if row.session_id in self.solo or row.guild_id != asked.guild_id:
                continue
            try:
                state = json.loads(row.state)
            except ValueError:
                continue
            saved = state.get(ASKED)
            if not isinstance(saved, dict) or state.get("briefing_id") != asked.briefing_id:
                continue
            if not asked.retried_by(saved, state.get("question_ids") or ()):
                continue
            session = await self._restore(row.session_id)
            if session is not None and not session.results:
                return session
        return None

    def _still_unanswered(self, session: SoloSession, asked: SoloAsk) -> bool:
        """Whether a quiz left unshown is still open with no answer (not stopped meanwhile),
        and still what `asked` asks for (a review: its questions all still due)."""
        return (
            self.solo.get(session.session_id) is session
            and not session.results
            and asked.still_asks([q.question.id for q in session.questions])
        )

    @contextlib.asynccontextmanager
    async def showing(self, started: Started) -> AsyncIterator[Started]:
        """`async with study.showing(started):` around showing a started quiz's first
        question: when that fails (its reply lost, the wait given up), the same start
        retried gets this quiz (`start_solo`)."""
        try:
            yield started
        except BaseException:
            self.not_shown(started)
            raise

    def not_shown(self, started: Started) -> None:
        """`started`'s student never saw its first question: the same start retried gets it."""
        if started.asked is not None:
            self._unshown.missed(started.asked.key, started.session)

    async def hidden_questions(self, guild_id: int | None, briefing_id: str) -> set[str]:
        """The ids of a briefing's questions a server hid."""
        if guild_id is None or self.overrides is None:
            return set()
        found = await self.overrides.overrides(guild_id, briefing_id)
        return {o.question_id for o in found if o.hidden}

    async def start_fixed(
        self,
        user_id: int,
        briefing: Briefing,
        question_ids: Sequence[str],
        *,
        session_id: str,
        seed: int,
        guild_id: int | None,
        channel_id: int | None,
        expires_at: datetime,
    ) -> Started:
        """Start or resume a quiz of set questions under a set session id (an assignment).

        Answers already recorded under that id are replayed, so each question counts once
        however often the quiz is started.
        """
        existing = self.solo.get(session_id)
        if existing is None and self.store is not None:
            existing = await self._restore(session_id)
        if existing is not None:
            return Started(existing, briefing)
        now = self.clock.now()
        session = SoloSession(session_id, user_id, briefing, question_ids, seed, now)
        if self.store is not None:
            await self._replay_stored(session)
        if self.store is not None:  # commit, then keep it in memory
            await self.store.sessions.save_session(
                session_id,
                "solo",
                user_id,
                guild_id,
                channel_id,
                json.dumps(session.to_state()),
                max(expires_at, now + SESSION_LIFETIME),
            )
        self.solo[session_id] = session
        return Started(session, briefing)

    async def solo_session(self, session_id: str, typed: str = "") -> SoloSession:
        """A live solo session, rebuilt from the store after a restart; QuizError if ended
        (saying that `typed`, an answer typed for it, was not counted)."""
        session = self.solo.get(session_id)
        if session is None and self.store is not None:
            session = await self._restore(session_id)
        if session is None:
            raise ended(session_id, typed)
        return session

    async def leave_solo(self, session_id: str) -> bool:
        """Mark a solo quiz its student left mid-way (a console closed), for `left_open` to
        take up; False when it is no longer saved."""
        return await self._mark_left(session_id, left=True)

    async def _mark_left(self, session_id: str, *, left: bool) -> bool:
        if self.store is None:
            return False
        row = await self.store.sessions.load_session(session_id, self.clock.now())
        if row is None:
            return False
        state = json.loads(row.state)
        state.pop(LEFT, None)
        state |= {LEFT: True} if left else {}
        await self.store.sessions.save_session(
            row.session_id,
            row.kind,
            row.owner_id,
            row.guild_id,
            row.channel_id,
            json.dumps(state),
            row.expires_at,
        )
        return True

    async def left_open(self, user_id: int, guild_id: int | None = None) -> SoloSession | None:
        """The quiz (or review) `user_id` left last in `guild_id` (`leave_solo`: a console
        closed mid-quiz; never one still open in another console), rebuilt past its answers so
        it goes on at the next question, as a click after a restart does on Discord, its
        answer and the quiz's time taken counted without the time away (the caller shows it);
        None when there is none (ended, finished, or older than a day: `SESSION_LIFETIME`)."""
        if self.store is None:
            return None
        stored = await self.store.sessions.active_sessions(
            self.clock.now(), owner_id=user_id, kind="solo"
        )
        for row in reversed(stored):
            if row.guild_id != guild_id or not json.loads(row.state).get(LEFT):
                continue
            session = self.solo.get(row.session_id) or await self._restore(row.session_id)
            if session is not None and not session.finished:
                await self._mark_left(row.session_id, left=False)  # taken up: here now
                now = self.clock.now()  # shown again now: the time away counts nowhere
                session.started_at += max(now - session.asked_at, timedelta(0))
                session.asked_at = now
                return session
        return None

    async def _restore(self, session_id: str) -> SoloSession | None:
        """The session rebuilt from the store, once however many clicks ask at the same time
        (an answer box opened while it loads, then its submit): each waits for the one rebuild,
        so no two copies of a session take answers."""
        pending = self._restoring.get(session_id)
        if pending is None:
            pending = asyncio.ensure_future(self._rebuild(session_id))
            self._restoring[session_id] = pending
            pending.add_done_callback(lambda done: self._restored(session_id, done))
        return await asyncio.shield(pending)

    def _restored(self, session_id: str, done: asyncio.Future[SoloSession | None]) -> None:
        """A rebuild ended: the next click rebuilds again if it failed. Its error is seen
        here too: every click waiting for it may have been given up (a crowd, a stalled
        store), and the retry meets the same error if it lasts."""
        self._restoring.pop(session_id, None)
        if not done.cancelled() and done.exception() is not None:
            log.info("rebuilding quiz %s failed: %r", session_id, done.exception())

    async def _rebuild(self, session_id: str) -> SoloSession | None:
        assert self.store is not None
        stored = await self.store.sessions.load_session(session_id, self.clock.now())
        if stored is None or stored.kind != "solo":
            return None
        state = json.loads(stored.state)
        try:
            briefing = await self.briefing_of_session(session_id, state["briefing_id"])
            session = SoloSession.from_state({**state, "answers": []}, briefing)
        except (NotFound, QuizError):
            return None
        await self._replay_stored(session)
        self.solo[session_id] = session
        return session

    async def _replay_stored(self, session: SoloSession) -> None:
        """Move a session rebuilt from the store past the questions answered: each question
        with its own stored answer, not the answers in the order of their times, which the
        wall clock stepping back between two answers scrambles."""
        by_question: dict[str, list[AnswerRecord]] = {}
        for record in await self._need_store().answers.session_answers(session.session_id):
            by_question.setdefault(record.question_id, []).append(record)
        while not session.finished and by_question.get(session.current().question.id):
            record = by_question[session.current().question.id].pop(0)
            session.replay(record.correct, record.seconds, record.answered_at, record.given)

    async def briefing_of_session(self, session_id: str, briefing_id: str) -> Briefing:
        """The briefing a saved quiz was started on (its version, for a server's own), as
        the server in scope sees it; raises NotFound."""
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
        """Answer the current question of a solo quiz; committed before it returns.

        An untimed student's answer is rated without its time (`current_preferences`).

        A repeat for a question already answered (a retry after a lost reply, a double click)
        returns that question's committed result again, so the student can go on.
        """
        judged = await self.judge_solo(
            session_id, user_id, text, guild_id=guild_id, question_index=question_index
        )
        return await judged.committed

    async def judge_solo(
        self,
        session_id: str,
        user_id: int,
        text: str,
        *,
        guild_id: int | None = None,
        question_index: int | None = None,
    ) -> SoloAnswer:
        """`answer_solo` in two steps: judge now and start the commit; the caller may build
        its reply while the commit runs, then must await `committed` before showing it.

        Nothing changes in memory until the commit succeeded (`committed` raises `NotSaved`
        and leaves the question open if it failed).
        """
        await typed_answers_ready()  # built off the event loop, once per process
        session = self.solo.get(session_id) or await self.solo_session(session_id)
        loop = asyncio.get_running_loop()
        flushing: asyncio.Future[None] = loop.create_future()
        if (repeat := self._answered(session, user_id, question_index)) is not None:
            flushing.set_result(None)
            return SoloAnswer(
                session,
                repeat,
                session.index,
                asyncio.ensure_future(_already(repeat)),
                flushing,
                already=True,
            )
        now = self.clock.now()
        result = session.judge_answer(user_id, text, now, question_index)
        if not result.correct and await self._accepted_here(guild_id, result):
            result = dataclasses.replace(result, correct=True)
        if self.solo.get(session_id) is not session:  # ended meanwhile (/forgetme, /stop)
            raise ended(session_id)
        expected = 0.0 if current_preferences().untimed else EXPECTED_SECONDS
        commit = self._begin_record(
            session.session_id, user_id, guild_id, result, now, expected, flushing
        )
        # Settled by a callback on the commit, not by the caller: a committed answer counts
        # even if the caller stops waiting (and no task is made per answer).
        settled: asyncio.Future[AnswerResult] = loop.create_future()
        asyncio.ensure_future(commit).add_done_callback(
            functools.partial(
                self._settle_solo, session, result, now, guild_id, question_index, settled
            )
        )
        settled.add_done_callback(functools.partial(_flushed, flushing))
        return SoloAnswer(session, result, session.index + 1, settled, flushing)

    def _settle_solo(
        self,
        session: SoloSession,
        result: AnswerResult,
        now: datetime,
        guild_id: int | None,
        question_index: int | None,
        settled: asyncio.Future[AnswerResult],
        commit: asyncio.Future[object],
    ) -> None:
        """Once the answer's commit ended: move the session past its question, then settle."""
        if commit.cancelled():
            settled.cancel()
            return
        failure = commit.exception()
        if failure is not None:  # any store failure: nothing changed, the user may retry
            not_saved = isinstance(failure, Exception)
            _settle(settled, self._not_saved(session.session_id, failure) if not_saved else failure)
            return
        if (repeat := self._answered(session, session.user_id, question_index)) is not None:
            _settle(settled, repeat)  # a concurrent click committed it first
            return
        session.accept(result, now)
        if not (session.finished and self.on_finished is not None):
            _settle(settled, result)
            return
        finishing = asyncio.ensure_future(self.on_finished(session.session_id, guild_id))
        finishing.add_done_callback(
            lambda done: (
                settled.cancel()
                if done.cancelled()
                else _settle(settled, done.exception() or result)
            )
        )

    @staticmethod
    def _answered(
        session: SoloSession, user_id: int, question_index: int | None
    ) -> AnswerResult | None:
        if user_id != session.user_id or question_index is None:
            return None
        if 0 <= question_index < session.index:
            return session.results[question_index]
        return None

    async def _accepted_here(self, guild_id: int | None, result: AnswerResult) -> bool:
        """Whether the server accepted this answer as an alternative to the key."""
        if guild_id is None or self.overrides is None:
            return False
        qq = result.quiz_question
        override = await self.overrides.get_override(guild_id, qq.briefing_id, qq.question.id)
        return accepts(override, qq.question, given_text(result))

    async def _record(
        self,
        session_id: str,
        user_id: int,
        guild_id: int | None,
        result: AnswerResult,
        now: datetime,
        expected_seconds: float = EXPECTED_SECONDS,
    ) -> None:
        commit = self._begin_record(session_id, user_id, guild_id, result, now, expected_seconds)
        await self._committed(session_id, commit)

    def _begin_record(
        self,
        session_id: str,
        user_id: int,
        guild_id: int | None,
        result: AnswerResult,
        now: datetime,
        expected_seconds: float = EXPECTED_SECONDS,
        flushing: asyncio.Future[None] | None = None,
    ) -> Awaitable[object]:
        """Start committing an answer with its new review state (nothing without a store);
        `flushing` as the store's `begin_answer` has it."""
        if self.store is None:
            return _already(None)
        qq = result.quiz_question
        scheduler = self.scheduler

        def review(previous: ReviewState | None) -> ReviewState:
            # Called by the store inside the answer's transaction, with the stored state.
            return scheduler.answer(
                previous,
                correct=result.correct,
                seconds=result.seconds,
                expected_seconds=expected_seconds,
                kind=qq.question.kind,
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
            given=given_text(result)[:300] or None,
        )
        try:
            return self.store.answers.begin_answer(record, review, flushing)
        except Exception as exc:  # a closed store refuses at once
            return _failed(exc)

    async def mark_guessed(self, session_id: str, user_id: int, question_id: str) -> datetime:
        """Re-rate this student's right answer in a solo quiz as a guess (FSRS's Again),
        committed; when the question comes back. A second mark, or one after the question
        was answered again, changes nothing and says when it comes back."""
        if self.store is None:
            raise NotFound(_("Review needs the progress store, which is not configured."))
        try:
            answers = await self.store.answers.session_answers(session_id)
            answer = next(
                (
                    a
                    for a in answers
                    if a.user_id == user_id and a.question_id == question_id and a.correct
                ),
                None,
            )
            if answer is None:
                raise QuizError(_("Only your own right answer can be marked as a guess."))
            key = (user_id, answer.briefing_id, question_id)
            state = await self.store.reviews.get_review(*key)
            if state is None:  # deleted with /forgetme
                raise QuizError(_("This answer is no longer in your progress."))
            guessed = self.scheduler.guessed(state, answer.answered_at, self.clock.now())
            if guessed is None:
                return state.due
            if await self.store.reviews.replace_review(*key, state, guessed):
                return guessed.due
            now_stored = await self.store.reviews.get_review(*key)  # a concurrent change won
            return guessed.due if now_stored is None else now_stored.due
        except (QuizError, NotFound):
            raise
        except Exception as exc:  # any store failure: nothing changed, the user may retry
            raise self._not_saved(session_id, exc) from exc

    @classmethod
    async def _committed(cls, session_id: str, commit: Awaitable[object]) -> None:
        """Await a started commit; any store failure becomes `NotSaved` (nothing changed)."""
        try:
            await commit
        except Exception as exc:  # any store failure: nothing changed, the user may retry
            raise cls._not_saved(session_id, exc) from exc

    @staticmethod
    def _not_saved(session_id: str, failure: BaseException) -> NotSaved:
        """The `NotSaved` a failed commit becomes, logged as one line (no traceback): an
        outage is expected weather, and the user is told to retry."""
        log.warning("committing an answer of session %s failed: %r", session_id, failure)
        error = NotSaved(_("Your answer could not be saved just now: please try again."))
        error.__cause__ = failure
        return error

    async def end_solo(self, session_id: str) -> SoloSession:
        """Forget a solo session (finished or stopped) and return it for its summary."""
        session = await self.solo_session(session_id)
        if self.store is not None:  # commit, then forget it in memory
            await self.store.sessions.end_session(session_id)
        self.solo.pop(session_id, None)
        return session

    async def start_retry(self, user_id: int, session_id: str) -> Started:
        """A quiz of the questions this user missed in one earlier quiz, in its server;
        questions the server hid since are left out."""
        records = await self._need_store().answers.session_answers(session_id)
        mine = [r for r in records if r.user_id == user_id]
        missed = list(dict.fromkeys(r.question_id for r in mine if not r.correct))
        if not mine:
            raise NotFound(_("Nothing to retry: no question of that quiz was answered."))
        if not missed:
            raise NotFound(_("Nothing to retry: you answered every question of that quiz right."))
        briefing_id, guild_id = mine[0].briefing_id, mine[0].guild_id
        hidden = await self.hidden_questions(guild_id, briefing_id)
        missed = [q for q in missed if q not in hidden]
        if not missed:
            raise NotFound(_("Nothing to retry: the moderators removed the questions you missed."))
        return await self.start_solo(
            user_id, briefing_id, count=len(missed), only=missed, guild_id=guild_id
        )

    async def start_review(
        self,
        user_id: int,
        *,
        count: int = 10,
        briefing_query: str | None = None,
        section_query: str | None = None,
        guild_id: int | None = None,
    ) -> Started | NothingDue:
        """A quiz of the questions this user is due to review, from the briefing with most due.

        `briefing_query` (and `section_query` within it) narrow the review to one briefing or
        one of its sections. With nothing due, says when the next questions come back instead.
        Run in a server, the review leaves out the questions that server hid.
        """
        if self.store is None:
            raise NotFound(_("Review needs the progress store, which is not configured."))
        wanted_in = self._review_scope(briefing_query, section_query)
        every_due = await self.store.reviews.due_reviews(user_id, self.clock.now(), limit=200)
        due = await self._not_hidden(
            guild_id, [d for d in every_due if wanted_in(d.briefing_id, d.question_id)]
        )
        by_briefing = Counter(d.briefing_id for d in due)
        if not by_briefing:
            loaded_here, retired = self._review_scope(None, None), self._retired()
            gone = await self._removed_here(guild_id, every_due)
            elsewhere = sum(
                not loaded_here(d.briefing_id, d.question_id)
                and not retired(d.briefing_id, d.question_id)
                and d.briefing_id not in gone
                for d in every_due
            )
            return NothingDue(
                await self.coming_back(user_id, wanted_in, guild_id),
                elsewhere if briefing_query is None and section_query is None else 0,
            )
        briefing_id, _count = by_briefing.most_common(1)[0]
        wanted = [d.question_id for d in due if d.briefing_id == briefing_id][:count]
        started = await self.start_solo(
            user_id, briefing_id, count=len(wanted), only=wanted, guild_id=guild_id, review=True
        )
        shown = len(started.session.questions)  # fewer when its retry shows an earlier try
        return dataclasses.replace(started, more_due=sum(by_briefing.values()) - shown)

    def sections_asked(
        self, briefing_query: str | None, section_query: str | None
    ) -> list[Briefing] | None:
        """The briefings whose sections a review was asked to list, or None when it names what
        to review. The word for sections typed where a section goes (`/review nk sections`),
        or alone where the briefing goes (`/review sections`, after /brief's "Sections:" line),
        asks for the list, unless a briefing or section is named so (as `/brief sections`)."""
        if section_query is not None:
            if not names_the_sections(section_query):
                return None
            briefing, _section = self._review_target(briefing_query, None)
            return None if has_exact_section(briefing, section_query) else [briefing]
        if briefing_query is None or not names_the_sections(briefing_query):
            return None
        wanted = briefing_query.strip().casefold()
        briefings = list(self.library)
        named = any(
            wanted in (b.id.casefold(), b.title.casefold()) or has_exact_section(b, wanted)
            for b in briefings
        )
        return None if named else [b for b in briefings if b.sections]

    def _retired(self) -> Callable[[str, str], bool]:
        """Review cards no review can ask now: a question no longer in its briefing as served
        here (changed in a new version, served under a new id; a rollback brings it back),
        or of a bundled briefing no longer loaded (its file removed). A server's own
        briefing not served here keeps its cards: it is served in its own server."""
        loaded = {b.id: {q.id for q in b.questions} for b in self.library}

        def retired(briefing_id: str, question_id: str) -> bool:
            if briefing_id in loaded:
                return question_id not in loaded[briefing_id]
            return KEY_SEPARATOR not in briefing_id

        return retired

    async def _removed_here(self, guild_id: int | None, due: Iterable[DueReview]) -> set[str]:
        """The server briefings among `due` that this server removed (`/briefing remove`),
        and no briefing of its own serves again: their cards no review can ask (was: "1
        question is due from a briefing not available here: ... reviewed with /review in
        that server", said in that very server)."""
        if guild_id is None or self.removed is None:
            return set()
        keys = {d.briefing_id for d in due if KEY_SEPARATOR in d.briefing_id}
        loaded = {b.id for b in self.library}
        return {k for k in keys - loaded if await self.removed(guild_id, k) is not None}

    async def _not_hidden(self, guild_id: int | None, due: list[DueReview]) -> list[DueReview]:
        """The review states whose questions the server has not hidden."""
        hidden = {b: await self.hidden_questions(guild_id, b) for b in {d.briefing_id for d in due}}
        return [d for d in due if d.question_id not in hidden[d.briefing_id]]

    def _review_scope(
        self, briefing_query: str | None, section_query: str | None
    ) -> Callable[[str, str], bool]:
        """Which (briefing, question) pairs a review covers: loaded ones, maybe narrowed."""
        if briefing_query is None and section_query is None:
            loaded = {b.id: {q.id for q in b.questions} for b in self.library}
            return lambda b, q: q in loaded.get(b, ())
        briefing, section_query = self._review_target(briefing_query, section_query)
        questions = briefing.questions
        if section_query:
            section = find_section(briefing, section_query)
            questions = [q for q in questions if briefing.section_of(q) == section.id]
        ids = {q.id for q in questions}
        return lambda b, q: b == briefing.id and q in ids

    def _review_target(
        self, briefing_query: str | None, section_query: str | None
    ) -> tuple[Briefing, str | None]:
        """The briefing and section a narrowed review reads: the briefing named, or the only
        one loaded; else, for a section named alone, or a section's name given where the
        briefing goes (`/review deployment` in the console), the only loaded briefing with
        such a section (as `/quote` reads the only one with the person); else the library's
        NotFound ("name one", "no briefing matches")."""
        try:
            return self.library.find(briefing_query), section_query
        except NotFound:
            named = briefing_query if briefing_query and briefing_query.strip() else None
            if named is not None and section_query:
                raise
            wanted = named or section_query
            if not wanted:
                raise
            holder = only_holder(self.library, functools.partial(has_section, section=wanted))
            if holder is None:
                raise
            return holder, wanted

    async def next_review(self, user_id: int, guild_id: int | None = None) -> NextReview:
        """What /review would do for this user here now: how many questions are due, or, with
        none, when the next ones come back (said at the end of a quiz or review)."""
        covered = self._review_scope(None, None)
        every_due = await self._need_store().reviews.due_reviews(
            user_id, self.clock.now(), limit=200
        )
        due = await self._not_hidden(
            guild_id, [d for d in every_due if covered(d.briefing_id, d.question_id)]
        )
        if due:
            return NextReview(len(due), None)
        return NextReview(0, await self.coming_back(user_id, covered, guild_id))

    async def coming_back(
        self,
        user_id: int,
        covered: Callable[[str, str], bool] | None = None,
        guild_id: int | None = None,
    ) -> ComingBack | None:
        """When this user's next review questions (not yet due) come back; None if none will.

        In a server, the questions it hid are not counted.
        """
        now = self.clock.now()
        covered = covered or self._review_scope(None, None)
        ahead = await self._need_store().reviews.due_reviews(user_id, now + HORIZON, limit=200)
        later = [d for d in ahead if d.due > now and covered(d.briefing_id, d.question_id)]
        later = await self._not_hidden(guild_id, later)
        if not later:
            return None
        first = min(d.due for d in later)
        soon = [d for d in later if d.due <= first + COMING_BACK_WINDOW]
        last = max(d.due for d in soon)
        # a missed or guessed question is due in minutes, one answered right later: say
        # when the first comes back, not only when the last does
        return ComingBack(len(soon), last, first if last - first > COMING_TOGETHER else None)

    # ----- channel quizzes -----

    def start_group(
        self,
        briefing_query: str | None,
        *,
        count: int = 5,
        difficulty: Difficulty | None = None,
        timer_seconds: int | None = 20,
        hidden: Collection[str] = (),
    ) -> GroupSession:
        """Start a channel quiz; its first question is open. `hidden` questions are not asked."""
        briefing = self.library.find(briefing_query)
        session = GroupSession.start(
            self.new_id(),
            briefing,
            count=count,
            difficulty=difficulty,
            timer_seconds=timer_seconds,
            seed=secrets.randbits(32),
            now=self.clock.now(),
            only=[q.id for q in briefing.questions if q.id not in hidden] if hidden else None,
        )
        self.group[session.session_id] = session
        return session

    def end_group(self, session_id: str) -> None:
        """Forget a stopped channel quiz."""
        self.group.pop(session_id, None)

    def group_session(self, session_id: str) -> GroupSession:
        """A live channel quiz; raises QuizError when it has ended or is unknown."""
        session = self.group.get(session_id)
        if session is None:
            raise quiz_ended()
        return session

    async def close_group_question(
        self, session: GroupSession, guild_id: int | None
    ) -> QuestionResult:
        """Commit every player's final answer to the open question, then close it.

        An answer the server accepted as an alternative (after a question report) counts.
        """
        now = self.clock.now()
        asked = session.current()
        for user_id, vote in session.final_votes().items():
            given = AnswerResult(asked, vote.text, vote.key, vote.correct, vote.seconds)
            if not vote.correct and await self._accepted_here(guild_id, given):
                session.count_as_right(user_id)
        votes = session.final_votes()
        expected = float(session.timer_seconds or EXPECTED_SECONDS)
        untimed = await self.preferences.untimed_among(votes) if self.preferences else set()
        for user_id, answer in votes.items():
            await self._record(
                session.session_id,
                user_id,
                guild_id,
                AnswerResult(asked, answer.text, answer.key, answer.correct, answer.seconds),
                now,
                0.0 if user_id in untimed else expected,
            )
        result = session.close_question(now)
        if session.finished:
            self.group.pop(session.session_id, None)
        return result

    def adopt_group(self, session: GroupSession) -> None:
        """Take back a channel quiz rebuilt from the store after a restart."""
        self.group[session.session_id] = session

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
            await self.store.sessions.purge_expired_sessions(now)
        for key in solo:
            self.solo.pop(key, None)
        for key in group:
            self.group.pop(key, None)
        return len(solo) + len(group)

    # ----- progress -----

    def _need_store(self) -> Repositories:
        if self.store is None:
            raise NotFound(_("Progress needs the progress store, which is not configured."))
        return self.store

    async def score(self, user_id: int, guild_id: int | None) -> ScoreSummary:
        """A user's progress, in one server or everywhere; the due count leaves out questions
        no review can ask again (`_retired`) and, in a server, those it hid (as /review does);
        the streak counts the days of the time
        zone the student set with their reminder (UTC days without one)."""
        store, now = self._need_store(), self.clock.now()
        zone = await student_zone(store, user_id, now)
        summary = await store.progress.score(user_id, guild_id, now, zone=zone)
        if not summary.due:
            return summary
        retired = self._retired()
        due = [
            d
            for d in await store.reviews.due_reviews(user_id, now, limit=summary.due)
            if not retired(d.briefing_id, d.question_id)
        ]
        gone = await self._removed_here(guild_id, due)
        due = [d for d in due if d.briefing_id not in gone]
        if guild_id is not None and self.overrides is not None:
            due = await self._not_hidden(guild_id, due)
        return dataclasses.replace(summary, due=len(due))

    async def answered_by_briefing(self, user_id: int, guild_id: int | None) -> dict[str, Accuracy]:
        """A user's answers and right answers per briefing, in one server or everywhere
        (/courses: how far a student is in each step), without /score's due counts."""
        store = self._need_store()
        summary = await store.progress.score(user_id, guild_id, self.clock.now())
        return summary.by_briefing

    async def progress(
        self, user_id: int, guild_id: int | None
    ) -> tuple[ScoreSummary, ComingBack | None]:
        """A user's progress and, when nothing is due, when the next review comes back
        (in a server, leaving out the questions it hid, as /review does)."""
        summary = await self.score(user_id, guild_id)
        coming = None if summary.due else await self.coming_back(user_id, guild_id=guild_id)
        return summary, coming

    async def leaderboard(
        self, guild_id: int, user_id: int, *, week: bool = False, limit: int = 10
    ) -> tuple[list[LeaderboardEntry], LeaderboardEntry | None]:
        """The top learners (all time, or this week: since Monday, UTC) and the caller's row."""
        store = self._need_store()
        this_week = self.clock.now().astimezone(UTC).date() if week else None
        top = await store.progress.leaderboard(guild_id, this_week, limit)
        return top, await store.progress.rank_of(guild_id, user_id, this_week)

    def week_ends(self) -> datetime:
        """When this week's board ends and the next starts: Monday 00:00 UTC."""
        today = self.clock.now().astimezone(UTC).date()
        monday = today + timedelta(days=7 - today.weekday())
        return datetime(monday.year, monday.month, monday.day, tzinfo=UTC)

    async def export(self, user_id: int) -> bytes:
        """Everything kept about a user, as JSON; of a channel quiz they started, only their
        own results (the other players' are theirs)."""
        rows = await self._need_store().personal_data.export_user(user_id)
        for row in rows:
            if row["record"] == "session" and isinstance(row.get("state"), str):
                row["state"] = players_own_state(row["state"], user_id)
        return json.dumps({"user_id": user_id, "records": rows}, indent=2, default=str).encode()

    async def export_file(self, user_id: int) -> tuple[str, bytes]:
        """The same as a file to hand over: its name and gzip-compressed bytes.

        Compressed so that even a heavy user's file stays far below a chat platform's upload
        limit (Discord: 10 MiB, which plain JSON passes at about 29,000 answers).
        """
        import gzip  # only a data export compresses anything

        return EXPORT_NAME, gzip.compress(await self.export(user_id), compresslevel=9, mtime=0)

    def forgets_of(self, user_id: int) -> int:
        """How often this process deleted a user's data: an answer whose commit began before
        a change must not be kept (`/forgetme` confirmed while it was on its way)."""
        return self._forgets[user_id]

    async def forget(self, user_id: int) -> int:
        """Delete everything kept about a user; returns how many records went."""
        self._need_store()
        self._forgets[user_id] += 1
        for session_id in [s for s, v in self.solo.items() if v.user_id == user_id]:
            self.solo.pop(session_id, None)
        for group in self.group.values():
            group.drop_player(user_id)
        for listener in self.forget_listeners:
            listener.forgetting(user_id)
        # To its end, even when the wait for it is given up: what the listeners save again
        # went with the user's data, and is saved again only after it.
        return await asyncio.shield(asyncio.ensure_future(self._forget_stored(user_id)))

    async def _forget_stored(self, user_id: int) -> int:
        count = await self._need_store().personal_data.forget_user(user_id)
        for listener in self.forget_listeners:
            await listener.forgotten(user_id)
        return count


def _settle(future: asyncio.Future[T], outcome: T | BaseException) -> None:
    """Resolve `future` with `outcome`, raised if an exception (unless its caller gave up)."""
    if future.done():
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


async def _already(value: T) -> T:
    """`value`, as something to await."""
    return value


def _flushed(flushing: asyncio.Future[None], _settled: object = None) -> None:
    """Mark `flushing` done (the commit ended, whatever the store said before)."""
    if not flushing.done():
        flushing.set_result(None)


async def _failed(exc: Exception) -> None:
    """Raise `exc` when awaited."""
    raise exc
