"""Spaced review with FSRS: when a question should come back to a student.

Each (user, question) pair is an FSRS card. An answer becomes an FSRS rating from whether it
was right, how long it took, what kind of question it was and whether it was still being learnt
(`rate`), and `ReviewScheduler` moves the card on and says when
it is due again: a missed question returns within minutes, a known one days or weeks later.
The card travels as JSON inside a `ReviewState`, which the store keeps without reading it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from typing import NamedTuple

from fsrs import Card, Rating, Scheduler, State
from fsrs import scheduler as fsrs_module

from bot.core.models import QuestionKind
from bot.core.progress import ReviewState
from bot.core.utc_text import utc_iso

__all__ = [
    "FAST_FRACTION",
    "GUESSABLE_KINDS",
    "MASTERED_STABILITY_DAYS",
    "Rating",
    "ReviewScheduler",
    "rate",
]

FAST_FRACTION = 0.5
"""A right typed answer to a learnt question within this share of the expected time is Easy."""

GUESSABLE_KINDS: frozenset[QuestionKind] = frozenset({"choice", "truefalse"})
"""Question kinds answered by picking a shown option: a right pick may be a lucky guess (one in
two on true/false, one in four on four options), so it is never rated Easy."""

MASTERED_STABILITY_DAYS = 21.0
"""A card in review whose memory stability reaches this many days counts as mastered
(Anki calls cards with intervals of 21 days or more "mature")."""


def rate(
    correct: bool,
    seconds: float,
    expected_seconds: float,
    *,
    kind: QuestionKind,
    learning: bool,
) -> Rating:
    """The FSRS rating for an answer to a question of `kind`; `learning` when the student is
    still learning it (a first answer, or within FSRS's learning or relearning steps).

    Wrong is Again. Right is Good, or Hard when slower than the expected time. Easy only for
    a typed answer given within `FAST_FRACTION` of the expected time to a learnt question
    (one back from spaced review): a pick among shown options may be a guess
    (`GUESSABLE_KINDS`), and a right answer while learning may come from the briefing just
    read or the answer just shown, not from memory (FSRS would send a first Easy eight days
    away, past its learning steps). Without usable timing (an untimed quiz with no
    expectation, or a time that is negative or not a number) right is Good.
    """
    if not correct:
        return Rating.Again
    if not (expected_seconds > 0 and math.isfinite(expected_seconds)):
        return Rating.Good
    if not (seconds >= 0 and math.isfinite(seconds)):
        return Rating.Good
    if seconds > expected_seconds:
        return Rating.Hard
    recalled = kind not in GUESSABLE_KINDS and not learning
    if recalled and seconds <= expected_seconds * FAST_FRACTION:
        return Rating.Easy
    return Rating.Good


class _Card(Card):
    """FSRS's card, copied field by field: FSRS copies the card it reviews (`copy.copy`), whose
    generic path (`__reduce_ex__`, `copyreg`, `_reconstruct`) costs some seven Python calls
    on every answer; the copy holds the same fields either way."""

    def __copy__(self) -> _Card:
        twin = object.__new__(_Card)
        twin.__dict__.update(self.__dict__)
        return twin


def _number_json(value: float | None) -> str:
    if value is None:
        return "null"
    return repr(value) if math.isfinite(value) else json.dumps(value)  # NaN, Infinity as JSON


def _time_json(value: dt.datetime | None) -> str:
    return "null" if value is None else '"' + utc_iso(value) + '"'


def _card_json(card: Card) -> str:
    """The card exactly as fsrs's `Card.to_json` writes it (the form the store keeps), built as
    one string instead of a dict handed to the JSON encoder (a third of a review's CPU).

    A reviewed card (every card stored) has its stability and difficulty set and finite and a
    last review: those are written in place; any other card through `_number_json` and
    `_time_json`."""
    stability, difficulty, last = card.stability, card.difficulty, card.last_review
    if last is None or stability is None or difficulty is None:
        return _any_card_json(card)
    if not (math.isfinite(stability) and math.isfinite(difficulty)):
        return _any_card_json(card)
    step = "null" if card.step is None else repr(card.step)
    return (
        f'{{"card_id": {card.card_id!r}, "state": {int(card.state)}, '
        f'"step": {step}, "stability": {stability!r}, "difficulty": {difficulty!r}, '
        f'"due": "{utc_iso(card.due)}", "last_review": "{utc_iso(last)}"}}'
    )


def _any_card_json(card: Card) -> str:
    """`_card_json` for any card: numbers that may be missing or not finite, no last review."""
    return (
        f'{{"card_id": {card.card_id!r}, "state": {int(card.state)}, '
        f'"step": {_number_json(card.step)}, "stability": {_number_json(card.stability)}, '
        f'"difficulty": {_number_json(card.difficulty)}, "due": {_time_json(card.due)}, '
        f'"last_review": {_time_json(card.last_review)}}}'
    )


def _card_from_json(text: str) -> _Card:
    """The card fsrs's `Card.from_json` reads from `text` (its own JSON, not the card before
    its answer that follows), without its constructor's calls."""
    fields = json.loads(_own_card(text))
    stability, difficulty, last_review = (
        fields["stability"],
        fields["difficulty"],
        fields["last_review"],
    )
    card = object.__new__(_Card)
    card.__dict__.update(
        card_id=int(fields["card_id"]),
        state=State(int(fields["state"])),
        step=fields["step"],
        stability=float(stability) if stability else None,
        difficulty=float(difficulty) if difficulty else None,
        due=dt.datetime.fromisoformat(fields["due"]),
        last_review=dt.datetime.fromisoformat(last_review) if last_review else None,
    )
    return card


_SAME_MOMENT = dt.timedelta(milliseconds=1)
"""How far a card's last review may be from an answer's stored time and still be that answer's
(a store may keep times to the millisecond)."""

_REVIEW_STATE = f'"state": {int(State.Review)},'
"""How a stored card in FSRS's Review state (learnt, past its learning steps) says so."""

_LAST_REVIEW = '", "last_review": "'
"""What follows a reviewed card's due time in its JSON, up to its last review's time."""

_BEFORE = ', "before": '
"""After an answer's card (fsrs's JSON), the card before that answer (or null for a first
answer): what "I guessed" re-rates the answer from, so that it replaces the answer's review."""

_GUESSED = ', "guessed": true'
"""After an answer's card, marks the answer's review as already re-rated as a guess."""


def _own_card(text: str) -> str:
    """A stored card's own JSON (as fsrs writes it), without what follows it about its answer."""
    end = text.find(_BEFORE)  # the card's own fields come first, then any mark, then this
    if end < 0:
        return text
    if text.startswith(_GUESSED, end - len(_GUESSED)):
        end -= len(_GUESSED)
    return text[:end] + "}"


def _with_before(state: ReviewState, before: ReviewState | None, mark: str = "") -> ReviewState:
    """`state` (a card as fsrs writes it) followed by the card before its answer."""
    previous = "null" if before is None else _own_card(before.card)
    return ReviewState(f"{state.card[:-1]}{mark}{_BEFORE}{previous}}}", state.due, state.mastered)


class _Fuzz(NamedTuple):
    """How fsrs fuzzes one interval: `random()` spread over `days` days from `fewest`,
    rounded, is the number of days, `intervals[days drawn - fewest]` (within the longest
    interval, as fsrs keeps it)."""

    fewest: int
    days: int
    intervals: tuple[dt.timedelta, ...]


class _FirstReview(NamedTuple):
    """What a new card's first review with one rating leaves, whenever it is given."""

    head: str
    """The card's JSON up to its due time (card id, state, step, stability, difficulty)."""
    interval: dt.timedelta
    """From the review to the card's due time (before fuzz)."""
    mastered: bool
    fuzz: _Fuzz | None
    """Where fsrs fuzzes the interval (an outcome in the Review state, fuzzing on, at least
    2.5 days), how (`_fuzz_days`)."""


def _fuzz_days(interval: dt.timedelta, maximum_days: int) -> _Fuzz | None:
    """How fsrs fuzzes `interval`, worked out once, or None where fsrs leaves it as it is
    (under 2.5 days).

    fsrs widens an interval by a day plus a share of its length per range of lengths
    (`FUZZ_RANGES`), keeps the low end at two days or more and the high end within the
    longest interval, then draws `random()` once: the fuzzed interval is that draw spread
    over the days, rounded, and at most the longest interval (`ReviewScheduler.review`). It
    does all this, and builds the interval, on every review it fuzzes; for a first answer's
    fixed interval the bounds and the intervals it can draw never change.
    """
    days = interval.days
    if days < 2.5:
        return None
    widen = 1.0
    for span in fsrs_module.FUZZ_RANGES:
        widen += span["factor"] * max(min(float(days), span["end"]) - span["start"], 0.0)
    highest = min(round(days + widen), maximum_days)
    fewest = min(max(2, round(days - widen)), highest)
    spread = highest - fewest + 1  # a draw just under 1 rounds to one day past `highest`
    drawn = [dt.timedelta(days=min(fewest + k, maximum_days)) for k in range(spread + 1)]
    return _Fuzz(fewest, spread, tuple(drawn))


def _first_reviews(fsrs: Scheduler) -> dict[Rating, _FirstReview]:
    """A new card's first review by `fsrs`, per rating whose outcome is fixed.

    A new card has no stability, difficulty or last review, so its first review depends only
    on the rating: the card it leaves is the same whenever it is given, due the same interval
    later, with that time as its last review. Reviewed once here with fuzzing off, at a fixed
    time; when `fsrs` fuzzes, an outcome in the Review state (and no other) has its interval
    fuzzed on each answer with fsrs's own draw, as its review would (`_fuzz_days`).
    """
    fixed = Scheduler(
        parameters=fsrs.parameters,
        desired_retention=fsrs.desired_retention,
        learning_steps=fsrs.learning_steps,
        relearning_steps=fsrs.relearning_steps,
        maximum_interval=fsrs.maximum_interval,
        enable_fuzzing=False,
    )
    at = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    firsts: dict[Rating, _FirstReview] = {}
    for rating in Rating:
        card, _log = fixed.review_card(_new_card(at), rating, review_datetime=at)
        text = _card_json(card)
        due = card.due.isoformat()
        head = text[: text.index(f'"due": "{due}"') + len('"due": "')]
        if text != f'{head}{due}{_LAST_REVIEW}{at.isoformat()}"}}':
            continue  # not a card this shortcut can write: fsrs reviews it
        interval = card.due - at
        fuzzed = fsrs.enable_fuzzing and card.state == State.Review
        fuzz = _fuzz_days(interval, fsrs.maximum_interval) if fuzzed else None
        firsts[rating] = _FirstReview(head, interval, _mastered(card), fuzz)
    return firsts


def _new_card(now: dt.datetime) -> _Card:
    """A card never reviewed, as a first answer at `now` starts from."""
    return _Card(card_id=0, state=State.Learning, due=now)


def _mastered(card: Card) -> bool:
    return (
        card.state == State.Review
        and card.stability is not None
        and card.stability >= MASTERED_STABILITY_DAYS
    )


def _utc(now: dt.datetime) -> dt.datetime:
    if now.tzinfo is dt.UTC:
        return now
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    return now.astimezone(dt.UTC)


class ReviewScheduler:
    """Moves a question's review state on after an answer, with an injected `now`.

    `fuzz` spreads long intervals (a day plus a share of their length each way, as Anki
    does) so that questions learnt together do not all come back on the same day; turn it
    off for repeatable schedules.
    """

    def __init__(
        self,
        *,
        desired_retention: float = 0.9,
        learning_steps: Sequence[dt.timedelta] = (
            dt.timedelta(minutes=1),
            dt.timedelta(minutes=10),
        ),
        relearning_steps: Sequence[dt.timedelta] = (dt.timedelta(minutes=10),),
        maximum_interval_days: int = 365,
        fuzz: bool = True,
    ) -> None:
        self._fsrs = Scheduler(
            desired_retention=desired_retention,
            learning_steps=tuple(learning_steps),
            relearning_steps=tuple(relearning_steps),
            maximum_interval=maximum_interval_days,
            enable_fuzzing=fuzz,
        )
        self._first = _first_reviews(self._fsrs)

    def review(self, state: ReviewState | None, rating: Rating, now: dt.datetime) -> ReviewState:
        """The state after answering with `rating` at `now`; `state` None means a first answer.

        A first answer whose outcome does not depend on when it is given (`_first_reviews`)
        is written from that outcome, without fsrs reviewing a new card each time."""
        now = _utc(now)
        if state is None:
            first = self._first.get(rating)
            if first is not None:
                interval = first.interval
                fuzz = first.fuzz
                if fuzz is not None:  # fsrs's fuzz: its one draw, as fsrs rounds it
                    drawn = round(fsrs_module.random() * fuzz.days + fuzz.fewest)
                    interval = fuzz.intervals[drawn - fuzz.fewest]
                due = now + interval
                card_text = f'{first.head}{utc_iso(due)}{_LAST_REVIEW}{utc_iso(now)}"}}'
                return ReviewState(card=card_text, due=due, mastered=first.mastered)
        card: Card = _card_from_json(state.card) if state is not None else _new_card(now)
        card, _log = self._fsrs.review_card(card, rating, review_datetime=now)
        due = card.due if card.due.tzinfo is dt.UTC else card.due.astimezone(dt.UTC)
        return ReviewState(card=_card_json(card), due=due, mastered=_mastered(card))

    def answer(
        self,
        state: ReviewState | None,
        *,
        correct: bool,
        seconds: float,
        expected_seconds: float,
        kind: QuestionKind,
        now: dt.datetime,
    ) -> ReviewState:
        """Rate an answer to a question of `kind` with `rate` (still learning unless `state`
        is a card in FSRS's Review state) and review with that rating. The card keeps the
        card before this answer, so that `guessed` can replace this answer's review."""
        learning = state is None or _REVIEW_STATE not in _own_card(state.card)
        rating = rate(correct, seconds, expected_seconds, kind=kind, learning=learning)
        return _with_before(self.review(state, rating, now), state)

    def guessed(
        self, state: ReviewState, answered_at: dt.datetime, now: dt.datetime
    ) -> ReviewState | None:
        """The state once the student says their right answer at `answered_at` was a guess:
        that answer's review replaced by one rated Again at the same time, as if it had been
        missed, so the question comes back within minutes of it and the card holds one review
        for the answer. None when the card has been reviewed since that answer (answered
        again) or is already marked: a second mark changes nothing.

        A card stored before cards kept the card before their answer is reviewed Again once
        more, at `now` (or a second after the answer if `now` is not later)."""
        card = _card_from_json(state.card)
        answered_at = _utc(answered_at)
        last = card.last_review
        if last is None or abs(last - answered_at) > _SAME_MOMENT:
            return None
        if _GUESSED in state.card:
            return None
        at = state.card.find(_BEFORE)
        if at < 0:  # written before cards kept the card before their answer
            return self.review(
                state, Rating.Again, max(_utc(now), answered_at + dt.timedelta(seconds=1))
            )
        previous_text = state.card[at + len(_BEFORE) : -1]
        previous = None if previous_text == "null" else ReviewState(previous_text, answered_at)
        replaced = self.review(previous, Rating.Again, last)
        return _with_before(replaced, previous, _GUESSED)

    def retrievability(self, state: ReviewState, now: dt.datetime) -> float:
        """The chance, from 0 to 1, that the user still knows the answer at `now`."""
        card = Card.from_json(_own_card(state.card))
        return float(self._fsrs.get_card_retrievability(card, _utc(now)))
