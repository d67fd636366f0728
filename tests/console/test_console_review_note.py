"""Walkthrough 28: /review in the console says what Discord says when more is due in other
briefings (one sentence from the core; was two wordings of it)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from bot.app import Services
from bot.console.console import Console
from bot.core.clock import FakeClock
from tests.bot_fixtures import content, services, settings

__all__ = ["content", "services", "settings"]

START = dt.datetime(2026, 3, 6, 14, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def miss_one(console: Console, briefing: str) -> None:
    """A one-question quiz on `briefing`, answered wrong."""
    await console.handle(f"/quiz 1 easy {briefing}")
    assert console.session is not None
    asked = console.session.current()
    if asked.question.kind == "short":
        await console.handle("zzz")
    else:
        wrong = next(i for i, k in enumerate(asked.keys) if k != asked.right_key)
        await console.handle(
            "ABCDE"[wrong] if asked.question.kind == "choice" else asked.keys[wrong]
        )


async def test_review_says_how_many_more_are_due_elsewhere_as_discord_does(
    services: Services, clock: FakeClock
) -> None:
    out = io.StringIO()
    console = Console(services.library, services.study, out, preferences=services.preferences)
    await miss_one(console, "mini")
    await miss_one(console, "nk-troops-russia")
    clock.current += dt.timedelta(minutes=10)

    await console.handle("/review")

    shown = " ".join(out.getvalue().split())  # as read, however wide the terminal wraps it
    assert "1 more due in other briefings: /review again after this." in shown
