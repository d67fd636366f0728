"""Words cut short as chat and newspapers write them ("dept", "intl", "maj. gen.", "nite"), read
as the word only where a right answer spells that word out: "fire dept" for "the fire department",
"dubai intl cricket stadium" for "Dubai International Cricket Stadium", "saturday nite" for
Saturday night.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean, read_tokens

__all__ = ["in_answers_words"]

_SHORT = {
    "dept": "department",
    "depts": "departments",
    "intl": "international",
    "natl": "national",
    "govt": "government",
    "univ": "university",
    "assn": "association",
    "assoc": "association",
    "corp": "corporation",
    "hosp": "hospital",
    "ctr": "centre",
    "mtn": "mountain",
    "rd": "road",
    "stn": "station",
    "rvr": "river",
    "hwy": "highway",
    "ave": "avenue",
    "st": "street",
    "wkly": "weekly",
    "utd": "united",
    "ch": "channel",
    "wd": "ward",
    "asst": "assistant",
    "sch": "school",
    "dist": "district",
    "uni": "university",
    "wks": "weeks",
    "pt": "point",
    "prez": "president",
    "pres": "president",
    "nite": "night",
    "msg": "message",
    "dev": "development",
    "maj": "major",
    "gen": "general",
}


# Titles and things cut to their initials ("pm" for prime minister, "sms" for a text message),
# read only where an answer says them.
_SHORT_TITLES = {
    "pm": "prime minister",
    "fm": "foreign minister",
    "cfo": "chief financial officer",
    "ceo": "chief executive officer",
    "gov": "governor",
    # a text message by its technical name; "text" alone already reads as part of the option
    "sms": "text message",
}


# Units of area and volume typed as symbols ("m3", "m³" reads "m3"), read as the words an
# answer writes them in ("cubic metres", "square meters").
_SYMBOLS = {
    "m3": re.compile(r"\bcubic met(?:re|er)s?\b"),
    "m2": re.compile(r"\bsquare met(?:re|er)s?\b"),
    "km2": re.compile(r"\bsquare kilomet(?:re|er)s?\b"),
}
# The same symbols glued to the number ("74km2", "300,000m3") or written "sq km", "sqkm", "sq m"
# as maps and chat write them: read as the symbol apart.
_GLUED_SYMBOL = re.compile(r"(?<=\d)(?=(?:km|m)[23](?!\w))")
_SQUARE_SHORT = re.compile(r"(?:\b|(?<=\d))sq\.?\s*(km|m)\b")


def in_answers_words(given: str, answers: Sequence[str]) -> str | None:
    """`given` with each short form written out where a right answer spells out its word, or
    None when it has none."""
    if symbols := _symbols_spelled(tuple(answers)):
        tokens = read_tokens(_SQUARE_SHORT.sub(r" \g<1>2", _GLUED_SYMBOL.sub(" ", clean(given))))
        if not symbols.keys().isdisjoint(tokens):
            given = " ".join(symbols.get(t, t) for t in tokens)  # "18m m3" for cubic metres
            return in_answers_words(given, answers) or given
    spelled = _spelled_out(tuple(answers))
    if not spelled:
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    short = _SHORT | _SHORT_TITLES
    if spelled.isdisjoint(short.get(t) for t in tokens):
        return None
    return " ".join(short[t] if short.get(t) in spelled else t for t in tokens)


@functools.lru_cache(maxsize=512)
def _spelled_out(answers: tuple[str, ...]) -> frozenset[str]:
    words = {w for answer in answers for w in read_tokens(answer)}
    said = " ".join(" ".join(read_tokens(answer)) for answer in answers)
    titles = {t for t in _SHORT_TITLES.values() if f" {t} " in f" {said} "}
    return frozenset(w for w in _SHORT.values() if w in words) | titles


@functools.lru_cache(maxsize=512)
def _symbols_spelled(answers: tuple[str, ...]) -> dict[str, str]:
    """Each unit symbol an answer writes in words, with those words ("m3": "cubic metres")."""
    said = " ".join(" ".join(read_tokens(answer)) for answer in answers)
    return {symbol: m[0] for symbol, words in _SYMBOLS.items() if (m := words.search(said))}
