"""A quote printed in another language than the story around it.

English news from the Philippines, Bangladesh or Latin America quotes people in their own
words ("Gracias con todo por el esfuerzo ...", "Hindi umikot sa akin ..."), sometimes with a
translation after, sometimes without. A "Who said ...?" question on such words asks the
student to recognise a sentence they may not read. English words of six or more carry at
least one of the language's small words (the, of, is, we, any, too ...); a quote that holds
none while the article's own paragraphs are English is in another language. A page wholly
in another language is not judged here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import words

__all__ = ["OTHER_LANGUAGE_PAGE", "EnglishStory", "english_share", "reads_as_another_language"]

_ENGLISH = words(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can cannot could did do does doing don’t don't
    down during each ever every few for from further had has have having he her here hers
    him his how i if in into is it its itself just let me more most much my no nor not now
    of off on once only or other our ours out over own same she should since so some such
    than that the their them then there these they this those through thru to too under
    until up very via was we we’re we're we’ve we've were what when where which while who
    whom why will with would yet you your"""
)
_WORD = re.compile(r"[^\W\d_][\w’']*")
_MIN_WORDS = 6
# Over a quarter of an English page's words are these (27% at least on the labeled pages,
# 42% the median); a page in another language has next to none.
_ENGLISH_SHARE = 0.2


_PAGE_WORDS = 12
# A whole article under this share of small English words is in another language: every one
# of the 1,707 labeled real texts has over a fifth (22.3% the lowest), French, Spanish or
# German prose 3% to 5% (`python -m benchmarks.english_share`).
OTHER_LANGUAGE_PAGE = 0.1


def english_share(text: str) -> float | None:
    """The share of the text's words that are small English words; None for a text without
    words."""
    said = [w.casefold() for w in _WORD.findall(text)]
    return sum(w in _ENGLISH for w in said) / len(said) if said else None


def reads_as_another_language(text: str) -> bool:
    """Whether a whole article (twelve words or more) is not in English: the drafter reads
    English, so its people, quotes and questions from such a page are to be checked."""
    if len(_WORD.findall(text)) < _PAGE_WORDS:
        return False
    share = english_share(text)
    return share is not None and share < OTHER_LANGUAGE_PAGE


class EnglishStory:
    """The article's paragraphs, read once (and only when a quote asks) for their language."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._english: bool | None = None

    def quotes_another_language(self, quote: str) -> bool:
        """Whether `quote` (six words or more) holds no small English word while the
        article's paragraphs are English."""
        said = [w.casefold() for w in _WORD.findall(quote)]
        if len(said) < _MIN_WORDS or any(w in _ENGLISH for w in said):
            return False
        if self._english is None:
            prose = [w.casefold() for text in self._texts for w in _WORD.findall(text)]
            share = sum(w in _ENGLISH for w in prose) / len(prose) if prose else 0.0
            self._english = share >= _ENGLISH_SHARE
        return self._english
