"""The third held-out phrasing set (benchmarks.matching_third) is sound data: every phrasing
names a question of the briefing, none is listed twice, both labels are present, and letters
still point at the options they were labelled against. Its accuracy is the benchmark's job."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.matching_third import BRIEFING, PHRASINGS, SEED0_ANSWER_POSITION
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
    assert sorted({p.question_id for p in PHRASINGS} - ids) == []


def test_no_phrasing_is_listed_twice_for_one_question():
    counts = Counter((p.question_id, p.typed) for p in PHRASINGS)
    assert [pair for pair, n in counts.items() if n > 1] == []


def test_no_phrasing_is_blank():
    assert [p for p in PHRASINGS if not p.typed.strip()] == []


def test_every_question_of_the_briefing_has_right_and_wrong_phrasings(briefing):
    labels: dict[str, set[bool]] = {q.id: set() for q in briefing.questions}
    for p in PHRASINGS:
        labels[p.question_id].add(p.right)
    assert sorted(qid for qid, seen in labels.items() if seen != {True, False}) == []


def test_letters_were_labelled_against_the_order_the_quiz_still_shows(briefing):
    by_id = {q.id: q for q in briefing.questions}
    choice = {p.question_id for p in PHRASINGS if by_id[p.question_id].kind == "choice"}
    assert sorted(choice - SEED0_ANSWER_POSITION.keys()) == []
    moved = []
    for qid, position in SEED0_ANSWER_POSITION.items():
        (shown,) = present_all(briefing, [qid], seed=0)
        if shown.options.index(by_id[qid].answer) + 1 != position:
            moved.append(qid)
    assert moved == []
