"""Money in its main unit or in its hundredths: "$53" is not "53 cents", "$1" is not "one
cent", while "$0.53" is 53 cents and "131 cents" is $1.31. `answer_text` reads numbers alone
(both "$53" and "53 cents" read 53); this compares what they are worth, for
`matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean, read_tokens

__all__ = ["another_sum", "same_sum_reading"]

# The main unit, by sign or word (a dollar, a euro, a pound), and its hundredths.
_MAIN = frozenset(
    {"dollar", "dollars", "usd", "buck", "bucks", "euro", "euros", "eur", "cedi", "cedis", "ghs"}
)
_MAIN_SIGNS = ("$", "€", "£", "₵")
_HUNDREDTHS = frozenset(
    {"cent", "cents", "ct", "cts", "penny", "pennies", "pence", "centime", "centimes", "pesewas"}
)
# "53c", "1.5c": a number with a "c" glued on, as cents are typed.
_GLUED_CENTS = re.compile(r"^(\d+(?:\.\d+)?)c$")
# Ghana's cedi written "GH¢" (as Ghanaian papers write it): a main unit, not cents.
_CEDI_SIGN = re.compile(r"gh\s?[¢₵]", re.IGNORECASE)
_BARE_POINT = re.compile(r"(?<!\d)\.(?=\d)")
_ONE = frozenset({"a", "one", "1", "un", "une"})


def _in_hundredths(text: str) -> tuple[float, bool] | None:
    """What `text` is worth in hundredths ("$1.31" -> 131, "53 cents" -> 53, "a penny" -> 1)
    and whether it says hundredths, or None when it names no unit, both units ("1 dollar 31
    cents") or several numbers."""
    text = _BARE_POINT.sub("0.", _CEDI_SIGN.sub(" ₵ ", text))  # "$.53" is $0.53
    plain = clean(text)
    words = plain.replace("$", " ").replace("€", " ").replace("£", " ").replace("₵", " ").split()
    tokens = read_tokens(text)
    numbers = [float(t) for t in tokens if _is_number(t)]
    glued = [float(m[1]) for t in tokens if (m := _GLUED_CENTS.match(t))]
    hundredths = "¢" in text or bool(glued) or any(t in _HUNDREDTHS for t in tokens)
    main = any(sign in plain for sign in _MAIN_SIGNS) or any(t in _MAIN for t in tokens)
    if hundredths == main:
        return None
    numbers += glued
    if not numbers and hundredths and _ONE.intersection(words):
        numbers = [1.0]  # "a cent", "one penny" read as words
    if len(numbers) != 1:
        return None
    return round(numbers[0] * (1 if hundredths else 100), 4), hundredths


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True


# Whether a text may name money at all: a sign, or a word for a unit or its hundredths.
_MAY_BE_MONEY = re.compile(
    r"[$€£¢₵]|\d\s*c\b|\b(?:dollar|usd|buck|euro|eur|cent|ct|penn|pence|pesewa|cedi)", re.I
)


def _typed_worth(given: str) -> tuple[float, bool] | None:
    if not _MAY_BE_MONEY.search(given):
        return None  # the common case, without reading the guess
    return _in_hundredths(given)


@functools.lru_cache(maxsize=512)
def _answers_worth(answers: tuple[str, ...]) -> tuple[tuple[str, tuple[float, bool]], ...]:
    return tuple((answer, worth) for answer in answers if (worth := _in_hundredths(answer)))


def _in_the_other_unit(given: str, answers: Sequence[str]) -> tuple[float, list[str]] | None:
    """What `given` is worth and the right answers said in the other unit than it, when
    every right answer that says a unit says that other one."""
    said = _answers_worth(tuple(answers))
    if not said:
        return None
    typed = _typed_worth(given)
    if typed is None:
        return None
    if not said or any(worth[1] == typed[1] for _, worth in said):
        return None
    return typed[0], [answer for answer, worth in said if worth[0] == typed[0]]


def another_sum(given: str, answers: Sequence[str]) -> bool:
    """Whether `given` is money in the other unit than the right answers and worth another
    sum: "$53" (5,300 cents) for "53 cents", "$1" for "one cent"."""
    other = _in_the_other_unit(given, answers)
    return other is not None and not other[1]


def same_sum_reading(given: str, answers: Sequence[str]) -> str | None:
    """The right answer `given` is worth, in either unit ("$0.53" or "53c" for 53 cents, "131
    cents" for $1.31, "a penny" for one cent), or None."""
    said = _answers_worth(tuple(answers))
    if not said:
        return None
    typed = _typed_worth(given) or _bare_part_of_one(given, said)
    if typed is None or not _only_the_sum(given):
        return None
    for answer, worth in said:
        if worth[0] == typed[0] and (typed[1] or worth[1]):
            return answer
    return None


# A number below one with two decimals and nothing else ("0.53", ".53").
_PART_OF_ONE = re.compile(r"^\s*0?\.(\d\d)\s*$")


def _bare_part_of_one(
    given: str, said: tuple[tuple[str, tuple[float, bool]], ...]
) -> tuple[float, bool] | None:
    """What a bare "0.53" or ".53" is worth where every right answer that says a unit says
    hundredths ("53 cents"): the main unit's part, as a price is written; else None."""
    found = _PART_OF_ONE.match(given)
    if found is None or not all(worth[1] for _, worth in said):
        return None
    return float(found[1]), False


# Words that may stand beside a sum without changing it ("53 cents a share i think").
_BESIDE_A_SUM = _MAIN | _HUNDREDTHS | _ONE | {"per", "share", "about", "i", "think", "its", "is"}


def _only_the_sum(given: str) -> bool:
    """Whether `given` says nothing but a sum, its unit and chat ("not 53 cents" says more)."""
    words = [t for t in read_tokens(_BARE_POINT.sub("0.", given)) if not _is_number(t)]
    return all(w in _BESIDE_A_SUM or _GLUED_CENTS.match(w) or not w.isalnum() for w in words)
