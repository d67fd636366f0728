"""Walk 38: a student's and a moderator's walk through the bot on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble

PAGE = (
    "Ferry crews return to Port Elm\n\n"
    "Boats back after the storm\n\n"
    "The harbour in Port Elm reopened on Monday, three days after a storm closed it.\n\n"
    "“Ships can dock again,” harbour master Ada Quill said on Monday.\n"
)
"""A page as a moderator copies it: its headline, the line printed under it, the story."""


async def test_the_headline_typed_in_the_paste_box_is_the_drafts_title(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The box's Headline was only put on top of the pasted text, where the drafter's page
    rules could pass it over: with the page pasted whole (its headline again, then the line
    under it) the draft was titled "Boats back after the storm", as 55 of 877 real pages
    lost their typed headline (`python -m benchmarks.paste_headline`). The typed headline is
    now the title, and its copy on top of the text is no paragraph of the story."""
    double = discord_double
    box = await (await double.slash("briefing draft", user=double.moderator)).response()
    fields = {"title": "Ferry crews return to Port Elm", "article": PAGE}
    drafted = await (await double.submit_modal(box.custom_id, fields)).message()

    assert "📝 Draft: Ferry crews return to Port Elm" in drafted.text, drafted.text
    assert "Drafted `ferry-crews-return-to-port-elm`" in drafted.text
    ((_, data),) = drafted.files.items()
    shown = await services.content.show(double.guild.id, "ferry-crews-return-to-port-elm")
    assert shown.briefing.title == "Ferry crews return to Port Elm"
    points = [p for s in shown.briefing.sections for p in s.points]
    assert not any(p.startswith("Ferry crews return") for p in points), points
    assert b"Boats back after the storm" in data, "the line under the headline stays in the text"
