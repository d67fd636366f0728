"""Free-text answer matching for quiz questions: forgiving about form, strict about facts.

Typed text is read into words and numbers by `answer_text` (`normalize`, re-exported here):
case, accents, punctuation, leading articles and the forms of numbers and months stop
mattering ("3,000" = "three thousand" = "3k", "feb 2022" = "02/2022").

`is_correct` accepts a guess that matches one of the right answers with at most a few
typos, scaled to the answer's length: none for answers of up to 4 letters, one up to 8, two
beyond, and per word as well as in all ("South Korea" is not a typo of "North Korea"). Right
answers also take in their well-known synonyms (a small table: "USA" = "America" = "United
States", "DPRK" = "North Korea"), plural and hyphen variants ("dual use technology" = "dual-use
technologies") and, when the answer is one of the `people` passed in, that person's name,
aliases, surname (the last word, or the first when a one-word alias says so: "Xi"), titles and
ranks ("Dr. Cha", "pres Xi", "adm. Kirby"), a given name's initial ("D. Cha"; never another
initial), the name in the other order ("Jinping Xi") and one typo in a first name ("Jon
Kirby"). A country is right by its people too ("the Chinese": `demonyms`). Chat around the
answer is read past, before or after it: "I think it was", "the port of", "ans:", "is it",
"they", "very", "i wanna say", "... i guess", "... obv", "... ig", "... iirc", "... not sure"
(unless a right answer starts or ends with it), and so are the question's own words at either
end (`context`), in another form too ("add" for "adding"), and an aside (`asides`): a detail in
brackets that names no other answer ("Russia (Kazan)"), a reason ("Ukraine, thats where the war
is") or a wrong answer denied ("not russia, ukraine"). In a word of up to 4 letters only a slip
is forgiven: two neighbouring letters swapped or one doubled ("oli", "oill" for "oil"). A two-part
answer ("lips and teeth") takes its parts in either order and any join ("teeth & lips",
"teeth/lips", "teeth vs lips"), a country part by its capital, and an irregular plural
("tooth"). Leetspeak is read as letters ("k3ny4", a second reading: `chat_habits`). A capital
stands for its country ("Washington" for the United States, never the reverse), a country is
right by its CLDR name in 13 common languages (exactly; one in another script also typed in
Latin letters: "rossiya") or its flag emoji, and a guess in
another script is also read transliterated. A day beside its month is
extra detail for a month and year. It never accepts:

- a different number: number tokens must be equal once normalised (3,000 is not 30,000 or
  3,001), and a date's month must be the same;
- a known-wrong answer, or a guess at least as close to a `wrong` entry as to a right answer
  (only closer, for a person's name when no person is asked for: "chna" is China);
- a number in another unit of the same kind than a right answer's or the question's ("75
  months" when asked how many years, "21 chapters" for a 21-page ruling; "75y", "75 yrs" are
  years: `units`);
- a surname alone for a full name unless that surname is listed in `accept` or the answer is
  one of `people` (and no other of them shares the surname);
- another of `people`, or a name the synonym table gives to something else ("UK" for "US");
- a part of the answer with words left out ("Korea" for "N. Korea", "chair" for "Korea
  chair"): a part of a name often names something else; only middle initials, a father's
  name ("bin Saif") and the kind of building a place's name ends with ("Dobsonville" for
  Dobsonville Stadium) may go;
- an empty guess, or one over `MAX_GUESS_CHARS` characters (rejected before any work);
- a guess listing several answers ("Austin or Kirby", "Austin, Kirby", "Austin/Kirby") or
  hedging ("both", "all of them").

A guess for a purely numeric answer may add a few words ("3,000 troops" for "3,000") but not
ones that change the claim ("not", "more than", "nearly", "or"); a bare number is enough for a
number-and-unit answer ("3000" or "about 3000" for "3,000 troops"), a different unit is not
("3,000 tanks"); a number and its unit may sit in a short sentence ("the rise was 30 percent").
Numbers compare as a multiset, so date orders agree ("24 February 2022" = "February 24,
2022"), but a score or a vote keeps its order ("4-5" is not "5-4") and an amount keeps its
currency ("$55 billion" is not "N55 billion" in naira, "$17" is not 17 per cent; `amounts`);
"$88m" and "28.3 b" count in millions and billions when the answer does. A month or weekday cut
short ("feb", "thurs") is the one asked, a year beside it detail, and a numeric date of unclear
order ("7/6/2020") is read both ways where the answer is a date (`calendar_answers`); "17:00" is
"5 p.m." where the answer is a time of day (`times_of_day`).

For a choice question, `pick_by_words` picks the one option that alone holds every word
typed ("Georgetown" for "Georgetown University"); a true/false reply is read by `verdicts`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core import (
    abbreviations,
    ages,
    amounts,
    asides,
    bracketed_figures,
    calendar_answers,
    chat_habits,
    compass,
    counts_said,
    demonyms,
    factors_said,
    french_kinds,
    french_numbers,
    gazetteer,
    iberian_numbers,
    kinds_counted,
    left_out,
    money_units,
    place_kinds,
    place_names,
    ranges_said,
    relative_times,
    roles,
    times_of_day,
    units,
    units_converted,
)
from bot.core.answer_text import (
    ARTICLES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    beside_number,
    clean,
    is_blank,
    mend_number_word_slips,
    normalize,
    osa,
    read_tokens,
    year_said,
)
from bot.core.word_stems import english_stems

__all__ = [
    "ASKS_WHO",
    "HEDGES",
    "MAX_GUESS_CHARS",
    "Person",
    "chat_words",
    "countries_by_name",
    "is_blank",
    "is_correct",
    "misspells",
    "normalize",
    "options_fitting",
    "pick_by_words",
    "strip_chat",
    "synonyms",
    "warm_tables",
]

MAX_GUESS_CHARS = 200
"""Guesses longer than this (or than twice the longest right answer) are wrong unread."""

_HARD_CAP = 2000  # the longest guess read, however long the answers are
_MAX_EXTRA_WORDS = 3  # words a guess may add to a purely numeric answer ("troops", "about")
# Words that turn "3,000" into another claim, and words that hedge between answers.
HEDGES = frozenset({"both", "either", "neither", "all", "any", "none", "or", "nor"})
"""Words that hedge between answers ("both", "or")."""
_CHANGES_CLAIM = HEDGES | frozenset(
    "not no never except and vs versus plus minus times more less fewer over under above below "  # noqa: SIM905
    "than least most nearly almost up to between until till percent "
    # French "pas" ("c'est pas 3000", "pas 7,2"): it is not
    "pas".split()
)
_ROUGHLY = frozenset({"about", "around", "roughly", "approximately", "approx", "some", "circa"})
# Words that compare a number: a guess may repeat them where the question says them.
_COMPARING = frozenset(
    "more less fewer over under above below than least most nearly almost".split()  # noqa: SIM905
)
# The words of a comparison ("more than", "at least").
_COMPARING_SAID = _COMPARING | {"than", "at"}
_SEPARATORS = re.compile(r"[/;|+&\\]|(?<!\d),|,(?!\d)|\b(?:or|and|nor|vs|versus|plus)\b")
_DOUBLED = re.compile(r"(\w)\1+")


@dataclass(frozen=True, slots=True)
class _Text:
    """A normalised answer, split the ways matching needs."""

    norm: str
    numbers: Counter[str]  # tokens holding a digit: must be equal, never a typo
    months: Counter[str]  # month names next to a number: part of a date, so exact too
    words: tuple[str, ...]  # everything else, compared with typo tolerance
    days: Counter[str]  # a day of the month beside its month: extra detail unless asked for

    @classmethod
    def of(cls, text: str) -> _Text:
        return cls.of_tokens(read_tokens(text))

    @classmethod
    def of_tokens(cls, tokens: Sequence[str]) -> _Text:
        numbers = Counter(t for t in tokens if any(c.isdigit() for c in t))
        months = Counter(
            t for i, t in enumerate(tokens) if t in MONTHS and beside_number(tokens, i)
        )
        words = tuple(t for t in tokens if t not in numbers and t not in months)
        days = Counter(t for i, t in enumerate(tokens) if _is_day(tokens, i))
        return cls(" ".join(tokens), numbers - days, months, words, days)


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")


@functools.lru_cache(maxsize=1024)
def _written_as_a_name(answers: tuple[str, ...]) -> bool:
    """Whether an answer is two to four capitalised words, no kind of place or thing and no
    title of its own ("Joyce Ann Dayag", "Cho Tai-young"; not "Pakse Airport", "Dato Keramat"
    nor "Major General")."""
    for answer in answers:
        words = answer.split()
        if (
            2 <= len(words) <= 4
            and all(_NAME_WORD.fullmatch(word) for word in words)
            and not any(word.casefold() in _VENUES for word in words)
            and words[0].casefold() not in _TITLES
        ):
            return True
    return False


def _is_day(tokens: Sequence[str], index: int) -> bool:
    """Whether `tokens[index]` is a day of the month written beside the month's name."""
    token = tokens[index]
    return (
        len(token) <= 2
        and token.isascii()
        and token.isdigit()
        and 1 <= int(token) <= 31
        and any(0 <= i < len(tokens) and tokens[i] in MONTHS for i in (index - 1, index + 1))
    )


def _tolerance(length: int) -> int:
    """Typos forgiven in an answer (or one word of it) `length` letters long."""
    return 0 if length <= 4 else 1 if length <= 8 else 2


def _month_of(word: str) -> str | None:
    if word in MONTHS:
        return word
    if len(word) >= 5:
        for month in MONTHS:
            if len(month) >= 5 and osa(word, month, score_cutoff=1) <= 1:
                return month
    return None


# Plurals no ending rule makes: "lips and tooth" is "lips and teeth" with a slip of number.
_IRREGULAR_PLURALS = frozenset(
    frozenset(pair)
    for pair in (
        ("tooth", "teeth"),
        ("foot", "feet"),
        ("man", "men"),
        ("woman", "women"),
        ("child", "children"),
        ("person", "people"),
        ("mouse", "mice"),
        ("goose", "geese"),
    )
)


def _plural_pair(one: str, other: str) -> bool:
    """Whether two words are one noun's singular and plural ("technology", "technologies",
    "tooth", "teeth")."""
    if frozenset((one, other)) in _IRREGULAR_PLURALS:
        return True
    short, long = sorted((one, other), key=len)
    if len(short) < 3 or not short.isalpha():
        return False
    return long in (short + "s", short + "es") or (
        short.endswith("y") and long == short[:-1] + "ies"
    )


def _slip(guess: str, right: str) -> bool:
    """A slip of the fingers in a short word, too short for typos: two neighbouring letters
    swapped ("oli" for "oil", "frim" for "firm"), a letter doubled ("oill") or a double letter
    typed once ("pit" for "Pitt")."""
    if len(right) < 3 or guess == right:
        return False
    if len(guess) == len(right):
        swaps = [i for i, (a, b) in enumerate(zip(guess, right, strict=True)) if a != b]
        return (
            len(swaps) == 2
            and swaps[1] == swaps[0] + 1
            and guess[swaps[0]] == right[swaps[1]]
            and guess[swaps[1]] == right[swaps[0]]
        )
    collapsed = _DOUBLED.sub(r"\1", guess) == _DOUBLED.sub(r"\1", right)
    return collapsed and (len(guess) > len(right) or len(guess) == len(right) - 1)


_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis")


# One title spelled the British and the American way: the same word, not another office.
_TITLE_SPELLINGS = {"defence": "defense", "honourable": "honorable", "councilor": "councillor"}


def _another_title(word: str, other: str) -> bool:
    """Whether two different words are both titles or ranks ("mayor", "major"): another
    office, never a typo ("defence" is "defense" spelled another way)."""
    if _TITLE_SPELLINGS.get(word, word) == _TITLE_SPELLINGS.get(other, other):
        return False
    return word in _TITLES and other in _TITLES


