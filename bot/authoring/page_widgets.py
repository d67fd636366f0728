"""The page's own widgets, found on any news site: an image's alternative text ("Courier
Logo", "admin's picture"), breadcrumbs ("/ Front page / News"), a poll or a question to the
reader about "this article", a widget's error message or a search box, the comment rules,
a note about the page's archive copy, a byline with its outlet ("Jane Roe and Jon Berg,
Courier Online"), a credit run after a caption ("... Jane Roe via Getty Images"), and a
list of links to other stories (three unpunctuated lines or more in a row), a bar of
trending links run together ("... 'Ambient gaslighting' 'Main character energy'"), a caption
telling who stands where ("Jane Roe (left) and John Doe (right)."), a logo's word printed
twice ("ZB ZB"), a video player's duration ("Duration 2:02") and the list of other
stories under a "Read more:" label (its items are headlines, without a final stop), or set
into the story between two of its paragraphs with no label at all.

Each check reads one line with bounded patterns, so the pass stays linear in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.furniture import headline_in_top_run
from bot.authoring.lexicon import place_kind

__all__ = [
    "CAPTION_LABEL",
    "DURATION",
    "META_LABEL",
    "ends_the_article",
    "flag_link_lists",
    "flag_teasers_amid_story",
    "flag_teasers_under_label",
    "is_page_widget",
    "is_teaser_label",
]

# "Courier Logo", "Courier Front Page Thumbnail", "admin's picture": an image's alt text;
# "blog archive": a link to the archive.
_ALT_TEXT = re.compile(
    r"^(?:[\w&.-]+ ){0,5}(?:logo|thumbnail|icon|favicon)(?: [-–—|] [\w&.'’ -]{1,40})?$|"
    r"^(?:blog|news|site|story) archives?$|"
    r"^[\w.-]+['’]s (?:picture|avatar|photo)$|"
    r"^(?:hero|featured?|main|lead|header|cover|article|top) (?:image|photo|picture)$|"
    r"^(?:youtube|vimeo|facebook|twitter|instagram|tiktok|x) (?:video|post|embed)$|"
    # "Imagen foto_00000002", "IMG_4521.jpg": a picture left as its file's name.
    r"^(?:[\w&.-]+ ){0,2}(?:[A-Za-z]+_\d{3,}[\w-]*(?:\.(?:jpe?g|png|gif|webp))?|"
    r"[\w-]+\.(?:jpe?g|png|gif|webp))$|"
    # "191211 dubai rain": a picture's file name, its date code and a few lowercase words
    r"^\d{6,8}(?:[ _-][a-z]+){1,4}$",
    re.IGNORECASE,
)
# "/ Front page / News", "Home › World › Europe": a path of short labels.
_CRUMB = r"[\w&'’.-]+(?: [\w&'’.-]+){0,3}"
_BREADCRUMB = re.compile(
    rf"^(?:[/›»>] ?{_CRUMB} ?){{2,6}}$|^{_CRUMB}(?: [/›»>] {_CRUMB}){{2,6}}$|"
    rf"^{_CRUMB}(?: [›»>] {_CRUMB}){{0,6}} [›»>]$|"  # "Home > Sports > Hockey >", "PTI >"
    rf"^{_CRUMB} [›»>] {_CRUMB}$"  # "News > Technology"
)
# "... 'Ambient gaslighting' 'Main character energy'": links run together on one line, two
# quoted titles side by side with nothing between them, which prose never writes.
_SIDE_BY_SIDE_TITLES = re.compile(
    r"(?:^|\s)['‘\"“][^'‘’\"“”]{2,60}['’\"”] ['‘\"“][^'‘’\"“”]{2,60}['’\"”]$"
)
# "Jane Roe (left) and John Doe (right).": a caption telling where each one stands.
_POSITION = re.compile(
    r"\((?:(?:far |second |third |from )?(?:left|right)|centre|center|top|bottom|front|back|"
    r"back row|front row)\)|"
    r"\(inset\b[^()]{0,80}\)",  # "(inset: the burnt house)": a second picture set in the first
    re.IGNORECASE,
)
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|adds|according to)\b")
# "ZB ZB": a logo's word printed twice (its picture and its text).
_WORD_REPEATED = re.compile(r"^(\S{1,20})(?: \1)+$")
# "Duration 2:02": the length of a video in its player's box.
DURATION = re.compile(r"^duration:? \d{1,2}(?::\d\d){1,2}$", re.IGNORECASE)
_MAX_CAPTION = 250
# A caption telling who stands where names them with their long posts (round 52: 259
# characters in ci07); no story line over 1,718 pages carries "(left)" with no quote or
# reporting verb.
_MAX_PLACED_CAPTION = 400
# "Do you like the content of this article?": the page asking its reader.
_READER_POLL = re.compile(
    r"^(?:do|did|would|was|were|are|is|how) (?:you|this)\b.{0,80}\b(?:this|the) "
    r"(?:article|story|page|post|content)\b.{0,40}\?$",
    re.IGNORECASE,
)
# "We're sorry, this feature is currently unavailable. Please try again later."
_WIDGET_ERROR = re.compile(
    r"\b(?:(?:is|are) (?:currently|temporarily) unavailable|please try again later|"
    r"(?:enable|turn on) javascript|your browser does not support|"
    r"(?:web )?browser is (?:no longer|not) supported)\b",
    re.IGNORECASE,
)
# "Comments: Our rules", "Please report any comments that break our rules.", "We want our
# comments to be a lively ... part of our community": the rules of the comment box.
_COMMENT_RULES = re.compile(
    r"^comments?: .{1,60}$|\bour (?:\w+ ){0,2}comments?\b|"
    r"\bcomments?\b.{0,120}\bour (?:rules|guidelines|policy|terms|community)\b",
    re.IGNORECASE,
)
# "Converted for the new archive on 14 July 2000. Some images ... may have been lost",
# "This was published 15 years ago": a note on the page's copy, not the story.
_ARCHIVE_NOTE = re.compile(
    r"^(?:converted|migrated|imported|moved|transferred) (?:for|to|from|into) (?:the |our )?"
    r"(?:new |old )?archive\b|\bformatting may (?:have been|be) lost\b|"
    r"^this (?:(?:article|story|report|page) )?was (?:first )?(?:published|posted|updated) "
    r"[\w ]{1,30} ago\.?$",
    re.IGNORECASE,
)
# "Jane A. Roe, Jakarta": the writer's name and the city the story was filed from.
_NAME_AND_CITY = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}, (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$"
)
# "Jane Roe,": a name alone with its comma, the rest of the byline lost; a paragraph never
# ends with a comma.
_NAME_AND_COMMA = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},$")
# "... on March 4. (Photo: News18)": a caption closed by its credit in brackets.
_PHOTO_TAIL = re.compile(r"\((?:Photo|Image|Picture|Pic)(?: credit)?: ?[^()]{1,40}\)$")
# "Title Image Caption", "Title Image": the label of the caption or the alternative text
# printed on the next line.
CAPTION_LABEL = re.compile(r"^(?:[A-Z][\w-]* ){0,2}(?:Image|Photo|Picture)(?: [Cc]aption)?:?$")
# "Wednesday, 11 July 2018, 15:00 Last update: about 7 years ago": the page's age, counted
# from the day it is read, after its date.
_PAGE_AGE = re.compile(
    r"^[^.!?\"“”]{0,60}\bLast update(?:d)?:? (?:about |over |almost |nearly )?(?:an?|\d{1,3}) "
    r"(?:second|minute|hour|day|week|month|year)s? ago\.?$"
)
# "Support The Reykjavík Grapevine!", "Show Me More!", "Buy t-shirts from our shop right
# here!": a short call from the outlet to its reader, an imperative with no subject and an
# exclamation mark, which a report never prints on its own.
_CALL_TO_ACTION = re.compile(
    r"^(?:support|buy|show|donate|shop|join|download|become|discover|explore)"
    r"\b[^.!?]{0,100}!$",
    re.IGNORECASE,
)
_MAX_CALL_WORDS = 12
# "Type to search", "Search...": the search box's placeholder.
_SEARCH_BOX = re.compile(
    r"^(?:(?:type|enter|start typing)(?: \w+){0,2} (?:to|and (?:press|hit) enter to) search\b"
    r".{0,40}|search(?: here| for)?\W{0,3})$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_OUTLET_WORD = (
    r"(?:News|Online|Times|Post|Herald|Press|Radio|TV|Digital|Reporter|Gazette|Telegraph|"
    r"Standard|Tribune|Journal|Mail|Daily|Staff|Media)"
)
# "Adam Arnold and Lorna Blount, Sky News Online": who wrote it, for which outlet.
_NAMES_AND_OUTLET = re.compile(
    rf"^{_NAME}(?:(?:, | and | & ){_NAME}){{0,3}}, (?:The )?(?:[A-Z][\w&.'’-]* ){{0,3}}"
    rf"{_OUTLET_WORD}$"
)
# "... with Alex Salmond Jeff J Mitchell via Getty Images": the credit after a caption.
_VIA_AGENCY = re.compile(
    r"\bvia (?:Getty(?: Images)?|AFP|Reuters|AP(?: Photo)?|Shutterstock|Alamy|PA(?: Wire| Media)?|"
    r"EPA|Bloomberg|Imago|SOPA Images|LightRocket|NurPhoto|Anadolu|Xinhua|Zuma(?: Press)?|"
    r"Wikimedia Commons|Unsplash|Instagram|Facebook|X|Twitter)\)?$"
)
_TERMINAL = '.!?:"”’…)'


def _quoteless(line: str) -> bool:
    return not any(mark in line for mark in '"“”')


# "You've reached your limit of {{free_limit}} free articles": a template's unfilled slot.
_TEMPLATE_SLOT = re.compile(r"\{\{\s*[\w.]+\s*\}\}")
# "May Be Interested In:Exclusive deals": a widget's label glued to its first link.
_GLUED_LABEL = re.compile(r"^[A-Z][\w'’ ]{2,40}[a-z]:[A-Z]")
_MAX_GLUED_WORDS = 15
# "In other news- Ukraine war: ...", "Additional reading- Campbell Live ...": a label over
# other stories glued by a dash to the first one's headline (round 42).
_STORIES_LABEL_GLUED = re.compile(
    r"^(?:in other news|additional reading|further reading)[-–—] ?[A-Z]", re.I
)
# "Above: Jane Roe, who ...": a caption saying where its picture is.
_PICTURE_PLACE = re.compile(
    r"^(?:above|below|top|bottom|left|right|inset|pictured|main (?:image|picture|photo)|"
    r"(?:top|bottom) (?:left|right)): ",
    re.IGNORECASE,
)
# "You can listen to the full interview below.": a pointer to the page's player.
_PLAYER_POINTER = re.compile(
    r"^(?:you can )?(?:watch|listen to|hear|see)\b.{0,120}\b(?:above|below)\.?$", re.IGNORECASE
)
# "Published", "Last updated", "Published: Updated:": metadata labels whose values the page
# left out.
META_LABEL = re.compile(
    r"^(?:(?:published|updated|last updated|posted)(?: on)?:?(?: |$)){1,3}$", re.IGNORECASE
)
# "Last updated on GMT": the same label with only its time zone left, the date and time
# the page fills in by script gone. Not in META_LABEL: the line under it is not a caption.
_ZONE_ONLY_STAMP = re.compile(
    r"^(?:published|updated|last updated|posted)(?: on)?:? (?:gmt|utc|bst|cet|cest)$",
    re.IGNORECASE,
)


def _name_and_city(text: str) -> bool:
    match = _NAME_AND_CITY.match(text)
    return match is not None and place_kind(match.group("place")) == "city"


def _glued_label(text: str) -> bool:
    return (
        bool(_GLUED_LABEL.match(text) or _STORIES_LABEL_GLUED.match(text))
        and text[-1] not in _TERMINAL
        and len(text.split()) <= _MAX_GLUED_WORDS
    )


def _side_by_side_titles(text: str) -> bool:
    return len(text) <= 300 and bool(_SIDE_BY_SIDE_TITLES.search(text))


def _placed_caption(text: str) -> bool:
    """ "Jane Roe (left) and John Doe (right).": who stands where, reporting no one."""
    return (
        len(text) <= _MAX_PLACED_CAPTION
        and bool(_POSITION.search(text))
        and not _REPORTS.search(text)
        and _quoteless(text)
    )


def is_page_widget(line: str) -> bool:
    """A line that is one of the page's widgets (see the module docstring)."""
    text = line.strip()
    if _side_by_side_titles(text) or _placed_caption(text) or _WORD_REPEATED.match(text):
        return True
    if len(text) > 400 or not _quoteless(text):
        return False
    return bool(
        DURATION.match(text)
        or _ALT_TEXT.match(text)
        or _BREADCRUMB.match(text)
        or _READER_POLL.match(text)
        or _WIDGET_ERROR.search(text)
        or _SEARCH_BOX.match(text)
        or _COMMENT_RULES.search(text)
        or _ARCHIVE_NOTE.search(text)
        or _NAMES_AND_OUTLET.match(text)
        or (len(text) <= 250 and _VIA_AGENCY.search(text))
        or _TEMPLATE_SLOT.search(text)
        or _glued_label(text)
        or (len(text) <= 300 and _PICTURE_PLACE.match(text))
        or _PLAYER_POINTER.match(text)
        or META_LABEL.match(text)
        or _ZONE_ONLY_STAMP.match(text)
        or CAPTION_LABEL.match(text)
        or _name_and_city(text)
        or _NAME_AND_COMMA.match(text)
        or (len(text) <= _MAX_CAPTION + 50 and _PHOTO_TAIL.search(text))
        or _PAGE_AGE.match(text)
        or (len(text.split()) <= _MAX_CALL_WORDS and _CALL_TO_ACTION.match(text))
    )


