"""What a console student reads when they press Enter with no answer at a quiz question: how
this question is answered, and how to stop; the question stays open. (A blank answer sent any
other way is refused by `answer_reading.judge`.)"""

from __future__ import annotations

from bot.core.quiz import QuizQuestion
from bot.i18n import _

__all__ = ["empty_answer_message"]


def empty_answer_message(qq: QuizQuestion) -> str:
    """How to answer `qq`: its keys at a choice question, true or false at a true/false one,
    the answer in words at a typed one; then how to end the quiz instead."""
    kind = qq.question.kind
    if kind == "choice":
        keys = qq.keys
        return _(
            "No answer yet: type one of {keys} (or 1-{last}) and press Enter "
            "(or /stop to end the quiz)."
        ).format(keys=", ".join(keys), last=len(keys))
    if kind == "truefalse":
        return _("No answer yet: type true or false and press Enter (or /stop to end the quiz).")
    return _("No answer yet: type your answer and press Enter (or /stop to end the quiz).")
