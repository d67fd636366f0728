"""Lines a page prints about its own material, told by the whole line's form.

- A picture's or an embed's credit with "from", "by" or "via" and a name, nothing after it:
  "Photo from the BBC", "Artwork by Jane Roe", "Embed from Getty Images" (a sentence about
  a photo goes on with a verb: "Photos from the scene show ...").
- A clipping's source line: an outlet's name and a date, "Courier 29 Jul 09;" (a blog that
  reprints cuttings heads each with it).
- An editor's cut mark alone on a line: "/snip/", "[snip]".
- The cookie banner: "Courier.com uses cookies for statistics ...", "This website uses
  cookies ...", "We use cookies ..." (a story names the company that tracks, and says who
  said so).
- The site's promise to its reader, "Every day we bring you more local news": "we" and a
  present tense of delivering to "you", with no stop or mark (a speaker's "We will not let
  you down" is quoted and said by someone).
"""

from __future__ import annotations

import re

__all__ = ["is_page_notice"]

_NAME_WORD = r"(?:[A-Z][\w’'.&-]*|\d[\w-]*)"
_PICTURE_CREDIT = re.compile(
    r"^(?i:photo|photograph|picture|image|artwork|illustration|graphic|cartoon|drawing|video|"
    r"footage|embed|map|chart)s? (?i:from|by|via) (?:the )?"
    rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|of|and|&)){{0,5}}$"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_YEAR = r"\d{2}(?:\d{2})?"
_CLIPPING_SOURCE = re.compile(
    rf"^(?:The )?[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){{0,4}},? "
    rf"(?:\d{{1,2}} (?i:{_MONTH}),? {_YEAR}|(?i:{_MONTH}) \d{{1,2}},? {_YEAR})[;.,]?$"
)
_CUT_MARK = re.compile(r"^[\[(/]?\s?snip(?:ped)?\s?[\])/]?$", re.IGNORECASE)
_COOKIE_BANNER = re.compile(
    r"^(?:this (?:web ?)?site|our (?:web ?)?site|we|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}) "
    r"(?:uses?|is using|are using) cookies\b[^\"“”]{0,300}$",
    re.IGNORECASE,
)

# "Every day we bring you more local news", "We keep you informed 24/7": a present tense of
# delivering, to "you", with no stop; a headline asking "What we know and what you can do"
# has no such verb.
_SITE_PROMISE = re.compile(
    r"^(?:(?:every|each) (?:day|week|morning|evening),? )?we (?:bring|give|deliver|send|keep) "
    r"you\b[^\"“”‘’.,!?:;–—]{0,80}$",
    re.IGNORECASE,
)


def is_page_notice(line: str) -> bool:
    """A picture's credit, a clipping's source line, an editor's cut mark, the cookie banner
    or the site's promise to its reader, alone on the line."""
    return bool(
        _PICTURE_CREDIT.match(line)
        or _CLIPPING_SOURCE.match(line)
        or _CUT_MARK.match(line)
        or _COOKIE_BANNER.match(line)
        or _SITE_PROMISE.match(line)
    )
