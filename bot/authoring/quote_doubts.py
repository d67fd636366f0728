"""Quotes a careful reader would credit to nobody, and one-word names that are no person.

Readings of English news grammar (round 27; the first two chosen over groups A-M alone):
- A quote of words that never stand alone ("The", "of the") is a stray quotation mark, not
  words someone said: a person says "No" or "Most", never just "the".
- A one-word name the article writes before an office ("Unite national officer Ann Lee",
  "Forum spokesman") and never after a title or a given name is the body the officer
  serves, not a person who speaks. So is one written right after a body's noun ("of rights
  group Adhoc", round 28).
- A quote written as the title of a work ("the morning show namely, “Wake Up with Ama,”",
  "a report titled “...”") names it: nobody said those words.
- A name made only of an office's words, or of one and a country ("Prime" of "Prime accused
  Arif", "Tourism Malaysia"), is an adjective or an agency, not a person.
- A list item among the story's paragraphs that credits a quote to someone the paragraphs
  never name ("- Obi calls the plan a ‘farce’") is a teaser of another story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.article import Block
from bot.authoring.lexicon import (
    COUNTRIES,
    HONORIFICS,
    OFFICE_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    words,
)
from bot.authoring.namesakes import is_given_name
from bot.authoring.orgs import ORG_NOUNS

__all__ = [
    "body_after_noun",
    "body_before_office",
    "named_only_in_list_items",
    "names_a_work",
    "office_words_name",
    "words_never_alone",
]

_WORD = re.compile(r"[A-Za-z’'-]+")
# Words that never stand alone or end what someone says: articles, "of", the joiners and
# the possessives that need a noun after them ("most", "around", "some" may: "Most", he said).
_NEVER_ALONE = words("a an the of and or nor my your our their")


def words_never_alone(quote: str) -> bool:
    """Whether the quote's words are all words that never stand alone ("The", "of the"): a
    quotation mark astray, not a quote of anyone."""
    found = _WORD.findall(quote)
    return bool(found) and all(w.lower() in _NEVER_ALONE for w in found)


_TITLES = frozenset(t.casefold() for t in TITLE_WORDS | HONORIFICS)
_OFFICE_AFTER = (
    r"\s+(?:[A-Za-z]+\s+)?(?:officer|secretary|leader|spokesman|spokeswoman|spokesperson"
    r"|official|organiser|organizer|representative|convenor|convener|chairman|chairwoman"
    r"|director|members?|boss|chief)\b"
)


def body_before_office(name: str, texts: Sequence[str]) -> bool:
    """Whether a one-word name is a body's: the article writes it before an office ("Unite
    national officer Ann Lee") and never after a title, a role or a given name ("Mr Unite",
    "President Museveni", "Yoweri Museveni")."""
    if len(name.split()) != 1:
        return False
    written = re.escape(name)
    if not any(re.search(rf"(?<![\w’']){written}{_OFFICE_AFTER}", t) for t in texts):
        return False
    return _never_a_persons(name, texts)


def body_after_noun(name: str, texts: Sequence[str]) -> bool:
    """Whether a one-word name is a body's: the article writes it right after a body's noun
    ("Ann Lee of rights group Adhoc", "the charity Oxfam") and never after a title, a role
    or a given name."""
    if len(name.split()) != 1:
        return False
    after_noun = re.compile(rf"(?<![\w’'])([a-z]+)\s+{re.escape(name)}(?![\w’'])")
    if not any(m.group(1) in ORG_NOUNS for t in texts for m in after_noun.finditer(t)):
        return False
    return _never_a_persons(name, texts)


def _never_a_persons(name: str, texts: Sequence[str]) -> bool:
    """Whether no title, role or given name is ever written before the one-word name."""
    written = re.escape(name)
    for text in texts:
        for match in re.finditer(rf"([\w’'.-]+)\s+{written}(?![\w’'])", text):
            word = match.group(1).rstrip(".")
            if word.casefold() in _TITLES or word.casefold() in ROLE_NOUNS:
                return False
            if word[:1].isupper() and is_given_name(word):
                return False
    return True


def named_only_in_list_items(forms: Sequence[str], blocks: Sequence[Block], item: Block) -> bool:
    """Whether a quote in the list item `item` is credited to a person the story's
    paragraphs never name ("- Obi calls the plan a ‘farce’" among other stories' teasers):
    a list line about someone the story is not about is another story's headline."""
    if item.kind != "bullet":
        return False
    pattern = re.compile("|".join(rf"(?<![\w’']){re.escape(f)}(?![\w’'])" for f in forms if f))
    return not any(b.kind != "bullet" and pattern.search(b.text) for b in blocks)


# "on the morning show namely, “Wake Up with Ama,”", "a report titled “After the Flood”": a
# work's noun and a naming word, or "titled" (a bare "on the show, “We will stay,”" is speech).
_WORK_BEFORE = re.compile(
    r"(?:\b(?:show|programme|program|series|book|novel|film|movie|documentary|song|album|play"
    r"|podcast|column|episode|exhibition),?\s+(?:namely|called|named|dubbed)"
    r"|\b(?:titled|entitled))\s*[,:]?\s*[\"“‘']$"
)


def names_a_work(text: str, quote: str) -> bool:
    """Whether the paragraph writes the quote as the title of a show, book, film or song
    ("the morning show namely, “Wake Up with Ama,”"): a title, not words someone said."""
    at = text.find(quote)
    return at > 0 and _WORK_BEFORE.search(text, max(0, at - 60), at) is not None


def office_words_name(name: str) -> bool:
    """Whether a name is only an office's words, or one and a country ("Prime", "Tourism
    Malaysia", "Health Canada"): an adjective or an agency, never a person."""
    found = name.split()
    return any(w in OFFICE_WORDS for w in found) and all(
        w in OFFICE_WORDS or w in COUNTRIES for w in found
    )
