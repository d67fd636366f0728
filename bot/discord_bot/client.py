"""The discord.py bot: a thin AutoShardedBot that loads one cog per feature."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket

from bot.app import Services
from bot.core.channel_quiz import ChannelQuizService
from bot.core.content.catalog import enter_guild
from bot.core.errors import BriefbotError, PostRefused
from bot.core.reminders import ReminderService
from bot.core.replies import Reply
from bot.core.schedule import zone_names
from bot.discord_bot.answer_in_time import watch
from bot.discord_bot.blank_options import refuse_blank_options
from bot.discord_bot.checks import refuse_outside_server, refuse_server_left
from bot.discord_bot.cogs.briefings import BriefingsCog
from bot.discord_bot.cogs.classwork import ClassworkCog
from bot.discord_bot.cogs.courses import CoursesCog
from bot.discord_bot.cogs.help import HelpCog
from bot.discord_bot.cogs.moderation import ModerationCog
from bot.discord_bot.cogs.preferences import PreferencesCog
from bot.discord_bot.cogs.progress import ProgressCog
from bot.discord_bot.cogs.quiz import DiscordChannelQuizFaces, QuizCog
from bot.discord_bot.cogs.reading import ReadingCog
from bot.discord_bot.cogs.schedules import SchedulesCog
from bot.discord_bot.connections import limited_connector
from bot.discord_bot.content_sync import ContentSync
from bot.discord_bot.cooldown import refund_cooldown
from bot.discord_bot.discord_down import (
    DISCORD_DOWN,
    describe,
    is_discord_down,
    log_discord_down,
)
from bot.discord_bot.expired import EXPIRED_CHOICES, is_expired, log_expired
from bot.discord_bot.http_timeout import bound_waits
from bot.discord_bot.in_flight import InFlight
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.language import interaction_language
from bot.discord_bot.observe import Observer, OpsCog
from bot.discord_bot.publisher import DiscordPublisher
from bot.discord_bot.reader import Reader
from bot.discord_bot.reminders import DiscordReminderSender
from bot.discord_bot.render import NO_PINGS
from bot.discord_bot.replayed import Deliveries, is_already_answered, log_already_answered
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import ROUTED, Router
from bot.discord_bot.translator import BriefTranslator
from bot.discord_bot.unreadable import guard_parsers, private_reply
from bot.i18n import _, enter_language
from bot.store.health import is_database_outage, outage_message

if TYPE_CHECKING:
    from bot.ops.metrics import Metrics

__all__ = ["BriefBot", "make_intents"]

log = logging.getLogger("briefbot")

_NO_TASK = frozenset({"interaction", "app_command_completion"})

OPENS_FORM = frozenset({"briefing draft"})
"""The commands that may answer with a form (`/briefing draft` without a file asks for the
pasted article): never deferred early in a crowd (`bot.discord_bot.answer_in_time.CROWD`)."""
"""Events `BriefBot.dispatch` handles without a task of their own when nothing listens."""

STALE_COMMAND = (app_commands.CommandNotFound, app_commands.CommandSignatureMismatch)
"""A command Discord's client still offers that this version no longer has, or has changed."""


def make_intents(message_content: bool, members: bool = False) -> discord.Intents:
    """Only what the bot uses: guilds for channels and roles; message content and members
    (who has a role, for class reports) only if enabled."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.members = members
    if message_content:
        intents.guild_messages = True
        intents.message_content = True
    return intents


def silence_voice_warnings() -> None:
    """briefbot never joins a voice channel: drop discord.py's "voice will NOT be supported"."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


