"""The rotated log file (`LOG_FILE`), loaded only when one is set."""

from __future__ import annotations

from logging.handlers import RotatingFileHandler

from bot.ops.log_writer import OneLineErrors

__all__ = ["FileOutput"]


class FileOutput(OneLineErrors, RotatingFileHandler):
    """Lines to a rotated log file; a failure (a full disk) is one line on stderr."""
