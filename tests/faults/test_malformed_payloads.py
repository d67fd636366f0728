"""Gateway payloads the bot cannot use: a button whose id names nothing we know (another
version's, another id scheme), a command Discord's client still offers after it was removed,
an interaction without its user or custom id, an event discord.py cannot parse. Each gets a
polite private answer where a user is waiting, one log line and no traceback; the gateway
connection goes on (discord.py ends it, and the process, on a parser's exception)."""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from typing import Any

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble, InteractionRecord
from tests.faults.test_commit_faults import start_solo
from tests.faults.test_given_up_retried import SOON

Change = Callable[[dict[str, Any]], object]


async def forged(
    double: DiscordDouble, like: InteractionRecord, change: Change, *, gone: bool = False
) -> InteractionRecord:
    """A new interaction like `like` (a new id and token), its payload altered by `change`;
    `gone`: its message is no longer there (deleted), so it cannot be updated."""
    payload = copy.deepcopy(like.payload)
    interaction_id, token = double.state.ids.next(), double.state.next_token()
    payload["id"], payload["token"] = str(interaction_id), token
    change(payload)
    record = InteractionRecord(
        id=interaction_id,
        token=token,
        type=payload["type"],
        payload=payload,
        user_id=like.user_id,
        channel_id=like.channel_id,
        dispatched_at=time.monotonic(),
        state=double.state,
        name="forged",
        source_message=None if gone else like.source_message,
    )
    double.state.interactions[interaction_id] = record
    await double.dispatch("INTERACTION_CREATE", payload)
    return record


def set_id(custom_id: str) -> Change:
    return lambda p: p["data"].update(custom_id=custom_id)


BUTTONS: dict[str, Change] = {
    "a newer version's id": set_id("b2:qs:1:2"),
    "an id of another scheme": set_id("confirm-delete"),
    "no custom id": lambda p: p["data"].pop("custom_id"),
    "no member": lambda p: p.pop("member"),
    "no guild and no user": lambda p: (p.pop("guild_id"), p.pop("guild")),
}
COMMANDS: dict[str, Change] = {
    "a removed command": lambda p: p["data"].update(name="oldcommand", id="123"),
    "no member": lambda p: p.pop("member"),
}
POLITE = ("ended", "could not read", "no longer exists")


@pytest.mark.timeout(30)
async def test_unusable_interactions_get_a_polite_answer_and_one_line(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    question = await start_solo(discord_double, discord_double.student)
    click = await discord_double.click(question, question.buttons[0]["custom_id"])
    score = await discord_double.slash("score")
    await click.response()
    await score.response()
    cases = [(click, c) for c in BUTTONS.values()] + [(score, c) for c in COMMANDS.values()]
    for like, change in cases:
        caplog.clear()
        itx = await forged(discord_double, like, change)
        answer = await itx.response()
        assert answer.ephemeral and any(p in answer.text for p in POLITE), answer.text
        assert not answer.text.count("@"), "pings nobody"
        notes = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(notes) <= 1 and not any(r.exc_info for r in caplog.records), notes
    french = await forged(
        discord_double, click, lambda p: (p["data"].clear(), p.update(locale="fr"))
    )
    assert "Je n'ai pas pu lire" in (await french.response()).text, "in their language"


@pytest.mark.timeout(30)
async def test_an_event_discord_py_cannot_parse_is_skipped_and_the_connection_goes_on(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    await discord_double.dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(discord_double.guild.id)})
    await discord_double.sync()
    reply = await (await discord_double.slash("score")).response()
    assert reply.text and "went wrong" not in reply.text, "the bot still answers"
    assert len(discord_double.state.identifies) == 1, "the same session: nothing was ended"
    skipped = [r for r in caplog.records if "could not be read" in r.getMessage()]
    assert len(skipped) == 1 and not any(r.exc_info for r in caplog.records)


@pytest.mark.timeout(30)
async def test_a_command_without_its_channel_object_is_answered_in_its_channel(
    discord_double: DiscordDouble, bot: BriefBot, services, caplog: pytest.LogCaptureFixture
):
    """Discord marks an interaction's `channel` optional; discord.py reads the channel (and
    its id) from it alone. A moderator's /assign sent without it sets the work for the
    channel named by `channel_id`, as usual. Was: an assertion's traceback and "Something
    went wrong" (found by the chaos run's "a command with no optional fields", seed 605)."""
    work = {"briefing": "nk-troops-russia", "due_date": SOON, "due_time": "12:00"}
    moderator = discord_double.moderator
    like = await discord_double.slash("assign", work, user=moderator)
    await like.message(timeout=10)
    again = await forged(
        discord_double,
        like,
        lambda p: (p.pop("channel"), p["data"]["options"][2].update(value="13:00")),
    )
    shown = await again.message(timeout=10)
    assert "went wrong" not in shown.text and "#" in shown.text, shown.text
    found = await services.assignments.list_for_guild(discord_double.guild.id)
    assert len(found) == 2 and {a.channel_id for a in found} == {like.channel_id}
    assert not any(r.exc_info for r in caplog.records), "no traceback"
