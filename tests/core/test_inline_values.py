"""The core emits inline values, never markup; each adapter renders them its own way."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.console.render import render
from bot.core.library import Library
from bot.core.loader import load_briefing
from bot.core.moderation_views import schedules_reply, sources_reply
from bot.core.paginate import paginate
from bot.core.posts import briefing_post
from bot.core.progress import LeaderboardEntry, Schedule
from bot.core.progress_views import leaderboard_reply, nothing_due_reply
from bot.core.qotd import Qotd, pick_question, question_reply, reveal_of, reveal_reply
from bot.core.replies import (
    ChannelRef,
    Emphasis,
    Moment,
    Page,
    Reply,
    UserRef,
    channel,
    emphasis,
    moment,
    spans,
    user,
)
from bot.core.study import ComingBack, NothingDue
from bot.core.views import brief_reply, courses_reply, glossary_reply
from bot.discord_bot.render import embed, markup

ROOT = Path(__file__).parent.parent.parent
SEED = load_briefing(ROOT / "content" / "nk-troops-russia.yaml").briefing
WHEN = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
DISCORD_MARKUP = re.compile(r"<t:|<@|<#|\*\*")
TOKEN_CHARS = re.compile("[\ue000\ue001]")


def _every_reply_kind() -> dict[str, Reply]:
    qq = pick_question(SEED, WHEN.date())
    qotd = Qotd("s1", 1, 2, SEED.id, qq.question.id, qq.options, WHEN.date(), WHEN, WHEN)
    schedule = Schedule(1, 5, SEED.id, "briefing", "daily", dt.time(9, 0), "UTC", id=3)
    board = [LeaderboardEntry(1, 101, 5, 6), LeaderboardEntry(2, 102, 3, 6)]
    replies = {
        "brief": brief_reply(SEED),
        "glossary": glossary_reply(SEED),
        "post": Reply(tuple(briefing_post(SEED, "all"))),
        "sources": sources_reply(SEED),
        "schedules": schedules_reply([schedule], WHEN, channel, {SEED.id: SEED.title}),
        "leaderboard": leaderboard_reply(board, None, week=False, mention=True),
        "qotd question": question_reply(qotd, qq, SEED.title, "bb:qd:s1:"),
        "qotd reveal": reveal_reply(reveal_of(qotd, qq, []), {}),
        "courses": courses_reply(Library(ROOT / "content")),
        "review not due yet": nothing_due_reply(NothingDue(ComingBack(2, WHEN))),
    }
    return replies


def _all_text(reply: Reply) -> str:
    parts = [b.label for b in reply.buttons]
    for page in reply.pages:
        parts += [page.title, page.body, page.footer]
        parts += [f"{f.name}\n{f.value}" for f in page.fields]
    return "\n".join(parts)


@pytest.mark.parametrize("kind", sorted(_every_reply_kind()))
def test_core_replies_hold_no_discord_markup_and_the_console_shows_plain_text(kind: str) -> None:
    reply = _every_reply_kind()[kind]
    assert not DISCORD_MARKUP.search(_all_text(reply))
    shown = render(reply)
    assert not DISCORD_MARKUP.search(shown)
    assert not TOKEN_CHARS.search(shown)


def test_values_that_were_markup_are_now_inline_values() -> None:
    board = leaderboard_reply([LeaderboardEntry(1, 101, 5, 6)], None, week=False, mention=True)
    assert UserRef(101) in spans(board.pages[0].body)
    assert Emphasis(SEED.source.title) in spans(sources_reply(SEED).pages[0].body)
    schedule = Schedule(1, 5, SEED.id, "briefing", "daily", dt.time(9, 0), "UTC", id=3)
    details = schedules_reply([schedule], WHEN, channel, {}).pages[0].fields[0].value
    values = list(spans(details))
    assert ChannelRef(5) in values
    assert any(isinstance(v, Moment) for v in values)
    review = nothing_due_reply(NothingDue(ComingBack(2, WHEN))).pages[0].body
    assert Moment(WHEN) in spans(review), "when reviews come back is a moment, not markup"


def test_discord_renders_timestamps_mentions_channels_and_bold() -> None:
    text = f"{user(7)} in {channel(9)} at {moment(WHEN)}: {emphasis('the answer')}"
    stamp = int(WHEN.timestamp())
    assert markup(text) == f"<@7> in <#9> at <t:{stamp}:R>: **the answer**"
    page = Page(title=emphasis("Title"), body=text, footer=moment(WHEN))
    rendered = embed(page)
    assert rendered.title == "**Title**"
    assert rendered.description == markup(text)
    assert rendered.footer.text == "05 Jan 2026 09:00 UTC", "footers show no timestamps"


def test_the_console_shows_names_local_time_and_plain_text() -> None:
    text = f"{user(7)} and {user(8)} in {channel(9)} at {moment(WHEN)}: {emphasis('yes')}"
    shown = render(Reply.text("t", text), names={7: "Alice"})
    local = WHEN.astimezone()
    assert "Alice and a member in this channel at " in shown
    assert f" (at {local:%a %d %b, %H:%M}): yes" in shown


def test_a_token_is_never_shorter_than_discords_markup_so_pages_still_fit() -> None:
    far = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    for token in (moment(WHEN), moment(far), user(2**63 - 1), channel(10**18), emphasis("ab")):
        assert len(token) >= len(markup(token))
        footer = embed(Page(title="t", footer=token)).footer.text
        assert footer is not None and len(token) >= len(footer)


def test_a_value_cut_by_a_page_break_leaves_no_stray_token() -> None:
    body = ("word " * 900) + emphasis("a long emphasised phrase " * 10) + " end"
    pages = paginate("Title", body)
    assert len(pages) > 1
    for page in pages:
        assert not TOKEN_CHARS.search(markup(page.body))
        assert not TOKEN_CHARS.search(render(Reply((page,))))
