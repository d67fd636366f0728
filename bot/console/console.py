"""The console adapter: the student commands typed as lines, answers typed at the prompt.

Works with piped input (no terminal needed), ends cleanly at end of input, and answers a
mistyped command with a suggestion instead of a traceback.
"""

from __future__ import annotations

import logging
import shlex
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import TextIO

from bot.console.render import output_width, render, wrap
from bot.core import views
from bot.core.commands import (
    Command,
    Surface,
    asks_for_language,
    discord_only,
    help_text,
    left_out_words_note,
    local_name,
    suggest_command,
    typed_command,
)
from bot.core.content.catalog import current_guild
from bot.core.empty_answers import empty_answer_message
from bot.core.errors import BriefbotError, InvalidInput, NotFound
from bot.core.library import Shelf
from bot.core.models import Briefing
from bot.core.preferences import (
    Preferences,
    PreferencesService,
    current_preferences,
    read_switches,
    use_preferences,
)
from bot.core.progress_views import (
    forget_question,
    forgotten_text,
    kept_reply,
    more_due_note,
    mydata_text,
    nothing_due_reply,
    preferences_reset_text,
    score_reply,
    with_next_review,
)
from bot.core.quiz import AnswerResult, SoloSession, quiz_ended
from bot.core.quiz_size_note import fewer_than_asked
from bot.core.quiz_words import quiz_words_hint, read_quiz_words
from bot.core.replies import Reply, with_note
from bot.core.server_courses import CourseService
from bot.core.study import NothingDue, StudyService
from bot.core.typed_options import refuse_blank_words
from bot.i18n import LANGUAGES, N_, _, current_language, language_name, ngettext

__all__ = ["CONSOLE_USER_ID", "Console"]

_POSITIONAL = {
    "use": "briefing",
    "brief": "section",
    "quote": "person",
    "glossary": "term",
    "briefings": "keyword",
    "quiz": "briefing",
}
"""The option a command's loose words stand for, named as on Discord for `refuse_blank`."""

CONSOLE_USER_ID = 1
log = logging.getLogger(__name__)

ANSWERING = N_("During a quiz, type your answer: a letter (A-E), true/false, or the answer itself.")


def console_help() -> str:
    """/help on the console, in the current language: the registry's console commands."""
    return help_text(Surface.CONSOLE) + "\n\n" + _(ANSWERING)


Handler = Callable[[list[str]], Awaitable[Reply | None]]