def ends_the_article(line: str) -> bool:
    """A widget that sits below the story: a poll on "this article", the comment rules or
    the comment form's heading ("Leave a Reply", "(0) comments") or its notice ("Your email
    address will not be published"); what follows it is not this story."""
    text = line.strip()
    return bool(_READER_POLL.match(text) or _COMMENT_RULES.match(text) or _COMMENT_FORM.match(text))


_COMMENT_FORM = re.compile(
    r"^(?:(?:leave|post|add|write) a (?:reply|comment|response)|\(\d{1,6}\) comments?"
    # a blog's comment form and feed notice, printed without the form's heading
    r"|your email address will not be published\.?(?: required fields are marked \*)?"
    r"|you can follow (?:all )?(?:the )?(?:replies|responses|comments) to this"
    r" (?:entry|post|article|story) through the (?:comments|rss) feed\.?)$",
    re.I,
)


def _link_like(line: str) -> bool:
    return 0 < len(line) <= 200 and line[-1] not in _TERMINAL and _quoteless(line)


def flag_link_lists(lines: Sequence[str], flags: list[bool], plain: Sequence[bool]) -> None:
    """Three unpunctuated paragraphs or headings (`plain`: not list items) or more in a row,
    below the first line (lines already dropped between them do not break the run): a list
    of links
    to other stories ("Businessman charged with ...", "Govt considers ..."), never the story's
    prose, which ends its sentences; a lone paragraph without its final stop stays."""
    i = 1
    while i < len(lines):
        end, links = i, 0
        while end < len(lines) and (flags[end] or (plain[end] and _link_like(lines[end]))):
            links += not flags[end]
            end += 1
        if links >= 3:
            headline = headline_in_top_run(lines, flags, plain, range(i, end))
            flags[i:end] = [True] * (end - i)
            if headline is not None:
                flags[headline] = False
        i = max(end, i + 1)


