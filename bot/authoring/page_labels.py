"""Labels the page prints beside the story, told by their form: a picture's caption that
opens by naming the picture ("An illustration submitted with the plans"), a photo's label
("File photo.", "Data pix."), a photo's file label ending in its month and year ("Minister
Jane Roe Nordland Nov 2020"), an organisation's logo named with its initials ("Nordland
Teachers' Union – NTU"), a byline template with no name ("By  |"), a social media embed's
frame ("View this post on Instagram", "A post shared by Jane Roe (@jroe)"), a link's
sentence ("The full report is posted here."), an app or follow prompt ("Open in App",
"Stay in touch ..."), a topic label over an interview's answer ("On the fans:", "Reflecting
on the match:"), and, among paragraphs, a short line in lowercase with no stop (an image's
alternative text or a link: "generic file photo stock image", "online casino"), which
prose never prints alone.

Each check reads one line with bounded patterns, so the pass stays linear in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.authoring.page_embeds import is_embed_or_notice
from bot.authoring.quiz_furniture import a_photo_in_present_tense, without_update_stamp
from bot.authoring.roles import speech_verb_pattern

__all__ = [
    "flag_lowercase_labels",
    "flag_pull_quotes",
    "is_name_label",
    "is_page_label",
    "is_site_name",
    "strip_page_tags",
    "without_date_lead",
]

_TERMINAL = '.!?:;"”’…)'
# "Foodie Night 1327x198 ad(1)": an image's file name, with its size in pixels.
_IMAGE_FILE = re.compile(r"^[^.!?\"“”]{0,60}\b\d{2,4} ?[x×] ?\d{2,4}\b[^.!?\"“”]{0,40}$")
# "Mon, Jan 13, 2014 - Page 5 News List": the print edition's date and page.
_PRINT_PAGE = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,? )?"
    rf"(?:{MONTH_PATTERN} \d{{1,2}}|\d{{1,2}} {MONTH_PATTERN}),? "
    r"\d{4} [-–—|] Page \d{1,3}\b[^.!?]{0,40}$"
)
# "Data pix.", "File photo.", "Stock image": a picture's label left alone on its line.
_PICTURE_LABEL = re.compile(
    r"^(?:(?:file|stock|data|supplied|submitted|contributed|handout|archive|library|"
    r"representational|representative|illustrative|agency|staff) )?"
    r"(?:pix|pics|photos?|images?|pictures?|graphics?)\.?$",
    re.IGNORECASE,
)
_PICTURE_WORDS = (
    r"illustration|photo|photograph|picture|image|artist['’]s (?:impression|rendering)|"
    r"drawing|rendering|graphic|screenshot|screengrab|still|map"
)
# "An illustration which was submitted with the plans", "The photo taken at the scene".
_PICTURE_OPENER = re.compile(
    rf"^(?:(?:An?|The) (?:[\w-]+ )?(?:{_PICTURE_WORDS})s?\b|"
    r"(?:Photo|Photograph|Picture|Image)s? of )"
)
# "This image from the weather service shows the rain totals.": a sentence pointing at the
# page's own picture and telling what it shows ("A picture posted by the police shows ..."
# is a report about a picture, and stays).
_PICTURE_SHOWS = re.compile(
    rf"^(?:This|These) (?:[\w-]+ )?(?:{_PICTURE_WORDS})s?\b[^.!?\"“”]{{0,150}}"
    r"\b(?:shows?|depicts?)\b"
)
# "... The chief officer Jane Roe looks on.": a caption's closing words, naming who stands by
# in the picture.
_LOOKS_ON = re.compile(r"(?:^|[.!?] )[A-Z][^.!?\"“”]{0,120}\b(?:looks?|watch(?:es)?) on\.$")
# "Minister Jane Roe Nordland Nov 2020": capitalised words and the file photo's month.
_FILE_LABEL = re.compile(rf"^(?:[A-Z][\w'’.-]*\s){{2,8}}{MONTH_PATTERN} \d{{4}}$")
_NAME_WORD = r"[A-Z][\w'’.&-]*|of|the|and|for|on|in|&"
# "Nordland Teachers' Union – NTU": a name and its initials, the logo's label.
_NAME_AND_INITIALS = re.compile(
    rf"^((?:{_NAME_WORD})(?: (?:{_NAME_WORD})){{1,8}}) [-–—] ([A-Z]{{2,8}})$"
)
_EMBED_FRAME = re.compile(
    r"^(?:view this (?:post|photo|video|reel|profile|tweet) on "
    r"(?:instagram|facebook|twitter|x|tiktok|youtube|threads)|"
    r"an? (?:post|photo|video|reel) shared by .{1,80})$",
    re.IGNORECASE,
)
# "The official budget cuts are posted here.", "The report can be read here.": a link.
_LINK_SENTENCE = re.compile(
    r"^[A-Z][^.!?\"“”]{0,120}\b(?:is|are|can be|may be) (?:now )?(?:posted|available|published|"
    r"listed|found|read|viewed|seen|watched|downloaded|accessed|online)(?: in full| online)? "
    r"here\.?$"
)
_APP_PROMPT = re.compile(
    r"^(?:open|read|continue) (?:it )?in (?:the )?app|^stay in touch\b.{0,60}$|"
    r"^get the app\b.{0,60}$",
    re.IGNORECASE,
)
# The page's own labels, each alone on its line: "Related Businesses", "Blog Page 2",
# "19.4 C" (a weather widget), "Audio By Carbonatix" (a player's credit), "From the news
# desk", "Support this work for $1 a month", "General News of
# Sunday, 16 July 2023", a radio station's name and slogan ("Nordland 87.8 FM Playing ...").
_SITE_LABEL = re.compile(
    r"^(?:related(?: [a-z]+){1,2}|(?:[\w-]+ )?page \d{1,4}(?: of \d{1,4})?|"
    r"-?\d{1,2}(?:[.,]\d)? ?°? ?[CF]|audio (?:powered )?by [\w .&-]{1,40}|"
    r"from the (?:news|sports?|business|politics|city|editor['’]?s?) desk|"
    r"(?:support|fund|back) (?:this|our|local|independent|quality|trusted) "
    r"(?:work|journalism|newsroom|reporting|news)\b[^.!?]{0,80}|(?:more )?details|learn more|"
    r"find out more|full story)$",
    re.IGNORECASE,
)
_SECTION_OF_DATE = re.compile(
    rf"^(?:[A-Z][\w&]* ){{1,3}}of (?:{WEEKDAY_PATTERN},? )?\d{{1,2}} {MONTH_PATTERN},? \d{{4}}$"
)
# "Varnholt, December 13": the dateline alone on its line, over the story.
_DATELINE_ALONE = re.compile(
    rf"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}}, {MONTH_PATTERN} \d{{1,2}}(?:, \d{{4}})?$|"
    # "Lusaka ~ Thur, 24 Sept 2020": the place, a mark, then the day and the date
    rf"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}} [~|] (?:{WEEKDAY_PATTERN}|[A-Z][a-z]{{2,3}}s?)"
    rf",? \d{{1,2}}(?:st|nd|rd|th)? {MONTH_PATTERN},? \d{{4}}$"
)
# "Nordland Courier - 11th May 2005", "Week May 5th to May 11th 2005.": the outlet's name
# and its edition's date, or the week the edition covers, alone on a line.
_EDITION = re.compile(
    rf"^[A-Z][\w'’.&]*(?: (?:[A-Z][\w'’.&]*|of|the|del|de|la|and|&)){{0,5}} [-–—|] "
    rf"(?:{WEEKDAY_PATTERN},? )?\d{{1,2}}(?:st|nd|rd|th)? {MONTH_PATTERN},? \d{{4}}$|"
    rf"^(?:Week|Edition|Issue)(?: of)?:? {MONTH_PATTERN} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf" (?:to|[-–]) (?:{MONTH_PATTERN} )?\d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\.?$"
)
# "Reading time 1 min.", "Read time: 3 minutes": how long the page says the story takes.
_READING_TIME = re.compile(
    r"^(?:est(?:imated)?\.? )?read(?:ing)? time:? \d{1,3} ?min(?:ute)?s?\.?$", re.IGNORECASE
)
_STATION_SLOGAN = re.compile(r"^[A-Z][\w&'’ -]{0,30} \d{2,3}(?:\.\d)? ?FM\b[^.!?\"“”]{0,80}$")
# "You have permission to edit this article.": the publishing system's notice to its editor.
_EDITOR_NOTICE = re.compile(
    r"^you (?:have|do not have|don['’]t have) permission to (?:edit|view|access) this "
    r"(?:article|page|story|post)\.?$",
    re.IGNORECASE,
)
# "Nordcast, Inc.": a company's name alone on its line, the page's copyright holder.
_COMPANY_ALONE = re.compile(
    r"^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3},? (?:Inc|LLC|Ltd|Corp|PLC|GmbH)\.?$"
)
# "Monthly Magazine - 12 issues |": one item of a row of links, cut before the next one.
_MENU_ITEM = re.compile(r"^[^.!?\"“”]{2,120} \|$")
# "Buy Our Merchandise (Peace Series)": the outlet's shop.
_SHOP_PROMPT = re.compile(r"^(?:buy|shop|order) (?:our|the|your) [^.!?]{2,60}$", re.IGNORECASE)
# A newsletter form's words, however much of the box is run together on one line.
_FORM_TEXT = re.compile(
    r"\bby (?:submitting|signing up|subscribing)[^.!?]{0,40}, you agree to\b|"
    r"\bwe need to confirm your email address\b|"
    r"\bthere was a problem processing your submission\b",
    re.IGNORECASE,
)
# "The committee members from left, are ...", "(l-r)": a caption naming who stands where.
_LEFT_TO_RIGHT = re.compile(r"\bfrom (?:left|right)\b(?: to (?:right|left)\b)?,?|\([lr] ?- ?[rl]\)")
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|according to)\b")
# "More information: J. Roe et al, ... DOI: 10.3847/...": the science site's reference note.
_REFERENCE_NOTE = re.compile(r"^(?:more|journal) information: .{0,600}$|\bDOI: ?10\.\d{4,9}/\S+$")
# ". Jane Roe / NTB Jane Roe / NTB / NTB": a caption ending with its photographer and agency.
_AGENCY_TAIL = re.compile(r"[.!?] (?:[A-Z][\w'’.-]* ){1,3}/ ?[A-Z]{2,12}\b[^.!?]{0,60}$")
_MAX_FORM = 1500
# "Read: Nordland mayor resigns", "Watch: ...": another story's headline under a label.
_LABELED_TEASER = re.compile(
    r"^(?:read|watch|listen|see)(?: also| more)? ?: .{5,200}[^.!?\"”’…)]$", re.IGNORECASE
)
# "On the fans:", "Reflecting on the match:", "Regarding the vote:": a topic, then a colon,
# over an answer; a sentence that introduces a quote has a speaker and a verb ("He said:").
_TOPIC_LABEL = re.compile(
    r"^(?:[A-Z][a-z]+ing (?:on|about) |(?:On|About|Regarding) )(?:the |his |her |their )?"
    r"[\w'’-]+(?: [\w'’-]+){0,3}:$"
)
_SPEECH_VERB = speech_verb_pattern()
_MAX_CAPTION_WORDS = 30
_MAX_LOWERCASE_WORDS = 4


def _quoteless(text: str) -> bool:
    return not any(mark in text for mark in '"“”')


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() or w == "&")


def _logo_label(text: str) -> bool:
    match = _NAME_AND_INITIALS.match(text)
    return match is not None and _initials(match.group(1)) == match.group(2)


def _left_to_right(text: str) -> bool:
    """A caption telling who stands where: "from left", no quote, no reporting verb."""
    if len(text) > _MAX_FORM or not _quoteless(text) or _REPORTS.search(text):
        return False
    return bool(_LEFT_TO_RIGHT.search(text))


def _present_tense_caption(text: str) -> bool:
    """ "Man walks his dog next to a flooded river.": one short sentence telling what the
    photo shows in the present tense (see `quiz_furniture.a_photo_in_present_tense`)."""
    one_sentence = text.endswith(".") and not any(f"{stop} " in text for stop in ".!?")
    short = len(text.split()) <= _MAX_CAPTION_WORDS
    return one_sentence and short and _quoteless(text) and a_photo_in_present_tense(text)


def _picture_caption(text: str) -> bool:
    unpunctuated = text[-1:] not in _TERMINAL
    short = len(text.split()) <= _MAX_CAPTION_WORDS
    return unpunctuated and short and bool(_PICTURE_OPENER.match(text))


# "NRK’s Jane Roe reports.", "KNOR’s Per Holm reports on the mayor’s first flood.": the
# broadcaster's credit for the report its player carries, not the story.
_REPORTER_CREDIT = re.compile(
    r"^[A-Z][\w.&-]*(?:’s|'s) (?:[A-Z][\w.'’-]+ ){1,3}reports"
    r"(?: (?:on|from) [^.!?\"“”]{1,200})?\.$"
)
# "Varnholt Hall, the residence of the mayor, where she announced her decision on Tuesday.":
# a place's name and what it is, then a clause on what happened there, and no verb of its
# own: a photo's caption (a sentence goes on after such a clause: ", said ...").
_PLACE_CAPTION = re.compile(
    r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}, (?:the|a|an) [^,;:\"“”]{2,120}, "
    r"(?:where|which|whose) [^,;:\"“”]{2,300}\.$"
)


_LATIN_END = 0x24F  # the last letter of the Latin alphabets


def _language_menu(line: str) -> bool:
    """Three to eight words with no lowercase one, "English" among them and one in another
    script ("Nordnews English العربية Русский Türkçe"): the page's choice of languages."""
    words = line.split()
    other_script = any(ord(letter) > _LATIN_END for word in words for letter in word)
    named = all(not word[:1].islower() for word in words)
    return 3 <= len(words) <= _MAX_MENU_WORDS and "English" in words and other_script and named


