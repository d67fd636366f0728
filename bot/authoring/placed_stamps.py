"""A page's date line that also says where the report was filed, or where it came from.

A report's stamp is often printed with its place around it: "Portland, Oregon Oct. 5, 2016
7:12 p.m." (the place, then the date and the clock), "Wednesday, January 9, 2019, 9:40 p.m.
Kathmandu, Nepal" (the clock, then the place), or with the feed that carried it after a dash:
"2025-01-07 19:50:26 - From: Shafaq News", "16.03.2016 - Article". The place or the feed
hides the stamp from the check for lines of dates and times only. A story's dateline
("OSLO, May 5, 2015:", "Kuwait, December 29, 2017-Defending champions ...") has no clock and
goes on into the story's words, so it is not read here: a place must stand beside a date with
a clock, and a feed's name is at most four capitalised words after the dash.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["is_placed_stamp"]

# "Portland, Oregon", "Kathmandu, Federal Democratic Republic of Nepal": capitalised words,
# commas between them, and the small words of a country's long name.
_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|of|de|del|da|do|la|and))*$")
_CLOCK = re.compile(r"\d:\d\d")
_YEAR = re.compile(r"\b\d{4}\b|\d{4}-\d\d-\d\d")
_NUMBER = re.compile(r"\d+")
# "<stamp> - From: Shafaq News", "<stamp> – Article": the feed or the page's kind after a dash.
_FED = re.compile(
    r"^(?P<stamp>.{6,60}?) [-–—|] (?:(?:From|Source|Via): )?"
    r"[A-Z][\w.'’&]*(?: [A-Z][\w.'’&]*){0,3}$"
)
_MAX_LINE = 120
_MAX_PLACE_WORDS = 7


def is_placed_stamp(line: str, is_timestamp: Callable[[str], bool]) -> bool:
    """Whether `line` is a date with a clock and the place it was filed from, before or
    after it, or a dated stamp with its feed after a dash (`is_timestamp`: the page's check
    for a line of dates and times only)."""
    text = line.strip().rstrip(" –—-").strip()
    if len(text) > _MAX_LINE or not any(c.isdigit() for c in text):
        return False
    fed = _FED.match(text)
    if fed and _dated(fed.group("stamp"), is_timestamp):
        return True
    if not _CLOCK.search(text):
        return False
    words = text.split(" ")
    for k in range(1, min(_MAX_PLACE_WORDS, len(words) - 1) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if _place(head) and _clocked(tail, is_timestamp):
            return True  # "Portland, Oregon Oct. 5, 2016 7:12 p.m."
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if _place(tail) and _clocked(head, is_timestamp):
            return True  # "Wednesday, January 9, 2019, 9:40 p.m. Kathmandu, Nepal"
    return False


def _place(words: str) -> bool:
    return _PLACE.match(words.rstrip(",")) is not None and not any(c.isdigit() for c in words)


def _clocked(stamp: str, is_timestamp: Callable[[str], bool]) -> bool:
    stamp = stamp.strip().rstrip(",")
    return bool(_CLOCK.search(stamp)) and _YEAR.search(stamp) is not None and is_timestamp(stamp)


def _dated(stamp: str, is_timestamp: Callable[[str], bool]) -> bool:
    """A clock, or a whole date: a year and a day ("16.03.2016", "7th APRIL 2015"), not a
    timeline's "June 2021 - First Vaccines" nor "2019 - Council Approves Plan"."""
    stamp = stamp.strip()
    whole_date = _YEAR.search(stamp) is not None and len(_NUMBER.findall(stamp)) >= 2
    return (bool(_CLOCK.search(stamp)) or whole_date) and is_timestamp(stamp)