# "Read more:", "Related stories:", "See also": the label over a list of other stories.
_TEASER_LABEL = re.compile(
    r"^(?:read (?:more|also)|also read|see also|related(?: stories| articles| news)?"
    r"|more (?:stories|news|videos|on this(?: story)?)|recommended|you may also like"
    # a box of the site's newest or most read links: "Latest Videos", "Top Stories"
    r"|(?:latest|top|trending) (?:videos|news|stories|posts|articles|headlines)"
    # the same box under a bare word: "Trending", "Most Read", "Popular" (round 42)
    r"|trending(?: now)?|most (?:read|popular|viewed)|popular)\s?:?$",
    re.IGNORECASE,
)


def is_teaser_label(line: str) -> bool:
    """ "Read also", "Related stories", "Latest Videos": a label over links to other stories."""
    return bool(_TEASER_LABEL.match(line))


def flag_teasers_under_label(
    lines: Sequence[str], flags: list[bool], bullets: Sequence[bool]
) -> None:
    """The list items right under a "Read more:" label, each a headline without its final
    stop: other stories, not the story's own list (a list that ends its sentences stays)."""
    for i, line in enumerate(lines):
        if not (_TEASER_LABEL.match(line.strip()) or _STORIES_LABEL_GLUED.match(line.strip())):
            continue
        end = i + 1
        while end < len(lines) and bullets[end] and _listed_headline(lines[end]):
            end += 1
        if end > i + 1:
            flags[i:end] = [True] * (end - i)


