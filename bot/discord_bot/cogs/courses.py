"""/course: a server's own courses, built by its moderators (create, add, move, remove,
delete).

Translation only: every rule is in `bot.core.server_courses.CourseService`. Moderators only,
checked again at run time; every reply is private to the moderator.
"""

from __future__ import annotations

from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bot.app import Services
from bot.core.commands import description_of
from bot.core.errors import BriefbotError, InvalidInput
from bot.core.replies import Button, ButtonStyle, Reply
from bot.core.server_courses import ServerCourse
from bot.discord_bot.autocomplete import briefing_choices
from bot.discord_bot.checks import require_moderator
from bot.discord_bot.custom_ids import COURSE_DELETE
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router
from bot.i18n import N_, _, ngettext

__all__ = ["CoursesCog"]

COURSE = N_("Which of this server's courses")
STEP = N_("Which step: its briefing, or its number as /courses lists it")


def _guild(interaction: Interaction) -> int:
    if interaction.guild_id is None:
        raise InvalidInput(_("A server's courses live in a server, not in direct messages."))
    return interaction.guild_id


async def course_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """This server's own courses matching what was typed."""
    if interaction.guild_id is None:
        return []
    courses = await interaction.client.services.courses.of_server(interaction.guild_id)
    typed = current.strip().casefold()
    return [
        Choice(name=f"{c.title} ({c.id})"[:100], value=c.id)
        for c in courses
        if typed in f"{c.id} {c.title}".casefold()
    ][:25]


async def step_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """The steps of the course named in the `course` option, matching what was typed: each
    picked by its briefing, so a command sent again never means the step after it."""
    if interaction.guild_id is None:
        return []
    name = str(getattr(interaction.namespace, "course", "") or "")
    try:
        course = await interaction.client.services.courses.find(interaction.guild_id, name)
    except BriefbotError:
        return []
    typed = current.strip().casefold()
    return [
        Choice(name=f"{n}. {s.title}"[:100], value=s.briefing_id)
        for n, s in enumerate(course.steps, 1)
        if typed in f"{n}. {s.title} {s.briefing_id}".casefold()
    ][:25]


def _steps_line(course: ServerCourse) -> str:
    """The course's steps now, in one line: what students read in /courses."""
    if not course.steps:
        return _("It has no steps now.")
    steps = "; ".join(f"{n}. {s.title}" for n, s in enumerate(course.steps, 1))
    return _("Its steps now: {steps}.").format(steps=steps)


def _done(title: str, body: str) -> Reply:
    return Reply.text(title, body, private=True)


