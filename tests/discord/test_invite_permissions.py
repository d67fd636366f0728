"""The README's invite link grants exactly the permissions the bot checks before it posts, and
Read Message History, with which a late retry finds what it posted before."""

from __future__ import annotations

import re
from pathlib import Path

import discord

from bot.discord_bot.posting import IN_THREADS, LOOKS_BACK, NEEDED

README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")


def test_the_invite_link_asks_for_the_permissions_the_bot_needs_to_post_and_no_more():
    links = re.findall(r"https://discord\.com/oauth2/authorize\?\S*permissions=(\d+)", README)
    assert links, "the README gives an invite link with its permissions"
    needed = discord.Permissions(**dict.fromkeys([*NEEDED, *IN_THREADS, *LOOKS_BACK], True))
    for value in links:
        granted = discord.Permissions(int(value))
        assert granted == needed, sorted(name for name, on in granted if on)
    assert f"= {needed.value})" in README  # the figure the README prints beside the names
    assert needed.view_channel and needed.send_messages and needed.embed_links
    assert needed.send_messages_in_threads, "/post and /schedule post in threads too"
    assert needed.read_message_history, "a late retry looks for what it posted before"
