"""The console adapter: the student commands typed as lines, answers typed at the prompt.

Works with piped input (no terminal needed), ends cleanly at end of input, and answers a
mistyped command with a suggestion instead of a traceback.
"""

from __future__ import annotations

import difflib
import logging
import shlex
from collections.abc import Awaitable, Callable
from typing import TextIO

from bot.console.render import render
from bot.core import views
from bot.core.errors import BriefbotError, InvalidInput
from bot.core.library import Shelf
from bot.core.models import Briefing
from bot.core.progress_views import score_reply
from bot.core.quiz import MAX_QUESTIONS, SoloSession
from bot.core.replies import Reply
from bot.core.study import StudyService

__all__ = ["CONSOLE_USER_ID", "Console"]

CONSOLE_USER_ID = 1
log = logging.getLogger(__name__)
DIFFICULTIES = ("easy", "medium", "hard")

HELP = """\
/briefings [keyword]        list the briefings loaded
/courses                    the courses: briefings in the order to study them
/use <briefing>             pick the briefing the other commands use
/brief [section]            the summary, or one section (/brief long for the long summary)
/figures                    who is who
/quote [person]             what they said, with context and editor's notes
/facts, /timeline, /notes   key facts, dated events, editor's notes and sources
/glossary [term]            terms explained
/quiz [count] [easy|medium|hard] [briefing]   quiz yourself (default 5 questions)
/retry                      retry the questions you missed in your last quiz
/review                     the questions due for review (spaced like Anki's cards)
/score                      your progress: accuracy, streak, mastered, due
/mydata                     everything kept about you, as JSON
/forgetme                   delete everything kept about you (asks to confirm)
/stop                       end the quiz you are in
/help                       this list
/quit                       leave
During a quiz, type your answer: a letter (A-E), true/false, or the answer itself."""

Handler = Callable[[list[str]], Awaitable[Reply | None]]


