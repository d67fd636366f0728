"""People where a question counts things, things where it counts people, or another kind of
thing: "350 people" asked how many homes were washed away, "10 ships" asked how many people
were killed, "4 schools" asked how many homes collapsed, "20 goals" asked how many seconds. A
fair teacher refuses each, since it counts something else; for `counted_things.names_another_count`.

Only nouns of the tables below decide: a word they do not hold ("4 finals", "22 apps", "3
critical") is never read as another kind, and words of one group are one kind ("82 houses"
for homes, "5 games" for matches, "6 titles" for Asia Cup titles).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import read_tokens

__all__ = [
    "counts_another_kind",
    "persons_of_a_kind",
    "plural_stem",
    "the_answers_word_reading",
]

# Words that count persons (stemmed as `plural_stem` does), and words asking how many persons met a
# fate ("how many were killed").
_PEOPLE = frozenset(
    """people ppl person individual resident villager civilian soldier troop police policeman
    policemen cop officer worker miner employee staff child children kid girl boy man men woman
    women adult student pupil teacher passenger victim patient player fan spectator councillor
    suspect survivor accused convict prisoner inmate migrant refugee tourist visitor casualty
    fatality death dead body corpse firefighter fireman firemen rescuer doctor nurse
    farmer fisherman fishermen engineer journalist protester voter citizen crew sailor pilot
    driver athlete official delegate guest participant competitor rider killed died injured
    wounded hurt missing evacuated displaced arrested rescued drowned fled infected""".split()  # noqa: SIM905
)
# Things a news question counts, in groups of words for one kind.
_GROUPS = (
    "home house dwelling household family",
    "building",
    "school",
    "hospital clinic",
    "church mosque temple",
    "shop store business",
    "car vehicle truck bus",
    "boat ship vessel",
    "plane airplane aeroplane aircraft jet helicopter",
    "tree",
    "island",
    "county district province region",
    "country nation state",
    "city town village",
    "road highway street",
    "bridge",
    "dam",
    "river",
    "goal",
    "match game fixture final appearance app",
    "team squad",
    "win victory",
    "stage",
    "tour",
    "title trophy cup crown championship",
    "medal",
    "visa permit",
    "job profession occupation post",
    "mattress bed",
    "room",
    "missile rocket drone bomb shell",
    "animal livestock goat cow cattle sheep chicken",
    "farm field",
    "book",
    "film movie",
    "song album",
    "seat",
    "vote ballot",
)
_KIND_OF = {word: group for group in _GROUPS for word in group.split()}
# Spans of time a question may count ("how many seconds from the end"): a number typed with a
# thing or persons after it ("20 goals") then counts something else.
_TIME = "time"
_SPANS = frozenset(
    {"second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year", "yr"}
)
# Words between "how many" and what it counts, and between a number and its thing.
_BETWEEN = frozenset(
    {"of", "the", "my", "our", "your", "his", "her", "their", "more", "other", "extra", "new"}
)
_ASKS_COUNT = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
# A number with a word after it, as "350 people" or "two boats" types it (a guess of one word
# or one number has none).
_NUMBER_THEN_WORD = re.compile(r"\d\s*[^\W\d_]|[^\W\d_]\s+[^\W\d_]")


# Words that count persons without saying who they are, and other words for one counted thing.
_ANYONE = frozenset({"people", "person", "ppl", "individual", "folk"})
_SAME_THING = {"household": "family", "fam": "family", "squad": "team"}
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million dozen""".split()  # noqa: SIM905
)


