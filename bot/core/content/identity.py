"""Question ids across versions: the same id while a question means the same, a new one after.

A review card or an answer is keyed by the question id it was given under. When a moderator
changes what a question asks or which answer is right, the old cards must not be scored
against the new question, so the changed question is served under a new id; a question that
kept its meaning (a typo fixed in the explanation, one more accepted spelling) keeps its id
and its cards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from bot.core.models import Question

__all__ = ["QuestionIds", "assign_question_ids", "meaning_of"]

QuestionIds = dict[str, tuple[str, str]]
"""Per version: the id written in the YAML -> (the id it is served under, its meaning)."""

MAX_ID = 64


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def meaning_of(question: Question) -> str:
    """A short fingerprint of what a question asks and which answer is right, the same in
    every reader's language (a true/false answer counts as the English word)."""
    answer = question.answer if isinstance(question.answer, str) else str(question.answer)
    text = "\x1f".join([question.kind, _folded(question.prompt), _folded(answer)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def assign_question_ids(
    questions: Iterable[Question], earlier: Iterable[Mapping[str, tuple[str, str]]], version: int
) -> QuestionIds:
    """Served ids for a new version's questions, given every earlier version's ids.

    A question keeps the served id it had in any earlier version with the same written id and
    the same meaning (so a rollback finds its cards again); a written id never served before
    is served as it is; otherwise the question gets `<id>-v<version>` (or a further suffix).
    """
    known: dict[tuple[str, str], str] = {}
    served_before: set[str] = set()
    for ids in earlier:
        for written, (served_as, meaning) in ids.items():
            known[(written, meaning)] = served_as
            served_before.add(served_as)
    questions = list(questions)
    taken = served_before | {q.id for q in questions}
    result: QuestionIds = {}
    for question in questions:
        meaning = meaning_of(question)
        served = known.get((question.id, meaning))
        if served is None and question.id not in served_before:
            served = question.id
        if served is None:
            served = _fresh(question.id, version, taken)
        taken.add(served)
        result[question.id] = (served, meaning)
    return result


def _fresh(written: str, version: int, taken: set[str]) -> str:
    suffix, n = f"-v{version}", 1
    while True:
        candidate = f"{written[: MAX_ID - len(suffix)]}{suffix}"
        if candidate not in taken:
            return candidate
        n += 1
        suffix = f"-v{version}-{n}"
