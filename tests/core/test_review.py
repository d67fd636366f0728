"""Spaced review: ratings from right/wrong and speed, and when questions come back."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random

import pytest
from fsrs import Card, Scheduler, State

from bot.core.models import QuestionKind
from bot.core.progress import ReviewState
from bot.core.review import (
    MASTERED_STABILITY_DAYS,
    Rating,
    ReviewScheduler,
    _card_json,
    rate,
)
from tests.fsrs_reference import fsrs_scheduler

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("correct", "seconds", "expected", "rating"),
    [
        (False, 1.0, 20.0, Rating.Again),
        (False, 60.0, 20.0, Rating.Again),
        (True, 3.0, 20.0, Rating.Easy),
        (True, 10.0, 20.0, Rating.Easy),  # half the expected time is still fast
        (True, 10.5, 20.0, Rating.Good),
        (True, 20.0, 20.0, Rating.Good),
        (True, 20.5, 20.0, Rating.Hard),
        (True, 300.0, 20.0, Rating.Hard),
        (True, 3.0, 0.0, Rating.Good),  # untimed: no expectation, no speed bonus
        (True, math.nan, 20.0, Rating.Good),
        (True, -1.0, 20.0, Rating.Good),
    ],
)
def test_a_typed_answer_to_a_question_seen_before_is_rated_by_speed(
    correct: bool, seconds: float, expected: float, rating: Rating
) -> None:
    assert rate(correct, seconds, expected, kind="short", learning=False) == rating


@pytest.mark.parametrize("kind", ["choice", "truefalse"])
@pytest.mark.parametrize("learning", [True, False])
@pytest.mark.parametrize(
    ("correct", "seconds", "rating"),
    [
        (False, 1.0, Rating.Again),
        (True, 1.0, Rating.Good),  # fast, but a lucky pick is just as fast
        (True, 10.0, Rating.Good),
        (True, 20.0, Rating.Good),
        (True, 20.5, Rating.Hard),
    ],
)
def test_a_right_pick_among_shown_options_is_never_rated_easy(
    kind: QuestionKind, learning: bool, correct: bool, seconds: float, rating: Rating
) -> None:
    assert rate(correct, seconds, 20.0, kind=kind, learning=learning) == rating


@pytest.mark.parametrize(
    ("correct", "seconds", "rating"),
    [
        (False, 1.0, Rating.Again),
        (True, 1.0, Rating.Good),  # just read in the briefing: not yet a memory
        (True, 20.0, Rating.Good),
        (True, 20.5, Rating.Hard),
    ],
)
def test_a_typed_answer_while_learning_is_never_rated_easy(
    correct: bool, seconds: float, rating: Rating
) -> None:
    assert rate(correct, seconds, 20.0, kind="short", learning=True) == rating


def _back_in(scheduler: ReviewScheduler, ratings: list[Rating]) -> dt.timedelta:
    """How long after the last of `ratings` (each given when the question came due) the
    question comes back."""
    states = _history(ratings, scheduler)
    before = states[-2].due if len(states) > 1 else NOW
    return states[-1].due - before


@pytest.mark.parametrize(
    ("ratings", "interval"),
    [
        # A first answer: FSRS's learning steps (1 and 10 minutes), or straight to days.
        ([Rating.Again], dt.timedelta(minutes=1)),
        ([Rating.Hard], dt.timedelta(minutes=5, seconds=30)),
        ([Rating.Good], dt.timedelta(minutes=10)),
        ([Rating.Easy], 8 * DAY),  # what a fast first answer got before: no longer given
        # The second answer, ten minutes after a first right one: the question graduates.
        ([Rating.Good, Rating.Good], 2 * DAY),
        ([Rating.Good, Rating.Easy], 4 * DAY),
        ([Rating.Good, Rating.Hard], dt.timedelta(minutes=10)),
        ([Rating.Good, Rating.Again], dt.timedelta(minutes=1)),
        # The third, once learnt: Good, or Easy (a fast typed answer).
        ([Rating.Good, Rating.Good, Rating.Good], 11 * DAY),
        ([Rating.Good, Rating.Good, Rating.Easy], 19 * DAY),
    ],
)
def test_fsrs_first_intervals_as_the_readme_states_them(
    ratings: list[Rating], interval: dt.timedelta
) -> None:
    assert _back_in(ReviewScheduler(fuzz=False), ratings) == interval
    reference = fsrs_scheduler(fuzz=False)
    card, due = Card(), NOW
    for rating in ratings:
        before = due
        card, _log = reference.review_card(card, rating, review_datetime=due)
        due = card.due
    assert due - before == interval


def _history(ratings: list[Rating], scheduler: ReviewScheduler) -> list[ReviewState]:
    """Answer each time the question comes due; the states after each answer."""
    states: list[ReviewState] = []
    state, now = None, NOW
    for rating in ratings:
        state = scheduler.review(state, rating, now)
        states.append(state)
        now = state.due
    return states


def test_a_missed_question_comes_back_within_minutes() -> None:
    state = ReviewScheduler(fuzz=False).review(None, Rating.Again, NOW)

    assert NOW < state.due <= NOW + dt.timedelta(minutes=10)
    assert not state.mastered


def test_a_known_question_comes_back_days_later() -> None:
    state = ReviewScheduler(fuzz=False).review(None, Rating.Easy, NOW)

    assert state.due >= NOW + 3 * DAY


def test_the_better_the_answer_the_later_it_returns() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    dues = [scheduler.review(None, r, NOW).due for r in Rating]  # Again, Hard, Good, Easy

    assert dues == sorted(dues)
    assert dues[0] < dues[-1]


def test_intervals_grow_while_the_answers_stay_right() -> None:
    states = _history([Rating.Good] * 6, ReviewScheduler(fuzz=False))
    gaps = [b.due - a.due for a, b in itertools.pairwise(states)]

    assert all(later > earlier for earlier, later in itertools.pairwise(gaps))
    assert states[-1].mastered
    assert not states[0].mastered


def test_forgetting_a_known_question_brings_it_back_soon() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    known = _history([Rating.Good] * 5, scheduler)[-1]

    lapsed = scheduler.review(known, Rating.Again, known.due)

    assert lapsed.due <= known.due + dt.timedelta(hours=1)
    assert not lapsed.mastered


def test_state_round_trips_through_json_and_any_utc_offset() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    state = scheduler.review(None, Rating.Good, NOW)
    json.loads(state.card)  # the store keeps it as text

    berlin = dt.timezone(dt.timedelta(hours=1))
    copy = ReviewState(card=state.card, due=state.due.astimezone(berlin))
    later = scheduler.review(copy, Rating.Good, state.due.astimezone(berlin))

    assert later.due.tzinfo == dt.UTC
    assert later == scheduler.review(state, Rating.Good, state.due)


def test_answer_rates_and_reviews_in_one_step() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    states = []
    state, now = None, NOW
    for _ in range(3):  # fast and typed: Good, Good while learning, then Easy once learnt
        state = scheduler.answer(
            state, correct=True, seconds=2, expected_seconds=20, kind="short", now=now
        )
        states.append(state)
        now = state.due

    history = _history([Rating.Good, Rating.Good, Rating.Easy], scheduler)
    assert [(s.due, s.mastered) for s in states] == [(h.due, h.mastered) for h in history]
    # each card is fsrs's, followed by the card before its answer (for "I guessed")
    assert all(s.card.startswith(h.card[:-1]) for s, h in zip(states, history, strict=True))


def test_a_fast_right_first_pick_comes_back_in_ten_minutes_not_eight_days() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    picked = scheduler.answer(
        None, correct=True, seconds=1, expected_seconds=20, kind="truefalse", now=NOW
    )
    again = scheduler.answer(
        picked, correct=True, seconds=1, expected_seconds=20, kind="truefalse", now=picked.due
    )

    assert picked.due - NOW == dt.timedelta(minutes=10)
    assert again.due - picked.due == 2 * DAY  # Good again: graduates as Anki's Good does


def test_retrievability_falls_as_time_passes() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    state = scheduler.review(None, Rating.Good, NOW)

    soon, later = (scheduler.retrievability(state, NOW + n * DAY) for n in (1, 30))
    assert 0 < later < soon <= 1


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ReviewScheduler().review(None, Rating.Good, NOW.replace(tzinfo=None))


@pytest.mark.parametrize("fuzz", [False, True])
def test_states_are_exactly_what_fsrs_computes(fuzz: bool) -> None:
    ours = ReviewScheduler(fuzz=fuzz)
    theirs = fsrs_scheduler(fuzz=fuzz)
    pick = random.Random(5)
    state: ReviewState | None = None
    card = Card(card_id=0, state=State.Learning, due=NOW)
    now = NOW
    for _ in range(40):
        rating = pick.choice(list(Rating))
        now += dt.timedelta(minutes=pick.randint(0, 60 * 24 * 9))
        random.seed(now.timestamp())  # FSRS fuzzes with the `random` module
        state = ours.review(state, rating, now)
        random.seed(now.timestamp())
        card, _log = theirs.review_card(card, rating, review_datetime=now)
        assert state.card == card.to_json()
        assert state.due == card.due
    assert state is not None and json.loads(state.card)["state"] == card.state.value


@pytest.mark.parametrize("fuzz", [False, True])
def test_a_first_answer_is_exactly_what_fsrs_computes_at_any_time(fuzz: bool) -> None:
    """A new card's first review, with every rating at times of every shape (microseconds or
    none, another UTC offset, across midnight and a year's end), is fsrs's own: card, due,
    mastered, and the random numbers fsrs's fuzz draws (none unless it fuzzes)."""
    ours = ReviewScheduler(fuzz=fuzz)
    theirs = fsrs_scheduler(fuzz=fuzz)
    tokyo = dt.timezone(dt.timedelta(hours=9))
    times = [
        NOW,
        NOW.replace(microsecond=1),
        dt.datetime(2025, 12, 31, 23, 57, 30, 999_999, tzinfo=dt.UTC),
        dt.datetime(2026, 1, 1, 8, 55, 0, 250_000, tzinfo=tokyo),  # 23:55 UTC the day before
    ]
    for now, rating in itertools.product(times, Rating):
        random.seed(now.timestamp())
        state = ours.review(None, rating, now)
        after_ours = random.random()
        random.seed(now.timestamp())
        card, _log = theirs.review_card(
            Card(card_id=0, state=State.Learning, due=now),
            rating,
            review_datetime=now.astimezone(dt.UTC),
        )
        assert (state.card, state.due) == (card.to_json(), card.due)
        assert state.due.tzinfo is dt.UTC
        assert state.mastered == (
            card.state == State.Review and (card.stability or 0) >= MASTERED_STABILITY_DAYS
        )
        assert after_ours == random.random()  # the same draws as fsrs's own review


