"""Discord slow to answer (2-4 s): an interaction's first reply must not wait on it.

A moderator's `/briefing upload` and `/briefing draft` read the attached file from Discord's
file server; when that takes over 3 s, the command is still answered within Discord's 3 s (a
private "thinking" message) and the outcome follows (was: the download came first and the
moderator saw "This interaction failed").
"""

from __future__ import annotations

import pytest

from bot.core.classwork import REPORT_REASONS
from tests.bot_fixtures import HARBOUR
from tests.discord_double import CallbackType, DiscordDouble

ARTICLE = (
    b"Harbour reopens after storm\n\nThe harbour in Port Elm reopened on Monday, three days "
    b'after a storm closed it. "Ships can dock again," said Ada Quill, the harbour master.\n'
)
SLOW_FILE_SERVER = 3.1


UPLOADS = [
    ("briefing upload", "file", ("harbour.yaml", HARBOUR.encode()), "draft version 1"),
    ("briefing draft", "article", ("article.txt", ARTICLE), "draft"),
]
"""The commands that read an attached file: command, option, the file, what the outcome says."""


@pytest.mark.timeout(30)
async def test_a_slow_file_download_is_answered_in_time_and_the_outcome_follows(
    discord_double: DiscordDouble, bot
):
    slow = discord_double.slow_next("/attachments/", seconds=SLOW_FILE_SERVER, times=len(UPLOADS))
    moderator = discord_double.moderator
    sent = [
        await discord_double.slash(command, {option: attached}, user=moderator)
        for command, option, attached, _ in UPLOADS
    ]  # both downloads are slow at once
    for itx, (_, _, _, outcome) in zip(sent, UPLOADS, strict=True):
        first = await itx.response(timeout=10)
        assert first.type == CallbackType.DEFERRED_MESSAGE and first.ephemeral
        shown = await itx.message(timeout=10)
        assert outcome in shown.text.lower() and shown.ephemeral
    assert len(slow.hits) == len(UPLOADS), "the file server was slow"
    assert discord_double.late_interactions() == [], "answered within Discord's 3 s"


REPORTERS = 3
MEMBER_LOOKUP = 1.05
"""Seconds Discord takes per member lookup: three add up past Discord's 3 s."""


@pytest.mark.timeout(30)
async def test_reported_with_slow_member_lookups_defers_then_shows_every_report(
    discord_double: DiscordDouble, bot, services
):
    guild = discord_double.guild
    for n in range(REPORTERS):
        pupil = await discord_double.add_member(f"reporter{n}")
        await services.question_reports.report(
            guild_id=guild.id,
            user_id=pupil.id,
            briefing_id="mini",
            question_id="q-who",
            reason=REPORT_REASONS[0],
        )
    slow = discord_double.slow_next("/members/", seconds=MEMBER_LOOKUP, times=REPORTERS)
    itx = await discord_double.slash("reported", user=discord_double.moderator)
    first = await itx.response(timeout=10)
    assert first.type == CallbackType.DEFERRED_MESSAGE and first.ephemeral
    assert discord_double.late_interactions() == [], "answered within Discord's 3 s"
    queue = await itx.message(timeout=10)
    assert len(slow.hits) == REPORTERS, "each reporter was looked up, slowly"
    assert f"{REPORTERS} open reports" in queue.text and queue.ephemeral
