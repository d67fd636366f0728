"""Quiz rules: picking questions, reading answers, scoring solo and group sessions.

Plain objects keyed by plain user ids that return result values; adapters only call
`session.answer(user_id, text)` and render what comes back. A session's whole state is a small
dict (`to_state`/`from_state`), so a quiz survives a restart of the bot.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.core.asides import AsideKind, asides, corrected
from bot.core.chat_habits import answer_of
from bot.core.choice_keys import leading_key, read_choice_key, spaced_key
from bot.core.counted_things import briefing_texts, names_another_count, referenced_texts
from bot.core.counts_said import a_as_one_reading
from bot.core.day_parts import contradicts_part_of_day, weekday_with_its_part
from bot.core.details_beside import detail_beside_answer
from bot.core.durations import same_length_of_time
from bot.core.errors import InvalidInput, QuizError
from bot.core.fractions_said import same_share, share_option
from bot.core.given_names import given_name_alone
from bot.core.matching import (
    Person,
    is_blank,
    is_correct,
    normalize,
    options_fitting,
    pick_by_words,
)
from bot.core.mentions import without_mentions
from bot.core.models import Briefing, Difficulty, EditorNote, Question
from bot.core.month_parts import contradicts_part_of_month
from bot.core.ordinals import same_ordinal
from bot.core.place_kinds import feature_forms
from bot.core.places_within import with_larger_places
from bot.core.score_winners import score_claim
from bot.core.unit_spellings import unit_spellings
from bot.core.verdicts import read_verdict
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


def _wrong_names(briefing: Briefing, question: Question) -> list[str]:
    """Names that are never right for a short answer: the other people in the briefing."""
    right = {question.answer_text.casefold(), *(a.casefold() for a in question.accept)}
    wrong: list[str] = []
    for figure in briefing.figures:
        names = [figure.name, *figure.aliases]
        if not any(n.casefold() in right for n in names):
            wrong.extend(names)
    return wrong


_A_SCORE = re.compile(r"\d+\s*[-–:]\s*\d+")
_SEVERAL = re.compile(r"\b(or|and|both|either)\b|[/,;&|+]")


def kept_answer(text: str) -> str:
    """What is judged, kept and shown back of a typed answer: its words, without mentions
    (`bot.core.mentions`), at most MAX_ANSWER_CHARS."""
    return without_mentions(text).strip()[:MAX_ANSWER_CHARS]


def judge(briefing: Briefing, qq: QuizQuestion, text: str) -> tuple[bool, str | None]:
    """Read one answer to a question: whether it is right and which option it picked."""
    given = answer_of(kept_answer(text))
    if is_blank(given):
        if not is_blank(answer_of(text.strip())):
            raise InvalidInput(_("A mention is not an answer: type the answer itself, in words."))
        raise InvalidInput(_("That answer is empty: type a letter, true/false, or your answer."))
    q = qq.question
    if q.kind != "truefalse" and (last := corrected(given)) is not None:
        given = last  # "b, actually c", "russia no wait ukraine": the last answer counts
    folded = given.casefold().rstrip(".!)")
    if q.kind == "truefalse":
        verdict = read_verdict(given, q.prompt)
        if verdict is None:
            raise InvalidInput(_("Answer true or false (or yes/no, t/f)."))
        key = "true" if verdict else "false"
        return key == qq.right_key, key
    # "74 homes" asked how many people were killed, beside "10,000 homes" in the article
    counts_another = names_another_count(given, q.prompt, (q.answer_text, *q.accept), briefing, q)
    if q.kind == "choice":
        picked = None if counts_another else _choice_key(qq, folded, given, briefing)
        if picked is None:
            raise InvalidInput(
                _("Pick one of {keys} (or 1-{last}).").format(
                    keys=", ".join(qq.keys), last=len(qq.keys)
                )
            )
        return picked == qq.right_key, picked
    if _looks_like_a_choice(given, q.answer_text) and not _is_the_answer(given, q):
        raise InvalidInput(
            _("This question has no options to pick: type the answer itself, in words.")
        )
    if counts_another:
        return False, None
    if (share := same_share(given, (q.answer_text, *q.accept))) is not None:
        return share, None  # "1/3", "33%", "un tiers" for one third; "2/3" is another
    if (ordinal := same_ordinal(given, (q.answer_text, *q.accept), q.prompt)) is not None:
        return ordinal, None  # "secnd", "deuxième", "2e" for second; "third" is another
    if (same := same_length_of_time(given, (q.answer_text, *q.accept))) is not None:
        return same, None  # "4:05" for four minutes and five seconds; "5:04" is another
    if (day := weekday_with_its_part(given, (q.answer_text, *q.accept))) is not None:
        return day, None  # "sunday" or "sun am" for Sunday morning; "sunday night" is wrong
    if contradicts_part_of_day(
        given, (q.answer_text, *q.accept), briefing_texts(briefing), referenced_texts(briefing, q)
    ):
        return False, None  # "friday morning" where the briefing says Friday afternoon
    if contradicts_part_of_month(
        given, (q.answer_text, *q.accept), briefing_texts(briefing), referenced_texts(briefing, q)
    ):
        return False, None  # "early october" where the briefing says late October
    if _A_SCORE.fullmatch(q.answer_text.strip()) and (
        claim := score_claim(
            given, (*briefing_texts(briefing), *(other.prompt for other in briefing.questions))
        )
    ):
        if claim.won is False:
            return False, None  # "ghana won 2-1" where the briefing says Cape Verde beat Ghana
        if claim.won:
            given = claim.score  # "2-1 to cape verde": the score, its winner right
    wrong = _wrong_names(briefing, q)
    people = _people(briefing)
    names = [name for person in people for name in (person.name, *person.aliases)]
    if detail_beside_answer(given, (q.answer_text, *q.accept), briefing_texts(briefing), wrong):
        return True, None  # "a midwife from st florence clinic", as the briefing says it
    larger = with_larger_places(  # "punjab, pakistan" where the briefing says "Pakistan's Punjab"
        (q.answer_text, *q.accept), q.prompt, briefing_texts(briefing), names
    )
    larger += feature_forms((q.answer_text, *q.accept), q.prompt)  # "mt ventoux", "ventoux"
    right = is_correct(given, q.answer_text, (*q.accept, *larger), wrong, people, q.prompt)
    if not right and (spelled := unit_spellings((q.answer_text, *q.accept))):
        # "130 miles per hour" for 130 mph, read apart: its words name no unit of the answer's
        right = is_correct(given, spelled[0], spelled[1:], wrong, people, q.prompt)
    return right, None


def _is_the_answer(given: str, question: Question) -> bool:
    """Whether `given` reads as a right answer word for word ("fourth" for "4th"): then it is
    no option's place, even where it could name one."""
    rights = (question.answer_text, *question.accept)
    typed = {normalize(given)}
    if (one := a_as_one_reading(given, rights)) is not None:
        typed.add(normalize(one))  # "a third" for "one third": no option "a"
    return any(normalize(right) in typed for right in rights)


