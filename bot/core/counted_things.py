"""Things a briefing counts: the word after each number of its text ("10,000 homes", "two of my
animals", "19 soldiers"). A number typed with another of those things than the one a question
asks about answers another count of the article ("74 homes" when 74 people died, "3 soldiers"
when three civilians were killed), which a fair teacher refuses; for `quiz.judge`.

A thing the question or its answer names is never another ("74 people" asked how many people
died), nor a word that only says who in general ("people", "others"), nor a unit
(`bot.core.units` reads those).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.core.answer_text import read_tokens
from bot.core.demonyms import PEOPLES
from bot.core.kinds_counted import counts_another_kind, persons_of_a_kind
from bot.core.kinds_counted import plural_stem as _stem
from bot.core.models import Briefing, Question

__all__ = ["briefing_texts", "counted_things", "names_another_count", "referenced_texts"]

# Words between a number and what it counts ("two of my animals", "12 added minutes").
_BETWEEN = frozenset(
    {"of", "my", "our", "your", "his", "her", "their", "the", "more", "other", "added", "extra",
     "new"}
)  # fmt: skip
# Words after a number that count nothing of their own: who in general, links, verbs, and the
# fates `units` already reads.
_COUNTS_NOTHING = frozenset(
    {
        "people", "ppl", "persons", "person", "others", "other", "individuals", "folks", "in",
        "total", "and", "or", "to", "per", "percent", "pc", "at", "on", "by", "for", "from",
        "with", "was", "were", "is", "are", "have", "had", "has", "having", "been", "be",
        "who", "which", "that", "this", "those", "these", "than", "times", "lol", "i", "think",
        "each", "all", "only", "about", "over", "under", "least", "most", "dead", "killed",
        "injured", "wounded", "hurt", "missing", "died", "old", "year", "years", "day", "days",
        "week", "weeks", "month", "months", "minute", "minutes", "hour", "hours", "new",
        "them", "us", "you", "we", "they", "it", "ones",
    }
)  # fmt: skip


# Words for one thing: "87 jobs" counts the professions an article counts.
_SAME_THING = {
    "job": "profession",
    "occupation": "profession",
    "trade": "profession",
    "nation": "country",
    "house": "home",  # "350 houses" asked how many homes
    "airplane": "plane",  # "6 aircraft" for six airplanes
    "aeroplane": "plane",
    "aircraft": "plane",
}
# Kinds of one family that a question counts apart: "4 assists" asked how many goals he scored,
# "95 soldiers" asked how many policemen, "10 episodes" asked how many series, "3 men" asked how
# many women. Each word (stemmed) maps to its family and its kind; words of one kind are one thing
# (a British series is an American season).
_KINDS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("goal",), ("score", "goal")),
    **dict.fromkeys(("assist",), ("score", "assist")),
    **dict.fromkeys(("point", "pt", "pts"), ("score", "point")),
    **dict.fromkeys(("shot",), ("score", "shot")),
    **dict.fromkeys(("save",), ("score", "save")),
    **dict.fromkeys(("wicket",), ("score", "wicket")),
    **dict.fromkeys(("men", "man", "male"), ("sex", "man")),
    **dict.fromkeys(("women", "woman", "female"), ("sex", "woman")),
    **dict.fromkeys(("boy",), ("young", "boy")),
    **dict.fromkeys(("girl",), ("young", "girl")),
    **dict.fromkeys(("soldier", "troop"), ("force", "soldier")),
    **dict.fromkeys(("police", "policemen", "policeman", "cop", "officer"), ("force", "police")),
    **dict.fromkeys(("firefighter", "fireman", "firemen"), ("force", "firefighter")),
    **dict.fromkeys(("civilian",), ("force", "civilian")),
    **dict.fromkeys(("serie", "sery", "series", "season"), ("show", "series")),
    **dict.fromkeys(("episode", "ep", "eps"), ("show", "episode")),
}
# Words after "how many" that say nothing of what is counted ("how many were killed").
_ASKING = frozenset({"were", "was", "are", "is", "did", "do", "does", "have", "has", "had", "?"})


# A people's word before a noun only says whose it is ("two Chinese engineers").
_PEOPLES_WORDS = frozenset(
    word.casefold().split()[-1] for words in PEOPLES.values() for word in words
)


def _describes(word: str, following: str) -> bool:
    """Whether `word`, a participle such as "masked" or "armed" or a people's word such as
    "Chinese", only describes the thing the `following` word names ("three masked gunmen",
    "two Chinese engineers")."""
    return (
        (word.endswith("ed") or word in _PEOPLES_WORDS)
        and word not in _COUNTS_NOTHING
        and following.isalpha()
        and len(following) >= 3
        and following not in _COUNTS_NOTHING
    )


def _things_after_numbers(tokens: Sequence[str]) -> Iterable[tuple[str, str]]:
    for index, token in enumerate(tokens):
        if not token[:1].isdigit():
            continue
        after = index + 1
        while after < len(tokens) and after - index <= 2 and tokens[after] in _BETWEEN:
            after += 1
        # "three masked gunmen" counts gunmen; "one of the recovered patients" picks one
        if after == index + 1 < len(tokens) - 1 and _describes(tokens[after], tokens[after + 1]):
            after += 1
        if after < len(tokens):
            word = tokens[after]
            if (said := _said_to_be(tokens, after)) is not None:
                yield said, token  # "eight of the victims were soldiers", "four injured are stable"
            # an adverb says how, not what ("three critically")
            if word.isalpha() and len(word) >= 3 and word not in _COUNTS_NOTHING:
                if word.endswith("ly"):
                    continue
                yield _SAME_THING.get(_stem(word), _stem(word)), token


_BEING = frozenset({"were", "are", "was", "is"})


def _said_to_be(tokens: Sequence[str], after: int) -> str | None:
    """What a count is said to be one word after what it counts ("eight of the victims were
    soldiers": soldiers; "four injured are stable": stable), or None."""
    if after + 2 >= len(tokens) or tokens[after + 1] not in _BEING:
        return None
    word = tokens[after + 2]
    if not word.isalpha() or len(word) < 3 or word in _COUNTS_NOTHING or word.endswith("ly"):
        return None
    return _SAME_THING.get(_stem(word), _stem(word))


def briefing_texts(briefing: Briefing) -> Iterable[str]:
    """The briefing's own sentences: title, summary, points, facts, quotes and timeline."""
    yield briefing.title
    yield briefing.summary.short
    yield briefing.summary.long
    for section in briefing.sections:
        yield from section.points
    for fact in briefing.facts:
        yield fact.text
    for figure in briefing.figures:
        for quote in figure.quotes:
            yield quote.text
    for entry in briefing.timeline:
        yield entry.what


def referenced_texts(briefing: Briefing, question: Question) -> Iterable[str]:
    """The texts of the facts and quotes `question` refers to."""
    refs = set(question.refs)
    for fact in briefing.facts:
        if fact.id in refs:
            yield fact.text
    for figure in briefing.figures:
        for quote in figure.quotes:
            if quote.id in refs:
                yield quote.text


@functools.lru_cache(maxsize=256)
def _counted_in(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    return frozenset(pair for text in texts for pair in _things_after_numbers(read_tokens(text)))


def counted_things(briefing: Briefing) -> frozenset[tuple[str, str]]:
    """The things (stemmed) that the numbers of the briefing's text count, each with its
    number ("10,000 homes": ("home", "10000"))."""
    return _counted_in(tuple(briefing_texts(briefing)))


# Where a question says what it counts: after "how many" or "how much", or after a blank.
_ASKS_COUNT = re.compile(r"\bhow (?:many|much)\b|_{3,}", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _asked_things(prompt: str) -> frozenset[str]:
    """The things the question counts ("how many of the injured" -> "injured"), or every word
    of a question that does not say what it counts ("in which round": "round"; "doubled from
    25,000 cases to how many?")."""
    things: set[str] = set()
    for match in _ASKS_COUNT.finditer(prompt):
        tokens = read_tokens(prompt[match.end() :])
        while tokens and tokens[0] in _BETWEEN:
            tokens = tokens[1:]
        things.update(_SAME_THING.get(_stem(word), _stem(word)) for word in tokens[:2])
        if (said := _said_to_be(tokens, 0)) is not None:
            things.add(said)  # "how many of the victims were soldiers": soldiers too
    if things - _ASKING:
        return frozenset(things)
    return frozenset(_SAME_THING.get(_stem(word), _stem(word)) for word in read_tokens(prompt))


def _another_kind(typed: set[tuple[str, str]], prompt: str, answers: Sequence[str]) -> bool:
    """Whether a typed thing is another kind of the family the question counts ("4 assists"
    asked how many goals), and no right answer names it."""
    asked = {_KINDS[thing] for thing in _asked_things(prompt) if thing in _KINDS}
    if not asked:
        return False
    named = {_KINDS.get(_stem(word)) for text in answers for word in read_tokens(text)}
    for thing, _ in typed:
        kind = _KINDS.get(thing)
        if kind is None or kind in asked or kind in named:
            continue
        if any(family == kind[0] for family, _ in asked):
            return True
    return False


def _counted_elsewhere(
    typed: set[tuple[str, str]],
    typed_words: Sequence[str],
    prompt: str,
    answers: Sequence[str],
    briefing: Briefing,
    tested: Sequence[str],
) -> bool:
    """Whether a typed thing and number are a count the briefing makes only outside the facts
    the question tests, which count the answer's number as something else: "4 goals" asked
    how many finals were left ("four finals"), where he also scored four goals; "3 women"
    asked how many people were arrested ("three people"), where three women were questioned.
    A thing of the kind the tested facts count ("troops" for soldiers) is never another."""
    if not tested:
        return False
    counted = counted_things(briefing)
    candidates = {
        pair for pair in typed if pair in counted and pair not in _counted_in(tuple(tested))
    }
    if not candidates:
        return False
    named = _asked_things(prompt) | {_stem(w) for text in answers for w in read_tokens(text)}
    if not (named - _ASKING).isdisjoint(_stem(word) for word in typed_words if word.isalpha()):
        return False  # "2 crucial wickets" asked how many wickets: the thing asked, described
    for thing, number in candidates:
        if thing in named or thing in _MONEY:
            continue
        kind = _KINDS.get(thing)
        # the tested facts' words after the number, or all their words when they do not give it
        own = _words_after(tuple(tested), number)
        if own and kind is not None and kind[0] in _PEOPLE_FAMILIES and own.isdisjoint(_ANYONE):
            continue  # "25 men" for a 25-strong squad; not "3 women" for three people
        own = own or _words_of(tuple(tested))
        if thing in own or (kind is not None and kind in {_KINDS.get(w) for w in own}):
            continue
        return True
    return False


# Currencies: "2 million dollars" is the amount "$2 million" says, wherever it is said.
_MONEY = frozenset(
    {"dollar", "euro", "pound", "shilling", "rupee", "naira", "yen", "cedi", "rand", "peso",
     "franc", "yuan", "ringgit", "baht", "dinar", "riyal", "dirham", "cent", "buck", "quid"}
)  # fmt: skip
# Words that count people without saying who they are.
_ANYONE = frozenset({"people", "person", "persons", "ppl", "individual"})
# Families of `_KINDS` that count people by who they are.
_PEOPLE_FAMILIES = frozenset({"sex", "young"})


@functools.lru_cache(maxsize=256)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        _SAME_THING.get(_stem(w), _stem(w)) for text in texts for w in read_tokens(text)
    )


@functools.lru_cache(maxsize=256)
def _words_after(texts: tuple[str, ...], number: str) -> frozenset[str]:
    """The words (stemmed) up to three after `number` in `texts` ("three people" -> "people";
    "3,000 North Korean soldiers" -> "north", "korean", "soldier")."""
    words: set[str] = set()
    for text in texts:
        tokens = read_tokens(text)
        for index, token in enumerate(tokens):
            if token == number:
                words.update(
                    _SAME_THING.get(_stem(w), _stem(w)) for w in tokens[index + 1 : index + 4]
                )
    return frozenset(words)


@functools.lru_cache(maxsize=1024)
def _a_number(answer: str) -> bool:
    """Whether `answer` is a number, perhaps rounded or compared ("about 30", "over 200")."""
    tokens = [token for token in read_tokens(answer) if token not in _ROUNDING]
    return bool(tokens) and all(token[:1].isdigit() for token in tokens)


# Words that round or compare a number and count nothing ("about 30", "more than 200").
_ROUNDING = frozenset(
    "about around roughly approximately approx some nearly almost over under more less fewer "  # noqa: SIM905
    "than at least most up to".split()
)


def names_another_count(
    given: str,
    prompt: str,
    answers: Sequence[str],
    briefing: Briefing,
    question: Question | None = None,
) -> bool:
    """Whether `given` puts a number before a thing the briefing counts only with other
    numbers, and neither the question's count nor a right answer names it: "74 homes"
    asked how many people were killed, beside "10,000 homes" in the article; "5 goals" asked
    how many attempts in front of goal, beside "four goals". Only where every right answer is
    a number; the article's own count ("3,000 troops") is never another unless only facts
    the question does not test make it (`question`'s references say which it tests)."""
    if not all(_a_number(answer) for answer in answers):
        return False
    if counts_another_kind(given, prompt, answers):
        return True  # "350 people" asked how many homes, "10 ships" asked how many people
    if _persons_not_said(given, prompt, answers, briefing, question):
        return True  # "30 firefighters" asked how many people were treated
    typed = set(_things_after_numbers(read_tokens(given)))
    if not typed:
        return False  # the common case, without reading the briefing
    if _another_kind(typed, prompt, answers):
        return True
    tested = tuple(referenced_texts(briefing, question)) if question is not None else ()
    if _counted_elsewhere(typed, read_tokens(given), prompt, answers, briefing, tested):
        return True
    counted = counted_things(briefing)
    things = {thing for thing, _ in counted}
    others = {
        (thing, n)
        for thing, n in typed
        if thing in things and (thing, n) not in counted and thing not in _MONEY
    }  # "131 cents" beside "53 cents" is a sum, read by `money_units`
    if not others:
        return False
    named = _asked_things(prompt) | {_stem(word) for text in answers for word in read_tokens(text)}
    for asked, words in _FATES_ASKED:
        if asked.search(prompt):
            named |= words  # "10 deaths" asked how many were killed, "3 suspects" arrested
    return any(thing not in named for thing, _ in others)


def _persons_not_said(
    given: str, prompt: str, answers: Sequence[str], briefing: Briefing, question: Question | None
) -> bool:
    """Whether `given` counts a kind of person ("30 tourists", "seven kids") where the question
    counts people, and neither a right answer, the question nor the facts it tests say the
    persons counted were of that kind."""
    kinds = persons_of_a_kind(given, prompt)
    if not kinds:
        return False
    tested = referenced_texts(briefing, question) if question is not None else ()
    said = {_stem(word) for text in (prompt, *answers, *tested) for word in read_tokens(text)}
    return any(kind not in said for kind in kinds)


# A question that counts the dead, and the words that count them.
_DEATHS_ASKED = re.compile(
    r"\b(?:killed|killing|died|dead|deaths?|death toll|lives|drowned)\b", re.IGNORECASE
)
_DEATHS = frozenset({"death", "dead", "fatality", "victim", "live", "body"})
# A question that counts the people arrested, and the words that count them.
_ARRESTS_ASKED = re.compile(r"\b(?:arrest(?:ed)?|detained|custody)\b", re.IGNORECASE)
_ARRESTS = frozenset({"suspect", "arrested", "detainee", "accused"})
_FATES_ASKED = ((_DEATHS_ASKED, _DEATHS), (_ARRESTS_ASKED, _ARRESTS))
