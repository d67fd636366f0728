"""Names of countries and regions beyond English, and text in other scripts, for typed answers.

The names are CLDR's (through Babel), loaded on first use: each country's name in English and
in a few common languages, and the country a flag emoji shows. Text in another script is
transliterated to Latin letters by anyascii ("Владивосток" -> "Vladivostok").
"""

from __future__ import annotations

import functools
import re

__all__ = ["LANGUAGES", "english_names", "flags_as_names", "names_in", "transliterate"]

LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk", "tr", "zh", "ja", "ko")
"""Languages besides English in which a student may name a country."""

_FLAG_A, _FLAG_Z = "\U0001f1e6", "\U0001f1ff"  # regional indicators A-Z: two make a flag
_FLAGS = re.compile(f"[{_FLAG_A}-{_FLAG_Z}]{{2}}")


@functools.cache
def english_names() -> dict[str, str]:
    """Each country's or region's English name, by its CLDR code ("UA": "Ukraine")."""
    from babel import Locale

    return dict(Locale("en").territories)


@functools.cache
def names_in(language: str) -> dict[str, str]:
    """Each country's or region's name in `language`, by its CLDR code."""
    from babel import Locale

    return dict(Locale(language).territories)


def _flag_name(match: re.Match[str]) -> str:
    code = "".join(chr(ord(char) - ord(_FLAG_A) + ord("A")) for char in match.group())
    return f" {english_names().get(code, match.group())} "


def flags_as_names(text: str) -> str:
    """`text` with each flag emoji replaced by its country's English name ("🇺🇦" -> "Ukraine")."""
    if not any(_FLAG_A <= char <= _FLAG_Z for char in text):
        return text
    return _FLAGS.sub(_flag_name, text)


def transliterate(text: str) -> str:
    """`text` in Latin letters: other scripts transliterated, Latin text unchanged."""
    from anyascii import anyascii

    return str(anyascii(text))
