"""A title asked for itself ("What is George Natembeya's title?"): the office said without the
place or body it belongs to ("governor" for Governor of Trans Nzoia), or with part of it
("irrigation director" for Director of Erbil's Irrigation Directorate), or without the
portfolio it is for ("commissioner", "youth commissioner" for Commissioner for Youth and Special
Duties), or without a grade word of the same office ("state counsel" for Senior State
Counsel; never "counsel", nor "deputy" or "assistant", which name another post) or without
"official" ("spokesman" for Official spokesman of Jeddah Municipality), is the title; so is
the office with the place the person's own role in the briefing gives it ("lebanon's pm" for
Prime Minister, where Saad Hariri is the Prime Minister of Lebanon).

The question names the person, so the office alone says what they are; another office
(`deputy director`, `commissioner`) or another place or body (`governor of nairobi`, `director
of shafaq news`) stays wrong. A head of government or state of a region or government that is
no country ("prime minister of the Kurdistan Regional Government") keeps its place: the office
alone ("prime minister") names the country's own (Iraq's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core import abbreviations
from bot.core.answer_text import osa
from bot.core.matching import Person, chat_words, countries_by_name, misspells, normalize

__all__ = ["title_said"]

# "What is X's title?", "What was his position?", "What post does X hold?"
_ASKS_TITLE = re.compile(
    r"\bwhat\s+(?:is|was)\s+.{0,60}?\b(?:title|position|post|office|role)\s*\??\s*$"
    r"|\bwhat\s+(?:title|position|post|office|role)\s+(?:does|did|do)\b",
    re.IGNORECASE,
)
# "Governor of Trans Nzoia", "Commissioner for Youth and Special Duties": the office (one to
# three words), "of" or "for", the place, body or portfolio.
_OFFICE_OF = re.compile(r"(?P<office>\w+(?:[ -]\w+){0,2}) (?:of|for) (?P<body>.+)", re.IGNORECASE)
# Offices that, alone, name a country's head of state or government.
_COUNTRY_OFFICES = frozenset({"prime minister", "premier", "president", "chancellor", "king"})
# Words that make a body something other than a country's region or government.
_BODIES = frozenset(
    {
        "union",
        "committee",
        "commission",
        "company",
        "club",
        "association",
        "federation",
        "board",
        "party",
        "bank",
        "university",
        "college",
        "school",
        "society",
        "league",
        "directorate",
        "department",
        "agency",
        "court",
        "foundation",
        "corporation",
        "group",
        "institute",
    }
)
# Words that may stand before the office or between it and the body ("he is the director of").
_AROUND = frozenset(
    {"he", "hes", "she", "shes", "is", "was", "the", "a", "an", "of", "s", "its", "in", "at", "for"}
)


def title_said(given: str, rights: Sequence[str], people: Sequence[Person], context: str) -> bool:
    """Whether the question asks for a person's title and `given` is a right answer's office
    (or the office of the person's own role in the briefing) with no other word than words of
    its place or body ("union president" for President of the mine's union)."""
    if not _ASKS_TITLE.search(context):
        return False
    titles = [*rights, *_roles_named(people, context)]
    said = abbreviations.in_answers_words(given, tuple(titles)) or given  # "pm"
    words = [w for w in chat_words(said) if w not in _AROUND]
    if not words:
        return False
    titles += [graded for title in titles if (graded := _without_grade(title)) is not None]
    for title in titles:
        if _is_office(words, normalize(title).split()):
            return True  # "state counsel" for Senior State Counsel
        parts = _office_and_body(title)
        if parts is not None and _office_in(words, parts[0]) and _only_body_words(words, *parts):
            return True
    return False


# Grade words of the same office, before a grade of the same service: "Senior State Counsel"
# is a State Counsel of a higher grade, so "state counsel" names the office (a convention the
# tech lead settled after the twenty-second set). "Assistant" and "deputy" name another post
# and stay; a grade before one word ("Senior Counsel", "Chief Justice") names a rank of its own.
_GRADES = frozenset({"senior", "principal", "chief"})
# "Official" says the post is held in the body's name, never another post: an official
# spokesman is its spokesman (nine labelled real articles write "official spokesman").
_OFFICIAL = "official"


def _without_grade(title: str) -> str | None:
    """`title` without the grade word it opens with, when two words or more are left
    ("State Counsel" for Senior State Counsel), or without "official" when a word is left
    ("Spokesman of the council" for Official spokesman of the council), else None."""
    words = title.split()
    if len(words) >= 2 and words[0].casefold() == _OFFICIAL:
        return " ".join(words[1:])
    if len(words) < 3 or words[0].casefold() not in _GRADES:
        return None
    return " ".join(words[1:])


def _is_office(words: Sequence[str], title: Sequence[str]) -> bool:
    """Whether `words` are the title's words, each as written or slipped."""
    return len(words) == len(title) and all(_same(w, t) for w, t in zip(words, title, strict=True))


def _roles_named(people: Sequence[Person], context: str) -> list[str]:
    """The briefing's role of each person the question names ("Saad Hariri's title")."""
    asked = normalize(context)
    return [
        person.role
        for person in people
        if person.role and any(normalize(name) in asked for name in (person.name, *person.aliases))
    ]


def _office_and_body(title: str) -> tuple[list[str], set[str]] | None:
    """The office's words and the body's words of a title written "<office> of <body>" or
    "<office> for <portfolio>"."""
    match = _OFFICE_OF.fullmatch(title.strip())
    if match is None:
        return None
    office = normalize(match["office"]).split()
    body_words = normalize(match["body"]).split()
    body = set(body_words) - _AROUND
    country = countries_by_name().get(" ".join(w for w in body_words if w != "the"), "")
    if " ".join(office) in _COUNTRY_OFFICES and not body & _BODIES and not country.isalpha():
        return None  # a region's prime minister: the office alone names the country's
    body |= {w[:-1] for w in body if w.endswith("s") and len(w) > 4}  # "erbils" as "erbil"
    return office, body


def _office_in(words: Sequence[str], office: Sequence[str]) -> bool:
    """Whether the office's words stand together in `words`, each as written or slipped."""
    size = len(office)
    return any(
        all(_same(w, o) for w, o in zip(words[i : i + size], office, strict=True))
        for i in range(len(words) - size + 1)
    )


def _only_body_words(words: Sequence[str], office: Sequence[str], body: set[str]) -> bool:
    """Whether every word of `words` but the office's is a word of the body."""
    rest = list(words)
    for part in office:
        rest.remove(next(w for w in rest if _same(w, part)))
    return all(any(_same(w, b) or _same(w.removesuffix("s"), b) for b in body) for w in rest)


def _same(word: str, other: str) -> bool:
    """Whether `word` is `other` as written or with a slip ("governer", "directer")."""
    if word == other or misspells(word, other):
        return True
    return len(other) >= 6 and abs(len(word) - len(other)) <= 1 and osa(word, other) <= 1
