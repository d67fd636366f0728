"""Schedules: /schedule, /schedules, /unschedule, and how scheduled runs reach Discord.

The claim / post / mark loop is the core's (`bot.core.schedule_runner.ScheduleRunner`, on the
injected clock); this cog is its `RunDelivery`: which servers this process serves, how a run
is posted in a channel and how a question of the day is revealed.

Questions of the day are answered with buttons (`b1:qd:<session>:<key>`) and revealed at the
next one in the same channel or `REVEAL_AFTER` after posting (`bot.core.qotd`).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.content.catalog import guild_scope
from bot.core.errors import BriefbotError, InvalidInput, PostRefused
from bot.core.moderation_views import schedules_reply
from bot.core.once_posts import post_once
from bot.core.ports import Publisher
from bot.core.progress import GuildSettings, Schedule
from bot.core.qotd import (
    Qotd,
    QotdService,
    closed_unrevealed,
    pick_question,
    question_reply,
    reveal_key,
    reveal_reply,
)
from bot.core.quiz import QuizQuestion
from bot.core.replies import Button, Reply
from bot.core.schedule import (
    Run,
    describe,
    make_schedule,
    next_run,
    when_text,
    zone_names,
)
from bot.core.schedule_runner import (
    TICK_SECONDS,
    DeliveryError,
    RunRetry,
    ScheduleRunner,
    Tick,
)
from bot.core.views import marked_buttons
from bot.discord_bot.autocomplete import briefing_choices
from bot.discord_bot.checks import is_moderator, moderator_command
from bot.discord_bot.cogs.moderation import send_pages
from bot.discord_bot.custom_ids import QOTD_ANSWER, REPORT_PROBLEM
from bot.discord_bot.deadline import within_deadline
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.language import server_language
from bot.discord_bot.posting import (
    PostInChannel,
    briefing_messages,
    cannot_post,
    missing_permissions,
    send_briefing,
)
from bot.discord_bot.publisher import DiscordPublisher, refusals_as_core_errors
from bot.discord_bot.render import view_of
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router, never_a_form
from bot.i18n import N_, _, use_language
from bot.ops.process_name import has_stopped, process_name

__all__ = ["TICK_SECONDS", "SchedulesCog", "Tick"]

log = logging.getLogger(__name__)
CLOCK_SKEW = dt.timedelta(minutes=1)
"""How far Discord's clock (message ids) may lag ours: a run's messages are newer than its
time less this, the same briefing posted by an earlier run older."""
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Sydney",
)


def _channel_mention(channel_id: int) -> str:
    return f"<#{channel_id}>"


def run_nonce(schedule_id: int | None, run: Run) -> str:
    """The nonce of a scheduled run's messages (Discord allows 25 characters; a message's
    index is added): the same run sent again gets the same nonces."""
    return f"s{schedule_id}.{run.at:%y%m%d%H%M}"


class SchedulesCog(commands.Cog, name="Schedules"):
    """Scheduled briefing posts and questions of the day."""

    def __init__(
        self,
        bot: commands.Bot | commands.AutoShardedBot,
        services: Services,
        router: Router,
        *,
        interval: float = TICK_SECONDS,
        publisher: Publisher | None = None,
    ) -> None:
        self.bot = bot
        self.publisher = publisher or DiscordPublisher(bot)
        self.services = services
        self.store = services.store
        self.interval = interval
        self.qotd = QotdService(
            services.library,
            services.store,
            services.clock,
            services.study.scheduler,
            overrides=services.question_reports,
            forgets_of=services.study.forgets_of,
        )
        self.process = process_name()
        self.revealed_unclosed: set[str] = set()
        """Questions of the day whose answer this process posted but could not close (the
        store refusing writes): their next try only closes them."""
        self.runner = ScheduleRunner(
            services.store.schedules,
            self.qotd,
            services.clock,
            self,
            self.process,
            interval=interval,
            on_tick=lambda tick: bot.dispatch("schedule_tick", tick),  # for metrics (observe)
            server_language=services.server_settings.language,
            claimer_stopped=lambda name: has_stopped(name, self.process),
        )
        router.register(QOTD_ANSWER, self.on_qotd_answer, no_form=never_a_form)

    # ----- the loop (in the core) and delivery -----

    async def cog_load(self) -> None:
        """Start the core's scheduler loop."""
        self.services.start_timer(self.runner)  # stopped before the store closes

    async def cog_unload(self) -> None:
        """Stop the scheduler loop."""
        await self.runner.stop()

    async def run_due(self, now: dt.datetime) -> Tick:
        """One tick of the core's loop, now (tests and the loop call it)."""
        return await self.runner.run_due(now)

    def serves(self, guild_id: int) -> bool:
        """True when this process (shard) is in that server and has its data: a server still
        unavailable (listed by READY after a new gateway session, its GUILD_CREATE not yet
        come, or in a Discord outage) has no channels to post into yet, so its runs wait
        for a later tick instead of failing as if their channel were gone."""
        guild = self.bot.get_guild(guild_id)
        return guild is not None and not guild.unavailable

    def _channel(self, channel_id: int, text_only: bool) -> discord.TextChannel | discord.Thread:
        channel = self.bot.get_channel(channel_id)
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            raise DeliveryError(_("its channel was deleted, or I can no longer see it"))
        missing = missing_permissions(channel, text_only=text_only)
        if missing:
            raise DeliveryError(cannot_post(channel, missing))
        return channel

    async def deliver(self, run: Run, retry: RunRetry) -> int | None:
        """Post one claimed run (only the messages after `retry.messages_posted`, counting
        each one sent there); returns the id of the message with the buttons. Discord
        refusing or failing the post (403, 404, 5xx) raises the core's `PostRefused`."""
        language = await server_language(self.store.settings, run.schedule.guild_id)
        scope = guild_scope(run.schedule.guild_id)
        with scope, use_language(language), refusals_as_core_errors():
            return await self._deliver_in_scope(run, retry)

    async def _text_only(self, guild_id: int) -> bool:
        """The server's text-only default for its shared posts (off when it cannot be read:
        an outage must not stop a post, as the publisher's)."""
        try:
            return (await self.store.settings.get_settings(guild_id)).text_only_default
        except Exception as exc:
            log.warning("reading the text-only default of server %s failed: %r", guild_id, exc)
            return False

    async def _deliver_in_scope(self, run: Run, retry: RunRetry) -> int | None:
        schedule = run.schedule
        text_only = await self._text_only(schedule.guild_id)
        channel = self._channel(schedule.channel_id, text_only)
        briefing = self.services.library.get(schedule.briefing_id)
        if schedule.what == "briefing":

            async def counted(_message: discord.Message | None = None) -> None:
                retry.messages_posted += 1
                assert schedule.id is not None
                await self.runner.keep_progress(schedule.id, run, retry)

            messages = briefing_messages(briefing, "summary", text_only=text_only)
            in_channel = PostInChannel(channel, messages)
            after = discord.utils.time_snowflake(run.at - CLOCK_SKEW)
            nonce = run_nonce(schedule.id, run)
            if not await in_channel.laid_out_alike(retry.messages_posted, after):
                # cut otherwise now: skipping would lose the start of the post, so it goes
                # out whole, under other nonces than the messages of the first layout's
                retry.messages_posted = 0
                nonce += "r"
            elif (retry.tries or retry.messages_posted) and retry.messages_posted < len(messages):
                # tried before: the message whose answer was lost may be there, and Discord
                # may have forgotten its nonce by now (it keeps them a few minutes)
                taken = await in_channel.went_out(retry.messages_posted, after)
                if taken is not None:
                    await counted()

            sent = await send_briefing(
                channel,
                briefing,
                "summary",
                skip=retry.messages_posted,
                on_sent=counted,
                nonce=nonce,
                text_only=text_only,
            )
            return sent[-1].id if sent else None
        assert schedule.id is not None
        session_id = f"qotd-{schedule.id}-{run.at:%Y%m%d%H%M}"
        shown = await self.qotd.get(session_id)
        if shown is not None and shown.message_id is not None:
            return shown.message_id  # posted before its process stopped: not posted twice
        if shown is not None:  # saved, then its process stopped: the same question goes out
            qotd, qq = shown, shown.quiz_question(briefing)
        else:
            qotd, qq = await self._open_question(run, session_id, briefing.id, channel.id)
        reply = question_reply(qotd, qq, briefing.title, QOTD_ANSWER.prefix(session_id))
        key = run_nonce(schedule.id, run)
        try:
            # under the run's nonce, tried again at once when the failure may pass: one Discord
            # posted before the process stopped, or before the connection dropped, comes back
            posted = await post_once(self.publisher, self.services.clock, channel.id, reply, key)
        except Exception as exc:
            # a killed process's successor posts it (`test_killed_schedule_run`); the question
            # is kept for the run's retry, since students may have seen it
            await self.qotd.not_posted(qotd, exc)
            raise
        try:
            await self.qotd.posted(qotd, posted.button_message_id)
        except Exception as exc:  # it is posted: the run is too (its reveal marks no buttons)
            log.warning(
                "question of the day %s is posted; its message id was not kept: %r",
                session_id,
                exc,
            )
        return posted.button_message_id

    async def _open_question(
        self, run: Run, session_id: str, briefing_id: str, channel_id: int
    ) -> tuple[Qotd, QuizQuestion]:
        """Reveal the channel's earlier questions of the day, then open the run's own."""
        schedule = run.schedule
        earlier = [
            q for q in await self.qotd.open_questions(channel_id) if q.session_id != session_id
        ]
        for question in earlier:
            await self.reveal(question)
        return await self.qotd.start(
            session_id,
            briefing_id,
            guild_id=schedule.guild_id,
            channel_id=channel_id,
            day=run.local_date(),
            schedule_id=schedule.id,
            earlier=earlier,
        )

    async def warn(self, schedule: Schedule, notice: Reply) -> None:
        """A direct message to the moderator who made the schedule (if still known)."""
        if schedule.created_by is None:
            return
        try:
            await self.publisher.direct(schedule.created_by, notice)
        except Exception as exc:  # DMs closed: /schedules still shows the failure
            log.info(
                "could not tell user %s about schedule %s: %s",
                schedule.created_by,
                schedule.id,
                exc,
            )

    async def reveal(self, qotd: Qotd) -> bool:
        """Post the answer of a question of the day (once, whoever else tries)."""
        language = await server_language(self.store.settings, qotd.guild_id)
        with guild_scope(qotd.guild_id), use_language(language):
            return await self._reveal_in_scope(qotd)

    async def _reveal_in_scope(self, qotd: Qotd) -> bool:
        """Posted first, closed after (`QotdService.tally`): a process stopped in between
        reveals it again after its restart, under the same key, so it goes out once. Was:
        closed first, and a `kill -9` before the post lost the reveal."""
        try:
            reveal = await self.qotd.tally(qotd)
        except BriefbotError as exc:  # its briefing is gone: closed, never revealed
            log.warning("%s", exc)
            await self.qotd.end(qotd)
            await self._unanswerable(qotd)
            return False
        if reveal is None:
            return False
        channel = self.bot.get_channel(qotd.channel_id)
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            log.warning("question of the day %s: its channel is gone", qotd.session_id)
            await self.qotd.end(qotd)
            return False
        names = {user: f"<@{user}>" for user, _score in reveal.best}
        shown = reveal_reply(reveal, names)
        report = REPORT_PROBLEM.build(qotd.session_id, reveal.quiz_question.question.id)
        shown = Reply(
            shown.pages, (*shown.buttons, Button("report", _("Report a problem"), report))
        )
        clock = self.services.clock
        if qotd.session_id not in self.revealed_unclosed:
            try:
                await post_once(self.publisher, clock, channel.id, shown, reveal_key(qotd))
            except PostRefused as exc:  # one line; revealed on a later tick if it may pass
                log.warning("could not reveal question of the day %s: %s", qotd.session_id, exc)
                if not exc.passing:
                    await self.qotd.end(qotd)
                return False
            # Its close may fail (PostgreSQL read-only, say) tick after tick, past the minutes
            # Discord keeps the post's nonce: the next tries close it without posting again
            # (faults-48; was: the answer posted once more each tick after the nonce's time).
            self.revealed_unclosed.add(qotd.session_id)
        ended = await self.qotd.end(qotd)
        self.revealed_unclosed.discard(qotd.session_id)
        if not ended:
            return False  # another process revealed it meanwhile, under the same key
        if qotd.message_id is not None:
            buttons = marked_buttons(reveal.quiz_question, QOTD_ANSWER.prefix(qotd.session_id))
            try:
                with refusals_as_core_errors():
                    await channel.get_partial_message(qotd.message_id).edit(view=view_of(buttons))
            except PostRefused as exc:  # deleted by a moderator, say: the reveal is out
                log.warning(
                    "question of the day %s: revealed, but its buttons not marked: %s",
                    qotd.session_id,
                    exc,
                )
        return True

    async def _unanswerable(self, qotd: Qotd) -> None:
        """Take the answer buttons off a question of the day closed unrevealed (its briefing
        unpublished or deleted since): they would only say it takes no more answers (was:
        left live for good); and its line "the answer comes <when>", past by then, says it
        closed."""
        channel = self.bot.get_channel(qotd.channel_id)
        if qotd.message_id is None or not isinstance(channel, discord.TextChannel | discord.Thread):
            return
        posted = channel.get_partial_message(qotd.message_id)
        try:
            with refusals_as_core_errors():
                await posted.edit(view=None, **_closed_text(await posted.fetch(), qotd))
        except PostRefused as exc:  # deleted by a moderator, say: nothing to take off
            log.warning("question of the day %s: buttons not taken off: %s", qotd.session_id, exc)

    async def on_qotd_answer(self, interaction: Interaction, args: list[str]) -> None:
        """`qd:<session>:<key>`: anyone's answer; only their first one counts."""
        committing = self.qotd.answer(args[0], interaction.user.id, args[1])
        answered = await within_deadline(interaction, committing, private=True)
        qq = answered.result.quiz_question
        when = f"<t:{int(answered.qotd.reveal_at.timestamp())}:R>"
        if answered.first:
            key = answered.result.chosen_key or args[1]
            option = qq.options[qq.keys.index(key)] if key in qq.keys else key
            shown = option if qq.question.kind == "truefalse" else f"{key}) {option}"
            reply = Reply.text(
                _("Answer registered"),
                _(
                    "You answered **{answer}**. The answer and the best answerers come {when}."
                ).format(answer=shown, when=when),
                private=True,
            )
        else:
            reply = Reply.text(
                _("Already answered"),
                _(
                    "You already answered this question of the day, and your first answer "
                    "counts. The answer comes {when}."
                ).format(when=when),
                private=True,
            )
        await send_reply(interaction, reply)

    # ----- commands -----

    async def timezone_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Time zone names containing what was typed."""
        typed = current.strip().casefold().replace(" ", "_")
        names = [n for n in zone_names() if typed in n.casefold()] if typed else list(COMMON_ZONES)
        return [app_commands.Choice(name=n, value=n) for n in names[:25]]

    async def schedule_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        """This server's schedules, for /unschedule (moderators only)."""
        if interaction.guild_id is None:
            return []
        settings = await self.store.settings.get_settings(interaction.guild_id)
        if not is_moderator(interaction, settings):
            return []
        found = await self.store.schedules.list_schedules(interaction.guild_id)
        choices = []
        for s in found:
            what = _("question") if s.what == "question" else _("briefing")
            name = _("#{number} {what} from {briefing}, {when}").format(
                number=s.number, what=what, briefing=s.briefing_id, when=describe(s)
            )
            if current.strip() and current.strip().casefold() not in name.casefold():
                continue
            choices.append(app_commands.Choice(name=name[:100], value=int(s.number or 0)))
        return choices[:25]

    @moderator_command("schedule")
    @app_commands.describe(
        what=N_("briefing: post the briefing; question: a question of the day from it"),
        time=N_("Time of day, 24-hour clock, like 08:30"),
        repeat=N_(
            "once, daily or weekly (default: once with a date, weekly with a weekday, else daily)"
        ),
        briefing=N_("Which briefing (default: the server's default briefing)"),
        channel=N_("Where to post (default: this channel; questions: the question of the day one)"),
        timezone=N_("A time zone name like Europe/Berlin (default UTC)"),
        date=N_("For once: the date, like 2026-03-14"),
        weekday=N_("For weekly: the day"),
    )
    @app_commands.autocomplete(briefing=briefing_choices, timezone=timezone_choices)
    async def schedule(
        self,
        interaction: Interaction,
        what: Literal["briefing", "question"],
        time: str,
        repeat: Literal["once", "daily", "weekly"] | None = None,
        briefing: str | None = None,
        channel: discord.TextChannel | discord.Thread | None = None,
        timezone: str | None = None,
        date: str | None = None,
        weekday: Weekday | None = None,
    ) -> None:
        """Post a briefing or a question of the day at set times."""
        guild_id = interaction.guild_id
        assert guild_id is not None
        settings = await self.store.settings.get_settings(guild_id)
        found = await self.services.content.served_for_moderator(
            guild_id, briefing, settings.default_briefing
        )
        now = self.services.clock.now()
        if what == "question":
            pick_question(found, now.date())  # refuses a briefing without button questions
        target = channel or self._default_channel(settings, what, interaction)
        missing = missing_permissions(target, text_only=settings.text_only_default)
        if missing:
            raise InvalidInput(cannot_post(target, missing))
        new = make_schedule(
            guild_id=guild_id,
            channel_id=target.id,
            briefing_id=found.id,
            what=what,
            repeat=repeat,
            time_text=time,
            timezone=timezone,
            now=now,
            date_text=date,
            weekday=weekday,
            created_by=interaction.user.id,
        )
        saved = await self.runner.add(new, now)
        log.info("schedule %s added by user %s: %s", saved.id, interaction.user.id, saved)
        upcoming = next_run(saved, now)
        if what == "question":
            body = _("I will post a question of the day from “{title}” in {channel}, {when}.")
        else:
            body = _("I will post the briefing “{title}” in {channel}, {when}.")
        body = body.format(title=found.title, channel=target.mention, when=describe(saved))
        if upcoming is not None:
            body += "\n" + _("Next: {when}, {moment}.").format(
                when=when_text(upcoming, saved), moment=f"<t:{int(upcoming.timestamp())}:R>"
            )
        body += "\n" + _("See every schedule with /schedules; remove this one with /unschedule.")
        title = _("Scheduled #{number}").format(number=saved.number)
        try:
            await send_reply(interaction, Reply.text(title, body, private=True))
        except BaseException:  # unseen: the same /schedule retried confirms this one
            self.runner.not_confirmed(new, saved)
            raise

    def _default_channel(
        self, settings: GuildSettings, what: str, interaction: Interaction
    ) -> discord.TextChannel | discord.Thread:
        """Questions go to the question of the day channel if set; else this channel."""
        if what == "question" and settings.qotd_channel_id:
            channel = self.bot.get_channel(settings.qotd_channel_id)
            if isinstance(channel, discord.TextChannel | discord.Thread):
                return channel
            raise InvalidInput(
                _("The question of the day channel set in /settings is gone: name a channel.")
            )
        here = interaction.channel
        if isinstance(here, discord.TextChannel | discord.Thread):
            return here
        raise InvalidInput(_("I cannot post in this kind of channel: name a text channel."))

    @moderator_command("schedules")
    async def schedules(self, interaction: Interaction) -> None:
        """This server's schedules and next runs."""
        assert interaction.guild_id is not None
        found = await self.store.schedules.list_schedules(interaction.guild_id)
        shelf = self.services.library.for_guild(interaction.guild_id)
        titles = {b.id: b.title for b in shelf}
        title_of = self.services.assignments.title_of  # "Title (removed)", as work names it
        gone = {
            s.briefing_id: await title_of(interaction.guild_id, s.briefing_id)
            for s in found
            if s.briefing_id not in titles
        }
        missing = await self._missing_where(interaction, found)
        now = self.services.clock.now()
        reply = schedules_reply(found, now, _channel_mention, titles, missing, gone)
        await send_pages(interaction, reply)

    async def _missing_where(
        self, interaction: Interaction, found: list[Schedule]
    ) -> dict[int, list[str]]:
        """By channel, the permissions the bot lacks now to post in a schedule's channel (a
        channel it cannot see at all is left to the failed run, which names it)."""
        guild = interaction.guild
        if guild is None or not found:
            return {}
        text_only = (await self.store.settings.get_settings(guild.id)).text_only_default
        missing: dict[int, list[str]] = {}
        for channel_id in {s.channel_id for s in found}:
            channel = guild.get_channel_or_thread(channel_id)
            if channel is None or isinstance(
                channel, discord.CategoryChannel | discord.ForumChannel
            ):
                continue
            lacking = missing_permissions(channel, text_only=text_only)
            if lacking:
                missing[channel_id] = [_(name) for name in lacking]
        return missing

    @moderator_command("unschedule")
    @app_commands.describe(number=N_("The schedule's number, as /schedules shows it"))
    @app_commands.autocomplete(number=schedule_choices)
    async def unschedule(self, interaction: Interaction, number: int) -> None:
        """Remove one of this server's schedules."""
        assert interaction.guild_id is not None
        await self.runner.remove(interaction.guild_id, number, by=interaction.user.id)
        log.info("schedule %s removed by user %s", number, interaction.user.id)
        try:
            await send_reply(
                interaction,
                Reply.text(
                    _("Unscheduled"),
                    _("Schedule #{number} is removed.").format(number=number),
                    private=True,
                ),
            )
        except BaseException:  # unseen: the same /unschedule retried says it is removed
            self.runner.not_told_removed(interaction.guild_id, number, interaction.user.id)
            raise


def _closed_text(posted: discord.Message, qotd: Qotd) -> dict[str, Any]:
    """The edit that makes a posted question of the day say it closed unrevealed: its embed's
    text, or its content in the text-only mode (`closed_unrevealed`)."""
    reveal_line = f"<t:{int(qotd.reveal_at.timestamp())}:"  # as `render` writes its moment
    if posted.embeds and posted.embeds[0].description:
        shown = posted.embeds[0].copy()
        shown.description = closed_unrevealed(posted.embeds[0].description, reveal_line)
        return {"embed": shown}
    if posted.content:
        return {"content": closed_unrevealed(posted.content, reveal_line)}
    return {}
