"""Page furniture that reads like prose: the outlet asking for support or eyewitness photos,
award badges and menus in the masthead, an "Author:" or "Written by" line, captions that
open with their credit or describe a photo with a participle, a caption repeated beside
each copy of its photo, other stories listed after the writer's sign-off, a wire desk's
code at the end of a paragraph ("... said. - 16D-"), a row of share buttons ("Share with
friends: Facebook twitter"), another story's headline glued to its "Previous Post" link, a
caption that ends with its photographer's name in brackets ("... yesterday. (Jane Roe)"), a
byline run into the last paragraph ("... he said. By Jane Roe", "... 2nd. JANE ROE") and the
lead video's title printed twice over the headline, a newswire's bracketed index of its
headlines, a short paragraph ending "click here", a newsletter's sign-up glued to a
paragraph, and another story's card: its headline as a list item, the headline again and
its teaser.

Each check reads one line (or a line and the page around it) with bounded patterns, so the
pass stays linear in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

__all__ = [
    "flag_after_sign_off",
    "flag_card_teasers",
    "flag_cut_copies",
    "flag_cut_teasers",
    "flag_repeated_captions",
    "is_page_extra",
    "strip_desk_code",
    "strip_glued_byline",
    "strip_outlet_notes",
    "strip_source_list",
    "strip_trailing_aside",
]

_TERMINAL = '.!?:"”’…)'
# The outlet's own appeals: membership, donations, eyewitness photos, listening links.
_APPEAL = re.compile(
    r"\bsupport (?:(?:our|quality|independent|local|trusted|public[- ]interest),? ?){1,4}"
    r"journalism\b|\bbecome a (?:member|subscriber|supporter|patron)\b|\bhelp fund our\b|"
    r"\b(?:send|share) (?:us )?your (?:eyewitness|photos|pictures|videos|stories|news tips)\b|"
    r"^listen to (?:the|this) (?:story|article|interview|report)\b|"
    r"^(?:(?:hamburger|main|site|open|close) )?menu$|^toggle navigation$|"
    r"\b(?:digital media|journalism|press|publishing) awards?\b|"
    r"^best (?:news )?(?:website|newspaper|news site|mobile service|app)\b",
    re.IGNORECASE,
)
# "KR On Youtube", "Follow us on Facebook": a link to the outlet's social page.
_SOCIAL_LINK = re.compile(
    r"^(?:[A-Z]{2,6}|(?i:follow|find|watch|join|like|subscribe)(?: us)?) (?i:on) "
    r"(?i:youtube|facebook|twitter|instagram|tiktok|linkedin|telegram)$"
)
# "Author: Abi Simpson", "Written by Emily Odeny", with a date run in or not.
_AUTHOR = re.compile(
    r"^(?i:author|writer|words|posted by|written by|reported by|story by)\s?:?\s"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
    r"(?:\s?(?i:published|updated|posted|on)\b.{0,60}|\s\d.{0,40}|"
    # "Reported by Jane Roe | Translated by Jon Doe": a second credit after a bar (round 47)
    r"\s?[|;/]\s?(?i:translated|translation|edited|editing|photos?|pictures?) by:?\s"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?$"
)
# "Written by:", "Author:": the byline's label left alone when the page drops the name.
_AUTHOR_LABEL = re.compile(r"^(?i:author|writer|posted by|written by|reported by|story by|by)\s?:$")
# "Source: Release", "Source: Government of Nordland": where a release came from, its end.
_SOURCE_NOTE = re.compile(r"^Sources?: [A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,5}\.?$")
# "Last updated 27th Mar 2023": a stamp with an ordinal day; "Added 14th May 2017, 11:13 in":
# with its time, and the "in" or "by" of a link the copy lost.
_STAMP = re.compile(
    r"^(?:last )?(?:updated|published|posted|modified|added)\s?:?\s(?:on )?\d{1,2}(?:st|nd|rd|th)?"
    r"\s[A-Za-z]{3,9},?\s\d{4}(?:,?\s(?:at\s)?\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?)?(?:\s(?:in|by))?$",
    re.IGNORECASE,
)
# "Supplied Flooding on Blackridge Rd ...": the credit first, then the caption.
_CREDIT_FIRST = re.compile(r"^(?:Supplied|Getty Images|Handout|Provided|File photo)\s[A-Z]")
# "Kitui East MP Nimrod Mbai addressing his constituents at ...": a name, then a participle
# and no final stop, the grammar of a photo caption and not of a news sentence.
_PARTICIPLE_CAPTION = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,7}(?:addressing|speaking|attending|arriving|greeting|meeting|"
    r"visiting|inspecting|waving|gesturing|posing|receiving|launching|touring|leaving)\s"
)
# Title-case labels of a link to another story: "Opinion: Karua should ...".
_LINK_LABEL = re.compile(
    r"^(?:opinion|analysis|editorial|explainer|commentary|video|watch|photos|gallery|"
    r"podcast|also read|read also|related|more)\s?:\s.{5,200}$",
    re.IGNORECASE,
)
# "Share with friends: Facebook twitter": share buttons, two networks or more.
_NETWORK = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail|instagram|"
    r"tiktok|youtube|messenger|print|copy link)"
)
_SHARE_ROW = re.compile(
    rf"^(?:(?:share|tweet|send|follow)(?: (?:this|it|us|with (?:your )?friends|on|via))*:? )?"
    rf"{_NETWORK}(?:[\s,|/]+{_NETWORK})+$",
    re.IGNORECASE,
)
# "Gunshots heard near the parliament Previous Post": another story's link and its label.
_NAV_LINK = re.compile(
    r"^(?:(?i:previous|next|prev) (?i:post|article|story): .{5,200}|"
    r".{5,200} (?:Previous|Next|PREVIOUS|NEXT) (?:Post|Article|Story|POST|ARTICLE|STORY))$"
)
# "... at the British Commission yesterday. (Doreen Umutesi)": a caption and its credit.
_NAME_CREDIT = re.compile(r"[.!?]\s\((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+\)$")
# "... he said. By Emmanuel Masha": the byline run into the story's last paragraph.
_GLUED_BYLINE = re.compile(
    r"(?<=[.!?\"”’])\s+By (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+$"
)
# "... Manuel Roxas 2nd. JEFFERSON ANTIPORDA": two or three words in capitals after the last
# full stop, the writer's name run into the paragraph.
_GLUED_CAPS_NAME = re.compile(r"(?<=[.!?\"”’])\s+((?:[A-Z][A-Z'’-]+ ){1,2}[A-Z][A-Z'’-]+)$")
_MIN_NAME_WORD = 5
# "... said. - 16D-": the desk's code signing a wire paragraph.
_DESK_CODE = re.compile(r"\s[-–—]\s?[A-Z0-9]{1,5}[-–—]$")


# "(INPUTS FROM ANI)", "(Report & Photo courtesy X Media)": a paragraph that is only a
# bracketed note with no sentence in it, the desk's credit or a link, never the story.
_BRACKETED_NOTE = re.compile(r"^\([^()\n.!?]{3,200}\)$")
# "[PM meets Rio chief; FM speaks at AmCham; ING appoints new rep]": a newswire's index of
# its headlines in square brackets, split by semicolons.
_BRACKETED_INDEX = re.compile(r"^\[[^\[\]\n;]{3,120}(?:; [^\[\]\n;]{3,120}){2,}\]$")
# "Seychelles is a founding member of ... . For more information on the minister, click
# here.": a short paragraph that ends by sending the reader to a link is the outlet's box.
_CLICK_HERE_END = re.compile(r"\bclick here\W{0,3}$", re.IGNORECASE)
_MAX_BOX = 300
# "... he said. (Team A set up final after 1-0 win)": another story's headline in brackets
# after the paragraph's last sentence (a credit in brackets, "(Photo: X)" or "(Jane Roe)",
# is left to mark its caption); "... Jane Doe.Credit: Jon Roe": a credit glued on.
_TRAILING_ASIDE = re.compile(
    r"(?<=[.!?\"”’])\s+\((?=[^()]*\s[a-z])[^()\n.!?:/]{10,200}\)$|"
    r"(?<=[.!?\"”’])(?:Credit|Photo|Picture|Image|Photograph)s?:\s?[A-Z][^.!?:\n]{1,60}$|"
    # "... he added. Jon Roe / PNA – ostercourier.com": a photographer and agency signing.
    r"(?<=[.!?\"”’])\s+(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+ / [A-Z][\w&.-]*"
    r"(?: [–—-] [\w.-]+\.[a-z]{2,6})?$|"
    # "... he said. Read more": the link to the rest of the story, left after the last sentence.
    r"(?<=[.!?\"”’])\s+(?:Read|See) more\W{0,3}$|"
    # "... since April, 2021. For our free daily briefing ..., sign up to the Wales Matters
    # newsletter here .": the outlet asking its reader ("our", "you", "here") to sign up.
    r"(?<=[.!?\"”’])\s+(?=[^.!?\n]*\b(?:our|you|your|here)\b)"
    r"[A-Z][^.!?\n]{0,150}\bsign up (?:to|for)\b[^.!?\n]{0,80}"
    r"\bnewsletters?\b[^.!?\n]{0,40}[.!]?$|"
    # "... to school staff. To listen to the full interview, click below.": a pointer to the
    # page's player glued after the paragraph's last sentence.
    r"(?<=[.!?\"”’])\s+To (?:listen to|watch|hear|view|see) [^.!?\n]{1,80}, "
    r"(?:click|tap) (?:below|above|here)[.:]?$|"
    # "... Ciherang and Inpari 30. (Translator: Jane Roe)": the desk's credit in brackets
    # after the last sentence (round 48)
    r"(?<=[.!?\"”’])\s+\((?:Translat(?:or|ed by|ion)|Editor|Edited by|Reporter|Reported by)"
    r":?\s[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}\)$"
)
# A teaser cut mid-word: "Minister brushes off Prime Ti...".
_CUT_WORD = re.compile(r"\w(?:\.{3}|…)$")
_COPY_KEY = 24  # the characters a cut copy must share with the line it copies


def _open(line: str) -> bool:
    return bool(line) and line[-1] not in _TERMINAL


def _quoteless(line: str) -> bool:
    return not any(mark in line for mark in '"“”')


def is_page_extra(line: str) -> bool:
    """A line that is the outlet's furniture on its own (see the module docstring)."""
    text = line.strip()
    if len(text) > 300 or not _quoteless(text):
        return False
    return bool(
        _APPEAL.search(text)
        or _SOCIAL_LINK.match(text)
        or _AUTHOR.match(text)
        or _AUTHOR_LABEL.match(text)
        or _STAMP.match(text)
        or _CREDIT_FIRST.match(text)
        or (_PARTICIPLE_CAPTION.match(text) and _open(text))
        or (_LINK_LABEL.match(text) and _open(text))
        or _SHARE_ROW.match(text)
        or _NAV_LINK.match(text)
        or (len(text) <= 300 and _NAME_CREDIT.search(text))
        or _BRACKETED_NOTE.match(text)
        or _BRACKETED_INDEX.match(text)
        or (len(text) <= _MAX_BOX and _CLICK_HERE_END.search(text) is not None)
    )


