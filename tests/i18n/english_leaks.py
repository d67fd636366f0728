"""What a French reader must never see: the English of a message the catalogue translates."""

from __future__ import annotations

import re
from functools import cache

from babel.messages.pofile import read_po

from bot.i18n import DOMAIN, LOCALE_DIR

__all__ = ["english_in"]

SHORTEST = 12
"""Pieces shorter than this (single words such as "Quiz") may be French too."""


@cache
def english_pieces() -> tuple[str, ...]:
    """Long literal pieces of every English message whose French says something else."""
    with (LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
        catalogue = read_po(handle, locale="fr")
    pieces = set()
    for entry in catalogue:
        if not entry.id:
            continue
        ids = [entry.id] if isinstance(entry.id, str) else list(entry.id)
        french = " ".join([entry.string] if isinstance(entry.string, str) else entry.string)
        for text in ids:
            for piece in re.split(r"\{[^}]*\}|\n", text):
                piece = piece.strip(" .,:;()")
                if len(piece) >= SHORTEST and piece not in french:
                    pieces.add(piece)
    return tuple(sorted(pieces))


def english_in(text: str) -> list[str]:
    """The English messages of the catalogue found in `text` (none for a French reader)."""
    return [piece for piece in english_pieces() if piece in text]
