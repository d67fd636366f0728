"""An option's letter or number typed with chat around it: "B lol", "its c", "it's c",
"option 3", "(b)", "the third one", "the last one", or opening a message before more words:
"b) a lower bound".

A choice question is answered by its option's key; students type it as they chat. The key is
read only when it is all that is left once chat words are read past, so a letter that is a
word of a longer sentence ("a lot", "plan b") picks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.answer_text import close_contractions
from bot.core.matching import normalize, strip_chat

__all__ = ["leading_key", "read_choice_key", "spaced_key"]

_WORDS = re.compile(r"[^\W_]+")
# Words that point at an option's key: "option 3", "answer: b", "letter c", "the b one".
_POINTERS = frozenset({"option", "opt", "choice", "letter", "number", "nr", "num", "one"})
# An option's place said as an ordinal: "the third option", "2nd one".
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ORDINAL_DIGITS = re.compile(r"([1-9])(?:st|nd|rd|th)")
# A key that opens a message, closed by a bracket, or by a mark and a space, before more
# words: "b) ...", "c - ...", "a: ...", "d, ..." (never a number: "3,000", "1.5").
_LEADING_KEY = re.compile(
    r"^\W*([^\W\d_]|\d)(?:\s*[)\]]|\s*[.:,;](?=\s)|\s+[-–—])\s*(\S.*)$", re.DOTALL
)


def read_choice_key(typed: str, keys: Sequence[str], options: Sequence[str] = ()) -> int | None:
    """The position of the option whose key (a letter, or its 1-based number) `typed` names
    among chat words, or None when it names none or something else is typed with it.

    A number that is also a number in one of `options` ("its 3" when an option is "3 years")
    is left for the options to be read by their values."""
    folded = [key.casefold() for key in keys]
    words = [word.casefold() for word in _WORDS.findall(close_contractions(typed))]
    if sum(word in folded for word in words) > 1:  # "a b", "a or b": two keys
        return None
    words = strip_chat(words)
    words = [word for word in words if word not in _POINTERS] or words
    if len(words) != 1:
        return None
    word = words[0]
    if word in folded:
        return folded.index(word)
    if word in _LAST and not any(word in _option_words(option) for option in options):
        return len(keys) - 1  # "the last one", unless an option says "last"
    number = _place(word)
    if number and 1 <= number <= len(keys):
        if not (word.isascii() and word.isdigit()):
            # "the second one" is a place even beside "two-thirds", unless an option is
            # itself an ordinal ("second", "2nd place")
            in_options = any(_ordinal_in(option, number) for option in options)
        else:
            in_options = any(str(number) in normalize(option).split() for option in options)
        return None if in_options else number - 1
    return None


# The last option's place said in words: "the last one", "last".
_LAST = frozenset({"last"})


def _option_words(option: str) -> list[str]:
    return [word.casefold() for word in _WORDS.findall(option)]


def _ordinal_in(option: str, number: int) -> bool:
    """Whether `option` says the ordinal of `number` ("2nd place", "second")."""
    return any(
        _ORDINALS.get(word) == number
        or ((match := _ORDINAL_DIGITS.fullmatch(word)) is not None and int(match[1]) == number)
        for word in _option_words(option)
    )


def _place(word: str) -> int | None:
    """The option number a word says: "3", "third", "3rd"."""
    if word.isascii() and word.isdigit():
        return int(word)
    if match := _ORDINAL_DIGITS.fullmatch(word):
        return int(match[1])
    return _ORDINALS.get(word)


# A letter, then a space and more words: "b firm", "c 3000" (never a digit: "3 000").
_SPACED_KEY = re.compile(r"^\W*([^\W\d_])\s+(\S.*)$", re.DOTALL)


def spaced_key(typed: str, keys: Sequence[str]) -> tuple[int, str] | None:
    """The position of a letter key a message opens with, followed by a space and more
    words ("b firm"), and those words; None when it opens with no key that way. The letter
    may be a word of the sentence ("a lot"), so the caller checks the words agree."""
    match = _SPACED_KEY.match(typed)
    folded = [key.casefold() for key in keys]
    if not match or match[1].casefold() not in folded:
        return None
    return folded.index(match[1].casefold()), match[2]


def leading_key(typed: str, keys: Sequence[str]) -> tuple[int, str] | None:
    """The position of the key a message opens with before more words ("b) a lower bound",
    "c - the record"), and those words; None when it opens with no key that way."""
    match = _LEADING_KEY.match(typed)
    if not match:
        return None
    folded = [key.casefold() for key in keys]
    key = match[1].casefold()
    if key in folded:
        return folded.index(key), match[2]
    if key.isdigit() and 1 <= int(key) <= len(keys):
        return int(key) - 1, match[2]
    return None
