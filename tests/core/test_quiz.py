"""Quiz rules: every shipped question judged right by its key and wrong by its distractors."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.content.catalog import served_briefing
from bot.core.errors import InvalidInput, QuizError
from bot.core.library import Library
from bot.core.loader import load_briefing
from bot.core.models import Briefing
from bot.core.quiz import GroupSession, SoloSession, judge, present

ROOT = Path(__file__).parent.parent.parent
MINI = load_briefing(ROOT / "tests" / "fixtures" / "mini_briefing.yaml").briefing


def shipped() -> list[Briefing]:
    library = Library(ROOT / "content")
    reports = library.reload()
    assert all(r.status == "loaded" for r in reports), [r.problems for r in reports]
    return list(library)


CASES = [(b, q) for b in shipped() for q in b.questions]


@pytest.mark.parametrize(("briefing", "question"), CASES, ids=[q.id for _, q in CASES])
def test_every_shipped_question_accepts_its_key_and_rejects_each_distractor(briefing, question):
    qq = present(briefing, question, random.Random(7))
    if question.kind == "choice":
        for key, option in zip(qq.keys, qq.options, strict=True):
            right = key == qq.right_key
            assert judge(briefing, qq, key)[0] is right, (key, option)
            assert judge(briefing, qq, option)[0] is right, option
    elif question.kind == "truefalse":
        truth = "true" if question.answer else "false"
        lie = "false" if question.answer else "true"
        assert judge(briefing, qq, truth)[0] is True
        assert judge(briefing, qq, lie)[0] is False
    else:
        for spelling in (question.answer_text, *question.accept):
            assert judge(briefing, qq, spelling)[0] is True, spelling
        others = {q.answer_text for q in briefing.questions if q.kind == "short"}
        for other in others - {question.answer_text, *question.accept}:
            if other.casefold() in {a.casefold() for a in question.accept}:
                continue
            assert judge(briefing, qq, other)[0] is False, other


@pytest.mark.parametrize("seed", [3, 11])
def test_a_clicked_key_gets_the_verdict_its_letter_typed_gets(seed):
    """A button's key is judged without the typed-answer reader: it must pick the same
    option, right or wrong, as the reader does for that key and for the letter typed."""
    from bot.core.answer_reading import judge as read_answer

    checked = 0
    for briefing in shipped():
        rng = random.Random(seed)
        for question in briefing.questions:
            qq = present(briefing, question, rng)
            for key in qq.keys:
                clicked = judge(briefing, qq, key)
                assert clicked == read_answer(briefing, qq, key), (question.id, key)
                assert clicked == judge(briefing, qq, f" {key.lower()}."), (question.id, key)
                assert clicked == (key == qq.right_key, key)
                checked += 1
    assert checked > 100


def test_the_mini_briefing_loaded():
    assert MINI is not None


def start(count: int = 3, seed: int = 1) -> tuple[SoloSession, FakeClock]:
    clock = FakeClock()
    assert MINI is not None
    return SoloSession.start("s1", 42, MINI, count=count, seed=seed, now=clock.now()), clock


def right_answer(session: SoloSession) -> str:
    qq = session.current()
    return qq.right_key or qq.question.answer_text


def test_a_solo_quiz_scores_and_lists_what_to_review():
    session, clock = start()
    first = session.current()
    clock.advance(4)
    result = session.answer(42, right_answer(session), clock.now())
    assert result.correct and result.seconds == 4 and result.explanation
    wrong = (
        "zzzz"
        if session.current().question.kind == "short"
        else (
            "false"
            if session.current().right_key == "true"
            else "true"
            if session.current().right_key == "false"
            else next(k for k in session.current().keys if k != session.current().right_key)
        )
    )
    missed_question = session.current()
    assert not session.answer(42, wrong, clock.now()).correct
    session.answer(42, right_answer(session), clock.now())
    assert session.finished
    summary = session.summary(clock.now())
    assert (summary.correct, summary.total) == (2, 3)
    assert summary.missed == (missed_question,)
    assert first is not missed_question


def test_someone_else_cannot_answer_my_quiz():
    session, clock = start()
    with pytest.raises(QuizError, match="someone else's quiz"):
        session.answer(7, "A", clock.now())


def test_a_stale_button_does_not_answer_the_next_question():
    session, clock = start()
    session.answer(42, right_answer(session), clock.now(), question_index=0)
    with pytest.raises(QuizError, match="already answered"):
        session.answer(42, right_answer(session), clock.now(), question_index=0)
    assert session.index == 1


def test_odd_answers_get_a_polite_refusal_not_a_crash():
    session, clock = start(count=3, seed=5)
    for text in ("", "   ", "Z", "maybe"):
        kind = session.current().question.kind
        if kind == "short" and text.strip():
            continue
        with pytest.raises(InvalidInput):
            session.answer(42, text, clock.now())
    assert session.index == 0


def test_a_session_survives_a_restart_through_its_state():
    session, clock = start(count=3, seed=9)
    session.answer(42, right_answer(session), clock.now())
    assert MINI is not None
    restored = SoloSession.from_state(session.to_state(), MINI)
    assert restored.index == 1
    assert restored.current().question.id == session.current().question.id
    assert restored.current().options == session.current().options


def test_choices_are_shuffled_per_session_but_stable_within_one():
    assert MINI is not None
    orders = {
        SoloSession("s", 1, MINI, ["q-days"], seed, FakeClock().now()).current().options
        for seed in range(20)
    }
    assert len(orders) > 1


def test_count_and_difficulty_choose_the_questions():
    assert MINI is not None
    session = SoloSession.start(
        "s", 1, MINI, count=5, difficulty="hard", seed=1, now=FakeClock().now()
    )
    assert [qq.question.id for qq in session.questions] == ["q-town"]
    with pytest.raises(InvalidInput):
        SoloSession.start("s", 1, MINI, count=0, seed=1, now=FakeClock().now())


def group(timer: int | None = 20) -> tuple[GroupSession, FakeClock]:
    clock = FakeClock()
    assert MINI is not None
    return GroupSession("g", MINI, ["q-days", "q-town"], 3, timer, clock.now()), clock


def test_group_scoring_rewards_right_and_fast_answers():
    session, clock = group(timer=20)
    right = session.current().right_key
    wrong = next(k for k in session.current().keys if k != right)
    session.answer(1, right, clock.now())  # right at once: 150
    clock.advance(10)
    session.answer(2, right, clock.now())  # right at half time: 125
    session.answer(3, wrong, clock.now())  # wrong: 0
    result = session.close_question(clock.now())
    assert result.points == {1: 150, 2: 125, 3: 0}
    assert set(result.right) == {1, 2} and result.wrong == (3,)


def test_a_channel_quiz_restored_after_a_restart_keeps_what_each_closed_question_was_chosen():
    """The "Chosen: A) 1 · B) 0 ..." line of a question's results, posted again after a
    restart that came before they went out, counts the same as before it."""
    session, clock = group(timer=20)
    right = session.current().right_key
    wrong = next(k for k in session.current().keys if k != right)
    session.answer(1, right, clock.now())
    session.answer(2, wrong, clock.now())
    session.close_question(clock.now())
    restored = GroupSession.from_state(session.to_state(), MINI)
    assert restored.results[0].chose == {right: 1, wrong: 1}
    assert GroupSession.own_state(session.to_state(), 1)["results"][0].get("chose") is None, (
        "a player's own copy keeps no other player's choices"
    )


def test_a_player_may_change_the_answer_until_time_is_up():
    session, clock = group(timer=20)
    right = session.current().right_key
    wrong = next(k for k in session.current().keys if k != right)
    assert session.answer(1, wrong, clock.now()) is False
    assert session.answer(1, right, clock.now()) is True
    clock.advance(21)
    with pytest.raises(QuizError, match="Time is up"):
        session.answer(1, wrong, clock.now())
    assert session.close_question(clock.now()).right == (1,)


def test_untimed_study_mode_scores_right_answers_only_and_never_rushes():
    session, clock = group(timer=None)
    clock.advance(timedelta(hours=2).total_seconds())
    session.answer(1, session.current().right_key or "", clock.now())
    assert session.close_question(clock.now()).points == {1: 100}


def test_final_table_orders_by_points_then_right_answers():
    session, clock = group(timer=None)
    session.answer(1, session.current().right_key or "", clock.now())
    session.answer(2, session.current().right_key or "", clock.now())
    session.close_question(clock.now())
    session.answer(2, "true" if session.current().question.answer else "false", clock.now())
    session.close_question(clock.now())
    assert session.finished
    table = session.standings()
    assert [(r.user_id, r.points, r.correct, r.answered) for r in table] == [
        (2, 200, 2, 2),
        (1, 100, 1, 1),
    ]
    with pytest.raises(QuizError, match="ended"):
        session.answer(1, "A", clock.now())


def test_a_quiz_on_a_served_copy_asks_the_copy_questions_after_the_original_was_quizzed():
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    SoloSession.start("orig", 1, MINI, count=2, seed=3, now=now)  # the original's maps are built
    first = MINI.questions[0]
    served = served_briefing(MINI, "club-mini", {first.id: ("club-q1", "hash")})
    session = SoloSession("copy", 1, served, ["club-q1"], seed=3, started_at=now)
    assert session.current().question.id == "club-q1"
    assert session.current().section_id == MINI.section_of(first)
    with pytest.raises(QuizError):
        SoloSession("stale", 1, served, [first.id], seed=3, started_at=now)


def test_an_option_of_labelled_parts_is_picked_by_its_values_typed_in_order():
    # "Article: Austin; briefing: Kirby": a student types the two names, not the labels.
    nk = next(b for b in shipped() if b.id == "nk-troops-russia")
    qq = present(nk, nk.questions_by_id["q-who-confirmed"], random.Random(7))
    right = qq.right_key
    for typed in ("Austin; Kirby", "austin, then kirby", "Lloyd Austin / John Kirby"):
        assert judge(nk, qq, typed) == (True, right), typed
    reversed_key = qq.keys[qq.options.index("Article: Kirby; briefing: Austin")]
    assert judge(nk, qq, "Kirby; Austin") == (False, reversed_key)
    for unclear in ("Austin", "Austin Kirby", "Xi; Kirby"):
        with pytest.raises(InvalidInput, match="Pick one of"):
            judge(nk, qq, unclear)
