"""A posted briefing that has no questions offers no quiz: no "Quiz me" button that would only
answer "has no questions", and no closing line promising one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.bot_fixtures import ROOT
from tests.discord_double import DiscordDouble


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The small test briefing (`mini`), and `quiet`: the same without its questions."""
    folder = tmp_path / "content"
    folder.mkdir()
    mini = ROOT / "tests" / "fixtures" / "mini_briefing.yaml"
    shutil.copy(mini, folder / "mini.yaml")
    quiet = yaml.safe_load(mini.read_text())
    quiet["id"] = "quiet"
    quiet.pop("questions", None)
    (folder / "quiet.yaml").write_text(yaml.safe_dump(quiet, allow_unicode=True))
    return folder


async def posted(double: DiscordDouble, briefing: str):
    itx = await double.slash(
        "post", {"briefing": briefing, "channel": double.news}, user=double.moderator
    )
    assert "Posted" in (await itx.message()).text
    return double.bot_messages_in(double.news)[-1]


async def test_a_briefing_without_questions_is_posted_without_a_quiz_button(
    discord_double: DiscordDouble, bot
):
    post = await posted(discord_double, "quiet")
    assert [b["label"] for b in post.buttons] == ["Sources & notes"]
    assert "Quiz me" not in post.embeds[-1]["footer"]["text"]
    assert "Sources & notes" in post.embeds[-1]["footer"]["text"]


async def test_a_briefing_with_questions_keeps_its_quiz_button(discord_double: DiscordDouble, bot):
    post = await posted(discord_double, "mini")
    assert [b["label"] for b in post.buttons] == ["Quiz me", "Sources & notes"]
    assert "Quiz me" in post.embeds[-1]["footer"]["text"]
