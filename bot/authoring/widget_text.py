"""A page widget's own words, told by their form: a player's or a feed's error with its
interjection ("Oops, something went wrong.", "Sorry, an error occurred."), and the text-size
tool ("Adjust font size:", "Change text size A- A+"). A story reporting an error quotes it
or gives it a subject; these stand alone on the line.
"""

from __future__ import annotations

import re

__all__ = ["is_widget_text"]

_WIDGET_ERROR = re.compile(
    r"^(?:oops|whoops|uh[- ]oh|sorry)\W{1,3}(?:something went wrong|an error (?:has )?occurred|"
    r"there was (?:a problem|an error))\b[^\"“”]{0,80}$",
    re.IGNORECASE,
)
_TEXT_SIZE = re.compile(
    r"^(?:adjust|change|increase|decrease|reset) (?:the )?(?:font|text) size:?"
    r"(?: [-+aA]{1,3}){0,3}$",
    re.IGNORECASE,
)


def is_widget_text(line: str) -> bool:
    """ "Oops, something went wrong.", "Adjust font size:": a widget's words alone on a line."""
    return bool(_WIDGET_ERROR.match(line) or _TEXT_SIZE.match(line))
