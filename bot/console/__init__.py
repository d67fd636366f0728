"""The terminal adapter."""

from bot.console.console import Console
from bot.console.loop import run_console

__all__ = ["Console", "run_console"]
