"""A command sent from a server the bot is no longer in (removed from it while a Discord
client still offers its commands there): told privately that the bot cannot act there, one
log line, no traceback; the bot's own servers are answered as before. Was: answered as if the
server were the bot's, a public /leaderboard of a server it had left (chaos seed 300)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.test_malformed_payloads import forged


def from_another_server(guild_id: int, *, locale: str = "en-US") -> Any:
    def change(payload: dict[str, Any]) -> None:
        payload["guild_id"] = str(guild_id)
        payload["guild"] = {**payload.get("guild", {}), "id": str(guild_id)}
        payload["locale"] = locale

    return change


@pytest.mark.timeout(30)
async def test_a_command_from_a_server_the_bot_left_is_told_so_privately(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    board = await discord_double.slash("leaderboard")
    shown = await board.response()
    assert not shown.ephemeral and "Leaderboard" in shown.text, "its own server: public"
    caplog.clear()
    gone = discord_double.state.ids.next()
    itx = await forged(discord_double, board, from_another_server(gone))
    answer = await itx.response()
    assert answer.ephemeral, answer
    assert "no longer in this server" in answer.text and "Leaderboard" not in answer.text
    assert "@" not in answer.text
    notes = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(notes) == 1 and str(gone) in notes[0].getMessage(), notes
    assert not any(r.exc_info for r in caplog.records)
    french = await forged(discord_double, board, from_another_server(gone, locale="fr"))
    assert "plus sur ce serveur" in (await french.response()).text, "in their language"
    again = await (await discord_double.slash("leaderboard")).response()
    assert not again.ephemeral and "Leaderboard" in again.text, "its own server goes on"
