"""Small text helpers: normalising, sentence spans, slugs, excerpts.

Every function here runs in time linear in its input and uses no regular expression that can
backtrack without bound, so a hostile article cannot make the draft hang.
"""

from __future__ import annotations

import re
import unicodedata

from bot.authoring.lexicon import MONTHS, WEEKDAYS, place_kind, words
from bot.core.slugs import slugify

__all__ = [
    "dateline_end",
    "excerpt",
    "normalise",
    "sentence_spans",
    "slugify",
    "truncate",
]

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_ABBREVIATIONS = words(
    """mr mrs ms mx dr prof sen rep gov gen col lt capt sgt cmdr maj st jr sr inc co corp ltd
    no nos vs etc ste jan feb mar apr jun jul aug sep sept oct nov dec rev fr mt ft approx est
    dept univ assn bros adm brig gov't hon rt supt insp det cpl pte sgt-maj amb
    coun couns cllr cllrs usec asec reps sens commr atty secy asst sec ksh kshs shs tsh ush
    engr barr pst evang rs const tbk"""
)
# A name's last word may end a sentence: "... Gen. Romeo Brawner Jr. They tackled ...".
_NAME_ENDINGS = words("jr sr inc corp ltd tbk")
_STARTERS = words(
    """The A An But And He She They We It I This That These Those In On At For As When While
    If After Before However Meanwhile There Here His Her Their Its Our What Why How Who"""
)
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+\s+")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


_UNWRITABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]"
)


def _printable(text: str) -> str:
    """Drop control characters (but newlines and tabs), lone surrogates and private use."""
    return _UNWRITABLE.sub("", text)