def _negates(word: str, other: str) -> bool:
    """Whether one word is the other with a negating prefix ("precedented", "unprecedented";
    "competent", "incompetent"): its opposite, never a typo."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 4 and any(long == prefix + short for prefix in _NEGATING_PREFIXES)


def _drops_words(given: Sequence[str], right: Sequence[str]) -> bool:
    """Whether `given` is `right` with some of its words left out ("Korea" of "N. Korea").

    Leaving out a word is not a typo: a part of a name often names something else. Only
    middle initials may go ("Victor Cha" for "Victor D Cha").
    """
    if len(given) >= len(right):
        return False
    rest = iter(right)
    if not all(word in rest for word in given):  # not a subsequence
        return False
    dropped = list(right)
    for word in given:
        dropped.remove(word)
    return len(given) < 2 or any(len(word) > 1 for word in dropped)


def _words_distance(given: Sequence[str], right: Sequence[str]) -> int | None:
    """Typos between two word lists, or None when more than the right words forgive."""
    if list(given) == list(right):
        return 0
    if not given or not right:
        return None
    allowed = _tolerance(sum(len(w) for w in right))
    if len(given) == len(right):
        total = slips = 0
        for guess_word, right_word in zip(given, right, strict=True):
            if guess_word == right_word or _plural_pair(guess_word, right_word):
                continue
            if _negates(guess_word, right_word) or _another_title(guess_word, right_word):
                return None
            word_allowed = _tolerance(len(right_word))
            distance = osa(guess_word, right_word, score_cutoff=word_allowed)
            if distance > word_allowed and _slip(guess_word, right_word):
                slips, distance = slips + 1, 0
            total += distance
            if distance > word_allowed or total > allowed:
                return None
        return total + slips if slips <= 1 and total + slips <= max(allowed, 1) else None
    # Words split or run together differently ("Kim Jongun"): one typo at most.
    if _drops_words(given, right):
        return None
    allowed = min(allowed, 1)
    distance = osa("".join(given), "".join(right), score_cutoff=allowed)
    return distance if distance <= allowed else None


def _distance(given: _Text, right: _Text) -> int | None:
    """How far `given` is from matching `right` (0 = the same), or None when it does not."""
    if given.norm == right.norm:
        return 0
    if given.numbers != right.numbers or (right.days and given.days != right.days):
        return None
    words = [*given.words, *given.months.elements()]
    if right.months:
        months = [_month_of(w) for w in words]
        if Counter(m for m in months if m) != right.months:
            return None
        words = [w for w, m in zip(words, months, strict=True) if not m]
    right_words = list(right.words)
    if right.numbers or right.months:  # "about" neither adds nor takes away from a number
        words = [w for w in words if w not in _ROUGHLY]
        right_words = [w for w in right_words if w not in _ROUGHLY]
        if not right_words:  # a number or date alone: a few harmless extra words are fine
            if len(words) <= _MAX_EXTRA_WORDS and not _CHANGES_CLAIM.intersection(words):
                return 0
            return None
        if not words:  # the number without its unit: "3000" for "3,000 troops"
            return 0
        if Counter(words) == Counter(w for w in right_words if w in _COMPARING_SAID):
            return (
                0  # and with the answer's comparison: "more than 3000" for "more than 3,000 troops"
            )
        if not right.months and _said_in_a_sentence(words, right_words):
            return 0
        if _COMPARING.intersection(right_words) and not _COMPARING.intersection(words):
            # the number and its unit without the answer's comparison, as the number alone
            # is read: "40%" for "over 40%" (never "under 40%")
            right_words = [w for w in right_words if w not in _COMPARING and w != "at"]
            if words == right_words or _said_in_a_sentence(words, right_words):
                return 0
    return _words_distance(words, right_words)


def _said_in_a_sentence(words: Sequence[str], right_words: Sequence[str]) -> bool:
    """Whether a number and its unit are typed with a few harmless words beside them, as for a
    number alone ("the budget was 30 percent", "an average of 30 per cent" for "30 per cent");
    never words that change the claim ("nearly", "more than") or say which way it went."""
    extra = Counter(words) - Counter(right_words)
    if Counter(right_words) - Counter(words) or _DIRECTIONS.intersection(extra):
        return False
    return sum(extra.values()) <= _MAX_EXTRA_WORDS and not _CHANGES_CLAIM.intersection(extra)


# The two ways a number goes, each by the words that say it.
_WENT_DOWN = frozenset(
    "down fell fall fallen falling falls drop dropped dropping drops declined decline declines "  # noqa: SIM905
    "decreased decrease lost lose loses losing shed slumped slump plunged plunge shrank cut "
    "lower".split()
)
_WENT_UP = frozenset(
    "up rose rise risen rising rises grew grow grown increase increased jumped gained gain "  # noqa: SIM905
    "climbed climb surged higher".split()
)
# Words that say which way a number went: beside a number and its unit they may contradict the
# question ("fell 30 percent" when asked by how much it rose), which is not read here.
_DIRECTIONS = _WENT_DOWN | _WENT_UP
_WAY_SAID = re.compile(rf"\b(?:{'|'.join(sorted(_WENT_DOWN | _WENT_UP))})\b")


def _the_way_asked(given: str, context: str) -> str | None:
    """`given` without the words that say which way a number went when they go the way the
    question asks ("lost 40%", "fell by 40%" asked by how much the shares fell), or None;
    never when they go the other way ("rose 40%")."""
    if not context or not _WAY_SAID.search(given.casefold()):
        return None  # the common case, without reading the guess
    asked = set(read_tokens(context)) - {"up", "down"}  # "end up", "up to what number"
    typed = read_tokens(given)
    if "to" in typed and "up" in typed and typed.index("up") + 1 == typed.index("to"):
        return None  # "up to 300" is at most 300, not a rise
    for way, other in ((_WENT_DOWN, _WENT_UP), (_WENT_UP, _WENT_DOWN)):
        if asked & way and not asked & other and set(typed) & way and not set(typed) & other:
            kept = [t for t in typed if t not in way]
            if kept[:1] == ["by"]:
                kept = kept[1:]  # "fell by 40%"
            return " ".join(kept) or None
    return None


def _loose_distance(given: _Text, other: _Text) -> int:
    """Plain edit distance between two answers, ignoring spaces."""
    return osa(given.norm.replace(" ", ""), other.norm.replace(" ", ""))


# Well-known names for one thing. Each group is one entity; "Korea" is its own entity, so it
# never stands for North or South Korea. Kept small and honest: only names users type.
_SYNONYM_GROUPS = (
    (
        "United States",
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "America",
        "United States of America",
        "the States",
    ),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("North Korea", "DPRK", "D.P.R.K.", "NK", "N. Korea", "Democratic People's Republic of Korea"),
    ("South Korea", "ROK", "R.O.K.", "S. Korea", "SK", "Republic of Korea"),
    ("Korea", "the Koreas", "Korean peninsula", "both Koreas"),
    ("China", "PRC", "People's Republic of China", "mainland China"),
    ("Russia", "Russian Federation"),
    ("Türkiye", "Turkey"),  # CLDR's English name since 2022; the news and students say Turkey
    ("United Arab Emirates", "UAE", "U.A.E."),
    # Gulf papers write "KSA" (four labelled real articles); the kingdom's own full name
    ("Saudi Arabia", "KSA", "K.S.A.", "Kingdom of Saudi Arabia"),
    ("European Union", "EU", "E.U."),
    ("United Nations", "UN", "U.N."),
    ("NATO", "North Atlantic Treaty Organization"),
    # one drug by the words the news and students use (the Trinidad Express's headline says
    # ganja, its text marijuana)
    ("marijuana", "marihuana", "cannabis", "weed", "ganja"),
)
# A capital stands for its country's government in the news ("Washington says"): the seat is
# a right answer for the country, never the country for the city.
_SEATS = {
    "United States": ("Washington", "Washington DC"),
    "United Kingdom": ("London",),
    "North Korea": ("Pyongyang",),
    "South Korea": ("Seoul",),
    "China": ("Beijing", "Peking"),
    "Russia": ("Moscow",),
    "Ukraine": ("Kyiv", "Kiev"),
    "Japan": ("Tokyo",),
    "France": ("Paris",),
    "Germany": ("Berlin",),
}
# Said before an answer without changing it: "I think it was X", "the port of X".
_FILLERS = tuple(
    tuple(phrase.split())
    for phrase in (
        "i think",
        "i believe",
        "i guess",
        "because of",  # "because of a lack of experience", a reason typed at a why-question
        "because",
        "bc",
        "cuz",
        "coz",
        "vs",  # "vs tanzania" asked whom they face: the opponent, named as a fixture names it
        "versus",
        "against",
        "im pretty sure",
        "im sure",
        "idk",
        "dunno",
        "maybe",
        "probably",
        "perhaps",
        "it was",
        "it is",
        "its",
        "cest",  # French "c'est", "c'était": it is, it was
        # French hedges, read as "i think", "maybe", "surely", "like", "um" are: "je crois que
        # c'est sifnos", "il me semble que c'est nadali", "peut-être juin", "euh 138"
        "je crois que",
        "je crois",
        "je pense que",
        "je pense",
        "il me semble que",
        "il me semble",
        "peut etre",
        "surement",
        "genre",
        "euh",
        "au",  # French "au togo", "aux fidji", "en oklahoma": in
        "aux",
        "en",
        "cetait",
        "his",  # "his surname? cha"
        "her",
        "that was",
        "that is",
        "thats",
        "the answer is",
        "my answer is",
        "my guess is",
        "answer",
        "ans",
        "is it",
        "isnt it",
        "is",
        "prob",
        "prolly",
        "like",
        "very",
        "really",
        "quite",
        "obviously",
        "definitely",
        "def",
        "surely",
        "pretty sure",
        "im guessing",
        "i wanna say",
        "i want to say",
        "iirc",
        "tbh",
        "ngl",
        "id say",
        "i would say",
        "must be",
        "would be",
        "itd be",
        "theyd be",
        "it would be",
        "they would be",
        "has to be",
        "gotta be",
        "they were",
        "they are",
        "theyre",  # "they're from tobago", "he's the director": contractions closed
        "hes",
        "shes",
        "their",
        "they",
        "he",
        "she",
        "it",
        "um",
        "umm",
        "uh",
        "hmm",
        "oh",
        "ok",
        "lol",
        "in",
        "at",
        "port of",
        "city of",
        "country of",
        "the",
        "a",
        "an",
        # French "the": "la c je crois", "c'est la c", "euh la b" ("l'" is read as "le")
        "le",
        "la",
        "les",
    )
)
# Said after an answer without changing it: "ukraine i think", "china obviously".
_TRAILING_FILLERS = tuple(
    tuple(phrase.split())
    for phrase in (
        "i think",
        "i think so",
        "i guess",
        "i believe",
        "im pretty sure",
        "im sure",
        "i suppose",
        "obviously",
        "obv",
        "obvs",
        "probably",
        "prob",
        "maybe",
        "perhaps",
        "not sure",
        "im not sure",
        # French hedges after an answer: "sifnos je crois", "juin peut-être", "c'est faux genre"
        "je crois",
        "je pense",
        "il me semble",
        "peut etre",
        "surement",
        "genre",
        "right",
        "imo",
        "lol",
        "lmao",
        "haha",
        "ha",
        "xd",
        "ofc",
        "of course",
        "ig",
        "iirc",
        "tbh",
        "ngl",
        "fs",
        "for sure",
        # a count's total said after it: "3000 in total" for "3,000 troops"
        "in total",
        "total",
        "altogether",
        "overall",
        "all told",
        "of them",
        # a club's letters after its name: "sumgayit fc" for Sumgayit
        "fc",
        "fk",
        "afc",
        # a speaker said to have said it: "migne said it" asked who said it
        "said it",
        "said that",
        "said this",
        "said so",
    )
)
# Titles before a person's name: "Dr. Cha", "Sec. Austin", "Mr Kirby".
_TITLES = frozenset(
    "mr mrs ms miss mister dr doctor prof professor president pres prez secretary sec defense "  # noqa: SIM905
    "defence sen senator gen general minister prime premier chairman spokesman spokesperson "
    "adm admiral rear vice col colonel lt lieutenant capt captain maj major cmdr commander sgt "
    "gov governor rep representative amb ambassador mayor judge justice sir dame rev "
    # a councillor as council reports write it, and Malaysia's honorific "Datuk" ("Dato'")
    "cr cllr councillor councilor datuk dato "
    # Nigeria's "Engr.", a minister's "His Excellency", "Hon.", "Datuk Seri", "AG Bird"
    "engr engineer excellency hon honourable honorable seri ag "
    # Gulf and South Asian honorifics ("Shaikh Abdullah", "Sayyid Fahd") and a prime minister
    "shaikh sheikh sheik sayyid sayed syed pm "
    # a Canadian councillor's "Coun.", "Madam" before a woman's name, a navy's "Cdre"
    "coun madam mdm cdre commodore "
    # police ranks ("Senior Inspector", "Supt", "SSP") and an office's head or deputy
    "senior sr inspector insp superintendent supt ssp director deputy "
    # South Asian police ranks: superintendent, assistant and deputy superintendent, inspector
    # general ("SP Masud", "IGP Khalid")
    "sp asp dsp igp ig".split()
)
_MAX_NAME_TYPOS = 2  # in a whole name, when a first name may carry one ("Jon Kirby")


@dataclass(frozen=True, slots=True)
class Person:
    """Someone a briefing names: the full name and the other names readers know them by."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""  # as the briefing gives it: "White House national security spokesman"


