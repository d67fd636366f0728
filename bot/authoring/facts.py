"""Sentences that carry checkable details: numbers, dates, places, organisations.

Each detail keeps its offsets in the sentence so a question can blank it out or swap it.
Quoted words are somebody's, not the article's: a sentence that is mostly quote is no fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from bot.authoring.article import Block
from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    MONTHS,
    ORG_KEYWORDS,
    ORG_NAMES,
    REGIONS,
    WEEKDAYS,
    place_kind,
)
from bot.authoring.people import People
from bot.authoring.quotes import quote_spans
from bot.authoring.text import dateline_end, sentence_spans
from bot.authoring.transcript_turns import transcript_turns

__all__ = ["Detail", "FactDraft", "ends_with_a_photo_credit", "find_facts"]

DetailKind = Literal["number", "date", "place", "org", "person"]
NumberKind = Literal["count", "money", "percent", "year"]

MAX_FACTS = 40
MAX_SENTENCE = 600

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|hundreds|thousands|"
    "millions|billions"
)
_NUMBER = re.compile(
    r"(?<![\w.,\-])(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})++(?:\.\d+)?|\d++(?:\.\d+)?)"
    r"(?P<scale>\s(?:million|billion|trillion|thousand))?(?P<pct>\s?(?:%|percent|per cent))?"
    r"(?![\w\-]|[.,]\d)"
)
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_DATE = re.compile(
    rf"(?<!\w)(?:"
    rf"(?:(?:early|mid|late|early\s+to\s+mid)-?\s?)?(?:{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|(?:on\s+|last\s+|next\s+)?(?:{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:in|since|by|until|before|after|from|between)\s+(?:1[89]|20)\d\d(?:\s+and\s+(?:1[89]|20)\d\d)?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?:last|next|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    rf"|yesterday|tomorrow"
    rf")(?!\w)"
)
_CAPITALISED = re.compile(
    r"(?<![\w’'])[A-Z][\w’'&.\-]*+"
    r"(?:\s(?:(?:of|for|and|de|du|on)\s(?:the\s)?|the\s)?[A-Z][\w’'&\-]*+)*+"
)
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|near|at|from|to|into|across|outside)\s+(?:the\s+(?:town|city|village|region|"
    r"province|state|county|port|capital)\s+of\s+)?)$"
)
_PLACES = COUNTRIES | CITIES | REGIONS
_SENTENCE_END = '.!?"”’)'
_ORG_FIRST = {"University", "Center", "Centre", "Institute", "Ministry", "Department", "Bank"}


@dataclass(frozen=True, slots=True)
class Detail:
    """One checkable detail inside a sentence."""

    kind: DetailKind
    start: int
    end: int
    text: str
    number_kind: NumberKind | None = None
    value: float | None = None
    place_kind: str | None = None


@dataclass(slots=True)
class FactDraft:
    """A sentence of the article with the details it carries."""

    text: str
    block: int
    section: int
    details: list[Detail] = field(default_factory=list)
    when: str | None = None
    # Inside a quote several sentences long: the speaker's words, never a fact or a
    # question, only a store of wrong choices of the article's own kind.
    quoted: bool = False

    def of(self, kind: DetailKind) -> list[Detail]:
        """Details of one kind."""
        return [d for d in self.details if d.kind == kind]


def _number_value(match: re.Match[str]) -> float:
    value = float(match.group("num").replace(",", ""))
    scale = (match.group("scale") or "").strip()
    return value * {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}.get(scale, 1)


def _numbers(sentence: str) -> list[Detail]:
    found: list[Detail] = []
    for match in _NUMBER.finditer(sentence):
        raw = match.group("num")
        following = sentence[match.end() : match.end() + 12]
        if following.startswith(("-year-old", "st ", "nd ", "rd ", "th ", " a.m.", " p.m.", ":")):
            continue
        if match.group("cur"):
            kind: NumberKind = "money"
        elif match.group("pct"):
            kind = "percent"
        elif len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100:
            kind = "year"
        else:
            kind = "count"
        text = match.group().strip()
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        found.append(Detail("number", start, start + len(text), text, kind, _number_value(match)))
    return found


def _dates(sentence: str) -> list[Detail]:
    found = []
    for match in _DATE.finditer(sentence):
        text = match.group()
        if text in ("May", "March") and not re.search(
            r"\d", sentence[match.end() : match.end() + 6]
        ):
            continue  # "may" the verb, "March" the walk: only with a day or year
        found.append(Detail("date", match.start(), match.end(), text))
    return found


def _names(sentence: str, people: People) -> list[Detail]:
    """Places and organisations: known names, and capitalised runs ending in Council etc."""
    found: list[Detail] = []
    person_forms = people.forms
    for match in _CAPITALISED.finditer(sentence):
        text = match.group().rstrip(".")
        for suffix in ("’s", "'s"):
            text = text.removesuffix(suffix)
        words = text.split()
        while words and words[-1] in {"of", "for", "and", "the", "de", "du", "on"}:
            words.pop()
        while words and words[0] in {"The", "A", "An", "In", "At", "On", "For", "By"}:
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        start = match.start() + match.group().find(words[0])
        end = start + len(name)
        if name in person_forms or any(w in person_forms for w in words[-1:]):
            continue
        if _titled_person(words):
            continue  # "Mr Underwood’s home", "Dr Mahathir": a person, never a place
        if name in _PLACES:
            found.append(Detail("place", start, end, name, place_kind=place_kind(name)))
        elif name in ORG_NAMES or words[-1] in ORG_KEYWORDS or words[0] in _ORG_FIRST:
            if len(words) > 1 or name in ORG_NAMES:
                found.append(Detail("org", start, end, name))
        elif len(words) <= 3 and _PLACE_CUE.search(sentence, max(0, start - 40), start):
            if not any(w in MONTHS or w in WEEKDAYS for w in words) and not _an_adjective(
                sentence, end
            ):
                found.append(Detail("place", start, end, name, place_kind="place"))
        else:
            # Known places inside a longer run: "Pyongyang and Moscow", "North Korea’s Aid".
            i = 0
            while i < len(words):
                for size in (3, 2, 1):
                    part = " ".join(words[i : i + size])
                    if i + size <= len(words) and part in _PLACES:
                        offset = sentence.find(part, start)
                        found.append(
                            Detail(
                                "place",
                                offset,
                                offset + len(part),
                                part,
                                place_kind=place_kind(part),
                            )
                        )
                        i += size
                        break
                else:
                    i += 1
    return found


# Courtesy titles that only ever open a person's name ("Sir", "Lord", "Lady" and "Dame" also
# open places named after one: "Sir Seretse Khama Airport", "Lord Howe Island").
_PERSON_TITLES = HONORIFICS - {"Sir", "Dame", "Lord", "Lady"} | {"Tun", "Tan"}


def _titled_person(words: Sequence[str]) -> bool:
    """A name opened by a courtesy title and not ending in an organisation's word."""
    return words[0].rstrip(".") in _PERSON_TITLES and words[-1] not in ORG_KEYWORDS


