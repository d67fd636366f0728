"""The channel quiz as a use case: its live quizzes, their timers, closing and standings.

An adapter parses an event and makes one call here; everything the channel sees is posted
through the `Publisher` port, every page of it. The timer of a timed question runs on the
injected clock (`clock.sleep`), so tests move time instead of waiting. How a question, a
closed question and a player's name look is the adapter's (`ChannelQuizFaces`): it knows its
buttons' ids and how to name a user.

Commit, then change memory, then reply: a quiz is saved when it starts and after each closed
question; a player's vote is committed when clicked (an upsert per quiz, question and player:
the latest answer wins) before it is taken, and becomes a recorded answer when the question
closes. After a restart `resume` rebuilds every open quiz from the store, with its committed
votes, tells the channel, posts its open question if it was saved before that went out, and
lets its timer (or its starter) close the question. A post the platform refuses ends the
quiz: the starter is told privately and the answers stay kept.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.core import views
from bot.core.answer_tables import typed_answers_ready
from bot.core.clock import Clock
from bot.core.content.catalog import guild_scope
from bot.core.errors import InvalidInput, NotFound, NotSaved, PostRefused, QuizError
from bot.core.models import Difficulty
from bot.core.once_posts import post_once
from bot.core.ports import Posted, Publisher
from bot.core.progress import StoredSession
from bot.core.quiz import GroupSession, QuizQuestion, Vote, kept_answer, quiz_ended
from bot.core.replies import Reply
from bot.core.server_language import ServerLanguage, language_of
from bot.core.study import SESSION_LIFETIME, StudyService
from bot.core.unseen_saves import UnseenSaves
from bot.core.wording import echo
from bot.i18n import _, ngettext, use_language

__all__ = [
    "MAX_TIMER",
    "MIN_TIMER",
    "ChannelAsk",
    "ChannelQuiz",
    "ChannelQuizFaces",
    "ChannelQuizService",
    "Receipt",
    "receipt_reply",
    "solo_instead",
]

MIN_TIMER, MAX_TIMER = 5, 600
"""Seconds per question a timed channel quiz may have."""


def solo_instead(guild_id: int | None) -> str:
    """Why a channel quiz asked for here runs as a solo quiz ("" when it can run): a
    direct message has nobody else to answer, so the student gets their quiz alone."""
    if guild_id is not None:
        return ""
    return _(
        "A channel quiz needs a server channel, where everyone can answer: "
        "here is a solo quiz instead."
    )


@dataclass(frozen=True, slots=True)
class Receipt:
    """A player's answer as taken: the option (or typed text) shown back, if it changed, and
    if it was the answer already registered (`again`: nothing changed)."""

    shown: str
    changed: bool
    again: bool = False


def receipt_reply(receipt: Receipt) -> Reply:
    """What a player reads, privately, once their answer is taken: registered, changed, or,
    the same answer given again, already registered (was: "Answer registered" again, as if
    the first had been lost). Answers may change until the question closes."""
    if receipt.again:
        title = _("Answer already registered")
        body = _(
            "You already answered {answer}: nothing changed. "
            "You can change it until the question closes."
        )
    else:
        title = _("Answer changed") if receipt.changed else _("Answer registered")
        body = _("You answered {answer}. You can change it until the question closes.")
    return Reply.text(title, body.format(answer=receipt.shown), private=True)


log = logging.getLogger(__name__)

QUIZ_KIND = "channel"
VOTE_KIND = "channel-vote"
CLOSE_RETRY_SECONDS = 5.0
"""A timed question whose closing failed (the database down) is tried again this often, for as
long as its quiz lives: never left open after its time once the database is back."""


class ChannelQuizFaces(Protocol):
    """How the adapter shows a channel quiz: its questions and its players."""

    def question(self, session: GroupSession) -> Reply:
        """The open question, with buttons that reach the adapter's handlers."""
        ...

    def closed(self, shown: Reply, asked: QuizQuestion) -> Reply:
        """A posted question once closed: the right option marked, nothing clickable, and
        no countdown or "take your time" left on it."""
        ...

    def closed_at(self, session: GroupSession, index: int) -> Reply:
        """Question `index` of the quiz (closed) as `closed` shows it, rebuilt from the
        quiz alone: after a restart, which kept no posted question."""
        ...

    def stopped(self, shown: Reply) -> Reply:
        """A posted question whose quiz was stopped: nothing clickable, and it says so."""
        ...

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        """How each player is named in results."""
        ...


