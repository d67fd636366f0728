"""A `/review` saved just before the process died (its reply lost, then a restart), or whose
reply Discord lost: the student's retry shows that review, not a second one beside it, also
when another question came due meanwhile (a missed question comes back a minute later), the
others counted as still due below it. Was: with one more question due, the retry was a second
review of all of them, and the first stayed open, unanswered, beside it (a review's retry was
matched on the exact questions due).

The restart is the process's memory lost, the database kept, as in
`tests/faults/test_solo_start_killed.py`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.cooldown import UserCooldown
from tests.discord.test_bot import solo_quiz
from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_given_up_retried import session_of, stored
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)
from tests.faults.test_solo_start_killed import memory_lost

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
APART = dt.timedelta(hours=2)
"""Between two misses: the first is due for review, the second not yet."""
DOWN = dt.timedelta(minutes=2)
"""A restart's downtime, longer than the minute a missed question takes to come back."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def miss_one(double: DiscordDouble, services: Services, message: Any, last: bool) -> None:
    """The student answers the open question wrong, then moves on."""
    session = services.study.solo[session_of(message)]
    asked = session.current()
    if asked.question.kind == "short":
        box = await (await double.click(message, label="Answer")).response()
        assert box.type == CallbackType.MODAL
        await (await double.submit_modal(box.custom_id, {"answer": "zzz"})).message()
    else:
        wrong = next(i for i, k in enumerate(asked.keys) if k != asked.right_key)
        await (await double.click(message, message.buttons[wrong]["custom_id"])).message()
    label = "See my score" if last else "Next question ▶"
    await (await double.click(message, label=label)).message()


async def lost_review(double: DiscordDouble, services: Services) -> Any:
    """`/review` whose reply Discord failed: the student saw "try again"; the saved review."""
    fault = double.fail_next("POST /interactions", times=5, status=503)
    told = await (await double.slash("review", {})).message(timeout=10)
    assert len(fault.hits) == 5 and "try again" in told.text, "the student saw no question"
    (saved,) = await stored(services, "solo")
    return saved


@pytest.mark.timeout(60)
@pytest.mark.parametrize("restart", [True, False], ids=["after-a-restart", "in-the-same-run"])
@pytest.mark.parametrize("more_due", [False, True], ids=["same-questions-due", "one-more-due"])
@pytest.mark.usefixtures("quick_retries")
async def test_a_review_whose_reply_was_lost_is_shown_by_the_retry(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    more_due: bool,
    restart: bool,
):
    due = "one more due" if more_due else "the same due"
    when = "after a restart" if restart else "in the same run"
    figures = tally(f"/review reply lost, retried {when} ({due})")
    monkeypatch.setattr(UserCooldown, "hit", lambda self, user_id, now: None)  # hours apart
    message = await solo_quiz(discord_double, {"count": 3})
    await miss_one(discord_double, services, message, last=False)
    clock.current += APART
    await miss_one(discord_double, services, message, last=False)
    await miss_one(discord_double, services, message, last=True)
    memory_lost(services)  # the quiz ended: nothing open
    # the first miss is due, the other two come back a minute after they were missed
    saved = await lost_review(discord_double, services)
    if restart:
        memory_lost(services)
    figures.tried += 1
    if more_due:
        clock.current += DOWN  # the other two came due while the bot was down

    retry = await (await discord_double.slash("review", {})).message(timeout=10)
    assert "Question 1/1" in retry.text and retry.ephemeral, retry.text
    assert session_of(retry) == saved.session_id, "the retry shows the review saved before"
    assert len(await stored(services, "solo")) == 1, "one review open (was: two)"
    if more_due:
        assert "2 more" in retry.text, "the others are counted as still due"
    figures.survived += 1