class BriefBot(commands.AutoShardedBot):
    """briefbot on Discord: services in through the constructor, no globals."""

    def __init__(
        self, services: Services, *, metrics: Metrics | None = None, **options: object
    ) -> None:
        settings = services.settings
        silence_voice_warnings()
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=make_intents(settings.message_content_intent, settings.members_intent),
            allowed_mentions=NO_PINGS,
            help_command=None,
            **options,  # type: ignore[arg-type]
        )
        self.services = services
        self.metrics = metrics
        self.observer = Observer(metrics)
        self.deliveries = Deliveries()
        """The interactions taken up lately: one Discord delivers again is ignored."""
        self.router = Router(self.deliveries)
        self.channel_quizzes: ChannelQuizService | None = None
        self.router.on_outcome = self.observer.interaction
        self.router.language_of = self.language_of
        self.content_sync = ContentSync(services)
        self.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]
        self.tree.interaction_check = self.enter_server  # type: ignore[method-assign]
        logging.getLogger("discord.app_commands.tree").addFilter(EXPIRED_CHOICES)
        self.reader = Reader(services.preferences)
        self.router.before = self.enter_reader
        guard_parsers(self._connection.parsers, private_reply(self.http))
        self.in_flight = InFlight()
        """The interactions being answered now; a stop waits for them (`bot.discord_bot.runner`)."""

    async def login(self, token: str) -> None:
        """Log in with a connection pool that fits the file descriptor limit, and a bounded
        wait for each of Discord's answers (`bot.discord_bot.http_timeout`)."""
        if self.http.connector is discord.utils.MISSING:
            self.http.connector = limited_connector()
        await super().login(token)
        bound_waits(self.http)

    async def setup_hook(self) -> None:
        """Load the cogs and sync the slash commands (to DEV_GUILD_ID when set)."""
        self.zones_listed = asyncio.ensure_future(asyncio.to_thread(zone_names))
        """The system's time zones, read off the event loop now (0.1 MiB): read by the first
        /schedule on the loop, they held the interactions beside it 0.3 s under load."""
        await self.load_features()
        await self.tree.set_translator(BriefTranslator())
        await self.sync_commands()
        self.services.start_timers()
        await self.resume_channel_quizzes()
        await self.content_sync.start()
        if self.services.settings.api_base:
            await self.use_api_gateway()

    async def resume_channel_quizzes(self) -> None:
        """Channel quizzes open when the bot last stopped go on, with a word in their channel."""
        if self.channel_quizzes is None:
            return
        try:
            resumed = await self.channel_quizzes.resume()
        except Exception:
            log.exception("could not resume the open channel quizzes")
            return
        if resumed:
            log.info("resumed %d channel quiz(zes)", resumed)

    async def use_api_gateway(self) -> None:
        """With DISCORD_API_BASE, connect where that API says, every time.

        discord.py asks GET /gateway/bot only when it picks the shard count itself, and after a
        session Discord invalidated it identifies again at its default gateway: either way
        Discord's public gateway, which a proxy or test double would not be.
        """
        _count, url, _limit = await self.http.get_bot_gateway()
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)

    async def load_features(self) -> None:
        """One cog per feature, each given what it needs."""
        await self.add_cog(ReadingCog(self.services, self.router))
        publisher = DiscordPublisher(self, self.text_only_default)
        channel_quizzes = ChannelQuizService(
            self.services.study,
            publisher,
            self.services.clock,
            DiscordChannelQuizFaces(),
            server_language=self.services.server_settings.language,
        )
        self.channel_quizzes = channel_quizzes
        reminders = ReminderService(
            self.services.store,
            self.services.library,
            self.services.clock,
            DiscordReminderSender(self, self.services.preferences),
            interval=self.services.settings.schedule_tick_seconds,
        )
        quiz = QuizCog(self.services, self.router, channel_quizzes, reminders)
        await self.add_cog(quiz)
        await self.add_cog(ProgressCog(self.services, self.router, reminders, channel_quizzes))
        await self.add_cog(ModerationCog(self.services, self.router, quiz))
        interval = self.services.settings.schedule_tick_seconds
        await self.add_cog(
            SchedulesCog(self, self.services, self.router, interval=interval, publisher=publisher)
        )
        await self.add_cog(BriefingsCog(self.services, self.router, publisher))
        await self.add_cog(CoursesCog(self.services, self.router))
        await self.add_cog(
            ClassworkCog(self, self.services, self.router, quiz, publisher=publisher)
        )
        await self.add_cog(PreferencesCog(self.services))
        await self.add_cog(HelpCog(self.services))
        if self.metrics is not None:
            await self.add_cog(OpsCog(self.metrics))

    async def sync_commands(self) -> None:
        """Register the slash commands with Discord: one server instantly, or globally."""
        guild_id = self.services.settings.dev_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        log.info(
            "synced %d commands %s", len(synced), f"to guild {guild_id}" if guild_id else "globally"
        )

    async def enter_server(self, interaction: discord.Interaction) -> bool:
        """Every command and autocomplete sees the briefings of its own server only, and
        speaks the student's language (its task's own context, like the server's scope) and
        answers in the student's reading preferences. An interaction delivered again (a
        gateway replay) is not run twice."""
        command = interaction.command.qualified_name if interaction.command else "?"
        if not self.deliveries.first(interaction, f"command /{command}"):
            return False
        self.in_flight.enter(interaction)
        watch(interaction, may_open_form=command in OPENS_FORM)  # in time, whatever follows
        enter_guild(interaction.guild_id)
        enter_language(await self.language_of(interaction))
        if interaction.type is discord.InteractionType.application_command:
            refuse_outside_server(interaction)  # said politely by on_app_command_error
            refuse_server_left(interaction)
            refuse_blank_options(interaction)  # likewise: what to type in the blank option
        await self.enter_reader(interaction)
        return True

    async def language_of(self, interaction: discord.Interaction) -> str:
        """The language to answer `interaction` in (`bot.discord_bot.language`)."""
        return await interaction_language(interaction, self.services.store.settings)

    async def text_only_default(self, guild_id: int) -> bool:
        """Whether a server's shared posts are in the text-only mode (/settings)."""
        return (await self.services.store.settings.get_settings(guild_id)).text_only_default

    async def enter_reader(self, interaction: discord.Interaction) -> None:
        """The student's preferences (text only, untimed) for the rest of this interaction."""
        await self.reader.enter(interaction)

    async def on_ready(self) -> None:
        """One line when connected."""
        user = self.user
        log.info("ready as %s (%s) in %d server(s)", user, user and user.id, len(self.guilds))

    def dispatch(self, event: str, /, *args: Any, **kwargs: Any) -> None:
        """discord.py's dispatch, less the two tasks of its own it gave every slash command
        (a /quiz start ran three): its `interaction` event (the router takes only buttons and
        forms; the command runs in the command tree's task) and its completion (a log line,
        written in the command's task). Any listener of these events still gets them."""
        if event in _NO_TASK and not (
            self._listeners.get(event) or self.extra_events.get("on_" + event)
        ):
            if event == "interaction":
                if args[0].type in ROUTED:
                    self._schedule_event(self.on_interaction, "on_interaction", *args)
                return
            if args[1].qualified_name != "reload":
                self.command_completed(*args)
                return
        super().dispatch(event, *args, **kwargs)

    async def on_interaction(self, interaction: Interaction) -> None:
        """Every button and modal goes through the one persistent router, once per
        interaction (a gateway replay is ignored)."""
        self.in_flight.enter(interaction)
        await self.router.route(interaction)

    async def on_app_command_completion(
        self, interaction: discord.Interaction, command: app_commands.Command[Any, ..., Any]
    ) -> None:
        """A slash command finished normally: its log line; after /reload, the news to the
        other processes."""
        self.command_completed(interaction, command)
        if command.qualified_name == "reload":
            await self.content_sync.announce()

    def command_completed(
        self, interaction: discord.Interaction, command: app_commands.Command[Any, ..., Any]
    ) -> None:
        """One log line (and metrics) per slash command that finished normally."""
        self.observer.interaction(interaction, f"/{command.qualified_name}", "ok")

    async def close(self) -> None:
        """Stop following other processes' reloads, then disconnect."""
        await self.content_sync.close()
        await super().close()

    async def on_app_command_error(
        self, interaction: Interaction, error: app_commands.AppCommandError
    ) -> None:
        """A short polite reply; a log line with context for anything unexpected."""
        original = getattr(error, "original", error)
        refund_cooldown(interaction)  # nothing started: trying again is not "too fast"
        command = interaction.command.qualified_name if interaction.command else "?"
        if is_expired(original):
            log_expired(interaction, f"command /{command}")
            self.observer.interaction(interaction, f"/{command}", "expired")
            return
        if is_already_answered(original):
            log_already_answered(interaction, f"command /{command}")
            self.observer.interaction(interaction, f"/{command}", "already_answered")
            return
        outcome = "refused"
        if isinstance(original, BriefbotError):
            message = str(original)
            if isinstance(original, PostRefused) and original.passing:
                outcome = "discord_down"  # the command's post failed, logged where it did
        elif isinstance(error, app_commands.CommandOnCooldown):
            message = _("Slow down a little: try again in {seconds} s.").format(
                seconds=f"{error.retry_after:.0f}"
            )
        elif isinstance(error, STALE_COMMAND):
            log.warning(
                "command /%s by user %s: not a command of this version (%s); a Discord "
                "client with an old command list?",
                getattr(error, "name", command),
                interaction.user.id,
                type(error).__name__,
            )
            message = _(
                "This command has changed or no longer exists. "
                "Type / and pick it again from the list."
            )
        elif isinstance(error, app_commands.CheckFailure):
            message = _("You cannot use this command here.")
        elif isinstance(error, app_commands.TransformerError):
            message = _("I could not understand the value “{value}”.").format(value=error.value)
        elif is_discord_down(original):
            outcome = "discord_down"
            log_discord_down(interaction, f"command /{command}", original)
            message = _(DISCORD_DOWN)
        elif is_database_outage(original):
            outcome = "database_down"
            log.warning("command /%s: the database is unavailable (%r)", command, original)
            message = _(outage_message(original))
        else:
            outcome = "error"
            log.error(
                "command /%s by user %s failed", command, interaction.user.id, exc_info=original
            )
            message = _("Something went wrong on our side. Please try again.")
        self.observer.interaction(interaction, f"/{command}", outcome)
        try:
            await send_reply(interaction, Reply.problem(message))
        except Exception as exc:
            if is_expired(exc):
                log_expired(interaction, f"command /{command}")
            elif is_already_answered(exc):
                log_already_answered(interaction, f"command /{command}")
            elif outcome == "discord_down" and is_discord_down(exc):
                log.debug("could not tell user %s to try again: %s", interaction.user.id, exc)
            elif isinstance(exc, discord.HTTPException) or is_discord_down(exc):
                log.warning(
                    "could not tell user %s about an error (%s)", interaction.user.id, describe(exc)
                )
            else:
                raise
