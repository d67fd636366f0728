"""An option's letter or number typed with chat around it: "B lol", "its c", "option 3", "(b)".

A choice question is answered by its option's key; students type it as they chat. The key is
read only when it is all that is left once chat words are read past, so a letter that is a
word of a longer sentence ("a lot", "plan b") picks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.matching import normalize, strip_chat

__all__ = ["read_choice_key"]

_WORDS = re.compile(r"[^\W_]+")
# Words that point at an option's key: "option 3", "answer: b", "letter c", "the b one".
_POINTERS = frozenset({"option", "opt", "choice", "letter", "number", "nr", "num", "one"})


def read_choice_key(typed: str, keys: Sequence[str], options: Sequence[str] = ()) -> int | None:
    """The position of the option whose key (a letter, or its 1-based number) `typed` names
    among chat words, or None when it names none or something else is typed with it.

    A number that is also a number in one of `options` ("its 3" when an option is "3 years")
    is left for the options to be read by their values."""
    folded = [key.casefold() for key in keys]
    words = [word.casefold() for word in _WORDS.findall(typed)]
    if sum(word in folded for word in words) > 1:  # "a b", "a or b": two keys
        return None
    words = strip_chat(words)
    words = [word for word in words if word not in _POINTERS] or words
    if len(words) != 1:
        return None
    word = words[0]
    if word in folded:
        return folded.index(word)
    if word.isascii() and word.isdigit() and 1 <= int(word) <= len(keys):
        in_options = any(word in normalize(option).split() for option in options)
        return None if in_options else int(word) - 1
    return None
