"""Reading in a busy channel: a private option, and page buttons that answer only the asker."""

from __future__ import annotations

import pytest

from bot.discord_bot.cogs.reading import _short
from tests.discord_double import CallbackType

READING = ["briefings", "courses", "brief", "figures", "quote", "notes", "facts", "timeline"]


@pytest.mark.parametrize("command", [*READING, "glossary"])
async def test_every_reading_command_can_answer_privately(discord_double, bot, command):
    options = {} if command in ("briefings", "courses") else {"briefing": "mini"}
    public = await (await discord_double.slash(command, options)).response()
    assert not public.ephemeral
    private = await (await discord_double.slash(command, {**options, "private": True})).response()
    assert private.ephemeral


async def test_page_buttons_turn_only_for_the_asker(discord_double, bot, services, content):
    text = (content / "mini.yaml").read_text()
    long_points = "\n".join(
        f"      - Point {i}. " + "Words about the storm. " * 40 for i in range(12)
    )
    text = text.replace("      - A storm closed the harbour for three days.\n", long_points + "\n")
    (content / "mini.yaml").write_text(text)
    services.library.reload()
    reply = await (
        await discord_double.slash("brief", {"briefing": "mini", "section": "storm"})
    ).response()
    message = reply.message
    first = message.embeds[0]["description"]
    nxt = message.buttons[1]["custom_id"]

    other = await (await discord_double.click(message, nxt, user=discord_double.owner)).response()
    assert other.type == CallbackType.MESSAGE and other.ephemeral, "a private copy for them"
    assert other.message.embeds[0]["description"] != first
    assert message.embeds[0]["description"] == first, "the asker's message did not move"

    mine = await (await discord_double.click(message, nxt)).response()
    assert mine.type == CallbackType.UPDATE_MESSAGE
    assert message.embeds[0]["description"] != first


@pytest.mark.parametrize(
    "user_id", [0, 1, 35, 36, 1295, 1296, 46655, 46656, 80351110224678912, 2**64 - 1]
)
def test_the_asker_on_page_buttons_is_their_id_in_base_36(user_id):
    """Buttons already posted carry askers written this way: a click must still match them."""
    short = _short(user_id)

    assert int(short, 36) == user_id
    assert short == "0" or not short.startswith("0")
    assert short == short.lower()
