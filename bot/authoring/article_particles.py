"""Arabic surnames written with and without their article: "Haider al-Abadi", then "Abadi"."""

import re
from collections.abc import Sequence

from bot.authoring.canonical_names import Named

# "al-Abadi", "Al-Sabah", "el-Sisi": the Arabic article joined to the surname by a hyphen.
_ARTICLE = re.compile(r"(?:al|el|Al|El)-([A-Z][\w’'-]*)")


def article_owners(persons: Sequence[Named]) -> dict[str, str]:
    """{key: owner's key} for a one-word name that is the surname of exactly one other
    person written with the Arabic article ("Abadi" and "Haider al-Abadi"): English news
    drops the article on second reference, so the short form is that person's. The surname
    is not split from a double surname, so a hyphen after the article does not make the
    short form ambiguous; two people with that surname leave it nobody's."""
    owners: dict[str, str] = {}
    for person in persons:
        if len(person.name.split()) != 1:
            continue
        fits = [
            other.key
            for other in persons
            if other.key != person.key and _bare_surname(other.name) == person.name
        ]
        if len(fits) == 1:
            owners[person.key] = fits[0]
    return owners


def _bare_surname(name: str) -> str | None:
    """ "Abadi" of "Haider al-Abadi"; None when the last word has no article."""
    words = name.split()
    if len(words) < 2:
        return None
    match = _ARTICLE.fullmatch(words[-1])
    return match.group(1) if match else None