@pytest.mark.parametrize("seed", range(6))
def test_a_card_fsrs_stored_reviews_as_fsrs_reviews_it(seed: int) -> None:
    """Rows written before the card had its own writer (by `Card.to_json`) move on the same."""
    ours = ReviewScheduler()
    theirs = fsrs_scheduler(fuzz=True)  # fsrs's default, as ReviewScheduler's
    pick = random.Random(seed)
    card = Card(card_id=1_700_000_000_000 + seed, state=State.Learning, due=NOW)
    now = NOW
    for _ in range(25):
        rating = pick.choice(list(Rating))
        now += dt.timedelta(minutes=pick.randint(0, 60 * 24 * 30))
        stored = ReviewState(card=card.to_json(), due=card.due)
        random.seed(now.timestamp())
        state = ours.review(stored, rating, now)
        random.seed(now.timestamp())
        card, _log = theirs.review_card(card, rating, review_datetime=now)
        assert (state.card, state.due) == (card.to_json(), card.due)
        assert ours.retrievability(state, now) == theirs.get_card_retrievability(card, now)


@pytest.mark.parametrize(
    "card",
    [
        Card(card_id=7, state=State.Learning, due=NOW),  # never reviewed: no numbers yet
        Card(card_id=8, state=State.Review, step=None, stability=30.5, difficulty=4.25, due=NOW),
        Card(card_id=9, state=State.Relearning, step=0, stability=2.5, difficulty=6.0, due=NOW),
        Card(card_id=10, state=State.Review, stability=math.nan, difficulty=5.0, last_review=NOW),
        Card(card_id=11, state=State.Review, stability=math.inf, difficulty=5.0, last_review=NOW),
        Card(
            card_id=12, state=State.Learning, step=1, stability=0.4, difficulty=9.5, last_review=NOW
        ),
    ],
)
def test_any_card_is_stored_as_fsrs_writes_it(card: Card) -> None:
    """Whatever a card holds, it is stored exactly as `Card.to_json` writes it (the rows fsrs
    itself wrote are in databases), and a reviewed one as fsrs's reviewed one."""
    assert _card_json(card) == card.to_json()
    if card.difficulty is not None and math.isfinite(card.stability or 0):
        state = ReviewScheduler(fuzz=False).review(
            ReviewState(card=card.to_json(), due=NOW), Rating.Good, NOW + DAY
        )
        theirs, _log = fsrs_scheduler(fuzz=False).review_card(
            Card.from_json(card.to_json()), Rating.Good, review_datetime=NOW + DAY
        )
        assert state.card == theirs.to_json()


