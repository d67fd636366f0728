"""Quiz rules: picking questions, reading answers, scoring solo and group sessions.

Plain objects keyed by plain user ids that return result values; adapters only call
`session.answer(user_id, text)` and render what comes back. A session's whole state is a small
dict (`to_state`/`from_state`), so a quiz survives a restart of the bot.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.core.errors import InvalidInput, QuizError
from bot.core.mentions import without_mentions
from bot.core.models import Briefing, Difficulty, EditorNote, Question
from bot.core.wording import difficulty_name
from bot.i18n import _

__all__ = [
    "MAX_QUESTIONS",
    "AnswerResult",
    "GroupSession",
    "PlayerStanding",
    "QuestionResult",
    "QuizQuestion",
    "QuizSummary",
    "SoloSession",
    "Vote",
    "pick_questions",
    "players_own_state",
    "present",
    "quiz_ended",
]

LETTERS = "ABCDE"
MAX_QUESTIONS = 25
MAX_ANSWER_CHARS = 300


def quiz_ended() -> QuizError:
    """What an action on a quiz that is no longer live is told."""
    return QuizError(_("This quiz has ended: start a new one with /quiz."))


_TRUE_FALSE = ("true", "false")
_LETTER_KEYS = tuple(tuple(LETTERS[:count]) for count in range(len(LETTERS) + 1))
"""The keys of a question with as many options as the index (built once, not per click)."""


@dataclass(frozen=True, slots=True)
class QuizQuestion:
    """A question as shown in one session: its options in this session's order."""

    briefing_id: str
    question: Question
    options: tuple[str, ...]  # choice texts in shown order; ("True", "False") for truefalse
    section_id: str | None = None
    keys: tuple[str, ...] = field(init=False, repr=False, compare=False)
    """What a user types or clicks for each option: A-E, or true/false (set once: a click
    reads them several times)."""

    def __post_init__(self) -> None:
        keys = (
            _TRUE_FALSE
            if self.question.kind == "truefalse"
            else _LETTER_KEYS[min(len(self.options), len(LETTERS))]
        )
        object.__setattr__(self, "keys", keys)

    @property
    def right_key(self) -> str | None:
        """The key of the right option; None for a short-answer question."""
        q = self.question
        if q.kind == "truefalse":
            return "true" if q.answer is True else "false"
        if q.kind == "choice":
            folded = [o.casefold() for o in self.options]
            return self.keys[folded.index(q.answer_text.casefold())]
        return None


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """What happened when someone answered: right or not, the right answer, and why."""

    quiz_question: QuizQuestion
    given: str
    chosen_key: str | None
    correct: bool
    seconds: float
    notes: tuple[EditorNote, ...] = ()

    @property
    def right_answer(self) -> str:
        """The right answer as a reader sees it."""
        return self.quiz_question.question.answer_text

    @property
    def explanation(self) -> str:
        """Why the right answer is right."""
        return self.quiz_question.question.explanation


@dataclass(frozen=True, slots=True)
class QuizSummary:
    """The end of a solo quiz: the score, the time, and what to review."""

    correct: int
    total: int  # questions answered
    seconds: float
    missed: tuple[QuizQuestion, ...]
    planned: int = 0  # questions in the quiz; more than `total` when stopped early


def pick_questions(
    briefing: Briefing,
    count: int,
    rng: random.Random,
    difficulty: Difficulty | None = None,
    only: Sequence[str] | None = None,
) -> list[Question]:
    """Choose up to `count` questions, optionally of one difficulty or from a list of ids."""
    if not 1 <= count <= MAX_QUESTIONS:
        raise InvalidInput(_("Pick between 1 and {most} questions.").format(most=MAX_QUESTIONS))
    pool = list(briefing.questions)
    if only is not None:
        wanted = set(only)
        pool = [q for q in pool if q.id in wanted]
    if difficulty:
        pool = [q for q in pool if q.difficulty == difficulty]
    if not pool:
        if difficulty:
            message = _("“{briefing}” has no {difficulty} questions to ask.").format(
                briefing=briefing.title, difficulty=difficulty_name(difficulty)
            )
        else:
            message = _("“{briefing}” has no questions to ask.").format(briefing=briefing.title)
        raise InvalidInput(message)
    return rng.sample(pool, min(count, len(pool)))