def _synonyms() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for group in _SYNONYM_GROUPS:
        norms = frozenset(normalize(name) for name in group)
        groups.update(dict.fromkeys(norms, norms))
    return groups


_SYNONYMS = _synonyms()
_PEOPLE_NORMS = {
    name: frozenset(map(normalize, peoples))
    for country, peoples in demonyms.PEOPLES.items()
    for name in _SYNONYMS.get(normalize(country), {normalize(country)})
}
_SEAT_NORMS = {
    name: frozenset(map(normalize, seats))
    for country, seats in _SEATS.items()
    for name in _SYNONYMS.get(normalize(country), {normalize(country)})
}


def synonyms(text: str) -> frozenset[str]:
    """The normalised well-known names of what `text` names ("USA" -> "us", "america"...)."""
    return _SYNONYMS.get(normalize(text), frozenset())


@functools.lru_cache(maxsize=1024)
def _person_names(person: Person) -> tuple[str, ...]:
    return tuple(n for n in map(normalize, (person.name, *person.aliases)) if n)


# Words that follow a South Asian woman's given name as a title rather than a family name
# ("Sazia Bibi", "Sabina Khatun"): she goes by the name before them.
_WOMENS_NAME_TITLES = frozenset({"bibi", "begum", "khatun", "khanum"})


def _surname(person: Person) -> str:
    """The family name: the name's last word, or its first when an alias says so ("Xi"), or
    the word before a title that ends a woman's name ("Sazia" of Sazia Bibi)."""
    words = normalize(person.name).split()
    if not words:
        return ""
    single = {n for n in _person_names(person) if " " not in n}
    if words[0] in single and len(words) > 1:
        return words[0]
    if len(words) > 1 and words[-1] in _WOMENS_NAME_TITLES:
        return words[-2]
    return words[-1]


@dataclass(frozen=True, slots=True)
class _Answers:
    """Everything that counts as right or wrong for one question, normalised once."""

    rights: tuple[_Text, ...]
    wrongs: tuple[_Text, ...]
    others: frozenset[str]  # names of something else: right only by being listed
    person: tuple[str, ...]  # the full name's words when the answer is a person
    surname: str
    pairs: tuple[tuple[tuple[_Text, ...], tuple[_Text, ...]], ...]  # "A and B": A's, B's names
    exact: frozenset[str]  # right only when typed exactly: a country's names in other languages
    names: frozenset[str]  # the people's names when the answer is none of them
    role: tuple[str, ...] = ()  # the person's role's words when the answer is a person
    other_roles: tuple[tuple[str, ...], ...] = ()  # every other person's
    role_parts: tuple[tuple[str, ...], ...] = ()  # the role's parts between commas, each a role
    typed: tuple[str, ...] = ()  # the right answers as written: their currency, a score's order

    @property
    def titled(self) -> bool:
        """Whether a title before the answer is read past ("maj gen anderson"): the answer is
        a person the briefing names, or is written as a name ("Joyce Ann Dayag")."""
        return bool(self.person) or _written_as_a_name(self.typed)

    @classmethod
    def of(cls, right: Sequence[str], wrong: Sequence[str], people: Sequence[Person]) -> _Answers:
        norms = {normalize(r) for r in right} - {""}
        extra: set[str] = set()
        for norm in norms:
            extra |= _SYNONYMS.get(norm, frozenset())
        surnames = Counter(_surname(p) for p in people)
        person: Person | None = None
        for candidate in people:
            if norms & set(_person_names(candidate)):
                person = candidate
                break
        surname = ""
        if person is not None:
            extra.update(_person_names(person))
            extra.update(_reversed_names(person))
            if surnames[_surname(person)] == 1:
                surname = _surname(person)
                extra.add(surname)
                extra.update(_initialled_names(person, surname))
                extra.update(_given_name_read_as_surname(person, surname, people))
        for norm in norms | extra:
            extra |= _SEAT_NORMS.get(norm, frozenset()) | _PEOPLE_NORMS.get(norm, frozenset())
        if person is None:
            extra.update(short for norm in norms if (short := _without_venue(norm)))
            extra.update(form for norm in norms for form in _without_descriptors(norm))
            extra.update(form for norm in norms for form in _article_forms(norm))
            extra.update(initials for norm in norms if (initials := _initials(norm)))
            extra.update(form for r in right for form in _named_by_initials_or_reordered(r))
        others = {n for group in _SYNONYMS.values() for n in group}
        other_names = [n for p in people if p is not person for n in _person_names(p)]
        others.update(other_names, (_surname(p) for p in people if p is not person))
        rights = [_Text.of(r) for r in right] + [_Text.of(n) for n in sorted(extra - norms)]
        wrongs = [_Text.of(w) for w in (*wrong, *other_names)]
        words = tuple(normalize(person.name).split()) if person else ()
        return cls(
            tuple(t for t in rights if t.norm),
            tuple(t for t in wrongs if t.norm),
            frozenset(others - norms - extra),
            words,
            surname,
            tuple(pair for norm in sorted(norms) if (pair := _pair_of(norm))),
            frozenset(name for norm in norms | extra for name in _foreign_names(norm)),
            frozenset() if person else frozenset(n for p in people for n in _person_names(p)),
            _role_words(person.role) if person else (),
            tuple(_role_words(p.role) for p in people if p is not person),
            tuple(_role_words(part) for part in person.role.split(",")) if person else (),
            tuple(right),
        )


# Kinds of building or works a place's name ends with, left out as people say the name
# ("Dobsonville" for Dobsonville Stadium). Never a kind of territory: "Niger" is not Niger State.
_VENUES = frozenset(
    "stadium arena hospital station airport school college bridge dam prison hall".split()  # noqa: SIM905
)


def _without_venue(norm: str) -> str | None:
    """The name without the kind of building it ends with, when what is left is a name of its
    own (a word of four letters or more, no number) and no country's."""
    words = norm.split()
    if len(words) < 2 or words[-1] not in _VENUES:
        return None
    rest = " ".join(words[:-1])
    if not any(len(w) >= 4 for w in words[:-1]) or any(c.isdigit() for c in rest):
        return None
    return None if rest in _territories()[0] else rest


# Words that say what kind of venue it is between its name and the kind ("Fort Portal Regional
# Referral Hospital", "Kotoka International Airport"), left out as people say the name.
_DESCRIPTORS = frozenset(
    "regional referral general national international central district county memorial "  # noqa: SIM905
    "teaching community municipal provincial state city main".split()
)


def _without_descriptors(norm: str) -> set[str]:
    """A venue's name with the words that describe its kind left out, one or all, with or
    without the kind ("fort portal hospital", "fort portal regional hospital", "fort portal"
    for Fort Portal Regional Referral Hospital), when the name before them is one of its own
    (a word of four letters or more, no number) and no country's."""
    words = norm.split()
    if len(words) < 3 or words[-1] not in _VENUES:
        return set()
    start = next((i for i, w in enumerate(words) if w in _DESCRIPTORS), len(words) - 1)
    name, described, venue = words[:start], words[start:-1], words[-1]
    if not name or not described or any(w not in _DESCRIPTORS for w in described):
        return set()
    if not any(len(w) >= 4 for w in name) or any(c.isdigit() for w in name for c in w):
        return set()
    if " ".join(name) in _territories()[0]:
        return set()
    forms = {" ".join(name), " ".join([*name, venue]), " ".join(name + described)}
    for dropped in described:
        kept = [w for w in described if w != dropped]
        forms.add(" ".join([*name, *kept, venue]))
    return forms - {norm}


# The Arabic article at the start of a place's name, written "al" or "el" and often left out:
# "Al Bathaa" is "Bathaa" and "El Bathaa".
_ARABIC_ARTICLES = frozenset({"al", "el"})


def _article_forms(norm: str) -> set[str]:
    """A name starting with the Arabic article, with the article's other spelling, and
    without it when the word after it has four letters or more ("al ain": "el ain" only)."""
    words = norm.split()
    if len(words) < 2 or words[0] not in _ARABIC_ARTICLES:
        return set()
    rest = " ".join(words[1:])
    forms = {f"{article} {rest}" for article in _ARABIC_ARTICLES} - {norm}
    return forms | ({rest} if len(words[1]) >= 4 else set())


def _initials(norm: str) -> str | None:
    """The initials of an answer of three words or more, each of two letters or more and none
    a small linking word, as chat writes a long name ("ucv" for unimproved capital value,
    "hcmc" for Ho Chi Minh City)."""
    words = norm.split()
    if len(words) < 3 or any(
        len(w) < 2 or not w.isalpha() or (len(w) < 3 and w in _LINKING) for w in words
    ):
        return None
    return "".join(w[0] for w in words)


# A proper name of three capitalised words or more inside an answer ("Kurdistan Regional
# Government"), and a role of lowercase words before "of" ("prime minister of ...").
_LONG_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){2,}\b")
_ROLE_OF = re.compile(r"^([a-z][a-z ]*?)\s+of\s+(?:the\s+)?(.+)$")
# A role capitalised only as a sentence starts, every later word lowercase (not "Bank of America").
_SENTENCE_CAPITAL = re.compile(r"^[A-Z][a-z]*(?:\s+[a-z][a-z-]*)+$")


@functools.lru_cache(maxsize=512)
def _named_by_initials_or_reordered(right: str) -> tuple[str, ...]:
    """`right` with a long name inside it written as its initials ("prime minister of the krg"
    for "prime minister of the Kurdistan Regional Government"), and a role "of" something
    said the other way round ("krg prime minister", "erbil governor" for "governor of
    Erbil"); none for a name itself ("Bank of America")."""
    forms = [right]
    if (name := _LONG_NAME.search(right)) is not None and name.group(0) != right.strip():
        initials = "".join(word[0] for word in name.group(0).split())
        forms.append(right[: name.start()] + initials + right[name.end() :])
    for form in list(forms):
        if _SENTENCE_CAPITAL.match(form.strip()):  # "Chairman of the volunteer committee"
            form = form.strip()[0].lower() + form.strip()[1:]
        if (role := _ROLE_OF.match(form.strip())) is not None:
            forms.append(f"{role.group(2)} {role.group(1)}")
    return tuple(norm for form in forms[1:] if (norm := normalize(form)))


# Small words of a name that its initials leave out or keep as they please: never read.
_LINKING = frozenset({"of", "in", "on", "at", "to", "an", "de", "du", "la", "le", "el", "al"})


