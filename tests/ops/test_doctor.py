"""`briefbot doctor`: one line per check with its fix; a non-zero exit when something is wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import yaml
from processes import bot_env, dead_api_base, finish, make_workdir, start_bot

from bot.app import last_good_dir
from bot.config import Secret, Settings
from bot.core.progress import Schedule
from bot.discord_bot.permissions_check import check_permissions
from bot.ops.doctor import check_token, run_doctor
from bot.ops.exitcodes import ExitCode
from bot.store import open_store
from tests.discord_double import DiscordDouble
from tests.discord_double.state import Overwrite, Perm

WELL_SHAPED = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"


async def _doctor(settings: Settings) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = await run_doctor(settings, print_line=lines.append)
    return code, lines


def _daily_mini(double: DiscordDouble, channel_id: int) -> Schedule:
    """A moderator's daily 08:30 (Berlin) post of `mini` into `channel_id`."""
    return Schedule(
        guild_id=double.guild.id,
        channel_id=channel_id,
        briefing_id="mini",
        what="briefing",
        recurrence="daily",
        at=dt.time(8, 30),
        timezone="Europe/Berlin",
        created_by=double.moderator.id,
    )


async def test_a_healthy_install_passes_every_check(settings: Settings, services):
    healthy = dataclasses.replace(settings, discord_token=Secret(WELL_SHAPED))
    code, lines = await _doctor(healthy)
    assert code == ExitCode.OK, lines
    assert [line.split(":")[0] for line in lines] == [
        "ok    token",
        "ok    database reachable",
        "ok    database migrated",
        "ok    database writable",
        "ok    database integrity",
        "ok    content",
        "ok    time zones",
    ]
    assert WELL_SHAPED not in "\n".join(lines), "the token is never printed"


async def test_each_problem_is_one_line_with_its_fix(settings: Settings, tmp_path: Path):
    (tmp_path / "bad.sqlite3").write_bytes(b"not a database at all " * 100)
    (settings.content_dir / "broken.yaml").write_text("id: [unclosed\n")
    broken = dataclasses.replace(
        settings,
        discord_token=Secret("Bot abc"),
        database_url=f"sqlite+aiosqlite:///{tmp_path}/bad.sqlite3",
    )
    code, lines = await _doctor(broken)
    assert code == ExitCode.PROBLEMS
    failures = [line for line in lines if line.startswith("FAIL")]
    assert len(failures) == 3, lines
    assert 'starts with "Bot "' in failures[0]
    assert "is not a SQLite database" in failures[1] and "restore it from a backup" in failures[1]
    assert "1 of 3 file(s)" in failures[2] and "briefbot validate" in failures[2]


def test_token_shapes():
    assert not check_token(Settings()).ok
    assert not check_token(Settings(discord_token=Secret("a.b.c"))).ok
    client_secret_like = "abcdefghijklmnopqrstuvwxyzABCDEF.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"
    assert not check_token(Settings(discord_token=Secret(client_secret_like))).ok
    assert check_token(Settings(discord_token=Secret(WELL_SHAPED))).detail.endswith(
        "bot 123456789012345678"
    )


async def test_a_database_never_started_says_how_to_create_it(settings: Settings, tmp_path):
    code, lines = await _doctor(settings)
    assert code == ExitCode.PROBLEMS
    assert "FAIL  database reachable" in lines[1] and "start the bot once" in lines[1]
    assert not (tmp_path / "bot.sqlite3").exists(), "the doctor creates nothing"
    (tmp_path / "bot.sqlite3").touch()  # an empty file: SQLite's empty database
    code, lines = await _doctor(settings)
    assert "FAIL  database migrated" in lines[2] and "start the bot once" in lines[2]


async def test_permissions_name_the_server_channel_and_permission(settings: Settings):
    async with DiscordDouble() as double:
        locked = double.state.add_channel(
            "locked", overwrites=[Overwrite(double.bot_user.id, 1, deny=Perm.SEND_MESSAGES)]
        )
        store = await open_store(settings.database_url)
        try:
            for channel_id in (double.news.id, locked.id):
                await store.schedules.add_schedule(_daily_mini(double, channel_id))
        finally:
            await store.close()
        checked = dataclasses.replace(
            settings, discord_token=Secret(double.token), api_base=double.server.api_url
        )
        (check,) = await check_permissions(checked)
    assert not check.ok
    assert "#locked misses Send Messages" in check.detail and "#news" not in check.detail
    assert str(double.guild.id) in check.name and "Edit Channel > Permissions" in check.detail


async def test_the_command_exits_non_zero_with_a_bad_database(tmp_path):
    work = make_workdir(tmp_path)
    (work / "bot.sqlite3").write_bytes(b"garbage " * 500)
    env = bot_env(work, dead_api_base(), WELL_SHAPED)
    code, output = await finish(await start_bot(work, env, "doctor"))
    assert code == ExitCode.PROBLEMS
    assert "FAIL  database reachable" in output and "Traceback" not in output


async def test_permissions_of_a_text_only_server_need_no_embed_links(settings: Settings):
    """A server whose shared posts are plain text sends no embed: doctor reported its
    channels without Embed Links as unable to take the scheduled posts."""
    async with DiscordDouble() as double:
        plain = double.state.add_channel(
            "plain", overwrites=[Overwrite(double.bot_user.id, 1, deny=Perm.EMBED_LINKS)]
        )
        store = await open_store(settings.database_url)
        try:
            await store.settings.update_settings(double.guild.id, text_only_default=True)
            await store.schedules.add_schedule(_daily_mini(double, plain.id))
        finally:
            await store.close()
        checked = dataclasses.replace(
            settings, discord_token=Secret(double.token), api_base=double.server.api_url
        )
        (check,) = await check_permissions(checked)
    assert check.ok and "can post in all 1 scheduled channel" in check.detail, check.detail


async def test_a_file_served_from_its_last_good_copy_is_named_with_what_is_served(
    settings: Settings, services
):
    """The bot ran (it kept a copy of each file beside the store); then a moderator half-saved
    a briefing. The bot still serves the last good version; doctor says so, names the file to
    fix, and writes nothing into the keep folder itself."""
    broken = next(settings.content_dir.glob("*.yaml"))
    kept_id = yaml.safe_load(broken.read_text("utf-8"))["id"]
    broken.write_text(broken.read_text("utf-8")[:200] + "\n  : : [half saved", "utf-8")
    keep = last_good_dir(settings)
    before = sorted((p, p.stat().st_mtime_ns) for p in keep.rglob("*"))
    code, lines = await _doctor(settings)
    assert code == ExitCode.PROBLEMS, "the file is still broken: a problem to fix"
    (content,) = [line for line in lines if line.split(":")[0].endswith("content")]
    assert content.startswith("FAIL"), lines
    assert broken.name in content and f"`{kept_id}`" in content
    assert "last good" in content and "briefbot validate" in content
    assert sorted((p, p.stat().st_mtime_ns) for p in keep.rglob("*")) == before