_MAX_MENU_WORDS = 8


def is_page_label(line: str) -> bool:
    """A line that is one of the page's labels (see the module docstring)."""
    text = line.strip()
    return bool(
        _EMBED_FRAME.match(text)
        or _APP_PROMPT.match(text)
        or _FILE_LABEL.match(text)
        or _LINK_SENTENCE.match(text)
        or _SITE_LABEL.match(text)
        or _EDITOR_NOTICE.match(text)
        or _SECTION_OF_DATE.match(text)
        or _DATELINE_ALONE.match(text)
        or _EDITION.match(text)
        or _READING_TIME.match(text)
        or _STATION_SLOGAN.match(text)
        or (_LABELED_TEASER.match(text) and _quoteless(text))
        or _COMPANY_ALONE.match(text)
        or _MENU_ITEM.match(text)
        or _SHOP_PROMPT.match(text)
        or _REFERENCE_NOTE.search(text)
        or (len(text) <= _MAX_FORM and _quoteless(text) and _FORM_TEXT.search(text))
        or _left_to_right(text)
        or (len(text) <= _MAX_FORM and _quoteless(text) and _AGENCY_TAIL.search(text))
        or _present_tense_caption(text)
        or _logo_label(text)
        or _picture_caption(text)
        or (len(text.split()) <= _MAX_CAPTION_WORDS and _PICTURE_SHOWS.match(text))
        or (len(text.split()) <= 2 * _MAX_CAPTION_WORDS and _LOOKS_ON.search(text))
        or is_embed_or_notice(text)
        or (_TOPIC_LABEL.match(text) and not _SPEECH_VERB.search(text))  # not "On Monday Roe said:"
        or _PICTURE_LABEL.match(text)
        or _IMAGE_FILE.match(text)
        or _PRINT_PAGE.match(text)
        or _REPORTER_CREDIT.match(text)
        or _language_menu(line)
        or _PLACE_CAPTION.match(text)
    )