_INITIAL_DOTS = re.compile(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.")


def _role_words(role: str) -> tuple[str, ...]:
    """A role's normalised words, initials joined as typed ("U.N." -> "un")."""
    return tuple(normalize(_INITIAL_DOTS.sub("", role)).split())


def _initialled_names(person: Person, surname: str) -> set[str]:
    """The surname after a given name's initial ("D. Cha", "V. Cha") or all of them ("V. D.
    Cha"): the same person when no other person of the briefing shares the surname."""
    given = [w for w in normalize(person.name).split() if w != surname and w.isalpha()]
    names = {f"{word[0]} {surname}" for word in given}
    if len(given) > 1:
        names.add(" ".join(word[0] for word in given) + f" {surname}")
    return names


def _given_name_read_as_surname(person: Person, surname: str, people: Sequence[Person]) -> set[str]:
    """The given name alone of a two-word name written family name first ("Jinping" for Xi
    Jinping, known as "Xi"): readers used to the other order take it for the surname. Never
    for a name written given name first ("John" for John Kirby), nor when another person of
    the briefing has that word in their name."""
    words = normalize(person.name).split()
    if len(words) != 2 or words[0] != surname or len(words[1]) < 3:
        return set()
    if words[1] in _WOMENS_NAME_TITLES:
        return set()  # "Bibi" of Sazia Bibi: a title, names nobody
    others = {w for p in people if p is not person for n in _person_names(p) for w in n.split()}
    return set() if words[1] in others else {words[1]}


def _reversed_names(person: Person) -> set[str]:
    """Two-word names in the other order ("Jinping Xi", "Cha Victor"): the same person, the
    family name put first or last as the writer is used to."""
    return {" ".join(reversed(n.split())) for n in _person_names(person) if len(n.split()) == 2}


def _pair_of(norm: str) -> tuple[tuple[_Text, ...], tuple[_Text, ...]] | None:
    """The two sides of an answer made of two things ("japan and south korea"), each with its
    well-known names, or None."""
    words = norm.split()
    if words.count("and") != 1 or words[0] == "and" or words[-1] == "and":
        return None
    cut = words.index("and")
    sides = []
    for side in (" ".join(words[:cut]), " ".join(words[cut + 1 :])):
        names = {side} | _SYNONYMS.get(side, frozenset())
        names |= {seat for name in names for seat in _SEAT_NORMS.get(name, ())}
        sides.append(tuple(_Text.of(name) for name in sorted(names)))
    return sides[0], sides[1]


_PAIR_BREAK = re.compile(r"[/;|+]|(?<!\d),|,(?!\d)|\b(?:vs|versus)\b\.?", re.IGNORECASE)


def _pair_matches(given: str, answers: _Answers) -> bool:
    """Whether `given` names the two sides of a two-part answer, in either order and joined
    by "and", "&", "n", "vs", a comma or a slash ("teeth & lips" for "lips and teeth"); a
    side that is a country may be named by its capital ("Rome and Vienna")."""
    if not answers.pairs:
        return False
    tokens = read_tokens(_PAIR_BREAK.sub(" and ", clean(given)))
    tokens = _strip_fillers(tokens, answers.rights, titles=False)
    if HEDGES.intersection(tokens) or tokens.count("and") != 1:
        return False
    cut = tokens.index("and")
    first, second = _Text.of_tokens(tokens[:cut]), _Text.of_tokens(tokens[cut + 1 :])
    if not first.norm or not second.norm:
        return False

    def names(part: _Text, side: tuple[_Text, ...]) -> bool:
        return any(_distance(part, name) is not None for name in side)

    return any(
        (names(first, one) and names(second, other)) or (names(first, other) and names(second, one))
        for one, other in answers.pairs
    )


@functools.lru_cache(maxsize=512)
def _answers(
    right: tuple[str, ...], wrong: tuple[str, ...], people: tuple[Person, ...]
) -> _Answers:
    """The answers of one question, read once and kept while the question is asked."""
    return _Answers.of(right, wrong, people)


def chat_words(text: str) -> list[str]:
    """The normalised words of `text` without the chat before and after them ("i think",
    "lol"), as a reply is read for what it says."""
    return _strip_fillers(read_tokens(text), (), titles=False)


def misspells(word: str, spelled: str) -> bool:
    """Whether `word` is `spelled` with one letter dropped ("fals"), two neighbouring letters
    swapped or one doubled ("ture", "truee"): a slip, never another word of 3 letters or less."""
    if len(word) < 3:
        return False
    dropped = len(word) == len(spelled) - 1 and osa(word, spelled, score_cutoff=1) == 1
    return dropped or _slip(word, spelled)


def strip_chat(words: list[str]) -> list[str]:
    """Casefolded `words` without the chat around them ("its", "i think", "lol"): the words
    said after are read past first, so "a lol" keeps "a"."""
    return _strip_leading(_strip_trailing(words, ()), (), titles=False)


def _strip_fillers(tokens: list[str], rights: Sequence[_Text], titles: bool) -> list[str]:
    """`tokens` without the leading and trailing filler words and (for a person) titles."""
    return _strip_trailing(_strip_leading(tokens, rights, titles), rights)


def _strip_trailing(tokens: list[str], rights: Sequence[_Text]) -> list[str]:
    ends = {tuple(r.norm.split()[-3:]) for r in rights}
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for filler in _TRAILING_FILLERS:
            size = len(filler)
            if (
                len(tokens) > size
                and tuple(tokens[-size:]) == filler
                and not any(end[-size:] == filler for end in ends)
            ):
                tokens, changed = tokens[:-size], True
                break
    return tokens


def _strip_leading(tokens: list[str], rights: Sequence[_Text], titles: bool) -> list[str]:
    starts = {tuple(r.norm.split()[:4]) for r in rights}
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for filler in _FILLERS:
            size = len(filler)
            if (
                tuple(tokens[:size]) == filler
                and len(tokens) > size
                and not any(start[:size] == filler for start in starts)
            ):
                tokens, changed = tokens[size:], True
                break
        if not changed and titles and tokens[0] in _TITLES:
            tokens, changed = tokens[1:], True
    return tokens


def _name_distance(words: Sequence[str], answers: _Answers) -> int | None:
    """Typos between `words` and the person's full name (its middle initials may go), a first
    name allowed one or cut short ("Vic Cha" for Victor D. Cha)."""
    full = answers.person
    short = tuple(w for w in full if len(w) > 1 or w == answers.surname)
    names = {full, short}
    if len(full) > 2 and full[-1] == answers.surname:
        # a middle name left out or cut to its initial: "Ellen Huvelle", "Ellen S. Huvelle"
        names |= {(full[0], full[-1]), (full[0], *(w[0] for w in full[1:-1]), full[-1])}
    names |= {without for name in tuple(names) if (without := _without_lineage(name)) != name}
    named = [d for d in (_name_typos(words, name, answers.surname) for name in names)]
    return min((d for d in named if d is not None), default=None)


# Words that name a father in Arabic and Malay names: "Mohammad bin Saif Al Hosni" is known as
# Mohammad Al Hosni, "Siti binti Ahmad" as Siti.
_LINEAGE = frozenset({"bin", "binti", "bint", "ibn"})


def _without_lineage(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name without its father's name inside it ("bin Saif"); as it is when it has none,
    or when the father's name is its last word."""
    for index, word in enumerate(name[1:-2], start=1):
        if word in _LINEAGE:
            return (*name[:index], *name[index + 2 :])
    return name


# English given names and the short forms that do not begin like them ("Bill" for William,
# "Bob" for Robert): either may be typed for the other, as one slip.
_SHORT_FORMS = {
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "dick": "richard",
    "rick": "richard",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "mike": "michael",
    "dave": "david",
    "ted": "edward",
    "jack": "john",
    "chuck": "charles",
    "tony": "anthony",
    "harry": "henry",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "peggy": "margaret",
    "danny": "daniel",
    "andy": "andrew",
}


def _short_form_of(right: str, word: str) -> str | None:
    """`right` when it is the short form of `word` ("bob" typed in full as "robert")."""
    return right if _SHORT_FORMS.get(right) == word else None


# One Arabic given name as the news spells it in Latin letters (seven spellings in 62 of the
# labelled real articles).
_MUHAMMAD = frozenset(
    {"muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "muhamad", "mohd"}
)


def _name_typos(words: Sequence[str], name: Sequence[str], surname: str) -> int | None:
    if len(words) != len(name):
        return None
    total = 0
    for word, right in zip(words, name, strict=True):
        if right != surname and (
            _SHORT_FORMS.get(word) == right or _SHORT_FORMS.get(right) == word
        ):
            total += 1  # "Bill Holliday" for William Holliday, "Robert Krizanic" for Bob
            continue
        if right != surname and word != right and {word, right} <= _MUHAMMAD:
            total += 1  # "Muhammad Alabbar" for Mohammed Alabbar: one name, spelled two ways
            continue
        if right != surname and len(word) >= 3 and right.startswith(word) and word != right:
            total += 1  # a given name cut short: "Vic" for Victor
            continue
        if right != surname and len(right) >= 3 and word.startswith(right) and word != right:
            total += 1  # written in full where the briefing cuts it: "Daniel" for Dan
            continue
        allowed = _tolerance(len(right))
        if right != surname and len(right) >= 3:
            allowed = max(allowed, 1)
        distance = osa(word, right, score_cutoff=allowed)
        if distance > allowed:
            return None
        total += distance
    return total if total <= _MAX_NAME_TYPOS else None


def _lists_several(given: str, rights: Sequence[_Text], wrongs: Sequence[_Text]) -> bool:
    """Whether `given` names several answers at once, or hedges with "both" or "either"."""
    hedges = HEDGES.intersection(read_tokens(given))
    if hedges and not any(hedges.issubset(r.norm.split()) for r in rights):
        return True
    parts = [_Text.of(p) for p in _SEPARATORS.split(clean(given))]
    parts = [p for p in parts if p.norm]
    if len(parts) < 2:
        return False
    named = 0
    for part in parts:
        if any(_distance(part, w) is not None for w in wrongs):
            return True
        named += any(_distance(part, r) is not None for r in rights)
    return named >= 2


def _matches(guess: _Text, given: str, answers: _Answers) -> bool:
    """Whether one reading of the guess is right, and closer to right than to anything wrong."""
    if guess.norm in answers.others or any(guess.norm == w.norm for w in answers.wrongs):
        return False
    if answers.person and _wrong_initial(guess.words, answers):
        return False
    distances = [d for d in (_distance(guess, r) for r in answers.rights) if d is not None]
    if answers.person and not guess.numbers:
        named = _name_distance(guess.words, answers)
        distances += [] if named is None else [named]
    if not distances:
        return False
    best = min(distances)
    exact = any(guess.norm == r.norm for r in answers.rights)
    if not exact and _lists_several(given, answers.rights, answers.wrongs):
        return False
    for w in answers.wrongs:
        near = _distance(guess, w)
        gap = near if near is not None else _loose_distance(guess, w)
        # A typo as near a person's name as the answer is still the answer when no person is
        # asked for ("chna" for "China", though as near "Cha").
        if gap < best or (gap == best and w.norm not in answers.names):
            return False
    return True


def _wrong_initial(words: Sequence[str], answers: _Answers) -> bool:
    """Whether a name is typed with an initial at either end that none of the person's given
    names starts with ("L. Kirby" for John Kirby: another person, not a typo)."""
    given = {word[0] for word in answers.person if word != answers.surname}
    return len(words) > 1 and any(len(words[i]) == 1 and words[i] not in given for i in (0, -1))


# "Which team did they beat?", "Which club ...", "Which side ...": a team is asked for.
_ASKS_TEAM = re.compile(r"\b(?:which|what)\s+(?:team|club|side)\b", re.IGNORECASE)
# Words many clubs of one league share, which name no one club alone: Nigeria's league has
# Sunshine Stars, Lobi Stars, Enugu Rangers; England's and Scotland's Rovers, Rangers,
# Wanderers.
_SHARED_CLUB_WORDS = frozenset({"stars", "rangers", "rovers", "wanderers", "queens", "pillars"})


def _team_by_nickname(given: str, rights: Sequence[str], context: str) -> str | None:
    """The right answer a team's name is when `given` is its last word alone, a plural of five
    letters or more ("magpies", "the tigers" for Lae Tigers), as teams are called by their
    nickname, where the question asks which team; None otherwise. A word many clubs share
    ("stars", "rangers") names none of them, and a place's or sponsor's words ("lae", "souths
    logan") are not read so: they name a town or a firm too."""
    if not _ASKS_TEAM.search(context):
        return None
    words = [w for w in chat_words(given) if w != "the"]
    if len(words) != 1:
        return None
    for right in rights:
        parts = normalize(right).split()
        if len(parts) < 2 or len(parts[-1]) < 5 or not parts[-1].endswith("s"):
            continue
        if parts[-1] in _SHARED_CLUB_WORDS:
            continue  # "stars" for Sunshine Stars: Lobi Stars too
        if words[0] == parts[-1] or misspells(words[0], parts[-1]):
            return right
    return None


def is_correct(
    given: str,
    answer: str,
    accept: Sequence[str] = (),
    wrong: Sequence[str] = (),
    people: Sequence[Person] = (),
    context: str = "",
) -> bool:
    """Whether `given` is a right answer: `answer`, one of `accept` or a well-known synonym of
    one ("USA" for "United States"), and none of `wrong`.

    `people` are the persons the question's briefing names: when the answer is one of them,
    their name, aliases and surname are right too, titles ("Dr.") and a typo in a first name
    are forgiven; the others are always wrong. `context` is the question asked: words of it
    that a guess repeats around the answer are read past ("firm stance" when asked about the
    stance, "adding oil" when asked what not to add).

    A country is right by its name in other common languages ("Ucrania", "中国"), matched
    exactly, or by its flag emoji; a guess in another script is also read transliterated
    ("Владивосток" = "Vladivostok").
    """
    longest = max([len(answer), *map(len, accept)])
    if len(given) > max(MAX_GUESS_CHARS, min(2 * longest, _HARD_CAP)):
        return False
    if (halves := bracketed_figures.figure_and_bracket(given)) is not None and all(
        is_correct(half, answer, accept, wrong, people, context) for half in halves
    ):
        return True  # "25 miles (40 km)": the figure and its conversion both right
    rights = (answer, *accept)
    rights += left_out.shorter_forms(rights)  # "shoulder" for "his shoulder"
    rights += amounts.scales_spelled_in_answers(rights)  # "£300 million" for "£300m"
    rights += times_of_day.colon_forms(rights)  # "11:30 pm" for "11.30 pm"
    rights += ranges_said.to_forms(rights)  # "18 to 20" for "Rs 18-20"
    if any("," in right for right in rights):
        rights += _without_larger_place(rights)  # "san marcos" for "San Marcos, Texas"
    if counts_said.another_count_of_one(given, rights):
        return False  # "2 weeks" or "weeks" for "a week", "a week" for "weeks"
    if _another_country(given, rights) or _initials_asked_about(given, rights, context):
        return False  # "zambia" for Gambia; "safa" asked what SAFA stands for
    if _year_of_a_name(given, rights):
        return False  # "1984" for "the Criminal Justice Act, 1984"
    if money_units.another_sum(given, rights):
        return False  # "$53" for 53 cents, "$1" for one cent
    answers = _answers(rights, tuple(wrong), tuple(people))
    readings = _readings(given)
    amount_readings = amounts.other_readings(given, rights)
    readings += amount_readings
    if (sum_said := money_units.same_sum_reading(given, rights)) is not None:
        readings.append(sum_said)  # "$0.53" for 53 cents, "131 cents" for $1.31
    readings += calendar_answers.calendar_readings(given, rights)  # "feb", "7/6/2020"
    if (month := calendar_answers.month_asked_reading(given, rights, context)) is not None:
        readings.append(month)  # "jan" asked in which month, for January 2025
    if (clock := times_of_day.time_of_day_reading(given, rights)) is not None:
        readings.append(clock)  # "17:00" for "5 p.m."
    if (relative := relative_times.relative_time_reading(given, rights)) is not None:
        readings.append(relative)  # "a year ago" for "last year"
    if (age := ages.age_reading(given, rights)) is not None:
        readings.append(age)  # "52 yrs" for "52 years old"
    if (counted := kinds_counted.the_answers_word_reading(given, rights, context)) is not None:
        readings.append(counted)  # "3 ppl" for three people, "27 households" for 27 families
    if (code := _code_joined(given, rights)) is not None:
        readings.append(code)  # "mp 5" for "MP5"
    if (factor := factors_said.factor_reading(given, rights)) is not None:
        readings.append(factor)  # "2x" for "It doubled"
    if (team := _team_by_nickname(given, rights, context)) is not None:
        readings.append(team)  # "the magpies" asked which team, for Souths Logan Magpies
    for said in (given, *amount_readings):  # "4,000-4,300 vnd" for "4,000 to 4,300 dong"
        if (span := ranges_said.dashed_range_reading(said, rights)) is not None:
            readings.append(span)  # "8-10%" for "8 to 10 percent"
    for said in (given, *amount_readings):  # "over J$1bn" for "more than J$1 billion"
        if (compared := _compared_alike(said, (*rights, context))) is not None:
            readings.append(compared)  # "more than 200" for "over 200"
    if (way := _the_way_asked(given, context)) is not None:
        readings.append(way)  # "lost 40%" asked by how much the shares fell
    if (spelled := units.in_answers_words(given, rights)) is not None:
        readings.append(spelled)  # "5km" for "5 kilometres"
    if (converted := units_converted.converted_reading(given, rights)) is not None:
        readings.append(converted)  # "40 km" for 25 miles
    if (place := _without_country_after(given, rights)) is not None:
        readings.append(place)  # "doha, qatar" for Doha
        if (named := place_kinds.named_word_reading(place, rights, context)) is not None:
            readings.append(named)  # "butuan, philippines" asked which city, for Butuan City
    if (place := _with_answers_larger_place(given, rights)) is not None:
        readings.append(place)  # "san marcos tx" for "San Marcos, Texas"
    if (french := french_kinds.english_kind_reading(given)) is not None:
        readings.append(french)  # "le comté de hays" for Hays County
    if (joined := _digits_joined(given, rights)) is not None:
        readings.append(joined)  # "9-1-1", "nine one one" for 911
    if (written := abbreviations.in_answers_words(given, rights)) is not None:
        readings.append(written)  # "fire dept" for "the fire department"
    if (kind := place_kinds.kind_said_reading(given, rights, context)) is not None:
        readings.append(kind)  # "manatee" asked which county, for "Manatee County"
    if (kind := place_kinds.kind_before_reading(given, rights, context)) is not None:
        readings.append(kind)  # "co cork" asked which county, for Cork
    if (named := place_kinds.named_word_reading(given, rights, context)) is not None:
        readings.append(named)  # "private" asked which sector, for "the private sector"
        said = " ".join(chat_words(given))  # "butuan lol": the chat after it read past
        if said and (named := place_kinds.named_word_reading(said, rights, context)) is not None:
            readings.append(named)
    if (state := gazetteer.state_code_reading(given, rights)) is not None:
        readings.append(state)  # "nc" for North Carolina
    if (nothing := counts_said.nothing_reading(given, rights)) is not None:
        readings.append(nothing)  # "none", "no goals" for 0
    if (one := counts_said.one_as_a_reading(given, rights)) is not None:
        readings.append(one)  # "1 mile" for "a mile"
    if (one := counts_said.a_as_one_reading(given, rights)) is not None:
        readings.append(one)  # "a third" for "one third"
    if (named := _surname_said(given, rights, tuple(wrong), people, context)) is not None:
        readings.append(named)  # "coutinho" asked who scored, for Philippe Coutinho
    if (score := counts_said.score_reading(given, rights)) is not None:
        readings.append(score)  # "4 to 0", "nil nil" for a score
    if (decade := counts_said.decade_reading(given, rights)) is not None:
        readings.append(decade)  # "thirties" for "30s"
    if (rank := counts_said.rank_reading(given, rights)) is not None:
        readings.append(rank)  # "no. 3" for 3
    if _numeric_answer(rights):
        if (mended := mend_number_word_slips(given)) is not None:
            readings.append(mended)  # "sevn" for 7
        if (counted := counts_said.count_word_reading(given, rights)) is not None:
            readings.append(counted)  # "a dozen" for 12, "twice" for 2
        if (grouped := counts_said.grouped_number_reading(given, rights)) is not None:
            readings.append(grouped)  # "one forty" for 140
        if (french := french_numbers.french_number_reading(given)) is not None:
            readings.append(french)  # "dix-sept" for 17
        if (iberian := iberian_numbers.iberian_number_reading(given)) is not None:
            readings.append(iberian)  # "seis toneladas" for six tonnes, "ocho por ciento" for 8%
    if any(_YEAR.fullmatch(normalize(right)) for right in rights) and (year := year_said(given)):
        readings.append(year)  # "twenty fifteen", "'15" where the answer is a year
    return any(
        not units.another_unit(reading, rights, context) and _judged(reading, answers, context)
        for reading in dict.fromkeys(readings)  # each reading once, in order
    )


_LETTER_RUNS = re.compile(r"[a-z]+")
_NUMERIC = re.compile(r"\d")

# A question that asks for a person: "who", "whom", "whose", or "which" before a role.
ASKS_WHO = re.compile(
    r"\b(?:who|whom|whose)\b|\bwhich\s+(?:\w+\s+){0,2}(?:player|scorer|coach|manager|minister|"
    r"mayor|president|official|spokesman|spokesperson|leader|judge|boxer|actor|actress|singer|"
    r"writer|author|journalist|reporter|presenter|councillor|councilor|officer|doctor|suspect|"
    r"schoolmate|classmate|colleague|governor|captain|striker|goalkeeper|commander|general|"
    r"chief|analyst|forward|defender|midfielder|winger|rider|cyclist|athlete|footballer|"
    r"spokeswoman|coordinator|lawyer|prosecutor|candidate|politician|activist|economist|"
    r"scientist|premier|chancellor|king|queen|prince|princess|commissioner|secretary|director|"
    r"executive|founder|chairman|chairwoman|businessman|businesswoman|pilot|artist|musician|"
    r"poet|novelist|referee|umpire|batsman|bowler|professor|banker|investor|owner|man|woman|"
    r"farmer|fisherman|worker|teacher|student|nurse|driver|engineer|soldier|firefighter|"
    r"survivor|witness|resident|villager|member|person|counsel|attorney|barrister|solicitor|"
    r"magistrate|trader|vendor|merchant|shopkeeper)s?\b",
    re.IGNORECASE,
)
"""A question that asks for a person: "who", or "which" before a role ("which player")."""
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’-]+")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la"})