# "SUVA (August 2, 1999 – Pacific Media Watch/Fiji Times/Daily Post)---": the wires a
# dateline credits, a list of names split by slashes inside its brackets.
_SOURCE_LIST = re.compile(
    r"^([^()]{1,80}\([^()]{0,60}?)\s?[-–—,]\s?(?:[A-Z][\w .&'’-]{0,40}/){2,}[A-Z][\w .&'’-]{0,40}\)"
)


def strip_source_list(line: str) -> str:
    """ "SUVA (August 2, 1999 – Media Watch/Fiji Times/Daily Post)---The ..." -> "SUVA
    (August 2, 1999)---The ..."."""
    return _SOURCE_LIST.sub(r"\1)", line, count=1)


def strip_trailing_aside(line: str) -> str:
    """ "... he said. (Team A set up final after 1-0 win)" -> "... he said."; and
    "... Jane Doe.Credit: Jon Roe" -> "... Jane Doe."; a link to another story in brackets
    after a sentence ("... in 2015. (Read: Port plans two new berths) His exit ...")
    goes too."""
    return _INLINE_LINK.sub("", _TRAILING_ASIDE.sub("", line))


# "(Read: Port plans two new berths)", "(See also: ...)": a link's label, a colon and
# another story's headline with no sentence stop, in brackets after a sentence.
_INLINE_LINK = re.compile(
    r"(?<=[.!?\"”’])\s+\([A-Z][a-z]+(?: [a-z]+)?: (?=[^()]*\s[a-z])[A-Z][^()\n.!?:]{10,200}\)"
)


