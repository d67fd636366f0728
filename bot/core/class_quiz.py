"""Where class mode meets the quizzes: the answer given, a server's overrides, assignment sessions.

The study service uses these so that an answer records what was chosen (an option's text, not
its letter), a server's accepted alternative answers count, its hidden questions are never
asked, and an assignment's session is recognised by its id.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.core.classwork import QuestionOverride
from bot.core.quiz import AnswerResult

__all__ = ["OverrideSource", "assignment_of_session", "given_text"]

_ASSIGNMENT_SESSION = re.compile(r"^asg-(\d+)-(\d+)$")


class OverrideSource(Protocol):
    """A server's decisions about questions (the question report repository provides it)."""

    async def get_override(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> QuestionOverride | None:
        """The server's override of a question."""
        ...

    async def overrides(self, guild_id: int, briefing_id: str) -> list[QuestionOverride]:
        """The server's overrides of a briefing's questions."""
        ...


def given_text(result: AnswerResult) -> str:
    """What the student answered, as text: the chosen option's words, or what they typed."""
    qq = result.quiz_question
    if result.chosen_key is not None and result.chosen_key in qq.keys:
        return qq.options[qq.keys.index(result.chosen_key)]
    return result.given


def assignment_of_session(session_id: str) -> tuple[int, int] | None:
    """(assignment id, user id) when the session is a student's assignment attempt."""
    match = _ASSIGNMENT_SESSION.match(session_id)
    return (int(match.group(1)), int(match.group(2))) if match else None
