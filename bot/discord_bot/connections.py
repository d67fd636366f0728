"""How many connections to Discord the bot opens at once: within its file descriptor limit.

discord.py opens connections without limit, one more for each reply sent while the others
are busy: a burst of clicks under a low `ulimit -n` ran out of file descriptors, and every
reply past the limit failed ("Too many open files"), each a traceback and a "This
interaction failed". With a bounded pool, replies beyond it wait a moment for a free
connection instead; half of the descriptors still free at log-in go to the pool.
"""

from __future__ import annotations

import logging
import os
import resource

import aiohttp

__all__ = ["FEWEST", "MOST", "connection_limit", "limited_connector"]

log = logging.getLogger("briefbot")

MOST = 100
"""Connections at most: aiohttp's default (discord.py sets none; a thousand made a burst slower)."""
FEWEST = 4
"""Connections at least: the gateway's, and a few for replies."""


def connection_limit() -> int:
    """Half the file descriptors still free (between `FEWEST` and `MOST`)."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return MOST
    return max(FEWEST, min(MOST, (soft - _open_descriptors()) // 2))


def _open_descriptors() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:  # no /proc: assume a typical start-up
        return 64


def limited_connector() -> aiohttp.TCPConnector:
    """A connection pool for discord.py within the file descriptor limit (in a running loop)."""
    limit = connection_limit()
    if limit < MOST:
        log.info("at most %d connections to Discord at once (ulimit -n is low)", limit)
    return aiohttp.TCPConnector(limit=limit)
