"""A reply many students read (a summary, a quote) is rendered once for all of them, yet each
sees it their own way: their own Prev/Next on a reply of several pages, and a date instead of
a countdown when they play untimed."""

from __future__ import annotations

import datetime as dt

from bot.core.preferences import Preferences, use_preferences
from bot.core.replies import Page, Reply, moment
from bot.discord_bot.respond import Rendered, render_reply

WHEN = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
STAMP = int(WHEN.timestamp())


def _custom_ids(rendered: Rendered) -> list[str]:
    view = rendered.view
    rows = view.to_components() if view is not None else []
    return [button["custom_id"] for row in rows for button in row["components"]]


def test_each_asker_turns_the_pages_of_their_own_copy() -> None:
    reply = Reply((Page("Storm", "one"), Page("Storm", "two"), Page("Storm", "three")))

    first = render_reply(reply, nav="pg:brief:mini::a1")
    second = render_reply(reply, nav="pg:brief:mini::b2")

    assert _custom_ids(first) == ["pg:brief:mini::a1:-1", "pg:brief:mini::a1:1"]
    assert _custom_ids(second) == ["pg:brief:mini::b2:-1", "pg:brief:mini::b2:1"]
    assert second.message["embed"].description == first.message["embed"].description == "one"


def test_a_reply_of_one_page_is_the_same_for_every_asker() -> None:
    reply = Reply((Page("Quote", "“ships can dock again”"),))

    first = render_reply(reply, nav="pg:quote:mini:ada:a1")
    second = render_reply(reply, nav="pg:quote:mini:ada:b2")

    assert first.view is None and second.view is None, "no page buttons on a single page"
    assert second.message["embed"].to_dict() == first.message["embed"].to_dict()


def test_an_untimed_student_reads_a_date_whoever_read_the_reply_first() -> None:
    reply = Reply((Page("Due", f"Hand in by {moment(WHEN)}."),))

    timed = render_reply(reply).message["embed"].description
    with use_preferences(Preferences(untimed=True)):
        untimed = render_reply(reply).message["embed"].description
    again = render_reply(reply).message["embed"].description

    assert timed == again == f"Hand in by <t:{STAMP}:R>."
    assert untimed == f"Hand in by <t:{STAMP}:f>."
