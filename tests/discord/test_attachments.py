"""Attachments are fetched only from Discord's file host, and only after their size checks."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.core.errors import InvalidInput
from bot.discord_bot.attachments import fetch_attachment, from_discord


@dataclass
class FakeAttachment:
    """What fetch_attachment reads of a discord.Attachment; counts downloads."""

    filename: str
    size: int
    url: str
    reads: int = 0

    async def read(self) -> bytes:
        self.reads += 1
        return b"x" * self.size


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://cdn.discordapp.com/attachments/1/2/harbour.yaml", True),
        ("https://media.discordapp.net/attachments/1/2/harbour.yaml", True),
        ("http://cdn.discordapp.com/attachments/1/2/harbour.yaml", False),
        ("https://cdn.discordapp.com.evil.example/harbour.yaml", False),
        ("https://evil.example/attachments/harbour.yaml", False),
        ("file:///etc/passwd", False),
    ],
)
def test_only_discords_file_hosts_are_trusted(url: str, allowed: bool) -> None:
    assert from_discord(url) is allowed


async def test_a_file_elsewhere_is_refused_without_fetching_it() -> None:
    file = FakeAttachment("harbour.yaml", 10, "https://evil.example/harbour.yaml")

    with pytest.raises(InvalidInput, match="not on Discord's file server"):
        await fetch_attachment(file, 1000, (".yaml",))  # type: ignore[arg-type]
    assert file.reads == 0


async def test_a_file_too_big_or_of_the_wrong_kind_is_refused_before_download() -> None:
    big = FakeAttachment("harbour.yaml", 2048, "https://cdn.discordapp.com/a/harbour.yaml")
    exe = FakeAttachment("harbour.exe", 10, "https://cdn.discordapp.com/a/harbour.exe")

    with pytest.raises(InvalidInput, match="2 KiB; the most accepted is 1 KiB"):
        await fetch_attachment(big, 1024, (".yaml",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"Attach a \.yaml or \.yml file"):
        await fetch_attachment(exe, 1024, (".yaml", ".yml"))  # type: ignore[arg-type]
    assert big.reads == exe.reads == 0
    fine = FakeAttachment("harbour.yaml", 10, "https://cdn.discordapp.com/a/harbour.yaml")
    assert await fetch_attachment(fine, 1024, (".yaml",)) == b"x" * 10  # type: ignore[arg-type]