def _looks_like_a_choice(given: str, answer: str) -> bool:
    """An option letter (A-E), alone or among chat ("its c"), typed at a question that wants
    its answer written out."""
    if len(answer.strip()) <= 1 or any(char.isdigit() for char in given):
        return False
    letters = {letter.casefold() for letter in LETTERS}
    if letters.isdisjoint(_WORDS.findall(given.casefold())):
        return False  # "second i think", "his third": an ordinal answer, no option's letter
    return read_choice_key(given, LETTERS) is not None


def _people(briefing: Briefing) -> list[Person]:
    return [Person(f.name, tuple(f.aliases), f.role) for f in briefing.figures]


def _choice_key(qq: QuizQuestion, folded: str, given: str, briefing: Briefing) -> str | None:
    keys = [k.casefold() for k in qq.keys]
    if folded in keys:  # a button click, or a typed letter: no need for the people's names
        return qq.keys[keys.index(folded)]
    if folded.isdigit() and 1 <= int(folded) <= len(keys):
        valued = _valued_option(qq.options, folded)
        return qq.keys[int(folded) - 1 if valued is None else valued]
    if (position := read_choice_key(given, qq.keys, qq.options)) is not None:  # "B lol", "option 3"
        return qq.keys[position]
    if (position := share_option(given, qq.options)) is not None:  # "2/3" for "two-thirds"
        return qq.keys[position]
    opened = _opening_key(qq, given, briefing)  # "b) a lower bound", "b firm"
    if opened is _DISAGREE:
        return None  # "b) 3000" when B is 1,500: no single answer, so ask again
    if opened is not None:
        return opened
    people = _people(briefing)
    hits = [
        key
        for key, option in zip(qq.keys, qq.options, strict=True)
        if is_correct(
            given, option, (), [o for o in qq.options if o != option], people, qq.question.prompt
        )
    ]
    if not hits:
        hits = _part_hits(qq, given, people)
    if not hits:
        hits = _word_hits(qq, given, people)
    if not hits:
        return _picked_before_reason(qq, given, briefing)  # "c because the article says so"
    if len(hits) != 1 or _names_another_key(qq, given, hits[0]):
        return None  # "hmm d 3 thousand" when D is 12,000: no single answer, so ask again
    return hits[0]


