"""The words of a typed quiz command: how many questions, how hard, and which briefing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast, get_args

from bot.core.errors import InvalidInput
from bot.core.models import Difficulty
from bot.core.quiz import MAX_QUESTIONS
from bot.core.wording import difficulty_name
from bot.i18n import _

__all__ = ["DIFFICULTIES", "QuizWords", "quiz_words_hint", "read_quiz_words"]

DIFFICULTIES: tuple[str, ...] = get_args(Difficulty)
DEFAULT_COUNT = 5
# A word meant as a count, whole or not, signed or not: "3", "-3", "1.5", "2,5".
_COUNT = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class QuizWords:
    """What a quiz command asks for; `briefing` is the words left ("" when none)."""

    count: int
    difficulty: Difficulty | None
    briefing: str


def read_quiz_words(words: Sequence[str]) -> QuizWords:
    """Read `/quiz [count] [easy|medium|hard] [briefing]` in any order; a difficulty may be
    named as questions show it in the reader's language (`facile`). A count that cannot
    be asked ("0", "-3", "1.5", "999") raises InvalidInput naming the range, never a search
    for a briefing of that name."""
    count, difficulty, rest = DEFAULT_COUNT, None, []
    for word in words:
        if _COUNT.fullmatch(word):
            whole = word.lstrip("+")
            count = int(whole) if whole.isdigit() else 0
        elif level := _difficulty(word):
            difficulty = level
        else:
            rest.append(word)
    if not 1 <= count <= MAX_QUESTIONS:
        raise InvalidInput(_("Pick between 1 and {most} questions.").format(most=MAX_QUESTIONS))
    return QuizWords(count, difficulty, " ".join(rest))


def _difficulty(word: str) -> Difficulty | None:
    """The difficulty `word` names, in English or in the reader's language; None if none."""
    folded = word.casefold()
    for level in DIFFICULTIES:
        if folded in (level, difficulty_name(level).casefold()):
            return cast(Difficulty, level)
    return None


def quiz_words_hint() -> str:
    """What `/quiz` reads its words as, for a reply to words that matched no briefing: a
    misspelt difficulty ("hardd") or a count in words ("three") is otherwise searched for as
    a briefing's name, and "No briefing matches" alone does not say why."""
    levels = ", ".join(difficulty_name(level) for level in DIFFICULTIES)
    return _(
        "/quiz reads a number of questions (1 to {most}) and a difficulty ({levels}); "
        "its other words name a briefing."
    ).format(most=MAX_QUESTIONS, levels=levels)
