"""Every shipped catalogue translates every message the code shows, with the same placeholders."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.i18n import DEFAULT_LANGUAGE, DOMAIN, LANGUAGES, LOCALE_DIR

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = sorted(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-zA-Z_][a-zA-Z0-9_]*)(?:[:!][^}]*)?\}")


def _messages_in_code() -> set[tuple[str, str | None]]:
    """Every (message, context) the code passes to `_`, `ngettext`, `pgettext` or `N_`."""
    found: set[tuple[str, str | None]] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(ROOT / "bot"), method_map=[("**.py", "python")]
    ):
        found.add((message if isinstance(message, str) else message[0], context))
    return found


def _catalogue(code: str) -> Catalog:
    with (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
        return read_po(handle, locale=code)


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_in_the_code_has_a_translation(code: str) -> None:
    catalogue = _catalogue(code)
    missing = []
    for msgid, context in _messages_in_code():
        entry = catalogue.get(msgid, context=context)
        strings = (
            [] if entry is None else list(entry.string) if entry.pluralizable else [entry.string]
        )
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(msgid)
    assert not missing, (
        f"{code}: untranslated (run `make translations`, then translate): {missing[:10]}"
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders(code: str) -> None:
    """A translation uses exactly the English placeholders; a plural form may leave out one
    (French "son unique version" needs no {count}), but the forms together use them all."""
    wrong = []
    for entry in _catalogue(code):
        if not entry.id or not entry.string:
            continue
        ids = [entry.id] if isinstance(entry.id, str) else list(entry.id)
        strings = [entry.string] if isinstance(entry.string, str) else list(entry.string)
        expected = set().union(*(_placeholders(text) for text in ids))
        used = [_placeholders(text) for text in strings if text]
        if any(not found <= expected for found in used) or set().union(*used) != expected:
            wrong.append((ids[0], " | ".join(strings)))
        elif len(ids) == 1 and used and used[0] != expected:
            wrong.append((ids[0], strings[0]))
    assert not wrong, f"{code}: placeholders differ from the English: {wrong[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_matches_its_source(code: str) -> None:
    """The .mo read at run time says what the .po says (`make translations` compiles it)."""
    with (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for entry in _catalogue(code):
        if not entry.id or entry.fuzzy or not entry.string:
            continue
        if isinstance(entry.id, str):
            found = (
                compiled.pgettext(entry.context, entry.id)
                if entry.context
                else compiled.gettext(entry.id)
            )
            if found != entry.string:
                stale.append(entry.id)
        else:
            for count, expected in ((1, entry.string[0]), (5, entry.string[-1])):
                if compiled.ngettext(entry.id[0], entry.id[1], count) != expected:
                    stale.append(entry.id[0])
    assert not stale, f"{code}: the .mo is older than the .po; run `make translations`: {stale[:5]}"


_CODE_SPAN = re.compile(r"`[^`]*`")
_PLAIN_SPACE_BEFORE = re.compile(r" [:;!?](?=\s|$|\))")
"""A high punctuation mark after a plain space: the line may break before it."""
_ESCAPED_SPACE = re.compile(r"\\u00a0|\\u202f|\\xa0|&nbsp;")


def test_french_high_punctuation_has_its_non_breaking_space() -> None:
    """A French reader sees "Série : 1 jour" with a non-breaking space before the colon
    (and before ; ! ?), so a narrow phone never starts a line with the colon, and never the
    escape "\\u00a0" written out; command examples in `code` are left as typed."""
    wrong = []
    for entry in _catalogue("fr"):
        if not entry.id or not entry.string:
            continue
        strings = [entry.string] if isinstance(entry.string, str) else list(entry.string)
        for text in strings:
            prose = _CODE_SPAN.sub("", text)
            if _PLAIN_SPACE_BEFORE.search(prose) or _ESCAPED_SPACE.search(text):
                wrong.append(text)
    assert not wrong, f"French spacing: use U+00A0 before : ; ! ? in {wrong[:5]}"
