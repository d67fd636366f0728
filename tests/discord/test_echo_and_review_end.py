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


async def test_reload_names_files_without_the_hosts_absolute_path(discord_double, bot, content):
    mod = discord_double.moderator
    good = (content / "mini.yaml").read_text()
    broken = good.replace("    difficulty: easy\n", "    difficulty: trivial\n")
    line = broken.splitlines().index("    difficulty: trivial") + 1
    (content / "mini.yaml").write_text(broken)
    report = await (await discord_double.slash("reload", user=mod)).message()
    assert str(content.parent) not in report.text, "no host folder shown to a moderator"
    assert "content/mini.yaml: broken: the last good version stays live" in report.text
    assert re.search(rf"→ content/mini\.yaml:{line}:\d+: ", report.text), report.text