NOBODY = 0
"""The starter of a quiz whose starter asked to be forgotten: only a moderator closes or
stops it, and their id is not saved with it."""


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
    closing: int | None = None  # the question being closed (its answers are committing)
    opened: tuple[int, float] | None = None
    """The open question's index and when it opened on the monotonic clock (`timing_now`)."""
    unsaved: bool = False
    """Its last checkpoint failed: the store still holds an earlier question as the open one."""
    asked: ChannelAsk | None = None
    """The /quiz that started it (None once resumed after a restart)."""
    unmarked: tuple[int, int] | None = None
    """(index, message id) of a closed question whose message may still show it open: saved
    with the quiz until its "closed" edit is done, so a restart in between makes that edit."""


@dataclass(frozen=True, slots=True)
class ChannelAsk:
    """What a channel quiz's start asked for: the same again, by its starter, is its retry."""

    channel_id: int
    starter_id: int
    briefing_query: str | None
    count: int
    difficulty: Difficulty | None
    timer_seconds: int | None


def _resumed_text(kept: int, *, timed: bool, starter: int) -> str:
    """What the channel is told of its open question after a restart (to format with
    `number` and `n`): until when it is open, and the answers kept (none yet: said so, not
    "the 0 answers already given are kept")."""
    if kept == 0:
        if timed:
            return _(
                "I restarted. Question {number} is still open until its time is up, and its "
                "buttons still work: nobody has answered it yet."
            )
        if starter == NOBODY:
            return _(
                "I restarted. Question {number} is still open until a moderator closes it, "
                "and its buttons still work: nobody has answered it yet."
            )
        return _(
            "I restarted. Question {number} is still open until its starter closes it, and "
            "its buttons still work: nobody has answered it yet."
        )
    if timed:
        text = ngettext(
            "I restarted. Question {number} is still open until its time is up; the "
            "{n} answer already given is kept, and its buttons still work.",
            "I restarted. Question {number} is still open until its time is up; the "
            "{n} answers already given are kept, and its buttons still work.",
            kept,
        )
    elif starter == NOBODY:  # its starter was forgotten: a moderator closes it
        text = ngettext(
            "I restarted. Question {number} is still open until a moderator closes it; "
            "the {n} answer already given is kept, and its buttons still work.",
            "I restarted. Question {number} is still open until a moderator closes it; "
            "the {n} answers already given are kept, and its buttons still work.",
            kept,
        )
    else:
        text = ngettext(
            "I restarted. Question {number} is still open until its starter closes it; "
            "the {n} answer already given is kept, and its buttons still work.",
            "I restarted. Question {number} is still open until its starter closes it; "
            "the {n} answers already given are kept, and its buttons still work.",
            kept,
        )
    return text


