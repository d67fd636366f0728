"""`briefbot doctor`: is this installation ready to run? One line per check, each with its fix.

Checks the token's shape (never printing it), the database (reachable, migrated, writable,
integrity), the content (as `briefbot validate`), the time zone data and, when a token is set,
which servers miss which permission in the channels the bot posts to (see
`bot.discord_bot.permissions_check`). Exit status 0 when everything is fine, 1 otherwise.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.config import Settings
from bot.core.library import FileReport, FileStatus, Library
from bot.ops.exitcodes import ExitCode
from bot.store.health import Check, check_database

__all__ = ["PermissionCheck", "check_content", "check_timezones", "check_token", "run_doctor"]

PermissionCheck = Callable[[Settings], Awaitable[list[Check]]]
"""Checks, over Discord, the permissions the bot needs where it posts."""

_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")


def check_token(settings: Settings) -> Check:
    """A bot token is three dot-separated base64url parts, the first the bot's user id."""
    if settings.discord_token is None:
        return Check(
            "token", False, "DISCORD_TOKEN is not set: copy it from Developer Portal > Bot"
        )
    token = settings.discord_token.reveal().strip()
    if token.lower().startswith("bot "):
        return Check("token", False, 'DISCORD_TOKEN starts with "Bot ": give the token alone')
    if not _TOKEN_SHAPE.match(token):
        return Check(
            "token",
            False,
            "DISCORD_TOKEN does not look like a bot token (three parts joined by dots): "
            "copy it again from Developer Portal > Bot > Reset Token",
        )
    first = token.split(".")[0]
    try:
        user_id = base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        user_id = ""
    if not user_id.isdigit():
        return Check(
            "token",
            False,
            "DISCORD_TOKEN's first part is not a bot id: copy the Bot token, not the client secret",
        )
    return Check("token", True, f"looks like the token of bot {user_id}")


def check_content(settings: Settings) -> Check:
    """The content folder loads as the bot loads it; problems are counted, see `validate`."""
    folder = settings.content_dir
    if not folder.is_dir():
        return Check("content", False, f"{folder} is not a folder: set BRIEFBOT_CONTENT")
    from bot.app import last_good_dir  # the services' wiring, only for this check

    library = Library(folder, keep_dir=last_good_dir(settings), update_copies=False)
    reports = library.reload()
    bad = [r for r in reports if r.status is not FileStatus.LOADED]
    if bad:
        return Check(
            "content",
            False,
            f"{len(bad)} of {len(reports)} file(s) in {folder} have problems: "
            f"run `briefbot validate {folder}` and fix what it lists" + _served(bad),
        )
    if not library.ids():
        return Check("content", False, f"no briefing in {folder}: add one (`briefbot draft`)")
    return Check("content", True, f"{len(library.ids())} briefing(s) load from {folder}")


def _served(bad: list[FileReport]) -> str:
    """What the bot serves meanwhile for the broken files that have a last good copy."""
    kept = [r for r in bad if r.status is FileStatus.KEPT and r.briefing_id]
    if not kept:
        return ""
    files = ", ".join(f"{r.path} (`{r.briefing_id}`)" for r in kept)
    return f"; until then the bot serves the last good version of {files}"


def check_timezones() -> Check:
    """Schedules need the IANA time zone database (the tzdata package ships it)."""
    try:
        ZoneInfo("Europe/Paris")
        count = len(available_timezones())
    except ZoneInfoNotFoundError:
        count = 0
    if count < 100:
        return Check(
            "time zones",
            False,
            "no time zone data: reinstall briefbot (it depends on tzdata) or install tzdata",
        )
    return Check("time zones", True, f"{count} time zones known")


async def run_doctor(
    settings: Settings,
    permissions: PermissionCheck | None = None,
    print_line: Callable[[str], object] = print,
) -> int:
    """Print every check's line; `ExitCode.PROBLEMS` if any failed."""
    checks: list[Check] = [check_token(settings)]
    checks += await check_database(settings.database_url)
    checks += [check_content(settings), check_timezones()]
    for check in checks:
        print_line(format_check(check))
    if permissions is not None and checks[0].ok and all(c.ok for c in checks[1:2]):
        for check in await permissions(settings):
            checks.append(check)
            print_line(format_check(check))
    failed = [c for c in checks if not c.ok]
    return ExitCode.PROBLEMS if failed else ExitCode.OK


def format_check(check: Check) -> str:
    """`ok    name: detail` or `FAIL  name: problem: fix`."""
    return f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}"
