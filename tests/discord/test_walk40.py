"""Walk 40: a student's week and a moderator's club on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

from tests.discord.test_bot import answer_right, solo_quiz
from tests.discord_double import DiscordDouble


async def test_checking_review_with_nothing_due_is_never_too_fast(
    discord_double: DiscordDouble, bot: object, services: object
) -> None:
    """A student told "Nothing is due yet: 1 question comes back in 1 minute" who typed
    /review again to check, then once more, was told "Slow down a little: try again in
    10 s": a /review that started nothing counted as a start, though the README says a
    start refused does not. Only reviews that start count now."""
    double = discord_double
    question = await solo_quiz(double, {"count": 1, "difficulty": "easy"})
    await (await answer_right(double, services, question)).response()  # type: ignore[arg-type]

    for _ in range(3):
        told = (await (await double.slash("review")).told()).text
        assert "Nothing is due yet" in told and "Slow down" not in told, told
