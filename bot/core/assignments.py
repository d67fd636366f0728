"""Assignments: a moderator sets a briefing's questions for a role, due at a moment.

Rules: the due time is wall-clock time in a named zone (validated with zoneinfo) and must lie
ahead; the questions are chosen once, when the work is set (some sections, a count, a
difficulty), so everyone gets the same ones; a student's attempt runs under one session per
student, so its answers count once however often they start it; work finished after the
deadline is accepted and marked late.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from bot.core.class_ports import AssignmentRepository
from bot.core.class_quiz import OverrideSource, assignment_of_session
from bot.core.classwork import Assignment, Submission
from bot.core.clock import Clock
from bot.core.commands import local_name
from bot.core.content.records import KEY_SEPARATOR, own_id
from bot.core.content.removed import RemovedLookup
from bot.core.errors import InvalidInput, NotFound, QuizError
from bot.core.library import Shelf
from bot.core.models import Briefing, Difficulty, Question
from bot.core.quiz import MAX_QUESTIONS, pick_questions
from bot.core.quiz_words import DEFAULT_COUNT, DIFFICULTIES
from bot.core.replies import moment
from bot.core.schedule import (
    already_passed,
    parse_date,
    parse_time,
    read_written_time,
    weekday_number,
    written_date,
    written_zone,
    zone,
)
from bot.core.views import find_section
from bot.i18n import _, ngettext

KeptTitle = Callable[[int, str], Awaitable[str | None]]
"""(server, briefing id) -> the title of that server briefing while it is kept, else None."""

if TYPE_CHECKING:
    from bot.core.quiz import SoloSession
    from bot.core.study import Started

__all__ = [
    "MAX_REMIND_MINUTES",
    "AssignmentService",
    "AssignmentStart",
    "OpenAssignment",
    "due_instant",
    "missing_assignment",
    "work_title",
    "written_due",
]

MAX_REMIND_MINUTES = 7 * 24 * 60
"""A reminder may be asked for up to a week before the deadline."""
ATTEMPT_GRACE = dt.timedelta(days=30)
"""How long after the deadline a started attempt is kept to be finished (late)."""


class FixedQuizzes(Protocol):
    """Runs a quiz of set questions under a set session id (the study service)."""

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
        expires_at: dt.datetime,
    ) -> Started:
        """Start or resume that quiz."""
        ...

    async def end_solo(self, session_id: str) -> SoloSession:
        """Forget a finished quiz."""
        ...


def work_title(library: Shelf, briefing_id: str) -> str:
    """The title of the briefing work was set on, or its id marked "(no longer published)"
    once it was unpublished (never the id it is served under; `AssignmentService.title_of`
    tells a removed one apart); a bundled one whose file was removed, "(no longer
    available)": no moderator publishes those."""
    try:
        return library.get(briefing_id).title
    except NotFound:
        if KEY_SEPARATOR not in briefing_id:
            title = library.removed_title(briefing_id) or briefing_id
            return _("{briefing} (no longer available)").format(briefing=title)
        return _("{briefing} (no longer published)").format(briefing=own_id(briefing_id))


async def numbered_assignment(repo: AssignmentRepository, guild_id: int, number: int) -> Assignment:
    """The server's assignment of that number, as people see and type it; NotFound saying
    it was withdrawn, or that the server has no such work (another server's numbers are
    their own)."""
    found = await repo.numbered(guild_id, number)
    if found is None:
        raise await missing_assignment(repo, guild_id, number)
    return found


async def missing_assignment(repo: AssignmentRepository, guild_id: int, number: int) -> NotFound:
    """What a moderator is told about work this server does not have: that it was withdrawn
    and when (its answers still count), else that there is no such work."""
    gone = await repo.withdrawal(guild_id, number)
    if gone is None:
        return NotFound(_("This server has no assignment #{id}.").format(id=number))
    return NotFound(
        _(
            "Assignment #{id} was withdrawn {when}, so it is no longer set and has no report. "
            "The answers students gave to it still count in their scores and in "
            "`/report briefing: {briefing}`."
        ).format(id=number, when=moment(gone.withdrawn_at), briefing=own_id(gone.briefing_id))
    )