def flag_cut_copies(lines: Sequence[str], flags: list[bool]) -> None:
    """A line cut off mid-word with an ellipsis ("Minister brushes off Prime Ti...") whose
    opening is another line's (the headline, the first paragraph): a teaser's cut copy."""
    openings = Counter(line[:_COPY_KEY] for line in lines if len(line) >= _COPY_KEY)
    for i, line in enumerate(lines):
        if len(line) > _COPY_KEY + 3 and _CUT_WORD.search(line) and openings[line[:_COPY_KEY]] > 1:
            flags[i] = True


# "... a $50,000 boost fr...", "Turner sues Jonas over kids’ ...": a card's text cut at a set
# length, mid-word or after a word, with an ellipsis.
_CUT_TEASER = re.compile(r"(?:\w|\w[’'] )(?:\.{3}|…)$")
_MAX_CUT_TEASER = 300
_TEASER_REACH = 3  # paragraphs between two cut cards of one list


def _cut_teaser(line: str) -> bool:
    return 0 < len(line) <= _MAX_CUT_TEASER and bool(_CUT_TEASER.search(line)) and _quoteless(line)


def flag_cut_teasers(lines: Sequence[str], flags: list[bool]) -> None:
    """Two paragraphs or more cut off with an ellipsis within a few lines of each other
    ("Singer Jane Roe has responded after her estranged husb...", "Roe is Fiji’s envoy to
    Aust..."): the cards of a list of other stories, each cut at the card's length; one
    paragraph ending in an ellipsis alone (a trailing thought) stays."""
    cut = [i for i, line in enumerate(lines) if _cut_teaser(line)]
    for a, b in pairwise(cut):
        if b - a <= _TEASER_REACH:
            flags[a] = flags[b] = True


