"""Class reports: who finished, their scores, and how each question went.

The database counts (see `ClassResultsRepository`); this module adds the rules: a student's
status (finished, late, started, not started; "answered" in a briefing's report), each
question's share right and its flag (too hard below 30% right, too easy above 90%, once
`FLAG_MIN_ANSWERS` answers are in), and the CSV export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.assignments import late, numbered_assignment, work_title
from bot.core.class_ports import AssignmentRepository, ClassResultsRepository
from bot.core.classwork import (
    FLAG_MIN_ANSWERS,
    TOO_EASY,
    TOO_HARD,
    Assignment,
    ClassReport,
    DayResult,
    QuestionFigures,
    QuestionFlag,
    QuestionTally,
    StudentResult,
    StudentStatus,
    Submission,
)
from bot.core.content.records import KEY_SEPARATOR
from bot.core.errors import InvalidInput, NotFound
from bot.core.library import Shelf
from bot.core.models import Briefing
from bot.i18n import _

__all__ = [
    "CSV_COLUMNS",
    "MOST_MISSED",
    "ClassReportService",
    "MissedMost",
    "flag_for",
    "most_missed",
    "report_csv",
]

WorkTitle = Callable[[int, str], Awaitable[str]]
"""(server, briefing id) -> the title work on it reads under (`AssignmentService.title_of`)."""

KeptPrompts = Callable[[int, str], Awaitable[Mapping[str, str]]]
"""(server, briefing id) -> the prompts its kept versions wrote, by question id: how a report
names the questions of work whose briefing is no longer published."""

_STATUS_ORDER: dict[StudentStatus, int] = {
    "finished": 0,
    "late": 1,
    "started": 2,
    "not started": 3,
    "answered": 0,
}


def flag_for(answered: int, correct: int, least: int = FLAG_MIN_ANSWERS) -> QuestionFlag | None:
    """ "too hard" under 30% right, "too easy" over 90% right, else None; None too with fewer
    than `least` answers, too few to judge a question by."""
    if answered < max(least, 1):
        return None
    share = correct / answered
    if share < TOO_HARD:
        return "too hard"
    if share > TOO_EASY:
        return "too easy"
    return None


MOST_MISSED = 3
"""How many of the most missed questions a report names at its top."""


@dataclass(frozen=True, slots=True)
class MissedMost:
    """A report's top line: the questions missed most (`named`), then, when more questions
    were missed exactly alike than the line has room for, all of those (`alike`)."""

    named: list[tuple[int, QuestionFigures]]
    alike: list[tuple[int, QuestionFigures]]


def most_missed(questions: Sequence[QuestionFigures], limit: int = MOST_MISSED) -> MissedMost:
    """The questions the group missed most, by number in the report: the lowest share right
    first (then the most answered, then the report's order), only questions someone got
    wrong; none when the report has a single question (its figures say it). Questions missed
    exactly alike across the `limit` are never cut in two by the report's order: they go
    together into `alike`, so a moderator never reads an arbitrary pick as the worst."""
    if len(questions) < 2:
        return MissedMost([], [])
    missed = [(n, q) for n, q in enumerate(questions, 1) if q.answered > q.correct]
    missed.sort(key=lambda item: (_how_missed(item[1]), item[0]))
    if len(missed) <= limit or _how_missed(missed[limit - 1][1]) != _how_missed(missed[limit][1]):
        return MissedMost(missed[:limit], [])
    cut = _how_missed(missed[limit - 1][1])
    named = [item for item in missed if _how_missed(item[1]) < cut]
    return MissedMost(named, [item for item in missed if _how_missed(item[1]) == cut])


def _how_missed(question: QuestionFigures) -> tuple[float, int]:
    return (question.share_right, -question.answered)


def _student(assignment: Assignment, submission: Submission) -> StudentResult:
    status: StudentStatus = "started"
    if submission.finished:
        status = "late" if late(assignment, submission) else "finished"
    return StudentResult(
        submission.user_id,
        status,
        submission.correct,
        submission.answered,
        submission.finished_at,
    )


class ClassReportService:
    """Builds class reports for moderators, one server at a time."""

    def __init__(
        self,
        library: Shelf,
        assignments: AssignmentRepository,
        results: ClassResultsRepository,
        kept_prompts: KeptPrompts | None = None,
        work_titles: WorkTitle | None = None,
    ) -> None:
        self.library = library
        self.assignments = assignments
        self.results = results
        self.kept_prompts = kept_prompts
        self.work_titles = work_titles

    async def for_assignment(
        self, guild_id: int, number: int, roster: Iterable[int] = ()
    ) -> ClassReport:
        """The report of the server's assignment of that number; `roster` adds the students
        set it who never started."""
        assignment = await numbered_assignment(self.assignments, guild_id, number)
        assignment_id = assignment.id or 0
        submissions = await self.assignments.submissions(guild_id, assignment_id)
        students = [_student(assignment, s) for s in submissions]
        seen = {s.user_id for s in students}
        students += [StudentResult(u, "not started") for u in sorted(set(roster) - seen)]
        students.sort(key=lambda s: (_STATUS_ORDER[s.status], -s.correct, s.user_id))
        tallies = await self.results.assignment_tallies(guild_id, assignment_id)
        briefing = self._briefing(assignment.briefing_id)
        name = briefing.title if briefing else await self._title(guild_id, assignment.briefing_id)
        prompts: Mapping[str, str] = {}
        if briefing is None and self.kept_prompts is not None:
            prompts = await self.kept_prompts(guild_id, assignment.briefing_id)
        return ClassReport(
            guild_id=guild_id,
            title=_("Assignment #{id}: {briefing}").format(id=number, briefing=name),
            students=tuple(students),
            questions=self._figures(
                briefing, assignment.briefing_id, assignment.question_ids, tallies, prompts
            ),
            due_at=assignment.due_at,
            number=number,
            briefing_id=assignment.briefing_id,
        )

    async def for_briefing(self, guild_id: int, briefing_id: str) -> ClassReport:
        """Every answer given in the server to one briefing's questions; a bundled briefing
        whose file was removed is named, with its questions, from its kept copy."""
        briefing = self._briefing(briefing_id)
        if briefing is None:
            return await self._for_removed(guild_id, briefing_id)
        students = await self._answered_by(guild_id, briefing.id)
        tallies = await self.results.briefing_tallies(guild_id, briefing.id)
        answered_ids = {t.question_id for t in tallies}
        ids = [q.id for q in briefing.questions if q.id in answered_ids]
        return ClassReport(
            guild_id=guild_id,
            title=_("Briefing: {briefing}").format(briefing=briefing.title),
            students=tuple(students),
            questions=self._figures(briefing, briefing.id, ids, tallies),
            briefing_id=briefing.id,
        )

    async def _answered_by(self, guild_id: int, briefing_id: str) -> list[StudentResult]:
        """The students who answered the briefing in the server, the most right first."""
        rows = await self.results.briefing_students(guild_id, briefing_id)
        return sorted(
            (
                StudentResult(user, "answered", right, answered, last)
                for user, right, answered, last in rows
            ),
            key=lambda s: (-s.correct, s.answered, s.user_id),
        )

    async def _for_removed(self, guild_id: int, briefing_id: str) -> ClassReport:
        """`for_briefing` of a bundled briefing whose file was removed, or a server's own
        removed with `/briefing remove`: NotFound unless its copy (its words) is kept; its
        questions in the copy's order, then any others answered."""
        prompts: Mapping[str, str] = {}
        if self.kept_prompts is not None:
            prompts = await self.kept_prompts(guild_id, briefing_id)
        server_own = KEY_SEPARATOR in briefing_id and bool(prompts)
        if self.library.removed_title(briefing_id) is None and not server_own:
            self.library.get(briefing_id)  # raises NotFound, as for any unknown briefing
        students = await self._answered_by(guild_id, briefing_id)
        tallies = await self.results.briefing_tallies(guild_id, briefing_id)
        answered = {t.question_id for t in tallies}
        ids = [qid for qid in prompts if qid in answered]
        ids += sorted(answered - set(ids))
        return ClassReport(
            guild_id=guild_id,
            title=_("Briefing: {briefing}").format(
                briefing=await self._title(guild_id, briefing_id)
            ),
            students=tuple(students),
            questions=self._figures(None, briefing_id, ids, tallies, prompts),
            briefing_id=briefing_id,
        )

    async def results_by_day(
        self, guild_id: int, briefing_id: str | None = None
    ) -> list[DayResult]:
        """The class's answers per day, for the chart."""
        gone = briefing_id is not None and (
            KEY_SEPARATOR in briefing_id or self.library.removed_title(briefing_id) is not None
        )
        if briefing_id is not None and not gone:
            briefing_id = self.library.get(briefing_id).id  # a removed one's copy names it
        return await self.results.results_by_day(guild_id, briefing_id)

    async def _title(self, guild_id: int, briefing_id: str) -> str:
        """What work on a briefing no longer served reads as (`WorkTitle`)."""
        if self.work_titles is not None:
            return await self.work_titles(guild_id, briefing_id)
        return work_title(self.library, briefing_id)

    def _briefing(self, briefing_id: str) -> Briefing | None:
        try:
            return self.library.get(briefing_id)
        except NotFound:
            return None

    @staticmethod
    def _figures(
        briefing: Briefing | None,
        briefing_id: str,
        question_ids: Iterable[str],
        tallies: Iterable[QuestionTally],
        kept: Mapping[str, str] | None = None,
    ) -> tuple[QuestionFigures, ...]:
        """Each question's figures, named by its prompt in `briefing`, else in `kept`."""
        by_id = {t.question_id: t for t in tallies}
        prompts = {q.id: q.prompt for q in briefing.questions} if briefing else dict(kept or {})
        out = []
        for qid in question_ids:
            tally = by_id.get(qid) or QuestionTally(briefing_id, qid, 0, 0)
            out.append(
                QuestionFigures(
                    briefing_id=briefing_id,
                    question_id=qid,
                    prompt=prompts.get(qid, qid),
                    answered=tally.answered,
                    correct=tally.correct,
                    top_wrong=tally.top_wrong,
                    flag=flag_for(tally.answered, tally.correct),
                )
            )
        return tuple(out)


CSV_COLUMNS = (
    "record",
    "user_id",
    "display_name",
    "status",
    "right",
    "answered",
    "finished_at_utc",
    "question_id",
    "question",
    "answers",
    "share_right",
    "most_chosen_wrong_answer",
    "chosen_by",
    "flag",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Text as a spreadsheet shows it, never as a formula (OWASP's CSV injection advice)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def report_csv(report: ClassReport, names: Mapping[int, str]) -> str:
    """The report as CSV (standard library `csv`): one "student" row each, one "question" row each.

    `names` maps user ids to display names at export time; an unknown id leaves the name empty.
    A report with no student and no question in it is InvalidInput: its file would hold the
    header row alone.
    """
    if not report.students and not report.questions:
        raise InvalidInput(_("Nobody has answered yet: there is nothing to put in a CSV file."))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    blank = [""] * 7
    for s in report.students:
        finished = s.finished_at.isoformat(timespec="seconds") if s.finished_at else ""
        name = _cell(names.get(s.user_id, ""))
        writer.writerow(
            ["student", s.user_id, name, s.status, s.correct, s.answered, finished, *blank]
        )
    for q in report.questions:
        wrong_text, wrong_count = (
            (_cell(q.top_wrong.text), q.top_wrong.count) if q.top_wrong else ("", "")
        )
        writer.writerow(
            [
                "question",
                *blank[1:],
                q.question_id,
                _cell(q.prompt),
                q.answered,
                f"{q.share_right:.2f}",
                wrong_text,
                wrong_count,
                q.flag or "",
            ]
        )
    return out.getvalue()
