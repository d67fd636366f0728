"""Names of countries and regions beyond English, and text in other scripts, for typed answers.

The names are CLDR's: each country's or region's name in English and in a few common
languages, shipped as `place_names.json` beside this module (a few hundred kilobytes, read on
first use; loading the whole locales through Babel at run time would cost some 18 MiB). It is
made from Babel's CLDR data by `python -m bot.core.place_names`, and a test checks it still
matches. Text in another script is transliterated to Latin letters by anyascii
("Владивосток" -> "Vladivostok").
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "REGIONAL_A",
    "REGIONAL_Z",
    "TABLE",
    "english_names",
    "flags_as_names",
    "names_in",
    "transliterate",
]

LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk", "tr", "zh", "ja", "ko")
"""Languages besides English in which a student may name a country."""
TABLE = Path(__file__).with_name("place_names.json")

REGIONAL_A, REGIONAL_Z = "\U0001f1e6", "\U0001f1ff"
"""The regional indicators for A and Z: two of them make a country's flag."""
_FLAGS = re.compile(f"[{REGIONAL_A}-{REGIONAL_Z}]{{2}}")


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = json.loads(TABLE.read_text(encoding="utf-8"))
    return table


def english_names() -> dict[str, str]:
    """Each country's or region's English name, by its CLDR code ("UA": "Ukraine")."""
    return _table()["en"]


def names_in(language: str) -> dict[str, str]:
    """Each country's or region's name in one of `LANGUAGES`, by its CLDR code."""
    return _table()[language]


def _flag_name(match: re.Match[str]) -> str:
    code = "".join(chr(ord(char) - ord(REGIONAL_A) + ord("A")) for char in match.group())
    return f" {english_names().get(code, match.group())} "


def flags_as_names(text: str) -> str:
    """`text` with each flag emoji replaced by its country's English name ("🇺🇦" -> "Ukraine")."""
    if not any(REGIONAL_A <= char <= REGIONAL_Z for char in text):
        return text
    return _FLAGS.sub(_flag_name, text)


def transliterate(text: str) -> str:
    """`text` in Latin letters: other scripts transliterated, Latin text unchanged."""
    from anyascii import anyascii

    return str(anyascii(text))


def cldr_table() -> str:
    """The table as `place_names.json` holds it, made from Babel's CLDR data (Babel is a
    development dependency: only this function needs it)."""
    from babel import Locale

    table = {language: dict(Locale(language).territories) for language in ("en", *LANGUAGES)}
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


if __name__ == "__main__":
    TABLE.write_text(cldr_table(), encoding="utf-8")
    print(f"wrote {TABLE}")
