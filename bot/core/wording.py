"""Small helpers for the words replies are made of, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.replies import typed
from bot.i18n import _, ngettext, pgettext

__all__ = [
    "days",
    "decimal",
    "difficulty_name",
    "echo",
    "kibibytes",
    "number",
    "percent",
    "plural",
    "questions",
    "share",
    "shorten",
    "yes_no",
]


def number(value: int) -> str:
    """A whole number with the reader's thousands separator: "12,000" or "12 000"."""
    # Translators: the thousands separator ("," in English; a narrow no-break space in French)
    return f"{value:,}".replace(",", pgettext("thousands separator", ","))


def kibibytes(size: int) -> str:
    """A size in bytes as whole KiB for a person, rounded up, so a file over a limit never
    reads as the limit itself ("1,025", not "1,024", for 1 MiB and 500 bytes)."""
    return number(-(-size // 1024))


def decimal(value: float, digits: int = 1) -> str:
    """A number with `digits` decimals and the reader's decimal mark: "2.5" or "2,5"."""
    text = f"{value:,.{digits}f}".replace(",", "\x00")
    # Translators: the decimal mark ("." in English, "," in French)
    text = text.replace(".", pgettext("decimal mark", "."))
    return text.replace("\x00", pgettext("thousands separator", ","))


def percent(value: int) -> str:
    """A whole percentage as the reader writes it: "50%" or "50 %"."""
    return _("{value}%").format(value=value)


def share(right: int, total: int) -> int:
    """`right` of `total` as a whole percentage, a half rounded up as people count by hand
    (5 of 8: 63; Python's `round` gives 62, and 38 for 3 of 8); 0 when `total` is 0."""
    return (200 * right + total) // (2 * total) if total > 0 else 0


def questions(count: int) -> str:
    """ "1 question", "2 questions" in the reader's language."""
    return ngettext("{n} question", "{n} questions", count).format(n=count)


def days(count: int) -> str:
    """ "1 day", "2 days" in the reader's language."""
    return ngettext("{n} day", "{n} days", count).format(n=count)


def _answers(count: int) -> str:
    return ngettext("{n} answer", "{n} answers", count).format(n=count)


def _students(count: int) -> str:
    return ngettext("{n} student", "{n} students", count).format(n=count)


_NOUNS: dict[str, Callable[[int], str]] = {
    "question": questions,
    "day": days,
    "answer": _answers,
    "student": _students,
}


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` with its noun, in the reader's language for the nouns the bot uses
    (question, day, answer, student); other nouns in English: "1 item", "2 items"."""
    if noun in _NOUNS and many is None:
        return _NOUNS[noun](count)
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def difficulty_name(difficulty: str) -> str:
    """A question's difficulty (`easy`, `medium`, `hard`) as the reader says it."""
    if difficulty == "easy":  # only the name shown is looked up (once per question shown)
        return pgettext("difficulty", "easy")
    if difficulty == "medium":
        return pgettext("difficulty", "medium")
    if difficulty == "hard":
        return pgettext("difficulty", "hard")
    return difficulty


def yes_no(value: bool) -> str:
    """ "yes" or "no" in the reader's language."""
    return _("yes") if value else _("no")


def echo(text: str, limit: int = 200) -> str:
    """Typed text to echo back as typed, on one line, at most `limit` long.

    It travels as a `typed` token: each adapter shows it safely (Discord escapes its markdown
    and mentions; the console prints it as it is).
    """
    return typed(shorten(text, limit))


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word with an ellipsis when too long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut and flat[limit - 1] != " ":
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"
