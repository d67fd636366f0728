"""Fixtures for the Discord adapter tests: the fake Discord from tests/discord_double."""

import sys
import warnings
from pathlib import Path

with warnings.catch_warnings():
    # discord.py imports the stdlib `audioop` (voice), deprecated since Python 3.11.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord  # noqa: F401

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # `tests.discord_double` is imported from the repository root
    sys.path.append(_ROOT)

from tests.discord_double.fixtures import discord_double  # noqa: E402

__all__ = ["discord_double"]