def present(briefing: Briefing, question: Question, rng: random.Random) -> QuizQuestion:
    """A question as one session shows it: its choices shuffled by the session's `rng`."""
    if question.kind == "truefalse":
        options: tuple[str, ...] = (_("True"), _("False"))
    elif question.kind == "choice":
        shuffled = list(question.choices)
        rng.shuffle(shuffled)
        options = tuple(shuffled)
    else:
        options = ()
    return QuizQuestion(briefing.id, question, options, briefing.section_of(question))


def notes_for_question(briefing: Briefing, question: Question) -> tuple[EditorNote, ...]:
    """Editor's notes on a question or on any fact or quote it tests, each once."""
    return tuple(briefing.notes_for(question.id, *question.refs))


def kept_answer(text: str) -> str:
    """What is judged, kept and shown back of a typed answer: its words, without mentions
    (`bot.core.mentions`), at most MAX_ANSWER_CHARS."""
    return without_mentions(text).strip()[:MAX_ANSWER_CHARS]


def judge(briefing: Briefing, qq: QuizQuestion, text: str) -> tuple[bool, str | None]:
    """Read one answer to a question: whether it is right and which option it picked
    (`bot.core.answer_reading`, imported on first use: an idle bot does not carry the
    typed-answer matcher).

    A button's key ("A", "true") is that option, with nothing to read: it is judged here,
    without the reader's passes over the text (most answers are clicks)."""
    if text in qq.keys:
        return text == qq.right_key, text
    from bot.core.answer_reading import judge as read_answer

    return read_answer(briefing, qq, text)


def present_all(briefing: Briefing, question_ids: Sequence[str], seed: int) -> list[QuizQuestion]:
    """The questions of a session in order, their options shuffled by the session's seed.

    The same ids and seed always give the same options in the same order, which is what lets
    a session be rebuilt after a restart with every old button still meaning the same choice.
    """
    rng = random.Random(seed)
    by_id = briefing.questions_by_id
    if any(qid not in by_id for qid in question_ids):
        raise QuizError(_("This quiz's questions changed since it started: start a new one."))
    return [present(briefing, by_id[qid], rng) for qid in question_ids]