def the_answers_word_reading(given: str, rights: Sequence[str], context: str = "") -> str | None:
    """`given` with the right answer's word for what it counts, where `given` counts the same
    thing in other words: persons without saying who ("3 ppl", "3 persons" for three people,
    "28000 people" for 28,000 workers), households or "fams" for families; None otherwise.
    Persons are never families ("27 people" for 27 families stays wrong). Where the question
    (`context`) asks how many died, the dead are its people ("3 dead" for three people who
    drowned)."""
    counted = _counted_nouns(tuple(rights))
    if not counted:
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    for noun, stem in counted:
        for index, token in enumerate(tokens[1:], start=1):
            said = plural_stem(token)
            if said == stem:
                break
            if (
                (said in _ANYONE and stem in _PEOPLE)
                or _SAME_THING.get(said) == stem
                or (said in _THE_DEAD and stem in _ANYONE and _DEATHS_ASKED.search(context))
            ):
                return " ".join([*tokens[:index], noun, *tokens[index + 1 :]])
    return None


# A question that counts the dead, and the words that count them.
_DEATHS_ASKED = re.compile(r"\b(?:killed|died|dead|deaths?|drowned|death toll)\b", re.IGNORECASE)
_THE_DEAD = frozenset({"dead", "death", "killed", "died", "fatality", "victim", "body"})


@functools.lru_cache(maxsize=512)
def _counted_nouns(rights: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The noun each right answer of a number and one word counts, with its stem."""
    nouns = []
    for right in rights:
        words = read_tokens(right)
        if len(words) == 2 and (words[0][:1].isdigit() or words[0] in _NUMBER_WORDS):
            nouns.append((words[1], plural_stem(words[1])))
    return tuple(nouns)


# Written here rather than taken from the Snowball stemmer the other readers use
# (`word_stems`): the tables hold nouns, and a count needs a noun's singular, never its stem.
# Snowball reads a doer as the thing done ("villagers" and "villages" are "villag",
# "protesters" and "protests" "protest", "prisoners" "prison", "engineers" "engin") and a
# people's word as its country ("nationals", "nations": "nation"): with it, "57 villages" was
# accepted for a death toll of 57 people and "3 nationals" refused for three Koreans
# (matching-27). `inflect`'s `singular_noun` does this job, but took 5 to 7 s to import and
# 120 to 190 us a word on this machine (load 11), against the matcher's 300 us an answer.
def plural_stem(word: str) -> str:
    """A word without its plural or possessive ending ("homes" -> "home", "familys" ->
    "family", "families" -> "family")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=1024)
