"""The bot's words in the reader's language: gettext catalogues and the language of the request.

Every text the bot shows goes through `_` (or `ngettext` for counts). The language is chosen
once per request by the adapter (`use_language`) and travels with the request's task in a
context variable, so the core never guesses it: a Discord interaction uses the student's
locale, else the server's setting, else English (`pick_language`); the console uses `--lang`.

Catalogues live in `bot/locales/<lang>/LC_MESSAGES/briefbot.po` (written by translators) and
its compiled `.mo` (read at run time by the standard library). `make translations` extracts
new messages with Babel, merges them into every catalogue and compiles them.

Messages use named `{placeholders}` filled with `str.format` after translation, so a
translator may reorder them; a test checks every catalogue keeps the same placeholders.
"""

from __future__ import annotations

import gettext
from contextvars import ContextVar, Token
from functools import cache, lru_cache
from pathlib import Path

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "_",
    "current_language",
    "enter_language",
    "language_name",
    "ngettext",
    "pgettext",
    "pick_language",
    "translate",
    "use_language",
]

DOMAIN = "briefbot"
LOCALE_DIR = Path(__file__).parent / "locales"
DEFAULT_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
"""Shipped languages: code -> the language's name in itself."""

_language: ContextVar[str] = ContextVar("briefbot_language", default=DEFAULT_LANGUAGE)


@lru_cache(maxsize=256)
def _code(locale: str | None) -> str | None:
    """The shipped language for a locale such as `fr`, `en-US` or `fr_CA`, else None."""
    if not locale:
        return None
    code = locale.replace("_", "-").split("-", 1)[0].strip().lower()
    return code if code in LANGUAGES else None


def pick_language(*candidates: str | None) -> str:
    """The first candidate locale we ship (student's, then server's...), else English."""
    for candidate in candidates:
        code = _code(candidate)
        if code is not None:
            return code
    return DEFAULT_LANGUAGE


def language_name(code: str) -> str:
    """A shipped language's name in itself (`fr` -> `Français`)."""
    return LANGUAGES.get(code, code)


def current_language() -> str:
    """The language of the request being handled."""
    return _language.get()


def enter_language(locale: str | None) -> str:
    """Speak `locale` for the rest of the current task (one interaction's own task)."""
    _language.set(pick_language(locale))
    return _language.get()


class use_language:  # used as a function: `with use_language(code):`
    """Speak `locale` (or English when we do not ship it) inside the block; `as` gives the
    language code. A class, not a generator: every button click enters one."""

    __slots__ = ("_code", "_token")

    def __init__(self, locale: str | None) -> None:
        self._code = pick_language(locale)
        self._token: Token[str] | None = None

    def __enter__(self) -> str:
        self._token = _language.set(self._code)
        return self._code

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _language.reset(self._token)


@cache
def _catalogue(code: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[code], fallback=True)


def translate(message: str, language: str) -> str:
    """`message` in a given language (for texts built outside a request)."""
    return _catalogue(pick_language(language)).gettext(message)


def _(message: str) -> str:
    """`message` in the current request's language."""
    return _catalogue(_language.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for `count`, by the current language's plural rule."""
    return _catalogue(_language.get()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language where its meaning depends on `context`.

    For example `pgettext("command", "review")` is the /review command's name in French.
    """
    return _catalogue(_language.get()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a constant for extraction; translate it later with `_` where it is shown."""
    return message
