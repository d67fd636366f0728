"""One command registry: the console offers exactly the registry's console commands."""

from __future__ import annotations

import io
from pathlib import Path

from bot.console.console import Console, console_help
from bot.console.render import render
from bot.core.clock import FakeClock
from bot.core.commands import COMMANDS, Surface, help_text, names_on
from bot.core.library import Library
from bot.core.study import StudyService
from bot.i18n import use_language

ROOT = Path(__file__).parent.parent.parent
ALIASES = {"exit"}  # another spelling of quit


def test_the_console_offers_exactly_the_registry_console_commands_and_lists_each():
    library = Library(ROOT / "content")
    console = Console(library, StudyService(library, FakeClock()), io.StringIO())
    assert set(console.commands) - ALIASES == names_on(Surface.CONSOLE)
    for name in names_on(Surface.CONSOLE):
        assert f"/{name}" in console_help(), name


async def test_console_help_shows_each_console_command_with_the_registry_description():
    library = Library(ROOT / "content")
    console = Console(library, StudyService(library, FakeClock()), io.StringIO())
    shown = render(await console.cmd_help([]))
    for command in COMMANDS:
        if Surface.CONSOLE in command.surfaces:
            assert f"/{command.name}" in shown and command.description_on(Surface.CONSOLE) in shown
    assert "leaderboard" not in shown and "**" not in shown


def test_every_student_command_but_the_surface_bound_ones_is_on_both_surfaces():
    one_surface = {c.name for c in COMMANDS if len(c.surfaces) == 1}
    one_console = {"use", "stop", "retry", "why", "quit"}
    assert one_surface == {"leaderboard", "remind", "assignments", *one_console}
    assert "courses" in names_on(Surface.DISCORD) & names_on(Surface.CONSOLE)


def test_french_help_renames_options_and_names_their_values_as_the_console_reads_them():
    with use_language("fr"):
        text = help_text(Surface.CONSOLE)
    assert "[sans_chrono oui|non]" in text
    assert "[facile|moyenne|difficile]" in text
    assert "/reviser [dossier] [section]" in text