class Console:
    """One console user's conversation with the bot."""

    def __init__(self, library: Shelf, study: StudyService, out: TextIO) -> None:
        self.library = library
        self.study = study
        self.out = out
        self.briefing_id: str | None = None
        self.session: SoloSession | None = None
        self.last_session: str | None = None
        self.running = True
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
            "review": self.cmd_review,
            "score": self.cmd_score,
            "mydata": self.cmd_mydata,
            "forgetme": self.cmd_forgetme,
            "courses": self.cmd_courses,
        }

    def say(self, reply: Reply | str) -> None:
        """Print a reply."""
        self.out.write(reply if isinstance(reply, str) else render(reply))
        self.out.flush()

    def greet(self) -> None:
        """The first screen."""
        names = ", ".join(self.library.ids()) or "none"
        self.say(f"briefbot console. Briefings loaded: {names}. Type /help for commands.\n")

    async def handle(self, line: str) -> None:
        """Handle one typed line: a command, or an answer during a quiz."""
        line = line.strip()
        if not line:
            return
        try:
            if line.startswith("/"):
                reply = await self.dispatch(line[1:])
            elif self.session is not None:
                reply = await self.answer(line)
            else:
                reply = Reply.text(
                    "Not a command", "Commands start with /. Type /help to see them."
                )
        except BriefbotError as exc:
            reply = Reply.problem(str(exc))
        except Exception:  # a bug must not end the user's session with a traceback
            log.exception("console command %r failed", line[:80])
            reply = Reply.problem("Something went wrong on our side; the error was logged.")
        if reply is not None:
            self.say(reply)

    async def dispatch(self, text: str) -> Reply | None:
        """Run a /command."""
        try:
            parts = shlex.split(text)
        except ValueError:
            parts = text.split()
        if not parts:
            return Reply.problem("Type a command after the slash, e.g. /help.")
        name, args = parts[0].casefold(), parts[1:]
        handler = self.commands.get(name)
        if handler is None:
            close = difflib.get_close_matches(name, list(self.commands), n=1, cutoff=0.5)
            hint = f" Did you mean /{close[0]}?" if close else ""
            return Reply.problem(
                f"There is no /{name[:40]} command.{hint} Type /help for the list."
            )
        return await handler(args)

    def current(self) -> Briefing:
        """The briefing in use: the one picked with /use, else the only/first one."""
        if self.briefing_id and self.briefing_id in self.library.ids():
            return self.library.get(self.briefing_id)
        return self.library.find(self.library.ids()[0] if self.library.ids() else None)

    async def cmd_briefings(self, args: list[str]) -> Reply:
        return views.briefings_reply(self.library, " ".join(args) or None)

    async def cmd_courses(self, args: list[str]) -> Reply:
        return views.courses_reply(self.library)

    async def cmd_use(self, args: list[str]) -> Reply:
        briefing = self.library.find(" ".join(args))
        self.briefing_id = briefing.id
        return Reply.text("Briefing picked", f"Now using “{briefing.title}” ({briefing.id}).")

    async def cmd_brief(self, args: list[str]) -> Reply:
        text = " ".join(args)
        if text.casefold() == "long":
            return views.brief_reply(self.current(), long=True)
        return views.brief_reply(self.current(), text or None)

    async def cmd_figures(self, args: list[str]) -> Reply:
        return views.figures_reply(self.current())

    async def cmd_quote(self, args: list[str]) -> Reply:
        return views.quotes_reply(self.current(), " ".join(args) or None)

    async def cmd_facts(self, args: list[str]) -> Reply:
        return views.facts_reply(self.current())

    async def cmd_timeline(self, args: list[str]) -> Reply:
        return views.timeline_reply(self.current())

    async def cmd_glossary(self, args: list[str]) -> Reply:
        return views.glossary_reply(self.current(), " ".join(args) or None)

    async def cmd_notes(self, args: list[str]) -> Reply:
        return views.notes_reply(self.current())

    async def cmd_help(self, args: list[str]) -> Reply:
        return Reply.text("Commands", HELP)

    async def cmd_quit(self, args: list[str]) -> Reply:
        self.running = False
        return Reply.text("Bye", "See you next time.")

    async def cmd_stop(self, args: list[str]) -> Reply:
        if self.session is None:
            return Reply.problem("You are not in a quiz. Start one with /quiz.")
        return await self.finish()

    async def cmd_quiz(self, args: list[str]) -> Reply:
        count, difficulty, rest = 5, None, []
        for arg in args:
            if arg.isdigit():
                count = int(arg)
            elif arg.casefold() in DIFFICULTIES:
                difficulty = arg.casefold()
            else:
                rest.append(arg)
        if not 1 <= count <= MAX_QUESTIONS:
            raise InvalidInput(f"Pick between 1 and {MAX_QUESTIONS} questions.")
        query = " ".join(rest) or self.current().id
        started = await self.study.start_solo(
            self.user_id,
            query,
            count=count,
            difficulty=difficulty,  # type: ignore[arg-type]
        )
        return self.begin(started.session, f"Quiz: {started.briefing.title}")

    def begin(self, session: SoloSession, title: str, note: str = "") -> Reply:
        """Show a quiz's first question."""
        self.session = session
        count = len(session.questions)
        plural = "s" if count > 1 else ""
        self.say(Reply.text(title, f"{count} question{plural}. Type /stop to end early.{note}"))
        return self.ask()

    async def cmd_retry(self, args: list[str]) -> Reply:
        if self.last_session is None:
            return Reply.problem("Nothing to retry yet: finish a quiz first.")
        started = await self.study.start_retry(self.user_id, self.last_session)
        return self.begin(started.session, "Retry what you missed")

    async def cmd_review(self, args: list[str]) -> Reply:
        started = await self.study.start_review(self.user_id)
        note = f" {started.more_due} more are due in other briefings." if started.more_due else ""
        return self.begin(started.session, f"Review: {started.briefing.title}", note)

    async def cmd_score(self, args: list[str]) -> Reply:
        return score_reply(await self.study.score(self.user_id, None), self.library)

    async def cmd_mydata(self, args: list[str]) -> Reply:
        return Reply.text("Your data", (await self.study.export(self.user_id)).decode())

    async def cmd_forgetme(self, args: list[str]) -> Reply:
        if args[:1] == ["yes"]:
            count = await self.study.forget(self.user_id)
            return Reply.text("Forgotten", f"Deleted {count} records kept about you.")
        return Reply.text(
            "Delete everything about you?",
            "This deletes your answers, review schedule and quizzes, and cannot be undone. "
            "Type /forgetme yes to confirm.",
        )

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
        self.say(views.answer_reply(result))
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
        if summary.missed:
            self.say(reply)
            return Reply.text("", "Type /retry to try the ones you missed again.")
        return reply
