"""Checks that keep a drafted question off what the page prints around the story, and off
details a student should not be asked: a photo caption or a filing note ("File photo dated
...", "Issue date: ...", "Carrie Lam at a press conference on May 25."), a home address
("resided at _____"), a house number ("_____ CR 31"), a calibre ("_____ Browning calibre"),
a word of a numbered name ("_____ 1" of "Terminal 1"), a timetable's frequency ("every
_____ minutes"), a statement about the outlet's own reporter ("Channel 2's Steve Gehlbach
spoke with ..."), one that reads a person's mind ("he's pragmatic enough to know ..."),
one bound to an hour ("at about 3.30am"), one that opens by pointing back ("Nevertheless,
...", "Of the number, ...") or that
only supposes ("If South Africa beat Australia ..."), one the page prints with a slip
("with their their two children", "to push on. work."), or one in a paragraph that announces
the page's own list ("Here are the news headlines ...").
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import WEEKDAY_PATTERN, words

__all__ = [
    "a_calibre",
    "a_caption_or_note",
    "a_frequency",
    "a_home_address",
    "a_house_number",
    "a_numbered_name",
    "a_page_slip",
    "a_photo_in_present_tense",
    "about_the_reporting",
    "an_attribution_line",
    "bound_to_an_hour",
    "cut_off",
    "only_supposes",
    "points_back",
    "reads_a_mind",
    "signposts_the_page",
    "speaker_unnamed",
    "speaks_to_the_reader",
    "states_nothing",
    "without_update_stamp",
]

# "File photo dated 27/11 2019 of ...", "Photo: Getty", "Pictured: ...": a caption.
_CAPTION = re.compile(
    r"^(?:(?:file|stock|handout|library|pa|ap)\s)?(?:photo(?:graph)?|picture|image|pic)s?\b"
    r"|^pictured\b",
    re.I,
)
# "Issue date: Wednesday January 18, 2023.", "Last updated: ...": a filing note.
_FILING_NOTE = re.compile(
    r"^(?:last )?(?:issue|release|publication|embargo|filed|posted|updated|published)"
    r"(?: date| time)?:",
    re.I,
)


# "Carrie Lam at a press conference on May 25.": a name, then where, and no verb.
_NAME_THEN_WHERE = re.compile(
    r"^(?:[A-Z][\w.’'-]+ ){1,4}(?:at|during|in|on|outside|inside|with|after|before|near) "
)
_A_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|did|does|do)\b"
)
MAX_CAPTION_WORDS = 12


def a_caption_or_note(sentence: str) -> bool:
    """Whether the sentence is a photo caption or a filing note, not the story."""
    short_caption = (
        len(sentence.split()) <= MAX_CAPTION_WORDS
        and _NAME_THEN_WHERE.match(sentence) is not None
        and _A_VERB.search(sentence) is None
    )
    return bool(_CAPTION.match(sentence) or _FILING_NOTE.match(sentence) or short_caption)


# "UPDATED 4:30 pm: ", "Updated, 10.15am - ": the page's update stamp before the news.
_UPDATE_STAMP = re.compile(r"^(?:UPDATED|Updated|UPDATE|Update)\b.{0,20}?: ?(?=[A-Z])")


def without_update_stamp(sentence: str) -> str:
    """The sentence without the update stamp the page put before it."""
    return _UPDATE_STAMP.sub("", sentence)


# "Nevertheless, ...", "Of the number, ...", "In another news flash, ...", "At that time
# it employed ...": the statement
# opens by leaning on the sentence before it. ("However, ..." often stands alone: it stays.)
_POINTS_BACK = re.compile(
    r"^(?:Nevertheless|Nonetheless|Meanwhile|Moreover|Furthermore|Besides|Still|"
    r"Instead|In another|In addition|To this effect|As a result|Similarly|Likewise|In turn|"
    r"Of (?:the|these|those|them|this)\b|At that (?:time|point|stage|moment)\b|By then\b|"
    # "Others are Gombe, Imo, ...": the rest of a list the sentence before began
    r"(?:Others|The (?:others|rest)) (?:are|were|include|included)\b)"
)


# "at about 3.30am", "around 4 a.m.", "the 6.00 pm incident": a moment of the day.
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|hrs\b)|\b\d{1,2}:\d\d\b", re.I
)


def bound_to_an_hour(sentence: str) -> bool:
    """Whether the statement holds one time of day ("at about 3.30am"): a true one tests a
    minute nobody learns, a false one a clock. A span ("from 9pm until 5pm") stays."""
    return len(_CLOCK_TIME.findall(sentence)) == 1


# "Jane Roe stated this in a statement on Sunday", "... clarified this yesterday": what "this"
# is, the sentence before says (not "Jane Roe, who revealed this ..., said that ...").
_SAID_THIS = re.compile(
    r"^[A-Z][^,;:\"“”]{0,100}?(?<!\bwho )(?<!\bwhich )\b(?:stated|said|revealed|clarified|"
    r"disclosed|announced|confirmed|noted|made|explained) this (?:yesterday|today|in|at|on|while|"
    r"during|when)\b"
)


def points_back(sentence: str) -> bool:
    """Whether the statement needs the sentence before it to be understood."""
    return _POINTS_BACK.search(sentence) is not None or _SAID_THIS.search(sentence) is not None


# ", he said", "he told AFP": who said it, given only as "he" or "she".
_PRONOUN_SAID = re.compile(
    r"\b(?:he|she) (?:said|says|told|tells|added|adds|explained|noted|stated|stressed)\b"
)
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”]*[\"”]")
_CAPITAL_WORD = re.compile(r"(?<=\s)[A-Z]")


def speaker_unnamed(sentence: str) -> bool:
    """Whether the statement is said by "he" or "she" with no name before it ("Winds of up to
    80 miles per hour, he said, will ..."): the student cannot tell whose word it is; with a
    name in the sentence ("While Roe could not say ..., he said ...") the pronoun is hers."""
    said = _PRONOUN_SAID.search(sentence)
    if said is None:
        return False
    before = _QUOTED_WORDS.sub("", sentence[: said.start()])
    return _CAPITAL_WORD.search(before) is None


def only_supposes(sentence: str) -> bool:
    """Whether the statement is a condition ("If South Africa beat Australia, ..."): what
    may happen, which no student can mark true or false."""
    return sentence.startswith(("If ", "Unless ", "Should "))


# "Much like a bus when you need it, ...": the writer speaks to the reader, a column's quip.
_TO_THE_READER = re.compile(r"(?<![\w’'])(?:you|your|you’re|you're|you’ll|you'll)(?![\w’'])", re.I)


def speaks_to_the_reader(sentence: str) -> bool:
    """Whether the writer addresses the reader ("you") outside quotes."""
    return _TO_THE_READER.search(sentence) is not None


# "resided at _____", "lived at Orange Park in _____": a home address, up to its end.
_RESIDED = re.compile(r"\b(?:resid(?:ed|es|ing)|li(?:ves|ved|ving)|home) (?:at|on) [^,.;]{0,40}$")


def a_home_address(text: str, start: int) -> bool:
    """Whether the place is where someone lives ("resided at _____ in Charlemont"): an
    address, unkind to ask of a victim and nothing to learn."""
    return bool(_RESIDED.search(text[max(0, start - 30) : start]))


# "497 CR 31", "12 County Road 5", "80 Route 9": a house number on a numbered road.
_NUMBERED_ROAD = re.compile(
    r"^ (?:CR|SR|FM|RR|US|County Road|State Road|State Route|Route|Highway|Hwy\.?)[ -]?\d"
)


def a_house_number(text: str, end: int) -> bool:
    """Whether the number stands before a numbered road: a house number, not a quantity."""
    return bool(_NUMBERED_ROAD.match(text[end : end + 30]))


def a_numbered_name(text: str, end: int) -> bool:
    """Whether a number follows the name ("Terminal 1", "Stage 4"): the name is one word of
    a longer one, a blank on it tests nothing."""
    return bool(re.match(r" \d", text[end : end + 3]))


# "7.65 Browning calibre", "12 gauge", "357 magnum": the number names a weapon's bore.
_BORE_AFTER = re.compile(r"^(?:mm)?\s?(?:[A-Z][\w.]* )?(?:calibre|caliber|gauge|magnum)\b", re.I)


def a_calibre(text: str, end: int) -> bool:
    """Whether the number is a weapon's calibre ("_____ Browning calibre"), a name."""
    return bool(_BORE_AFTER.match(text[end : end + 30]))


def a_frequency(text: str, start: int) -> bool:
    """Whether the number follows "every" ("every _____ minutes"): a timetable's detail."""
    return text[max(0, start - 6) : start].casefold() == "every "


# "Channel 2′s Steve Gehlbach spoke with ...", "told Channel 9", "Naija News reports that":
# the outlet's own reporting.
_STATION = r"(?:Channel|News|Action News|Eyewitness News) \d+"
_REPORTING = re.compile(
    rf"\b{_STATION}[′’']s\b|\b(?:told|to|with) {_STATION}\b"
    r"|^(?:[A-Z][\w’'-]* ){0,2}(?:FM|TV|Radio|News)(?: News)? (?:took|visited|went|spoke|asked|"
    r"contacted|reached|toured|has learned|learned|understands|reports|reported)\b"
    # "Jane Roe spoke to The Courier yesterday", "... spoke to the Local News Service":
    # whom she gave the interview, a capital "The" mid-sentence being a paper's title.
    r"|\bspoke (?:to|with) (?:The [A-Z]|the (?:[A-Z][\w’'-]* ){0,4}(?:Service|Agency|Network|"
    r"Radio|TV|News|Times|Post|Press|Herald|Journal|Gazette)\b)"
)


# "All three could not be reached for comment yesterday.", "The council did not respond to
# a request for comment": the reporter's call that went unanswered, not the news.
_NO_COMMENT = re.compile(
    r"\b(?:could not|couldn[’']t|cannot|can[’']t) be (?:immediately )?reached\b[^.!?]{0,40}"
    r"\bfor (?:a )?comment\b"
    r"|\b(?:did not|didn[’']t|has not|hasn[’']t|have not|had not) (?:immediately )?"
    r"(?:respond|reply|replied|responded) to [^.!?]{0,40}\bfor comment\b"
    r"|\b(?:was|were|is|are) (?:not )?(?:immediately )?(?:un)?available for (?:a )?comment\b"
)


def about_the_reporting(sentence: str) -> bool:
    """Whether the statement is about the outlet's reporting rather than the news: whom it
    spoke to, or whom it could not reach for comment."""
    return bool(_REPORTING.search(sentence) or _NO_COMMENT.search(sentence))


# "he's pragmatic enough to know", "she knows that": the writer reads a mind.
_MIND = re.compile(r"\b(?:[a-z]+ enough to know|knows? (?:that|they|he|she|it)|knew that)\b")


def reads_a_mind(sentence: str) -> bool:
    """Whether the statement tells what a person knows: the writer's view, which a student
    cannot check against anything the article shows."""
    return bool(_MIND.search(sentence))


# "Noel Connors and goalkeeper Stephen O'Keeffe argue with the umpire after ...": a caption
# tells what the photo shows in the present tense, right after the names; news says "said".
_PHOTO_VERBS = (
    r"(?:argue|celebrate|react|gesture|pose|wave|look|stand|sit|walk|arrive|attend|hold|"
    r"shake|greet|embrace|hug|watch|speak|address|leave|lead|chat|talk|smile|laugh|"
    r"kneel|lie|run|jump|score|tackle|attempt|lift|kiss|cheer|applaud|vote|sign|"
    r"discuss|inspect|tour|praise|present|receive|view|examine|unveil|display)"
)
# After the names, a verb in the present: "... and Stephen O'Keeffe argue with the umpire",
# "Education Minister, the Hon. Jane Roe, praises the pupils ..." (an apposition closed by
# its comma, then the verb).
_PRESENT_AFTER_NAMES = re.compile(
    rf"^(?:[A-Z][\w.’'-]*(?:’s|'s)? )?(?:[\w.’'-]+ ){{0,8}}?[A-Z][\w.’'-]* "
    rf"{_PHOTO_VERBS}(?:e?s)? (?:with|on|at|for|after|during|in|as|the|his|her|their|to|up|off)\b|"
    rf"^(?:[A-Z][\w.’'-]*,? ){{1,4}}(?:the |[a-z]+ )?(?:[A-Z][\w.’'-]*,? ){{1,4}}"
    rf"(?<=, ){_PHOTO_VERBS}(?:e?s)? [\w’'-]"
)
_SPEECH = re.compile(r"\b(?:said|says|told|tells)\b")
# A wire photo's caption: a short subject, a verb in the present, and the weekday with no
# "on" before it, then the place ("... a rainstorm Wednesday in Phnom Penh."); news puts
# the day after "on", or its verbs in the past or the future.
_WIRE_CAPTION = re.compile(
    rf"^(?:An?|The|[A-Z][\w’'-]*)(?: [\w’'-]+){{0,4}} [a-z]{{3,}}s\b.{{0,200}}"
    rf"(?<!\bon )\b{WEEKDAY_PATTERN}(?:,? [A-Z][a-z]+ \d{{1,2}})? (?:in|at|near|outside) [A-Z]"
)
_NEWS_TENSE = re.compile(r"\b(?:is|are|was|were|had|has|have|will|would|[a-z]{3,}ed)\b")


def a_photo_in_present_tense(sentence: str) -> bool:
    """Whether the sentence tells what named people do in the present tense ("... and
    Stephen O'Keeffe argue with the umpire"), or what someone does on a weekday at a place
    ("A man stops to put on his poncho during a rainstorm Wednesday in Phnom Penh."), or
    names people with others and no verb ("Mayor Jane Roe with members of the board at a
    meeting this week."): a photo's caption, not the story."""
    if _SPEECH.search(sentence):
        return False
    wire = _WIRE_CAPTION.match(sentence) is not None and not _NEWS_TENSE.search(sentence)
    return wire or _PRESENT_AFTER_NAMES.match(sentence) is not None or _names_with(sentence)


# "Mayor Jane Roe with members of the board ...": capitalised words, then "with".
_NAMES_WITH = re.compile(r"^(?:[A-Z][\w.’'-]*,? ){2,8}with [a-z]")
_PLURAL = re.compile(r"[a-z]{3,}s")


def _names_with(sentence: str) -> bool:
    """Names, "with" and who else is in the picture, and no verb but one in the present
    (a plural noun reads like one: "members")."""
    if not _NAMES_WITH.match(sentence):
        return False
    verbs = (m.group(0) for m in _FINITE.finditer(sentence.casefold()))
    return all(v in _NOT_VERBS or _PLURAL.fullmatch(v) for v in verbs)


# Words that make a short sentence a statement: auxiliaries and verbs of news in the past.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do|said|says|told|[a-z]{2,}ed|[a-z]{3,}s|"
    r"began|beat|became|bought|brought|broke|built|came|caught|chose|cut|drew|drove|fell|"
    r"felt|fled|flew|fought|found|froze|gave|got|grew|heard|held|hit|hurt|kept|knew|laid|"
    r"led|left|lost|made|meant|met|paid|put|quit|ran|rang|rose|sank|sat|saw|sent|set|shot|"
    r"shut|sold|spent|spoke|stood|stole|struck|swore|took|thought|threw|tore|went|woke|won|"
    r"wore|wrote)\b"
)
_NOT_VERBS = frozenset({"news", "this", "its", "his", "us", "as"})
MAX_VERBLESS_WORDS = 12


