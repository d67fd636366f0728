"""What a chat message adds around a typed answer, read before the answer is judged.

People answer in Discord as they chat: they correct themselves on a second line with an
asterisk ("kenya\\n*uganda" means "uganda"), start with a mention of the bot ("@briefbot
kenya", "<@123> kenya") and write leetspeak ("k3ny4"). This module only finds the answer in
such a message; matching judges it.
"""

from __future__ import annotations

import re

from bot.core.answer_text import CURRENCY_PREFIXES
from bot.core.chat_markup import read_markup

__all__ = ["answer_of", "leet_reading"]

# A last line that corrects the message: one asterisk, then the correction ("*uganda"), not
# a line in italics or bold ("*really*", "**b**").
_CORRECTION = re.compile(r"^\s*\*(?!\*)\s*(\S(?:.*\S)?)\s*$")
# Mentions at the start of a message: "<@123>", "<@!123>", "<@&123>", "@briefbot".
_LEADING_MENTIONS = re.compile(r"^(?:\s*(?:<@[!&]?\d+>|@[^\W\d]\w*(?!\w))[\s,:]*)+(?=\S)")
# Digits typed for the letters they look like, inside a word that starts with a letter.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_LEET_WORD = re.compile(r"\b[^\W\d_]+[013457][^\W_]*")
# An amount after a currency's code ("shs10", "ugx1bn"): its digits stay digits.
_CODED_AMOUNT = re.compile(
    rf"(?:{'|'.join(code for code in CURRENCY_PREFIXES if len(code) >= 3)})\d[\d.]*[^\W\d_]*",
    re.IGNORECASE,
)


def answer_of(message: str) -> str:
    """The answer a chat message gives: its last line when that line corrects the lines
    before with an asterisk, without the mentions it starts with, its Discord markup read
    (`chat_markup`: shortcodes, words struck through)."""
    message = read_markup(message)
    lines = [line for line in message.splitlines() if line.strip()]
    correction = _CORRECTION.match(lines[-1]) if len(lines) > 1 else None
    if correction and not correction[1].endswith("*"):
        message = correction[1]
    return _LEADING_MENTIONS.sub("", message, count=1)


def leet_reading(text: str) -> str | None:
    """`text` with leetspeak read as letters ("ch1na" -> "china"), or None when no word
    mixes them that way. Only a word that starts with a letter is read, so a number with its
    unit ("75yrs", "3rd") keeps its digits; this is a second reading, the text as typed is
    judged too ("G7" stays "G7" there)."""
    words = [m.group() for m in _LEET_WORD.finditer(text)]
    if all(_CODED_AMOUNT.fullmatch(word) for word in words):
        return None
    return _LEET_WORD.sub(
        lambda m: m.group() if _CODED_AMOUNT.fullmatch(m.group()) else m.group().translate(_LEET),
        text,
    )