def normalise(text: str) -> str:
    """Unix newlines, no invisible or control characters, single spaces inside lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    text = unicodedata.normalize("NFC", _printable(text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    if end >= len(text):
        return True
    nxt = text[end]
    if nxt.islower():
        return False
    dot = match.group().lstrip()[:1] == "."
    if not dot:
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return True
    word = before.group(1).strip("'’")
    bare = word.rstrip(".").casefold()
    if bare in _ABBREVIATIONS:
        return bare in _NAME_ENDINGS and _next_word(text, end) in _STARTERS
    if len(word) == 1 and word.isupper():  # an initial: "Victor D. Cha"
        return False
    if "." in word.rstrip("."):  # "U.S.", "D.P.R.K.": a boundary only before a usual opener
        return _next_word(text, end) in _STARTERS
    return True


def _next_word(text: str, at: int) -> str:
    return text[at : at + 12].split(" ", 1)[0]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text[start:end]`, stripped of spaces.

    A sentence ends at `.`, `!`, `?` (with any closing quotes) followed by a space and a
    word that does not start in lowercase, unless the dot ends an abbreviation or initial.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, stop):
        if _is_boundary(text, match):
            cut = match.end() - (len(match.group()) - len(match.group().rstrip()))
            spans.append((begin, cut))
            begin = match.end()
    if begin < stop:
        spans.append((begin, stop))
    return [(a, b) for a, b in (_strip(text, a, b) for a, b in spans) if b > a]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def truncate(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def excerpt(text: str, words: int = 6, limit: int = 300) -> str:
    """The first few words of a text (at most `limit` characters), to point a reviewer at it."""
    parts = text[: limit * 2].split()
    short = " ".join(parts[:words])
    more = len(parts) > words or len(text) > limit * 2
    return truncate(short + ("…" if more else ""), limit)


# "SAULT STE. MARIE, Mich. (AP) — ", "DANANG, Vietnam (Reuters) - ", "KUCHING: ",
# "FAIRMONT — ", "(AP) -- ": where the story was filed, written before its first sentence.
_AGENCY = r"\((?:AP|AFP|Reuters|Bloomberg|UPI|PA|dpa|Xinhua|PANA|CNN|IANS|PTI|ANI|Kyodo)\)"
_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
# "KUALA LUMPUR, 2 December 2019: ": the day before the month, the year after.
_DAY_MONTH = rf"\d{{1,2}} (?:{'|'.join(MONTHS)})(?: \d{{4}})?"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]*+ ?){1,5}(?:, ?[A-Z][\w.]*+(?: [A-Z][\w.]*+)?)?"
    rf"(?:, ?(?:{_DATE}(?:, \d{{4}})?|{_DAY_MONTH}))?(?: ?{_AGENCY})? ?(?:[—–]|--?|:) "
    rf"|^{_AGENCY} ?(?:[—–]|--?) "
)
# "Johannesburg – Protesters blocked ...": a known place and a spaced dash open the story.
_PLACE_DASH = re.compile(r"^([A-Z][\w’'-]*+(?: [A-Z][\w’'-]*+){0,2}) [—–] ")
# "Nov. 29 (UPI) — ": a date and the agency, with no place.
_DATE_DATELINE = re.compile(rf"^{_DATE} {_AGENCY} ?(?:[—–]|--?) ")
# "December 15th, 2020–The ...", "Friday, November 11, 2022 – A ...", "15 December 2020 - ":
# the day the story was filed and a dash, with no place.
_FULL_DATE = (
    rf"(?:(?:{'|'.join(WEEKDAYS)}),? )?(?:(?:{'|'.join(MONTHS)}) \d{{1,2}}(?:st|nd|rd|th)?,? "
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{'|'.join(MONTHS)}),? )\d{{4}}"
)
_FULL_DATE_DASH = re.compile(
    rf"(?:{_FULL_DATE}|{_DATE},? \d{{4}}|(?:(?:{'|'.join(WEEKDAYS)}),? )?{_DAY_MONTH})"
    r" ?(?:[—–]|--?|:) ?(?=[A-Z])"
)
# "KINGSTON, Jamaica–" right before such a date.
_PLACE_BEFORE_DATE = re.compile(
    rf"(?:[A-Z][A-Z.'’-]*+ ?){{1,5}}(?:, ?[A-Z][\w.]*+(?: [A-Z][\w.]*+)?)? ?[—–,] ?(?={_FULL_DATE})"
)
# "Nairobi, Kenya — ", "Abuja, Nigeria (AFP) – ", "Port Moresby, 12 March 2024: ",
# "Harare (New Ziana) – ": a place in mixed case, then a place, a date or a source in
# brackets, then a dash or a colon.
_NAME = r"[A-Z][\w’'.-]*+(?: [A-Z][\w’'.-]*+){0,2}"
_MIXED_DATELINE = re.compile(
    rf"({_NAME})(?:, ({_NAME}))?(?:, ?((?:{_DATE}(?:,? \d{{4}})?|{_DAY_MONTH})))?"
    r"(?: ?(\([^()]{1,25}\)))? ?(?:[—–|]|--?|:) ?(?=[A-Z])"
)
# "Leeds: India captain ...", "New Delhi: The ...": one to three capitalised words and a
# colon open the paragraph, a place the story was filed from (or a kicker: "WATCH:").
_PLACE_COLON = re.compile(r"^[A-Z][\w’'-]*+(?: [A-Z][\w’'-]*+){0,2}: (?=[A-Z])")


def dateline_end(text: str) -> int:
    """Where a paragraph's dateline ends (0 when it has none)."""
    dated = _DATE_DATELINE.match(text)
    if dated:
        return dated.end()
    place_first = _PLACE_BEFORE_DATE.match(text)
    dated = _FULL_DATE_DASH.match(text, place_first.end() if place_first else 0)
    if dated:
        return dated.end()
    place = _PLACE_DASH.match(text)
    if place and place_kind(place.group(1)):
        return place.end()
    colon = _PLACE_COLON.match(text)
    if colon:
        return colon.end()
    mixed = _MIXED_DATELINE.match(text)
    if mixed and (
        mixed.group(3) or mixed.group(4) or any(place_kind(g or "") for g in mixed.group(1, 2))
    ):
        return mixed.end()
    match = _DATELINE.match(text)
    if match is None or not any(c.isupper() for c in text[: match.end()]):
        return 0
    head = text[: match.end()]
    letters = [c for c in head.split("(")[0].split(",")[0] if c.isalpha()]
    return match.end() if letters and all(c.isupper() for c in letters) else 0