class ChannelQuizService:
    """Starts, answers, closes and finishes channel quizzes; one per running bot."""

    def __init__(
        self,
        study: StudyService,
        publisher: Publisher,
        clock: Clock,
        faces: ChannelQuizFaces,
        *,
        server_language: ServerLanguage | None = None,
    ) -> None:
        self.study = study
        self.server_language = server_language  # a quiz resumed after a restart speaks it
        self.publisher = publisher
        self.clock = clock
        self.faces = faces
        self.live: dict[str, ChannelQuiz] = {}
        self.starting: set[int] = set()
        """Channels whose quiz is being started (saved, not yet live): a second waits its turn."""
        self._handed_over: dict[int, list[ChannelQuiz]] = {}
        self._unannounced: UnseenSaves[ChannelAsk, ChannelQuiz] = UnseenSaves()
        """Starts their starter never saw announced (given up, the reply lost)."""
        self._posting: set[asyncio.Task[None]] = set()
        study.forget_listeners.append(self)

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
        """Start and save a quiz in a channel; the caller announces it, then calls `post_first`.

        One quiz per channel at a time; a timer is 0 (None: untimed) or at least `MIN_TIMER`.
        Questions the server hid (after a question report) are not asked.
        """
        if timer_seconds is not None and not MIN_TIMER <= timer_seconds <= MAX_TIMER:
            raise InvalidInput(
                _(
                    "A question timer is {low} to {high} seconds (or 0 for an untimed "
                    "quiz, where the starter closes each question)."
                ).format(low=MIN_TIMER, high=MAX_TIMER)
            )
        asked = ChannelAsk(channel_id, starter_id, briefing_query, count, difficulty, timer_seconds)
        retried = await self._unannounced.take(asked)
        if retried is not None and self._not_begun(retried):
            return retried.session  # its starter never saw it announced: this is its retry
        running = (
            q.channel_id == channel_id and not q.session.finished for q in self.live.values()
        )
        if channel_id in self.starting or any(running):
            raise QuizError(
                _(
                    "A quiz is already running in this channel: join in, or wait until it ends "
                    "(whoever started it, or a moderator, can stop it)."
                )
            )
        self.starting.add(channel_id)  # before any wait: a /quiz at the same instant is refused
        try:
            briefing = self.study.library.find(briefing_query)
            session = self.study.start_group(
                briefing.id,
                count=count,
                difficulty=difficulty,
                timer_seconds=timer_seconds,
                hidden=await self.study.hidden_questions(guild_id, briefing.id),
            )
        except BaseException:
            self.starting.discard(channel_id)
            raise
        quiz = ChannelQuiz(session, channel_id, starter_id, guild_id, asked=asked)
        begun = asyncio.ensure_future(self._begin(quiz))
        try:
            await self._unannounced.begin(asked, begun)
        except asyncio.CancelledError:  # given up: the quiz goes on once saved, unannounced
            self._keep(asyncio.ensure_future(self._post_unannounced(begun)))
            raise
        return session

    async def _begin(self, quiz: ChannelQuiz) -> ChannelQuiz:
        """Save a new quiz, then make it live (the channel is another start's again after)."""
        try:
            await self._save(quiz)
            self.live[quiz.session.session_id] = quiz
        finally:
            self.starting.discard(quiz.channel_id)
        return quiz

    def _not_begun(self, quiz: ChannelQuiz) -> bool:
        """Whether a quiz its starter never saw announced is still on its first question."""
        return self.live.get(quiz.session.session_id) is quiz and quiz.session.index == 0

    async def _post_unannounced(self, begun: asyncio.Future[ChannelQuiz]) -> None:
        """The first question of a quiz whose start was given up, once it is saved: the
        channel can play it, and its starter's retry announces it (`start`)."""
        try:
            quiz = await begun
        except Exception:  # not saved: nothing to post (one line already says why)
            return
        try:
            with use_language(await language_of(self.server_language, quiz.guild_id)):
                await self.post_first(quiz.session.session_id)
        except Exception as exc:  # ended meanwhile, or the database down: its retry posts it
            log.warning("could not post quiz %s after its start: %r", quiz.session.session_id, exc)

    def not_announced(self, session_id: str) -> None:
        """A started quiz's announcement failed (its reply lost): its starter's retry of the
        same start announces it again instead of being refused."""
        quiz = self.live.get(session_id)
        if quiz is not None and quiz.asked is not None:
            self._unannounced.missed(quiz.asked, quiz)

    def _keep(self, task: asyncio.Task[None]) -> None:
        self._posting.add(task)
        task.add_done_callback(self._posting.discard)

    async def post_first(self, session_id: str) -> None:
        """Post the first question of a started quiz and start its timer (nothing when it
        is posted already, or on its way: a retried start). It opens as it is posted."""
        quiz = self._live(session_id)
        if quiz.shown is not None or quiz.message_id is not None:
            return
        quiz.session.open_now(self.clock.now())
        try:
            await self._post_question(quiz)
        except PostRefused as exc:
            await self._abandon(quiz, exc)

    def _live(self, session_id: str) -> ChannelQuiz:
        try:
            self.study.group_session(session_id)  # the study service owns the session
        except QuizError:
            self.live.pop(session_id, None)  # ended or purged there: forget where it was
            raise
        quiz = self.live.get(session_id)
        if quiz is None or quiz.session.finished:
            raise quiz_ended()
        return quiz

    def session(self, session_id: str) -> GroupSession:
        """The live quiz's session; QuizError when it has ended."""
        return self._live(session_id).session

    def quiz(self, session_id: str) -> ChannelQuiz:
        """The live quiz (where it is posted, who started it); QuizError when it has ended."""
        return self._live(session_id)

    def here(self, session_id: str, guild_id: int | None, channel_id: int | None) -> ChannelQuiz:
        """The live quiz, if it was posted in this server and channel; QuizError otherwise.

        A button id copied (or forged) from another server's quiz must not act there.
        """
        quiz = self._live(session_id)
        if quiz.guild_id != guild_id or quiz.channel_id != channel_id:
            raise QuizError(_("This button belongs to a quiz in another channel."))
        return quiz

    def typing_at(
        self, session_id: str, guild_id: int | None, channel_id: int | None, index: int
    ) -> QuizQuestion:
        """The open question a player is about to type an answer to (its "Answer" button):
        QuizError when the button is another channel's or its question `index` has closed, so
        nobody types an answer to a closed question under the next one's prompt."""
        quiz = self.here(session_id, guild_id, channel_id)
        if index != quiz.session.index or quiz.closing == index:
            raise QuizError(_("That question is closed; answer the current one."))
        return quiz.session.current()

    async def answer(self, session_id: str, user_id: int, text: str, index: int) -> Receipt:
        """Take (or change) a player's answer, committed first: what they chose, if it changed.

        Raises NotSaved when the commit fails (nothing changed: the player may try again).
        """
        await typed_answers_ready()  # built off the event loop, once per process
        quiz = self._live(session_id)
        session = quiz.session
        self._still_open(quiz, index)
        vote = session.kept_vote(user_id, session.judge_vote(text, self.timing_now(quiz), index))
        store = self.study.store
        forgets = self.study.forgets_of(user_id)
        if store is not None:
            try:
                if quiz.unsaved:  # a restart must resume at this question, with this vote
                    await self._save(quiz)
                await store.sessions.save_session(
                    vote_id(session_id, index, user_id),
                    VOTE_KIND,
                    user_id,
                    quiz.guild_id,
                    quiz.channel_id,
                    json.dumps(dataclasses.asdict(vote)),
                    self.clock.now() + SESSION_LIFETIME,
                )
            except Exception as exc:  # an outage: one line, no traceback; the player retries
                log.warning("committing a vote in quiz %s failed: %r", session_id, exc)
                raise NotSaved(
                    _("Your answer could not be saved just now: please try again.")
                ) from exc
        if self.study.forgets_of(user_id) != forgets:  # /forgetme confirmed meanwhile
            await self._unkeep_vote(vote_id(session_id, index, user_id))
            raise QuizError(_("Your answer could not be saved just now: please try again."))
        self._still_open(quiz, index)
        again = session.answered_alike(user_id, vote)
        changed = session.accept_vote(user_id, vote, index)
        qq = session.current()
        if vote.key in qq.keys:
            option = qq.options[qq.keys.index(vote.key)]
            shown = option if qq.question.kind == "truefalse" else f"{vote.key}) {option}"
        else:  # what is judged and kept: its mentions read past, as a solo verdict shows it
            shown = echo(kept_answer(text))
        return Receipt(shown, changed, again)

    async def _unkeep_vote(self, kept_as: str) -> None:
        """Delete a vote committed after its voter's data was deleted (one line if it fails:
        the question's close ignores a vote it has not accepted)."""
        if self.study.store is None:
            return
        try:
            await self.study.store.sessions.end_session(kept_as)
        except Exception as exc:
            log.warning("could not delete vote %s of a forgotten user: %r", kept_as, exc)

    @staticmethod
    def _still_open(quiz: ChannelQuiz, index: int) -> None:
        if quiz.closing == index:
            raise QuizError(_("That question closed before your answer arrived."))

    def forgetting(self, user_id: int) -> None:
        """`user_id` asked to be forgotten: the quizzes they started go on for the others,
        without their id (a moderator closes or stops them)."""
        started = self.started_by(user_id)
        for quiz in started:
            quiz.starter_id = NOBODY
        self._handed_over.setdefault(user_id, []).extend(started)  # a retry's adds none

    async def forgotten(self, user_id: int) -> None:
        """Save again the quizzes `user_id` started (their rows went with the user's data),
        now without them."""
        for quiz in self._handed_over.pop(user_id, []):
            if quiz.session.session_id in self.live:
                await self._checkpoint(quiz)

    def started_by(self, user_id: int) -> list[ChannelQuiz]:
        """The live quizzes `user_id` started."""
        return [q for q in self.live.values() if q.starter_id == user_id]

    def stoppable(self, session_id: str, user_id: int, *, moderator: bool) -> ChannelQuiz:
        """The quiz `user_id` may stop now (its starter or a moderator); QuizError if not."""
        quiz = self._live(session_id)
        if quiz.starter_id != user_id and not moderator:
            raise QuizError(_("Only whoever started this quiz (or a moderator) can stop it."))
        return quiz

    async def stop_quiz(self, quiz: ChannelQuiz) -> None:
        """End a quiz early: the open question closes unscored, the final table is posted.

        Ended in the store first: when that fails (a database outage) the error is raised and
        the quiz is left as it was, so the same Stop can be tried again.
        """
        session = quiz.session
        if self.study.store is not None:
            await self.study.store.sessions.end_session(session.session_id)
        if quiz.timer is not None:
            quiz.timer.cancel()
        session.stop(self.clock.now())
        self.study.end_group(session.session_id)
        self.live.pop(session.session_id, None)
        if quiz.message_id is not None and quiz.shown is not None:
            try:
                await self.publisher.edit(
                    quiz.channel_id, quiz.message_id, self.faces.stopped(quiz.shown)
                )
            except Exception as exc:  # the table still goes out
                log.warning("could not close the stopped quiz %s: %s", session.session_id, exc)
        await self._post_table(quiz, _("Quiz stopped: final table"))

    def closable(
        self, session_id: str, index: int, user_id: int, *, moderator: bool
    ) -> ChannelQuiz:
        """The quiz whose untimed question `user_id` may close now (its starter or a moderator).

        Raises QuizError with the reason when they may not; then call `close`.
        """
        quiz = self._live(session_id)
        if quiz.starter_id != user_id and not moderator:
            raise QuizError(
                _("Only whoever started this quiz (or a moderator) can close a question.")
            )
        if index != quiz.session.index:
            raise QuizError(_("That question is already closed."))
        return quiz

    async def close(self, quiz: ChannelQuiz, index: int) -> None:
        """Close question `index` if it is the open one: commit the answers, mark it, post
        results, go on. A second Close for it (a double click) closes nothing more: it is
        refused once the first has moved on, never taken for the next question.

        A post the platform refuses ends the quiz (see `_abandon`): never silently stuck.
        """
        if index != quiz.session.index:
            raise QuizError(_("That question is already closed."))
        if quiz.closing == index:
            raise QuizError(_("That question is being closed."))
        quiz.closing = index
        try:
            await self._close(quiz)
        except PostRefused as exc:
            await self._abandon(quiz, exc)
        finally:
            if quiz.closing == index:
                quiz.closing = None

    async def _close(self, quiz: ChannelQuiz) -> None:
        session = quiz.session
        asked = session.current()
        index = session.index
        voters = list(session.final_votes())
        result = await self.study.close_group_question(session, quiz.guild_id)
        quiz.closing = None  # closed: the next question may be answered (and closed) now
        # saved without a message until the next question is posted: a restart before then
        # posts it, and the closed question's results before it (each under its key: once)
        # and with the closed question's message until it shows it closed: a restart before
        # then marks it (`_mark_closed`), never left with live buttons beside the next one
        shown_in, quiz.message_id = quiz.message_id, None
        if shown_in is not None:
            quiz.unmarked = (index, shown_in)
        await self._forget_votes(session.session_id, index, voters)
        await self._checkpoint(quiz)
        await self._mark_closed(
            quiz, None if quiz.shown is None else self.faces.closed(quiz.shown, asked)
        )
        names = self.faces.names((*result.right, *result.wrong))
        await self._post(quiz, views.group_result_reply(result, names, session.briefing), "r")
        if not session.finished:
            await self._post_question(quiz)
            return
        await self._finish(quiz)

    async def _mark_closed(self, quiz: ChannelQuiz, closed: Reply | None = None) -> None:
        """Show the closed question still marked open (`unmarked`) closed in its message:
        `closed`, or after a restart rebuilt from the quiz. A failed edit (the message
        deleted, no permission, Discord down) is one line and the quiz goes on; the next
        save forgets it either way."""
        if quiz.unmarked is None:
            return
        index, message_id = quiz.unmarked
        try:
            if closed is None:
                closed = self.faces.closed_at(quiz.session, index)
            await self.publisher.edit(quiz.channel_id, message_id, closed)
        except Exception as exc:  # the results, the next question or the table still go out
            log.warning(
                "could not mark question %s of quiz %s as closed: %s",
                index + 1,
                quiz.session.session_id,
                exc,
            )
        if quiz.unmarked == (index, message_id):
            quiz.unmarked = None

    async def _finish(self, quiz: ChannelQuiz, *, since: datetime | None = None) -> None:
        """Post a finished quiz's final table, then end it: saved finished until then, so a
        restart in between posts the table (under its key: once) and the channel sees the
        quiz end. A restart passes `since`, when the quiz was saved finished: a table the
        channel shows from after then is its own, kept from before the restart (the key is
        enforced for a few minutes only). An end that fails (the database down) is one
        line; the saved row expires."""
        await self._post(quiz, self._table(quiz, _("Final table")), "t", since=since)
        try:
            await self._end(quiz)
        except Exception as exc:
            log.warning("could not end channel quiz %s (%r)", quiz.session.session_id, exc)

    def _table(self, quiz: ChannelQuiz, title: str) -> Reply:
        session = quiz.session
        rows = session.standings()
        names = self.faces.names(r.user_id for r in rows)
        return views.standings_reply(rows, names, title, asked=len(session.results))

    async def _post_table(self, quiz: ChannelQuiz, title: str) -> None:
        await self._post(quiz, self._table(quiz, title), "t")

    async def _post(
        self, quiz: ChannelQuiz, reply: Reply, what: str, *, since: datetime | None = None
    ) -> Posted:
        """Post `reply` in the quiz's channel under a key of this quiz, question and kind of
        post (`what`): the platform posts it once however often it is tried, and a failure
        that may pass is tried again (`post_once`); the last one is raised (a `PostRefused`
        ends the quiz)."""
        key = f"{quiz.session.session_id}.{quiz.session.index}{what}"
        return await post_once(self.publisher, self.clock, quiz.channel_id, reply, key, since=since)

    async def _abandon(self, quiz: ChannelQuiz, exc: Exception) -> None:
        """A post was refused: end the quiz, tell its starter, post what can still be posted."""
        session = quiz.session
        log.warning("channel quiz %s stopped: a post was refused: %s", session.session_id, exc)
        await self._keep_open_votes(quiz)
        self.study.group.pop(session.session_id, None)
        try:
            await self._end(quiz)
        except Exception:
            log.exception("could not end channel quiz %s", session.session_id)
        if quiz.timer is not None and quiz.timer is not asyncio.current_task():
            quiz.timer.cancel()
        note = Reply.text(
            _("Your channel quiz was stopped"),
            _(
                "I could not post in the quiz's channel ({reason}). Check that I may send "
                "messages and embed links there, then start a new quiz. The answers given so "
                "far are kept."
            ).format(reason=exc),
            private=True,
        )
        try:
            if quiz.starter_id != NOBODY:
                await self.publisher.direct(quiz.starter_id, self._with_table(note, quiz))
        except Exception as err:
            log.warning("could not tell the starter of quiz %s: %s", session.session_id, err)
        try:
            await self._post(quiz, self._table(quiz, _("Standings so far")), "s")
        except Exception as err:
            log.info("no standings posted for quiz %s: %s", session.session_id, err)

    async def _keep_open_votes(self, quiz: ChannelQuiz) -> None:
        """The votes registered on the open question of a quiz that ends now become answers,
        as its starter is told (a resumed quiz that cannot post may hold some); when that
        fails (the database down) they stay saved as votes, one line."""
        session = quiz.session
        voters = list(session.final_votes())
        if not voters:
            return
        index = session.index
        quiz.closing = index  # a vote committed meanwhile is refused, not acknowledged and lost
        try:
            await self.study.close_group_question(session, quiz.guild_id)
        except Exception as exc:
            log.warning(
                "channel quiz %s: its open question's votes could not be kept as answers: %r",
                session.session_id,
                exc,
            )
            return
        finally:
            quiz.closing = None
        await self._forget_votes(session.session_id, index, voters)

    def _with_table(self, note: Reply, quiz: ChannelQuiz) -> Reply:
        table = self._table(quiz, _("Standings so far"))
        return Reply((*note.pages, *table.pages), private=True)

    async def _post_question(self, quiz: ChannelQuiz) -> None:
        quiz.shown = self.faces.question(quiz.session)
        posted = await self._post(quiz, quiz.shown, "q")
        quiz.message_id = posted.button_message_id
        await self._checkpoint(quiz)
        self._start_timer(quiz)

    async def _checkpoint(self, quiz: ChannelQuiz) -> None:
        """Save the quiz where it is now (finished too: it ends once its final table is
        posted, `_finish`). A failure (the database down) is one warning line and the quiz
        goes on: the closed question's answers are already committed, and a restart now would
        resume the quiz at its last saved question, whose answers count once (they are
        deduplicated). A vote on the next question saves it first (`unsaved`): a restart must
        not resume before the question voted on."""
        try:
            await self._save(quiz)
        except Exception as exc:
            log.warning(
                "could not save channel quiz %s (%r): it goes on from memory",
                quiz.session.session_id,
                exc,
            )

    def timing_now(self, quiz: ChannelQuiz) -> datetime:
        """The time for the open question's timer and answer times: when it opened plus the
        time passed since on the monotonic clock, so a jump of the wall clock neither cuts
        the question short ("Time is up" while it is open) nor stretches it. The wall
        clock's time for a question this process has not seen open."""
        session = quiz.session
        opened_at = session.opened_at
        if opened_at is None or quiz.opened is None or quiz.opened[0] != session.index:
            return self.clock.now()
        return opened_at + timedelta(seconds=self.clock.monotonic() - quiz.opened[1])

    def _start_timer(self, quiz: ChannelQuiz) -> None:
        opened_at = quiz.session.opened_at
        if opened_at is not None:  # how long it has been open, read once on the wall clock
            open_for = max(0.0, (self.clock.now() - opened_at).total_seconds())
            quiz.opened = (quiz.session.index, self.clock.monotonic() - open_for)
        if quiz.session.timer_seconds is not None:
            quiz.timer = asyncio.create_task(self._close_later(quiz, quiz.session.index))

    async def _close_later(self, quiz: ChannelQuiz, index: int) -> None:
        session = quiz.session
        assert session.timer_seconds is not None and session.opened_at is not None
        deadline = session.opened_at + timedelta(seconds=session.timer_seconds)
        await self.clock.sleep(max(0.0, (deadline - self.timing_now(quiz)).total_seconds()))
        expires = session.started_at + SESSION_LIFETIME
        attempt = 0
        while self.clock.now() < expires:
            if session.index != index or session.finished:
                return
            try:
                await self.close(quiz, index)
                return
            except NotSaved:  # the store failed: nothing closed, try again shortly
                attempt += 1
                log.warning(
                    "closing question %s of quiz %s: attempt %d failed; trying again in %.0f s",
                    index,
                    session.session_id,
                    attempt,
                    CLOSE_RETRY_SECONDS,
                )
                await self.clock.sleep(CLOSE_RETRY_SECONDS)
            except Exception:
                log.exception("closing question %s of quiz %s failed", index, session.session_id)
                return

    async def stop(self) -> None:
        """Stop every question timer (on shutdown)."""
        timers = [q.timer for q in self.live.values() if q.timer is not None]
        for timer in timers:
            timer.cancel()
        await asyncio.gather(*timers, return_exceptions=True)

    # ----- persistence -----

    async def _save(self, quiz: ChannelQuiz) -> None:
        store = self.study.store
        if store is None:
            return
        state: dict[str, Any] = {
            **quiz.session.to_state(),
            "message_id": quiz.message_id,
            "starter_id": quiz.starter_id,
            "unmarked": list(quiz.unmarked) if quiz.unmarked is not None else None,
        }
        quiz.unsaved = True  # until this commit is known to be made
        await store.sessions.save_session(
            quiz.session.session_id,
            QUIZ_KIND,
            quiz.starter_id,
            quiz.guild_id,
            quiz.channel_id,
            json.dumps(state),
            quiz.session.started_at + SESSION_LIFETIME,
        )
        quiz.unsaved = False

    async def _forget_votes(self, session_id: str, index: int, voters: list[int]) -> None:
        store = self.study.store
        if store is not None and voters:
            try:
                await store.sessions.end_sessions([vote_id(session_id, index, u) for u in voters])
            except Exception:  # they are answers now; the purge drops the rows when they expire
                log.warning("could not drop the votes of quiz %s", session_id)

    async def _end(self, quiz: ChannelQuiz) -> None:
        self.live.pop(quiz.session.session_id, None)
        if self.study.store is not None:
            await self.study.store.sessions.end_session(quiz.session.session_id)

    async def resume(self) -> int:
        """Rebuild every channel quiz open in the store (after a restart); how many resumed.

        Each quiz gets its committed votes back and a word in its channel; a timed question
        closes when its time is up (at once if that passed while the bot was down), an untimed
        one waits for its starter. Old buttons keep working: their ids name the same question.
        """
        store = self.study.store
        if store is None:
            return 0
        now = self.clock.now()
        votes: dict[tuple[str, int], dict[int, Vote]] = {}
        for row in await store.sessions.active_sessions(now, kind=VOTE_KIND):
            session_id, index, user_id = parse_vote_id(row.session_id)
            votes.setdefault((session_id, index), {})[user_id] = Vote(**json.loads(row.state))
        resumed = 0
        for row in await store.sessions.active_sessions(now, kind=QUIZ_KIND):
            if row.session_id in self.live:
                continue
            with guild_scope(row.guild_id):  # a server's own briefing is found in it alone
                resumed += await self._resume_row(row, votes)
        return resumed

    async def _resume_row(
        self, row: StoredSession, votes: dict[tuple[str, int], dict[int, Vote]]
    ) -> bool:
        """Rebuild one stored channel quiz on the briefing (and version) it was started on,
        with its committed votes; False when it has no channel, or (then ended) when it
        cannot be rebuilt."""
        if row.channel_id is None:
            return False
        state = json.loads(row.state)
        try:
            briefing = await self.study.briefing_of_session(row.session_id, state["briefing_id"])
            index = len(state["results"])
            session = GroupSession.from_state(state, briefing, votes.get((row.session_id, index)))
        except (NotFound, QuizError, KeyError, ValueError, IndexError):
            log.warning("channel quiz %s cannot be resumed: dropped", row.session_id)
            if self.study.store is not None:
                await self.study.store.sessions.end_session(row.session_id)
            return False
        quiz = ChannelQuiz(
            session,
            row.channel_id,
            int(state["starter_id"]),
            row.guild_id,
            message_id=state.get("message_id"),
            unmarked=_unmarked(state, session.index),
        )
        with use_language(await language_of(self.server_language, quiz.guild_id)):
            await self._resume_one(quiz, row.updated_at)  # its timer keeps the language
        return True

    async def _resume_one(self, quiz: ChannelQuiz, saved_at: datetime) -> None:
        session = quiz.session
        self.study.adopt_group(session)
        self.live[session.session_id] = quiz
        await self._mark_closed(quiz)  # killed before its last closed question showed it
        if session.finished:  # stopped before it ended (its final table out or not)
            try:
                await self._post_results_again(quiz, saved_at)
                await self._finish(quiz, since=saved_at)
            except PostRefused as exc:
                log.warning("channel quiz %s: no final table (%s)", session.session_id, exc)
                await self._end(quiz)
            return
        quiz.shown = self.faces.question(session)
        kept = len(session.final_votes())
        text = _resumed_text(kept, timed=bool(session.timer_seconds), starter=quiz.starter_id)
        note = Reply.text(
            _("This channel quiz goes on"), text.format(number=session.index + 1, n=kept)
        )
        try:
            await self._post_results_again(quiz, saved_at)
            await self._post(quiz, note, "n")
            if quiz.message_id is None:  # stopped before its question was posted (or kept)
                session.open_now(self.clock.now())  # unseen and unanswered: open from now
                await self._post_question(quiz)  # under the question's key: once
                return
        except PostRefused as exc:
            await self._abandon(quiz, exc)
            return
        self._start_timer(quiz)

    async def _post_results_again(self, quiz: ChannelQuiz, saved_at: datetime) -> None:
        """The results of the question closed last, when the quiz was saved between that
        close and its next question's post (no message saved): the process may have died
        before they went out. Under the same key as at the close, and looked for since the
        save: posted once either way."""
        session = quiz.session
        if quiz.message_id is not None or not session.results:
            return
        result = session.results[-1]
        names = self.faces.names((*result.right, *result.wrong))
        reply = views.group_result_reply(result, names, session.briefing)
        await self._post(quiz, reply, "r", since=saved_at)


def _unmarked(state: dict[str, Any], closed: int) -> tuple[int, int] | None:
    """A saved quiz's closed question whose message may still show it open (`unmarked`):
    None when there is none (saved before this was kept, too), or when what is saved names
    no question among the `closed` first (one line: the quiz goes on all the same)."""
    saved = state.get("unmarked")
    if saved is None:
        return None
    try:
        index, message_id = (int(n) for n in saved)
    except (TypeError, ValueError):
        index, message_id = -1, 0
    if not 0 <= index < closed:
        log.warning(
            "channel quiz %s: no closed question %r to mark", state.get("session_id"), saved
        )
        return None
    return index, message_id


def vote_id(session_id: str, index: int, user_id: int) -> str:
    """The saved-session key of one player's vote on one question."""
    return f"{session_id}:{index}:{user_id}"


def parse_vote_id(key: str) -> tuple[str, int, int]:
    """`vote_id`'s parts back."""
    session_id, index, user_id = key.rsplit(":", 2)
    return session_id, int(index), int(user_id)