class Console:
    """One console user's conversation with the bot."""

    def __init__(
        self,
        library: Shelf,
        study: StudyService,
        out: TextIO,
        save_dir: Path | None = None,
        preferences: PreferencesService | None = None,
        courses: CourseService | None = None,
    ) -> None:
        self.library = library
        self.courses = courses
        """The server's own courses, with `briefbot console --guild ID`."""
        self.preferences = preferences
        self.save_dir = save_dir or Path.cwd()
        self.study = study
        self.out = out
        self.briefing_id: str | None = None
        self.session: SoloSession | None = None
        self.last_session: str | None = None
        self.notes_shown: set[str] = set()  # the editor's notes shown in full in this quiz
        self.last_answer: tuple[AnswerResult, Briefing] | None = None
        """The latest answer judged here and its briefing, for /why."""
        self.running = True
        self.text_only = False
        """The user's text-only choice, as last read: no underline rules (a screen reader
        reads each "─" aloud) and, from the core, no row of options under a verdict."""
        self.commands: dict[str, Handler] = {
            "briefings": self.cmd_briefings,
            "use": self.cmd_use,
            "brief": self.cmd_brief,
            "figures": self.cmd_figures,
            "quote": self.cmd_quote,
            "facts": self.cmd_facts,
            "timeline": self.cmd_timeline,
            "glossary": self.cmd_glossary,
            "notes": self.cmd_notes,
            "quiz": self.cmd_quiz,
            "stop": self.cmd_stop,
            "help": self.cmd_help,
            "quit": self.cmd_quit,
            "exit": self.cmd_quit,
            "retry": self.cmd_retry,
            "why": self.cmd_why,
            "review": self.cmd_review,
            "score": self.cmd_score,
            "mydata": self.cmd_mydata,
            "forgetme": self.cmd_forgetme,
            "courses": self.cmd_courses,
            "preferences": self.cmd_preferences,
        }

    def say(self, reply: Reply | str) -> None:
        """Print a reply, wrapped at word boundaries to the terminal's width."""
        width = self.width()
        self.out.write(
            wrap(reply, width) + "\n"
            if isinstance(reply, str)
            else render(reply, width, rules=not self.text_only)
        )
        self.out.flush()

    def width(self) -> int:
        """Columns to wrap at: $COLUMNS, else the terminal's; output to a pipe is not wrapped."""
        return output_width(self.out)

    def greet(self) -> None:
        """The first screen."""
        names = ", ".join(self.library.ids()) or _("none")
        self.say(_("briefbot console. Type /help for commands."))  # one short line, not wrapped
        self.say(_("Briefings loaded: {names}.").format(names=names))

    async def go_on_with_left_quiz(self) -> None:
        """At a terminal's start: the quiz this user left open last time (/quit, Ctrl-D or
        Ctrl-C mid-quiz) goes on at its next question, as on Discord after a restart."""
        try:
            session = await self.study.left_open(self.user_id, current_guild())
            self.text_only = (await self.reading_preferences()).text_only
        except Exception as exc:  # an outage: the console opens without it, /quiz still works
            log.warning("the quiz left open was not read: %r", exc)
            return
        if session is None:
            return
        title = _("Quiz: {title}").format(title=session.briefing.title)
        said = _(
            "You left this quiz at question {number} of {total}: it goes on here. "
            "Type /stop to end it and see your score."
        ).format(number=session.index + 1, total=len(session.questions))
        self.say(Reply.text(title, said))
        self.session = session
        self.notes_shown = set()
        self.say(self.ask())

    async def leave(self) -> str | None:
        """Leaving at a terminal mid-quiz: the quiz is kept for the next console, and what the
        user is told; None with no quiz (or when it could not be kept)."""
        if self.session is None:
            return None
        try:
            kept = await self.study.leave_solo(self.session.session_id)
        except Exception as exc:  # an outage: it stays open, as before, and nothing is promised
            log.warning("the quiz left open was not marked: %r", exc)
            return None
        if not kept:
            return None
        return _(
            "Your quiz is kept: question {number} of {total} comes back when you open the "
            "console again (within a day)."
        ).format(number=self.session.index + 1, total=len(self.session.questions))

    async def handle(self, line: str) -> None:
        """Handle one typed line: a command, or an answer during a quiz."""
        line = line.strip()
        if not line:
            if self.session is not None:  # Enter alone at a question: say how to answer it
                self.say(Reply.text("", empty_answer_message(self.session.current())))
            return
        try:
            preferences = await self.reading_preferences()
            self.text_only = preferences.text_only
            with use_preferences(preferences):
                reply = await self.reply_to(line)
        except BriefbotError as exc:
            reply = Reply.problem(str(exc))
        except Exception:  # a bug must not end the user's session with a traceback
            log.exception("console command %r failed", line[:80])
            reply = Reply.problem(_("Something went wrong on our side; the error was logged."))
        if reply is not None:
            self.say(reply)

    async def reading_preferences(self) -> Preferences:
        """The console user's preferences: untimed, and text only (for a screen reader)."""
        if self.preferences is None:
            return Preferences()
        try:
            found = await self.preferences.effective(self.user_id, None)
        except Exception as exc:  # an outage: the command itself says so if it needs the store
            log.warning("reading the console user's preferences failed: %r", exc)
            return Preferences()
        return Preferences(text_only=found.text_only, untimed=found.untimed)

    async def reply_to(self, line: str) -> Reply | None:
        """The answer to one typed line."""
        if line.startswith("/"):
            return await self.dispatch(line[1:])
        if self.session is not None:
            return await self.answer(line)
        first = line.split(maxsplit=1)[0].casefold()
        if first in self.known_names():  # `quiz 3`, `help`: the command without its slash
            return Reply.text(
                _("Not a command"),
                _("Commands start with /: type /{line} to run it.").format(line=line[:80]),
            )
        return Reply.text(_("Not a command"), _("Commands start with /. Type /help to see them."))

    async def dispatch(self, text: str) -> Reply | None:
        """Run a /command."""
        try:
            parts = shlex.split(text)
        except ValueError:
            parts = text.split()
        if not parts:
            return Reply.problem(_("Type a command after the slash, e.g. /help."))
        name, args = parts[0].casefold(), parts[1:]
        known = self.known_names()
        command = typed_command(name, known) or name
        handler = self.commands.get(command)
        if handler is None:
            if asks_for_language(name):
                return Reply.text(_("Language"), _language_text())
            elsewhere = discord_only(name)
            if elsewhere is not None:
                return Reply.problem(_discord_only_text(name[:40], elsewhere))
            close = suggest_command(name, known)
            if close:
                close = local_name(known[close])
                message = _(
                    "There is no /{name} command. Did you mean /{close}? Type /help for the list."
                )
            else:
                message = _("There is no /{name} command. Type /help for the list.")
            return Reply.problem(message.format(name=name[:40], close=close or ""))
        refuse_blank_words(args, _POSITIONAL.get(command))
        reply = await handler(args)
        return with_note(reply, left_out_words_note(command, args)) if reply else reply

    def known_names(self) -> dict[str, str]:
        """Every name a command may be typed by (its own, and its name in the current
        language) -> its own name."""
        names = {name: name for name in self.commands}
        names.update({local_name(name).casefold(): name for name in self.commands})
        return names

    def current(self) -> Briefing:
        """The briefing in use: the one picked with /use, else the only/first one."""
        if self.briefing_id and self.briefing_id in self.library.ids():
            return self.library.get(self.briefing_id)
        return self.library.find(self.library.ids()[0] if self.library.ids() else None)

    async def cmd_briefings(self, args: list[str]) -> Reply:
        hint = _("/{use} <id> then /{brief}").format(
            use=local_name("use"), brief=local_name("brief")
        )
        return views.briefings_reply(self.library, " ".join(args) or None, read_hint=hint)

    async def cmd_courses(self, args: list[str]) -> Reply:
        guild_id = current_guild()
        own = await self.courses.of_server(guild_id) if self.courses else []
        progress = await self.study.answered_by_briefing(self.user_id, None)
        return views.courses_reply(self.library, own, progress, in_server=guild_id is not None)

    async def cmd_use(self, args: list[str]) -> Reply:
        briefing = self.library.find(" ".join(args))
        self.briefing_id = briefing.id
        return Reply.text(
            _("Briefing picked"),
            _("Now using “{title}” ({id}).").format(title=briefing.title, id=briefing.id),
        )

    async def cmd_brief(self, args: list[str]) -> Reply:
        text = " ".join(args)
        if text.casefold() == "long":
            return views.brief_reply(self.current(), long=True)
        return views.brief_reply(self.current(), text or None)

    def named_or_current(self, args: list[str]) -> Briefing:
        """The briefing the words name (as Discord's `briefing` option), else the one in use:
        "/facts nk" reads nk-troops-russia's facts without /use; words that name no briefing
        get NotFound's polite answer, never the current briefing's as if they were read."""
        return self.library.find(" ".join(args)) if args else self.current()

    async def cmd_figures(self, args: list[str]) -> Reply:
        return views.figures_reply(self.named_or_current(args))

    async def cmd_quote(self, args: list[str]) -> Reply:
        person = " ".join(args) or None
        holds = partial(views.has_figure, person=person) if person else None
        briefing, note = self.current_or_holder(holds, person)
        return with_note(views.quotes_reply(briefing, person), note)

    def current_or_holder(
        self, holds: Callable[[Briefing], bool] | None, wanted: str | None
    ) -> tuple[Briefing, str]:
        """The briefing in use, unless it lacks the person or term asked for and exactly one
        loaded briefing has it (as on Discord), with the line that says which was read."""
        current = self.current()
        if holds is None or holds(current):
            return current, ""
        holder = views.only_holder(self.library, holds)
        if holder is None:
            return current, ""  # its own "Nobody called ..." or "no term like ..."
        note = _(
            "From `{id}`, the only briefing with “{wanted}” (/use picks the one to read)."
        ).format(id=holder.id, wanted=(wanted or "").strip()[:100])
        return holder, note

    async def cmd_facts(self, args: list[str]) -> Reply:
        return views.facts_reply(self.named_or_current(args))

    async def cmd_timeline(self, args: list[str]) -> Reply:
        return views.timeline_reply(self.named_or_current(args))

    async def cmd_glossary(self, args: list[str]) -> Reply:
        term = " ".join(args) or None
        holds = partial(views.has_term, term=term) if term else None
        briefing, note = self.current_or_holder(holds, term)
        return with_note(views.glossary_reply(briefing, term), note)

    async def cmd_notes(self, args: list[str]) -> Reply:
        return views.notes_reply(self.named_or_current(args))

    async def cmd_help(self, args: list[str]) -> Reply:
        return Reply.text(_("Commands"), console_help())

    async def cmd_quit(self, args: list[str]) -> Reply:
        self.running = False
        return Reply.text(_("Bye"), _("See you next time."))

    async def cmd_stop(self, args: list[str]) -> Reply:
        if self.session is None:
            return Reply.problem(_("You are not in a quiz. Start one with /quiz."))
        return await self.finish()

    def refuse_while_in_quiz(self) -> None:
        """A new quiz never silently drops the running one."""
        if self.session is not None:
            s = self.session
            raise InvalidInput(
                _(
                    "You are in a quiz (question {number} of {total}): answer it, or type /stop "
                    "to end it and see your score, then start the new one."
                ).format(number=s.index + 1, total=len(s.questions))
            )

    async def cmd_quiz(self, args: list[str]) -> Reply:
        self.refuse_while_in_quiz()
        asked = read_quiz_words(args)
        query = asked.briefing or self.current().id
        try:
            started = await self.study.start_solo(
                self.user_id, query, count=asked.count, difficulty=asked.difficulty
            )
        except NotFound as missing:
            if not asked.briefing:
                raise
            raise NotFound(f"{missing} {quiz_words_hint()}") from None
        title = _("Quiz: {title}").format(title=started.briefing.title)
        got = len(started.session.questions)
        short = fewer_than_asked(asked.count, got, asked.difficulty)
        return self.begin(started.session, title, f"\n{short}" if short else "")

    def begin(self, session: SoloSession, title: str, note: str = "") -> Reply:
        """Show a quiz's first question."""
        self.session = session
        self.notes_shown = set()
        total = len(session.questions)
        count = ngettext(
            "{count} question. Type /stop to end early.",
            "{count} questions. Type /stop to end early.",
            total,
        ).format(count=total)
        self.say(Reply.text(title, count + note))
        return self.ask()

    async def cmd_retry(self, args: list[str]) -> Reply:
        self.refuse_while_in_quiz()
        if self.last_session is None:
            earlier = await self.study.next_review(self.user_id, current_guild())
            if earlier.due or earlier.coming is not None:  # quizzes of an earlier console
                return Reply.problem(
                    _(
                        "Nothing to retry since this console opened: /retry asks again what "
                        "you missed in a quiz finished here. What you answered before comes "
                        "back with /review."
                    )
                )
            return Reply.problem(_("Nothing to retry yet: finish a quiz first."))
        started = await self.study.start_retry(self.user_id, self.last_session)
        return self.begin(started.session, _("Retry what you missed"))

    async def cmd_why(self, args: list[str]) -> Reply:
        """The verdict of the latest answer again, its explanation and editor's notes whole."""
        if self.last_answer is None:
            return Reply.problem(
                _("Nothing to explain yet: answer a question (/quiz), then /why shows why.")
            )
        result, briefing = self.last_answer
        reply = views.answer_reply(result, briefing)
        if self.session is None:
            return reply
        self.say(reply)
        still = _("Question {number} is still waiting for your answer.")
        return Reply.text("", still.format(number=self.session.index + 1))

    async def cmd_review(self, args: list[str]) -> Reply:
        self.refuse_while_in_quiz()
        briefing, section = (args[0], " ".join(args[1:]) or None) if args else (None, None)
        listed = self.study.sections_asked(briefing, section)
        if listed is not None:
            return views.sections_to_review_reply(listed, "/review {briefing} {section}")
        started = await self.study.start_review(
            self.user_id, briefing_query=briefing, section_query=section
        )
        if isinstance(started, NothingDue):
            return nothing_due_reply(started)
        note = " " + more_due_note(started.more_due) if started.more_due else ""
        title = _("Review: {title}").format(title=started.briefing.title)
        return self.begin(started.session, title, note)

    async def cmd_score(self, args: list[str]) -> Reply:
        summary, coming = await self.study.progress(self.user_id, None)
        return score_reply(summary, self.library, coming)

    async def cmd_mydata(self, args: list[str]) -> Reply:
        data = await self.study.export(self.user_id)
        stamp = self.study.clock.now().strftime("%Y%m%d-%H%M%S")
        path = (self.save_dir / f"briefbot-mydata-{stamp}.json").resolve()
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise InvalidInput(
                _("Could not write {path}: {reason}.").format(path=path, reason=exc.strerror)
            ) from exc
        return Reply.text(_("Your data"), mydata_text(str(path)))

    async def cmd_preferences(self, args: list[str]) -> Reply:
        """`/preferences untimed on`: see or change the console user's preferences."""
        if self.preferences is None:
            raise NotFound(_("Preferences need the progress store, which is not configured."))
        choices = read_switches(args)
        chosen, reply = await self.preferences.choose(self.user_id, None, **choices)
        self.text_only = chosen.text_only  # its own reply reads as chosen
        return reply

    async def cmd_forgetme(self, args: list[str]) -> Reply:
        if args[:1] and args[0].casefold() in {"yes", _("yes").casefold()}:
            count = await self.study.forget(self.user_id)
            text = " ".join(filter(None, (forgotten_text(count), await self._reset())))
            if self.session is not None:  # deleted with the rest: over, so /quiz starts anew
                text += " " + str(quiz_ended())
            self.session = self.last_session = None
            return Reply.text(_("Forgotten"), text)
        if args[:1] and args[0].casefold() in {"no", _("no").casefold()}:
            return kept_reply()
        ask = forget_question(console=True)
        if self.session is not None:  # a bare "yes" would answer the question instead
            ask += " " + _("A line without the / still answers question {number}.").format(
                number=self.session.index + 1
            )
        return Reply.text(_("Delete everything about you?"), ask)

    async def _reset(self) -> str:
        """Which choice /forgetme turned off (untimed), as Discord says it; nothing when it
        cannot be read now: the data is gone, and that is the answer."""
        if self.preferences is None:
            return ""
        try:
            now = await self.preferences.effective(self.user_id, None)
        except Exception as exc:  # an outage after the delete: the reply goes without it
            log.warning("/forgetme: preferences not read again: %r", exc)
            return ""
        after = Preferences(text_only=now.text_only, untimed=now.untimed)
        return preferences_reset_text(current_preferences(), after)

    @property
    def user_id(self) -> int:
        """The console's single user."""
        return CONSOLE_USER_ID

    def ask(self) -> Reply:
        """Show the current question."""
        assert self.session is not None
        s = self.session
        return views.question_reply(s.current(), s.index + 1, len(s.questions))

    async def answer(self, text: str) -> Reply:
        """Answer the current question and show the next one (or the summary)."""
        assert self.session is not None
        result = await self.study.answer_solo(self.session.session_id, self.user_id, text)
        self.last_answer = (result, self.session.briefing)
        self.say(views.answer_reply(result, self.session.briefing, self.notes_shown))
        if self.session.finished:
            return await self.finish()
        return self.ask()

    async def finish(self) -> Reply:
        """End the quiz and show the score."""
        assert self.session is not None
        session = await self.study.end_solo(self.session.session_id)
        self.session = None
        summary = session.summary(self.study.clock.now())
        self.last_session = session.session_id
        reply = views.summary_reply(summary, session.briefing)
        if summary.total:  # stopped before any answer, it says only that
            reply = with_next_review(reply, await self.study.next_review(self.user_id))
        if summary.missed:
            self.say(reply)
            return Reply.text("", _("Type /retry to try the ones you missed again."))
        return reply


def _language_text() -> str:
    """How the console's language is chosen (at its start, not by a command), and Discord's."""
    others = [code for code in LANGUAGES if code != current_language()]
    return _(
        "This console speaks {language}. Its language is chosen when it starts: "
        "`briefbot console --lang {code}` (or BRIEFBOT_LANG={code} in the environment or in "
        ".env, which `make run` reads too). Languages: {languages}. On Discord, briefbot "
        "answers in your own Discord language."
    ).format(
        language=language_name(current_language()),
        code=others[0] if others else current_language(),
        languages=", ".join(f"{language_name(code)} ({code})" for code in LANGUAGES),
    )


def _discord_only_text(typed: str, command: Command) -> str:
    """Why a command of Discord's is not in the console, and what a terminal offers instead."""
    if command.student:
        return _(
            "/{name} is on Discord only: this console is one person's own study, with no "
            "server to share it with. Type /help for what works here."
        ).format(name=typed)
    text = _(
        "/{name} is a moderator command on Discord: this console has no server or class."
    ).format(name=typed)
    if command.name == "report":
        text += " " + _(
            "From a terminal, `briefbot class-report --server <server id>` prints a "
            "server's class report."
        )
    return text