# "Angels manager Jane Roe, after an 8-7 loss to the Red Sox this week.": the line under a
# quote naming its speaker and the occasion, a name and a phrase with no verb; the name's
# own lowercase words are a role ("manager"), never a verb.
_ATTRIBUTION_LINE = re.compile(
    r"^(?P<head>(?:[A-Z][\w.’'-]*|[a-z]+)(?: (?:[A-Z][\w.’'-]*|[a-z]+)){1,7}), "
    r"(?:after|following|before|during|at|on|in|speaking (?:at|to|on|after)) [^,;:]{3,150}\.$"
)
_TAIL_VERBS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed)\b")
# "In a brief response on May 31, Jane Roe said.", "Speaking after the match, Roe said:": the
# occasion and the speaker with a verb of speech, and nothing said (the quote stands after
# it or was cut away).
_QUOTE_LEAD_IN = re.compile(
    r"^(?:In|On|At|During|After|Before|Following|Speaking|Responding|Asked|Addressing|"
    r"Commenting|Reacting)\b[^,;:.“”\"]{3,150}, (?:[A-Z][\w.’'-]*\s?){1,4}"
    r"(?:said|says|added|explained|stated|noted|told (?:[\w’'-]+\s?){1,5})[.:]$"
)


def an_attribution_line(sentence: str) -> bool:
    """Whether the sentence is a name and an occasion with no verb ("Angels manager Jane
    Roe, after an 8-7 loss this week.") or the occasion, the name and a verb of speech with
    nothing said ("In a brief response on May 31, Jane Roe said."): the line naming a
    quote's speaker, not a claim."""
    if _QUOTE_LEAD_IN.match(sentence):
        return True
    match = _ATTRIBUTION_LINE.match(sentence)
    if match is None or _TAIL_VERBS.search(sentence[match.end("head") :]):
        return False
    head = match.group("head").split()
    lowercase = [w for w in head if w.islower()]
    capitals = sum(1 for w in head if w[:1].isupper())
    return capitals >= 2 and not any(_FINITE.fullmatch(w) for w in lowercase)


