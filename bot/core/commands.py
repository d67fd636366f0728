"""The one list of commands, students' and moderators': names, descriptions, surfaces.

The Discord tree and the console are checked against it (`tests/core/test_commands.py` and
`tests/discord/test_bot.py`): a command on one surface and not the other, or on Discord and
not here, fails a test. Each description lives here only: the Discord tree takes it
(`description_of`) and both surfaces' /help lists are built from it (`help_text`,
`moderator_help`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.replies import emphasis

__all__ = [
    "COMMANDS",
    "Command",
    "Surface",
    "description_of",
    "help_text",
    "moderator_help",
    "moderator_names",
    "names_on",
]


class Surface(StrEnum):
    """Where a command can be typed."""

    DISCORD = "discord"
    CONSOLE = "console"


BOTH = frozenset({Surface.DISCORD, Surface.CONSOLE})


@dataclass(frozen=True, slots=True)
class Command:
    """A command as users see it: its name, a one-line description, where it exists."""

    name: str
    description: str
    surfaces: frozenset[Surface] = BOTH
    student: bool = True
    group: str = "Read"
    usage: str = ""
    """The options, as /help shows them on Discord."""
    console_usage: str | None = None
    """The arguments on the console, when they differ from `usage`."""

    def usage_on(self, surface: Surface) -> str:
        """The options or arguments /help shows for this command on `surface`."""
        if surface is Surface.CONSOLE and self.console_usage is not None:
            return self.console_usage
        return self.usage


S = Surface
COMMANDS: tuple[Command, ...] = (
    Command("briefings", "List the briefings you can read and quiz on", usage="[keyword]"),
    Command("courses", "Briefings in the order to study them"),
    Command(
        "use",
        "Pick the briefing the other commands use",
        frozenset({S.CONSOLE}),
        usage="<briefing>",
    ),
    Command(
        "brief",
        "Read a briefing's summary, or one of its sections",
        usage="[briefing] [section]",
        console_usage="[section]",
    ),
    Command("figures", "Who is who in a briefing", usage="[briefing]", console_usage=""),
    Command(
        "quote",
        "What a person said, with context and editor's notes",
        usage="[person] [briefing]",
        console_usage="[person]",
    ),
    Command("facts", "A briefing's key facts", usage="[briefing]", console_usage=""),
    Command("timeline", "A briefing's dated events", usage="[briefing]", console_usage=""),
    Command("glossary", "Terms explained", usage="[term] [briefing]", console_usage="[term]"),
    Command("notes", "Sources and editor's notes", usage="[briefing]", console_usage=""),
    Command(
        "quiz",
        "Quiz yourself on a briefing, alone or with the channel",
        group="Quiz",
        usage="[briefing] [count] [difficulty] [mode]",
        console_usage="[count] [easy|medium|hard] [briefing]",
    ),
    Command(
        "review",
        "Quiz yourself on the questions due for review",
        group="Quiz",
        usage="[briefing] [section]",
    ),
    Command("retry", "Retry what you missed", frozenset({S.CONSOLE}), group="Quiz"),
    Command("stop", "Stop the quiz", frozenset({S.CONSOLE}), group="Quiz"),
    Command("score", "Your accuracy, streak, mastered questions, what is due", group="Progress"),
    Command(
        "leaderboard",
        "This server's top learners",
        frozenset({S.DISCORD}),
        group="Progress",
        usage="[period]",
    ),
    Command(
        "remind",
        "A daily direct message when questions are due for review",
        frozenset({S.DISCORD}),
        group="Progress",
        usage="[time] [timezone] [off]",
    ),
    Command(
        "assignments",
        "Your open assignments, with Start buttons",
        frozenset({S.DISCORD}),
        group="Quiz",
    ),
    Command("mydata", "Everything kept about you, as a file", group="Progress"),
    Command("forgetme", "Delete everything kept about you", group="Progress"),
    Command("help", "What briefbot can do", group="Help"),
    Command("quit", "Leave the console", frozenset({S.CONSOLE}), group="Help"),
)
"""Every student command. Commands that exist on one surface only say why by their nature:
the leaderboard and assignments are a server's, reminders are direct messages; `use`, `stop`,
`retry` and `quit` stand in for Discord's options and buttons."""

