"""Small builders shared by the store tests."""

from __future__ import annotations

import datetime as dt

from bot.core.progress import AnswerRecord

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
"""The tests' "now": a Monday noon, UTC."""


def answer(
    user_id: int,
    question_id: str = "q1",
    *,
    correct: bool = True,
    guild_id: int | None = 1,
    briefing_id: str = "b1",
    section_id: str | None = "s1",
    session_id: str | None = "session-1",
    at: dt.datetime = NOW,
    seconds: float = 5.0,
) -> AnswerRecord:
    """An answer with sensible defaults; override what the test is about."""
    return AnswerRecord(
        user_id=user_id,
        guild_id=guild_id,
        briefing_id=briefing_id,
        question_id=question_id,
        section_id=section_id,
        correct=correct,
        seconds=seconds,
        answered_at=at,
        session_id=session_id,
    )
