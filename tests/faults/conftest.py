"""The fault-injection suite: the bot on the Discord double (or as a real process) while the
database locks, fills up or dies, and Discord answers 5xx; each test adds its figures (tried,
survived, lost acknowledged answers), printed in the terminal summary."""

from __future__ import annotations

import pytest

from tests.bot_fixtures import bot, clock, content, services, settings
from tests.discord_double.fixtures import discord_double
from tests.faults.figures import FIGURES

__all__ = ["bot", "clock", "content", "discord_double", "services", "settings"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print every fault's figures after the run."""
    if not FIGURES:
        return
    terminalreporter.section("fault injection: answers tried / survived / lost")
    for fault, t in FIGURES.items():
        terminalreporter.write_line(
            f"{fault:<58} tried {t.tried:>3}  survived {t.survived:>3}  lost {t.lost}"
        )