class SoloSession:
    """One student's quiz: questions in order, one answer each, a summary at the end."""

    def __init__(
        self,
        session_id: str,
        user_id: int,
        briefing: Briefing,
        question_ids: Sequence[str],
        seed: int,
        started_at: datetime,
    ) -> None:
        self.session_id = session_id
        self.user_id = user_id
        self.briefing = briefing
        self.seed = seed
        self.started_at = started_at
        self.questions = present_all(briefing, question_ids, seed)
        self.results: list[AnswerResult] = []
        self.asked_at = started_at

    @classmethod
    def start(
        cls,
        session_id: str,
        user_id: int,
        briefing: Briefing,
        *,
        count: int = 5,
        difficulty: Difficulty | None = None,
        only: Sequence[str] | None = None,
        seed: int,
        now: datetime,
    ) -> SoloSession:
        """A new session with freshly picked questions."""
        chosen = pick_questions(briefing, count, random.Random(seed), difficulty, only)
        return cls(session_id, user_id, briefing, [q.id for q in chosen], seed, now)

    @property
    def index(self) -> int:
        """How many questions were answered so far."""
        return len(self.results)

    @property
    def finished(self) -> bool:
        """True once every question has an answer."""
        return len(self.results) >= len(self.questions)

    def current(self) -> QuizQuestion:
        """The question waiting for an answer."""
        answered = len(self.results)  # `index`, read once (this runs several times a click)
        if answered >= len(self.questions):
            raise QuizError(_("This quiz is over. Start a new one with /quiz."))
        return self.questions[answered]

    def answer(
        self, user_id: int, text: str, now: datetime, question_index: int | None = None
    ) -> AnswerResult:
        """Judge and accept an answer to the current question (no store in between)."""
        result = self.judge_answer(user_id, text, now, question_index)
        self.accept(result, now)
        return result

    def judge_answer(
        self, user_id: int, text: str, now: datetime, question_index: int | None = None
    ) -> AnswerResult:
        """Judge an answer to the current question without changing the session.

        `question_index` guards against stale buttons. The caller commits the result, then
        calls `accept`: a failed commit leaves the question open for a retry.
        """
        if user_id != self.user_id:
            raise QuizError(_("This is someone else's quiz: start your own with /quiz."))
        if question_index is not None and question_index != len(self.results):
            raise QuizError(_("You already answered that question."))
        qq = self.current()
        correct, key = judge(self.briefing, qq, text)
        seconds = max(0.0, (now - self.asked_at).total_seconds())
        result = AnswerResult(
            qq,
            kept_answer(text),
            key,
            correct,
            seconds,
            notes_for_question(self.briefing, qq.question),
        )
        return result

    def accept(self, result: AnswerResult, now: datetime) -> None:
        """Move past the current question with its (committed) result."""
        answered = len(self.results)
        if answered >= len(self.questions) or result.quiz_question is not self.questions[answered]:
            raise QuizError(_("You already answered that question."))
        self.results.append(result)
        self.asked_at = now

    def replay(
        self, correct: bool, seconds: float, answered_at: datetime, given: str | None = None
    ) -> None:
        """Re-apply a recorded answer to the current question (rebuilding after a restart):
        `given` is what was typed, or the chosen option's text, so its kept verdict shows it."""
        qq = self.current()
        notes = notes_for_question(self.briefing, qq.question)
        text = given or ""
        key = qq.keys[qq.options.index(text)] if text in qq.options else None
        self.results.append(AnswerResult(qq, text, key, correct, seconds, notes))
        self.asked_at = answered_at

    def summary(self, now: datetime) -> QuizSummary:
        """Score, time taken and the questions to review."""
        missed = tuple(r.quiz_question for r in self.results if not r.correct)
        correct = sum(r.correct for r in self.results)
        seconds = (now - self.started_at).total_seconds()
        return QuizSummary(correct, len(self.results), seconds, missed, len(self.questions))

    def to_state(self) -> dict[str, Any]:
        """Everything needed to rebuild this session after a restart."""
        return {
            "kind": "solo",
            "session_id": self.session_id,
            "user_id": self.user_id,
            "briefing_id": self.briefing.id,
            "question_ids": [qq.question.id for qq in self.questions],
            "seed": self.seed,
            "started_at": self.started_at.isoformat(),
            "asked_at": self.asked_at.isoformat(),
            "answers": [[r.given, r.seconds] for r in self.results],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], briefing: Briefing) -> SoloSession:
        """Rebuild a session saved with `to_state`."""
        session = cls(
            state["session_id"],
            int(state["user_id"]),
            briefing,
            state["question_ids"],
            int(state["seed"]),
            datetime.fromisoformat(state["started_at"]),
        )
        for given, seconds in state["answers"]:
            qq = session.current()
            correct, key = judge(briefing, qq, given)
            notes = notes_for_question(briefing, qq.question)
            session.results.append(AnswerResult(qq, given, key, correct, float(seconds), notes))
        session.asked_at = datetime.fromisoformat(state["asked_at"])
        return session


@dataclass(frozen=True, slots=True)
class Vote:
    """A player's current answer to the open question of a channel quiz."""

    text: str
    key: str | None
    correct: bool
    seconds: float


