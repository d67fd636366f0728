"""The exit codes of `briefbot run` (and `doctor`), one per kind of problem an operator fixes."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["ExitCode"]


class ExitCode(IntEnum):
    """What a non-zero exit means; systemd's `Restart=on-failure` retries 3 and 5."""

    OK = 0
    PROBLEMS = 1  # `doctor` or `validate` found something to fix
    CONFIGURATION = 2  # the token was rejected, a setting is wrong, an intent is missing
    DISCORD_UNREACHABLE = 3  # no network, or Discord is down
    DATABASE = 4  # the database cannot be opened, is damaged, read-only or vanished
    ALREADY_RUNNING = 5  # another bot process holds the same SQLite file or PostgreSQL shard
