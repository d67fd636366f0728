"""Numbers written in French words, the bot's other language ("dix-sept", "cent dix-huit",
"quatre-vingt-dix-huit"), read as digits where the answer is a number.

English number words are read by `answer_text`; French ones only here, for a number answer,
since several are also English or French words of another sense ("six", "sept" for September,
"un" the article).
"""

from __future__ import annotations

import re

from bot.core.answer_text import clean

__all__ = ["french_number_reading"]

_UNITS = {
    word: value
    for value, word in enumerate(
        (
            "zero",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
        )
    )
} | {"une": 1}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_HUNDREDS = frozenset({"cent", "cents"})
_THOUSANDS = frozenset({"mille", "millier", "milliers"})
_WORDS = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")
# "pour cent" is per cent ("trois pour cent"); a "virgule" is the decimal comma ("six virgule
# huit" for 6.8).
_PERCENT = re.compile(r"\bpour ?cent\b")
_DECIMAL = re.compile(r"\b(\d+) virgule (\d+)\b")


def french_number_reading(given: str) -> str | None:
    """`given` with each run of French number words written in digits ("dix-sept" -> "17",
    "62 mille" -> "62000", "six virgule huit" -> "6.8"), "pour cent" as "percent", or None when
    it has none, or a run reads as no number ("un" alone, the article; "cents")."""
    text = clean(given)
    words = _WORDS.findall(_PERCENT.sub("percent", text) if "pour" in text else text)
    if "percent" not in words and not any(
        w in _TENS or w in _HUNDREDS or w in _THOUSANDS or w in _UNITS for w in words
    ):
        return None
    read: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word in _THOUSANDS and not run and read and read[-1].isdigit():
            read[-1] = str(int(read[-1]) * 1000)  # "62 mille"
            continue
        if (
            word in _UNITS
            or word in _TENS
            or (word in _HUNDREDS and (run or not read or not _a_cent(read[-1])))
            or word in _THOUSANDS
            or (word == "et" and run)
        ):
            run.append(word)
            continue
        if run:
            value = _value(run)
            if value is None:
                return None
            read.append(str(value))
            run = []
        if word:
            read.append(word)
    reading = _DECIMAL.sub(r"\1.\2", " ".join(read))
    return reading if reading != " ".join(words) or "percent" in words else None


def _a_cent(before: str) -> bool:
    """Whether the word before "cent" makes it an English cent ("a cent", "53 cent")."""
    return before in ("a", "one", "per") or before[:1].isdigit()


def _value(run: list[str]) -> int | None:
    """The number a run of French number words says, or None for the article alone, "cent"
    alone (also English) and two numbers side by side ("cinq six")."""
    if run in (["un"], ["une"], ["cents"], ["un", "cent"]) or run[-1] == "et":
        return None  # the article, or English cents ("cent" alone is a hundred: "cent familles")
    total = current = 0
    previous = ""
    for word in run:
        if word in _UNITS and previous in _UNITS and previous != "dix":
            return None
        if word in _UNITS:
            current += _UNITS[word]
        elif word in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4  # "quatre-vingt": four twenties
        elif word in _TENS:
            current += _TENS[word]
        elif word in _HUNDREDS:
            current = (current or 1) * 100
        elif word in _THOUSANDS:
            total += (current or 1) * 1000
            current = 0
        previous = word
    return total + current
