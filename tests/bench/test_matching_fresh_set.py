"""The held-out phrasing set of benchmarks.matching_fresh is sound data (its accuracy is not
checked here: that is the benchmark's job)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.matching_fresh import BRIEFING, PHRASINGS, SEED0_ANSWER_POSITION
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.quiz import present_all


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    loaded = load_briefing_bytes(BRIEFING.read_bytes(), BRIEFING.name).briefing
    assert loaded is not None
    return loaded


def test_every_phrasing_names_a_question_of_the_briefing(briefing):
    ids = {q.id for q in briefing.questions}
    unknown = sorted({p.question_id for p in PHRASINGS} - ids)
    assert unknown == []


def test_no_phrasing_is_listed_twice_for_one_question():
    counts = Counter((p.question_id, p.typed) for p in PHRASINGS)
    assert [pair for pair, n in counts.items() if n > 1] == []


def test_every_phrasing_is_a_non_empty_message():
    assert [p for p in PHRASINGS if not p.typed.strip()] == []


def test_every_question_answered_has_right_and_wrong_phrasings():
    labels: dict[str, set[bool]] = {}
    for p in PHRASINGS:
        labels.setdefault(p.question_id, set()).add(p.right)
    one_sided = sorted(qid for qid, seen in labels.items() if seen != {True, False})
    assert one_sided == []


def test_every_short_answer_question_has_phrasings(briefing):
    short = {q.id for q in briefing.questions if q.kind == "short"}
    answered = {p.question_id for p in PHRASINGS}
    assert sorted(short - answered) == []


def test_the_set_holds_at_least_250_phrasings():
    assert len(PHRASINGS) >= 250


def test_letters_were_labeled_against_the_order_the_quiz_still_shows(briefing):
    by_id = {q.id: q for q in briefing.questions}
    choice = {p.question_id for p in PHRASINGS if by_id[p.question_id].kind == "choice"}
    assert sorted(choice - SEED0_ANSWER_POSITION.keys()) == []
    moved = []
    for qid, position in SEED0_ANSWER_POSITION.items():
        (shown,) = present_all(briefing, [qid], seed=0)
        if shown.options.index(by_id[qid].answer) + 1 != position:
            moved.append(qid)
    assert moved == []
