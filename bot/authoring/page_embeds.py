"""Lines a publishing system or an embedded post prints into the story, told by their form:
a post's text ending in its picture link ("... pic.twitter.com/AbC123") and its signature
("— Nordland FC (@nordlandfc) August 8, 2018"), a shortcode left unrendered ("[ad_1]") and
the marker where the story resumes after it ("Article content continued"), an
audio player loading ("Getting your Nordcast player ready..."), a blog's feed link ("Post
Comments (Atom)"), an archive page's label ("Tag Archives: floods") and a membership offer
("Access exclusive podcasts ... with a monthly or annual membership."), an empty advert's
slot ("This advertisement has not loaded yet, ..."), an archive's note on the story's age
("This article is old - Published: ...") and a link to the story's rest on another site
("Read the rest of this story on ...").

Each check reads one line with bounded patterns.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import MONTH_PATTERN

__all__ = ["is_embed_or_notice"]

_POST_PICTURE = re.compile(r"\s(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w{4,20}$")
_POST_SIGNATURE = re.compile(
    rf"^(?:[—–-]{{1,2}} ?)?[^()]{{1,60}} \(@\w{{1,30}}\),? {MONTH_PATTERN} \d{{1,2}}, \d{{4}}$"
)
_SHORTCODE = re.compile(r"^\[/?[a-z][a-z_-]{0,20}\d{0,3}\]$")
# "Article content continued": the marker where a page's story resumes after an advert.
_CONTINUED = re.compile(r"^(?:article|story) (?:content )?continue[sd]$", re.IGNORECASE)
_PLAYER_LOADING = re.compile(
    r"^getting (?:your|the) [\w .&'’-]{0,30}\b(?:audio|video|media) player ready\W{0,3}$",
    re.IGNORECASE,
)
_FEED_LINK = re.compile(
    r"^(?:subscribe to:? )?(?:posts?|comments|post comments)(?: comments)? \((?:atom|rss)\)$",
    re.IGNORECASE,
)
_ARCHIVE_LABEL = re.compile(
    r"^(?:tag|category|author|monthly|yearly|daily|topic)? ?archives?: [^.!?]{1,80}$|"
    # a day's archive page: "Archive of May 11, 2011", "Archive for 3 June 2020" (round 53)
    r"^(?:daily |news )?archives? (?:of|for) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?,? \d{4}$",
    re.IGNORECASE,
)
_MEMBERSHIP_OFFER = re.compile(
    r"^(?:access|get|enjoy|unlock|read) (?:exclusive|unlimited|all|premium)\b[^\"“”]{0,160}"
    r"\b(?:membership|subscription)\.?$",
    re.IGNORECASE,
)

# "This advertisement has not loaded yet, but your article continues below.": an advert's
# slot telling the reader it is empty.
_AD_NOT_LOADED = re.compile(
    r"^this (?:advertisement|advert|ad) has not loaded(?: yet)?\b[^\"“”]{0,80}$", re.IGNORECASE
)
# "This article is old - Published: ...", "The article is more than 2 years old": an archive's
# note on the story's age.
_AGE_NOTE = re.compile(
    r"^(?:this|the) (?:article|story|post|page) is (?:old|(?:more than|over) (?:\d+|a|an|one|two"
    r"|three|four|five) (?:years?|months?) old)\b[^\"“”]{0,80}$",
    re.IGNORECASE,
)
# "Read the rest of this story on The Post's website here.": a link to the story's rest.
_REST_ELSEWHERE = re.compile(
    r"^(?:read|see|find) the rest of (?:this|the) (?:story|article|report)\b[^\"“”]{0,100}$",
    re.IGNORECASE,
)


def is_embed_or_notice(line: str) -> bool:
    """A line that is an embedded post's text or signature, or the publishing system's own
    notice (see the module docstring)."""
    text = line.strip()
    return bool(
        _POST_PICTURE.search(text)
        or _POST_SIGNATURE.match(text)
        or _SHORTCODE.match(text)
        or _CONTINUED.match(text)
        or _PLAYER_LOADING.match(text)
        or _FEED_LINK.match(text)
        or _ARCHIVE_LABEL.match(text)
        or _MEMBERSHIP_OFFER.match(text)
        or _AD_NOT_LOADED.match(text)
        or _AGE_NOTE.match(text)
        or _REST_ELSEWHERE.match(text)
    )
