"""Options a user left blank: an option typed as spaces (or invisible characters) is answered
with what to type in it, never read as "left out" (a default the user did not ask for) nor
looked up as a name made of spaces."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from bot.core.answer_text import is_blank
from bot.core.commands import local_name, option_name
from bot.core.errors import InvalidInput
from bot.i18n import _

__all__ = ["refuse_blank", "refuse_blank_words"]


def _briefing() -> str:
    return _("Type a briefing's name (the list offers them; /{briefings} shows them all).").format(
        briefings=local_name("briefings")
    )


_HINTS: dict[str, Callable[[], str]] = {
    "briefing": _briefing,
    "default_briefing": _briefing,
    "section": lambda: _("Type a section's name: the list offers the briefing's sections."),
    "sections": lambda: _(
        "Type one or more of the briefing's sections, separated by commas (/{brief} lists them)."
    ).format(brief=local_name("brief")),
    "person": lambda: _("Type the name of someone quoted: the list offers them."),
    "term": lambda: _("Type a word to look up in the briefing's glossary."),
    "keyword": lambda: _("Type a word to look for in the briefings' titles."),
    "time": lambda: _("Type a time of day on the 24-hour clock, like 08:30."),
    "due_time": lambda: _("Type a time of day on the 24-hour clock, like 18:00."),
    "date": lambda: _("Type a date as year-month-day, like 2026-03-14."),
    "due_date": lambda: _("Type a date as year-month-day, like 2026-03-14."),
    "timezone": lambda: _("Type a time zone name like Europe/Berlin or America/Chicago."),
}


def refuse_blank(options: dict[str, str], required: Collection[str] = ()) -> None:
    """InvalidInput naming the first option whose value is blank, with what to type in it (and,
    for an optional one, that it may be left out); nothing when every option holds something."""
    for name, value in options.items():
        if not is_blank(value):
            continue
        hint = _HINTS.get(name)
        said = hint() if hint else _("Type something in it.")
        if name not in required:
            said = _("{hint} Or leave the option out.").format(hint=said)
        raise InvalidInput(
            _("The “{option}” option is empty. {hint}").format(option=option_name(name), hint=said)
        )


def refuse_blank_words(words: Sequence[str], positional: str | None) -> None:
    """`refuse_blank` for a command typed as words (the console): a `name:value` word naming
    an option known here is that option, the other words together the `positional` option;
    a word typed as nothing but spaces ("   " in quotes, `briefing:` with nothing after it)
    is answered as on Discord."""
    options: dict[str, str] = {}
    loose: list[str] = []
    for word in words:
        name, colon, value = word.partition(":")
        if colon and name in _HINTS:  # an option's name, not a word with a colon in it
            options.setdefault(name, value)
        else:
            loose.append(word)
    if loose and positional is not None:
        options.setdefault(positional, " ".join(loose))
    refuse_blank(options)