def a_year_after(day: dt.date) -> dt.date:
    """The same day a year later (29 February: 28 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def far_off(due: dt.datetime, now: dt.datetime) -> InvalidInput | None:
    """The refusal of work due (`due`, wall-clock in its zone) more than a year ahead: most
    likely a slip in the year (2036 for 2026), which the class would read as set; it says how
    far off the date is and the latest it may be. None within the year."""
    today = now.astimezone(due.tzinfo).date()
    latest = a_year_after(today)
    if due.date() <= latest:
        return None
    years = due.year - today.year - ((due.month, due.day) < (today.month, today.day))
    away = ngettext("{n} year away", "{n} years away", years).format(n=years)
    return InvalidInput(
        _(
            "“{when}” is {away}: work can be due at most a year ahead, by {latest} ({zone}). "
            "Check the year and run /{assign} again."
        ).format(
            when=f"{due:%Y-%m-%d %H:%M}",
            away=away,
            latest=latest.isoformat(),
            zone=due.tzinfo,
            assign=local_name("assign"),
        )
    )


def due_instant(
    date_text: str, time_text: str, zone_name: str, now: dt.datetime | None = None
) -> dt.datetime:
    """The UTC moment of a wall-clock date and time in a named zone; InvalidInput if unreadable.
    A date without its year ("12 March") is the next one from `now` in that zone.

    A time that does not exist on that day (the spring-forward gap) is read as the same wall
    time shifted by the gap, as `zoneinfo` does; a time that happens twice, the first one.
    """
    tz = zone(zone_name)
    today = now.astimezone(tz).date() if now is not None else None
    local = dt.datetime.combine(parse_date(date_text, today), parse_time(time_text), tzinfo=tz)
    return local.astimezone(dt.UTC)


def written_due(
    date_text: str, time_text: str, timezone: str | None, now: dt.datetime
) -> tuple[dt.datetime, str]:
    """The due moment and its zone from what a moderator typed, reading a zone or a day written
    into the time (`18:00 Europe/Paris`, `tomorrow 9`, `friday 18:00`) as `/schedule` does: it
    stands for the option left empty; InvalidInput naming both when they differ."""
    written = read_written_time(time_text, now.date())
    zone_name = written_zone(written, timezone)
    today = now.astimezone(zone(zone_name)).date()
    date_text = written_date(written, date_text, today) or ""
    if written.weekday is not None:
        number = weekday_number(written.weekday)
        if not date_text.strip():
            date_text = (today + dt.timedelta(days=(number - today.weekday()) % 7)).isoformat()
        elif parse_date(date_text, today).weekday() != number:
            raise InvalidInput(
                _(
                    "The time says {written} but the {what} option says {given}: "
                    "give the {what} once, in one place."
                ).format(written=written.weekday, given=date_text.strip(), what=_("date"))
            )
    return due_instant(date_text, written.time, zone_name, now), zone(zone_name).key


@dataclass(frozen=True, slots=True)
class OpenAssignment:
    """An assignment a student still has to finish, with their attempt if they started."""

    assignment: Assignment
    briefing_title: str
    submission: Submission | None

    def late(self, now: dt.datetime) -> bool:
        """Whether finishing now would be late."""
        return now > self.assignment.due_at


@dataclass(frozen=True, slots=True)
class AssignmentStart:
    """What a student needs to run their attempt: the questions, the session, the seed."""

    assignment: Assignment
    briefing: Briefing
    submission: Submission
    seed: int


class AssignmentService:
    """Setting work, listing a student's open work, starting and finishing attempts."""

    def __init__(
        self,
        library: Shelf,
        repo: AssignmentRepository,
        clock: Clock,
        overrides: OverrideSource | None = None,
        quizzes: FixedQuizzes | None = None,
    ) -> None:
        self.library = library
        self.repo = repo
        self.clock = clock
        self.overrides = overrides
        self.quizzes = quizzes
        """Set by the composition root (the study service), which also calls `finish_session`."""
        self.kept_title: KeptTitle | None = None
        """Set by the composition root: the title of a server briefing still kept (published or
        not), None once `/briefing remove` deleted it."""
        self.removed: RemovedLookup | None = None
        """Set by the composition root: the words kept of a server briefing removed since."""

    async def assign(
        self,
        *,
        guild_id: int,
        channel_id: int,
        created_by: int,
        briefing_id: str,
        due_date: str,
        due_time: str,
        timezone: str | None = None,
        role_id: int | None = None,
        sections: Sequence[str] = (),
        count: int | None = None,
        difficulty: str | None = None,
        remind_minutes: int | None = None,
    ) -> Assignment:
        """Set work; InvalidInput (a sentence to show) for anything unusable, nothing stored.

        Work the server has set already (`Assignment.work_key`) is returned as it is, marked
        `already_set`, not set twice, in one step of the store: a moderator runs /assign again
        when its reply was lost (Discord failing it, the process stopped before it), even while
        the first still runs, and the class must not get the work twice.
        """
        briefing = self.library.get(briefing_id)
        now = self.clock.now()
        due_at, timezone = written_due(due_date, due_time, timezone, now)
        if due_at <= now:
            tz = zone(timezone)
            raise already_passed(due_at.astimezone(tz), tz, now)
        too_far = far_off(due_at.astimezone(zone(timezone)), now)
        if too_far is not None:
            raise too_far
        if remind_minutes is not None and not 1 <= remind_minutes <= MAX_REMIND_MINUTES:
            raise InvalidInput(
                _("A reminder can be sent 1 to {most} minutes before the deadline.").format(
                    most=MAX_REMIND_MINUTES
                )
            )
        if difficulty is not None and difficulty not in DIFFICULTIES:
            raise InvalidInput(_("Difficulty is easy, medium or hard."))
        hidden = set()
        if self.overrides is not None:
            found = await self.overrides.overrides(guild_id, briefing.id)
            hidden = {o.question_id for o in found if o.hidden}
        sections = self._sections(briefing, sections)
        chosen = self._questions(
            briefing, sections, DEFAULT_COUNT if count is None else count, difficulty, hidden
        )
        assignment = Assignment(
            guild_id=guild_id,
            channel_id=channel_id,
            briefing_id=briefing.id,
            question_ids=tuple(q.id for q in chosen),
            due_at=due_at,
            timezone=zone(timezone).key,
            created_at=now,
            role_id=role_id,
            sections=tuple(sections),
            difficulty=difficulty,
            remind_minutes=remind_minutes,
            created_by=created_by,
        )
        return await self.repo.add_assignment(assignment)

    @staticmethod
    def _sections(briefing: Briefing, typed: Sequence[str]) -> list[str]:
        """The ids of the sections typed, each by its id or title, small typos forgiven (as
        /review and /brief read a section: `deploymnt`, `The deployment`); InvalidInput
        naming the first one the briefing lacks, and the sections it has."""
        found: list[str] = []
        for name in typed:
            try:
                found.append(find_section(briefing, name).id)
            except NotFound:
                known = ", ".join(s.id for s in briefing.sections)
                raise InvalidInput(
                    _("“{briefing}” has no section {section}; it has {known}.").format(
                        briefing=briefing.title, section=f"“{name}”", known=known
                    )
                ) from None
        return list(dict.fromkeys(found))

    @staticmethod
    def _questions(
        briefing: Briefing,
        sections: Sequence[str],
        count: int,
        difficulty: str | None,
        hidden: set[str],
    ) -> list[Question]:
        pool = [q for q in briefing.questions if q.id not in hidden]
        if sections:
            pool = [q for q in pool if briefing.section_of(q) in sections]
        only = [q.id for q in pool]
        if not 1 <= count <= MAX_QUESTIONS:
            raise InvalidInput(_("Pick between 1 and {most} questions.").format(most=MAX_QUESTIONS))
        level = cast(Difficulty | None, difficulty)
        picked = pick_questions(briefing, count, random.Random(), level, only)
        order = {q.id: i for i, q in enumerate(briefing.questions)}
        return sorted(picked, key=lambda q: order[q.id])

    async def assignment(self, guild_id: int, number: int) -> Assignment:
        """This server's assignment of that number; NotFound otherwise."""
        return await numbered_assignment(self.repo, guild_id, number)

    async def list_for_guild(self, guild_id: int) -> list[Assignment]:
        """Every assignment of a server, soonest due first."""
        return await self.repo.list_assignments(guild_id)

    async def choices(self, guild_id: int, typed: str) -> list[tuple[int, str]]:
        """The server's assignments a moderator may pick by name (/unassign, /report): each
        number with "#3 Title, due 2026-03-14 18:00 (Europe/Berlin)", soonest due first,
        those whose label holds what was typed (a number or words), at most 25."""
        wanted = typed.strip().lstrip("#").casefold()
        found = []
        for work in await self.repo.list_assignments(guild_id):
            when = work.due_at.astimezone(zone(work.timezone)).strftime("%Y-%m-%d %H:%M")
            title = await self.title_of(guild_id, work.briefing_id)
            label = _("#{number} {title}, due {when} ({zone})").format(
                number=work.number, title=title, when=when, zone=work.timezone
            )
            if wanted in label.casefold() and work.number is not None:
                found.append((work.number, label[:100]))
        return found[:25]

    async def attempts(self, guild_id: int, number: int) -> tuple[int, int]:
        """How many students started this server's assignment of that number, and how many
        of them finished it; NotFound for an assignment the server does not have."""
        work = await self.assignment(guild_id, number)
        found = await self.repo.submissions(guild_id, work.id or 0)
        return len(found), sum(1 for s in found if s.finished)

    async def remove(self, guild_id: int, number: int) -> Assignment:
        """Withdraw the server's assignment of that number, returned; NotFound if the server
        has no such one (or withdrew it)."""
        work = await self.assignment(guild_id, number)
        if not await self.repo.remove_assignment(guild_id, work.id or 0, self.clock.now()):
            raise await missing_assignment(self.repo, guild_id, number)
        return work

    async def open_for(
        self, guild_id: int, user_id: int, role_ids: Collection[int]
    ) -> list[OpenAssignment]:
        """The student's unfinished assignments in a server (overdue ones too), soonest first."""
        roles = frozenset(role_ids)
        mine = {s.assignment_id: s for s in await self.repo.user_submissions(guild_id, user_id)}
        out: list[OpenAssignment] = []
        for assignment in await self.repo.list_assignments(guild_id):
            submission = mine.get(assignment.id or 0)
            if not assignment.is_for(roles) or (submission and submission.finished):
                continue
            title = await self.title_of(guild_id, assignment.briefing_id)
            out.append(OpenAssignment(assignment, title, submission))
        return out

    async def title_of(self, guild_id: int, briefing_id: str) -> str:
        """The title of the briefing work was set on, as `work_title` names it; a server
        briefing unpublished since by the title kept with it, marked "(no longer
        published)"; one deleted since (`/briefing remove`) by the title kept of it, else its
        id, marked "(removed)": not "(no longer published)", which a moderator could undo."""
        try:
            return self.library.get(briefing_id).title
        except NotFound:
            pass
        kept = self.kept_title
        if KEY_SEPARATOR not in briefing_id or kept is None:
            return work_title(self.library, briefing_id)
        title = await kept(guild_id, briefing_id)
        if title is not None:  # unpublished: by the title kept with it, not its id
            return _("{briefing} (no longer published)").format(briefing=title)
        gone = await self.removed(guild_id, briefing_id) if self.removed else None
        title = gone.title if gone is not None else own_id(briefing_id)
        return _("{briefing} (removed)").format(briefing=title)

    async def unpublished_note(self, guild_id: int, briefing_id: str) -> str | None:
        """What a moderator who just unpublished `briefing_id` should know: the work set on
        it, which students can no longer start; None when there is none."""
        numbers = [
            # Translators: an assignment's number in a list, as "#{id}" is elsewhere.
            _("#{number}").format(number=a.number)
            for a in await self.repo.list_assignments(guild_id)
            if a.briefing_id == briefing_id
        ]
        if not numbers:
            return None
        return ngettext(
            "Assignment {numbers} is set on it: students cannot start it while it is "
            "unpublished. Publish it again, or withdraw the work with /unassign.",
            "Assignments {numbers} are set on it: students cannot start them while it is "
            "unpublished. Publish it again, or withdraw the work with /unassign.",
            len(numbers),
        ).format(numbers=", ".join(numbers))

    async def start(
        self, guild_id: int, assignment_id: int, user_id: int, role_ids: Collection[int]
    ) -> AssignmentStart:
        """Start (or resume) a student's attempt; QuizError if finished or not theirs,
        NotFound (saying it was withdrawn) if its Start button outlived it."""
        assignment = await self.repo.get_assignment(guild_id, assignment_id)
        if assignment is None:
            raise NotFound(
                _(
                    "This assignment was withdrawn, so there is nothing to start. "
                    "Your open work is in /assignments."
                )
            )
        if not assignment.is_for(frozenset(role_ids)):
            raise QuizError(_("This assignment is set for another group."))
        existing = await self.repo.submissions(guild_id, assignment_id, user_id)
        if existing and existing[0].finished:
            done = existing[0]
            raise QuizError(
                _(
                    "You finished this assignment already ({right}/{answered}); "
                    "it counts once. Use /quiz to practise more."
                ).format(right=done.correct, answered=done.answered)
            )
        try:
            briefing = self.library.get(assignment.briefing_id)
        except NotFound:
            if KEY_SEPARATOR not in assignment.briefing_id:  # a bundled file, removed
                raise QuizError(
                    _(
                        "Assignment #{id} cannot start: its briefing `{briefing}` is no longer "
                        "available (whoever runs the bot removed it). Ask a moderator to "
                        "withdraw the assignment with /unassign."
                    ).format(id=assignment.number, briefing=assignment.briefing_id)
                ) from None
            if self.kept_title and await self.kept_title(guild_id, assignment.briefing_id) is None:
                raise QuizError(
                    _(
                        "Assignment #{id} cannot start: its briefing `{briefing}` was deleted "
                        "in this server. Ask a moderator to withdraw the assignment with "
                        "/unassign."
                    ).format(id=assignment.number, briefing=own_id(assignment.briefing_id))
                ) from None
            raise QuizError(
                _(
                    "Assignment #{id} cannot start: its briefing `{briefing}` is no longer "
                    "published in this server. Ask a moderator: they can publish it again, "
                    "or withdraw the assignment with /unassign."
                ).format(id=assignment.number, briefing=own_id(assignment.briefing_id))
            ) from None
        missing = [
            q for q in assignment.question_ids if q not in {x.id for x in briefing.questions}
        ]
        if missing:
            raise QuizError(
                _("This assignment's questions changed: ask your moderator to set it again.")
            )
        submission = await self.repo.start_submission(assignment, user_id, self.clock.now())
        return AssignmentStart(
            assignment, briefing, submission, seed=assignment_id * 7919 + user_id
        )

    async def start_quiz(
        self,
        guild_id: int,
        assignment_id: int,
        user_id: int,
        role_ids: Collection[int],
        channel_id: int | None,
    ) -> SoloSession:
        """The student's attempt as a quiz, at its next question; QuizError once handed in."""
        if self.quizzes is None:
            raise QuizError(_("Assignments need the quiz service, which is not configured."))
        start = await self.start(guild_id, assignment_id, user_id, role_ids)
        started = await self.quizzes.start_fixed(
            user_id,
            start.briefing,
            start.assignment.question_ids,
            session_id=start.submission.session_id,
            seed=start.seed,
            guild_id=guild_id,
            channel_id=channel_id,
            expires_at=start.assignment.due_at + ATTEMPT_GRACE,
        )
        session = started.session
        if session.finished:  # every answer was in but the finish was not recorded
            await self.finish_session(session.session_id, guild_id)
            await self.quizzes.end_solo(session.session_id)
            raise QuizError(_("You answered every question of this assignment: it is handed in."))
        return session

    async def finish(self, guild_id: int, assignment_id: int, user_id: int) -> Submission:
        """Record that a student answered every question; the first finish counts."""
        done = await self.repo.finish_submission(guild_id, assignment_id, user_id, self.clock.now())
        if done is None:
            raise QuizError(_("Start the assignment first, with its Start button or /assignments."))
        return done

    async def finish_session(self, session_id: str, guild_id: int | None) -> Submission | None:
        """Finish the submission a finished quiz belongs to, if it was an assignment attempt."""
        found = assignment_of_session(session_id)
        if found is None or guild_id is None:
            return None
        assignment_id, user_id = found
        return await self.repo.finish_submission(guild_id, assignment_id, user_id, self.clock.now())

    async def reminders_due(self, guild_ids: Sequence[int]) -> list[Assignment]:
        """Assignments whose reminder should go out now, each claimed for this caller only."""
        now = self.clock.now()
        due = await self.repo.reminders_due(guild_ids, now)
        claimed = []
        for assignment in due:
            if assignment.id is not None and await self.repo.claim_reminder(assignment.id, now):
                claimed.append(dataclasses.replace(assignment, reminded_at=now))
        return claimed

    async def release_reminder(self, assignment: Assignment) -> None:
        """Undo a claim whose post failed: a later tick (of any process) claims it again."""
        if assignment.id is not None and assignment.reminded_at is not None:
            await self.repo.release_reminder(assignment.id, assignment.reminded_at)


def late(assignment: Assignment, submission: Submission) -> bool:
    """Whether a finished submission came in after the deadline."""
    return submission.finished_at is not None and submission.finished_at > assignment.due_at
