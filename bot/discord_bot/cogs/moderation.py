"""Moderators: /post a briefing with lasting buttons, /reload content, /settings per server.

Every command here is hidden from students by `default_member_permissions` and checked again
when it runs (`bot.discord_bot.checks`). The "Quiz me" and "Sources & notes" buttons under a
post are handled here for everyone, through the router, so they work after restarts.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.briefing_posts import BriefingPosts, new_post_from
from bot.core.content.records import own_id
from bot.core.content.views import draft_preview_note
from bot.core.errors import InvalidInput, PostRefused, QuizError
from bot.core.models import Briefing
from bot.core.moderation_views import reload_reply, settings_reply, sources_reply
from bot.core.posts import PostPart
from bot.core.replies import Field, Reply, moment
from bot.core.server_settings import SERVER_DEFAULT, Clearable, SettingsChange
from bot.core.withdrawn_posts import posted_briefing
from bot.discord_bot.autocomplete import briefing_choices
from bot.discord_bot.checks import can_manage_server, moderator_command
from bot.discord_bot.cogs.quiz import QuizCog
from bot.discord_bot.cooldown import UserCooldown
from bot.discord_bot.custom_ids import QUIZ_ME, SOURCES
from bot.discord_bot.discord_down import describe, is_discord_down, is_rate_limited
from bot.discord_bot.first_response import defer_once
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.language import server_language
from bot.discord_bot.posting import (
    PostInChannel,
    briefing_messages,
    cannot_post,
    missing_permissions,
    post_not_taken,
    post_refused,
    send_briefing,
)
from bot.discord_bot.respond import send_message, send_reply
from bot.discord_bot.router import Router, never_a_form
from bot.i18n import LANGUAGES, N_, _, language_name, ngettext, use_language

__all__ = ["QUIZ_ME_QUESTIONS", "ModerationCog", "send_pages"]

log = logging.getLogger(__name__)
QUIZ_ME_QUESTIONS = 5
QUIZ_ME_RATE, QUIZ_ME_PER = 2, 10.0
""""Quiz me" clicks per student: as many quizzes per this many seconds as /quiz allows."""
DEFAULT_LANGUAGE_CHOICE = "Server default (English)"
LANGUAGE_CHOICES = [
    *(app_commands.Choice(name=name, value=code) for code, name in LANGUAGES.items()),
    app_commands.Choice(name=DEFAULT_LANGUAGE_CHOICE, value=SERVER_DEFAULT),
]
"""/settings language: each shipped language by its own name, or back to the default."""


async def send_pages(interaction: Interaction, reply: Reply) -> None:
    """Every page of a reply, each as its own message (first the response, then follow-ups)."""
    for page in reply.pages:
        await send_reply(interaction, replace(reply, pages=(page,)))


class ModerationCog(commands.Cog, name="Moderation"):
    """Posting, reloading and per-server settings."""

    def __init__(self, services: Services, router: Router, quiz: QuizCog) -> None:
        self.services = services
        self.server_settings = services.server_settings
        self.quiz = quiz
        self._reloading = asyncio.Lock()
        self.quiz_me_limit = UserCooldown(QUIZ_ME_RATE, QUIZ_ME_PER)
        self.posts = BriefingPosts(services.store.briefing_posts, services.clock)
        """What /post sends, kept so that running it again posts nothing twice."""
        router.register(QUIZ_ME, self.on_quiz_me, no_form=never_a_form)
        router.register(SOURCES, self.on_sources, no_form=never_a_form)

    # ----- /post -----

    @moderator_command("post")
    @app_commands.describe(
        briefing=N_("Which briefing"),
        channel=N_("Where to post it"),
        part=N_("summary: summary and key facts; figures: who is who; all: everything"),
        preview=N_("Only show me how it will look (nothing is posted)"),
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def post(
        self,
        interaction: Interaction,
        briefing: str,
        channel: discord.TextChannel | discord.Thread,
        part: PostPart = "summary",
        preview: bool = False,
    ) -> None:
        """Post a briefing in a channel, with a Quiz me button."""
        assert interaction.guild_id is not None
        briefings = self.services.content
        if preview:
            found, draft = await briefings.previewed(interaction.guild_id, briefing)
        else:
            found, draft = (
                await briefings.served_for_moderator(interaction.guild_id, briefing),
                None,
            )
        settings = await self.services.store.settings.get_settings(interaction.guild_id)
        language = await server_language(self.services.store.settings, interaction.guild_id)
        text_only = settings.text_only_default  # the channel's post is everyone's
        missing = missing_permissions(channel, text_only=text_only)
        if preview:
            note = _(
                "Preview: only you see this. `/post` without preview puts it in {channel}."
            ).format(channel=channel.mention)
            if draft is not None:
                note = draft_preview_note(own_id(found.id), draft, channel.mention)
            if missing:
                note += "\n⚠️ " + cannot_post(channel, missing)
            with use_language(language):  # as the channel will read it
                shown = briefing_messages(found, part, text_only=text_only)
            if draft is not None:  # its buttons would open what students get now, or nothing
                shown = [(message, None) for message, _view in shown]
            if text_only:  # the note apart: a page of text may fill a message
                await send_message(interaction, ephemeral=True, content=note)
            for number, (content, view) in enumerate(shown):
                first = {"content": note} if number == 0 and not text_only else {}
                await send_message(
                    interaction,
                    ephemeral=True,
                    **content,
                    view=view or discord.utils.MISSING,
                    **first,
                )
            return
        if missing:
            raise InvalidInput(cannot_post(channel, missing))
        await defer_once(interaction, private=True)
        with use_language(language):  # the channel's post, as a scheduled one
            messages = briefing_messages(found, part, text_only=text_only)
        post = await self.posts.begin(
            guild_id=interaction.guild_id,
            channel_id=channel.id,
            briefing_id=found.id,
            part=part,
            messages=len(messages),
            began_after=interaction.id,
            channel=PostInChannel(channel, messages),
        )
        already = post.finished  # all of it went out before: a repeat, nothing is sent

        async def kept(message: discord.Message) -> None:
            nonlocal post
            post = await self.posts.sent(post, message.id)

        try:
            with use_language(language):
                await send_briefing(
                    channel,
                    found,
                    part,
                    skip=len(post.message_ids),
                    on_sent=kept,
                    nonce=post.once,
                    text_only=text_only,
                )
        except discord.Forbidden:
            raise InvalidInput(post_refused(channel, text_only=text_only)) from None
        except Exception as exc:
            if not is_discord_down(exc):
                raise
            log.warning(
                "/post of %s in channel %s by user %s: Discord failed the post after %d of its "
                "%d messages (%s); the moderator is asked to run it again",
                found.id,
                channel.id,
                interaction.user.id,
                len(post.message_ids),
                post.messages,
                describe(exc),
            )
            # a 429 is refused before anything is done; a 5xx or a dropped link may follow a
            # message Discord took (its nonce keeps the retry from posting it twice)
            sure = not post.message_ids and is_rate_limited(exc)
            raise PostRefused(post_not_taken(channel, nothing_posted=sure), passing=True) from None
        count = (
            ngettext("{count} message", "{count} messages", post.messages).format(
                count=post.messages
            )
            if post.messages > 1
            else _("one message")
        )
        link = channel.get_partial_message(post.message_ids[-1]).jump_url
        if already:
            body = _(
                "“{title}” is already in {channel} ({count}), posted {when}: {link}\n"
                "Nothing was posted again: the same /post there within an hour is taken as a "
                "retry. To post it anew, delete that post, or run /post again {again}."
            ).format(
                title=found.title,
                channel=channel.mention,
                count=count,
                when=moment(post.updated_at),
                link=link,
                again=moment(new_post_from(post)),
            )
            done = Reply.text(_("Already posted"), body, private=True)
            await send_reply(interaction, done)
            return
        body = _(
            "“{title}” is in {channel} ({count}): {link}\n"
            "Students press Quiz me under it for a private quiz."
        ).format(title=found.title, channel=channel.mention, count=count, link=link)
        done = Reply.text(_("Posted"), body, private=True)
        await send_reply(interaction, done)

    async def on_quiz_me(self, interaction: Interaction, args: list[str]) -> None:
        """`qz:<briefing>`: a private solo quiz for whoever clicked, like /quiz solo.

        Each student may start `QUIZ_ME_RATE` quizzes per `QUIZ_ME_PER` seconds this way.
        """
        wait = self.quiz_me_limit.hit(interaction.user.id, interaction.created_at.timestamp())
        if wait is not None:
            raise QuizError(
                _("Slow down a little: try Quiz me again in {seconds} s.").format(
                    seconds=f"{wait:.0f}"
                )
            )
        briefing = await self._posted(interaction, args[0])
        started = await self.services.study.start_solo(
            interaction.user.id,
            briefing.id,
            count=QUIZ_ME_QUESTIONS,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        async with self.services.study.showing(started):
            await send_reply(interaction, self.quiz.solo_question(started.session), once=True)

    async def on_sources(self, interaction: Interaction, args: list[str]) -> None:
        """`nt:<briefing>`: the source and the editor's notes, privately."""
        await send_pages(interaction, sources_reply(await self._posted(interaction, args[0])))

    async def _posted(self, interaction: Interaction, briefing_id: str) -> Briefing:
        """The briefing a post's button names; NotFound naming it once it was withdrawn."""
        content, guild_id = self.services.content, interaction.guild_id

        async def kept_title(served: str) -> str | None:
            return None if guild_id is None else await content.kept_title(guild_id, served)

        return await posted_briefing(self.services.library, briefing_id, kept_title)

    # ----- /reload -----

    @moderator_command("reload")
    async def reload(self, interaction: Interaction) -> None:
        """Reload the briefings without a restart."""
        await defer_once(interaction, private=True)
        async with self._reloading:
            reports = await asyncio.to_thread(self.services.library.reload)
        self.services.load_reports = reports
        log.info(
            "content reloaded by user %s: %s",
            interaction.user.id,
            ", ".join(f"{r.path}={r.status.value}" for r in reports),
        )
        await send_pages(interaction, reload_reply(reports, len(self.services.library)))

    # ----- /settings -----

    @moderator_command("settings", manage_server=True)
    @app_commands.describe(
        moderator_role=N_("Members with this role may use moderator commands (Manage Server only)"),
        quiz_timer=N_("Seconds per question in channel quizzes (5-600)"),
        untimed_default=N_("Channel quizzes untimed unless /quiz names a timer"),
        text_only_default=N_("Students who never chose /preferences get the text-only mode"),
        default_briefing=N_("The briefing /quiz uses when none is named"),
        qotd_channel=N_("Where questions of the day go by default"),
        clear=N_("Unset one of the settings"),
        language=N_("The bot's language for students whose Discord language it does not speak"),
    )
    @app_commands.choices(language=LANGUAGE_CHOICES)
    @app_commands.autocomplete(default_briefing=briefing_choices)
    async def settings(
        self,
        interaction: Interaction,
        moderator_role: discord.Role | None = None,
        quiz_timer: int | None = None,
        untimed_default: bool | None = None,
        text_only_default: bool | None = None,
        default_briefing: str | None = None,
        qotd_channel: discord.TextChannel | None = None,
        clear: Clearable | None = None,
        language: str | None = None,
    ) -> None:
        """See or change briefbot's settings here."""
        guild_id = interaction.guild_id
        assert guild_id is not None
        change = SettingsChange(
            moderator_role_id=moderator_role.id if moderator_role else None,
            role_is_everyone=moderator_role is not None and moderator_role.is_default(),
            quiz_timer_seconds=quiz_timer,
            untimed_default=untimed_default,
            text_only_default=text_only_default,
            default_briefing=default_briefing,
            qotd_channel_id=qotd_channel.id if qotd_channel else None,
            clear=clear,
            may_manage_server=can_manage_server(interaction),
            language=language,
        )
        outcome = await self.server_settings.apply(guild_id, change)
        if outcome.saved:
            log.info(
                "server %s settings changed by %s: %s", guild_id, interaction.user.id, outcome.saved
            )
        current = outcome.current
        text_only = current.text_only_default  # the questions it posts there follow it
        missing = missing_permissions(qotd_channel, text_only=text_only) if qotd_channel else []
        warnings = [cannot_post(qotd_channel, missing)] if qotd_channel and missing else []
        titles = {b.id: b.title for b in self.services.library}
        reply = settings_reply(
            current,
            role=f"<@&{current.moderator_role_id}>" if current.moderator_role_id else None,
            channel=f"<#{current.qotd_channel_id}>" if current.qotd_channel_id else None,
            briefing_title=titles.get(current.default_briefing or ""),
            changed=outcome.changed,
            warnings=warnings,
        )
        await send_reply(interaction, with_language(reply, current.language))


def with_language(reply: Reply, language: str | None) -> Reply:
    """The settings reply with the server's language as one more field."""
    shown = language_name(language) if language else _("English (the default)")
    first = reply.pages[0]
    field = Field(_("Language"), shown)
    return replace(reply, pages=(replace(first, fields=(*first.fields, field)), *reply.pages[1:]))
