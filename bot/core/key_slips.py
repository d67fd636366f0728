"""A word typed with one letter hit on a neighbouring key of a QWERTY keyboard ("siz" for six,
"sevem" for seven, "twp" for two): the slips a phone or laptop keyboard makes most.

Only `answer_text` reads them, for number words where the answer is a number; the first letter
is kept (a slip there makes other words: "give", "dive" for five), and a word of three letters
slips only in its last ("siz", "twp"; "yen" and "gen" are not ten).
"""

from __future__ import annotations

__all__ = ["neighbour_key_slips"]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_AT = {
    letter: (row, column) for row, keys in enumerate(_ROWS) for column, letter in enumerate(keys)
}


def _neighbours(letter: str) -> str:
    """The letters on the keys around `letter` (the row above and below sit half a key right)."""
    if letter not in _AT:
        return ""
    row, column = _AT[letter]
    near = [(row, column - 1), (row, column + 1)]
    near += [(row - 1, column), (row - 1, column + 1), (row + 1, column - 1), (row + 1, column)]
    return "".join(_ROWS[r][c] for r, c in near if 0 <= r < len(_ROWS) and 0 <= c < len(_ROWS[r]))


def neighbour_key_slips(word: str) -> set[str]:
    """`word` with one letter after its first replaced by a neighbouring key's ("sevem"), or
    only its last letter for a word of three letters ("siz")."""
    places = range(1, len(word)) if len(word) >= 4 else range(len(word) - 1, len(word))
    return {word[:i] + other + word[i + 1 :] for i in places for other in _neighbours(word[i])}
