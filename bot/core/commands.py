"""The one list of student commands: names, descriptions and the surfaces that offer them.

The Discord tree and the console are checked against it (`tests/core/test_commands.py` and
`tests/discord/test_bot.py`): a student command on one surface and not the other fails a test.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["COMMANDS", "Command", "Surface", "names_on"]


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


COMMANDS: tuple[Command, ...] = (
    Command("briefings", "List the briefings you can read and quiz on"),
    Command("courses", "Briefings in the order to study them"),
    Command("brief", "Read a briefing's summary, or one of its sections"),
    Command("figures", "Who is who in a briefing"),
    Command("quote", "What a person said, with context and editor's notes"),
    Command("facts", "A briefing's key facts"),
    Command("timeline", "A briefing's dated events"),
    Command("glossary", "Terms explained"),
    Command("notes", "Sources and editor's notes"),
    Command("quiz", "Quiz yourself on a briefing, alone or with the channel"),
    Command("review", "Quiz yourself on the questions due for review"),
    Command("score", "Your accuracy, streak, mastered questions, what is due"),
    Command("mydata", "Everything kept about you, as a file"),
    Command("forgetme", "Delete everything kept about you"),
    Command("help", "What briefbot can do"),
    Command("leaderboard", "This server's top learners", frozenset({Surface.DISCORD})),
    Command("use", "Pick the briefing to read", frozenset({Surface.CONSOLE})),
    Command("stop", "Stop the quiz", frozenset({Surface.CONSOLE})),
    Command("retry", "Retry what you missed", frozenset({Surface.CONSOLE})),
    Command("quit", "Leave the console", frozenset({Surface.CONSOLE})),
)
"""Every student command. Commands that exist on one surface only say why by their nature:
the leaderboard is a server's; `use`, `stop`, `retry` and `quit` stand in for Discord's
options and buttons."""


def names_on(surface: Surface) -> set[str]:
    """The names of the student commands offered on `surface`."""
    return {c.name for c in COMMANDS if c.student and surface in c.surfaces}
