"""/quiz: a private quiz for one student, or a channel quiz everyone can answer.

Buttons carry `bb:<kind>:<session>:<question>:<choice>`; the router brings every click here,
also after a restart. A click on a quiz that no longer exists gets a polite answer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Literal, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core import views
from bot.core.channel_quiz import ChannelQuizService
from bot.core.errors import QuizError
from bot.core.matching import is_blank
from bot.core.progress import GuildSettings
from bot.core.quiz import MAX_QUESTIONS, GroupSession, QuizQuestion, SoloSession
from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.autocomplete import briefing_choices
from bot.discord_bot.cooldown import per_user_cooldown
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router, custom_id

__all__ = ["QuizCog"]

log = logging.getLogger(__name__)
ANSWER_FIELD = "answer"


def _answer_modal(cid: str, prompt: str) -> discord.ui.Modal:
    """A one-field modal for a short answer; its submit reaches the router by custom id."""
    modal = discord.ui.Modal(title="Your answer", custom_id=cid, timeout=None)
    modal.add_item(
        discord.ui.TextInput(
            label=prompt[:45] if len(prompt) <= 45 else "Your answer",
            placeholder=prompt[:100],
            custom_id=ANSWER_FIELD,
            max_length=200,
        )
    )
    modal.stop()
    return modal


def _modal_text(interaction: Interaction) -> str:
    """The text typed into our answer modal ("" when nothing was typed)."""
    data = cast(dict[str, Any], interaction.data or {})
    for row in data.get("components", []):
        for item in row.get("components", [row.get("component", {})]):
            if item.get("custom_id") == ANSWER_FIELD:
                return str(item.get("value") or "")
    return ""


class DiscordChannelQuizFaces:
    """How a channel quiz looks on Discord: routed buttons and `<@id>` names."""

    def question(self, session: GroupSession) -> Reply:
        """The open question; an untimed one also gets "Close question"."""
        prefix = custom_id("qg", session.session_id, session.index) + ":"
        timed = session.timer_seconds is not None
        footer = f"{session.timer_seconds} s to answer" if timed else "Untimed: take your time"
        reply = views.question_reply(
            session.current(),
            session.index + 1,
            len(session.questions),
            action_prefix=prefix,
            private=False,
            footer=footer,
        )
        if not timed:
            close = Button(
                "close",
                "Close question",
                custom_id("qc", session.session_id, session.index),
                ButtonStyle.PRIMARY,
            )
            reply = Reply(reply.pages, (*reply.buttons, close))
        return reply

    def closed(self, shown: Reply, asked: QuizQuestion) -> Reply:
        """The question as posted, its options disabled and the right one marked."""
        return Reply(shown.pages, views.marked_buttons(asked, "bb:x:"))

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        """Players as mentions (posted with pings off)."""
        return {u: f"<@{u}>" for u in user_ids}


class QuizCog(commands.Cog, name="Quiz"):
    """Quizzes, solo and in channels."""

    def __init__(
        self, services: Services, router: Router, channel_quizzes: ChannelQuizService
    ) -> None:
        self.services = services
        self.study = services.study
        self.channel_quizzes = channel_quizzes
        router.register("qs", self.on_solo_click)
        router.register("qm", self.on_solo_modal)
        router.register("qn", self.on_solo_next)
        router.register("qr", self.on_retry)
        router.register("qx", self.on_solo_stop)
        router.register("qg", self.on_group_click)
        router.register("qgm", self.on_group_modal)
        router.register("qc", self.on_group_close)

    async def cog_unload(self) -> None:
        """Stop every running question timer."""
        await self.channel_quizzes.stop()

    @app_commands.command(
        name="quiz", description="Quiz yourself on a briefing, alone or with the channel"
    )
    @app_commands.describe(
        briefing="Which briefing (leave empty when there is only one)",
        count=f"How many questions (1-{MAX_QUESTIONS}, default 5)",
        difficulty="Only questions of this difficulty",
        mode="solo: only you see it; channel: everyone here can answer",
        timer="Channel mode: seconds per question (0 = untimed study mode)",
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    @per_user_cooldown(2, 10.0)
    async def quiz(
        self,
        interaction: Interaction,
        briefing: str | None = None,
        count: app_commands.Range[int, 1, MAX_QUESTIONS] = 5,
        difficulty: Literal["easy", "medium", "hard"] | None = None,
        mode: Literal["solo", "channel"] = "solo",
        timer: app_commands.Range[int, 0, 300] | None = None,
    ) -> None:
        """Quiz yourself on a briefing, alone or with the channel."""
        guild = None
        if interaction.guild_id and (not briefing or (mode == "channel" and timer is None)):
            guild = await self.services.store.get_settings(interaction.guild_id)
            briefing = briefing or guild.default_briefing
        if mode == "solo":
            started = await self.study.start_solo(
                interaction.user.id,
                briefing,
                count=count,
                difficulty=difficulty,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
            )
            await send_reply(interaction, self.solo_question(started.session))
            return
        seconds = self.timer_default(guild) if timer is None else timer
        if interaction.channel_id is None:
            raise QuizError("I cannot post in this channel.")
        session = await self.channel_quizzes.start(
            briefing,
            channel_id=interaction.channel_id,
            starter_id=interaction.user.id,
            guild_id=interaction.guild_id,
            count=count,
            difficulty=difficulty,
            timer_seconds=seconds or None,
        )
        pace = (
            f"{seconds} s per question" if seconds else "untimed: the starter closes each question"
        )
        intro = Reply.text(
            f"Channel quiz: {session.briefing.title}",
            f"{len(session.questions)} questions, {pace}. Everyone may answer, and change "
            "their answer until the question closes.",
        )
        await send_reply(interaction, intro)
        await self.channel_quizzes.post_first(session.session_id)

    def timer_default(self, guild: GuildSettings | None) -> int:
        """Seconds per question when /quiz names no timer (0: untimed), from /settings.

        A server that never changed its settings gets QUIZ_TIMER_SECONDS from the environment.
        """
        if guild is None or guild == GuildSettings(guild.guild_id):
            return self.services.settings.quiz_timer_seconds
        return 0 if guild.untimed_default else guild.quiz_timer_seconds

    @app_commands.command(
        name="review", description="Quiz yourself on the questions due for review"
    )
    @per_user_cooldown(2, 10.0)
    async def review(self, interaction: Interaction) -> None:
        """Quiz yourself on the questions due for review."""
        started = await self.study.start_review(interaction.user.id)
        reply = self.solo_question(started.session)
        if started.more_due:
            page = reply.pages[0]
            footer = f"{started.more_due} more due in other briefings: /review again after this."
            reply = Reply((replace(page, footer=footer),), reply.buttons, private=True)
        await send_reply(interaction, reply)

    # ----- solo -----

    def solo_question(self, session: SoloSession) -> Reply:
        """The current question of a solo quiz, its buttons routed back here, and Stop."""
        prefix = custom_id("qs", session.session_id, session.index) + ":"
        reply = views.question_reply(
            session.current(),
            session.index + 1,
            len(session.questions),
            action_prefix=prefix,
            footer=session.briefing.title,
        )
        stop = Button("stop", "Stop", custom_id("qx", session.session_id))
        return Reply(reply.pages, (*reply.buttons, stop), private=True)

    async def on_solo_stop(self, interaction: Interaction, args: list[str]) -> None:
        """`qx:<session>`: end a solo quiz early and show the score so far."""
        session = await self.study.solo_session(args[0])
        if session.user_id != interaction.user.id:
            raise QuizError("This is someone else's quiz: start your own with /quiz.")
        await self.study.end_solo(session.session_id)
        summary = session.summary(self.study.clock.now())
        await send_reply(interaction, views.summary_reply(summary, session.briefing), edit=True)

    async def on_solo_click(self, interaction: Interaction, args: list[str]) -> None:
        """`qs:<session>:<index>:<key>`: a choice, or the button that opens the answer box."""
        session_id, index, key = args[0], int(args[1]), args[2]
        session = await self.study.solo_session(session_id)
        if key == "answer":
            qq = session.current()
            modal_id = custom_id("qm", session_id, index)
            await interaction.response.send_modal(_answer_modal(modal_id, qq.question.prompt))
            return
        await self.answer_solo(interaction, session_id, index, key)

    async def on_solo_modal(self, interaction: Interaction, args: list[str]) -> None:
        """`qm:<session>:<index>`: a typed short answer."""
        text = _modal_text(interaction)
        if is_blank(text):
            raise QuizError("Your answer was empty: press Answer and type something.")
        await self.answer_solo(interaction, args[0], int(args[1]), text)

    async def answer_solo(
        self, interaction: Interaction, session_id: str, index: int, text: str
    ) -> None:
        """Record the answer, then show the verdict with a button to go on."""
        session = await self.study.solo_session(session_id)
        if session.user_id != interaction.user.id:
            raise QuizError("This is someone else's quiz: start your own with /quiz.")
        result = await self.study.answer_solo(
            session_id,
            interaction.user.id,
            text,
            guild_id=interaction.guild_id,
            question_index=index,
        )
        verdict = views.answer_reply(result)
        label = "See my score" if session.finished else "Next question ▶"
        go_on = Button(
            "next", label, custom_id("qn", session_id, session.index), ButtonStyle.PRIMARY
        )
        await send_reply(
            interaction, Reply(verdict.pages, (*verdict.buttons, go_on), private=True), edit=True
        )

    async def on_solo_next(self, interaction: Interaction, args: list[str]) -> None:
        """`qn:<session>:<index>`: show the next question, or the final score."""
        session = await self.study.solo_session(args[0])
        if session.user_id != interaction.user.id:
            raise QuizError("This is someone else's quiz: start your own with /quiz.")
        if not session.finished:
            await send_reply(interaction, self.solo_question(session), edit=True)
            return
        await self.study.end_solo(session.session_id)
        summary = session.summary(self.study.clock.now())
        reply = views.summary_reply(summary, session.briefing)
        if summary.missed:
            retry = Button(
                "retry",
                "Retry what I missed",
                custom_id("qr", session.session_id),
                ButtonStyle.PRIMARY,
            )
            reply = Reply(reply.pages, (retry,), private=True)
        await send_reply(interaction, reply, edit=True)

    async def on_retry(self, interaction: Interaction, args: list[str]) -> None:
        """`qr:<session>`: a new private quiz of what this student missed in that one."""
        started = await self.study.start_retry(interaction.user.id, args[0])
        await send_reply(interaction, self.solo_question(started.session), edit=True)

    # ----- channel -----

    async def on_group_click(self, interaction: Interaction, args: list[str]) -> None:
        """`qg:<session>:<index>:<key>`: a player's answer (they may change it)."""
        session_id, index, key = args[0], int(args[1]), args[2]
        if key == "answer":
            session = self.channel_quizzes.session(session_id)
            await interaction.response.send_modal(
                _answer_modal(
                    custom_id("qgm", session_id, index), session.current().question.prompt
                )
            )
            return
        await self.answer_group(interaction, session_id, index, key)

    async def on_group_modal(self, interaction: Interaction, args: list[str]) -> None:
        """`qgm:<session>:<index>`: a player's typed answer."""
        text = _modal_text(interaction)
        if is_blank(text):
            raise QuizError("Your answer was empty: press Answer and type something.")
        await self.answer_group(interaction, args[0], int(args[1]), text)

    async def answer_group(
        self, interaction: Interaction, session_id: str, index: int, text: str
    ) -> None:
        """Register the answer privately; the verdict comes when the question closes."""
        changed = await self.channel_quizzes.answer(session_id, interaction.user.id, text, index)
        what = "changed" if changed else "registered"
        shown = text.upper() if len(text) == 1 else text
        await send_reply(
            interaction,
            Reply.text(
                f"Answer {what}",
                f"You answered {shown[:200]}. You can change it until the question closes.",
                private=True,
            ),
        )

    async def on_group_close(self, interaction: Interaction, args: list[str]) -> None:
        """`qc:<session>:<index>`: the starter (or a moderator) closes an untimed question."""
        perms = getattr(interaction.user, "guild_permissions", None)
        moderator = perms is not None and perms.manage_messages
        quiz = self.channel_quizzes.closable(
            args[0], int(args[1]), interaction.user.id, moderator=moderator
        )
        await interaction.response.defer()
        await self.channel_quizzes.close(quiz)
