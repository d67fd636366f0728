"""A question of the moderator's own, added from Discord to a fact or quote it tests.

Its kind follows what is given: an answer `true` or `false` is a true/false question, an
answer with wrong choices a choice question (buttons), an answer alone a typed one. Written by
a moderator, it is checked already (not "to review").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.core.content.added_notes import find_claim
from bot.core.content.edits import briefing_data, dump_briefing
from bot.core.errors import InvalidInput
from bot.core.mentions import without_mentions
from bot.core.models import Briefing
from bot.core.slugs import slugify
from bot.i18n import _

__all__ = ["AddedQuestion", "add_question"]

TRUE_WORDS = {"true", "yes", "vrai", "oui"}
FALSE_WORDS = {"false", "no", "faux", "non"}
MAX_WRONG = 4
"""Wrong choices a choice question takes beside its answer (five buttons in a row)."""


@dataclass(frozen=True, slots=True)
class AddedQuestion:
    """What `add_question` did, for the reply."""

    yaml_text: str
    kind: str
    number: int
    """Its place among the briefing's questions, from 1."""
    count: int
    """The briefing's questions now."""


def _flat(text: str) -> str:
    return " ".join(without_mentions(text).split())


def _wrong_choices(wrong: str) -> list[str]:
    """The wrong choices as typed: separated by `;`, else by a comma and a space (so
    `1,000` stays one number)."""
    parts = wrong.split(";") if ";" in wrong else re.split(r",\s+", wrong)
    return [p for p in (_flat(part)[:240] for part in parts) if p]


def add_question(
    briefing: Briefing, about: str, prompt: str, answer: str, wrong: str = "", why: str = ""
) -> AddedQuestion:
    """The briefing with the moderator's question on the fact or quote `about` names."""
    prompt, answer = _flat(prompt)[:1000], _flat(answer)[:240]
    if not prompt or not answer:
        raise InvalidInput(_("Write the question and its right answer."))
    data = briefing_data(briefing)
    claim_id, words, _kind = find_claim(data, about)
    question: dict[str, Any] = {"prompt": prompt, "refs": [claim_id], "review": False}
    choices = _wrong_choices(wrong)
    folded = answer.casefold()
    if folded in TRUE_WORDS | FALSE_WORDS and not choices:
        question |= {"kind": "truefalse", "answer": folded in TRUE_WORDS}
    elif choices:
        if folded in {c.casefold() for c in choices}:
            raise InvalidInput(_("A wrong choice is the right answer itself: change one."))
        if len(choices) > MAX_WRONG:
            raise InvalidInput(
                _("Give at most {n} wrong choices (five buttons in all).").format(n=MAX_WRONG)
            )
        if len({c.casefold() for c in choices}) != len(choices):
            raise InvalidInput(_("Two wrong choices are the same: make each one different."))
        question |= {"kind": "choice", "answer": answer, "choices": [answer, *choices]}
    else:
        question |= {"kind": "short", "answer": answer}
    question["explanation"] = _flat(why)[:1000] or words
    taken = {str(q["id"]) for q in data["questions"]}
    base = "own-" + slugify(prompt, max_length=40, fallback="question")
    question_id, n = base, 1
    while question_id in taken:
        n += 1
        question_id = f"{base}-{n}"
    data["questions"].append({"id": question_id, **question})
    count = len(data["questions"])
    return AddedQuestion(dump_briefing(data), str(question["kind"]), count, count)
