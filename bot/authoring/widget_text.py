"""A page widget's own words, told by their form: a player's or a feed's error with its
interjection ("Oops, something went wrong.", "Sorry, an error occurred."), and the text-size
tool ("Adjust font size:", "Change text size A- A+"), the comment box's and the correction
box's words ("Comments are closed.", "Seen a mistake?"), an empty list's ("No stories
found."), the archive's age notice ("Take note – story published 8 years ago") and a
republishing note ("Republished with permission on The Courier."). A story reporting an
error quotes it or gives it a subject; these stand alone on the line."""

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
    r"(?: [-+aA]{1,3}){0,3}$"
    # the tool's label and its buttons' words (round 52): "Font size: Decrease font Enlarge font"
    r"|^(?:font|text) size:?(?: (?:decrease|increase|enlarge|reduce|reset|smaller|larger|bigger)"
    r"(?: (?:font|text)(?: size)?)?){1,3}$",
    re.IGNORECASE,
)
# "No stories found.", "No posts yet": an empty list widget's words (round 52).
_EMPTY_LIST = re.compile(
    r"^no (?:stories|posts|articles|results|items|news|videos|events|entries)(?: were)? "
    r"(?:found|yet|available|to (?:show|display))\W{0,3}$",
    re.IGNORECASE,
)

_COMMENTS_CLOSED = re.compile(r"^comments are (?:now )?closed\W{0,3}$", re.IGNORECASE)
# "Seen a mistake?", "Spotted an error? Let us know.": the correction box's invitation.
_MISTAKE_BOX = re.compile(
    r"^(?:seen|spotted|found|noticed) an? (?:mistake|error|typo)\?[^\"“”?]{0,60}$", re.IGNORECASE
)
# "Take note – story published 8 years ago": the archive's notice over an old story.
_AGE_NOTICE = re.compile(
    r"^(?:please )?(?:take )?note\W{1,3}(?:this )?(?:story|article|report) (?:was )?"
    r"published [\w ]{1,30} ago\W{0,2}$",
    re.IGNORECASE,
)
# "Republished with permission on The Courier.": the copy's licence, not the story.
_REPUBLISHED = re.compile(
    r"^(?:republished|reproduced|reprinted) with (?:the )?(?:kind )?permission\b[^\"“”]{0,120}$",
    re.IGNORECASE,
)
_FORMS = (
    _WIDGET_ERROR,
    _TEXT_SIZE,
    _COMMENTS_CLOSED,
    _MISTAKE_BOX,
    _AGE_NOTICE,
    _REPUBLISHED,
    _EMPTY_LIST,
)


def is_widget_text(line: str) -> bool:
    """ "Oops, something went wrong.", "Adjust font size:", "Comments are closed.": a
    widget's words alone on a line."""
    return any(form.match(line) for form in _FORMS)
