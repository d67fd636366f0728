"""A page's own line over the headline, told by what the story is about.

A headline names what the story tells: some of its words come back in the story's first
sentences. A line on top of the page that shares none of them, over a headline-shaped line
that shares two or more, is the site's: its name and slogan ("Press Release Distribution"),
a promotion ("As featured on NewsNow: Football news"), the listing's menu ("Real Estate /
Rentals / Hotels"), a "Last Updated" stamp, another story's headline. The line under it is
the headline. Words are compared by their first six letters ("councillors" and
"council's" are one word), leaving out the words any line shares with any story.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

__all__ = ["flag_off_topic_top"]

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
_STEM = 6
_STORY_SENTENCES = 3  # the story's first paragraphs the headline is read against
_MIN_STORY_WORDS = 12  # a paragraph this long, closed by a stop, is the story's
_MIN_SHARED = 2  # words the headline under the line shares with the story
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE = 200
_STOPS = ".!?"
# Words any line shares with any story: they tell nothing of what it is about.
_COMMON = words(
    """the and for with from into onto about after before over under this that these those
    what when where which while who whom whose how why all any some many more most than
    then also just not are was were been being has have had will would could should can
    may might must said says told his her its their our your they them she him you new
    one two three first last next year years day days week weeks today yesterday news
    says here there out off per via"""
)


def _stems(line: str) -> set[str]:
    found = (w.casefold().replace("’", "'").split("'")[0] for w in _WORD.findall(line))
    return {w[:_STEM] for w in found if len(w) >= 3 and w not in _COMMON}


def _closed(line: str) -> bool:
    return line.rstrip("\"”’')")[-1:] in _STOPS


def _headline_shaped(line: str) -> bool:
    """Four words or more, not closed by a stop (nor by a colon or comma), not too long."""
    return (
        len(line.split()) >= _MIN_HEADLINE_WORDS
        and len(line) <= _MAX_HEADLINE
        and not _closed(line)
        and line[-1:] not in ":;,"
    )


def flag_off_topic_top(lines: list[str], flags: list[bool]) -> None:
    """Flag (in place) the page's first kept line when it shares no word with the story's
    first sentences and the kept line under it, a headline, shares two or more."""
    kept = [i for i, line in enumerate(lines) if line and not flags[i]]
    if len(kept) < 3:
        return
    top, under = lines[kept[0]], lines[kept[1]]
    if _closed(top) or not _headline_shaped(under):
        return
    story = [
        lines[i]
        for i in kept[2:]
        if _closed(lines[i]) and len(lines[i].split()) >= _MIN_STORY_WORDS
    ][:_STORY_SENTENCES]
    if not story:
        return
    told = set().union(*(_stems(line) for line in story))
    if not _stems(top) & told and len(_stems(under) & told) >= _MIN_SHARED:
        flags[kept[0]] = True
