"""Where class mode meets the quizzes: the answer given, a server's overrides, assignment sessions.

The study service uses these so that an answer records what was chosen (an option's text, not
its letter), a server's accepted alternative answers count, its hidden questions are never
asked, and an assignment's session is recognised by its id.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.core.classwork import QuestionOverride
from bot.core.errors import QuizError
from bot.core.quiz import AnswerResult, quiz_ended
from bot.core.wording import echo
from bot.i18n import _

__all__ = ["OverrideSource", "assignment_of_session", "ended", "given_text"]

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


def ended(session_id: str, typed: str = "") -> QuizError:
    """What a click on a solo session that is no longer live is told: an assignment attempt
    points to /assignments (the work may still be open: /forgetme, a restart past its expiry),
    any other quiz to /quiz. `typed`: an answer typed in a box opened before the bot knew
    (a restarted bot still rebuilding the quiz), which it says was not counted."""
    found = assignment_of_session(session_id)
    error = (
        quiz_ended()
        if found is None
        else QuizError(
            _(
                "This attempt at an assignment is no longer open here. If the work is still "
                "open for you, start it again from /assignments."
            )
        )
    )
    if not typed.strip():
        return error
    kept = _("Your answer “{typed}” was not counted.").format(typed=echo(typed))
    return QuizError(f"{kept} {error}")
