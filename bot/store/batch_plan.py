"""What a group-commit batch of answers writes, worked out in Python, for either backend.

An answer is keyed by (session, user, briefing, question): a repeat of a key, stored before or
earlier in the same batch, is not new and moves no review state. `plan_answers` keeps the first
of each key and orders the rows to insert by question, so two writers take their row locks in
the same order; `next_reviews` applies the review updates of the new answers, in submission
order, to the stored states, the last submitted per question winning.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.core.progress import AnswerRecord, ReviewState
from bot.store.writer import PendingAnswer

__all__ = ["AnswerKey", "AnswerPlan", "QuestionKey", "next_reviews", "plan_answers", "question_key"]

QuestionKey = tuple[int, str, str]
"""(user, briefing, question): one review state."""
AnswerKey = tuple[str, int, str, str]
"""(session, user, briefing, question): one answer, at most once."""


question_key: Callable[[AnswerRecord], QuestionKey] = operator.attrgetter(
    "user_id", "briefing_id", "question_id"
)
"""The review state an answer moves: (user, briefing, question), read without a Python call
(three per answer of every batch)."""


@dataclass(slots=True)
class AnswerPlan:
    """The answers of a batch to insert, and which of the batch's answers are new so far."""

    new: list[bool]
    """Per answer of the batch; answers without a session are always new, the rest once stored."""
    first_of: dict[AnswerKey, int]
    """Where in the batch each keyed answer first appears."""
    rows: list[AnswerRecord]
    """One per distinct answer, in question key order."""

    def mark_inserted(self, keys: Iterable[AnswerKey] | None) -> None:
        """Count the answers with these keys (just inserted) as new; None: every row."""
        new = self.new
        if keys is None:
            for i in self.first_of.values():
                new[i] = True
            return
        for key in keys:
            new[self.first_of[key]] = True


def plan_answers(batch: Sequence[PendingAnswer]) -> AnswerPlan:
    """The rows to insert for `batch`: the first answer of each key, ordered by question."""
    plan = AnswerPlan([False] * len(batch), {}, [])
    for i, pending in enumerate(batch):
        rec = pending.record
        if rec.session_id is None:
            plan.new[i] = True  # without a session an answer has no key: always recorded
        else:
            key = (rec.session_id, rec.user_id, rec.briefing_id, rec.question_id)
            if key in plan.first_of:
                continue  # a repeat within this batch
            plan.first_of[key] = i
        plan.rows.append(rec)
    plan.rows.sort(key=question_key)
    return plan


def next_reviews(
    batch: Sequence[PendingAnswer], new: Sequence[bool], stored: dict[QuestionKey, ReviewState]
) -> list[tuple[QuestionKey, ReviewState]]:
    """The review states the new answers leave, in question key order.

    A review given as a function gets the state before it: stored, or left by an earlier
    answer to the same question in this batch.
    """
    latest: dict[QuestionKey, ReviewState] = {}
    for pending, is_new in zip(batch, new, strict=True):
        review = pending.review
        if not is_new or review is None:
            continue
        question = question_key(pending.record)
        if callable(review):
            review = review(latest[question] if question in latest else stored.get(question))
        latest[question] = review
    return sorted(latest.items())