# "Africa-Press – Gambia. The trial of ...": the outlet and its country's edition, set before
# the story's first sentence like a dateline but closed by a full stop.
_OUTLET_LEAD = re.compile(
    r"^[A-Z][\w]+-[A-Z][\w]+(?: [A-Z][\w]+)? [–—] [A-Z][a-z]+(?: [A-Z][a-z]+)?\. (?=[A-Z][a-z])"
)


# "... more patrols to the embassies.” Full story on Reuters:": the pointer to the wire's
# copy, its link lost, run onto the last paragraph.
_STORY_POINTER = re.compile(
    r"(?<=[.!?”\"’]) (?:The )?[Ff]ull (?:story|article|report) (?:on|at|from|in) [\w .'’-]{1,40}:?$"
)


def strip_outlet_notes(line: str) -> str:
    """ "Africa-Press – Gambia. The trial ..." -> "The trial ..."; "... embassies.” Full story
    on Reuters:" -> "... embassies.”"."""
    return _STORY_POINTER.sub("", _OUTLET_LEAD.sub("", line, count=1))


def strip_desk_code(line: str) -> str:
    """ "... Bayramov said. - 16D-" -> "... Bayramov said."."""
    return _DESK_CODE.sub("", line)


def strip_glued_byline(line: str) -> str:
    """ "... he said. By Emmanuel Masha" -> "... he said."; "... 2nd. JEFFERSON ANTIPORDA"
    -> "... 2nd." (the writer's name in capitals, signing the paragraph)."""
    line = _GLUED_BYLINE.sub("", line)
    match = _GLUED_CAPS_NAME.search(line)
    if match and any(len(word) >= _MIN_NAME_WORD for word in match.group(1).split()):
        return line[: match.start()]
    return line


_HEADLINE_WORDS = 4
_MAX_HEADLINE = 200


def _headline_like(line: str) -> bool:
    return (
        len(line.split()) >= _HEADLINE_WORDS
        and len(line) <= _MAX_HEADLINE
        and line[-1] not in _TERMINAL + ";,"
        and _quoteless(line)
    )


