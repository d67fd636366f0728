"""/quiz: a private quiz for one student, or a channel quiz everyone can answer.

Buttons carry `b1:<kind>:<session>:<question>:<choice>`; the router brings every click here,
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
from bot.core.answer_text import is_blank
from bot.core.channel_quiz import MAX_TIMER, ChannelQuizService, receipt_reply, solo_instead
from bot.core.class_quiz import assignment_of_session
from bot.core.commands import description_of
from bot.core.errors import NotFound, QuizError
from bot.core.preferences import current_preferences
from bot.core.progress import GuildSettings
from bot.core.progress_views import more_due_note, nothing_due_reply, with_next_review
from bot.core.quiz import MAX_QUESTIONS, AnswerResult, GroupSession, QuizQuestion, SoloSession
from bot.core.quiz_size_note import fewer_than_asked
from bot.core.reminders import ReminderService, with_paused_note
from bot.core.replies import Button, ButtonStyle, Page, Reply, deadline, moment, with_note
from bot.core.server_settings import briefing_or_default
from bot.core.study import NothingDue
from bot.core.wording import shorten
from bot.discord_bot.autocomplete import briefing_choices, section_choices
from bot.discord_bot.checks import is_moderator
from bot.discord_bot.cooldown import per_user_cooldown, refund_cooldown
from bot.discord_bot.custom_ids import (
    GROUP_CLICK,
    GROUP_CLOSE,
    GROUP_MODAL,
    GROUP_STOP,
    REPORT_PROBLEM,
    REVIEW_NOW,
    SOLO_CLICK,
    SOLO_GUESSED,
    SOLO_MODAL,
    SOLO_NEXT,
    SOLO_RETRY,
    SOLO_STOP,
)
from bot.discord_bot.deadline import within_deadline
from bot.discord_bot.first_response import defer_once
from bot.discord_bot.form_in_time import loaded_in_time_for_a_form
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.language import server_language
from bot.discord_bot.posting import cannot_post, missing_permissions
from bot.discord_bot.respond import render_reply, send_modal, send_rendered, send_reply
from bot.discord_bot.router import Router, never_a_form
from bot.i18n import N_, _, ngettext, use_language

__all__ = ["QuizCog"]

log = logging.getLogger(__name__)
ANSWER_FIELD = "answer"
MODAL_TITLE_MAX, LABEL_MAX, PLACEHOLDER_MAX = 45, 45, 100


def _a_choice(args: list[str]) -> bool:
    """Whether a question's click (`qs`/`qg`: session, index, key) is a choice, never
    answered with a form (the **Answer** button, key `answer`, opens the answer box)."""
    return len(args) == 3 and args[2] != "answer"


def _answer_modal(cid: str, prompt: str) -> discord.ui.Modal:
    """A one-field modal for a short answer; its submit reaches the router by custom id.

    The question is its title, cut at a word; the field repeats as much as fits.
    """
    modal = discord.ui.Modal(title=shorten(prompt, MODAL_TITLE_MAX), custom_id=cid, timeout=None)
    modal.add_item(
        discord.ui.TextInput(
            label=prompt if len(prompt) <= LABEL_MAX else _("Your answer"),
            placeholder=shorten(prompt, PLACEHOLDER_MAX),
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


COUNTDOWN = "\n\n⏱️ "
"""Between an open timed question and when it closes (a live countdown)."""


def _settled(shown: Reply, note: str) -> tuple[Page, ...]:
    """The pages of a posted question that no longer runs: its countdown, or its untimed
    "take your time", replaced by `note` (was: "Closes in 12 seconds" on a stopped quiz)."""
    first, *rest = shown.pages
    body = first.body.split(COUNTDOWN, 1)[0]
    return (replace(first, body=body, footer=note), *rest)


class DiscordChannelQuizFaces:
    """How a channel quiz looks on Discord: routed buttons and `<@id>` names."""

    def question(self, session: GroupSession) -> Reply:
        """The open question: a timed one says when it closes, once, as a countdown each
        reader sees live; an untimed one says so and gets _("Close question")."""
        prefix = GROUP_CLICK.prefix(session.session_id, session.index)
        closes_at = session.closes_at()
        timed = closes_at is not None
        footer = "" if timed else _("Untimed: take your time")
        reply = views.question_reply(
            session.current(),
            session.index + 1,
            len(session.questions),
            action_prefix=prefix,
            private=False,
            footer=footer,
        )
        if closes_at is not None:
            page = reply.pages[0]
            closes = _("Closes {when}.").format(when=moment(closes_at))
            countdown = f"{page.body}{COUNTDOWN}{closes}"
            reply = Reply((replace(page, body=countdown), *reply.pages[1:]), reply.buttons)
        extra = []
        if not timed:
            extra.append(
                Button(
                    "close",
                    _("Close question"),
                    GROUP_CLOSE.build(session.session_id, session.index),
                    ButtonStyle.PRIMARY,
                )
            )
        extra.append(Button("stop", _("Stop quiz"), GROUP_STOP.build(session.session_id)))
        return Reply(reply.pages, (*reply.buttons, *extra))

    def closed(self, shown: Reply, asked: QuizQuestion) -> Reply:
        """The question as posted, saying its answer in words (`views.closed_question_body`)
        without its option buttons, and a _("Report a problem") button for everyone who
        saw it."""
        first, *rest = _settled(shown, _("Closed"))
        pages = (replace(first, body=views.closed_question_body(asked)), *rest)
        session_id = shown.buttons[0].action.split(":")[2] if shown.buttons else ""
        if not session_id:
            return Reply(pages)
        report = REPORT_PROBLEM.build(session_id, asked.question.id)
        return Reply(pages, (Button("report", _("Report a problem"), report),))

    def closed_at(self, session: GroupSession, index: int) -> Reply:
        """Question `index` of the quiz as `closed` shows it, rebuilt from the quiz alone
        (after a restart, which kept no posted question: its countdown goes anyway)."""
        asked = session.questions[index]
        shown = views.question_reply(
            asked,
            index + 1,
            len(session.questions),
            action_prefix=GROUP_CLICK.prefix(session.session_id, index),
            private=False,
        )
        return self.closed(shown, asked)

    def stopped(self, shown: Reply) -> Reply:
        """The question as posted, without buttons, saying the quiz was stopped."""
        return Reply(_settled(shown, _("Quiz stopped")))

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        """Players as mentions (posted with pings off)."""
        return {u: f"<@{u}>" for u in user_ids}


class QuizCog(commands.Cog, name="Quiz"):
    """Quizzes, solo and in channels."""

    def __init__(
        self,
        services: Services,
        router: Router,
        channel_quizzes: ChannelQuizService,
        reminders: ReminderService | None = None,
    ) -> None:
        self.services = services
        self.study = services.study
        self.channel_quizzes = channel_quizzes
        self.reminders = reminders  # a paused review reminder is noted under /review
        router.register(SOLO_CLICK, self.on_solo_click, no_form=_a_choice)
        router.register(SOLO_MODAL, self.on_solo_modal)
        router.register(SOLO_NEXT, self.on_solo_next, no_form=never_a_form)
        router.register(SOLO_RETRY, self.on_retry, no_form=never_a_form)
        router.register(SOLO_STOP, self.on_solo_stop, no_form=never_a_form)
        router.register(SOLO_GUESSED, self.on_solo_guessed, no_form=never_a_form)
        router.register(GROUP_CLICK, self.on_group_click, no_form=_a_choice)
        router.register(GROUP_MODAL, self.on_group_modal)
        router.register(GROUP_CLOSE, self.on_group_close, no_form=never_a_form)
        router.register(GROUP_STOP, self.on_group_stop, no_form=never_a_form)
        router.register(REVIEW_NOW, self.on_review_now, no_form=never_a_form)

    async def cog_unload(self) -> None:
        """Stop every running question timer."""
        await self.channel_quizzes.stop()

    @app_commands.command(name="quiz", description=description_of("quiz"))
    @app_commands.describe(
        briefing=N_("Which briefing (leave empty when there is only one)"),
        count=N_("How many questions (1-25, default 5)"),
        difficulty=N_("Only questions of this difficulty"),
        mode=N_("solo: only you see it; channel: everyone here can answer"),
        timer=N_("Channel mode: seconds per question, 5-600 (0: untimed study)"),
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
        timer: app_commands.Range[int, 0, MAX_TIMER] | None = None,
    ) -> None:
        """Quiz yourself on a briefing, alone or with the channel."""
        guild = None
        if interaction.guild_id and (not briefing or (mode == "channel" and timer is None)):
            guild = await self.services.store.settings.get_settings(interaction.guild_id)
            if not briefing and guild.default_briefing:
                briefing = briefing_or_default(
                    self.services.library, None, guild.default_briefing
                ).id
        note = solo_instead(interaction.guild_id) if mode == "channel" else ""
        if mode == "solo" or note:
            try:
                started = await self.study.start_solo(
                    interaction.user.id,
                    briefing,
                    count=count,
                    difficulty=difficulty,
                    guild_id=interaction.guild_id,
                    channel_id=interaction.channel_id,
                )
            except NotFound as missing:
                raise await self._draft_named(interaction, briefing, missing) from None
            short = fewer_than_asked(count, len(started.session.questions), difficulty)
            shown = with_note(
                self.solo_question(started.session), "\n\n".join(filter(None, (note, short)))
            )
            async with self.study.showing(started):  # unseen, its retry shows this quiz
                await send_reply(interaction, shown, once=True)
            return
        seconds = self.timer_default(guild) if timer is None else timer
        if current_preferences().untimed:
            seconds = 0  # a shared quiz: its starter's untimed preference makes it untimed
        channel_id = await self.require_postable(interaction)
        language = await self.channel_language(interaction)
        try:
            with use_language(language):  # its options (True, False) are everyone's
                session = await self.channel_quizzes.start(
                    briefing,
                    channel_id=channel_id,
                    starter_id=interaction.user.id,
                    guild_id=interaction.guild_id,
                    count=count,
                    difficulty=difficulty,
                    timer_seconds=seconds or None,
                )
        except NotFound as missing:
            raise await self._draft_named(interaction, briefing, missing) from None
        try:
            with use_language(language):  # the channel's announcement, as its questions are
                intro = self.channel_intro(session, seconds)
                short = fewer_than_asked(count, len(session.questions), difficulty)
                await send_reply(interaction, with_note(intro, short))
        except BaseException:  # unseen: its starter's retry announces it again
            self.channel_quizzes.not_announced(session.session_id)
            raise
        finally:  # the quiz is saved: its question goes out even when Discord failed the reply
            with use_language(language):  # its timers inherit it
                await self.channel_quizzes.post_first(session.session_id)

    async def _draft_named(
        self, interaction: Interaction, briefing: str | None, missing: NotFound
    ) -> NotFound:
        """What a /quiz naming no served briefing says: to a moderator who named one of the
        server's own briefings that is not published, that it is not, and how to see and
        publish it; to anyone else (students are never told of a draft), `missing`."""
        if interaction.guild_id is None or not briefing:
            return missing
        settings = await self.services.store.settings.get_settings(interaction.guild_id)
        if not is_moderator(interaction, settings):
            return missing
        found = await self.services.content.unpublished_for_moderator(
            interaction.guild_id, briefing
        )
        return found or missing

    @staticmethod
    def channel_intro(session: GroupSession, seconds: int) -> Reply:
        """The channel quiz's announcement, in the language in use."""
        pace = (
            _("{seconds} s per question").format(seconds=seconds)
            if seconds
            else _("untimed: the starter closes each question")
        )
        total = len(session.questions)
        return Reply.text(
            _("Channel quiz: {title}").format(title=session.briefing.title),
            ngettext(
                "{count} question, {pace}. Everyone may answer, and change their answer until "
                "the question closes.",
                "{count} questions, {pace}. Everyone may answer, and change their answer until "
                "the question closes.",
                total,
            ).format(count=total, pace=pace),
        )

    async def channel_language(self, interaction: Interaction) -> str:
        """A channel quiz is everyone's: its posts speak the server's language."""
        return await server_language(self.services.store.settings, interaction.guild_id)

    async def require_postable(self, interaction: Interaction) -> int:
        """Refuse a channel quiz, before announcing it, where the bot cannot post (as /post)."""
        channel = interaction.channel
        if interaction.channel_id is None or channel is None:
            raise QuizError(_("I cannot post in this channel."))
        if isinstance(channel, discord.abc.GuildChannel | discord.Thread):
            settings = await self.services.store.settings.get_settings(channel.guild.id)
            missing = missing_permissions(channel, text_only=settings.text_only_default)
            if missing:
                raise QuizError(cannot_post(channel, missing))
        return interaction.channel_id

    def timer_default(self, guild: GuildSettings | None) -> int:
        """Seconds per question when /quiz names no timer (0: untimed), from /settings.

        A server that never changed its settings gets QUIZ_TIMER_SECONDS from the environment.
        """
        if guild is None or guild == GuildSettings(guild.guild_id):
            return self.services.settings.quiz_timer_seconds
        return 0 if guild.untimed_default else guild.quiz_timer_seconds

    @app_commands.command(name="review", description=description_of("review"))
    @app_commands.describe(
        briefing=N_("Only questions from this briefing"), section=N_("Only this section of it")
    )
    @app_commands.autocomplete(briefing=briefing_choices, section=section_choices)
    @per_user_cooldown(2, 10.0)
    async def review(
        self, interaction: Interaction, briefing: str | None = None, section: str | None = None
    ) -> None:
        """Quiz yourself on the questions due for review."""
        await self.start_review(interaction, briefing, section)

    async def on_review_now(self, interaction: Interaction, args: list[str]) -> None:
        """`rv`: "Review now" under a reminder: the review starts right there."""
        await self.start_review(interaction)

    async def start_review(
        self, interaction: Interaction, briefing: str | None = None, section: str | None = None
    ) -> None:
        """Show the first question due for review, or when the next ones come back; the
        word for sections where a briefing or section goes lists them."""
        listed = self.study.sections_asked(briefing, section)
        if listed is not None:
            typed = "/review briefing:{briefing} section:{section}"
            await send_reply(interaction, views.sections_to_review_reply(listed, typed))
            return
        started = await self.study.start_review(
            interaction.user.id,
            briefing_query=briefing,
            section_query=section,
            guild_id=interaction.guild_id,
        )
        if isinstance(started, NothingDue):
            refund_cooldown(interaction)  # nothing started: checking again is not "too fast"
            note = await self.reminders.note_for(interaction.user.id) if self.reminders else None
            await send_reply(interaction, with_paused_note(nothing_due_reply(started), note))
            return
        async with self.study.showing(started):  # unseen, its retry shows this review
            note = await self.reminders.note_for(interaction.user.id) if self.reminders else None
            reply = self.solo_question(started.session)
            if started.more_due:
                page = reply.pages[0]
                footer = more_due_note(started.more_due)
                reply = Reply((replace(page, footer=footer),), reply.buttons, private=True)
            await send_reply(interaction, with_paused_note(reply, note), once=True)

    # ----- solo -----

    def solo_question(self, session: SoloSession) -> Reply:
        """The current question of a solo quiz, its buttons routed back here, and Stop."""
        prefix = SOLO_CLICK.prefix(session.session_id, session.index)
        reply = views.question_reply(
            session.current(),
            session.index + 1,
            len(session.questions),
            action_prefix=prefix,
            footer=session.briefing.title,
            numbered=current_preferences().text_only,
        )
        stop = Button("stop", _("Stop"), SOLO_STOP.build(session.session_id))
        return Reply(reply.pages, (*reply.buttons, stop), private=True)

    async def on_solo_stop(self, interaction: Interaction, args: list[str]) -> None:
        """`qx:<session>`: end a solo quiz early and show the score so far."""
        session = await self.study.solo_session(args[0])
        if session.user_id != interaction.user.id:
            raise QuizError(_("This is someone else's quiz: start your own with /quiz."))
        await self.study.end_solo(session.session_id)
        summary = session.summary(self.study.clock.now())
        work = assignment_of_session(session.session_id) is not None
        reply = views.summary_reply(summary, session.briefing, assignment=work)
        if summary.total:  # stopped before any answer, it says only that
            upcoming = await self.study.next_review(interaction.user.id, interaction.guild_id)
            reply = with_next_review(reply, upcoming)
        await send_reply(interaction, reply, edit=True)

    async def on_solo_click(self, interaction: Interaction, args: list[str]) -> None:
        """`qs:<session>:<index>:<key>`: a choice, or the button that opens the answer box."""
        session_id, index, key = args[0], int(args[1]), args[2]
        if key == "answer":
            modal_id = SOLO_MODAL.build(session_id, index)
            session = await loaded_in_time_for_a_form(
                interaction, self.study.solo_session(session_id)
            )
            if session is None:  # still being rebuilt from the store: a plain box for now
                await send_modal(interaction, _answer_modal(modal_id, _("Your answer")))
                return
            if index < session.index:  # answered, its reply lost to a fault: show the verdict
                await self.answer_solo(interaction, session_id, index, "")
                return
            qq = session.current()
            await send_modal(interaction, _answer_modal(modal_id, qq.question.prompt))
            return
        await self.answer_solo(interaction, session_id, index, key)

    async def on_solo_modal(self, interaction: Interaction, args: list[str]) -> None:
        """`qm:<session>:<index>`: a typed short answer."""
        text = _modal_text(interaction)
        if is_blank(text):
            raise QuizError(_("Your answer was empty: press Answer and type something."))
        await self.study.solo_session(args[0], typed=text)  # ended: says it was not counted
        await self.answer_solo(interaction, args[0], int(args[1]), text)

    async def answer_solo(
        self, interaction: Interaction, session_id: str, index: int, text: str
    ) -> None:
        """Record the answer, then show the verdict with a button to go on.

        A slow commit is deferred (`within_deadline`); a failed one is answered with "try
        again" and leaves the question and its buttons as they were.
        """
        session = await self.study.solo_session(session_id)
        if session.user_id != interaction.user.id:
            raise QuizError(_("This is someone else's quiz: start your own with /quiz."))
        judged = await self.study.judge_solo(
            session_id,
            interaction.user.id,
            text,
            guild_id=interaction.guild_id,
            question_index=index,
        )
        # Rendered while the commit flushes (the writer thread needs the GIL no more until the
        # disk answers, so rendering no longer delays it); shown only once it is committed.
        await within_deadline(interaction, judged.flushing)
        again = text if judged.already else ""
        verdict = render_reply(
            self.verdict(session, judged.result, judged.next_index, not_counted=again), once=True
        )
        result = await within_deadline(interaction, judged.committed)
        if result is not judged.result:  # a concurrent click's answer counted first
            verdict = render_reply(self.verdict(session, result, session.index), once=True)
        await send_rendered(interaction, verdict, edit=True)

    @staticmethod
    def verdict(
        session: SoloSession, result: AnswerResult, next_index: int, *, not_counted: str = ""
    ) -> Reply:
        """The verdict on an answer, with a button to go on (to question `next_index`) and,
        under a right one, "I guessed" (`on_solo_guessed`); `not_counted` as in
        `views.answer_reply`."""
        verdict = views.answer_reply(result, session.briefing, not_counted=not_counted)
        last = next_index >= len(session.questions)
        label = _("See my score") if last else _("Next question ▶")
        go_on = Button(
            "next", label, SOLO_NEXT.build(session.session_id, next_index), ButtonStyle.PRIMARY
        )
        asked = result.quiz_question.question.id
        report = Button(
            "report", _("Report a problem"), REPORT_PROBLEM.build(session.session_id, asked)
        )
        buttons = (*verdict.buttons, go_on, report)
        if result.correct:
            guessed = Button(
                "guessed", _("I guessed"), SOLO_GUESSED.build(session.session_id, asked)
            )
            buttons = (*verdict.buttons, go_on, guessed, report)
        return Reply(verdict.pages, buttons, private=True)

    async def on_solo_guessed(self, interaction: Interaction, args: list[str]) -> None:
        """`qy:<session>:<question>`: the student's right answer was a guess; it is re-rated
        for review (committed first) and they are told, privately, when it comes back."""
        due = await self.study.mark_guessed(args[0], interaction.user.id, args[1])
        if due <= self.study.clock.now():
            body = _(
                "Noted: it counts as a guess for your review, so this question is due again now "
                "(/review brings it back). Your score is unchanged."
            )
        else:
            body = _(
                "Noted: it counts as a guess for your review, so this question comes back on "
                "{when}. Your score is unchanged."
            ).format(when=deadline(due))
        await send_reply(interaction, Reply.text(_("I guessed"), body, private=True))

    async def on_solo_next(self, interaction: Interaction, args: list[str]) -> None:
        """`qn:<session>:<index>`: show the next question, or the final score."""
        session = await self.study.solo_session(args[0])
        if session.user_id != interaction.user.id:
            raise QuizError(_("This is someone else's quiz: start your own with /quiz."))
        if not session.finished:
            await send_reply(interaction, self.solo_question(session), edit=True, once=True)
            return
        await self.study.end_solo(session.session_id)
        summary = session.summary(self.study.clock.now())
        upcoming = await self.study.next_review(interaction.user.id, interaction.guild_id)
        reply = with_next_review(views.summary_reply(summary, session.briefing), upcoming)
        if summary.missed:
            retry = Button(
                "retry",
                _("Retry what I missed"),
                SOLO_RETRY.build(session.session_id),
                ButtonStyle.PRIMARY,
            )
            reply = Reply(reply.pages, (retry,), private=True)
        await send_reply(interaction, reply, edit=True)

    async def on_retry(self, interaction: Interaction, args: list[str]) -> None:
        """`qr:<session>`: a new private quiz of what this student missed in that one."""
        started = await self.study.start_retry(interaction.user.id, args[0])
        async with self.study.showing(started):
            await send_reply(interaction, self.solo_question(started.session), edit=True, once=True)

    # ----- channel -----

    async def on_group_click(self, interaction: Interaction, args: list[str]) -> None:
        """`qg:<session>:<index>:<key>`: a player's answer (they may change it)."""
        session_id, index, key = args[0], int(args[1]), args[2]
        if key == "answer":
            asked = self.channel_quizzes.typing_at(
                session_id, interaction.guild_id, interaction.channel_id, index
            )
            modal = _answer_modal(GROUP_MODAL.build(session_id, index), asked.question.prompt)
            await send_modal(interaction, modal)
            return
        await self.answer_group(interaction, session_id, index, key)

    async def on_group_modal(self, interaction: Interaction, args: list[str]) -> None:
        """`qgm:<session>:<index>`: a player's typed answer."""
        text = _modal_text(interaction)
        if is_blank(text):
            raise QuizError(_("Your answer was empty: press Answer and type something."))
        await self.answer_group(interaction, args[0], int(args[1]), text)

    async def answer_group(
        self, interaction: Interaction, session_id: str, index: int, text: str
    ) -> None:
        """Commit the answer, then say so privately; the verdict comes when the question closes.

        A slow commit is deferred privately (`within_deadline`), then answered.
        """
        self.channel_quizzes.here(session_id, interaction.guild_id, interaction.channel_id)
        committing = self.channel_quizzes.answer(session_id, interaction.user.id, text, index)
        receipt = await within_deadline(interaction, committing, private=True)
        await send_reply(interaction, receipt_reply(receipt))

    async def on_group_stop(self, interaction: Interaction, args: list[str]) -> None:
        """`qgx:<session>`: the starter (or a moderator) stops a channel quiz."""
        self.channel_quizzes.here(args[0], interaction.guild_id, interaction.channel_id)
        quiz = self.channel_quizzes.stoppable(
            args[0], interaction.user.id, moderator=self.moderator(interaction)
        )
        await defer_once(interaction)
        with use_language(await self.channel_language(interaction)):
            await self.channel_quizzes.stop_quiz(quiz)

    @staticmethod
    def moderator(interaction: Interaction) -> bool:
        """Whether the clicker may manage messages in the channel."""
        perms = getattr(interaction.user, "guild_permissions", None)
        return perms is not None and perms.manage_messages

    async def on_group_close(self, interaction: Interaction, args: list[str]) -> None:
        """`qc:<session>:<index>`: the starter (or a moderator) closes an untimed question."""
        self.channel_quizzes.here(args[0], interaction.guild_id, interaction.channel_id)
        moderator = self.moderator(interaction)
        index = int(args[1])
        quiz = self.channel_quizzes.closable(
            args[0], index, interaction.user.id, moderator=moderator
        )
        await defer_once(interaction)
        with use_language(await self.channel_language(interaction)):  # and the next question
            await self.channel_quizzes.close(quiz, index)