# The commonest Vietnamese family names. A Vietnamese name is written family name first, and
# its bearer goes by its last word ("Hai" for Ho Van Hai, "Chien" for Ho Van Chien), however
# short; its middle "Van" is no particle (11 labelled real articles name people so).
_VIETNAMESE_FAMILY_NAMES = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
     "ho", "ngo", "duong", "ly", "dinh", "truong", "trinh"}
)  # fmt: skip


def _surname_said(
    given: str,
    rights: Sequence[str],
    wrong: tuple[str, ...],
    people: Sequence[Person],
    context: str,
) -> str | None:
    """`given` with a person's surname written as their whole name where the question asks
    for a person and a right answer is a name of two or three words whose last word no other
    person of the briefing has ("coutinho" for Philippe Coutinho, asked who scored); None
    otherwise. A given name alone stays wrong, and a person the briefing lists is judged by
    their own names (a Malay name's last word is the father's)."""
    if not ASKS_WHO.search(context):
        return None
    named = _surnames(tuple(rights), wrong, tuple(people))
    if not named:
        return None
    tokens = read_tokens(given)
    for surname, whole in named:
        for index, token in enumerate(tokens):
            if token == surname or misspells(token, surname) or _typo_of_long(token, surname):
                return " ".join([*tokens[:index], whole, *tokens[index + 1 :]])
    return None


