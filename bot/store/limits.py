"""Client-side time limits on PostgreSQL: a frozen or unreachable server turns into an error
within a couple of seconds, which the bot can answer within Discord's 3 s."""

from __future__ import annotations

__all__ = ["CONNECT_TIMEOUT", "STATEMENT_TIMEOUT"]

CONNECT_TIMEOUT = 1.0
"""Seconds to open a PostgreSQL connection before giving up."""

STATEMENT_TIMEOUT = 1.5
"""Seconds one PostgreSQL statement may take, measured by the client (a frozen server too)."""
