"""What a server's own briefing is still used by (work set on it, schedules that post it, its
course steps), told to a moderator before `/briefing remove` deletes it: each keeps pointing at
a briefing that no longer exists, and the moderator may rather unpublish it or clear them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.class_ports import AssignmentRepository
from bot.core.schedule_runner import ScheduleStore
from bot.core.server_courses import CourseService
from bot.i18n import _, ngettext

__all__ = ["BriefingUses", "briefing_uses"]


@dataclass(frozen=True, slots=True)
class BriefingUses:
    """The numbers of the work and schedules set on one briefing, and its courses' titles."""

    assignments: tuple[int, ...]
    schedules: tuple[int, ...]
    courses: tuple[str, ...]

    def removal_note(self) -> str | None:
        """What deleting the briefing does to each use, and what to do instead; None if unused."""
        lines: list[str] = []
        if self.assignments:
            numbers = ", ".join(_("#{number}").format(number=n) for n in self.assignments)
            lines.append(
                ngettext(
                    "Assignment {numbers} is set on it: students can no longer start it "
                    "(its /report keeps the title and questions they met). To let them finish "
                    "it, `/briefing unpublish` it instead (its versions are kept).",
                    "Assignments {numbers} are set on it: students can no longer start them "
                    "(their /report keeps the title and questions they met). To let them "
                    "finish them, `/briefing unpublish` it instead (its versions are kept).",
                    len(self.assignments),
                ).format(numbers=numbers)
            )
        if self.schedules:
            numbers = ", ".join(_("#{number}").format(number=n) for n in self.schedules)
            lines.append(
                ngettext(
                    "Schedule {numbers} posts it: it will have nothing to post. Remove it with "
                    "/unschedule.",
                    "Schedules {numbers} post it: they will have nothing to post. Remove them "
                    "with /unschedule.",
                    len(self.schedules),
                ).format(numbers=numbers)
            )
        if self.courses:
            titles = ", ".join(f"“{title}”" for title in self.courses)
            lines.append(
                ngettext(
                    "It is a step of the course {titles}: the step will read “no longer "
                    "available”.",
                    "It is a step of the courses {titles}: the step will read “no longer "
                    "available”.",
                    len(self.courses),
                ).format(titles=titles)
            )
        return "\n".join(lines) or None


async def briefing_uses(
    guild_id: int,
    key: str,
    *,
    assignments: AssignmentRepository,
    schedules: ScheduleStore,
    courses: CourseService,
) -> BriefingUses:
    """The server's work, schedules and courses that name the briefing served as `key`."""
    work = [a.number for a in await assignments.list_assignments(guild_id) if a.briefing_id == key]
    posting = [s.number for s in await schedules.list_schedules(guild_id) if s.briefing_id == key]
    steps = [
        c.title
        for c in await courses.of_server(guild_id)
        if any(step.briefing_id == key for step in c.steps)
    ]
    return BriefingUses(
        tuple(sorted(n for n in work if n is not None)),
        tuple(sorted(n for n in posting if n is not None)),
        tuple(steps),
    )
