"""Walkthrough 27: a club brings a real article of its own (a press release pasted into the
box), drafts it from Discord, publishes and posts it. What the draft left as placeholders for
the moderator to write must not reach students unnoticed."""

from __future__ import annotations

from pathlib import Path

from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

RELEASE = (
    Path(__file__).resolve().parents[1]
    / "authoring"
    / "labeled"
    / "real"
    / "fresh38"
    / "am23_newswire_robinson_minden_er_closure.md"
)
HEADLINE = "Minden emergency room closure a preview of things to come"


async def pasted_draft(double: DiscordDouble) -> str:
    """The release pasted into /briefing draft's box; returns the drafted briefing's id."""
    text = RELEASE.read_text(encoding="utf-8").split("---\n", 2)[2].strip()
    box = await (await double.slash("briefing draft", user=double.moderator)).response()
    values = {"title": HEADLINE, "article": text}
    drafted = await (
        await double.submit_modal(box.custom_id, values, user=double.moderator)
    ).message()
    assert "the summaries are placeholders" in drafted.text
    ((name, _),) = drafted.files.items()
    return name.removesuffix(".yaml")


async def test_publishing_a_draft_whose_summary_is_still_a_placeholder_says_so(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    slug = await pasted_draft(double)

    review = await run(double, "briefing show", {"briefing": slug})
    assert (
        "TODO placeholders" in review.text and "the summary, 3 quotes' contexts" in review.text
    ), "the review says what students would read as drafted"
    published = await run(double, "briefing publish", {"briefing": slug})
    assert "the summary" in published.text and "students see" in published.text
    assert "/briefing upload" in published.text, "and how to fix it"
