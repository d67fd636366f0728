"""The question of the day: one question from a briefing, answered by everyone with buttons.

Which question is deterministic per date (every question of the briefing comes round before
one repeats). Each question of the day is a session of its own in the store (kind "qotd"), so
its answers carry that session id and the store keeps one answer per person: a second click
changes nothing. The answer, why, and the best answerers (right, fastest first) are revealed
when the next question of the day goes out in that channel, or `REVEAL_AFTER` after posting,
whichever comes first. Closing a question deletes its session, which only one caller can do:
that is what keeps the reveal to one post even with several bot processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.core.answer_tables import typed_answers_ready
from bot.core.class_quiz import OverrideSource
from bot.core.clock import Clock
from bot.core.dates import day_and_month
from bot.core.errors import (
    BriefbotError,
    InvalidInput,
    NotFound,
    NotSaved,
    PostRefused,
    QuizError,
)
from bot.core.library import Shelf
from bot.core.models import Briefing, EditorNote, Question
from bot.core.ports import Repositories
from bot.core.progress import AnswerRecord, ReviewState, StoredSession
from bot.core.question_reports import accepts
from bot.core.quiz import AnswerResult, QuizQuestion, judge, notes_for_question, present
from bot.core.replies import Page, Reply, emphasis, moment
from bot.core.review import ReviewScheduler
from bot.core.views import note_lines, option_buttons
from bot.i18n import _, ngettext

__all__ = [
    "KEEP_UNREVEALED",
    "KIND",
    "NOBODY",
    "REVEAL_AFTER",
    "Answered",
    "Qotd",
    "QotdService",
    "Reveal",
    "answerable",
    "closed_unrevealed",
    "duration_text",
    "pick_question",
    "question_reply",
    "reveal_key",
    "reveal_of",
    "reveal_reply",
]

log = logging.getLogger(__name__)

KIND = "qotd"
NOBODY = 0
"""Owner id of a question of the day: it belongs to the server, not to a person."""
REVEAL_AFTER = dt.timedelta(hours=24)
KEEP_UNREVEALED = dt.timedelta(days=7)
"""How long an unrevealed question of the day can still be revealed (after downtime)."""
BEST = 5


def answerable(briefing: Briefing) -> list[Question]:
    """The questions answerable with buttons (choice and true/false), by id."""
    return sorted(
        (q for q in briefing.questions if q.kind in ("choice", "truefalse")), key=lambda q: q.id
    )


def pick_question(
    briefing: Briefing,
    day: dt.date,
    asked: Collection[str] = (),
    hidden: Collection[str] = (),
) -> QuizQuestion:
    """The question of the day for `day`: the same on every run, all before any repeats.

    `asked` holds questions already posted (and revealed) in the channel that day: the next
    one in turn is taken instead, so a revealed answer is never asked again for credit.
    `hidden` questions (the server hid them after a report) are skipped the same way.
    QuizError when every question was asked already.
    """
    pool = answerable(briefing)
    if not pool:
        raise InvalidInput(
            _(
                "“{briefing}” has no multiple-choice or true/false question, so it cannot "
                "give a question of the day. Pick another briefing."
            ).format(briefing=briefing.title)
        )
    random.Random(f"qotd:{briefing.id}").shuffle(pool)
    start = day.toordinal() % len(pool)
    turn = [pool[(start + step) % len(pool)] for step in range(len(pool))]
    if all(q.id in hidden for q in pool):
        raise InvalidInput(
            _(
                "Every multiple-choice and true/false question of “{briefing}” is hidden in "
                "this server, so it cannot give a question of the day. Pick another briefing."
            ).format(briefing=briefing.title)
        )
    fresh = [q for q in turn if q.id not in asked and q.id not in hidden]
    if not fresh:
        raise QuizError(
            _(
                "Every question of “{briefing}” was already a question of the day in this "
                "channel today; none is left to ask."
            ).format(briefing=briefing.title)
        )
    rng = random.Random(f"qotd:{briefing.id}:{day.isoformat()}")
    return present(briefing, fresh[0], rng)


@dataclass(frozen=True, slots=True)
class Qotd:
    """One question of the day as posted: where, which question, and when it is revealed."""

    session_id: str
    guild_id: int
    channel_id: int
    briefing_id: str
    question_id: str
    options: tuple[str, ...]
    day: dt.date
    posted_at: dt.datetime
    reveal_at: dt.datetime
    message_id: int | None = None
    schedule_id: int | None = None

    def to_state(self) -> str:
        """The JSON kept in the store."""
        return json.dumps(
            {
                "kind": KIND,
                "guild_id": self.guild_id,
                "channel_id": self.channel_id,
                "briefing_id": self.briefing_id,
                "question_id": self.question_id,
                "options": list(self.options),
                "day": self.day.isoformat(),
                "posted_at": self.posted_at.isoformat(),
                "reveal_at": self.reveal_at.isoformat(),
                "message_id": self.message_id,
                "schedule_id": self.schedule_id,
            }
        )

    @classmethod
    def from_session(cls, session: StoredSession) -> Qotd:
        """Rebuild from a stored session."""
        state: dict[str, Any] = json.loads(session.state)
        return cls(
            session_id=session.session_id,
            guild_id=int(state["guild_id"]),
            channel_id=int(state["channel_id"]),
            briefing_id=state["briefing_id"],
            question_id=state["question_id"],
            options=tuple(state["options"]),
            day=dt.date.fromisoformat(state["day"]),
            posted_at=dt.datetime.fromisoformat(state["posted_at"]),
            reveal_at=dt.datetime.fromisoformat(state["reveal_at"]),
            message_id=state.get("message_id"),
            schedule_id=state.get("schedule_id"),
        )

    def quiz_question(self, briefing: Briefing) -> QuizQuestion:
        """The question with its options in the posted order; QuizError if it was removed."""
        question = next((q for q in briefing.questions if q.id == self.question_id), None)
        if question is None:
            raise QuizError(_("This question of the day was removed from its briefing."))
        return QuizQuestion(briefing.id, question, self.options, briefing.section_of(question))


@dataclass(frozen=True, slots=True)
class Answered:
    """A click on a question of the day: the judged answer, and whether it was the first."""

    qotd: Qotd
    result: AnswerResult
    first: bool


@dataclass(frozen=True, slots=True)
class Reveal:
    """The outcome of a question of the day."""

    qotd: Qotd
    quiz_question: QuizQuestion
    answered: int
    right: int
    best: tuple[tuple[int, float], ...]  # (user id, seconds after posting), fastest first
    notes: tuple[EditorNote, ...] = ()  # the editor's notes on the question and what it tests


def reveal_of(
    qotd: Qotd,
    qq: QuizQuestion,
    answers: Sequence[AnswerRecord],
    limit: int = BEST,
    notes: tuple[EditorNote, ...] = (),
) -> Reveal:
    """Count the answers and rank the right ones, fastest first (then by user id)."""
    mine = [a for a in answers if a.question_id == qotd.question_id]
    right = sorted((a for a in mine if a.correct), key=lambda a: (a.seconds, a.user_id))
    best = tuple((a.user_id, a.seconds) for a in right[:limit])
    return Reveal(qotd, qq, len(mine), len(right), best, notes)


def duration_text(seconds: float) -> str:
    """12 s, 4 min, 2 h 5 min."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return _("{seconds} s").format(seconds=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return _("{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return _("{hours} h").format(hours=hours)


def question_reply(qotd: Qotd, qq: QuizQuestion, title: str, action_prefix: str) -> Reply:
    """The posted question: prompt, options as buttons, and when the answer comes."""
    q = qq.question
    if q.kind == "truefalse":
        hint = _("True or false?")
    else:
        hint = "\n".join(f"{k}) {o}" for k, o in zip(qq.keys, qq.options, strict=True))
    when = _("Everyone can answer, once. The answer and the best answerers come {when}.").format(
        when=moment(qotd.reveal_at)
    )
    body = f"{q.prompt}\n\n{hint}\n\n{when}"
    page = Page(
        title=_("Question of the day · {day}").format(day=day_and_month(qotd.day)),
        body=body,
        footer=_("From the briefing: {title}").format(title=title)[:200],
    )
    return Reply((page,), option_buttons(qq, action_prefix))


def closed_unrevealed(text: str, reveal_line: str) -> str:
    """A posted question's text once it closed unrevealed (its briefing unpublished or
    deleted since): the paragraph with `reveal_line` (its time, as the platform writes it),
    which promised the answer at a time now past, says it closed (was: "The answer and the
    best answerers come 2 days ago" under a question without buttons)."""
    closed = _(
        "Closed: its briefing is no longer published here, so this question takes no more "
        "answers and its answer will not be posted."
    )
    paragraphs = text.split("\n\n")
    kept = [closed if reveal_line in p else p for p in paragraphs]
    return "\n\n".join(kept if closed in kept else [*paragraphs, closed])


def reveal_key(qotd: Qotd) -> str:
    """The key a question's answer is posted under (`Publisher.post` `once=`): the same on
    every try, so the platform posts it once (short: a nonce is 25 characters at most)."""
    return "v" + hashlib.blake2s(qotd.session_id.encode(), digest_size=8).hexdigest()


def reveal_reply(reveal: Reveal, names: dict[int, str]) -> Reply:
    """The answer, why, how many got it right, and the fastest right answerers."""
    q = reveal.quiz_question.question
    answer = _("The answer: {answer}").format(answer=emphasis(q.answer_text))
    body = f"{q.prompt}\n\n{answer}\n{q.explanation}\n\n"
    if reveal.notes:
        body += note_lines(reveal.notes) + "\n\n"
    if not reveal.answered:
        body += _("Nobody answered this one.")
    else:
        answered = ngettext("{n} person answered", "{n} people answered", reveal.answered).format(
            n=reveal.answered
        )
        right = ngettext("{right} right", "{right} right", reveal.right).format(right=reveal.right)
        body += f"{answered}, {right}."
        if reveal.best:
            ranks = "\n".join(
                _("{rank}. {name}, after {duration}").format(
                    rank=i, name=names.get(user, str(user)), duration=duration_text(seconds)
                )
                for i, (user, seconds) in enumerate(reveal.best, 1)
            )
            body += "\n\n" + _("Best answerers (right, fastest first):") + f"\n{ranks}"
    title = _("Question of the day · {day}: the answer").format(day=day_and_month(reveal.qotd.day))
    return Reply((Page(title=title, body=body),))


class QotdService:
    """Posts, answers and reveals questions of the day, kept in the store.

    With `overrides`, a server's decisions on reported questions hold: a question it hid is
    not asked there, and an answer it accepted as an alternative counts as right there.
    """

    def __init__(
        self,
        library: Shelf,
        store: Repositories,
        clock: Clock,
        scheduler: ReviewScheduler | None = None,
        overrides: OverrideSource | None = None,
        forgets_of: Callable[[int], int] | None = None,
    ) -> None:
        self.library = library
        self.store = store
        self.clock = clock
        self.scheduler = scheduler or ReviewScheduler()
        self.overrides = overrides
        self.forgets_of = forgets_of or (lambda user_id: 0)
        """How often a user's data was deleted (`StudyService.forgets_of`): an answer read
        before /forgetme was confirmed is not kept after it."""

    async def start(
        self,
        session_id: str,
        briefing_id: str,
        *,
        guild_id: int,
        channel_id: int,
        day: dt.date,
        schedule_id: int | None = None,
        reveal_after: dt.timedelta = REVEAL_AFTER,
        earlier: Sequence[Qotd] = (),
    ) -> tuple[Qotd, QuizQuestion]:
        """Pick the day's question and open it (saved before anything is posted).

        `earlier` are the questions of the day this one follows in the channel: none asked
        there on the same day from the same briefing is asked again.
        """
        briefing = self.library.get(briefing_id)
        asked = {
            q.question_id
            for q in earlier
            if q.day == day and q.briefing_id == briefing.id and q.channel_id == channel_id
        }
        hidden: set[str] = set()
        if self.overrides is not None:
            found = await self.overrides.overrides(guild_id, briefing.id)
            hidden = {o.question_id for o in found if o.hidden}
        qq = pick_question(briefing, day, asked, hidden)
        now = self.clock.now()
        qotd = Qotd(
            session_id=session_id,
            guild_id=guild_id,
            channel_id=channel_id,
            briefing_id=briefing.id,
            question_id=qq.question.id,
            options=qq.options,
            day=day,
            posted_at=now,
            reveal_at=now + reveal_after,
            schedule_id=schedule_id,
        )
        await self._save(qotd)
        return qotd, qq

    async def _save(self, qotd: Qotd) -> None:
        await self.store.sessions.save_session(
            qotd.session_id,
            KIND,
            NOBODY,
            qotd.guild_id,
            qotd.channel_id,
            qotd.to_state(),
            qotd.reveal_at + KEEP_UNREVEALED,
        )

    async def posted(self, qotd: Qotd, message_id: int) -> Qotd:
        """Remember which message shows the question (to mark its answer at the reveal)."""
        updated = replace(qotd, message_id=message_id)
        await self._save(updated)
        return updated

    async def not_posted(self, qotd: Qotd, error: Exception) -> None:
        """A question whose post failed: kept when the platform may have taken it (a
        `PostRefused` that may pass: an outage, a dropped connection), so the run's retry
        posts this same question, once, under the run's key; forgotten when it surely did
        not (refused, or no post tried), so a question nobody saw is never revealed."""
        if isinstance(error, PostRefused) and error.passing:
            return
        await self.store.sessions.end_session(qotd.session_id)

    async def get(self, session_id: str) -> Qotd | None:
        """An open question of the day; None once revealed (or expired)."""
        session = await self.store.sessions.load_session(session_id, self.clock.now())
        if session is None or session.kind != KIND:
            return None
        return Qotd.from_session(session)

    async def answer(self, session_id: str, user_id: int, key: str) -> Answered:
        """Record a person's answer; only their first one counts. QuizError once closed, or
        when their data was deleted while it was on its way (they may answer again)."""
        await typed_answers_ready()  # the answer reader, loaded off the event loop, once
        forgets = self.forgets_of(user_id)
        qotd = await self.get(session_id)
        if qotd is None:
            raise QuizError(await self._closed(session_id))
        try:
            briefing = self.library.get(qotd.briefing_id)
        except NotFound:  # unpublished or deleted since it was posted
            raise QuizError(
                _(
                    "This question of the day comes from a briefing that is no longer "
                    "published here, so it takes no more answers."
                )
            ) from None
        qq = qotd.quiz_question(briefing)
        now = self.clock.now()
        correct, chosen = judge(briefing, qq, key)
        given = qq.options[qq.keys.index(chosen)] if chosen in qq.keys else None
        if not correct and given is not None and self.overrides is not None:
            override = await self.overrides.get_override(qotd.guild_id, briefing.id, qq.question.id)
            correct = accepts(override, qq.question, given)
        seconds = max(0.0, (now - qotd.posted_at).total_seconds())
        scheduler = self.scheduler

        def review(previous: ReviewState | None) -> ReviewState:
            # Applied by the store inside the answer's transaction. No speed rating: a
            # question of the day may be answered at any time of day.
            return scheduler.answer(
                previous,
                correct=correct,
                seconds=seconds,
                expected_seconds=0.0,
                kind=qq.question.kind,
                now=now,
            )

        record = AnswerRecord(
            user_id=user_id,
            guild_id=qotd.guild_id,
            briefing_id=briefing.id,
            question_id=qq.question.id,
            section_id=qq.section_id,
            correct=correct,
            seconds=seconds,
            answered_at=now,
            session_id=qotd.session_id,
            given=given,
        )
        if self.forgets_of(user_id) != forgets:  # /forgetme confirmed meanwhile
            raise QuizError(_("Your answer could not be saved just now: please try again."))
        try:
            first = await self.store.answers.record_answer(record, review)
        except Exception as exc:  # nothing was recorded: the same click may simply be retried
            log.exception("committing an answer to question of the day %s failed", session_id)
            raise NotSaved(_("Your answer could not be saved just now: please try again.")) from exc
        return Answered(qotd, AnswerResult(qq, key, chosen, correct, seconds), first)

    async def _closed(self, session_id: str) -> str:
        """What a click on a closed question of the day is told: its answer, read from the
        answers given to it (its reveal may not have been posted: the bot may have lost the
        right to post in its channel), else only that it is closed."""
        closed = _("This question of the day is closed and takes no more answers.")
        try:
            given = await self.store.answers.session_answers(session_id)
            question = self.library.get(given[0].briefing_id).questions_by_id[given[0].question_id]
        except (BriefbotError, IndexError, KeyError):
            return closed
        answer = _("The answer: {answer}").format(answer=emphasis(question.answer_text))
        return f"{closed}\n{answer}\n{question.explanation}"

    async def due_reveals(self, now: dt.datetime | None = None) -> list[Qotd]:
        """Questions of the day whose reveal time has come (by `now`, default the clock's).

        Found by index: a question expires `KEEP_UNREVEALED` after its reveal time, so those
        due are the ones expiring within that window; the store reads no other session.
        """
        now = now or self.clock.now()
        sessions = await self.store.sessions.active_sessions(
            now, kind=KIND, expires_by=now + KEEP_UNREVEALED
        )
        due = [q for q in map(Qotd.from_session, sessions) if q.reveal_at <= now]
        return sorted(due, key=lambda q: (q.posted_at, q.session_id))

    async def open_questions(self, channel_id: int | None = None) -> list[Qotd]:
        """Questions of the day not yet revealed, oldest first (in one channel if given)."""
        sessions = await self.store.sessions.active_sessions(self.clock.now(), kind=KIND)
        found = [Qotd.from_session(s) for s in sessions]
        if channel_id is not None:
            found = [q for q in found if q.channel_id == channel_id]
        return sorted(found, key=lambda q: (q.posted_at, q.session_id))

    async def close(self, qotd: Qotd) -> Reveal | None:
        """Close a question and count its answers; None if another caller closed it first.

        The answers are read before the question is closed: a store failing between the two
        leaves it open, revealed on a later try (read only after closing, a failed read lost
        the reveal for good). They are read again once it is closed, for an answer committed
        meanwhile, when the store allows; else the first read is counted.
        """
        answers = await self.store.answers.session_answers(qotd.session_id)
        if not await self.end(qotd):
            return None
        try:
            answers = await self.store.answers.session_answers(qotd.session_id)
        except Exception as exc:  # closed: the reveal goes out with the answers read before
            log.warning(
                "question of the day %s: answers read again after closing failed (%s); "
                "revealed with the %d read before",
                qotd.session_id,
                exc,
                len(answers),
            )
        return self._reveal(qotd, answers)

    async def tally(self, qotd: Qotd) -> Reveal | None:
        """The reveal of a question still open, which stays open (None once closed): post it
        under `reveal_key`, then `end` it, so a process stopped in between reveals it again
        after its restart (under the same key: the post goes out once)."""
        if await self.get(qotd.session_id) is None:
            return None
        return self._reveal(qotd, await self.store.answers.session_answers(qotd.session_id))

    async def end(self, qotd: Qotd) -> bool:
        """Close a question without counting it; False if another caller closed it first."""
        return await self.store.sessions.end_session(qotd.session_id)

    def _reveal(self, qotd: Qotd, answers: Sequence[AnswerRecord]) -> Reveal:
        try:
            briefing = self.library.get(qotd.briefing_id)
            qq = qotd.quiz_question(briefing)
        except BriefbotError as exc:
            raise QuizError(f"Question of the day {qotd.session_id} cannot be revealed") from exc
        return reveal_of(qotd, qq, answers, notes=notes_for_question(briefing, qq.question))
