"""Lines a page prints about its own material, told by the whole line's form.

- A picture's or an embed's credit with "from", "by" or "via" and a name, nothing after it:
  "Photo from the BBC", "Artwork by Jane Roe", "Embed from Getty Images" (a sentence about
  a photo goes on with a verb: "Photos from the scene show ..."); or with a source in plain
  lowercase words, "Images from the reference sources" (round 56).
- A clipping's source line: an outlet's name and a date, "Courier 29 Jul 09;" (a blog that
  reprints cuttings heads each with it).
- An editor's cut mark alone on a line: "/snip/", "[snip]".
- The cookie banner: "Courier.com uses cookies for statistics ...", "This website uses
  cookies ...", "We use cookies ..." (a story names the company that tracks, and says who
  said so).
- The site's promise to its reader, "Every day we bring you more local news": "we" and a
  present tense of delivering to "you", with no stop or mark (a speaker's "We will not let
  you down" is quoted and said by someone).
- A note on what the text itself is: "This is a press release ...", "This is a provisional
  translation ...", "This is an archived article ..." (round 56): a story says what others'
  texts are ("This was contained in a statement ..."), never "this is" of its own page.
- A pointer to the whole text elsewhere: "To read the full article, visit ...", "[This
  article may also be viewed on our Facebook page]", "View this post on Instagram" (round
  56): a reader is sent to the article, the story never is.
"""

from __future__ import annotations

import re

__all__ = ["is_page_notice"]

_NAME_WORD = r"(?:[A-Z][\w’'.&-]*|\d[\w-]*)"
_PICTURE_CREDIT = re.compile(
    r"^(?i:photo|photograph|picture|image|artwork|illustration|graphic|cartoon|drawing|video|"
    r"footage|embed|map|chart)s? (?i:from|by|via) (?:the )?"
    rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|of|and|&)){{0,5}}$"
    # a source in plain words, "Images from the reference sources", "Photo from social
    # media" (round 56): a credit with no verb after it, whatever the source's case
    r"|^(?!.*\b(?:is|are|was|were|has|have|shows?|showed|reveals?|captures?)\b)"
    r"(?i:photo|photograph|picture|image|video|footage|map|chart)s? (?i:from|via) "
    r"(?:(?i:the|our|its|their) )?[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$"
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

_MAX_NOTICE = 400
_QUOTE_MARKS = re.compile(r"[\"“”]")
_SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b", re.IGNORECASE)
_DOCUMENT = (
    r"(?:press release|(?:\w+ )?translation|archived (?:article|story|page)|advertorial"
    r"|(?:sponsored|paid|guest|promoted) (?:post|article|content|story|feature))"
)
_TEXT_STATUS = re.compile(rf"^\W?this is (?:a|an) (?:\w+ )?{_DOCUMENT}\b", re.IGNORECASE)
_TEXT = r"(?:article|story|report|interview|piece|post|release|statement)"
_TEXT_ELSEWHERE = re.compile(
    r"\b(?:(?:read|view|see|watch|find)(?: the rest of)? (?:the full|this|the whole|the complete"
    rf"|the original|the entire) {_TEXT}"
    rf"|(?:this|the full|the original) {_TEXT} (?:may|can|is) (?:also )?(?:be )?"
    r"(?:read|viewed|found|seen|available))\b",
    re.IGNORECASE,
)


def _about_the_text(line: str) -> bool:
    """The text's own standing or where to read it whole, on a line with no quote mark and
    no one saying it."""
    if len(line) > _MAX_NOTICE or _QUOTE_MARKS.search(line) or _SAID.search(line):
        return False  # a speaker's words, or a sentence about someone's text
    return bool(_TEXT_STATUS.match(line) or _TEXT_ELSEWHERE.search(line))


def is_page_notice(line: str) -> bool:
    """A picture's credit, a clipping's source line, an editor's cut mark, the cookie banner,
    the site's promise to its reader or a note about the text itself, alone on the line."""
    return bool(
        _PICTURE_CREDIT.match(line)
        or _CLIPPING_SOURCE.match(line)
        or _CUT_MARK.match(line)
        or _COOKIE_BANNER.match(line)
        or _SITE_PROMISE.match(line)
        or _about_the_text(line)
    )
