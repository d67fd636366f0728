"""Idioms that say a whole span of time: `24/7` and `round the clock` for 24 hours (a day),
`all night`, `overnight` and `throughout the night` for all night long. A student who types
one has said the whole day or night the answer gives; `at night` or `all day` says a part of it
and is left to the rest of the matcher. For `answer_reading.judge`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.matching import chat_words, normalize

__all__ = ["whole_span_said"]

# Each whole span, by the words its right answers and the idioms for it are read as.
_WHOLE_DAY = "whole day"
_WHOLE_NIGHT = "whole night"
_SPANS = {
    _WHOLE_DAY: frozenset(
        {
            "24 hours",
            "24 hours a day",
            "24 7",
            "round the clock",
            "around the clock",
            "day and night",
            "night and day",
        }
    ),
    _WHOLE_NIGHT: frozenset(
        {
            "all night",
            "all nite",
            "all night long",
            "whole night",
            "entire night",
            "overnight",
            "throughout the night",
            "through the night",
            "all through the night",
        }
    ),
}
# What a right answer says, read as a whole span ("24 hours" is a whole day only asked how
# many hours a day).
_ANSWERED = {
    "all night long": _WHOLE_NIGHT,
    "all night": _WHOLE_NIGHT,
    "overnight": _WHOLE_NIGHT,
    "24 hours a day": _WHOLE_DAY,
    "round the clock": _WHOLE_DAY,
    "24 7": _WHOLE_DAY,
}


def whole_span_said(given: str, answers: Sequence[str], context: str) -> bool:
    """Whether a right answer says a whole day or night and `given` says the same one in
    other words ("24/7" for 24 hours asked how many hours a day, "overnight" for all night
    long)."""
    spans = {_ANSWERED[said] for a in answers if (said := _read(a)) in _ANSWERED}
    if "a day" in normalize(context) and any(_read(a) == "24 hours" for a in answers):
        spans.add(_WHOLE_DAY)
    if not spans:
        return False
    said = " ".join(chat_words(given))
    return any(said in _SPANS[span] for span in spans)


def _read(answer: str) -> str:
    return normalize(answer).replace("/", " ")