def _valued_option(options: Sequence[str], number: str) -> int | None:
    """The place of the one option whose value `number` is, where every option is a count
    ("1" when the options are "three", "one", "six", "ten": the count one, not A)."""
    words = [normalize(option).split() for option in options]
    if not all(any(word[:1].isdigit() for word in option) for option in words):
        return None
    valued = [i for i, option in enumerate(words) if number in option]
    return valued[0] if len(valued) == 1 else None


def _picked_before_reason(qq: QuizQuestion, given: str, briefing: Briefing) -> str | None:
    """The key the words before a reason pick ("c because the article says 3,000", "debts,
    since nothing is said of them"), when the reason names nothing of another option ("c
    because harvard ..." when B is Harvard) and no other key stands alone in the reply."""
    for aside in asides(given):
        if aside.kind is not AsideKind.REASON:
            continue
        picked = _choice_key(qq, aside.answer.casefold().rstrip(".!)"), aside.answer, briefing)
        if picked is None or _names_another_key(qq, given, picked):
            continue
        if _other_options_words(qq, picked).isdisjoint(normalize(aside.aside).split()):
            return picked
    return None


def _other_options_words(qq: QuizQuestion, picked: str) -> set[str]:
    """The words of 4 letters or more that other options say and the picked one does not
    ("harvard" beside Georgetown University), numbers included."""
    own = set(normalize(qq.options[qq.keys.index(picked)]).split())
    others = {
        word
        for key, option in zip(qq.keys, qq.options, strict=True)
        if key != picked
        for word in normalize(option).split()
    }
    return {w for w in others - own if len(w) >= 4 or w[:1].isdigit()}


_DISAGREE = "disagree"  # a key and the words after it pick two different options
_WORDS = re.compile(r"[^\W_]+")


def _names_another_key(qq: QuizQuestion, given: str, picked: str) -> bool:
    """Whether a letter standing alone among the words is the key of another option than the
    one they pick ("idk d 3000" when 3,000 is C); "a" may be the article, and a letter
    elided into a word is none ("c'est", "d'accord")."""
    keys = {key.casefold() for key in qq.keys} - {"a", picked.casefold()}
    option = {word.casefold() for word in _WORDS.findall(qq.options[qq.keys.index(picked)])}
    typed = _WORDS.findall(_ELIDED_LETTER.sub("", given))
    return any(w in keys and w not in option for w in map(str.casefold, typed))


# A letter elided before a vowel or h, as French writes it ("c'est", "d'accord", "l'Europe").
_ELIDED_LETTER = re.compile(r"\b[^\W\d_]['’ʼ](?=[aeiouyhàâéèêëîïôûü])", re.IGNORECASE)


def _opening_key(qq: QuizQuestion, given: str, briefing: Briefing) -> str | None:
    """The key a reply opens with before more words ("b) a lower bound", "c - the record",
    "b firm"), or `_DISAGREE` when those words pick another option ("b) 3000" when B is
    1,500). A key followed by a space alone counts only when the words pick its option too,
    or fit it as well as another ("b lower bound" when D also says "lower bound"), and "a"
    may be the article ("a firm one")."""
    marked = leading_key(given, qq.keys)
    opened = marked or spaced_key(given, qq.keys)
    if opened is None:
        return None
    position, rest = opened
    key = qq.keys[position]
    also = _choice_key(qq, rest.casefold().rstrip(".!)"), rest, briefing)
    if also == key or (also is None and (marked or _fits_among_others(qq, rest, position))):
        return key
    return _DISAGREE if also is not None and (marked or key.casefold() != "a") else None