def cut_off(sentence: str) -> bool:
    """Whether the sentence stops at an ellipsis ("... bats, and freshwater limpets, ..."):
    a teaser cut off by the page, which says only part of its claim."""
    return sentence.rstrip().endswith(("...", "…"))


def states_nothing(sentence: str) -> bool:
    """Whether a short sentence has no verb at all ("GAA news from around Ireland this
    week."): a standfirst or a label, which is neither true nor false."""
    if len(sentence.split()) > MAX_VERBLESS_WORDS:
        return False
    unquoted = sentence.casefold()
    return not any(m.group(0) not in _NOT_VERBS for m in _FINITE.finditer(unquoted))


# "with their their two children", "The the": a lowercase word printed twice ("that that"
# and "had had" are English; "Bafana Bafana" is a name).
_DOUBLED_WORD = re.compile(r"\b(?!(?:that|had)\b)([a-z]+) \1\b|\bThe the\b")
# "... to push on. work.": a full stop inside the sentence, a lowercase word after it.
_STOP_BEFORE_LOWERCASE = re.compile(r"(?<![.\w])([a-z]{2,})\. (?=[a-z]{2,})")
_ABBREVIATIONS = words(
    "approx vs etc incl excl est nos no cf viz al ca jr sr st ft in pp vol op fig dept govt"
)


def a_page_slip(sentence: str) -> bool:
    """Whether the page printed the sentence with a slip a student would stumble on: a word
    twice in a row ("their their"), or a full stop before a lowercase word that is no
    abbreviation's ("push on. work."; "approx. 20" is fine)."""
    if _DOUBLED_WORD.search(sentence):
        return True
    return any(m.group(1) not in _ABBREVIATIONS for m in _STOP_BEFORE_LOWERCASE.finditer(sentence))


# "Here are the news headlines in Denmark on Wednesday.", "Here's what we know": the page
# announcing what follows it.
_SIGNPOST = re.compile(r"^(?:Here(?:’s|'s| is| are)|Below (?:is|are)) ")


def signposts_the_page(sentence: str) -> bool:
    """Whether the sentence is the page announcing what follows ("Here are the news
    headlines ..."): the paragraph it opens or closes is a deck (a roundup's teaser line
    of headlines), not the story."""
    return _SIGNPOST.match(sentence) is not None
