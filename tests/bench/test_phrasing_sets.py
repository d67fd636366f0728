"""The blind phrasing sets (benchmarks.matching_fresh, matching_third, matching_fourth,
matching_fifth, matching_sixth, and matching_seventh to matching_fifteenth over the drafted
briefings) are sound data: every phrasing names a question of its briefings, none is listed
twice or blank, both labels are present, and letters still point at the options they were
labelled against. Their accuracy is the benchmarks' job, not checked here."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks import (
    matching_eighteenth,
    matching_eighth,
    matching_eleventh,
    matching_fifteenth,
    matching_fifth,
    matching_fourteenth,
    matching_fourth,
    matching_french_chat,
    matching_fresh,
    matching_nineteenth,
    matching_ninth,
    matching_seventeenth_b,
    matching_seventh,
    matching_sixteenth,
    matching_sixth,
    matching_tenth,
    matching_third,
    matching_thirteenth,
    matching_twelfth,
    matching_twentieth,
    matching_twentyfifth,
    matching_twentyfirst,
    matching_twentyfourth,
    matching_twentysecond,
    matching_twentyseventh,
    matching_twentysixth,
    matching_twentythird,
)
from benchmarks.phrasing_sets import (
    BRIEFING,
    DRAFTED_BRIEFINGS,
    DRAFTED_SEED0_ANSWER_POSITION,
    ELEVENTH_SET_BRIEFINGS,
    ELEVENTH_SET_SEED0_ANSWER_POSITION,
    FIFTEENTH_SET_BRIEFINGS,
    FIFTEENTH_SET_SEED0_ANSWER_POSITION,
    FOURTEENTH_SET_BRIEFINGS,
    NINTH_SET_BRIEFINGS,
    NINTH_SET_SEED0_ANSWER_POSITION,
    SEED0_ANSWER_POSITION,
    SEVENTEENTH_SET_BRIEFINGS,
    SEVENTEENTH_SET_SEED0_ANSWER_POSITION,
    SIXTEENTH_SET_BRIEFINGS,
    SIXTEENTH_SET_SEED0_ANSWER_POSITION,
    TENTH_SET_BRIEFINGS,
    TENTH_SET_SEED0_ANSWER_POSITION,
    THIRTEENTH_SET_BRIEFINGS,
    THIRTEENTH_SET_SEED0_ANSWER_POSITION,
    TWELFTH_SET_BRIEFINGS,
    TWELFTH_SET_SEED0_ANSWER_POSITION,
    Phrasing,
    load_briefings,
)
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.quiz import present_all

SETS = {
    "fresh": matching_fresh.PHRASINGS,
    "third": matching_third.PHRASINGS,
    "fourth": matching_fourth.PHRASINGS,
    "fifth": matching_fifth.PHRASINGS,
    "sixth": matching_sixth.PHRASINGS,
}
every_set = pytest.mark.parametrize("phrasings", SETS.values(), ids=SETS.keys())


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    loaded = load_briefing_bytes(BRIEFING.read_bytes(), BRIEFING.name).briefing
    assert loaded is not None
    return loaded


@every_set
def test_every_phrasing_names_a_question_of_the_briefing(briefing, phrasings: list[Phrasing]):
    ids = {q.id for q in briefing.questions}
    assert sorted({p.question_id for p in phrasings} - ids) == []


@every_set
def test_no_phrasing_is_listed_twice_or_blank(phrasings: list[Phrasing]):
    counts = Counter((p.question_id, p.typed) for p in phrasings)
    assert [pair for pair, n in counts.items() if n > 1] == []
    assert [p for p in phrasings if not p.typed.strip()] == []


@every_set
def test_every_question_answered_has_right_and_wrong_phrasings(phrasings: list[Phrasing]):
    labels: dict[str, set[bool]] = {}
    for p in phrasings:
        labels.setdefault(p.question_id, set()).add(p.right)
    assert sorted(qid for qid, seen in labels.items() if seen != {True, False}) == []


def test_the_sets_answer_every_question_of_the_briefing(briefing):
    short = {q.id for q in briefing.questions if q.kind == "short"}
    assert sorted(short - {p.question_id for p in matching_fresh.PHRASINGS}) == []
    every = {q.id for q in briefing.questions}
    assert sorted(every - {p.question_id for p in SETS["third"]}) == []
    assert sorted(every - {p.question_id for p in SETS["fourth"]}) == []
    assert sorted(every - {p.question_id for p in SETS["fifth"]}) == []
    assert sorted(every - {p.question_id for p in SETS["sixth"]}) == []
    assert len(matching_fresh.PHRASINGS) >= 250 and len(matching_third.PHRASINGS) >= 400
    assert len(matching_fourth.PHRASINGS) >= 500 and len(matching_fifth.PHRASINGS) >= 800
    assert len(matching_sixth.PHRASINGS) >= 800


@every_set
def test_letters_were_labelled_against_the_order_the_quiz_still_shows(
    briefing, phrasings: list[Phrasing]
):
    by_id = {q.id: q for q in briefing.questions}
    choice = {p.question_id for p in phrasings if by_id[p.question_id].kind == "choice"}
    assert sorted(choice - SEED0_ANSWER_POSITION.keys()) == []
    moved = []
    for qid, position in SEED0_ANSWER_POSITION.items():
        (shown,) = present_all(briefing, [qid], seed=0)
        if shown.options.index(by_id[qid].answer) + 1 != position:
            moved.append(qid)
    assert moved == []


DRAFTED_SETS = {
    "eighth": (matching_seventh.PHRASINGS, DRAFTED_BRIEFINGS, DRAFTED_SEED0_ANSWER_POSITION, 900),
    "ninth": (
        matching_eighth.PHRASINGS,
        NINTH_SET_BRIEFINGS,
        NINTH_SET_SEED0_ANSWER_POSITION,
        1000,
    ),
    "tenth": (
        matching_ninth.PHRASINGS,
        TENTH_SET_BRIEFINGS,
        TENTH_SET_SEED0_ANSWER_POSITION,
        1300,
    ),
    "eleventh": (
        matching_tenth.PHRASINGS,
        ELEVENTH_SET_BRIEFINGS,
        ELEVENTH_SET_SEED0_ANSWER_POSITION,
        1400,
    ),
    "twelfth": (
        matching_eleventh.PHRASINGS,
        TWELFTH_SET_BRIEFINGS,
        TWELFTH_SET_SEED0_ANSWER_POSITION,
        1500,
    ),
    "thirteenth": (
        matching_twelfth.PHRASINGS,
        THIRTEENTH_SET_BRIEFINGS,
        THIRTEENTH_SET_SEED0_ANSWER_POSITION,
        1500,
    ),
    # written by hand without choice questions: no option order to keep
    "fourteenth": (matching_thirteenth.PHRASINGS, FOURTEENTH_SET_BRIEFINGS, {}, 1500),
    "fifteenth": (
        matching_fourteenth.PHRASINGS,
        FIFTEENTH_SET_BRIEFINGS,
        FIFTEENTH_SET_SEED0_ANSWER_POSITION,
        1500,
    ),
    "sixteenth": (
        matching_fifteenth.PHRASINGS,
        SIXTEENTH_SET_BRIEFINGS,
        SIXTEENTH_SET_SEED0_ANSWER_POSITION,
        1500,
    ),
    # scaled down to two briefings for lack of time
    "seventeenth": (
        matching_sixteenth.PHRASINGS,
        SEVENTEENTH_SET_BRIEFINGS,
        SEVENTEENTH_SET_SEED0_ANSWER_POSITION,
        400,
    ),
    "seventeenth-b": (
        matching_seventeenth_b.PHRASINGS,
        matching_seventeenth_b.BRIEFINGS,
        matching_seventeenth_b.SEED0_ANSWER_POSITION,
        300,
    ),
    # one briefing for lack of time
    "eighteenth": (
        matching_eighteenth.PHRASINGS,
        matching_eighteenth.BRIEFINGS,
        matching_eighteenth.SEED0_ANSWER_POSITION,
        200,
    ),
    # three briefings of fresh62
    "nineteenth": (
        matching_nineteenth.PHRASINGS,
        matching_nineteenth.BRIEFINGS,
        matching_nineteenth.SEED0_ANSWER_POSITION,
        600,
    ),
    # three briefings of fresh64 and fresh65
    "twentieth": (
        matching_twentieth.PHRASINGS,
        matching_twentieth.BRIEFINGS,
        matching_twentieth.SEED0_ANSWER_POSITION,
        700,
    ),
    # three briefings of fresh66 and fresh67
    "twentyfirst": (
        matching_twentyfirst.PHRASINGS,
        matching_twentyfirst.BRIEFINGS,
        matching_twentyfirst.SEED0_ANSWER_POSITION,
        800,
    ),
    # three briefings of fresh68 and fresh69
    "twentysecond": (
        matching_twentysecond.PHRASINGS,
        matching_twentysecond.BRIEFINGS,
        matching_twentysecond.SEED0_ANSWER_POSITION,
        900,
    ),
    # three briefings of fresh70 and fresh71
    "twentythird": (
        matching_twentythird.PHRASINGS,
        matching_twentythird.BRIEFINGS,
        matching_twentythird.SEED0_ANSWER_POSITION,
        800,
    ),
    # three briefings of fresh70 and fresh71, articles the twenty-third set left
    "twentyfourth": (
        matching_twentyfourth.PHRASINGS,
        matching_twentyfourth.BRIEFINGS,
        matching_twentyfourth.SEED0_ANSWER_POSITION,
        750,
    ),
    # three briefings of fresh73 and fresh74
    "twentyfifth": (
        matching_twentyfifth.PHRASINGS,
        matching_twentyfifth.BRIEFINGS,
        matching_twentyfifth.SEED0_ANSWER_POSITION,
        750,
    ),
    # three briefings of fresh76 and fresh77
    "twentysixth": (
        matching_twentysixth.PHRASINGS,
        matching_twentysixth.BRIEFINGS,
        matching_twentysixth.SEED0_ANSWER_POSITION,
        800,
    ),
    # three briefings of fresh72 and fresh78
    "twentyseventh": (
        matching_twentyseventh.PHRASINGS,
        matching_twentyseventh.BRIEFINGS,
        matching_twentyseventh.SEED0_ANSWER_POSITION,
        700,
    ),
}
every_drafted_set = pytest.mark.parametrize(
    ("phrasings", "briefings", "positions", "at_least"),
    DRAFTED_SETS.values(),
    ids=DRAFTED_SETS.keys(),
)


def test_the_drafted_briefings_load_and_their_question_ids_are_distinct():
    by_question = load_briefings(
        DRAFTED_BRIEFINGS
        + NINTH_SET_BRIEFINGS
        + TENTH_SET_BRIEFINGS
        + ELEVENTH_SET_BRIEFINGS
        + TWELFTH_SET_BRIEFINGS
        + THIRTEENTH_SET_BRIEFINGS
        + FOURTEENTH_SET_BRIEFINGS
        + FIFTEENTH_SET_BRIEFINGS
        + SIXTEENTH_SET_BRIEFINGS
        + SEVENTEENTH_SET_BRIEFINGS
    )
    assert len(DRAFTED_BRIEFINGS) >= 6 and len(NINTH_SET_BRIEFINGS) >= 6
    assert len(TENTH_SET_BRIEFINGS) >= 6 and len(ELEVENTH_SET_BRIEFINGS) >= 6
    assert len(TWELFTH_SET_BRIEFINGS) >= 6 and len(THIRTEENTH_SET_BRIEFINGS) >= 6
    assert len(FOURTEENTH_SET_BRIEFINGS) >= 6 and len(FIFTEENTH_SET_BRIEFINGS) >= 6
    assert len(SIXTEENTH_SET_BRIEFINGS) >= 6
    assert len(by_question) >= 120
    assert {q.kind for b in by_question.values() for q in b.questions} >= {"choice", "truefalse"}


def test_every_frozen_briefing_belongs_to_one_drafted_set():
    folder = DRAFTED_BRIEFINGS[0].parent
    drafted = (
        DRAFTED_BRIEFINGS
        + NINTH_SET_BRIEFINGS
        + TENTH_SET_BRIEFINGS
        + ELEVENTH_SET_BRIEFINGS
        + TWELFTH_SET_BRIEFINGS
        + THIRTEENTH_SET_BRIEFINGS
        + FOURTEENTH_SET_BRIEFINGS
        + FIFTEENTH_SET_BRIEFINGS
        + SIXTEENTH_SET_BRIEFINGS
        + SEVENTEENTH_SET_BRIEFINGS
        + matching_seventeenth_b.BRIEFINGS
        + matching_eighteenth.BRIEFINGS
        + matching_nineteenth.BRIEFINGS
        + matching_twentieth.BRIEFINGS
        + matching_twentyfirst.BRIEFINGS
        + matching_twentysecond.BRIEFINGS
        + matching_twentythird.BRIEFINGS
        + matching_twentyfourth.BRIEFINGS
        + matching_twentyfifth.BRIEFINGS
        + matching_twentysixth.BRIEFINGS
        + matching_twentyseventh.BRIEFINGS
    )
    assert sorted(folder.glob("*.yaml")) == sorted(drafted)


@every_drafted_set
def test_a_drafted_set_is_sound_and_answers_every_question_of_its_briefings(
    phrasings: list[Phrasing], briefings, positions, at_least: int
):
    by_question = load_briefings(briefings)
    assert sorted({p.question_id for p in phrasings} ^ by_question.keys()) == []
    counts = Counter((p.question_id, p.typed) for p in phrasings)
    assert [pair for pair, n in counts.items() if n > 1] == []
    assert [p for p in phrasings if not p.typed.strip()] == []
    labels: dict[str, set[bool]] = {}
    for p in phrasings:
        labels.setdefault(p.question_id, set()).add(p.right)
    assert sorted(qid for qid, seen in labels.items() if seen != {True, False}) == []
    assert len(phrasings) >= at_least


@every_drafted_set
def test_a_drafted_sets_letters_point_at_the_options_they_were_labelled_against(
    phrasings: list[Phrasing], briefings, positions, at_least: int
):
    by_question = load_briefings(briefings)
    choice = set()
    moved = []
    for qid, briefing in by_question.items():
        question = next(q for q in briefing.questions if q.id == qid)
        if question.kind != "choice":
            continue
        choice.add(qid)
        (shown,) = present_all(briefing, [qid], seed=0)
        if shown.options.index(question.answer) + 1 != positions.get(qid):
            moved.append(qid)
    assert moved == []
    assert sorted(choice ^ positions.keys()) == []


def test_the_french_chat_set_is_sound_and_its_letters_point_where_they_were_labelled():
    """The French chat set asks 26 questions of three frozen briefings, not all of them."""
    phrasings = matching_french_chat.PHRASINGS
    by_question = load_briefings(matching_french_chat.BRIEFINGS)
    assert sorted({p.question_id for p in phrasings} - by_question.keys()) == []
    counts = Counter((p.question_id, p.typed) for p in phrasings)
    assert [pair for pair, n in counts.items() if n > 1] == []
    assert [p for p in phrasings if not p.typed.strip()] == []
    labels: dict[str, set[bool]] = {}
    for p in phrasings:
        labels.setdefault(p.question_id, set()).add(p.right)
    assert sorted(qid for qid, seen in labels.items() if seen != {True, False}) == []
    asked = {p.question_id for p in phrasings}
    choice = set()
    for qid in asked:
        question = next(q for q in by_question[qid].questions if q.id == qid)
        if question.kind == "choice":
            choice.add(qid)
            (shown,) = present_all(by_question[qid], [qid], seed=0)
            position = shown.options.index(question.answer) + 1
            assert position == matching_french_chat.SEED0_ANSWER_POSITION[qid]
    assert choice == matching_french_chat.SEED0_ANSWER_POSITION.keys()