def _typo_of_long(word: str, surname: str) -> bool:
    """Whether `word` is a surname of six letters or more with one letter wrong, added or
    left out ("suleimani" for Soleimani, "tayler" for Taylor)."""
    return (
        len(surname) >= 6
        and abs(len(word) - len(surname)) <= 1
        and osa(word, surname, score_cutoff=1) <= 1
    )


@functools.lru_cache(maxsize=512)
def _surnames(
    rights: tuple[str, ...], wrong: tuple[str, ...], people: tuple[Person, ...]
) -> tuple[tuple[str, str], ...]:
    """Each right answer that reads as the name of a person the briefing does not list, as its
    surname and the whole name (normalised), unless another person has that surname."""
    taken = {normalize(name).split()[-1] for name in wrong if normalize(name)}
    listed = {normalize(name) for person in people for name in _person_names(person)}
    named = []
    for right in rights:
        words = right.split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        whole, surname = normalize(right), normalize(words[-1])
        vietnamese = len(words) == 3 and normalize(words[0]) in _VIETNAMESE_FAMILY_NAMES
        if whole in listed or surname in taken or len(surname) < (3 if vietnamese else 4):
            continue
        if vietnamese or normalize(words[-2]) not in _PARTICLES:  # "al said": the surname's
            named.append((surname, whole))
    return tuple(named)


def _without_country_after(given: str, rights: Sequence[str]) -> str | None:
    """A town or city of one to three words typed with its own country or US state after it
    ("doha, qatar", "dubai uae", "new bern nc"), without it, when no right answer is a
    country itself or names that one; None otherwise: a place the gazetteer puts elsewhere
    ("abu dhabi brazil") or does not list, or a sentence ending with a country."""
    given = _DOTTED_CODE.sub(r"\1\2", given)  # "n.c." as "nc"
    pieces = given.replace(",", " ").split()
    if len(pieces) < 2:
        return None
    last = clean(pieces[-1]).strip(_PUNCTUATION)
    if last not in _countries_last_words() and not _may_end_a_state(last):
        return None  # the common cases, without reading the guess
    if _answers_a_country(tuple(rights)):
        return None
    words = normalize(given).split()
    english = _territories()[0]
    for size in (1, 2, 3):
        where = " ".join(words[-size:])
        if not 0 < len(words) - size <= 4:
            continue
        code = english.get(where) or _state_of(where)
        if code is None:
            continue
        if any(where in normalize(r) for r in rights):
            return None
        place = " ".join(words[:-size])
        if code == "US" and (in_state := _without_country_after(place, rights)) is not None:
            return in_state  # "irving, texas, usa": the country, then the state
        # the place as typed, without its kind ("butuan city"), or as a right answer spells it
        # when typed with a slip ("olso")
        spelled = [place, _CITY_AFTER.sub("", place)]
        spelled += [normalize(r) for r in rights if _close_to(place, normalize(r))]
        return place if any(_places_own(name, code) for name in spelled) else None
    return None


_CITY_AFTER = re.compile(r" (?:city|town)$")


def _close_to(typed: str, right: str) -> bool:
    """Whether `typed` is `right` with a typo or two ("olso" for Oslo)."""
    if not typed or not right:
        return False
    allowed = max(_tolerance(len(right)), 1)
    return osa(typed, right, score_cutoff=allowed) <= allowed


def _places_own(place: str, code: str) -> bool:
    """Whether the gazetteer puts the town or city `place` in the country or US state `code`,
    and, for a state, in no other state: the state then cannot tell which one is meant."""
    if code == "US" and gazetteer.state_code(place) is not None:
        return True  # "south carolina usa": a state in its country
    where: set[str] = set()
    for name in {place, *_article_forms(place)}:  # "el ain" for Al Ain
        where |= gazetteer.places_in(name)
    states = {w for w in where if w.startswith("US-")}
    return code in where and (not code.startswith("US-") or len(states) == 1)


_DOTTED_CODE = re.compile(r"\b([A-Za-z])\.\s?([A-Za-z])\.?\s*$")


def _may_end_a_state(word: str) -> bool:
    """Whether `word` may end a US state's name or postal code ("carolina", "nc", "n.c")."""
    return len(word.replace(".", "")) == 2 or word in gazetteer.states_last_words()


@functools.lru_cache(maxsize=512)
def _without_larger_place(rights: tuple[str, ...]) -> tuple[str, ...]:
    """Each right answer written as a place, a comma and its US state or country ("San
    Marcos, Texas", "Lomé, Togo"), without them: the place alone names it as well."""
    shorter = []
    for right in rights:
        place, comma, larger = right.rpartition(",")
        larger_norm = normalize(larger)
        if not comma or not normalize(place) or not larger_norm:
            continue
        if _state_of(larger_norm) or larger_norm in _territories()[0]:
            shorter.append(place.strip())
    return tuple(shorter)


def _larger_place_code(words: str) -> str | None:
    """The code of the US state or country that `words` name ("tx", "texas", "usa"), or None."""
    return _state_of(words) or _territories()[0].get(words)


@functools.lru_cache(maxsize=512)
def _answers_larger_places(rights: tuple[str, ...]) -> frozenset[str]:
    """The codes of the US states or countries right answers name after a comma."""
    own = {
        code
        for right in rights
        if "," in right and (code := _larger_place_code(normalize(right.rpartition(",")[2])))
    }
    if any(code.startswith("US-") for code in own):
        own.add("US")  # "san marcos, texas, usa"
    return frozenset(own)


def _with_answers_larger_place(given: str, rights: Sequence[str]) -> str | None:
    """`given` without the US state or country a right answer names after its place ("san
    marcos tx", "san marcos, texas, usa" for "San Marcos, Texas"), or None."""
    if not any("," in right for right in rights):
        return None  # the common case, without reading the guess
    own = _answers_larger_places(tuple(rights))
    if not own:
        return None
    words = normalize(given.replace(",", " ")).split()
    stripped = False
    while len(words) > 1:
        for size in (2, 1):
            if len(words) > size and _larger_place_code(" ".join(words[-size:])) in own:
                words = words[:-size]
                stripped = True
                break
        else:
            break
    return " ".join(words) if stripped else None


def _state_of(words: str) -> str | None:
    """The gazetteer's code of the US state that `words` name ("US-NC"), or None."""
    code = gazetteer.state_code(words)
    return f"US-{code}" if code else None


_PUNCTUATION = ".!?;:'\"()"


@functools.cache
def _countries_last_words() -> frozenset[str]:
    """The last word of every country's English name or synonym ("uae", "qatar", "lanka")."""
    return frozenset(name.split()[-1] for name in _territories()[0])


@functools.lru_cache(maxsize=512)
def _answers_a_country(rights: tuple[str, ...]) -> bool:
    return any(normalize(right) in _territories()[0] for right in rights)


@functools.lru_cache(maxsize=512)
def _year_of_a_name(given: str, rights: Sequence[str]) -> bool:
    """Whether `given` is a year alone and a right answer a name of two words or more dated by
    it ("1984" for "the Criminal Justice Act, 1984", "2010" for "World Cup 2010"): the year
    names no act or tournament of its own, as the number alone names a count."""
    if not _YEAR.search(given):
        return False  # the common case, without reading the guess
    typed = read_tokens(given)
    if len(typed) != 1 or not _YEAR.fullmatch(typed[0]):
        return False
    for right in rights:
        tokens = read_tokens(right)
        words = [t for t in tokens if t not in ARTICLES and not t[:1].isdigit()]
        if typed[0] in tokens and len(words) >= 2 and not any(_month_of(w) for w in words):
            return True
    return False


def _numeric_answer(rights: tuple[str, ...]) -> bool:
    """Whether a right answer holds a number."""
    return any(_NUMERIC.search(normalize(right)) for right in rights)


def _digits_joined(given: str, rights: Sequence[str]) -> str | None:
    """Three digits or more typed or said one by one ("9-1-1", "nine one one"), joined, when a
    right answer is that number written as one; None otherwise."""
    numbers = _long_numbers(tuple(rights))
    if not numbers or len(_PIECES.split(given.strip())) < 3:
        return None  # the common cases, without reading the guess
    tokens = read_tokens(given)
    if len(tokens) < 3 or any(len(t) != 1 or not t.isdigit() for t in tokens):
        return None
    joined = "".join(tokens)
    return joined if joined in numbers else None


_PIECES = re.compile(r"[\s-]+")


@functools.lru_cache(maxsize=512)
def _long_numbers(rights: tuple[str, ...]) -> frozenset[str]:
    """The right answers that are a number of three digits or more."""
    norms = (normalize(right) for right in rights)
    return frozenset(n for n in norms if len(n) >= 3 and n.isdigit())


_SPLIT_CODE = re.compile(r"\b([^\W\d_]{1,4})[\s-]+(\d{1,4})\b")
_CODE = re.compile(r"\b[^\W\d_]{1,4}\d{1,4}\b")


