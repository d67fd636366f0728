"""The line a quiz start adds when it has fewer questions than were asked for.

`/quiz count:25 difficulty:hard` on a briefing with eleven hard questions used to start
"Question 1/11" without a word: the student could not tell a short quiz from a lost one.
"""

from __future__ import annotations

from bot.core.wording import difficulty_name
from bot.i18n import ngettext

__all__ = ["fewer_than_asked"]


def fewer_than_asked(asked: int, got: int, difficulty: str | None = None) -> str:
    """Why this quiz has `got` questions and not the `asked` ones ("" when it has them all):
    every question the briefing can ask here (at that difficulty) is in it."""
    if got >= asked:
        return ""
    if difficulty:
        return ngettext(
            "This quiz has {got} question, not {asked}: that is every {level} question "
            "this briefing can ask here.",
            "This quiz has {got} questions, not {asked}: that is every {level} question "
            "this briefing can ask here.",
            got,
        ).format(got=got, asked=asked, level=difficulty_name(difficulty))
    return ngettext(
        "This quiz has {got} question, not {asked}: that is every question this briefing "
        "can ask here.",
        "This quiz has {got} questions, not {asked}: that is every question this briefing "
        "can ask here.",
        got,
    ).format(got=got, asked=asked)