@pytest.mark.parametrize(
    ("retention", "longest"),
    [(0.9, 365), (0.8, 365), (0.7, 365), (0.97, 365), (0.7, 12), (0.9, 3)],
)
def test_a_fuzzed_first_answer_lands_on_the_day_fsrs_picks_for_every_draw(
    retention: float, longest: int
) -> None:
    """An Easy first answer's interval is fuzzed as fsrs's own review fuzzes it, whatever the
    draw: over many seeds, with intervals in every range of fsrs's fuzz and a longest interval
    that cuts it short, the same due time and the same number of draws."""
    ours = ReviewScheduler(desired_retention=retention, maximum_interval_days=longest)
    theirs = Scheduler(
        desired_retention=retention,
        learning_steps=(dt.timedelta(minutes=1), dt.timedelta(minutes=10)),
        relearning_steps=(dt.timedelta(minutes=10),),
        maximum_interval=longest,
    )
    days = set()
    for seed in range(400):
        random.seed(seed)
        state = ours.review(None, Rating.Easy, NOW)
        after_ours = random.random()
        random.seed(seed)
        card, _log = theirs.review_card(
            Card(card_id=0, state=State.Learning, due=NOW), Rating.Easy, review_datetime=NOW
        )
        assert (state.card, state.due) == (card.to_json(), card.due)
        assert after_ours == random.random()
        days.add((state.due - NOW).days)
    plain = ReviewScheduler(desired_retention=retention, maximum_interval_days=longest, fuzz=False)
    unfuzzed = plain.review(None, Rating.Easy, NOW).due - NOW
    # fsrs fuzzes an interval of 2.5 days or more (here every one but 0.97's two days)
    assert len(days) > 1 or unfuzzed < dt.timedelta(days=2.5)


