"""Question reports: students flag a problem, moderators fix it for their server.

A report names a question, a reason (wrong key, unclear, outdated, typo, other), an optional
comment and the reporter's own answer. A moderator then accepts an alternative answer (it
counts from then on in that server and, if they choose, re-scores earlier answers that match
it), hides the question from that server's quizzes, or dismisses the report. Everything is
per server: reports are numbered per server from #1, and another server's number is unknown
here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.answer_text import is_blank
from bot.core.class_ports import QuestionReportRepository
from bot.core.classwork import REPORT_REASONS, QuestionOverride, QuestionReport
from bot.core.clock import Clock
from bot.core.content.removed import RemovedLookup
from bot.core.errors import InvalidInput, NotFound
from bot.core.library import Shelf
from bot.core.models import Briefing, Question
from bot.core.unseen_saves import UnseenSaves
from bot.i18n import _, pgettext

__all__ = [
    "MAX_COMMENT_CHARS",
    "AcceptOutcome",
    "QuestionReportService",
    "QueueItem",
    "accepts",
    "visible_questions",
]

MAX_COMMENT_CHARS = 500
MAX_ALTERNATIVE_CHARS = 200
OVERRIDES_CACHED_FOR = dt.timedelta(seconds=60)
"""How long a server's overrides are reused before being read again.

A server is served by one process (its shard), and that process's own changes clear the cache
at once; the limit only bounds how stale a change made elsewhere (another tool) can be.
"""


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One open report as a moderator sees it: the question, the answer, the counts."""

    report: QuestionReport
    prompt: str
    answer: str
    answered: int
    correct: int
    reports_on_question: int


@dataclass(frozen=True, slots=True)
class AcceptOutcome:
    """What accepting an alternative changed."""

    override: QuestionOverride
    rescored: int
    closed_reports: int


def accepts(override: QuestionOverride | None, question: Question, given: str) -> bool:
    """Whether the server accepted `given` (an option's text or a typed answer) as right too."""
    if override is None or not override.alternatives or is_blank(given):
        return False
    if question.kind != "short":
        folded = given.strip().casefold()
        return any(folded == alt.casefold() for alt in override.alternatives)
    from bot.core.matching import is_correct  # on first use: an idle bot does not carry it

    return any(is_correct(given, alt) for alt in override.alternatives)


def visible_questions(briefing: Briefing, overrides: Sequence[QuestionOverride]) -> list[str]:
    """The ids of the briefing's questions this server has not hidden."""
    hidden = {o.question_id for o in overrides if o.hidden}
    return [q.id for q in briefing.questions if q.id not in hidden]


def _status_word(status: str) -> str:
    """A report's state (accepted, hidden, dismissed, open) as a moderator reads it."""
    words = {
        "open": pgettext("report status", "open"),
        "accepted": pgettext("report status", "accepted"),
        "hidden": pgettext("report status", "hidden"),
        "dismissed": pgettext("report status", "dismissed"),
    }
    return words.get(status, status)


