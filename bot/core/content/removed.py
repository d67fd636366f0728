"""What is kept of a server briefing a moderator removed (`/briefing remove`): its title and
each question's prompt and right answer, as students met them, so that a moderator's record of
how their group did (`/report`, `/assignments`, a withdrawn announcement) stays readable.

Only the versions students could meet count (those ever published); a briefing never
published keeps nothing. The words are the server's own: read only in that server, and holding
nobody's id (a student's answers are theirs, in /mydata and deleted by /forgetme).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.core.models import Briefing
from bot.i18n import _

__all__ = ["KeptQuestion", "RemovedBriefing", "RemovedLookup", "words_to_keep"]


@dataclass(frozen=True, slots=True)
class KeptQuestion:
    """One question of a removed briefing, under the id it was served (answered) under."""

    question_id: str
    prompt: str
    kind: str
    answer: str | bool

    @property
    def answer_text(self) -> str:
        """The answer as a reader sees it (true or false in the reader's language), as
        `Question.answer_text` shows it."""
        if isinstance(self.answer, bool):
            return _("True") if self.answer else _("False")
        return self.answer


@dataclass(frozen=True, slots=True)
class RemovedBriefing:
    """The words kept of one removed server briefing, by the id it was served under."""

    guild_id: int
    briefing_id: str
    title: str
    questions: tuple[KeptQuestion, ...]
    removed_at: dt.datetime

    def prompts(self) -> dict[str, str]:
        """Each question's prompt by its served id."""
        return {q.question_id: q.prompt for q in self.questions}


RemovedLookup = Callable[[int, str], Awaitable[RemovedBriefing | None]]
"""(server, served briefing id) -> what was kept when that server removed it, else None."""


def words_to_keep(
    guild_id: int, briefing_id: str, met: Sequence[Briefing], now: dt.datetime
) -> RemovedBriefing | None:
    """What to keep of a briefing removed now: `met` are its versions students could meet
    (served, the newest first); the title of the newest, each question as the newest of them
    asked it. None when students met none (a draft never published)."""
    if not met:
        return None
    questions: dict[str, KeptQuestion] = {}
    for briefing in met:
        for q in briefing.questions:
            questions.setdefault(q.id, KeptQuestion(q.id, q.prompt, q.kind, q.answer))
    return RemovedBriefing(guild_id, briefing_id, met[0].title, tuple(questions.values()), now)
