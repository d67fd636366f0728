"""How many words of a portfolio's capitalised run are the holder's name.

"Minister of Transport and City Services Chris Steel", "Secretary for ... of National
Government Kithure Kindiki": after an office's portfolio joined by "and" (or ending in a
body's word), the run goes on naming the portfolio and ends in the name, which is two
words unless the portfolio plainly ends three words from the end: "Minister of Agriculture
and Rural Development Bui Ba Bong", "Minister of Foreign Affairs and Foreign Trade Kamina
Johnson Smith". There the word before the last three ends a portfolio ("Development",
"Trade": an office's or a body's word) and the word after it does not, so all three are
the name; "City Services Chris Steel" keeps two ("Services" ends the portfolio).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from bot.authoring.lexicon import PLACE_KEYWORDS

__all__ = ["name_words_after_portfolio"]


def name_words_after_portfolio(
    run: Sequence[str],
    portfolio_ends: Container[str],
    is_name: Callable[[Sequence[str]], bool],
) -> int:
    """The number of trailing words of `run` (a portfolio then a name) that are the name:
    3 when the word before them ends the portfolio and none of them could, else 2."""
    if len(run) < 4 or run[-4] not in portfolio_ends:
        return 2
    name = run[-3:]
    if any(word in portfolio_ends or word in PLACE_KEYWORDS for word in name):
        return 2  # "Rural Development Regional Office": still the portfolio
    if not is_name(name):
        return 2
    return 3
