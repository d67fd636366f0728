"""A running bot's name in the claims it makes (`host:pid:tag`), and whether the process
behind a name is known to have stopped.

A scheduled run is claimed in the database before it is posted. When the claimer is killed
part-way, its claim stays; after the restart the new process can tell it was an earlier run
of itself (same host, and its pid is ours again, as in a restarted container, or no longer
runs) and take the run over at once, rather than after a long wait.
"""

from __future__ import annotations

import os
import secrets
import socket

__all__ = ["has_stopped", "process_name"]

_TAG = secrets.token_hex(4)
"""Drawn once per process: a later process given the same pid has another."""


def process_name() -> str:
    """This process's name: host, pid and its tag (the same for every scheduler in it)."""
    return f"{socket.gethostname()}:{os.getpid()}:{_TAG}"


def has_stopped(name: str, mine: str) -> bool:
    """Whether the process called `name` has surely stopped: it ran on this host and its pid
    is this process's (with another tag: an earlier process given the same pid) or no
    process's now. False for this process itself, and when it cannot be told (another host,
    another user's process, a name of another form)."""
    host, _, rest = name.partition(":")
    pid_text, _, tag = rest.partition(":")
    if name == mine or host != socket.gethostname() or not pid_text.isdigit() or not tag:
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, but not ours to signal
        return False
    return False
