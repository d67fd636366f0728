"""Posts typed in French, Spanish or Portuguese (`la maire`, `alcaldesa`, `le gouverneur rick
scott`, `un sénateur`) read as their English words (`the mayor`, `mayor`, `the governor rick
scott`, `a senator`), so that a post is judged as the same post typed in English is: right
where English is right, wrong where English is wrong (`président` for a chairman stays wrong,
as `president` is). For `quiz.judge`.

Only a text holding one of these post words is read again, so English is never changed; a
word English spells the same way (`president`, `director`, `director general`, `chef`) is not
in the table.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["posts_in_english"]

# Post words of the three languages (both genders), each with its English post. Typed without
# their accents too, unless that spelling is an English word.
_POSTS: dict[str, str] = {
    # French
    "maire": "mayor",
    "conseiller": "councillor",
    "conseillère": "councillor",
    "ministre": "minister",
    "premier ministre": "prime minister",
    "première ministre": "prime minister",
    "président": "president",
    "présidente": "president",
    "porte-parole": "spokesperson",
    "gouverneur": "governor",
    "gouverneure": "governor",
    "sénateur": "senator",
    "sénatrice": "senator",
    "entraîneur": "coach",
    "entraîneuse": "coach",
    "juge": "judge",
    "directeur": "director",
    "directrice": "director",
    "directeur général": "chief executive",
    "directrice générale": "chief executive",
    "pdg": "chief executive",
    # Spanish
    "alcalde": "mayor",
    "alcaldesa": "mayor",
    "concejal": "councillor",
    "concejala": "councillor",
    "ministro": "minister",
    "ministra": "minister",
    "primer ministro": "prime minister",
    "primera ministra": "prime minister",
    "presidente": "president",
    "presidenta": "president",
    "portavoz": "spokesperson",
    "gobernador": "governor",
    "gobernadora": "governor",
    "senador": "senator",
    "senadora": "senator",
    "entrenador": "coach",
    "entrenadora": "coach",
    "juez": "judge",
    "jueza": "judge",
    "directora": "director",
    "consejero delegado": "chief executive",
    "consejera delegada": "chief executive",
    # Portuguese
    "prefeito": "mayor",
    "prefeita": "mayor",
    "vereador": "councillor",
    "vereadora": "councillor",
    "primeiro-ministro": "prime minister",
    "primeira-ministra": "prime minister",
    "porta-voz": "spokesperson",
    "governador": "governor",
    "governadora": "governor",
    "treinador": "coach",
    "treinadora": "coach",
    "juiz": "judge",
    "juíza": "judge",
    "diretor": "director",
    "diretora": "director",
}
# English words a post above spells without its accents: never read as another language.
_ENGLISH = frozenset({"president"})
# Articles and "of" of those languages, read in English where a post word is typed.
_BESIDE: dict[str, str] = {
    "le": "the",
    "la": "the",
    "l": "the",
    "el": "the",
    "o": "the",
    "un": "a",
    "une": "a",
    "una": "a",
    "um": "a",
    "uma": "a",
    "du": "of",
    "de": "of",
    "del": "of",
    "do": "of",
    "da": "of",
}
_BESIDE_WORD = re.compile(r"(?<![\w'’-])(" + "|".join(_BESIDE) + r")(?:\s+|['’]\s*)(?=\w)")


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
    )


def _spaced(post: str) -> str:
    """A post's words with one space between them, whether typed with hyphens or spaces."""
    return re.sub(r"[\s-]+", " ", post)


@functools.cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each spelling (spaced) with its English post, and a pattern finding any of them."""
    spellings: dict[str, str] = {}
    for post, english in _POSTS.items():
        for spelling in {post, _unaccented(post)}:
            if spelling not in _ENGLISH:
                spellings[_spaced(spelling)] = english
    alternatives = sorted(spellings, key=len, reverse=True)
    pattern = (
        r"(?<![\w-])("
        + "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in alternatives)
        + r")(?![\w-])"
    )
    return spellings, re.compile(pattern)


def posts_in_english(given: str) -> str | None:
    """`given` with its French, Spanish or Portuguese post words, and the articles and "of"
    of those languages, in English; None where it holds no such post word."""
    spellings, pattern = _table()
    folded = unicodedata.normalize("NFC", given.casefold())
    if not pattern.search(folded):
        return None
    english = pattern.sub(lambda match: spellings[_spaced(match[1])], folded)
    return _BESIDE_WORD.sub(lambda match: _BESIDE[match[1]] + " ", english)
