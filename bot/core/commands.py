"""The one list of student commands: names, descriptions and the surfaces that offer them.

The Discord tree and the console are checked against it (`tests/core/test_commands.py` and
`tests/discord/test_bot.py`): a student command on one surface and not the other fails a test.
Each description lives here only: the Discord tree takes it (`description_of`) and both
surfaces' /help lists are built from it (`help_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.replies import emphasis

__all__ = ["COMMANDS", "Command", "Surface", "description_of", "help_text", "names_on"]


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
    Command(
        "preferences",
        "Text only for screen readers, or no time pressure",
        group="Progress",
        usage="[text_only] [untimed]",
        console_usage="[text_only on|off] [untimed on|off]",
    ),
    Command("mydata", "Everything kept about you, as a file", group="Progress"),
    Command("forgetme", "Delete everything kept about you", group="Progress"),
    Command("help", "What briefbot can do", group="Help"),
    Command("quit", "Leave the console", frozenset({S.CONSOLE}), group="Help"),
)
"""Every student command. Commands that exist on one surface only say why by their nature:
the leaderboard and assignments are a server's, reminders are direct messages; `use`, `stop`,
`retry` and `quit` stand in for Discord's options and buttons."""


def names_on(surface: Surface) -> set[str]:
    """The names of the student commands offered on `surface`."""
    return {c.name for c in COMMANDS if c.student and surface in c.surfaces}


def description_of(name: str) -> str:
    """The registry's description of the student command `name`."""
    for command in COMMANDS:
        if command.name == name:
            return command.description
    raise KeyError(f"no student command {name!r}")


def help_text(surface: Surface) -> str:
    """The student commands offered on `surface`, grouped, one line each."""
    groups: dict[str, list[str]] = {}
    for c in COMMANDS:
        if c.student and surface in c.surfaces:
            usage = c.usage_on(surface)
            line = f"/{c.name}" + (f" {usage}" if usage else "") + f": {c.description}"
            groups.setdefault(c.group, []).append(line)
    return "\n\n".join(emphasis(g) + "\n" + "\n".join(lines) for g, lines in groups.items())
