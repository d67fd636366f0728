"""Progress: /score, /leaderboard, /mydata and /forgetme."""

from __future__ import annotations

import logging
from typing import Literal

from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.channel_quiz import ChannelQuizService
from bot.core.class_views import with_open_work
from bot.core.commands import description_of
from bot.core.errors import QuizError
from bot.core.models import Briefing
from bot.core.preferences import current_preferences
from bot.core.progress import ScoreSummary
from bot.core.progress_views import (
    forget_question,
    forgotten_text,
    kept_reply,
    leaderboard_reply,
    mydata_text,
    preferences_reset_text,
    score_reply,
)
from bot.core.reminders import (
    ReminderService,
    paused_note,
    reminder_set_text,
    with_paused_note,
    zone_named,
)
from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.custom_ids import FORGET_CONFIRM, FORGET_KEEP
from bot.discord_bot.first_response import defer_once
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.membership import servers_of
from bot.discord_bot.reader import Reader
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router, never_a_form
from bot.i18n import N_, _, current_language

__all__ = ["ProgressCog"]

log = logging.getLogger(__name__)


class ProgressCog(commands.Cog, name="Progress"):
    """A student's own progress and data, and the server's leaderboard."""

    def __init__(
        self,
        services: Services,
        router: Router,
        reminders: ReminderService,
        channel_quizzes: ChannelQuizService | None = None,
    ) -> None:
        self.services = services
        self.study = services.study
        self.reminders = reminders
        self.channel_quizzes = channel_quizzes
        router.register(FORGET_CONFIRM, self.on_forget_confirm, no_form=never_a_form)
        router.register(FORGET_KEEP, self.on_forget_keep, no_form=never_a_form)

    async def cog_load(self) -> None:
        """Start the reminder checks."""
        self.services.start_timer(self.reminders)  # stopped before the store closes

    async def cog_unload(self) -> None:
        """Stop the reminder checks."""
        await self.reminders.stop()

    @app_commands.command(name="remind", description=description_of("remind"))
    @app_commands.describe(
        time=N_("When, 24-hour clock, like 18:30"),
        timezone=N_("Your time zone, like Europe/Berlin (default UTC)"),
        off=N_("Turn the reminder off"),
    )
    async def remind(
        self,
        interaction: Interaction,
        time: str | None = None,
        timezone: str | None = None,
        off: bool = False,
    ) -> None:
        """A daily direct message when questions are due for review."""
        user_id = interaction.user.id
        moved = None
        if time is None and timezone is not None and not off:  # the same time, a new zone
            moved = await self.reminders.rezone(user_id, timezone, current_language())
        if off:
            was_on = await self.reminders.off(user_id)
            body = (
                _("Reminders are off.")
                if was_on
                else _("You had no reminder: nothing to turn off.")
            )
            await send_reply(interaction, Reply.text(_("Review reminder"), body, private=True))
            return
        if time is None and moved is None:
            current = await self.reminders.get(user_id)
            body = (
                _("On: {time} ({timezone}), on days with questions due.").format(
                    time=f"{current.at:%H:%M}", timezone=current.timezone
                )
                if current
                else _("Off. Turn it on with /remind time:18:30 timezone:Europe/Berlin.")
            )
            body = paused_note(current) or body
            await send_reply(interaction, Reply.text(_("Review reminder"), body, private=True))
            return
        reminder = moved or await self.reminders.set(
            user_id, time or "", timezone, current_language()
        )
        now = self.services.study.clock.now()
        named = zone_named(time, timezone, now.date())
        body = reminder_set_text(reminder, now, zone_given=named)
        await send_reply(interaction, Reply.text(_("Review reminder"), body, private=True))

    @app_commands.command(name="score", description=description_of("score"))
    @app_commands.describe(everywhere=N_("Count answers from every server, not just this one"))
    async def score(self, interaction: Interaction, everywhere: bool = False) -> None:
        """Your progress: accuracy, streak, mastered, due."""
        guild_id = None if everywhere else interaction.guild_id
        summary, coming = await self.study.progress(interaction.user.id, guild_id)
        reply = score_reply(
            summary, self.services.library, coming, await self._elsewhere(interaction, summary)
        )
        if interaction.guild_id is not None:
            roles = [r.id for r in getattr(interaction.user, "roles", [])]
            work = await self.services.assignments.open_for(
                interaction.guild_id, interaction.user.id, roles
            )
            reply = with_open_work(reply, work)
        note = await self.reminders.note_for(interaction.user.id)
        await send_reply(interaction, with_paused_note(reply, note))

    async def _elsewhere(
        self, interaction: Interaction, summary: ScoreSummary
    ) -> dict[str, Briefing]:
        """Server briefings in the summary that this server does not serve, from servers
        the student is in now."""
        shown = {b.id for b in self.services.library}
        others = [key for key in summary.by_briefing if key not in shown]
        serving = self.services.content.servers_serving(others)
        if not serving:
            return {}
        members_intent = self.services.settings.members_intent
        servers = await servers_of(
            interaction.client, interaction.user.id, serving, members_intent=members_intent
        )
        return self.services.content.named_in(others, servers)

    @app_commands.command(name="leaderboard", description=description_of("leaderboard"))
    @app_commands.describe(period=N_("All time, or this week (since Monday, UTC)"))
    @app_commands.guild_only()
    async def leaderboard(
        self, interaction: Interaction, period: Literal["all-time", "week"] = "all-time"
    ) -> None:
        """This server's top learners."""
        assert interaction.guild_id is not None
        week = period == "week"
        top, mine = await self.study.leaderboard(
            interaction.guild_id, interaction.user.id, week=week
        )
        ends = self.study.week_ends() if week else None
        reply = leaderboard_reply(top, mine, week=week, mention=True, week_ends=ends)
        await send_reply(interaction, reply)

    @app_commands.command(name="mydata", description=description_of("mydata"))
    async def mydata(self, interaction: Interaction) -> None:
        """Everything briefbot keeps about you, as a file."""
        await defer_once(interaction, private=True)
        name, data = await self.study.export_file(interaction.user.id)
        reply = Reply.text(_("Your data"), mydata_text(), private=True)
        reply = Reply(
            reply.pages,
            private=True,
            attachments={name: data},
            descriptions={name: _("Everything briefbot keeps about you, as gzip-compressed JSON")},
        )
        await send_reply(interaction, reply)

    @app_commands.command(name="forgetme", description=description_of("forgetme"))
    async def forgetme(self, interaction: Interaction) -> None:
        """Delete everything briefbot keeps about you."""
        confirm = Button(
            "confirm",
            _("Yes, delete it all"),
            FORGET_CONFIRM.build(interaction.user.id),
            ButtonStyle.DANGER,
        )
        reply = Reply.text(
            _("Delete everything about you?"),
            forget_question(),
            private=True,
        )
        keep = Button("keep", _("Keep my data"), FORGET_KEEP.build(interaction.user.id))
        await send_reply(interaction, Reply(reply.pages, (confirm, keep), private=True))

    async def on_forget_keep(self, interaction: Interaction, args: list[str]) -> None:
        """`fk:<user>`: the asker declined; the question is replaced by what stays."""
        if int(args[0]) != interaction.user.id:
            raise QuizError(_("Only the person who asked can confirm this."))
        await send_reply(interaction, kept_reply(private=True), edit=True)

    async def on_forget_confirm(self, interaction: Interaction, args: list[str]) -> None:
        """`fm:<user>`: only that user's own click deletes their data."""
        if int(args[0]) != interaction.user.id:
            raise QuizError(_("Only the person who asked can confirm this."))
        quizzes = self.channel_quizzes
        started = bool(quizzes and quizzes.started_by(interaction.user.id))
        count = await self.study.forget(interaction.user.id)
        reader = getattr(interaction.client, "reader", None)
        if isinstance(reader, Reader):  # its copy of their preferences, kept for an outage
            reader.forget(interaction.user.id)
        said = (forgotten_text(count, started_a_quiz=started), await self._reset(interaction))
        done = Reply.text(_("Forgotten"), " ".join(filter(None, said)), private=True)
        await send_reply(interaction, done, edit=True)

    async def _reset(self, interaction: Interaction) -> str:
        """Which reading choice the forget turned off (a server's default still applies);
        nothing when that cannot be read now: the data is gone, and that is the answer."""
        user, guild = interaction.user.id, interaction.guild_id
        try:
            now = await self.services.preferences.effective(user, guild)
        except Exception as exc:  # an outage after the delete: the reply goes without it
            log.warning("/forgetme: preferences not read again: %r", exc)
            return ""
        return preferences_reset_text(current_preferences(), now)
