"""Small things a moderator and a student noticed: the last Keep, /reload paths, typed echoes."""

from __future__ import annotations

import re

from tests.bot_fixtures import HARBOUR


async def test_keep_on_the_last_question_says_what_is_left(discord_double, bot):
    mod = discord_double.moderator
    await (
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    ).message()
    review = await (
        await discord_double.slash("briefing show", {"briefing": "harbour"}, user=mod)
    ).message()
    for _ in range(20):
        number, total = re.search(r"Question (\d+) of (\d+)", review.text).groups()
        if number == total:
            break
        await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    before = review.text
    await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    assert review.text != before, "Keep on the last question changes what the moderator sees"
    assert "That was the last question" in review.text
    assert "Publish when ready" in review.text