class QuestionReportService:
    """Filing, listing and resolving question reports for one bot."""

    def __init__(self, library: Shelf, repo: QuestionReportRepository, clock: Clock) -> None:
        self.library = library
        self.repo = repo
        self.clock = clock
        self.removed: RemovedLookup | None = None
        """Set by the composition root: the words kept of a server briefing removed since."""
        self._filing = asyncio.Lock()
        self._untold: UnseenSaves[tuple[int, int, str, str], QuestionReport] = UnseenSaves()
        """Reports filed whose student never saw them thanked (given up, reply lost)."""
        self._cached: dict[
            tuple[int, str], tuple[dt.datetime, asyncio.Future[list[QuestionOverride]]]
        ] = {}

    def _question(self, briefing_id: str, question_id: str) -> tuple[Briefing, Question]:
        briefing = self.library.get(briefing_id)
        question = next((q for q in briefing.questions if q.id == question_id), None)
        if question is None:
            raise NotFound(_("That question is no longer in the briefing."))
        return briefing, question

    async def report(
        self,
        *,
        guild_id: int,
        user_id: int,
        briefing_id: str,
        question_id: str,
        reason: str,
        comment: str = "",
        given: str | None = None,
    ) -> QuestionReport:
        """File a report; InvalidInput for an unknown reason or an over-long comment."""
        self._question(briefing_id, question_id)
        if reason not in REPORT_REASONS:
            raise InvalidInput(
                _("Pick a reason: {reasons}.").format(
                    reasons=", ".join(r.replace("_", " ") for r in REPORT_REASONS)
                )
            )
        comment = comment.strip()
        if len(comment) > MAX_COMMENT_CHARS:
            raise InvalidInput(
                _("Keep the comment under {most} characters.").format(most=MAX_COMMENT_CHARS)
            )
        key = (guild_id, user_id, briefing_id, question_id)
        retried = await self._untold.take(key)
        if retried is not None:  # their first try, given up or its reply lost: filed
            return retried
        report = QuestionReport(
            guild_id=guild_id,
            user_id=user_id,
            briefing_id=briefing_id,
            question_id=question_id,
            reason=reason,  # type: ignore[arg-type]
            created_at=self.clock.now(),
            comment=comment,
            given=(given or "").strip()[:MAX_ALTERNATIVE_CHARS] or None,
        )
        return await self._untold.begin(key, self._file(report))

    async def _file(self, report: QuestionReport) -> QuestionReport:
        """Commit `report` unless its student has this question reported and open already
        (one at a time: a second form sent meanwhile finds the first)."""
        async with self._filing:
            if await self.repo.has_open_report(
                report.guild_id, report.user_id, report.briefing_id, report.question_id
            ):
                raise InvalidInput(
                    _("You already reported this question; a moderator will look at it.")
                )
            return await self.repo.add_report(report)

    def not_thanked(self, report: QuestionReport) -> None:
        """`report`'s student never saw it filed (the reply lost): the same form sent again
        thanks them for it rather than refusing it as reported already."""
        key = (report.guild_id, report.user_id, report.briefing_id, report.question_id)
        self._untold.missed(key, report)

    async def queue(self, guild_id: int) -> list[QueueItem]:
        """The server's open reports, oldest first, with the question and its counts."""
        reports = await self.repo.open_reports(guild_id)
        per_question: dict[tuple[str, str], int] = {}
        for r in reports:
            key = (r.briefing_id, r.question_id)
            per_question[key] = per_question.get(key, 0) + 1
        items = []
        for r in reports:
            try:
                _briefing, question = self._question(r.briefing_id, r.question_id)
                prompt, answer = question.prompt, question.answer_text
            except NotFound:
                prompt, answer = await self._gone_question(r)
            answered, correct = await self.repo.question_counts(
                guild_id, r.briefing_id, r.question_id
            )
            items.append(
                QueueItem(
                    r,
                    prompt,
                    answer,
                    answered,
                    correct,
                    per_question[(r.briefing_id, r.question_id)],
                )
            )
        return items

    async def _gone_question(self, report: QuestionReport) -> tuple[str, str]:
        """The prompt and answer key of a reported question no longer served: as kept when
        its server briefing was removed, marked so; else its ids and no key."""
        gone = await self.removed(report.guild_id, report.briefing_id) if self.removed else None
        kept = {q.question_id: q for q in gone.questions} if gone is not None else {}
        question = kept.get(report.question_id)
        if question is None:
            prompt = _("{briefing}/{question} (no longer loaded)").format(
                briefing=report.briefing_id, question=report.question_id
            )
            return prompt, ""
        return _("(removed) {prompt}").format(prompt=question.prompt), question.answer_text

    async def _open(self, guild_id: int, number: int) -> QuestionReport:
        report = await self.repo.get_report(guild_id, number)
        if report is None:
            raise NotFound(_("This server has no report #{id}.").format(id=number))
        if report.status != "open":
            raise InvalidInput(
                _("Report #{id} was already {status}.").format(
                    id=number, status=_status_word(report.status)
                )
            )
        return report

    async def accept_alternative(
        self,
        guild_id: int,
        number: int,
        alternative: str,
        moderator_id: int,
        *,
        rescore: bool = False,
    ) -> AcceptOutcome:
        """Count `alternative` as right from now on; closes every open report on the question."""
        report = await self._open(guild_id, number)
        _briefing, question = self._question(report.briefing_id, report.question_id)
        alternative = alternative.strip()
        if is_blank(alternative) or len(alternative) > MAX_ALTERNATIVE_CHARS:
            raise InvalidInput(
                _("Write the answer to accept (1-{most} characters).").format(
                    most=MAX_ALTERNATIVE_CHARS
                )
            )
        if question.kind != "short":
            options = question.choices or ["True", "False"]
            match = next((o for o in options if o.casefold() == alternative.casefold()), None)
            if match is None:
                raise InvalidInput(
                    _("Accept one of the question's options: {options}.").format(
                        options=", ".join(options)
                    )
                )
            alternative = match
        current = await self.repo.get_override(guild_id, report.briefing_id, report.question_id)
        existing = current.alternatives if current else ()
        override = QuestionOverride(
            guild_id,
            report.briefing_id,
            report.question_id,
            hidden=current.hidden if current else False,
            alternatives=existing if alternative in existing else (*existing, alternative),
        )
        now = self.clock.now()
        await self.repo.save_override(override, now)
        self._cached.pop((guild_id, report.briefing_id), None)
        rescored = 0
        if rescore:
            given = await self.repo.wrong_answers_given(
                guild_id, report.briefing_id, report.question_id
            )
            matching = [g for g in given if accepts(override, question, g)]
            if matching:
                rescored = await self.repo.mark_right(
                    guild_id, report.briefing_id, report.question_id, matching
                )
        closed = await self.repo.resolve_reports(
            guild_id, report.briefing_id, report.question_id, "accepted", moderator_id, now
        )
        return AcceptOutcome(override, rescored, closed)

    async def hide(self, guild_id: int, number: int, moderator_id: int) -> int:
        """Hide the question from this server's quizzes; returns how many reports it closed."""
        report = await self._open(guild_id, number)
        current = await self.repo.get_override(guild_id, report.briefing_id, report.question_id)
        override = QuestionOverride(
            guild_id,
            report.briefing_id,
            report.question_id,
            hidden=True,
            alternatives=current.alternatives if current else (),
        )
        now = self.clock.now()
        await self.repo.save_override(override, now)
        self._cached.pop((guild_id, report.briefing_id), None)
        return await self.repo.resolve_reports(
            guild_id, report.briefing_id, report.question_id, "hidden", moderator_id, now
        )

    async def dismiss(self, guild_id: int, number: int, moderator_id: int) -> None:
        """Close one report without changing the question."""
        report = await self._open(guild_id, number)
        await self.repo.resolve_reports(
            guild_id,
            report.briefing_id,
            report.question_id,
            "dismissed",
            moderator_id,
            self.clock.now(),
            number=number,
        )

    async def overrides(self, guild_id: int, briefing_id: str) -> list[QuestionOverride]:
        """The server's overrides of a briefing's questions (kept briefly in memory).

        Concurrent callers share one read, so a burst of answers costs one query.
        """
        key = (guild_id, briefing_id)
        now = self.clock.now()
        cached = self._cached.get(key)
        if cached is None or cached[0] <= now:
            read = asyncio.ensure_future(self.repo.overrides(guild_id, briefing_id))
            cached = self._cached[key] = (now + OVERRIDES_CACHED_FOR, read)
        try:
            return await asyncio.shield(cached[1])
        except Exception:
            if self._cached.get(key) is cached:
                del self._cached[key]
            raise

    async def get_override(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> QuestionOverride | None:
        """The server's override of a question, if any."""
        found = await self.overrides(guild_id, briefing_id)
        return next((o for o in found if o.question_id == question_id), None)

    async def hidden_ids(self, guild_id: int | None, briefing_id: str) -> set[str]:
        """The ids of a briefing's questions hidden in this server."""
        if guild_id is None:
            return set()
        return {o.question_id for o in await self.overrides(guild_id, briefing_id) if o.hidden}