# "in Jamaican currency", "from Korean officials", "in German history", "to Polish-language
# schools": a people's adjective, or a compound opened by one, before a noun.
_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish)$")
_LOWERCASE_NEXT = re.compile(r" [a-z]")
_LAST_WORD = re.compile(r"[\w’'-]+$")


def _an_adjective(sentence: str, end: int) -> bool:
    """Whether the name ending at `end` is a people's adjective ("Jamaican", "German",
    "Polish-language") before a noun, not a place."""
    if not _LOWERCASE_NEXT.match(sentence, end):
        return False
    word = _LAST_WORD.search(sentence, 0, end)
    head = word.group().split("-")[0] if word else ""
    return bool(_DEMONYM.search(sentence, 0, end)) or head in DEMONYMS


def _own_quoted_share(sentence: str) -> float:
    """The share of the sentence inside the quotes it opens and closes itself."""
    quoted = sum(b - a for s in quote_spans(sentence) for a, b in s.parts)
    return quoted / max(1, len(sentence))


def _quoted_share(parts: Sequence[tuple[int, int]], start: int, end: int) -> float:
    """The share of text[start:end] inside the paragraph's quotes (`parts`): a sentence in
    the middle of a quote several sentences long is the speaker's, not the article's."""
    quoted = sum(max(0, min(b, end) - max(a, start)) for a, b in parts)
    return quoted / max(1, end - start)