def _same_answer(one: Vote, other: Vote) -> bool:
    """True when two votes give the same answer: the same option, or the same typed words."""
    if one.key is not None or other.key is not None:
        return one.key == other.key
    return one.text.casefold() == other.text.casefold()


@dataclass(frozen=True, slots=True)
class PlayerStanding:
    """One player's line in a results table."""

    user_id: int
    points: int
    correct: int
    answered: int


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """How the channel did on one question."""

    quiz_question: QuizQuestion
    right: tuple[int, ...]
    wrong: tuple[int, ...]
    points: dict[int, int]
    notes: tuple[EditorNote, ...] = ()
    chose: dict[str, int] = field(default_factory=dict)
    """How many players chose each option key (typed answers are not counted here)."""


@dataclass(slots=True)
class _Round:
    quiz_question: QuizQuestion
    opened_at: datetime
    votes: dict[int, Vote] = field(default_factory=dict)


class GroupSession:
    """A channel quiz: everyone may answer each question, and change it, until it closes.

    A right answer earns 100 points plus up to 50 for speed when the quiz is timed; an untimed
    study quiz scores right answers only, so nobody is rushed.
    """

    BASE_POINTS = 100
    SPEED_POINTS = 50

    def __init__(
        self,
        session_id: str,
        briefing: Briefing,
        question_ids: Sequence[str],
        seed: int,
        timer_seconds: int | None,
        now: datetime,
    ) -> None:
        self.session_id = session_id
        self.briefing = briefing
        self.seed = seed
        self.timer_seconds = timer_seconds
        self.started_at = now
        self.questions = present_all(briefing, question_ids, seed)
        self.results: list[QuestionResult] = []
        self.round: _Round | None = _Round(self.questions[0], now)

    @classmethod
    def start(
        cls,
        session_id: str,
        briefing: Briefing,
        *,
        count: int = 5,
        difficulty: Difficulty | None = None,
        timer_seconds: int | None = 20,
        seed: int,
        now: datetime,
        only: Sequence[str] | None = None,
    ) -> GroupSession:
        """A new channel quiz with freshly picked questions; the first question is open."""
        chosen = pick_questions(briefing, count, random.Random(seed), difficulty, only)
        return cls(session_id, briefing, [q.id for q in chosen], seed, timer_seconds, now)

    @property
    def index(self) -> int:
        """The number of the open (or next) question, from 0."""
        return len(self.results)

    @property
    def finished(self) -> bool:
        """True once every question has been closed."""
        return self.index >= len(self.questions)

    def current(self) -> QuizQuestion:
        """The open question."""
        if self.round is None:
            raise quiz_ended()
        return self.round.quiz_question

    def open_now(self, now: datetime) -> None:
        """The open question, shown to nobody yet (no answer), opens now: its time and its
        answers' speed count from here (a start posted late, after its wait was given up)."""
        if self.round is not None and not self.round.votes:
            self.round.opened_at = now

    def answer(
        self, user_id: int, text: str, now: datetime, question_index: int | None = None
    ) -> bool:
        """Record (or change) a player's answer; returns True when it replaced an earlier one."""
        vote = self.judge_vote(text, now, question_index)
        return self.accept_vote(user_id, vote, self.index)

    def judge_vote(self, text: str, now: datetime, question_index: int | None = None) -> Vote:
        """Judge an answer to the open question without taking it (commit it, then accept it)."""
        if self.round is None:
            raise quiz_ended()
        if question_index is not None and question_index != self.index:
            raise QuizError(_("That question is closed; answer the current one."))
        if self.timer_seconds is not None and self.deadline_passed(now):
            raise QuizError(_("Time is up for this question."))
        qq = self.round.quiz_question
        correct, key = judge(self.briefing, qq, text)
        seconds = max(0.0, (now - self.round.opened_at).total_seconds())
        return Vote(kept_answer(text), key, correct, seconds)

    def kept_vote(self, user_id: int, vote: Vote) -> Vote:
        """The vote to keep for a player: their earlier one when `vote` gives the same answer
        again (a double click keeps the first click's time, and its speed points)."""
        earlier = self.round.votes.get(user_id) if self.round else None
        if earlier is not None and _same_answer(earlier, vote) and earlier.seconds <= vote.seconds:
            return earlier
        return vote

    def answered_alike(self, user_id: int, vote: Vote) -> bool:
        """True when the player's answer to the open question is already this one (a second
        click on the same option, the same words typed again)."""
        earlier = self.round.votes.get(user_id) if self.round else None
        return earlier is not None and _same_answer(earlier, vote)

    def accept_vote(self, user_id: int, vote: Vote, question_index: int) -> bool:
        """Take a judged (and committed) vote; True when it replaced an earlier, different
        answer (the same answer again keeps the earlier vote)."""
        if self.round is None or question_index != self.index:
            raise QuizError(_("That question closed before your answer arrived."))
        earlier = self.round.votes.get(user_id)
        self.round.votes[user_id] = self.kept_vote(user_id, vote)
        return earlier is not None and not _same_answer(earlier, vote)

    def drop_player(self, user_id: int) -> None:
        """Forget a player's pending answer and past points (the player asked to be forgotten)."""
        if self.round is not None:
            self.round.votes.pop(user_id, None)
        for i, result in enumerate(self.results):
            if user_id in result.points:
                points = {u: p for u, p in result.points.items() if u != user_id}
                right = tuple(u for u in result.right if u != user_id)
                wrong = tuple(u for u in result.wrong if u != user_id)
                self.results[i] = QuestionResult(
                    result.quiz_question, right, wrong, points, result.notes
                )

    def closes_at(self) -> datetime | None:
        """When the open question's timer runs out (None when untimed or ended)."""
        if self.round is None or self.timer_seconds is None:
            return None
        return self.round.opened_at + timedelta(seconds=self.timer_seconds)

    def stop(self, now: datetime) -> None:
        """End the quiz early: the open question is dropped, unscored, and nothing follows."""
        self.questions = self.questions[: self.index]
        self.round = None

    def deadline_passed(self, now: datetime) -> bool:
        """True when the open question's timer has run out (never, untimed)."""
        if self.round is None or self.timer_seconds is None:
            return False
        return (now - self.round.opened_at).total_seconds() >= self.timer_seconds

    def _points(self, vote: Vote) -> int:
        if not vote.correct:
            return 0
        if self.timer_seconds is None:
            return self.BASE_POINTS
        left = max(0.0, 1 - vote.seconds / self.timer_seconds)
        return self.BASE_POINTS + round(self.SPEED_POINTS * left)

    def count_as_right(self, user_id: int) -> None:
        """Count a player's answer to the open question as right (a server's accepted answer)."""
        if self.round is not None and user_id in self.round.votes:
            vote = self.round.votes[user_id]
            self.round.votes[user_id] = Vote(vote.text, vote.key, True, vote.seconds)

    def final_votes(self) -> dict[int, Vote]:
        """Every player's answer to the open question, as it stands."""
        return dict(self.round.votes) if self.round else {}

    def close_question(self, now: datetime) -> QuestionResult:
        """Close the open question, score it, and open the next one if any."""
        if self.round is None:
            raise quiz_ended()
        votes = self._in_order_given(self.round.votes)
        result = QuestionResult(
            self.round.quiz_question,
            right=tuple(u for u, v in votes.items() if v.correct),
            wrong=tuple(u for u, v in votes.items() if not v.correct),
            points={u: self._points(v) for u, v in votes.items()},
            notes=notes_for_question(self.briefing, self.round.quiz_question.question),
            chose=dict(Counter(v.key for v in votes.values() if v.key is not None)),
        )
        self.results.append(result)
        self.round = None if self.finished else _Round(self.questions[self.index], now)
        return result

    @staticmethod
    def _in_order_given(votes: dict[int, Vote]) -> dict[int, Vote]:
        """The votes in the order their answers were given (seconds after the question
        opened): the same whether they were taken in this process or restored after a
        restart, where the store gives them back in no order of their own."""
        return dict(sorted(votes.items(), key=lambda item: item[1].seconds))

    def standings(self) -> list[PlayerStanding]:
        """The table: most points first; ties by more right answers, then by user id."""
        table: dict[int, list[int]] = {}
        for result in self.results:
            for user_id, points in result.points.items():
                row = table.setdefault(user_id, [0, 0, 0])
                row[0] += points
                row[1] += user_id in result.right
                row[2] += 1
        rows = [PlayerStanding(u, p, c, a) for u, (p, c, a) in table.items()]
        return sorted(rows, key=lambda r: (-r.points, -r.correct, r.user_id))

    @property
    def opened_at(self) -> datetime | None:
        """When the open question was opened (None once finished)."""
        return self.round.opened_at if self.round else None

    def to_state(self) -> dict[str, Any]:
        """Everything needed to rebuild this quiz after a restart, pending votes aside."""
        return {
            "kind": "channel",
            "session_id": self.session_id,
            "briefing_id": self.briefing.id,
            "question_ids": [qq.question.id for qq in self.questions],
            "seed": self.seed,
            "timer_seconds": self.timer_seconds,
            "started_at": self.started_at.isoformat(),
            "opened_at": self.round.opened_at.isoformat() if self.round else None,
            "results": [
                {
                    "right": list(r.right),
                    "wrong": list(r.wrong),
                    "points": r.points,
                    "chose": r.chose,
                }
                for r in self.results
            ],
        }

    @staticmethod
    def own_state(state: dict[str, Any], user_id: int) -> dict[str, Any]:
        """A saved channel quiz (`to_state`) as one player may take it away (their
        /mydata): each closed question's result keeps only their own answer and points."""

        def own(result: dict[str, Any]) -> dict[str, Any]:
            points = {k: v for k, v in result["points"].items() if int(k) == user_id}
            right = [u for u in result["right"] if u == user_id]
            return {
                "right": right,
                "wrong": [u for u in result["wrong"] if u == user_id],
                "points": points,
            }

        return {**state, "results": [own(r) for r in state.get("results", [])]}

    @classmethod
    def from_state(
        cls, state: dict[str, Any], briefing: Briefing, votes: dict[int, Vote] | None = None
    ) -> GroupSession:
        """Rebuild a quiz saved with `to_state`, with the open question's committed `votes`."""
        session = cls(
            state["session_id"],
            briefing,
            state["question_ids"],
            int(state["seed"]),
            state["timer_seconds"],
            datetime.fromisoformat(state["started_at"]),
        )
        for closed in state["results"]:
            qq = session.questions[session.index]
            session.results.append(
                QuestionResult(
                    qq,
                    right=tuple(int(u) for u in closed["right"]),
                    wrong=tuple(int(u) for u in closed["wrong"]),
                    points={int(u): int(p) for u, p in closed["points"].items()},
                    notes=notes_for_question(briefing, qq.question),
                    chose={str(k): int(n) for k, n in closed.get("chose", {}).items()},
                )
            )
        if session.finished or state["opened_at"] is None:
            session.round = None
        else:
            opened = datetime.fromisoformat(state["opened_at"])
            session.round = _Round(session.questions[session.index], opened, dict(votes or {}))
        return session


def players_own_state(state: str, user_id: int) -> str:
    """A saved session's JSON as its player `user_id` may take it away: a channel quiz
    loses the other players' results (`GroupSession.own_state`); others are theirs alone."""
    data = json.loads(state)
    if not isinstance(data, dict) or data.get("kind") != "channel":
        return state
    return json.dumps(GroupSession.own_state(data, user_id))