def _listed_headline(line: str) -> bool:
    """Another story's headline: no final stop, or closed by a quote with no stop inside its
    marks ('Experts' warning. "We failed to anticipate"'; a sentence closes its quote with
    one: '... he said, "we will."'), round 48."""
    if _link_like(line):
        return True
    closed = line.rstrip()
    if not closed or closed[-1] not in _CLOSING_MARKS or len(closed) > _MAX_LINK:
        return False
    return closed.rstrip(_CLOSING_MARKS)[-1:].isalnum()


_CLOSING_MARKS = "\"”’'"
_MAX_LINK = 200
_MIN_TEASERS = 3
_MIN_TEASER_WORDS = 6


def _teaser_item(line: str) -> bool:
    """A headline of six words or more without its final stop: a link to another story."""
    return _link_like(line) and len(line.split()) >= _MIN_TEASER_WORDS


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip("\"”’')")[-1:] in ".!?"


def flag_teasers_amid_story(
    lines: Sequence[str], flags: list[bool], bullets: Sequence[bool]
) -> None:
    """Three list items or more, each a headline without its final stop, set between two of
    the story's paragraphs, the one above ending its sentence (a list the story introduces
    ends its lead-in with a colon): links to other stories the page set into the story."""
    kept = [i for i, line in enumerate(lines) if line and not flags[i]]
    n = 0
    while n < len(kept):
        end = n
        while end < len(kept) and bullets[kept[end]] and _teaser_item(lines[kept[end]]):
            end += 1
        above_ends = n > 0 and not bullets[kept[n - 1]] and _ends_a_sentence(lines[kept[n - 1]])
        below = end < len(kept) and not bullets[kept[end]]
        if end - n >= _MIN_TEASERS and above_ends and below:
            for i in kept[n:end]:
                flags[i] = True
        n = max(end, n + 1)