# "... on June 20, 2022. — Online/File", "... World Cup title. | X @ccricket713",
# "... the Nyumba Kumi initiative/FILE": a caption closed by its photo's credit.
_PHOTO_CREDIT_END = re.compile(
    r"(?:/\s?(?:FILE|File|PHOTO|Photo)|[.!?”\"]\s(?:\||[—–]|--?)\s?"
    r"(?:[^|—–\s]+ ){0,3}(?:[\w.-]+/[\w.-]+|@\w+|File|Photo|Getty Images|Reuters/\w+))\s*$"
)


def ends_with_a_photo_credit(paragraph: str) -> bool:
    """Whether the paragraph ends with a photo's credit after a bar, a dash or a slash."""
    return _PHOTO_CREDIT_END.search(paragraph) is not None


_WORD = re.compile(r"\w+")
SAME_SENTENCE = 0.85  # the share of words a teaser above the story shares with its lead


def _nearly_the_same(earlier: str, later: str) -> bool:
    """Whether a later sentence repeats an earlier one with a word or two changed (a teaser
    above the story, then its lead: "Doug Ford said", "Ontario Premier Doug Ford said"):
    the story's own copy, the later one, is the fact."""
    mine, theirs = _WORD.findall(earlier.casefold()), _WORD.findall(later.casefold())
    shorter, longer = sorted((mine, theirs), key=len)
    if len(shorter) < 8:
        return False
    pool = set(longer)
    return sum(w in pool for w in shorter) >= SAME_SENTENCE * len(longer)


def find_facts(blocks: Sequence[Block], people: People) -> list[FactDraft]:
    """Sentences with numbers, dates, places or organisations, best first then in order;
    then those inside a quote several sentences long or a transcript's turn, marked
    `quoted`."""
    drafts: list[FactDraft] = []
    speech: list[FactDraft] = []
    seen: set[str] = set()
    turns = transcript_turns([block.text for block in blocks])  # "WIN: ...": speech
    for index, block in enumerate(blocks):
        if ends_with_a_photo_credit(block.text):
            continue  # a photo's caption: what the picture shows, not the story
        text = block.text[dateline_end(block.text) :]  # never a fact about the dateline
        parts = [part for span in quote_spans(text) for part in span.parts]
        for a, b in sentence_spans(text):
            sentence = text[a:b]
            if sentence in seen or sentence[:1] in "(" or sentence[:1].islower():
                continue  # a lead repeated under the headline; a piece of a dateline
            seen.add(sentence)
            if len(sentence) > MAX_SENTENCE or len(sentence.split()) < 5:
                continue
            if sentence[-1] not in _SENTENCE_END:
                continue  # a fragment ("Regular threats against South Korea") or a lead-in
            if _own_quoted_share(sentence) > 0.4:
                continue
            quoted = index in turns or _quoted_share(parts, a, b) > 0.4
            details = _numbers(sentence) + _dates(sentence) + _names(sentence, people)
            details = _drop_overlaps(details)
            kinds = {d.kind for d in details}
            names = {d.text for d in details if d.kind in ("place", "org")}
            if not kinds & {"number", "date"} and len(names) < 2:
                continue
            dates = [d for d in details if d.kind == "date"]
            draft = FactDraft(sentence, block.number, block.section, details, quoted=quoted)
            draft.when = dates[0].text if dates else None
            kept = speech if quoted else drafts
            kept[:] = [d for d in kept if not _nearly_the_same(d.text, sentence)]
            kept.append(draft)
        if len(drafts) >= MAX_FACTS * 4:
            break

    def score(d: FactDraft) -> int:
        kinds = {x.kind for x in d.details}
        return 2 * ("number" in kinds) + 2 * ("date" in kinds) + len(kinds)

    ranked = sorted(range(len(drafts)), key=lambda i: (-score(drafts[i]), i))[:MAX_FACTS]
    return [drafts[i] for i in sorted(ranked)] + speech[:MAX_FACTS]


def _drop_overlaps(details: list[Detail]) -> list[Detail]:
    """Keep dates over the numbers inside them; otherwise the first found."""
    order = {"date": 0, "number": 1, "org": 2, "place": 3, "person": 4}
    kept: list[Detail] = []
    for d in sorted(details, key=lambda d: (order[d.kind], d.start)):
        if all(d.end <= k.start or d.start >= k.end for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: d.start)