def test_a_guess_comes_back_in_a_minute_and_marking_it_twice_changes_nothing() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    answered = scheduler.review(None, Rating.Good, NOW)
    later = NOW + dt.timedelta(seconds=30)

    guessed = scheduler.guessed(answered, NOW, later)

    assert guessed is not None and guessed.due == later + dt.timedelta(minutes=1)
    assert scheduler.guessed(guessed, NOW, later + DAY) is None
    again = scheduler.review(answered, Rating.Good, answered.due)  # answered again since
    assert scheduler.guessed(again, NOW, answered.due) is None


def test_a_guess_on_a_graduated_question_brings_it_back_within_minutes_not_days() -> None:
    scheduler = ReviewScheduler(fuzz=False)
    learnt = _history([Rating.Good, Rating.Good], scheduler)  # back in two days
    answered_at = learnt[0].due

    guessed = scheduler.guessed(learnt[1], answered_at, answered_at)

    assert guessed is not None
    assert answered_at < guessed.due <= answered_at + dt.timedelta(minutes=11)


@pytest.mark.parametrize("learnt", [False, True])
def test_a_guess_replaces_the_answers_review_as_a_miss_would_have_rated_it(learnt: bool) -> None:
    """ "I guessed" replaces the right answer's review: the card is then exactly what a wrong
    answer at that moment would have left (one review for the answer, not Good then Again), and
    the next answer moves on from there; a second mark changes nothing."""
    scheduler = ReviewScheduler(fuzz=False)
    before = None
    answered_at = NOW
    if learnt:  # a question back from spaced review, days later
        before = scheduler.answer(
            None, correct=True, seconds=4, expected_seconds=20, kind="text", now=NOW
        )
        before = scheduler.answer(
            before, correct=True, seconds=4, expected_seconds=20, kind="text", now=before.due
        )
        answered_at = before.due
    answer = {"seconds": 4.0, "expected_seconds": 20.0, "kind": "choice"}
    right = scheduler.answer(before, correct=True, now=answered_at, **answer)  # type: ignore[arg-type]
    wrong = scheduler.answer(before, correct=False, now=answered_at, **answer)  # type: ignore[arg-type]

    guessed = scheduler.guessed(right, answered_at, answered_at + dt.timedelta(minutes=3))

    assert guessed is not None and guessed.due == wrong.due
    assert json.loads(guessed.card)["stability"] == json.loads(wrong.card)["stability"]
    assert scheduler.guessed(guessed, answered_at, answered_at + DAY) is None
    later = wrong.due + dt.timedelta(minutes=2)
    after_guess = scheduler.answer(guessed, correct=True, now=later, **answer)  # type: ignore[arg-type]
    after_miss = scheduler.answer(wrong, correct=True, now=later, **answer)  # type: ignore[arg-type]
    assert (after_guess.due, after_guess.mastered) == (after_miss.due, after_miss.mastered)
    assert scheduler.retrievability(after_guess, later) == scheduler.retrievability(
        after_miss, later
    )


@pytest.mark.parametrize(("draw", "days"), [(0.0, 9), (0.999999, 14)])
def test_the_readme_s_eleven_days_come_back_nine_to_fourteen_days_later(
    monkeypatch: pytest.MonkeyPatch, draw: float, days: int
) -> None:
    """Right three times (the first answer, 10 minutes later, 2 days later): the 11 days the
    README's table gives are spread by fsrs's fuzz from 9 days (its lowest draw) to 14 (its
    highest, rounded up past the top), as the README says."""
    monkeypatch.setattr("fsrs.scheduler.random", lambda: draw)
    scheduler = ReviewScheduler()
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    state = scheduler.review(None, Rating.Good, now)
    assert state.due - now == dt.timedelta(minutes=10)
    state = scheduler.review(state, Rating.Good, state.due)
    assert state.due - now == dt.timedelta(minutes=10) + dt.timedelta(days=2)
    learnt = state.due
    state = scheduler.review(state, Rating.Good, learnt)
    assert state.due - learnt == dt.timedelta(days=days)
