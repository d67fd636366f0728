"""Reading content files safely: regular files inside the content folder, never too much.

A content folder is edited by people and may hold mistakes: a huge file, a named pipe that
blocks whoever opens it, a link to `/dev/zero` or out of the folder. `read_content_file`
checks the file's type and size before reading, opens without blocking, and reads at most
the limit, so none of these can hang a reload or fill the memory.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from bot.core.errors import Problem
from bot.core.wording import number
from bot.i18n import _

__all__ = ["ContentFileRefused", "read_content_file"]


class ContentFileRefused(Exception):
    """A content file that is not read, with the problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _refuse(message: str, fix: str) -> ContentFileRefused:
    return ContentFileRefused(Problem(1, 1, message, fix))


def _inside(path: Path, root: Path) -> Path:
    """The real path of `path`, which must stay inside `root` once links are followed."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
        raise _refuse(
            _("cannot read the file ({reason})").format(
                reason=getattr(exc, "strerror", None) or exc
            ),
            _("check that it exists; a link must point at a file in the content folder"),
        ) from None
    if not real.is_relative_to(root.resolve()):
        raise _refuse(
            _("the file is a link to a place outside the content folder"),
            _("copy the briefing into the folder instead of linking to it"),
        )
    return real


def read_content_file(path: Path, root: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file under `root`, at most `max_bytes` of them.

    Raises `ContentFileRefused` for a link out of `root`, anything but a regular file (a
    pipe, a device, a folder) and a file over the limit, without reading it.
    """
    real = _inside(path, root)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(real, flags)
    except OSError as exc:
        raise _refuse(
            _("cannot read the file ({reason})").format(reason=exc.strerror),
            _("check its permissions"),
        ) from None
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(
                _("this is not a regular file (a pipe, a device or a folder)"),
                _("remove it from the content folder; only briefing files belong there"),
            )
        if info.st_size > max_bytes:
            raise _refuse(
                _("the file is {size} bytes, over the {limit}-byte limit").format(
                    size=number(info.st_size), limit=number(max_bytes)
                ),
                _("split it into several briefings"),
            )
        raw = _read_at_most(handle, max_bytes + 1)
    if len(raw) > max_bytes:  # it grew while being read
        raise _refuse(
            _("the file is over the {limit}-byte limit").format(limit=number(max_bytes)),
            _("split it into several briefings"),
        )
    return raw


def _read_at_most(handle: io.FileIO, limit: int) -> bytes:
    """Read until the end of the file or `limit` bytes, whichever comes first."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = handle.read(min(64 * 1024, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
