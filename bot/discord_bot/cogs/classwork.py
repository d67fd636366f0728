"""Class mode on Discord: /assign, /assignments, /unassign, /report, /reported, and their buttons.

Translation only: each handler parses the event, calls one class service and renders the
Reply. Rules live in `bot.core.assignments`, `bot.core.class_report` and
`bot.core.question_reports`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.assignments import MAX_REMIND_MINUTES
from bot.core.class_chart import (
    chart_description,
    require_days,
    results_chart,
    results_text,
)
from bot.core.class_quiz import given_text
from bot.core.class_reminders import (
    REMINDER_TICK_SECONDS,
    AssignmentReminders,
    reminder_key,
    reminder_since,
)
from bot.core.class_report import report_csv
from bot.core.class_views import (
    accepted_reply,
    already_set_reply,
    assignment_set_reply,
    class_report_reply,
    fewer_questions_note,
    open_assignments_reply,
    queue_reply,
    reason_label,
    withdraw_question_reply,
)
from bot.core.classwork import REPORT_REASONS, Assignment, ClassReport, DayResult
from bot.core.content.catalog import guild_scope
from bot.core.content.records import own_id
from bot.core.errors import InvalidInput, NotFound, QuizError
from bot.core.ports import Publisher
from bot.core.preferences import current_preferences
from bot.core.question_reports import MAX_ALTERNATIVE_CHARS, MAX_COMMENT_CHARS
from bot.core.quiz import MAX_QUESTIONS
from bot.core.replies import Reply
from bot.core.withdrawn_posts import WithdrawnPosts
from bot.discord_bot.autocomplete import briefing_choices
from bot.discord_bot.checks import (
    is_moderator,
    is_moderator_in,
    moderator_command,
    require_moderator,
)
from bot.discord_bot.cogs.quiz import QuizCog
from bot.discord_bot.custom_ids import (
    ACCEPT_MODAL,
    ASSIGNMENT_START,
    ASSIGNMENT_WITHDRAW,
    CLASS_REPORT_PAGE,
    REPORT_MODAL,
    REPORT_PROBLEM,
    REPORT_QUEUE,
)
from bot.discord_bot.deadline import within_deadline
from bot.discord_bot.first_response import defer_once
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.language import server_language
from bot.discord_bot.membership import fetched_member
from bot.discord_bot.posting import cannot_post, missing_permissions
from bot.discord_bot.publisher import DiscordPublisher
from bot.discord_bot.respond import send_modal, send_reply
from bot.discord_bot.router import Router, never_a_form
from bot.discord_bot.sent_before import sent_since
from bot.i18n import N_, _, ngettext, use_language

__all__ = ["REMINDER_TICK_SECONDS", "ClassworkCog"]

log = logging.getLogger(__name__)
CHART_FILE = "results.png"
MAX_FETCHED = 50  # members looked up one by one for a report when the bot cannot see them all
LEFT_FETCHED = 10  # former members whose names are looked up one by one for a report
_REASON_FIELD, _COMMENT_FIELD = "reason", "comment"
_ANSWER_FIELD, _RESCORE_FIELD = "answer", "rescore"
Export = Literal["page", "csv", "chart"]


def _role_ids(interaction: Interaction) -> list[int]:
    member = interaction.user
    return [r.id for r in member.roles] if isinstance(member, discord.Member) else []


def _modal_values(interaction: Interaction) -> dict[str, Any]:
    """Every field of a submitted modal: text inputs as text, selects as lists of values."""
    found: dict[str, Any] = {}

    def walk(components: Iterable[dict[str, Any]]) -> None:
        for item in components:
            if "components" in item:
                walk(item["components"])
            if "component" in item:
                walk([item["component"]])
            if "custom_id" in item:
                found[item["custom_id"]] = item.get("value", item.get("values"))

    data: dict[str, Any] = dict(interaction.data or {})
    walk(data.get("components", []))
    return found


class ClassworkCog(commands.Cog, name="Class"):
    """Assignments, class reports and question reports."""

    def __init__(
        self,
        bot: commands.Bot | commands.AutoShardedBot,
        services: Services,
        router: Router,
        quiz: QuizCog,
        *,
        publisher: Publisher | None = None,
        interval: float = REMINDER_TICK_SECONDS,
    ) -> None:
        self.bot = bot
        self.services = services
        self.quiz = quiz
        self.publisher: Publisher = publisher or DiscordPublisher(bot)
        self.reminders = AssignmentReminders(
            services.assignments, services.clock, self, interval=interval
        )
        self.announcements = WithdrawnPosts(
            services.store.briefing_posts, self.publisher, services.clock
        )
        """The messages announcing work, edited into a notice when it is withdrawn."""
        router.register(ASSIGNMENT_START, self.on_start, no_form=never_a_form)
        router.register(CLASS_REPORT_PAGE, self.on_report_page)
        router.register(REPORT_PROBLEM, self.on_report_problem)
        router.register(REPORT_MODAL, self.on_report_modal)
        router.register(REPORT_QUEUE, self.on_queue_action)
        router.register(ACCEPT_MODAL, self.on_accept_modal)
        router.register(ASSIGNMENT_WITHDRAW, self.on_withdraw_confirm)

    # ----- reminders (the timer is the core's) -----

    async def cog_load(self) -> None:
        """Start the core's reminder timer."""
        self.services.start_timer(self.reminders)  # stopped before the store closes

    async def cog_unload(self) -> None:
        """Stop the reminder timer."""
        await self.reminders.stop()

    async def send_reminders(self) -> int:
        """One tick of the core's reminder timer, now (tests and the timer call it)."""
        return await self.reminders.tick()

    def served_guilds(self) -> list[int]:
        """The servers this process (shard) is in and has the data of: a server still
        unavailable (after a new gateway session, before its GUILD_CREATE) has no roles or
        channels known yet, so its reminders wait for a later tick."""
        return [g.id for g in self.bot.guilds if not g.unavailable]

    async def remind(self, assignment: Assignment) -> None:
        """Post one claimed reminder in its assignment's channel (its server's briefings),
        under its key, unless the channel shows it already (a try whose answer was lost,
        after Discord forgot the key); a failed look raises, as a failed post does."""
        language = await server_language(self.services.store.settings, assignment.guild_id)
        with guild_scope(assignment.guild_id), use_language(language):
            reply = await self._announcement(assignment, reminder=True)
        cached = self.bot.get_channel(assignment.channel_id)
        channel: discord.abc.Messageable = (
            cached
            if isinstance(cached, discord.abc.Messageable)
            else self.bot.get_partial_messageable(assignment.channel_id)
        )
        if self.bot.user is not None:
            since = reminder_since(assignment)
            if await sent_since(channel, self.bot.user.id, reply.pages[0], since):
                return
        posted = await self.publisher.post(
            assignment.channel_id, reply, once=reminder_key(assignment)
        )
        if assignment.id is not None:
            await self.announcements.announced(
                assignment.guild_id,
                posted.channel_id,
                assignment.id,
                posted.message_ids,
                reminder=True,
            )

    async def warn(self, assignment: Assignment, notice: Callable[[], Reply]) -> None:
        """A direct message to the moderator who set the work (if still known), in the
        server's language."""
        if assignment.created_by is None:
            return
        language = await server_language(self.services.store.settings, assignment.guild_id)
        with guild_scope(assignment.guild_id), use_language(language):
            reply = notice()
        await self.publisher.direct(assignment.created_by, reply)

    async def _announcement(self, assignment: Assignment, *, reminder: bool = False) -> Reply:
        guild = self.bot.get_guild(assignment.guild_id)
        role = guild.get_role(assignment.role_id) if guild and assignment.role_id else None
        names = {role.id: f"@{role.name}"} if role else {}
        title = await self._title(assignment.guild_id, assignment.briefing_id)
        start = ASSIGNMENT_START.build(assignment.id)
        return assignment_set_reply(assignment, title, names, start, reminder=reminder)

    async def _title(self, guild_id: int, briefing_id: str) -> str:
        return await self.services.assignments.title_of(guild_id, briefing_id)

    # ----- moderators: setting work -----

    @moderator_command("assign")
    @app_commands.describe(
        briefing=N_("Which briefing"),
        due_date=N_("Due date, YYYY-MM-DD"),
        due_time=N_("Due time, 24-hour (18:00)"),
        role=N_("Who must do it (leave empty: everyone in this channel)"),
        timezone=N_("The time zone of the due time (default UTC), e.g. Europe/Berlin"),
        sections=N_("Only these sections, comma-separated section ids"),
        count=N_("How many questions (1-25, default 5)"),
        difficulty=N_("Only questions of this difficulty"),
        remind_minutes=N_("Post a reminder this many minutes before the deadline"),
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def assign(
        self,
        interaction: Interaction,
        briefing: str,
        due_date: str,
        due_time: str,
        role: discord.Role | None = None,
        timezone: str | None = None,
        sections: str | None = None,
        count: app_commands.Range[int, 1, MAX_QUESTIONS] | None = None,
        difficulty: Literal["easy", "medium", "hard"] | None = None,
        remind_minutes: app_commands.Range[int, 1, MAX_REMIND_MINUTES] | None = None,
    ) -> None:
        """Set a briefing's questions as work, due at a time."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        found = await self.services.content.served_for_moderator(interaction.guild_id, briefing)
        here = interaction.channel
        if remind_minutes is not None and isinstance(here, discord.TextChannel | discord.Thread):
            settings = await self.services.store.settings.get_settings(interaction.guild_id)
            # the reminder is posted in this channel, as the server's shared posts are
            missing = missing_permissions(here, text_only=settings.text_only_default)
            if missing:
                raise InvalidInput(
                    cannot_post(here, missing)
                    + " "
                    + _(
                        "The reminder is posted here: fix that first, or set the work without "
                        "remind_minutes."
                    )
                )
        everyone = role is None or role.id == interaction.guild_id
        assignments = self.services.assignments
        guild_id, channel_id = interaction.guild_id, interaction.channel_id

        def set_work() -> Awaitable[Assignment]:
            return assignments.assign(
                guild_id=guild_id,
                channel_id=channel_id,
                created_by=interaction.user.id,
                briefing_id=found.id,
                due_date=due_date,
                due_time=due_time,
                timezone=timezone,
                role_id=None if everyone or role is None else role.id,
                sections=[s.strip() for s in (sections or "").split(",") if s.strip()],
                count=count,
                difficulty=difficulty,
                remind_minutes=remind_minutes,
            )

        async with self.announcements.setting(guild_id, set_work) as (assignment, announce):
            if not announce:  # a retry, or the same /assign at the same instant
                await send_reply(interaction, already_set_reply(assignment))
                return
            language = await server_language(self.services.store.settings, guild_id)
            with use_language(language):  # the class's announcement, as its reminder will be
                await send_reply(interaction, await self._announcement(assignment))
            await self._keep_announcement(interaction, assignment)
        fewer = fewer_questions_note(assignment, count)
        if fewer is not None:
            await send_reply(interaction, fewer)

    async def _keep_announcement(self, interaction: Interaction, assignment: Assignment) -> None:
        """Keep the announcement just sent, so withdrawing the work edits it (a failure here
        only leaves it as it is: its Start button still answers that the work was withdrawn)."""
        assert interaction.guild_id is not None and assignment.id is not None
        try:
            message = await interaction.original_response()
            await self.announcements.announced(
                interaction.guild_id, message.channel.id, assignment.id, [message.id]
            )
        except Exception as exc:
            log.warning("assignment #%s: announcement not kept: %r", assignment.id, exc)

    async def assignment_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        """This server's assignments by name, for /unassign and /report (moderators only)."""
        if interaction.guild_id is None:
            return []
        settings = await self.services.store.settings.get_settings(interaction.guild_id)
        if not is_moderator(interaction, settings):
            return []
        found = await self.services.assignments.choices(interaction.guild_id, str(current))
        return [app_commands.Choice(name=label, value=number) for number, label in found]

    async def report_briefing_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """The briefings /report reads: those served here, then (to moderators) those removed
        whose answers it still reports (`ContentService.gone_choices`)."""
        served = await briefing_choices(interaction, current)
        if interaction.guild_id is None:
            return served
        settings = await self.services.store.settings.get_settings(interaction.guild_id)
        if not is_moderator(interaction, settings):
            return served
        gone = await self.services.content.gone_choices(interaction.guild_id, str(current))
        more = [app_commands.Choice(name=label[:100], value=value) for label, value in gone]
        return [*served, *more][:25]

    @moderator_command("unassign")
    @app_commands.describe(number=N_("The assignment's number (see /report)"))
    @app_commands.autocomplete(number=assignment_choices)
    async def unassign(self, interaction: Interaction, number: int) -> None:
        """Withdraw an assignment (after a confirm button once students began it)."""
        assert interaction.guild_id is not None
        started, finished = await self.services.assignments.attempts(interaction.guild_id, number)
        if started:
            ask = withdraw_question_reply(
                number, started, finished, ASSIGNMENT_WITHDRAW.build(number)
            )
            await send_reply(interaction, ask)
            return
        await self._withdraw(interaction, number)

    async def on_withdraw_confirm(self, interaction: Interaction, args: list[str]) -> None:
        """`aw:<assignment>`: a moderator confirmed /unassign of work students began."""
        await require_moderator(interaction)
        await self._withdraw(interaction, int(args[0]), edit=True)

    async def _withdraw(self, interaction: Interaction, number: int, *, edit: bool = False) -> None:
        guild_id = interaction.guild_id
        assert guild_id is not None
        # One piece of work that runs to its end (`within_deadline`): given up at its delete
        # (a slow disk), the channel's announcement is still edited once the delete lands.
        withdrawal = self._withdraw_everywhere(guild_id, number)
        edited = await within_deadline(interaction, withdrawal, private=not edit)
        if edited:
            said = _(
                "Assignment #{number} is withdrawn. Its announcement in the channel now says "
                "so, without its Start button, and it is gone from students' /assignments. "
                "Answers already given stay in their scores."
            )
        else:
            said = _(
                "Assignment #{number} is withdrawn. It is gone from students' /assignments, "
                "and a Start button of it still in a channel tells them it was withdrawn. "
                "Answers already given stay in their scores."
            )
        done = Reply.text(_("Withdrawn"), said.format(number=number), private=True)
        await send_reply(interaction, done, edit=edit)

    async def _withdraw_everywhere(self, guild_id: int, number: int) -> int:
        """Withdraw the work, then turn its posts in the channel into a notice: how many."""
        work = await self.services.assignments.remove(guild_id, number)
        language = await server_language(self.services.store.settings, guild_id)
        with use_language(language):  # the channel's notice is everyone's
            return await self.announcements.assignment_withdrawn(
                guild_id, work.id or 0, work.number, await self._title(guild_id, work.briefing_id)
            )

    # ----- students -----

    @app_commands.command(
        name="assignments", description=N_("Your open assignments, with Start buttons")
    )
    @app_commands.guild_only()
    async def assignments(self, interaction: Interaction) -> None:
        """Your open assignments, with Start buttons."""
        assert interaction.guild_id is not None
        items = await self.services.assignments.open_for(
            interaction.guild_id, interaction.user.id, _role_ids(interaction)
        )
        reply = open_assignments_reply(
            items, self.services.clock.now(), lambda aid: ASSIGNMENT_START.build(aid)
        )
        await send_reply(interaction, reply)

    async def on_start(self, interaction: Interaction, args: list[str]) -> None:
        """`as:<assignment>`: start or resume this student's attempt, privately."""
        if interaction.guild_id is None:
            raise QuizError(_("Assignments belong to a server."))
        session = await self.services.assignments.start_quiz(
            interaction.guild_id,
            int(args[0]),
            interaction.user.id,
            _role_ids(interaction),
            interaction.channel_id,
        )
        await send_reply(interaction, self.quiz.solo_question(session), once=True)

    # ----- moderators: the class report -----

    async def _roster(self, guild: discord.Guild, assignment: Assignment) -> list[int] | None:
        """Who was set the work, when the bot can see members (None when it cannot): the
        role's members, or, for work set for everyone, the students who see its channel (its
        moderators set the work: one who starts it is listed as any student is)."""
        if not self.services.settings.members_intent:
            return None
        if assignment.role_id is not None:
            role = guild.get_role(assignment.role_id)
            members = role.members if role else []
        else:
            channel = guild.get_channel(assignment.channel_id)
            settings = await self.services.store.settings.get_settings(guild.id)
            members = [
                m
                for m in guild.members
                if (channel is None or channel.permissions_for(m).view_channel)
                and not is_moderator_in(m, channel, settings)
            ]
        return [m.id for m in members if not m.bot]

    async def _names(self, guild: discord.Guild, user_ids: Iterable[int]) -> dict[int, str]:
        """Display names now; without the members intent, up to MAX_FETCHED are asked for.
        Someone who answered here and is no longer a member is named "(left the server)"."""
        names: dict[int, str] = {}
        left: list[int] = []
        intent = self.services.settings.members_intent
        fetches = 0 if intent else MAX_FETCHED
        for user_id in user_ids:
            member = guild.get_member(user_id)
            gone = member is None and intent  # every member is in view: not a member now
            if member is None and fetches > 0:
                fetches -= 1
                member, gone = await fetched_member(guild, user_id)
            if member is not None:
                names[user_id] = member.display_name
            elif gone:
                left.append(user_id)
            else:
                names[user_id] = _("user {id}").format(id=user_id)
        return names | await self._left_names(left)

    async def _left_names(self, user_ids: list[int]) -> dict[int, str]:
        """Former members by their Discord name (up to LEFT_FETCHED asked for), marked as gone."""
        names = {}
        for number, user_id in enumerate(user_ids):
            user = self.bot.get_user(user_id)
            if user is None and number < LEFT_FETCHED:
                with contextlib.suppress(discord.HTTPException):
                    user = await self.bot.fetch_user(user_id)
            known = user.display_name if user else _("user {id}").format(id=user_id)
            names[user_id] = _("{name} (left the server)").format(name=known)
        return names

    async def _report(
        self, guild: discord.Guild, assignment: int | None, briefing: str | None
    ) -> tuple[ClassReport, str]:
        services = self.services
        if assignment is None and briefing is None:
            found = await services.assignments.list_for_guild(guild.id)
            if not found:
                raise InvalidInput(
                    _(
                        "This server has no assignment now (withdrawn ones leave /report): "
                        "set one with /assign, or see every answer to a briefing with "
                        "/report briefing."
                    )
                )
            assignment = max(a.number or 0 for a in found)
        if assignment is not None:
            work = await services.assignments.assignment(guild.id, assignment)
            roster = await self._roster(guild, work)
            note = (
                ""
                if roster is not None
                else (
                    _(
                        "Students who never started are not listed: the bot does not see this "
                        "server's member list. Whoever runs the bot can allow it (Discord's "
                        "Server Members Intent)."
                    )
                )
            )
            report = await services.class_reports.for_assignment(guild.id, assignment, roster or ())
            return report, note
        assert briefing is not None
        named = await services.content.reported_briefing(guild.id, briefing)
        return await services.class_reports.for_briefing(guild.id, named), ""

    @moderator_command("report")
    @app_commands.describe(
        assignment=N_("An assignment's number (default: the newest)"),
        briefing=N_("Or every answer to one briefing in this server"),
        export=N_("page: read it here; csv: a spreadsheet file; chart: results over time (PNG)"),
    )
    @app_commands.autocomplete(assignment=assignment_choices)
    @app_commands.autocomplete(briefing=report_briefing_choices)
    async def report(
        self,
        interaction: Interaction,
        assignment: int | None = None,
        briefing: str | None = None,
        export: Export = "page",
    ) -> None:
        """How the class did: per student and per question."""
        guild = interaction.guild
        if guild is None:
            raise QuizError(_("Reports belong to a server."))
        await defer_once(interaction, private=True)
        if export == "chart":
            found = (
                await self.services.content.reported_briefing(guild.id, briefing)
                if briefing
                else None
            )
            days = await self.services.class_reports.results_by_day(guild.id, found)
            named = await self._title(guild.id, found) if found else None
            require_days(days, named)
            title = _("Right answers per day: {what}").format(what=named or guild.name)
            await send_reply(interaction, await self._chart_reply(days, title))
            return
        report, note = await self._report(guild, assignment, briefing)
        names = await self._names(guild, [s.user_id for s in report.students])
        if export == "csv":
            data = report_csv(report, names).encode()
            name = (
                f"assignment-{report.number}.csv"
                if report.number
                else f"{own_id(report.briefing_id or '')}.csv"
            )
            text = Reply.text(
                report.title, _("The report as a CSV file is attached."), private=True
            )
            await send_reply(interaction, Reply(text.pages, private=True, attachments={name: data}))
            return
        target = f"a:{report.number}" if report.number else f"b:{report.briefing_id}"
        await send_reply(
            interaction,
            class_report_reply(report, names, note=note),
            nav=CLASS_REPORT_PAGE.prefix(*target.split(":", 1)).removesuffix(":"),
        )

    @staticmethod
    async def _chart_reply(days: list[DayResult], title: str) -> Reply:
        """The chart as an image with its alternative text, or its data as text (text only)."""
        if current_preferences().text_only:
            require_days(days)
            body = f"{title}\n\n{results_text(days)}"
            return Reply.text(_("Results over time"), body, private=True)
        png = await asyncio.to_thread(results_chart, days, title)
        text = Reply.text(_("Results over time"), _("The chart is attached."), private=True)
        return Reply(
            text.pages,
            private=True,
            attachments={CHART_FILE: png},
            descriptions={CHART_FILE: chart_description(days, title)},
        )

    async def on_report_page(self, interaction: Interaction, args: list[str]) -> None:
        """`cr:<a|b>:<assignment or briefing>:<page>`: another page of a class report."""
        await require_moderator(interaction)
        guild = interaction.guild
        assert guild is not None
        kind, target, page = args[0], args[1], int(args[2])
        assignment = int(target) if kind == "a" else None
        report, note = await self._report(guild, assignment, None if assignment else target)
        looked_up = self._names(guild, [s.user_id for s in report.students])
        names = await within_deadline(interaction, looked_up)  # deferred if lookups run late
        await send_reply(
            interaction,
            class_report_reply(report, names, note=note),
            page=page,
            nav=CLASS_REPORT_PAGE.prefix(kind, target).removesuffix(":"),
            edit=True,
        )

    # ----- students: reporting a question -----

    async def _answered(
        self, interaction: Interaction, session_id: str, question_id: str
    ) -> tuple[str, str | None]:
        """(briefing, the student's answer or None) for a question of a quiz they saw."""
        session = self.services.study.solo.get(session_id)
        if session is not None and session.user_id == interaction.user.id:
            for result in session.results:
                if result.quiz_question.question.id == question_id:
                    return result.quiz_question.briefing_id, given_text(result)
        records = [
            r
            for r in await self.services.store.answers.session_answers(session_id)
            if r.question_id == question_id
        ]
        mine = [r for r in records if r.user_id == interaction.user.id]
        if mine:
            return mine[0].briefing_id, mine[0].given
        if records:  # a channel quiz or question of the day they did not answer
            return records[0].briefing_id, None
        raise QuizError(_("I cannot find that question any more."))

    async def on_report_problem(self, interaction: Interaction, args: list[str]) -> None:
        """`rp:<session>:<question>`: the Report a problem modal for a question just revealed."""
        if interaction.guild_id is None:
            raise QuizError(_("Reports go to a server's moderators: quiz in a server to report."))
        await self._answered(interaction, args[0], args[1])
        modal = discord.ui.Modal(title=_("Report a problem"), custom_id=REPORT_MODAL.build(*args))
        reasons: discord.ui.Select[discord.ui.View] = discord.ui.Select(
            custom_id=_REASON_FIELD,
            options=[
                discord.SelectOption(label=reason_label(r).capitalize(), value=r)
                for r in REPORT_REASONS
            ],
        )
        modal.add_item(discord.ui.Label(text=_("What is wrong?"), component=reasons))
        comment: discord.ui.TextInput[discord.ui.View] = discord.ui.TextInput(
            custom_id=_COMMENT_FIELD,
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=MAX_COMMENT_CHARS,
        )
        modal.add_item(
            discord.ui.Label(text=_("Tell the moderators more (optional)"), component=comment)
        )
        modal.stop()
        await send_modal(interaction, modal)

    async def on_report_modal(self, interaction: Interaction, args: list[str]) -> None:
        """`rpm:<session>:<question>`: file the report."""
        if interaction.guild_id is None:
            raise QuizError(_("Reports go to a server's moderators."))
        question_id = args[1]
        briefing_id, given = await self._answered(interaction, args[0], question_id)
        values = _modal_values(interaction)
        reason = (values.get(_REASON_FIELD) or [""])[0]
        filed = await self.services.question_reports.report(
            guild_id=interaction.guild_id,
            user_id=interaction.user.id,
            briefing_id=briefing_id,
            question_id=question_id,
            reason=reason,
            comment=str(values.get(_COMMENT_FIELD) or ""),
            given=given,
        )
        thanks = Reply.text(
            _("Thank you"),
            _("Your report #{number} ({reason}) went to this server's moderators.").format(
                number=filed.number, reason=reason_label(filed.reason)
            ),
            private=True,
        )
        try:
            await send_reply(interaction, thanks)
        except BaseException:  # unseen: the same form sent again thanks them for this one
            self.services.question_reports.not_thanked(filed)
            raise

    # ----- moderators: the report queue -----

    @moderator_command("reported")
    async def reported(self, interaction: Interaction) -> None:
        """Questions students reported, to fix or dismiss."""
        queue = self._queue(interaction)  # looking reporters up one by one may take seconds
        await send_reply(interaction, await within_deadline(interaction, queue, private=True))

    async def _queue(self, interaction: Interaction) -> Reply:
        guild = interaction.guild
        assert guild is not None
        items = await self.services.question_reports.queue(guild.id)
        names = await self._names(guild, {i.report.user_id for i in items})
        return queue_reply(items, names, lambda kind, rid: REPORT_QUEUE.build(kind, rid))

    async def on_queue_action(self, interaction: Interaction, args: list[str]) -> None:
        """`rq:<accept|hide|dismiss>:<report>`: a moderator's decision on a report."""
        await require_moderator(interaction)
        assert interaction.guild_id is not None
        kind, number = args[0], int(args[1])
        reports = self.services.question_reports
        if kind == "accept":
            report = await reports.repo.get_report(interaction.guild_id, number)
            if report is None:
                raise NotFound(_("This server has no report #{number}.").format(number=number))
            await send_modal(interaction, self._accept_modal(number, report.given))
            return
        if kind == "hide":
            closed = await reports.hide(interaction.guild_id, number, interaction.user.id)
            done = ngettext(
                "The question is hidden from this server's quizzes; {count} report closed.",
                "The question is hidden from this server's quizzes; {count} reports closed.",
                closed,
            ).format(count=closed)
        else:
            await reports.dismiss(interaction.guild_id, number, interaction.user.id)
            done = _("Report #{number} dismissed.").format(number=number)
        await send_reply(interaction, Reply.text(_("Done"), done, private=True))

    @staticmethod
    def _accept_modal(number: int, given: str | None) -> discord.ui.Modal:
        modal = discord.ui.Modal(title=_("Accept an answer"), custom_id=ACCEPT_MODAL.build(number))
        answer: discord.ui.TextInput[discord.ui.View] = discord.ui.TextInput(
            custom_id=_ANSWER_FIELD, default=given or None, max_length=MAX_ALTERNATIVE_CHARS
        )
        modal.add_item(discord.ui.Label(text=_("The answer to accept as right"), component=answer))
        rescore: discord.ui.Select[discord.ui.View] = discord.ui.Select(
            custom_id=_RESCORE_FIELD,
            options=[
                discord.SelectOption(label=_("Only from now on"), value="no", default=True),
                discord.SelectOption(label=_("Also re-score earlier answers"), value="yes"),
            ],
        )
        modal.add_item(discord.ui.Label(text=_("Earlier answers"), component=rescore))
        modal.stop()
        return modal

    async def on_accept_modal(self, interaction: Interaction, args: list[str]) -> None:
        """`rqa:<report>`: accept the typed answer, re-scoring if asked."""
        await require_moderator(interaction)
        assert interaction.guild_id is not None
        values = _modal_values(interaction)
        outcome = await self.services.question_reports.accept_alternative(
            interaction.guild_id,
            int(args[0]),
            str(values.get(_ANSWER_FIELD) or ""),
            interaction.user.id,
            rescore=(values.get(_RESCORE_FIELD) or ["no"])[0] == "yes",
        )
        await send_reply(interaction, accepted_reply(outcome))