def _fits_among_others(qq: QuizQuestion, words: str, position: int) -> bool:
    """Whether `words` fit the option at `position` and others too ("b lower bound" when B
    and D both speak of a lower bound): the key says which of them is meant."""
    key = qq.keys[position]
    if _labelled_values(qq.options[position]) is not None or _names_another_key(qq, words, key):
        return False  # "c b georgetown": two keys, so no single answer
    return position in options_fitting(words, qq.options, qq.question.prompt)


def _word_hits(qq: QuizQuestion, given: str, people: Sequence[Person]) -> list[str]:
    """The option that alone holds every word typed ("georgetown", "early october"); options
    of labelled parts are left out, since one of their values alone names none of them."""
    if given_name_alone(given, qq.options, people):
        return []  # "olaf" for Olaf Scholz: a given name alone names nobody, so ask again
    plain = [
        (key, option)
        for key, option in zip(qq.keys, qq.options, strict=True)
        if _labelled_values(option) is None
    ]
    index = pick_by_words(given, [option for _key, option in plain], qq.question.prompt)
    return [] if index is None else [plain[index][0]]


_LABELLED_PART = re.compile(r"^\s*[^\W\d][^:;]{0,39}:\s*(\S.*?)\s*$")
_PART_BREAK = re.compile(r"\s*(?:;|,|/|&|\+|->|→|\bthen\b|\band\b|\bbut\b)\s*", re.IGNORECASE)


def _labelled_values(option: str) -> list[str] | None:
    """The values of an option made of labelled parts ("Article: Austin; briefing: Kirby")."""
    parts = [_LABELLED_PART.match(part) for part in option.split(";")]
    if len(parts) < 2 or not all(parts):
        return None
    return [match.group(1) for match in parts if match]


_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]")


def _labels_typed(given: str, options: Sequence[str]) -> str:
    """`given` with labels typed after their values, in brackets or in words, or before them
    with a verb, as breaks between the values ("Austin (article) Kirby (briefing)", "austin in
    the article, kirby at the briefing" -> "Austin ; Kirby ;", "the article says austin but
    the briefing shows kirby")."""
    labels = {
        part.split(":", 1)[0].strip().casefold()
        for option in options
        if _labelled_values(option) is not None
        for part in option.split(";")
    }
    bracketed = _BRACKETED.sub(lambda m: " ; " if m[1].casefold() in labels else m[0], given)
    if not labels:
        return bracketed
    said = "|".join(re.escape(label) for label in sorted(labels))
    in_words = re.compile(rf"\s+(?:in|at|from|per|on)\s+(?:the\s+)?(?:{said})\b", re.IGNORECASE)
    before = re.compile(rf"(?:^|\s)(?:the\s+)?(?:{said})\s+{_SAYS}\s+", re.IGNORECASE)
    return before.sub(" ; ", in_words.sub(" ; ", bracketed))


# A label's verb before its value: "the article says austin", "briefing was kirby".
_SAYS = r"(?:says|said|say|has|had|gives|gave|credits|credited|names|named|shows|showed|was|is)"


def _part_hits(qq: QuizQuestion, given: str, people: Sequence[Person]) -> list[str]:
    """Options of labelled parts whose values the answer gives in order, without the labels.

    "Austin; Kirby" (or "Austin, then Kirby", "Austin but Kirby") picks "Article: Austin;
    briefing: Kirby" when no other option has the same values in that order; each value is
    read as a typed answer.
    """
    typed = [part for part in _PART_BREAK.split(_labels_typed(given, qq.options)) if part]
    options = [_labelled_values(option) for option in qq.options]
    hits = []
    for key, values in zip(qq.keys, options, strict=True):
        if values is None or len(values) != len(typed):
            continue
        if all(
            is_correct(
                part,
                value,
                (),
                [other[i] for other in options if other and len(other) > i and other[i] != value],
                people,
            )
            for i, (part, value) in enumerate(zip(typed, values, strict=True))
        ):
            hits.append(key)
    return hits


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

    def replay(self, correct: bool, seconds: float, answered_at: datetime) -> None:
        """Re-apply a recorded answer to the current question (rebuilding after a restart)."""
        qq = self.current()
        notes = notes_for_question(self.briefing, qq.question)
        self.results.append(AnswerResult(qq, "", None, correct, seconds, notes))
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
        votes = self.round.votes
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
                {"right": list(r.right), "wrong": list(r.wrong), "points": r.points}
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