_MAX_NAME_LABEL_WORDS = 2


# "Café Closes", "Mill Reopened", "Prices Rising": a headline in title case, told by its verb's
# ending.
_VERB_ENDING = re.compile(r"[a-z](?:es|ed|ing)$")


def is_name_label(line: str) -> bool:
    """One or two capitalised words and nothing else at the top of the page ("Inside PNG",
    "Education", "France", "Angelo Mathews"): the site's, a section's or a photo's name,
    never the headline, which runs in words ("Defenders excel") or ends in a verb ("Café
    Closes")."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_NAME_LABEL_WORDS
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and not (len(words) > 1 and _VERB_ENDING.search(words[-1]))
    )


# "Local & National News for Wales", "Cayman Islands Government", "Ministry of health": the
# name of a news site, a broadcaster or a government office, the kind of body that runs a
# site, ending the name or joined to the rest of it by "of", "for" or "and".
_SITE_KIND = re.compile(
    r"\b(?:News|Radio|Television|TV|Government|Ministry)(?:$| (?:of|for|and|&) )"
)
_NAME_JOINS = frozenset({"of", "for", "and", "&", "from", "in", "the", "on"})
_MAX_SITE_NAME_WORDS = 6
# a participle closing the line: "Council Meeting Postponed", "News Service Ending"
_PARTICIPLE = re.compile(r"[a-z](?:ed|ing)$")


def is_site_name(line: str) -> bool:
    """A site's own name or tagline at the top of the page ("Local & National News for Wales",
    "Government of Nordland", "Ministry of health"): a name in capitals and joining words (a
    lowercase word only after "of"), with no quotation mark and no stop, of the kind of body
    that runs a site; a headline says what happened ("Ministry Clarifies Rumours", "Citizen
    TV Police Security Withdrawn")."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_SITE_NAME_WORDS or line[-1:] in _TERMINAL:
        return False
    if not _SITE_KIND.search(line) or not _quoteless(line) or _PARTICIPLE.search(line):
        return False
    named = (
        w[:1].isupper() or w in _NAME_JOINS or (n > 0 and words[n - 1] == "of")
        for n, w in enumerate(words)
    )
    return words[0][:1].isupper() and all(named)


def _lowercase_label(text: str) -> bool:
    """ "online casino", "main news image": no capital, no digit, no stop, a few words."""
    words = text.split()
    if not text[:1].isalpha() or text[-1] in _TERMINAL:
        return False
    if any(c.isupper() or c.isdigit() for c in text):
        return False
    pictured = ("photo" in text or "image" in text) and len(words) <= _MAX_CAPTION_WORDS
    return len(words) <= _MAX_LOWERCASE_WORDS or pictured


def flag_lowercase_labels(lines: Sequence[str], flags: list[bool], plain: Sequence[bool]) -> None:
    """A paragraph (`plain`: not a list item or heading) written in lowercase with no stop:
    an image's alternative text or a link's words; a paragraph of prose opens with a
    capital."""
    for i, line in enumerate(lines):
        if plain[i] and _lowercase_label(line.strip()):
            flags[i] = True


# "[VIDEO] Governor tells ...", "[PHOTOS] ...": the media label before a headline.
_MEDIA_TAG = re.compile(
    r"^\[(?:video|videos|photos?|pictures?|pics|watch|audio|listen|gallery|live)\]\s+(?=\S)",
    re.IGNORECASE,
)
# "Home News Nordland mayor resigns": the breadcrumbs' first two labels run into a headline.
_HOME_CRUMB = re.compile(
    r"^Home (?:News|Politics|Business|Sports?|World|Local|Nation|National|Entertainment|"
    r"Opinion|Health|Tech|Technology|Education|Metro|Lifestyle|Crime|Africa|Asia|Europe) "
    r"(?=[A-Z][^.!?]*$)"
)
# "LAHORE, (APP - Nordland News - 25th Mar, 2022 ) :Pakistan ...": the wire's source and
# date in brackets after the dateline; the dateline stays.
_WIRE_BRACKET = re.compile(r"^([A-Z][A-Z .'’-]{2,30}),? ?\([^()]{2,100}\b\d{4} ?\) ?: ?(?=\S)")
# "... at home since 2022. (Match Report | More Cricket News)": links in brackets after the
# paragraph's last stop.
_LINK_ROW_TAIL = re.compile(r"(?<=[.!?\"”])\s*\([^()|]{2,40}(?: \| [^()|]{2,40})+\)$")


# "... for years. Headlines Delivered to Your Inbox Sign up for The Courier’s newsletters. “...":
# a newsletter box run into a paragraph, between two of its sentences.
_INBOX_BOX = re.compile(
    r"(?<=[.!?\"”])\s+(?:[\w’']+ ){0,6}(?:delivered |sent )?(?:to|in) your inbox:? "
    r"(?:sign up|subscribe)\b[^.!?\"“”]{0,160}[.!]",
    re.IGNORECASE,
)


# "Varnholt, Feb 21 (Nordland Post) - Ministers said ...", "Varnholt, Feb 21 (nordland.com)
# Ministers said ...": the outlet's name in brackets after a dateline of place and day; the
# dateline stays.
_DATED_SOURCE = re.compile(
    rf"^([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}}, {MONTH_PATTERN} \d{{1,2}}) "
    r"\([A-Z][^()]{1,40}\) ?(?:(?:[—–:]|--?) ?)?(?=[A-Z“\"])"
)


# "27th July 2007The worst fears ...": the page's date run into the story's first word.
_GLUED_DATE = re.compile(
    rf"^(?:{WEEKDAY_PATTERN},? )?(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH_PATTERN},? \d{{4}}|"
    rf"{MONTH_PATTERN} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})(?=[A-Z][a-z])"
)
# "Nordland News/ On Sunday, the ministry ...", "Sputnik-The official responded ...": the
# outlet's name run into the story's first sentence by a slash glued to it (not a credit,
# "NRK / Jane Roe", nor a menu, "Rentals / Hotels / ...") or a hyphen; no sentence opens
# with a name glued to "The".
_OUTLET_LEAD = re.compile(
    r"^[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}/ (?=[A-Z][a-z][^/]*$)|^[A-Z][a-z]{2,}-(?=The\b)"
)
# "THURSDAY 21 JUNE 2018: An unnamed minister ...", "Friday, November 11, 2022 – A section
# of ...": the page's date opening the story as its dateline, then a colon or a dash.
_DATE_LEAD = re.compile(
    rf"^(?:{WEEKDAY_PATTERN},? )?(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH_PATTERN},? \d{{4}}|"
    rf"{MONTH_PATTERN} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|"
    # "08/28/11 — High winds ...": an archive page's date in figures over the headline
    r"\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})) ?(?::|[–—-]{1,2}) "
    r"(?=(?-i:[A-Z][a-z]*\s))",
    re.IGNORECASE,
)
# "... in time.” (JR)", "... reported. [Roe]": the writer's initials or name in brackets
# after the paragraph's last stop, a sign-off; "(news - web sites)": an old portal's link
# label left after a name in the text.
_SIGN_OFF = re.compile(r"(?<=[.!?\"”’])\s+(?:\([A-Z][A-Za-z]{1,12}\)|\[[A-Z][A-Za-z]{1,12}\])$")
_PORTAL_LINK = re.compile(r" \(news - web sites\)(?=[ ,.;:])")
# "VARNHOLT, April 25, 2023 /NWR/ - ...": a newswire's tag in slashes after the dateline.
_WIRE_TAG = re.compile(r"(?<=\d{4}) /[A-Z]{2,8}/(?= [-–—])")
# "... was concluded in Jordan. اضافة اعلان": a few words in another script after the last
# stop of a paragraph in Latin letters, the label of the site's own language (an advert's).
_OTHER_SCRIPT = "\u0400-\u04ff\u0590-\u08ff\u0900-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
_TRAILING_SCRIPT = re.compile(
    rf"(?<=[a-z][.!?\"”])\s+[{_OTHER_SCRIPT}]+(?: [{_OTHER_SCRIPT}]+){{0,3}}$"
)
# "... said Maharjan. Enditem", "... on Friday. (END)": a wire's end mark after the last stop.
_END_MARK = re.compile(r"(?<=[.!?\"”])\s+(?:Enditem|ENDITEM|\(END\)|\(Ends\)|-+ ?ENDS? ?-+|ENDS)$")
# "... ahead of the storm. Click here for more info.", "... remain closed. See THIS LINK for
# more information.": a link's label run onto the paragraph after its last stop.
_CLICK_HERE_TAIL = re.compile(
    r"(?<=[.!?\"”])\s+(?:Click here\b[^.!?\"“”]{0,80}|(?i:(?:see|follow|visit) (?:this|the "
    r"following) link(?:(?: for| to| below| here)\b[^.!?\"“”]{0,80})?))[.!:]?$"
)
# "Minister Jane Roe (pix) said ...": a pointer to the page's picture of the person named.
# "Jane Roe (photo, above) said ...", "... the union's head Jane Roe (Photo by Per Holm)":
# where the picture is, or who took it.
_PICTURE_POINTER = re.compile(
    r"(?<=\w) \((?:pix|pic|pics|pictured|in pic(?:ture)?|photo)"
    r"(?:,? (?:above|below|left|right|top|inset)|(?: by| courtesy of) [A-Z][^()]{1,40})?\)"
    r"(?=[ ,.;:]|$)",
    re.IGNORECASE,
)


def without_date_lead(text: str) -> str:
    """The text without the page's date opening it as a dateline ("THURSDAY 21 JUNE 2018:
    An unnamed minister ..." -> "An unnamed minister ...")."""
    return _DATE_LEAD.sub("", text, count=1)


def strip_page_tags(line: str) -> str:
    """A media label, breadcrumbs, a wire's or an outlet's bracketed name after the dateline
    or a row of links taken off the line they are run into: "[VIDEO] Governor tells ..." ->
    "Governor tells ..."; a newsletter box taken out from between two sentences; the page's
    date run into the first word or opening it as a dateline, the outlet's name run into
    the first sentence ("Nordland News/ On Sunday"), an update's stamp ("UPDATED NOON:"), a
    newswire's tag after the dateline ("/NWR/"), a sign-off in brackets after the last stop
    ("(JR)"), an old portal's "(news - web sites)", a pointer to a picture ("(pix)"), a
    wire's end mark ("Enditem"), a link's "Click here for more info." and an advert's label
    in another script after the last stop."""
    line = _HOME_CRUMB.sub("", _MEDIA_TAG.sub("", line, count=1), count=1)
    line = _DATED_SOURCE.sub(r"\1: ", _WIRE_BRACKET.sub(r"\1: ", line, count=1), count=1)
    line = _GLUED_DATE.sub("", _PICTURE_POINTER.sub("", line), count=1)
    line = without_date_lead(_OUTLET_LEAD.sub("", line, count=1))
    line = without_update_stamp(_WIRE_TAG.sub("", line, count=1))
    line = _PORTAL_LINK.sub("", _SIGN_OFF.sub("", line, count=1))
    line = _END_MARK.sub("", _TRAILING_SCRIPT.sub("", line, count=1), count=1)
    line = _CLICK_HERE_TAIL.sub("", line, count=1)
    return _INBOX_BOX.sub("", _LINK_ROW_TAIL.sub("", line))


_PULL_QUOTE_WORDS = 8
_MIN_PROSE = 80
_PULL_QUOTE_REACH = 12  # lines either side where the quote it repeats stands
# "Jane Roe, Nordland Harbour Workers Alliance": who said the pull quote, and for whom.
_ATTRIBUTION = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, "
    r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|and|for)){0,8}$"
)


def _repeats_a_neighbour(lines: Sequence[str], i: int) -> bool:
    line = lines[i]
    near = range(max(0, i - _PULL_QUOTE_REACH), min(len(lines), i + _PULL_QUOTE_REACH + 1))
    return any(j != i and len(lines[j]) > len(line) and line in lines[j] for j in near)


def flag_pull_quotes(lines: Sequence[str], flags: list[bool]) -> None:
    """A pull quote: a line of eight words or more with no final stop that a paragraph near
    it prints inside its text (the quote set large in a box), and the name and group under
    it ("Jane Roe, Nordland Harbour Workers Alliance"); only below the story's first
    paragraph of prose, so a headline and its standfirst stay."""
    story_began = False
    for i, line in enumerate(lines):
        prose = not flags[i] and len(line) > _MIN_PROSE and line[-1:] in _TERMINAL
        if not story_began or line[-1:] in _TERMINAL or len(line.split()) < _PULL_QUOTE_WORDS:
            story_began = story_began or prose
            continue
        if _repeats_a_neighbour(lines, i):
            flags[i] = True
            if i + 1 < len(lines) and _ATTRIBUTION.match(lines[i + 1]):
                flags[i + 1] = True
