"""Walkthrough 30: a student's month through the Discord double. Each verdict a student reads,
alone or with the channel, names the article its answer comes from; a reminder asked for at
an offset (`UTC+2`) is never set hours off; a student who moves gives only the new zone."""

from __future__ import annotations

import pytest

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, solo_quiz
from tests.discord.test_walkthrough_together import channel_question, choice_buttons
from tests.discord_double import DiscordDouble

ARTICLE = "Source: Harbour reopens after storm · 2026-01-05"
"""The footer naming `mini`'s article, its headline and date."""


async def test_a_solo_verdict_names_the_article_its_answer_comes_from(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    message = await solo_quiz(discord_double, {"count": 1})
    verdict = await (await answer_right(discord_double, services, message)).message()
    assert "Right!" in verdict.text, verdict.text
    assert verdict.embeds[0]["footer"]["text"] == ARTICLE


async def test_a_channel_questions_results_name_the_article_its_answer_comes_from(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    question = await channel_question(discord_double, 1, difficulty="easy")
    await (
        await discord_double.click(question, choice_buttons(question)[0]["custom_id"])
    ).response()
    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response()
    results = await discord_double.wait_for_message(
        discord_double.general, lambda m: "The answer:" in m.text, after=question, timeout=10
    )
    assert results.embeds[0]["footer"]["text"] == ARTICLE


@pytest.mark.parametrize("offset", ["UTC+2", "GMT+2", "gmt-5", "+05:30"])
async def test_a_reminder_at_an_offset_is_refused_without_a_zone_hours_off(
    discord_double: DiscordDouble, bot: BriefBot, offset: str
) -> None:
    """`UTC+2` once got "Did you mean UTC?" and `GMT+2` "Did you mean Etc/GMT+2", which is
    two hours behind UTC: a student following either would get the reminder hours off."""
    options = {"time": "18:30", "timezone": offset}
    refused = await (await discord_double.slash("remind", options)).message()

    assert refused.ephemeral and "is an offset, not a place" in refused.text, refused.text
    assert "Did you mean" not in refused.text
    shown = await (await discord_double.slash("remind")).message()
    assert shown.text.startswith("Review reminder\nOff."), shown.text


async def test_a_reminder_at_utc_plus_nothing_is_set_in_utc(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    options = {"time": "18:30", "timezone": "UTC+0"}
    made = await (await discord_double.slash("remind", options)).message()
    assert "at 18:30 (UTC)" in made.text, made.text


async def test_a_student_who_moves_gives_only_the_new_zone_and_keeps_the_time(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/remind timezone:America/New_York` once showed the old reminder, zone unchanged."""
    moving = {"timezone": "America/New_York"}
    before = await (await discord_double.slash("remind", moving)).message()
    assert "Off. Turn it on with /remind time:18:30" in before.text, "no time to keep yet"

    first = {"time": "18:30", "timezone": "Europe/Berlin"}
    await (await discord_double.slash("remind", first)).message()
    moved = await (await discord_double.slash("remind", moving)).message()

    assert "at 18:30 (America/New_York)" in moved.text, moved.text
    shown = await (await discord_double.slash("remind")).message()
    assert "On: 18:30 (America/New_York)" in shown.text, shown.text
