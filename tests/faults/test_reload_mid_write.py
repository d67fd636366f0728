"""`/reload` while a briefing file is still being written (an editor saving it, a copy or an
`rsync` under way) or after a write cut short: the file ends mid-line. Cut before its
`questions:` it still parses, as a briefing with no questions (58 of 398 cuts of the two
bundled files parse, nearly all with none). Was: that shorter briefing went live, so
`/quiz` on it said it had no questions; now the file keeps its last good version, reported
with its file and last line, and the whole file, once saved, loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

QUESTION = "For how many days was the harbour closed?"


@pytest.mark.timeout(30)
async def test_a_briefing_cut_mid_write_keeps_its_last_good_version_on_reload(
    discord_double: DiscordDouble, bot, content: Path
):
    whole = (content / "mini.yaml").read_bytes()
    # the copy has reached the glossary, mid-line: the start parses, with no questions
    cut = whole[: whole.index(b"The official in charge") + len("The offi")]
    (content / "mini.yaml").write_bytes(cut)
    (content / "extra.yaml").write_bytes(whole.replace(b"id: mini\n", b"id: extra\n", 1))

    report = (await run(discord_double, "reload")).text
    assert "mini.yaml: broken: the last good version stays live (`mini`)" in report, report
    last_line = cut.count(b"\n") + 1
    assert f"mini.yaml:{last_line}:" in report, "the problem names its file and line"
    assert "extra.yaml: loaded (`extra`)" in report, "the other files load"
    quiz = await (
        await discord_double.slash("quiz", {"briefing": "mini", "difficulty": "easy"})
    ).response()
    assert QUESTION in quiz.text, "the last good version serves its questions"

    (content / "mini.yaml").write_bytes(whole.replace(b"A small test briefing", b"Saved whole"))
    saved = (await run(discord_double, "reload")).text
    assert "mini.yaml: loaded (`mini`)" in saved and "last good" not in saved, saved