@functools.lru_cache(maxsize=512)
def _codes(answers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(code for answer in answers for code in _CODE.findall(clean(answer)))


def _code_joined(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a code of letters and digits typed apart written as a right answer writes
    it ("mp 5", "mp-5" for "MP5"), or None when no answer holds such a code."""
    codes = _codes(tuple(answers))
    if not codes or not _SPLIT_CODE.search(given):
        return None
    text = clean(given)
    joined = _SPLIT_CODE.sub(lambda m: m[1] + m[2] if m[1] + m[2] in codes else m.group(), text)
    return joined if joined != text else None


# One comparison said two ways: "over 200" is "more than 200", "under 5" is "less than 5".
_COMPARED_ALIKE = (
    ("over", "more than"),
    ("under", "less than"),
    ("over", "at least"),  # "over 2000" asked "at least how many"
    ("more than", "at least"),
    *((near, "about") for near in ("nearly", "almost", "around", "approximately", "roughly")),
)


# Each pair both ways: the typed word's pattern, the other word and its pattern.
_COMPARED_PATTERNS = tuple(
    (re.compile(rf"\b{typed}\b"), theirs, re.compile(rf"\b{theirs}\b"))
    for one, other in _COMPARED_ALIKE
    for typed, theirs in ((one, other), (other, one))
)


_COMPARING_WORD = re.compile(
    r"\b(?:over|under|more|less|least|nearly|almost|around|approximately|roughly)\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=512)
def _said_as(said: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(read_tokens(phrase)) for phrase in said)


def _compared_alike(given: str, said: Sequence[str]) -> str | None:
    """`given` with a comparing word said as a right answer or the question says it ("more
    than 200" for "over 200"), or None when neither says the other form."""
    if not _COMPARING_WORD.search(given):
        return None  # the common case, without reading the guess
    text = " ".join(read_tokens(given))
    written = _said_as(tuple(said))
    for typed, theirs, theirs_said in _COMPARED_PATTERNS:
        if typed.search(text) and any(theirs_said.search(w) for w in written):
            return typed.sub(theirs, text)
    return None


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_SPLIT_UN = re.compile(r"^(\W*)un[\s-]+(?=[^\W\d_])", re.IGNORECASE)


def _readings(given: str) -> list[str]:
    """The guess as typed, with flag emoji as country names, and transliterated when it is
    written in another script than ours."""
    readings = [given]
    if _SPLIT_UN.match(given):  # "un precedented": the prefix typed apart (or "UN", a word)
        readings.append(_SPLIT_UN.sub(r"\1un", given, count=1))
    if (leet := chat_habits.leet_reading(given)) is not None:
        readings.append(leet)
    if given.isascii():
        return readings
    flagged = place_names.flags_as_names(given)
    if flagged != given:
        readings.append(flagged)
    if any(char.isalpha() and not char.isascii() for char in clean(given)):
        readings.append(place_names.transliterate(given))
    return readings


def _judged(given: str, answers: _Answers, context: str) -> bool:
    if amounts.another_currency(given, answers.typed) or amounts.reversed_score(
        given, answers.typed
    ):
        return False  # "$55 billion" for "N55 billion", "4-5" for "5-4", beside an aside too
    guess = _Text.of(given)
    if not guess.norm or any(guess.norm == w.norm for w in answers.wrongs):
        return False
    tokens = guess.norm.split()
    core = _Text.of_tokens(_strip_fillers(tokens, answers.rights, titles=answers.titled))
    if core.norm in answers.exact and core.norm not in answers.others:
        return True
    if core.norm != guess.norm and _matches(core, given, answers):
        return True
    if _matches(guess, given, answers) or _pair_matches(given, answers):
        return True
    if context and _echo_matches(core, given, answers, _echo_words(context)):
        return True
    if _compass_matches(core, given, answers):
        return True
    if _role_matches(given, answers, context):
        return True
    if (named := _beside_own_role(core.norm.split(), answers)) and _matches(
        _Text.of_tokens(named), given, answers
    ):
        return True
    if (country := _country_of_government(core.norm.split(), answers)) is not None:
        return _judged(country, answers, context)
    return _aside_matches(given, answers, context)


_GOVERNMENT = frozenset({"government", "govt", "gov", "regime", "authorities", "leadership"})


def _country_of_government(words: Sequence[str], answers: _Answers) -> str | None:
    """The country named in "china's government", "the chinese government" or "the government
    of china", when the answer is a country: its government stands for it in the news."""
    english = _territories()[0]
    if len(words) < 2 or not any(english.get(r.norm, "").isalpha() for r in answers.rights):
        return None
    if words[-1] in _GOVERNMENT:
        return " ".join(words[:-1])
    if words[0] in _GOVERNMENT and words[1] == "of" and len(words) > 2:
        return " ".join(words[2:])
    return None


def _role_matches(given: str, answers: _Answers, context: str) -> bool:
    """Whether the guess names the person asked for by their role in the briefing ("the white
    house spokesman"), when the question does not ask for a name ("give his name", "surname")
    nor already says that role ("the head coach" asked who is the head coach tells nothing)."""
    if not answers.role or _NAME_ASKED.search(context):
        return False
    words = _strip_fillers(_Text.of(given).norm.split(), answers.rights, titles=False)
    if words and set(words) <= set(normalize(context).split()) | ARTICLES:
        return False
    parts = {answers.role, *answers.role_parts}
    places = _role_places(answers.role)
    if not any(roles.names_role(words, part, answers.other_roles, places) for part in parts):
        return False
    return not _lists_several(given, answers.rights, answers.wrongs)


_OF_ROLE = frozenset({"from", "of", "at", "in"})


@functools.lru_cache(maxsize=512)
def _role_places(role: tuple[str, ...]) -> dict[str, str]:
    """The words a role's place may be typed as, with that place: its people's word and its
    possessive ("norwegian", "norways" for Norway in "prime minister of norway")."""
    places: dict[str, str] = {}
    for word in role:
        places[word + "s"] = word
        for people in _PEOPLE_NORMS.get(word, ()):
            places[people] = word
    return places


def _beside_own_role(words: Sequence[str], answers: _Answers) -> list[str] | None:
    """The name without words of the person's own role before it ("the white house spokesman
    kirby") or after it ("xi from china", "cha of georgetown", "xi the president of china",
    "xi the chinese president": a country of the role may be said by its people's word), or
    None when it has none."""
    own = set(answers.role) - ARTICLES - _OF_ROLE
    own |= {word for w in own for people in _PEOPLE_NORMS.get(w, ()) for word in people.split()}
    start = 0
    while start < len(words) - 1 and (words[start] in own | _TITLES or words[start] in ARTICLES):
        start += 1
    end = len(words)
    for cut in range(start + 1, len(words)):
        rest = words[cut:]
        if own.intersection(rest) and all(w in own or w in ARTICLES or w in _OF_ROLE for w in rest):
            end = cut
            break
    stripped = [*words[:start], *words[end:]]
    return list(words[start:end]) if own.intersection(stripped) else None


_NAME_ASKED = re.compile(r"\b(?:sur|first |last |family |full )?names?\b", re.IGNORECASE)
_WATERS = frozenset({"ocean", "sea"})


def _compass_matches(core: _Text, given: str, answers: _Answers) -> bool:
    """Whether the guess is a part of the answer, a place, named by a compass word
    ("eastern ukraine", "the east of ukraine", "north pacific" for "Pacific Ocean").

    Never when the whole is itself a place or another answer: a country ("South Sudan"), a
    region for a country ("South America" for "America"), or a place no list of countries
    holds ("Northern Ireland").
    """
    words = core.norm.split()
    place = compass.place_after_compass(words)
    if place is None or not compass.inside(_LETTER_RUNS.findall(given.casefold())):
        return False
    english = _territories()[0]
    whole = " ".join(words[: len(words) - len(place)] + place)
    named = {" ".join(words[start:]) for start in range(len(words) - len(place))}
    named |= {whole, " ".join(w for w in whole.split() if w not in ("of", "part"))}
    compass_words = [w for w in words[: len(words) - len(place)] if w not in ("of", "part")]
    for start in range(len(compass_words)):  # the answer as written: "north americas"
        named |= {" ".join([*compass_words[start:], r.norm]) for r in answers.rights}
    if named & (compass.OTHER_PLACES | answers.others | {w.norm for w in answers.wrongs}):
        return False
    codes = {english[r.norm] for r in answers.rights if r.norm in english}
    waters = any(_WATERS.intersection(r.norm.split()) for r in answers.rights)
    if not codes and not waters:
        return False
    if any(name in english for name in named) and not _both_regions(codes, named, english):
        return False
    return _matches(_Text.of_tokens(place), given, answers)


def _both_regions(codes: set[str], named: set[str], english: dict[str, str]) -> bool:
    """Whether a compass region CLDR names lies in the answer, a region too, never a country
    ("Eastern Europe" in "Europe"; "South America" is not in the country "America")."""
    named_codes = [english[name] for name in named if name in english]
    return bool(codes) and all(code.isdigit() for code in (*codes, *named_codes))


def _aside_matches(given: str, answers: _Answers, context: str) -> bool:
    """Whether `given` is a right answer with an aside that names no other answer: a detail
    in brackets ("Russia (Kazan)", "North Korea (DPRK)"), a reason ("Ukraine, thats where the
    war is") or a wrong answer denied ("not russia, ukraine")."""
    for aside in asides.asides(given):
        if aside.kind is asides.AsideKind.DETAIL and _qualifies(aside, answers, context):
            return True
        if aside.kind is asides.AsideKind.DETAIL and _another_place(aside, answers):
            continue
        if not _judged(aside.answer, answers, context):
            continue
        if aside.kind is asides.AsideKind.CORRECTED:
            return True
        if aside.kind is asides.AsideKind.REASON:
            return not _names_another(_Text.of(aside.aside).norm.split(), answers)
        named = _judged(aside.aside, answers, context)
        if aside.kind is asides.AsideKind.DENIED and not named:
            return True
        if aside.kind is asides.AsideKind.DETAIL and (named or _is_detail(aside.aside, answers)):
            return True
    return False


def _qualifies(aside: asides.Aside, answers: _Answers, context: str) -> bool:
    """Whether a word in brackets completes the name before it into the answer exactly
    ("Korea (north)" for North Korea); the name alone is not the answer."""
    words = _Text.of(aside.aside).norm.split()
    if not 0 < len(words) <= 2 or _judged(aside.answer, answers, context):
        return False
    joined = _Text.of(f"{aside.aside} {aside.answer}").norm
    return any(joined == right.norm for right in answers.rights)


def _another_place(aside: asides.Aside, answers: _Answers) -> bool:
    """Whether the words in brackets and the name before them make another place's name
    ("Sudan (south)" is South Sudan, not Sudan)."""
    joined = _Text.of(f"{aside.aside} {aside.answer}").norm
    places = _territories()[0].keys() | compass.OTHER_PLACES | answers.others
    return joined in places and not any(joined == r.norm for r in answers.rights)


def _is_detail(text: str, answers: _Answers) -> bool:
    """Whether a bracketed `text` only adds detail: no number, no word that changes a claim,
    and no name of another country, people, person or option ("Kazan" does, "China" not)."""
    detail = _Text.of(text)
    words = detail.norm.split()
    if not words or detail.numbers or detail.months or _CHANGES_CLAIM.intersection(words):
        return False
    if _names_another(words, answers):
        return False
    return not any(_distance(detail, w) is not None for w in answers.wrongs)


def _names_another(words: Sequence[str], answers: _Answers) -> bool:
    """Whether `words` hold the name of a country, of someone else, of a known-wrong answer or
    of another option ("thats where russia is" does; "thats where the war is" does not); the
    answer's own names are none of these ("us, because of the us-led alliances")."""
    english = _territories()[0]
    wrong = {w.norm for w in answers.wrongs}
    own = {r.norm for r in answers.rights}
    sizes = range(1, min(3, len(words)) + 1)
    spans = [(start, size) for size in sizes for start in range(len(words) - size + 1)]
    owned = {
        index
        for start, size in spans
        if " ".join(words[start : start + size]) in own
        for index in range(start, start + size)
    }
    for start, size in spans:
        name = " ".join(words[start : start + size])
        if owned.intersection(range(start, start + size)):
            continue
        if name in answers.others or name in english or name in wrong:
            return True
    return False


@functools.cache
def _territories() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Countries and regions: code by normalised English name (and its synonyms), and the
    normalised names of each code in other languages.

    A name in another script is also known in Latin letters ("rossiya", "zhongguo"). A name in
    another language that is the English name of anything, or names two different places, is
    left out: it is matched exactly and must never be ambiguous.
    """
    english: dict[str, str] = {}
    for code, name in place_names.english_names().items():
        norm = normalize(name)
        for known in (norm, *_SYNONYMS.get(norm, ())):
            english.setdefault(known, code)
    codes_of: dict[str, set[str]] = {}
    for language in place_names.LANGUAGES:
        for code, name in place_names.names_in(language).items():
            codes_of.setdefault(normalize(name), set()).add(code)
            if _in_another_script(name):  # "Россия" typed in Latin letters: "rossiya"
                codes_of.setdefault(normalize(place_names.transliterate(name)), set()).add(code)
    foreign: dict[str, set[str]] = {}
    for norm, codes in codes_of.items():
        if norm and len(codes) == 1 and norm not in english and norm not in _SYNONYMS:
            foreign.setdefault(codes.pop(), set()).add(norm)
    return english, {code: frozenset(names) for code, names in foreign.items()}


def countries_by_name() -> dict[str, str]:
    """Each country's or region's code by its normalised English names and synonyms
    ("turkey": "TR"; regions' codes are digits)."""
    return _territories()[0]


def warm_tables() -> None:
    """Build the countries' names table now (`bot.core.answer_tables` does, off the event loop)."""
    _countries_last_words()


def _another_country(given: str, rights: Sequence[str]) -> bool:
    """Whether `given` is, whole, the name of another country than the one a right answer
    names ("zambia" for Gambia, "niger" for Nigeria): never a slip of the answer's name."""
    answered = _countries_answered(tuple(rights))
    if not answered:
        return False  # the common case, without reading the guess
    typed = normalize(given)
    code = _territories()[0].get(typed)
    if code is None:
        return _slip_toward_another_country(typed, rights, answered)
    if not code.isalpha():
        return False  # regions ("eastern europe") are left to the matcher
    return code not in answered


def _slip_toward_another_country(
    typed: str, rights: Sequence[str], answered: frozenset[str]
) -> bool:
    """Whether `typed` is a right country's name with a letter added that is another
    country's name with a letter dropped ("nigera" for Niger is Nigeria slipped): a letter
    left out is the likelier slip, so it names the other country."""
    if not any(
        len(typed) == len(norm) + 1 and osa(typed, norm, score_cutoff=1) == 1
        for norm in map(normalize, rights)
    ):
        return False
    return any(
        code not in answered and code.isalpha() and osa(typed, name, score_cutoff=1) == 1
        for name, code in _countries_by_length().get(len(typed) + 1, ())
    )


@functools.cache
def _countries_by_length() -> dict[int, tuple[tuple[str, str], ...]]:
    """Every country's normalised English name (and synonyms) with its code, by length."""
    by_length: dict[int, list[tuple[str, str]]] = {}
    for name, code in _territories()[0].items():
        by_length.setdefault(len(name), []).append((name, code))
    return {length: tuple(names) for length, names in by_length.items()}


@functools.lru_cache(maxsize=512)
def _countries_answered(rights: tuple[str, ...]) -> frozenset[str]:
    english = _territories()[0]
    return frozenset(code for right in rights if (code := english.get(normalize(right))))


# A word the question writes in capitals, as initials ("What does SAFA stand for?").
_INITIALS = re.compile(r"\b[A-Z]{2,}\b")


def _initials_asked_about(given: str, rights: Sequence[str], context: str) -> bool:
    """Whether `given` only repeats initials the question writes when no right answer is
    them: asked what SAFA stands for, "safa" names nothing the question did not."""
    asked = _initials_in(context)
    if not asked:
        return False  # the common case, without reading the guess
    typed = normalize(given)
    return typed in asked and all(normalize(right) != typed for right in rights)


@functools.lru_cache(maxsize=1024)
def _initials_in(context: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in _INITIALS.findall(context))


def _in_another_script(name: str) -> bool:
    """Whether `name` has a letter outside the Latin script ("Россия", "中国"; not "Rússia")."""
    return any(char.isalpha() and not clean(char).isascii() for char in name)


def _foreign_names(norm: str) -> frozenset[str]:
    """What the place named `norm` (English, normalised) is called in other languages."""
    if not norm or any(char.isdigit() for char in norm):
        return frozenset()
    english, foreign = _territories()
    code = english.get(norm)
    return foreign.get(code, frozenset()) if code else frozenset()


# A possessive's "s" in a question: the tokens would join it to its noun ("perus"), which
# Snowball then keeps whole, as it keeps "bus"; the noun alone is the question's word.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


@functools.lru_cache(maxsize=256)
def _echo_words(context: str) -> frozenset[str]:
    """Words of a question a guess may repeat: all but those that change or hedge a claim
    (a word comparing a number is the question's own when it says it: "more than"), with the
    articles (a question's first word is one) and each word's Snowball stem ("add" for "adding",
    "fight" for "fighting"), and the initials of a name it spells out ("csis" for "Center for
    Strategic and International Studies")."""
    said = frozenset(read_tokens(_POSSESSIVE.sub("", context)))  # "Peru's": Peru
    words = said - (_CHANGES_CLAIM - {"to", "up"}) - HEDGES
    words |= said & _COMPARING  # "more than 17%" when asked "rises of more than what?"
    bare = {form for word in words for form in _bare_forms(word)}
    initials = {
        "".join(word[0] for word in name.split() if word[0].isupper()).casefold()
        for name in _SPELLED_OUT.findall(context)
    }
    direction = {way for way, verbs in _WAYS_ASKED.items() if not verbs.isdisjoint(said)}
    return words | ARTICLES | (bare - _CHANGES_CLAIM - HEDGES) | initials | direction


# A question asking how much something rose or fell: "up" or "down" before the amount says it.
_WAYS_ASKED = {
    "up": frozenset(
        {"rise", "rose", "risen", "increase", "increased", "grow", "grew", "climb", "gain"}
    ),
    "down": frozenset({"fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "slip"}),
}


# A name of three or more capitalised words, small joining words between them ("Center for
# Strategic and International Studies"), as a question spells out an organisation.
_SPELLED_OUT = re.compile(
    r"\b(?!The\b)[A-Z][a-z]+(?:\s+(?:(?:for|and|of|the|on)\s+)?[A-Z][a-z]+){2,}\b"
)


def _bare_forms(word: str) -> set[str]:
    """The word's Snowball stems where they differ from it: "adding" -> "add", "writes" ->
    "write", "fighting" -> "fight"; none for a word that is its own stem."""
    return set(english_stems(word) - {word})


def _echo_matches(core: _Text, given: str, answers: _Answers, echo: frozenset[str]) -> bool:
    """Whether the guess is right once the question's own words around it are left out.

    Only words at either end go, and never from a guess that is itself the name of something
    else ("South Korea" stays South Korea). A word of a right answer goes only when what is
    left is a right answer exactly ("russian crude" for "crude" when asked which Russian
    product).
    """
    if core.norm in answers.others:
        return False
    keep = frozenset(word for right in answers.rights for word in right.norm.split())
    tokens = core.norm.split()
    for kept, exactly in ((keep, False), (frozenset(), True)):
        rest = _echo_trimmed(tokens, echo, kept)
        if not rest:
            continue
        rest = _strip_fillers(rest, answers.rights, titles=answers.titled)
        if exactly and not any(" ".join(rest) == right.norm for right in answers.rights):
            continue
        if _matches(_Text.of_tokens(rest), given, answers):
            return True
    return False


def _echo_trimmed(tokens: list[str], echo: frozenset[str], kept: frozenset[str]) -> list[str]:
    """`tokens` without the question's words at either end, those in `kept` aside; empty
    when nothing or everything would go."""
    start, end = 0, len(tokens)
    while start < end and _echoed(tokens, start, echo) and tokens[start] not in kept:
        start += 1
    while end > start and _echoed(tokens, end - 1, echo) and tokens[end - 1] not in kept:
        end -= 1
    return [] if start == end or (start, end) == (0, len(tokens)) else tokens[start:end]


def _echoed(tokens: Sequence[str], index: int, echo: frozenset[str]) -> bool:
    """Whether `tokens[index]` repeats the question: "up" only when "to" does not follow
    ("end up fighting" repeats a question, "up to 3000" changes a number)."""
    word = tokens[index]
    if word == "up" and index + 1 < len(tokens) and tokens[index + 1] == "to":
        return False
    if word in _CHANGES_CLAIM:
        return word in echo  # "less" is never the article "les"
    return _repeats(word, echo)


def _repeats(word: str, echo: frozenset[str]) -> bool:
    """Whether `word` is a word of the question or another form of one (`_echo_words`)."""
    return word in echo or bool(_bare_forms(word) & echo - _CHANGES_CLAIM - HEDGES)


def spelling_gap(given: str, answers: Sequence[str]) -> int:
    """How many typos (edits, a swap counting one) `given` is from the nearest of `answers`."""
    guess = normalize(given)
    return min((osa(guess, normalize(a)) for a in answers), default=len(guess))


_GLUE = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "but",
        "yet",
        "via",
    }
)
# "the debt one", "the Oxford option": a word pointing at an option, not part of it.
_POINTER = re.compile(r"(?<=\w)\W+(?:one|option|answer|choice)\W*$", re.IGNORECASE)
# Negations typed as one word, apostrophe or not: "cant" and "cannot" are "can not".
_CONTRACTED = {
    "cannot": ("can", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    **{
        word + "nt": (word, "not")
        for word in "do does did is are was were has have had could would should".split()  # noqa: SIM905
    },
}


def pick_by_words(given: str, options: Sequence[str], context: str = "") -> int | None:
    """The one option whose words include every word typed ("georgetown" for "Georgetown
    University", "early october" for "Early to mid-October"), or None when none or several
    do.

    For a question with options, part of an option is enough when it fits no other. A typo
    is forgiven as in a whole answer, a month may be abbreviated ("oct"), a word cut short
    ("uni") when another word fits whole, another form of a word's stem ("translation" for
    "translated"), "nations" for "countries", "middle" for "mid", a negation contracted
    ("cant" for "cannot"), initials with dots ("u.s."), a well-known short name for a name the
    option spells out ("nk" for North Korea) and words split or run together ("peace
    keepers", "emergingmarkets"). Words of the
    question itself are read past; a word that changes a claim ("not", "more") or hedges
    ("or") picks only an option that says it too ("less oil" for "Buying less oil"), and an
    adverb may stand for its adjective ("firmly" for "Firm").
    """
    fits = options_fitting(given, options, context)
    return fits.pop() if len(fits) == 1 else None


def options_fitting(given: str, options: Sequence[str], context: str = "") -> set[int]:
    """The positions of every option whose words include every word typed, as
    `pick_by_words` reads them (several when the words fit several options)."""
    typed = _INITIAL_DOTS.sub("", _POINTER.sub("", given))  # "u.s." is "us", as in options
    typed = abbreviations.in_answers_words(typed, options) or typed  # "text msg", "sms"
    words = _uncontracted(_strip_fillers(read_tokens(typed), (), titles=False))
    changers = _CHANGES_CLAIM.intersection(words) - {"and", "to"}
    echo = _echo_words(context) if context else frozenset()
    content = [w for w in words if w not in _GLUE and not _repeats(w, echo)]
    if not any(len(w) >= 3 or w[:1].isdigit() for w in content):
        return set()
    shown = [_uncontracted(read_tokens(_INITIAL_DOTS.sub("", option))) for option in options]
    places = _territories()[0]
    place = places.get(" ".join(content))  # "africa": a place of its own, not South Africa
    fitting = set()
    for index, option in enumerate(shown):
        if place is not None and places.get(" ".join(option), place) != place:
            continue
        named = _named_as_in(content, option)
        readings = [named] if len(named) == 1 else [named, ["".join(content)]]
        if changers.issubset(option) and any(
            _covers(reading, option, joined=i > 0) for i, reading in enumerate(readings)
        ):
            fitting.add(index)
    return fitting


def _named_as_in(words: Sequence[str], option: Sequence[str]) -> list[str]:
    """`words` with a well-known short name spelled as the option spells what it names ("nk"
    -> "north korea" when the option says North Korea)."""
    said = f" {' '.join(option)} "
    named: list[str] = []
    for word in words:
        spelled = [n for n in _SYNONYMS.get(word, ()) if " " in n and f" {n} " in said]
        named.extend(spelled[0].split() if len(spelled) == 1 else [word])
    return named


def _uncontracted(words: Sequence[str]) -> list[str]:
    return [part for word in words for part in _CONTRACTED.get(word, (word,))]


def _covers(words: Sequence[str], option: Sequence[str], joined: bool = False) -> bool:
    """Whether the option holds every word; `joined` when the words were typed apart and
    joined here ("peace keepers"), so they are not read as run together a second time."""
    whole = 0
    for word in words:
        if any(_same_word(word, o) for o in option) or (not joined and _run_together(word, option)):
            whole += 1
        elif not (len(word) >= 3 and word.isalpha() and any(o.startswith(word) for o in option)):
            return False
    return whole >= 1


def _run_together(word: str, option: Sequence[str]) -> bool:
    """Whether `word` is two or three neighbouring words of the option typed without a space
    ("emergingmarkets" for "emerging market countries"), one typo or a plural forgiven."""
    if len(word) < 6:
        return False
    for size in (2, 3):
        for start in range(len(option) - size + 1):
            joined = "".join(option[start : start + size])
            if _plural_pair(word, joined) or osa(word, joined, score_cutoff=1) <= 1:
                return True
    return False


# Words an option may use for one another: "emerging market nations" for "... countries",
# "middle" for its short form "mid".
_SAME_NOUNS = frozenset(
    frozenset(pair) for pair in (("nation", "country"), ("nations", "countries"), ("middle", "mid"))
)


def _same_word(word: str, other: str) -> bool:
    if word == other or MONTH_ABBREVIATIONS.get(word) == other:
        return True
    if frozenset((word, other)) in _SAME_NOUNS:
        return True
    if word[:1].isdigit() or other[:1].isdigit() or _negates(word, other):
        return False
    allowed = _tolerance(len(other))
    return (
        _plural_pair(word, other)
        or (len(other) >= 4 and word == other + "ly")
        or _same_stem(word, other)
        or _slip(word, other)
        or (allowed > 0 and osa(word, other, score_cutoff=allowed) <= allowed)
    )


# A stem shorter than this says too little to tell two words are one ("merger", "merged").
_SHORTEST_SHARED_STEM = 6


def _same_stem(word: str, other: str) -> bool:
    """Whether two words are forms of one stem of at least 6 letters ("translation",
    "translated"; "merger", "merged" are too short to tell), by the Snowball stemmer."""
    shared = english_stems(word) & english_stems(other)
    return any(len(stem) >= _SHORTEST_SHARED_STEM for stem in shared)