def flag_doubled_top(lines: Sequence[str], flags: list[bool]) -> None:
    """On top, a line printed twice in a row over another headline-like line: the lead
    video's or photo's title with its copy, not the story's headline (a headline printed
    twice with the story under it stays the title)."""
    filled = [i for i, line in enumerate(lines) if line]
    top = next((n for n, i in enumerate(filled) if not flags[i]), None)
    if top is None or top + 1 >= len(filled) or lines[filled[top + 1]] != lines[filled[top]]:
        return
    below = next((i for i in filled[top + 2 :] if not flags[i]), None)
    title = lines[filled[top]]
    if below is not None and _headline_like(title) and _headline_like(lines[below]):
        flags[filled[top]] = flags[filled[top + 1]] = True


def flag_repeated_captions(lines: Sequence[str], flags: list[bool]) -> None:
    """A short unpunctuated line seen twice apart on the page ("Cordon on Welland Street"
    under each photo) is a caption, and so is a label printed again with only its closing
    number changed ("Floods in Varnholt - Image 1", "... - Image 2"), and the caption under
    such a label that opens with it; a headline repeated keeps its first copy."""
    keys = [_caption_key(line) or "" for line in lines]
    counts = Counter(key for key in keys if key)
    first = next((i for i, flag in enumerate(flags) if not flag), len(lines))
    for i, line in enumerate(lines):
        if i > first and keys[i] and counts[keys[i]] >= 2 and _quoteless(line):
            flags[i] = True
            if i + 1 < len(lines) and _spells_out(lines[i + 1], line):
                flags[i + 1] = True  # "Cordon" / "Cordon on Welland Street (Oster TV)"


def _spells_out(caption: str, label: str) -> bool:
    """A caption that opens with the photo's label and says more, with no stop."""
    return caption.startswith(f"{label} ") and len(caption) <= 200 and caption[-1] not in ".!?"


# "Floods in Varnholt - Image 2": a label of three words or more and its number.
_NUMBERED_LABEL = re.compile(r"^(\S+(?: \S+){2,}) \d{1,3}$")


def _caption_key(line: str) -> str | None:
    """What a caption's copies share: the line itself, or a numbered label's words."""
    if not line or not _open(line) or len(line) > 150:
        return None
    numbered = _NUMBERED_LABEL.match(line)
    return f"{numbered.group(1)} #" if numbered else line


def flag_after_sign_off(lines: Sequence[str], flags: list[bool], bylines: Sequence[bool]) -> None:
    """After the writer's sign-off below the story ("Written by Emily Odeny", "Source:
    Release"), the unpunctuated lines are links to other stories."""
    body = [i for i, line in enumerate(lines) if not flags[i] and len(line) > 80]
    if not body:
        return
    sign_off = next(
        (
            i
            for i in range(body[-1] + 1, len(lines))
            if bylines[i] or _AUTHOR.match(lines[i]) or _SOURCE_NOTE.match(lines[i])
        ),
        None,
    )
    if sign_off is None:
        return
    for i in range(sign_off + 1, len(lines)):
        if _open(lines[i]) and len(lines[i]) <= 200:
            flags[i] = True


_MAX_TEASER = 400


def flag_card_teasers(lines: Sequence[str], flags: list[bool], bullets: Sequence[bool]) -> None:
    """ "• How to join a union" / "How to join a union" / "Joining a union is ...": a list
    item printed again as a paragraph right under it, then a paragraph, is another story's
    card (its headline, the headline as the card's title, the teaser), below the story's
    first paragraph (a tag page's cards above it are the story); a list's items are never
    printed twice."""
    story = next((i for i, line in enumerate(lines) if _story_paragraph(line)), len(lines))
    for i in range(story + 1, len(lines) - 2):
        title, copy, teaser = lines[i], lines[i + 1], lines[i + 2]
        card = bullets[i] and not bullets[i + 1] and not bullets[i + 2] and copy == title
        if card and _headline_like(title) and 0 < len(teaser) <= _MAX_TEASER:
            flags[i] = flags[i + 1] = flags[i + 2] = True


def _story_paragraph(line: str) -> bool:
    return len(line) > _MIN_STORY and not _open(line)


_MIN_STORY = 80