@app_commands.guild_only()
@app_commands.default_permissions(manage_messages=True)
class CoursesCog(
    commands.GroupCog,
    name="Courses",
    group_name="course",
    group_description=N_("Your server's own courses: briefings in the order to study them"),
):
    """Your server's own courses: briefings in the order to study them."""

    def __init__(self, services: Services, router: Router) -> None:
        self.services = services
        self.courses = services.courses
        router.register(COURSE_DELETE, self.on_delete_confirm)
        super().__init__()

    async def interaction_check(self, interaction: Interaction) -> bool:  # type: ignore[override]
        """Moderators only, checked every time (the server may have changed who sees it)."""
        await require_moderator(interaction)
        return True

    @app_commands.command(name="create", description=description_of("course create"))
    @app_commands.describe(
        title=N_("The course's title, like Autumn term"),
        description=N_("A line under the title: what the course is for"),
    )
    async def create(
        self,
        interaction: Interaction,
        title: app_commands.Range[str, 1, 200],
        description: app_commands.Range[str, 0, 600] = "",
    ) -> None:
        """Make a course for this server."""
        course = await self.courses.create(_guild(interaction), title, description)
        body = _(
            "“{title}” (`{id}`) is a course of this server. Add briefings to it, in the "
            "order to study them, with /course add course:{id} briefing:…; students see it "
            "in /courses."
        ).format(title=course.title, id=course.id)
        await send_reply(interaction, _done(_("✅ Course created"), body))

    @app_commands.command(name="add", description=description_of("course add"))
    @app_commands.describe(
        course=COURSE,
        briefing=N_("A briefing this server's students get"),
        position=N_("Where it goes: 1 is first (the end by default)"),
    )
    @app_commands.autocomplete(course=course_choices, briefing=briefing_choices)
    async def add(
        self,
        interaction: Interaction,
        course: str,
        briefing: str,
        position: app_commands.Range[int, 1, 100] | None = None,
    ) -> None:
        """Add a briefing to a course."""
        guild = _guild(interaction)
        found = await self.services.content.served_for_moderator(guild, briefing)
        changed, step = await self.courses.add(guild, course, found, position)
        body = _("“{briefing}” is now step {step} of “{course}”.").format(
            briefing=found.title, step=step, course=changed.title
        )
        await send_reply(interaction, _done(_("✅ Step added"), f"{body}\n{_steps_line(changed)}"))

    @app_commands.command(name="move", description=description_of("course move"))
    @app_commands.describe(course=COURSE, step=STEP, to=N_("The number it takes: 1 is first"))
    @app_commands.autocomplete(course=course_choices, step=step_choices)
    async def move(
        self,
        interaction: Interaction,
        course: str,
        step: app_commands.Range[str, 1, 100],
        to: app_commands.Range[int, 1, 100],
    ) -> None:
        """Move a step of a course."""
        changed, moved, at = await self.courses.move(_guild(interaction), course, step, to)
        body = _("“{briefing}” is now step {step} of “{course}”.").format(
            briefing=moved.title, step=at, course=changed.title
        )
        await send_reply(interaction, _done(_("✅ Step moved"), f"{body}\n{_steps_line(changed)}"))

    @app_commands.command(name="remove", description=description_of("course remove"))
    @app_commands.describe(course=COURSE, step=STEP)
    @app_commands.autocomplete(course=course_choices, step=step_choices)
    async def remove(
        self, interaction: Interaction, course: str, step: app_commands.Range[str, 1, 100]
    ) -> None:
        """Take a step out of a course."""
        changed, removed = await self.courses.remove_step(_guild(interaction), course, step)
        body = _(
            "“{briefing}” is no longer a step of “{course}” (the briefing itself stays)."
        ).format(briefing=removed.title, course=changed.title)
        await send_reply(
            interaction, _done(_("✅ Step removed"), f"{body}\n{_steps_line(changed)}")
        )

    @app_commands.command(name="delete", description=description_of("course delete"))
    @app_commands.describe(course=COURSE)
    @app_commands.autocomplete(course=course_choices)
    async def delete(self, interaction: Interaction, course: str) -> None:
        """Delete a course (after a confirm button)."""
        found = await self.courses.find(_guild(interaction), course)
        body = ngettext(
            "“{title}” and its one step will be deleted; students no longer see it in "
            "/courses. Its briefings and everyone's answers stay.",
            "“{title}” and its {count} steps will be deleted; students no longer see it in "
            "/courses. Its briefings and everyone's answers stay.",
            len(found.steps),
        ).format(title=found.title, count=len(found.steps))
        confirm = Button(
            "delete", _("Yes, delete it"), COURSE_DELETE.build(found.id), ButtonStyle.DANGER
        )
        ask = Reply.text(_("Delete “{title}”?").format(title=found.title), body, private=True)
        await send_reply(interaction, Reply(ask.pages, (confirm,), private=True))

    async def on_delete_confirm(self, interaction: Interaction, args: list[str]) -> None:
        """`cx:<course>`: a moderator confirmed /course delete."""
        await require_moderator(interaction)
        deleted = await self.courses.delete(_guild(interaction), args[0])
        if deleted is None:
            body = _("That course was deleted already: nothing more was deleted.")
        else:
            body = _(
                "“{title}” is deleted; students no longer see it in /courses. Its briefings "
                "and everyone's answers stay."
            ).format(title=deleted.title)
        await send_reply(interaction, _done(_("Deleted"), body), edit=True)