def _asked(prompt: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of thing the question counts and whether it counts persons: the two words
    after "how many" ("how many fishing boats" -> boat; "how many were killed" -> persons)."""
    kinds: set[str] = set()
    people: set[str] = set()
    for match in _ASKS_COUNT.finditer(prompt):
        words = [t for t in read_tokens(prompt[match.end() :]) if t not in _BETWEEN]
        tokens = words[:2]
        if (head := _head_noun(words)) is not None:
            tokens.append(head)  # "how many City of Cape Town cars were burnt": cars
        for word in map(plural_stem, tokens):
            if word in _PEOPLE:
                people.add(word)
            elif word in _KIND_OF:
                kinds.add(_KIND_OF[word])
            elif word in _SPANS:
                kinds.add(_TIME)
        if kinds & {_KIND_OF["game"]} and _WON.search(prompt):
            kinds.add(_KIND_OF["win"])  # "how many games has he won": "4 wins", "4 victories"
    return frozenset(kinds), frozenset(people)


# A question that counts the games someone won.
_WON = re.compile(r"\bwon\b|\b(?:did|do|does)\b[^?]{0,40}\bwin\b", re.IGNORECASE)
# Words that end the words naming what a question counts ("how many City of Cape Town cars
# were set on fire"): its verb, or a word that links a clause.
_ENDS_THE_THING = frozenset(
    "were was are is did do does have has had will would could can could may might been be "  # noqa: SIM905
    "in at on for by from since during after before that which who when where as than with "
    "without within against between per over under about into across through to a an ?".split()
)


def _head_noun(words: Sequence[str]) -> str | None:
    """The last word of the words naming what is counted, up to the question's verb, when they
    are three to six words ("city cape town cars" -> "cars"), or None."""
    thing: list[str] = []
    for word in words:
        if word in _ENDS_THE_THING or not word.isalpha():
            break
        thing.append(word)
    if not 3 <= len(thing) <= 6:
        return None
    return thing[-1]


@functools.lru_cache(maxsize=1024)
def _unknown_thing(prompt: str) -> str | None:
    """The thing a question counts (stemmed) where the tables hold no word for it ("how many
    reservoirs" -> "reservoir"), or None."""
    match = _ASKS_COUNT.search(prompt)
    if match is None:
        return None
    tokens = [t for t in read_tokens(prompt[match.end() :]) if t not in _BETWEEN][:1]
    if not tokens or not tokens[0].isalpha() or len(tokens[0]) < 3:
        return None
    word = plural_stem(tokens[0])
    if word in _PEOPLE or word in _KIND_OF or word in _SPANS or word in _NOT_A_THING:
        return None
    return word


# Words after "how many" that name no thing counted.
_NOT_A_THING = frozenset(
    "were was are is did do does have has had times people more".split()  # noqa: SIM905
)


def _typed_kinds(given: str) -> list[str]:
    """The words (stemmed) right after each number typed ("350 people" -> "people")."""
    tokens = read_tokens(given)
    found = []
    for index, token in enumerate(tokens):
        if not token[:1].isdigit():
            continue
        after = index + 1
        while after < len(tokens) and tokens[after] in _BETWEEN:
            after += 1
        if after < len(tokens) and tokens[after].isalpha():
            found.append(plural_stem(tokens[after]))
    return found


def counts_another_kind(given: str, prompt: str, answers: Sequence[str]) -> bool:
    """Whether `given` counts persons where the question counts only things of the tables,
    things where it counts persons, or things of another group than those it counts; never
    what a right answer names."""
    if not _NUMBER_THEN_WORD.search(given):
        return False  # the common case, without reading the guess
    kinds, people = _asked(prompt)
    named = {plural_stem(word) for answer in answers for word in read_tokens(answer)}
    if not kinds and not people:
        # "33 schools" asked how many reservoirs: a thing of the tables, where the question
        # counts a thing they do not hold
        unknown = _unknown_thing(prompt)
        return unknown is not None and any(
            word in _KIND_OF and word not in named and word != unknown
            for word in _typed_kinds(given)
        )
    for word in _typed_kinds(given):
        if word in named:
            continue
        if word in _PEOPLE:
            if kinds and not people:
                return True  # "350 people" asked how many homes
        elif (kind := _KIND_OF.get(word)) is not None and kind not in kinds:
            return True  # "10 ships" asked how many people; "4 schools" asked how many homes
    return False


# Words that count persons of no particular kind (a place's people among them: "2,000
# residents" for 2,000 people who fled), and words that count them by what befell them ("30
# injured", "3 suspects" for three arrested, "40 patients" for 40 treated): neither says who
# the persons were.
_ANY_PERSON = frozenset(
    """people ppl person individual adult man men resident inhabitant local villager citizen
    civilian""".split()  # noqa: SIM905
)
_FATES = frozenset(
    """victim casualty fatality death dead body corpse killed died injured wounded hurt missing
    evacuated displaced arrested rescued drowned fled infected survivor suspect accused detainee
    prisoner inmate convict patient evacuee refugee migrant hostage""".split()  # noqa: SIM905
)


def persons_of_a_kind(given: str, prompt: str) -> list[str]:
    """The kinds of person `given` counts ("30 firefighters", "7 kids") where the question
    counts people of no kind ("how many people were treated?"), stemmed; empty otherwise."""
    if not _NUMBER_THEN_WORD.search(given):
        return []  # the common case, without reading the guess
    _kinds, people = _asked(prompt)
    if not people & _ANY_PERSON:
        return []
    return [
        word
        for word in _typed_kinds(given)
        if word in _PEOPLE and word not in _ANY_PERSON and word not in _FATES
    ]
