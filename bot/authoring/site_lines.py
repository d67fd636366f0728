"""Lines the website prints about itself or its tools, told by their form: the site's slogan
("News that matter in Nordland", "Journalism for the curious reader across ..."), a note on
the page's age ("This is an archived article ..."), the site's claim of itself ("The most
credible news source in Nordland", "The official website of ...", round 44), a free host's
banner, an image search's leftover alternative text ("Image result for ..."), a category
line ("Posted in Local, News, Police0 Comments"), a teaser's question to the reader ("Did you
read this?"), and rows of keywords (a page's tags run together without commas).

A story reports in the third person with verbs; these lines name the site, its tools or its
topics and carry no finite verb of the story. Each check reads one line with bounded
regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_keyword_rows", "is_keyword_row", "is_site_line"]

_NO_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|said|says"
    r"|told|did|does)\b",
    re.IGNORECASE,
)
# The site's slogan: its trade ("news", "journalism", "reporting") and whom or what it serves
# ("News that matter in Nordland", "News from the Coast", "Journalism for the curious reader
# across politics and culture."), or the kind of source it is ("The essential local news
# source"), or its address and its readers ("Nordland.com for people living in Nordland").
_SLOGAN = re.compile(
    r"^(?:(?:[A-Z][\w’'-]*,? ){0,3})(?:news|journalism|reporting)"
    r" (?:that (?:matters?|counts?)|you can trust|for|from|across)\b[^.!?|:]{2,120}\.?$|"
    r"^(?:the |your )(?:[\w’'-]+ ){0,4}(?:news ?(?:source|site|website|portal)|newspaper|source"
    r" (?:for|of) (?:[\w’'-]+ ){0,2}news)(?:, [^.!?|:]{2,60}| in (?-i:[A-Z])[\w’'-]*"
    r"(?: (?-i:[A-Z])[\w’'-]*){0,2})?\.?$|"
    # round 44: "The official website of the President of Nordland"; "Reliable, Trustworthy
    # Reporting, ...": the qualities the site claims, listed before its trade
    r"^the official (?:web ?site|portal|web portal|page) of (?:the )?(?-i:[A-Z])[^.!?|:]{2,80}$|"
    r"^(?-i:[A-Z])[\w’'-]+, (?:(?-i:[A-Z])[\w’'-]+,? ){1,2}(?:news|journalism|reporting)"
    r"(?:, [^.!?|:]{2,80})?$|"
    # a free host's banner: "Make your own free website on", "Create a free website or blog
    # at WordPress.com."
    r"^(?:make|create|build|start) (?:your own (?:free )?|a free )(?:website|site|blog)\b"
    r"(?:[^.!?]|\.(?=\w)){0,80}\.?$|"
    # "Home of the Caribbean", "The home of Nordland rugby": the site as a place
    r"^(?:the )?home of (?:the )?(?-i:[A-Z])[\w’'-]*(?: (?:of|and|&|(?-i:[A-Z])[\w’'-]*)){0,4}$|"
    r"^[\w-]+\.(?:com|net|org|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2}) for "
    r"(?:people|readers|everyone|all)\b[^.!?|:]{0,100}$",
    re.IGNORECASE,
)
_MAX_SLOGAN_WORDS = 16
_SITE_NOTE = re.compile(
    # an image search's alternative text left on a copied picture
    r"^(?:image|photo|picture) result for .{1,120}$|^related image$|^see the source image$|"
    # the site's note on an old page: "This is an archived article and the information in
    # the article may be outdated. ...", "This article is more than 5 years old."
    r"^this is an? (?:archived|old|older) (?:article|story|post|page)\b.{0,300}$|"
    r"^this (?:article|story|post|page) (?:is|was) (?:archived|(?:more than|over) [\w ]{1,20}"
    r" old|outdated)\b.{0,300}$|"
    # an advert's label, a link with its empty counter ("More () »")
    r"^advertising$|^[A-Za-z]{1,20} \(\) ?[»›>]?$|"
    # a partner's or sponsor's label whose logo was a picture: "In association with"
    r"^(?:in (?:association|partnership|collaboration) with|(?:brought to you|sponsored|"
    r"supported|presented|powered) by):?$|"
    # a post's categories and its comment counter: "Posted in Local, News, Police0 Comments"
    r"^(?:posted|filed) (?:in|under) (?:(?-i:[A-Z])[\w&’'-]*(?: (?-i:[A-Z&])[\w&’'-]*){0,3}"
    r"(?:, |\s?\|\s?)?)+"
    r"(?:\s?\d{1,5} ?comments?|\s?\|?\s?leave a comment)?$|"
    # a teaser's question to the reader: "Did you read this?", "Have you seen these?"
    r"^(?:did|have) you (?:read|seen|watched|heard|missed) (?:this|these|that|it)\?$",
    re.IGNORECASE,
)


def is_site_line(text: str) -> bool:
    """A line the site prints about itself or its tools, never a line of the story."""
    if _SITE_NOTE.match(text):
        return True
    if any(mark in text for mark in '"“”'):
        return False
    short = len(text.split()) <= _MAX_SLOGAN_WORDS
    return short and bool(_SLOGAN.match(text)) and not _NO_FINITE_VERB.search(text)


# Words that a line of prose of eight words or more cannot do without (articles,
# prepositions, pronouns, auxiliaries): a row of keywords has one at most.
_SMALL_WORDS = (
    "a an the of to in on at by for with from into about as and or but is are was were be "
    "been has have had will would that which who it its he she they them his her their this "
    "these those not"
)
_FUNCTION_WORDS = frozenset(_SMALL_WORDS.split())
_KEYWORD = re.compile(r"^[\w&-]+$")
_MIN_KEYWORDS = 8


def is_keyword_row(text: str, *, capitalised: bool = False) -> bool:
    """ "120l per day drought emergency water supply plan sdrc southern downs": eight
    keywords or more with no punctuation and one function word at most. In lowercase this is
    a row of tags anywhere; in capitals (`capitalised`), the caller vouches that the story
    is above it (a headline in capitals has the same form)."""
    words = text.split()
    if len(words) < _MIN_KEYWORDS or not all(_KEYWORD.match(w) for w in words):
        return False
    if sum(w.casefold() in _FUNCTION_WORDS for w in words) > 1:
        return False
    if any(c.isupper() for c in text):
        capitals = all(w[:1].isupper() or w.casefold() in _FUNCTION_WORDS for w in words)
        return capitalised and capitals
    return True


_MIN_PROSE = 80


def flag_keyword_rows(lines: Sequence[str], flags: list[bool]) -> None:
    """Rows of keywords: in lowercase anywhere; in capitals only below a paragraph of the
    story (over the story, a headline)."""
    story_above = False
    for i, line in enumerate(lines):
        text = line.strip()
        if is_keyword_row(text, capitalised=story_above):
            flags[i] = True
        if not flags[i] and len(text) >= _MIN_PROSE and text[-1:] in '.!?"”’':
            story_above = True