MODERATORS = "Moderators"
MODERATOR_NOTE = "(Manage Messages, Manage Server, or the role set in /settings)"


def _moderator(name: str, description: str, usage: str = "") -> Command:
    return Command(name, description, frozenset({S.DISCORD}), False, MODERATORS, usage)


MODERATOR_COMMANDS: tuple[Command, ...] = (
    _moderator(
        "post",
        "Post a briefing in a channel, with a Quiz me button",
        "briefing channel [part] [preview]",
    ),
    _moderator(
        "schedule",
        "Post a briefing or a question of the day at set times",
        "what time [repeat] [briefing] [channel] [timezone] [date] [weekday]",
    ),
    _moderator("schedules", "This server's schedules and next runs"),
    _moderator("unschedule", "Remove one of this server's schedules", "number"),
    _moderator("reload", "Reload the briefings without a restart"),
    _moderator(
        "settings",
        "See or change briefbot's settings here",
        "[moderator_role] [quiz_timer] [untimed_default] [default_briefing] [qotd_channel] [clear]",
    ),
    _moderator("briefing upload", "Check a briefing YAML file and store it as a draft", "file"),
    _moderator("briefing draft", "Draft a briefing from an article (or paste it)", "[article]"),
    _moderator("briefing list", "Your server's own briefings and their state"),
    _moderator(
        "briefing show", "Review a briefing's questions before publishing", "briefing [version]"
    ),
    _moderator(
        "briefing publish", "Let students see a briefing (newest version)", "briefing [version]"
    ),
    _moderator("briefing unpublish", "Hide a briefing from students again", "briefing"),
    _moderator("briefing remove", "Delete a briefing and all its versions", "briefing"),
    _moderator("briefing history", "A briefing's versions", "briefing"),
    _moderator("briefing rollback", "Publish an earlier version again", "briefing [version]"),
    _moderator(
        "assign",
        "Set a briefing's questions as work, due at a time",
        "briefing due_date due_time [role] [timezone] [sections] [count] [difficulty] "
        "[remind_minutes]",
    ),
    _moderator("unassign", "Withdraw an assignment", "number"),
    _moderator(
        "report",
        "How the class did: per student and per question",
        "[assignment] [briefing] [export]",
    ),
    _moderator("reported", "Questions students reported, to fix or dismiss"),
)
"""Every moderator command, on Discord only (a server's moderators act in their server);
subcommands by their full name (`briefing upload`)."""


def names_on(surface: Surface) -> set[str]:
    """The names of the student commands offered on `surface`."""
    return {c.name for c in COMMANDS if c.student and surface in c.surfaces}


def moderator_names() -> set[str]:
    """The full names of the moderator commands (on Discord)."""
    return {c.name for c in MODERATOR_COMMANDS}


def description_of(name: str) -> str:
    """The registry's description of the command `name` (a student's or a moderator's)."""
    for command in COMMANDS + MODERATOR_COMMANDS:
        if command.name == name:
            return command.description
    raise KeyError(f"no command {name!r}")


def help_text(surface: Surface) -> str:
    """The student commands offered on `surface`, grouped, one line each."""
    groups: dict[str, list[str]] = {}
    for c in COMMANDS:
        if c.student and surface in c.surfaces:
            groups.setdefault(c.group, []).append(_help_line(c, surface))
    return "\n\n".join(emphasis(g) + "\n" + "\n".join(lines) for g, lines in groups.items())


def moderator_help() -> str:
    """The moderator commands, one line each, under a heading saying who may use them."""
    lines = [_help_line(c, Surface.DISCORD) for c in MODERATOR_COMMANDS]
    return emphasis(MODERATORS) + f" {MODERATOR_NOTE}\n" + "\n".join(lines)


def _help_line(command: Command, surface: Surface) -> str:
    usage = command.usage_on(surface)
    return f"/{command.name}" + (f" {usage}" if usage else "") + f": {command.description}"
