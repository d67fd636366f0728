"""Candidate quiz questions from the quotes and facts of a draft, each left for review.

- "Who said ...?" for each attributed quote, the other figures as wrong choices;
- fill in the number of a fact, or the place of the lede, wrong choices of the same kind
  taken from the article where it has them, else near values (numbers) or known places;
- true or false on a fact from the story's first paragraphs, the article's own statement,
  without the ages and house addresses that would load it.

Fewer, better: at most one number, one place and one statement; no question on a fragment
of a few words, a dateline, an age, an emergency line ("a 999 call") or a sentence that needs
its neighbour or its speaker.
"""

from __future__ import annotations

import math
import random
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.authoring.breakdown_parts import a_part_of_a_given_total
from bot.authoring.facts import Detail, FactDraft
from bot.authoring.lexicon import words
from bot.authoring.other_language import EnglishStory
from bot.authoring.page_labels import without_date_lead
from bot.authoring.quiz_caption_shapes import a_photo_position, a_present_line
from bot.authoring.quiz_choices import one_name_each
from bot.authoring.quiz_conversion import without_converted_sum
from bot.authoring.quiz_dateline import without_filing_head
from bot.authoring.quiz_demonyms import named_by_its_people
from bot.authoring.quiz_furniture import (
    a_calibre,
    a_caption_or_note,
    a_frequency,
    a_home_address,
    a_house_number,
    a_numbered_name,
    a_page_slip,
    a_photo_in_present_tense,
    about_the_reporting,
    an_attribution_line,
    bound_to_an_hour,
    cut_off,
    only_supposes,
    points_back,
    reads_a_mind,
    signposts_the_page,
    speaker_unnamed,
    speaks_to_the_reader,
    states_nothing,
    without_update_stamp,
)
from bot.authoring.quiz_guards import (
    a_bound_of_a_range,
    a_clock_hour,
    a_distance_to_a_place,
    a_label_number,
    age_in_a_list,
    beyond_memory,
    cut_at_a_joining_word,
    half_of_a_region,
    head_of_a_particle_name,
    names_its_speaker,
    not_a_place_name,
    not_a_speaker,
    one_name_two_ways,
    part_of_a_name_after,
)
from bot.authoring.quiz_incomplete import (
    cites_another_author,
    lacks_its_subject,
    only_a_relative_clause,
    that_points_back,
)
from bot.authoring.quiz_introduced import introduced_just_before
from bot.authoring.quiz_people import a_label_of_another, cut_at_a_stop, names_an_office_holder
from bot.authoring.quiz_pronoun import after_another_subject
from bot.authoring.quotes import PRONOUN_HOW
from bot.authoring.run_in_lines import carries_page_lines
from bot.authoring.text import sentence_spans, truncate
from bot.authoring.writer_sign import signed_by_the_writer

__all__ = ["DraftFact", "DraftFigure", "DraftQuestion", "DraftQuote", "make_questions"]

MAX_WHO = 5
# One number blank: the article's second askable figure is mostly a side one. Over every
# judgment of groups A-Q, an article's first number blank was 269 good, 121 weak, 3 bad, its
# second 63 good, 79 weak, 2 bad (weaker than the first in 15 of the 17 groups); "a minor
# number", "a side figure" were the judges' words.
MAX_NUMBER = 1
MAX_PLACE = 1
# A place blank comes from the lede, where the place is where the story happens; later ones
# are side places, and over 830 judged articles two in three such blanks were weak.
MAX_PLACE_PARAGRAPH = 1
# One statement, true: a statement made false by a changed number was a trick on a figure
# more often than a fact to weigh (groups A-Q: 16 good, 17 weak, 2 bad; true ones 474/158/4).
MAX_TRUE_FALSE = 1
MAX_TF_WORDS = 35  # a longer statement is a reading test, not a question
MAX_FILL_WORDS = 50  # a blank in a longer sentence is a search through it
# A statement comes from the story's first paragraphs, where news puts what matters; later
# ones hold background, side incidents and what the page printed under the story.
MAX_TF_PARAGRAPH = 6
# "quite poor", "a brave brave man", "just couldn't believe it": nothing to recognise a
# speaker by. Over every judgment of groups A-K, who-said questions on quotes of four words
# were 8 good, 11 weak, 3 bad; of five words 10/7/2, of six or seven 27/13/4.
MIN_QUOTE_WORDS = 5
MAX_WHO_PER_SPEAKER = 2
# "very good", "very happy": nothing to recognise a speaker by.
_BLAND = frozenset(
    {"yes", "no", "very", "good", "happy", "great", "fine", "ok", "okay", "sure", "really"}
    | {"quite", "bad", "not", "so", "too"}
)
# A dateline ("SAULT STE. MARIE, Mich. (AP) —", "KUCHING:") is where the story was filed,
# not something the story says: no question asks about it.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+[ ,]{0,2}){1,5}(?:[A-Z][a-z]+\.?,? ?)?(?:\([A-Za-z ]{1,20}\) ?)?"
    r"(?:[—–-]{1,2}|:) ?"
)
# "the 300 block of Chicago Street", "3200 Rockin M. Drive": an address, not a fact to learn.
_STREET = (
    r"(?:Drive|Dr\.|Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.?|Way|Court|Ct\.|"
    r"Place|Highway|Hwy\.?|Terrace|Crescent|Close|Parkway|Pike|Trail|Circle|Square)"
)
_ADDRESS = re.compile(rf" (?:block\b|(?:[A-Z][\w.’'-]* ){{1,4}}{_STREET}\b)")
# ", in the 300 block of Chicago Street": a statement says what happened without it.
_BLOCK_ADDRESS = re.compile(rf",? in the \d+ block of (?:[A-Z][\w.’'-]* ){{1,4}}{_STREET}(?!\w)")
ADDRESS_WINDOW = 60  # characters after a number where a street name may end
_CLOCK = re.compile(r"\d:\d\d|[ap]\.m\.")
MAX_CHOICE = 80  # a Discord button label
BLANK = "_____"


@dataclass(frozen=True, slots=True)
class DraftFigure:
    """A figure as the questions need it."""

    id: str
    name: str
    role: str
    known_role: bool


@dataclass(frozen=True, slots=True)
class DraftQuote:
    """A quote with the id of its figure (None when the speaker is unknown)."""

    id: str
    text: str
    figure: str | None
    block: int
    how: str = "the sentence"  # where the speaker was found
    names_a_thing: bool = False  # quoted as a name: the port's “one catch big catch” raids


@dataclass(frozen=True, slots=True)
class DraftFact:
    """A fact with its id and the details found in it."""

    id: str
    draft: FactDraft


@dataclass(frozen=True, slots=True)
class DraftQuestion:
    """A question as plain data for the model, and a comment for the reviewer."""

    data: dict[str, Any]
    comment: str


def _rng(seed: str) -> random.Random:
    return random.Random(zlib.crc32(seed.encode()))


def _shuffled(answer: str, wrong: Sequence[str], seed: str) -> list[str]:
    choices = [answer, *wrong]
    _rng(seed).shuffle(choices)
    return choices


def _distinct(answer: str, candidates: Sequence[str], limit: int = 3) -> list[str]:
    seen = {answer.casefold()}
    out: list[str] = []
    for c in candidates:
        if c.casefold() not in seen and 0 < len(c) <= MAX_CHOICE:
            seen.add(c.casefold())
            out.append(c)
        if len(out) == limit:
            break
    return out


# 'the relationship "is good as it has ever been"': the quote ends a sentence the writer
# began, and alone it does not say what it is about.
_TAIL_OF_A_SENTENCE = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|should|could|can|must)\b"
)


# The verbs that open a writer's report of speech ("said this was ..."), never a quote's
# own first word ("indicated left while turning right" is the speaker's).
_REPORTING_VERBS = words("said says told tells added adds stated states")


def _a_person(figure: DraftFigure) -> bool:
    """Whether a figure is surely a person to ask about: a one-word name the article gives
    no role ("Apple", "Limerick", "Intlungu") is as likely a company, a place or a group."""
    if not_a_speaker(figure.name):
        return False  # "Kuala Lumpur", "Chris Carr Credit"
    return figure.known_role or len(figure.name.split()) > 1


# "``It shows ...''": typewriter quotation marks a page kept around a quote.
_STRAY_MARKS = "`'\" "


# A closing single mark: one no letter follows ("don’t" and "Ngati’s" are apostrophes).
_CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")


def _clean_quote(text: str) -> str:
    """The quote without the stray marks some pages keep at its ends: typewriter marks
    ("``It shows ...''"), or an opening single mark that nothing closes ("‘During ...")."""
    if text[:2] in ("``", "''"):
        return text.strip(_STRAY_MARKS)
    if text[:1] == "‘" and text[1:2].isupper() and not _CLOSING_SINGLE.search(text):
        return text[1:]
    return text


MAX_PROMPT_QUOTE = 300
# The share of the room whole sentences must fill to stand for a long quote: below it
# ("No. …" for a 400-character quote) the student reads too little to know the speaker.
_MIN_WHOLE_SHARE = 0.4


def _quote_in_prompt(text: str, limit: int = MAX_PROMPT_QUOTE) -> str:
    """The quote as a who-said prompt shows it: whole if it fits; else its whole sentences
    up to the limit, verbatim, then " …" for the rest left out; a quote whose first
    sentences fill too little of the room is cut at a word boundary, as before."""
    if len(text) <= limit:
        return text
    room = limit - 2  # the space and the ellipsis
    ends = [b for _, b in sentence_spans(text) if b <= room]
    if ends and ends[-1] >= limit * _MIN_WHOLE_SHARE:
        return text[: ends[-1]] + " …"
    return truncate(text, limit)


def _people(figures: Sequence[DraftFigure], texts: Sequence[str]) -> list[DraftFigure]:
    """The figures a who-said question may name, as answer or choice: not a place before an
    office ("New Jersey Gov. ..."), nor a roleless description of another figure, nor a
    name cut at a stop ("Alain St" of "St.Ange")."""
    names = [f.name for f in figures]
    page = ["\n".join(texts)]  # one search per name, not one per paragraph
    return [
        f
        for f in figures
        if _a_person(f)
        and not names_an_office_holder(f.name, page)
        and not cut_at_a_stop(f.name, page)
        and (f.known_role or not a_label_of_another(f.name, names, page))
    ]


def _paragraph_of(quote: DraftQuote, texts: Sequence[str]) -> str:
    """The paragraph that holds the quote: the one of its number when `texts` are the
    article's paragraphs, else the first that holds its opening words."""
    start = quote.text[:40]
    if 0 < quote.block <= len(texts) and start in texts[quote.block - 1]:
        return texts[quote.block - 1]
    return next((t for t in texts if start in t), "")


def _who_said(
    quotes: Sequence[DraftQuote], figures: Sequence[DraftFigure], texts: Sequence[str]
) -> list[DraftQuestion]:
    figures = _people(figures, texts)
    by_id = {f.id: f for f in figures}
    speakers = [f.id for f in figures if any(q.figure == f.id for q in quotes)]
    out: list[DraftQuestion] = []
    asked: dict[str, int] = {}
    story = EnglishStory(texts)
    for quote in quotes:
        figure = by_id.get(quote.figure or "")
        if figure is None or asked.get(figure.id, 0) >= MAX_WHO_PER_SPEAKER:
            continue
        # "... is quoted as saying:", then the quote: the speaker the paragraph before names
        introduced = introduced_just_before(quote.text, quote.how, quote.block, texts)
        if quote.how not in ("the sentence", PRONOUN_HOW) and not introduced:
            continue  # a speaker taken from a neighbour: too unsure to quiz on
        if quote.how == PRONOUN_HOW and after_another_subject(
            _paragraph_of(quote, texts), quote.text, figure.name
        ):
            continue  # "Senior lawyers say ... “...,” he said.": whose "he" is a guess
        said = [w.strip(".,!?;:…").casefold() for w in quote.text.split()]
        tail = _TAIL_OF_A_SENTENCE.match(quote.text) is not None
        bland = all(w in _BLAND for w in said) or tail or quote.names_a_thing
        bland = bland or names_its_speaker(quote.text, figure.name)
        bland = bland or cut_at_a_joining_word(quote.text)
        bland = bland or cites_another_author(quote.text)  # “‘...’ – Gibran.”: whose words?
        bland = bland or story.quotes_another_language(quote.text)  # words a student may not read
        bland = bland or (bool(said) and said[0] in _REPORTING_VERBS)  # "said this was ...":
        # the writer's report of what was said, cut into a quote, not the speaker's words
        if figure is None or len(said) < MIN_QUOTE_WORDS or bland or len(out) >= MAX_WHO:
            continue
        others = [by_id[s].name for s in speakers if s != figure.id]
        others += [f.name for f in figures if f.id != figure.id and f.id not in speakers]
        # A choice the quote itself names ("Thank you, Mayor Kawale") is ruled out by its
        # words: it stays only when too few others remain.
        # A namesake ("Joseph Santos" for "Joe Santos") may be the same man: never a choice.
        others = [o for o in others if not one_name_two_ways(figure.name, o)]
        others = one_name_each(others)  # "Michael Harrison", "Michael S. Harrison": once
        unnamed = [o for o in others if not names_its_speaker(quote.text, o)]
        wrong = _distinct(figure.name, unnamed)
        if len(wrong) < 2:
            wrong = _distinct(figure.name, others)
        if len(wrong) < 2:
            continue  # one person quoted, or two: the answer is a guess or a give-away
        asked[figure.id] = asked.get(figure.id, 0) + 1
        who = f"{figure.name}, {figure.role}," if figure.known_role else figure.name
        data: dict[str, Any] = {
            "id": f"who-said-{quote.id}",
            "kind": "choice" if wrong else "short",
            "prompt": f"Who said “{_quote_in_prompt(_clean_quote(quote.text))}”?",
            "answer": figure.name,
        }
        if wrong:
            data["choices"] = _shuffled(figure.name, wrong, quote.id)
        else:
            data["accept"] = [figure.name.split()[-1]] if " " in figure.name else []
        data |= {
            "explanation": f"{who} said it (paragraph {quote.block} of the article).",
            "refs": [quote.id],
            "difficulty": "easy" if len(wrong) <= 1 else "medium",
            "review": True,
        }
        sure = "high" if quote.how == "the sentence" and len(wrong) >= 2 else "medium"
        out.append(
            DraftQuestion(
                data,
                f"from paragraph {quote.block}: confidence {sure} (speaker from {quote.how},"
                f" {len(wrong)} other people as choices): check the speaker",
            )
        )
    return out


# Right before a quote: a determiner or a possessive ("the", "its", "the port's"); right
# after it: a lowercase word that is not a verb of speech. Quoted words between the two are
# a name the text uses ("the “one time big time” term"), nobody's statement.
_BEFORE_A_NAME = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|these|those)|\w['’]s)\s$",
    re.IGNORECASE,
)
_AFTER_A_NAME = re.compile(
    r"\s(?!(?:said|says|told|tells|added|adds|he|she|they|it|and|or|but|that|which|who|to|"
    r"in|on|at|for|of|as|by|from|with|is|was|were|are|because|when|if)\b)[a-z]"
)
# "the morning show namely, “Maakye with the host”", "a report titled “Left Behind”": a word
# that gives a thing its name, whatever follows the quoted words.
_NAMING_WORD = re.compile(
    r"\b(?:namely|titled|entitled|dubbed|nicknamed|christened|known as|billed as),?\s$",
    re.IGNORECASE,
)
_OPENING_MARKS = "“\"‘'"
_CLOSING_MARKS = "”\"’'"


def names_a_thing(paragraph: str, quote: str) -> bool:
    """Whether every place the paragraph quotes `quote` uses it as the name of a thing: after
    a determiner and before a word that is no verb of speech, or after a word that names
    ("titled", "dubbed", "namely")."""
    seen = False
    start = paragraph.find(quote)
    while start > 0:
        end = start + len(quote)
        before, after = paragraph[: start - 1], paragraph[end:]
        opened = paragraph[start - 1] in _OPENING_MARKS
        closed = after[:1] in _CLOSING_MARKS
        named = _NAMING_WORD.search(before[-40:]) is not None
        closed = closed or (named and after[:1] in ",." and after[1:2] in _CLOSING_MARKS)
        if not (opened and closed):
            return False
        if not named and not _BEFORE_A_NAME.search(before[-40:]):
            return False
        if not named and not _AFTER_A_NAME.match(after[1:12]):
            return False
        seen = True
        start = paragraph.find(quote, end)
    return seen


_SCALES = frozenset({"million", "billion", "trillion"})
SCALED_DECIMAL_BELOW = 10  # "$1.5 billion", but "$15 billion"


def _format_number(value: float, like: Detail) -> str:
    """A number written the way the article wrote `like` ("$14.5 million", "3,000")."""
    text = like.text
    prefix = text[0] if text[:1] in "$€£¥" else ""
    body = text[len(prefix) :].strip()
    suffix = ""
    for word in (" million", " billion", " trillion", " thousand", " percent", " per cent", "%"):
        if word in body:
            suffix = body[body.index(word) :]
            body = body[: body.index(word)]
            break
    scale = (like.value or 1) / max(float(body.replace(",", "") or 1), 1e-9)
    shown = value / scale if scale else value
    decimals = len(body.split(".")[1]) if "." in body else 0
    if decimals == 0 and suffix.strip() in _SCALES and shown < SCALED_DECIMAL_BELOW:
        decimals = 1  # half of "$1 billion" is "$0.5 billion", never "$0 billion"
    if decimals == 0 or shown == int(shown):
        rounded = round(shown)
        number = f"{rounded:,}" if "," in body or rounded >= 10_000 else str(rounded)
    else:
        number = f"{shown:.{decimals}f}".rstrip("0").rstrip(".")
    return f"{prefix}{number}{suffix}"


def _near_values(detail: Detail) -> list[float]:
    value = detail.value or 0.0
    if detail.number_kind == "year":
        return [value + d for d in (-2, 3, -1, 5)]
    if detail.number_kind == "percent":
        options = [value + 5, value - 5, value + 10, value - 10, value * 1.5]
        return [v for v in options if 0 < v <= 100]
    return [value * f for f in (0.75, 1.5, 0.5, 2, 1.25)]


def _number_distractors(detail: Detail, pool: Sequence[Detail]) -> list[str]:
    """Wrong numbers near the answer, the article's own first."""
    value = detail.value or 0.0
    same = [
        d
        for d in pool
        if d.number_kind == detail.number_kind
        and d.value
        and d.value != value
        and d.text
        and d.text not in _PHONE_LINES
        and (value <= 0 or 0.25 <= d.value / value <= 4)  # near it: not 76 for 300,000
        and not _same_figure(d, detail)  # "11 percent" is no wrong choice for "11.58 percent"
    ]
    same.sort(key=lambda d: abs(math.log((d.value or 1) / value)) if value > 0 else 0)
    return _distinct(detail.text, list(_number_values(detail, same)))


def _number_values(detail: Detail, same: Sequence[Detail]) -> dict[str, float]:
    """Wrong numbers as written, with their values: the article's own first, then near ones."""
    values = {d.text: d.value or 0.0 for d in same}
    for v in _near_values(detail):
        if v > 0:
            values.setdefault(_format_number(v, detail), v)
    return values


def _blank(sentence: str, detail: Detail) -> str | None:
    """The sentence with the detail blanked out, unless it appears twice."""
    if sentence.count(detail.text) != 1:
        return None
    return sentence[: detail.start] + BLANK + sentence[detail.end :]


def _place_distractors(detail: Detail, fact: FactDraft, places: Sequence[Detail]) -> list[str]:
    """Other places the article names, of the same kind (a city for a city): never a place
    picked from a list, which a student dismisses at a glance."""
    in_sentence = {d.text.casefold() for d in fact.details}
    same = [p.text for p in places if p.place_kind == detail.place_kind and _sure_place(p)]
    return _distinct(detail.text, [p for p in same if p.casefold() not in in_sentence])


_PRONOUN_START = frozenset(
    ["he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its"]
)


# The writer's own voice outside quotes ("While I couldn't find a copy ..."): an aside of
# a blog or a column, not news a student should be tested on; so is a speaker's, unquoted in
# a transcript ("We’d have a good power play ...": "we would", "I will", "we have").
_FIRST_PERSON = re.compile(
    r"(?<![\w’'])(?:I|my|me|[Ww]e|[Oo]ur|us|(?:I|[Ww]e)[’'](?:m|re|ve|d|ll))(?![\w’'])"
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _stands_alone(sentence: str) -> bool:
    """A statement a student can judge without the sentence before ("She moved in ...",
    "He’s lived there ..."), in the reporter's third person (no "I couldn't find", no "We
    provided"), that states rather than asks ("What if they stop ...?"), whole (no quote
    opened and never closed), one sentence (not two run together: "cent.In the ..."), not
    one whose news is "this", said before ("The chamber made this known at ..."), nor one said
    by a "he" the sentence never names."""
    first = sentence.split(maxsplit=1)[0].casefold() if sentence.strip() else ""
    first = re.sub(r"[’'](?:s|re|ve|d|ll)$", "", first)
    return (
        first not in _PRONOUN_START
        and not _PRONOUN_AFTER_LEAD.match(sentence)
        and not _GLUED_SENTENCES.search(sentence)
        and not _LOST_STOP.search(sentence)
        and not a_page_slip(sentence)
        and not carries_page_lines(sentence)
        and not _FIRST_PERSON.search(_QUOTED.sub("", sentence))
        and not _NEWS_POINTED_BACK.search(sentence)
        and not speaker_unnamed(sentence)
        and not sentence.rstrip(" ”’\"')").endswith("?")
        and _quotes_closed(sentence)
    )


# "Two Fridays ago, he wanted ...": a short lead-in, then a subject named only before.
_PRONOUN_AFTER_LEAD = re.compile(r"^[^,]{1,40}, (?:he|she|his|her)\b")
# "The chamber made this known at a news conference ...", "Namadi stated this in an
# interview ...": the news itself is "this", said in the sentence before; what is left is
# where and when (over every judgment, four weak and one bad; "who revealed this ... said
# that ..." goes on to say it).
_NEWS_POINTED_BACK = re.compile(
    r"(?<!\bwho )\b(?:stated|said|revealed|disclosed|announced|confirmed|made) (?:this|these)"
    r"(?: known| public)? (?:in|at|on|during|while|when|to|through|via|after|before)\b"
)
# "... 28.5 per cent.In the lead up ...": two sentences the page ran together, read as one.
_GLUED_SENTENCES = re.compile(r"[a-z]{2}[.!?][\"”’]?[A-Z][a-z]")
# "... along with another deputy They were trying ...": a stop lost between two sentences; a
# pronoun takes a capital only to open one. So does a word that opens a sentence and never a
# name or a title (a title's next word is capitalised too): "... on Russian tourists At the
# press conference ...", "... more energy One of the topics ...": a crosshead or a caption the
# page ran into the paragraph.
_LOST_STOP = re.compile(
    r"\b[a-z]{2,} (?:They|He|She|We|It|There|This|These|At|In|On|One|But|When|After|However|"
    r"Meanwhile|During|While|Since|Although|Earlier|Later|Today|Yesterday|Last|According|"
    r"Speaking|Despite|If|As|For|With|From) [a-z\d]"
    # the same after a capitalised word that is not the sentence's first: "... after Saturday
    # EF-1 Tornado It landed ...", "... Attack in Berlin We are ..." (a run-in headline; not
    # "He" or "She", which can be a surname: "Vice Premier He said")
    r"|(?<=[\w,;)”’] )[A-Z][\w-]+ (?:It|They|We|There|These|This) [a-z]"
)


def _quotes_closed(sentence: str) -> bool:
    """Whether every quotation mark the sentence opens is closed in it."""
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0


def _askable(fact: FactDraft, detail: Detail) -> bool:
    """Not the dateline, an age ("Natasha Robinson, 47,"), a clock time, or a place whose
    name takes "the" ("the United States": another place after "the" reads "the Chad")."""
    if detail.kind == "place" and fact.text[: detail.start].endswith(("the ", "The ")):
        return False
    dateline = (
        _DATELINE.match(fact.text)
        or _PLACE_DATELINE.match(fact.text)
        or _DATED_DATELINE.match(fact.text)
    )
    if dateline and detail.start < dateline.end():
        return False
    if _CLOCK.search(detail.text) or _part_of_a_number_or_time(fact.text, detail):
        return False
    if detail.kind == "place" and (
        _tail_of_a_name(fact.text, detail) or head_of_a_particle_name(fact.text, detail.end)
    ):
        return False
    before = fact.text[max(0, detail.start - 2) : detail.start]
    after = fact.text[detail.end : detail.end + ADDRESS_WINDOW]
    age = (
        (before == ", " and after.startswith(","))
        or _AGE_AFTER.match(after) is not None
        or any(m.start() <= detail.start < m.end() for m in _AGED.finditer(fact.text))
    )
    if _ABBREVIATION_AFTER.match(after):
        return False  # "in _____ (J-K)": the short form beside the blank gives it away
    if detail.kind == "number" and (
        _not_a_quantity(fact.text, detail)
        or _a_phone_line(fact.text, detail)
        or _a_set_length(detail.text, after)
        or beyond_memory(detail.text)
    ):
        return False
    if detail.kind == "place" and (
        _in_a_list(fact.text, detail)
        or half_of_a_region(fact.text, detail.start)
        or a_home_address(fact.text, detail.start)
        or a_numbered_name(fact.text, detail.end)
        or named_by_its_people(fact.text, detail.start, detail.end)
    ):
        return False
    if detail.kind == "number" and (
        a_label_number(fact.text, detail.start, detail.end)
        or a_part_of_a_given_total(fact.text, detail.start, detail.end)
        or a_bound_of_a_range(fact.text, detail.start, detail.end)
        or a_clock_hour(fact.text, detail.start, detail.end)
        or a_distance_to_a_place(fact.text, detail.end)
        or age_in_a_list(fact.text, detail.start, detail.end)
        or a_house_number(fact.text, detail.end)
        or a_frequency(fact.text, detail.start)
        or a_calibre(fact.text, detail.end)
        or part_of_a_name_after(fact.text, detail.start, detail.end)
    ):
        return False
    return not age and not _ADDRESS.match(after) and _sure_place(detail)


# "aged 59", "aged 29 and 27", "aged between 33 and 35": the ages of the people named.
_AGED = re.compile(r"\baged (?:between |from )?\d{1,3}(?:(?:,| and| to| or|-|–) ?\d{1,3})*", re.I)
# "Jammu and Kashmir (J-K)": the place's short form in brackets right after it.
_ABBREVIATION_AFTER = re.compile(r"^\s?\([A-Z][\w&.-]{0,9}\)")
# "32-year-old", "32 year-old", "32 years old", "32-yr-old": an age.
_AGE_AFTER = re.compile(r"[ -](?:years?|yrs?)[ -]old\b", re.I)
# "a 999 call", "911 calls": the number of an emergency line, which every student knows.
_PHONE_LINES = frozenset({"911", "999", "112", "000", "111", "101"})
_CALL_AFTER = re.compile(r" (?:calls?|line|emergency|number|operators?|dispatch)\b", re.I)


# "24 hours", "90 minutes" (a match), "12 months": a length every student knows, which the
# blank would test instead of the story.
_SET_LENGTHS = frozenset(
    {("24", "hours"), ("60", "minutes"), ("90", "minutes"), ("7", "days"), ("12", "months")}
    | {("52", "weeks"), ("365", "days"), ("60", "seconds")}
)


def _a_set_length(number: str, after: str) -> bool:
    unit = after.split(maxsplit=1)[0].strip(",.;:") if after.strip() else ""
    return (number.strip(), unit.casefold()) in _SET_LENGTHS


def _a_phone_line(text: str, detail: Detail) -> bool:
    """Whether the number is an emergency line ("a 999 call"), not a count."""
    return detail.text in _PHONE_LINES and bool(_CALL_AFTER.match(text, detail.end))


# "200.000 mines": a dot between thousands reads as a decimal point to most students.
_DOTTED_THOUSANDS = re.compile(r"[$€£¥]?\d{1,3}(?:\.\d{3})+")


# "7:30 pm", "6.00 pm", "MK25, 000": a number glued to another, or a time of day; "$10 000",
# "25 000 people": thousands set off by a space, one number in two pieces; "6·5 km": a
# decimal set with a raised dot (round 47).
_NUMBER_GLUED_BEFORE = re.compile(r"\d[:.,/·]\s?$")
_SPACED_THOUSANDS_BEFORE = re.compile(r"\d[ \u00a0\u202f]$")
# ("6 hours" is a duration, a fair question; "1800 hrs" and "6 pm" are times of day.)
_NUMBER_GLUED_AFTER = re.compile(
    r"^(?:[:.,/·]\s?\d|[ \u00a0\u202f]\d{3}(?!\d)"
    r"|\s?(?:[ap]\.?m\b|hrs\b|GMT\b|midnight\b|noon\b|o[’']clock\b))",
    re.I,
)


def _part_of_a_number_or_time(text: str, detail: Detail) -> bool:
    """Whether the number is a piece of a bigger one or a clock time: blanking "000" of
    "MK25, 000" or "30" of "7:30 pm" asks nothing."""
    if detail.kind != "number":
        return False
    before = text[max(0, detail.start - 3) : detail.start]
    spaced = len(detail.text) == 3 and _SPACED_THOUSANDS_BEFORE.search(before)
    return bool(
        _NUMBER_GLUED_BEFORE.search(before)
        or spaced
        or _NUMBER_GLUED_AFTER.match(text[detail.end :])
    )


# "New South Wales": a capitalised word right before a place name makes it part of a longer one.
_CAPITAL_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w’'-]*) $")


def _tail_of_a_name(text: str, detail: Detail) -> bool:
    """Whether the place is the end of a longer capitalised name ("New South _____")."""
    word = _CAPITAL_WORD_BEFORE.search(text, max(0, detail.start - 30), detail.start)
    if word is None:
        return False
    opener = not text[: word.start(1)].strip() or text[: word.start(1)].rstrip().endswith(
        (".", "!", "?", ":", '"', "“")
    )
    return not (opener and word.group(1) in _PLACE_OPENERS)


# Sentence openers that may stand right before a place ("In Kenya", "Across Europe").
_PLACE_OPENERS = words("In At Across Near From To Outside Inside Throughout Around Within")


# "News 4 Tucson", "Route 66", "(SN: 23...)": a digit that is part of a name or a reference.
_NAME_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w’'.-]*)\)?\s$")
_CONVERTED_AFTER = re.compile(r"^[^()]{0,25}\(\s?[\d.,]+")  # "300 miles (482 kilometers)"


def _not_a_quantity(text: str, detail: Detail) -> bool:
    """A number to leave alone: part of a proper name or a label ("Ward 5 Councillor"),
    inside brackets, converted in brackets right after, thousands written with dots
    ("200.000", read as 200), or a bare year (a date recalled, not understood)."""
    before = text[max(0, detail.start - 30) : detail.start]
    word = _NAME_WORD_BEFORE.search(before)
    opener = word is not None and not text[: detail.start - len(word.group(1)) - 1].strip()
    if (
        word
        and not opener
        and word.group(1).casefold() not in _LEAD_WORDS
        and (detail.number_kind != "money")
    ):
        return True
    label = opener and word and word.group(1).casefold() not in _LEAD_WORDS
    if label and _CAPITAL_AFTER.match(text, detail.end):
        return True  # "Ward 5 Councillor Leanne Caron": a label opening the sentence
    if text.count("(", 0, detail.start) > text.count(")", 0, detail.start):
        return True
    if _DOTTED_THOUSANDS.fullmatch(detail.text):
        return True
    return bool(_CONVERTED_AFTER.match(text[detail.end :])) or detail.number_kind == "year"


_CAPITAL_AFTER = re.compile(r" [A-Z]")
# Capitalised words that may stand before a number without naming it ("About 28 people").
_LEAD_WORDS = words("about around almost nearly some only just over under more less in by the a")


def _in_a_list(text: str, detail: Detail) -> bool:
    """ "Ministers from Canada, Malaysia, Singapore and Peru": a list is recalled, not
    understood, and the other items give the answer away."""
    after = text[detail.end : detail.end + 40]
    middle = text.endswith(", ", 0, detail.start) and bool(_NEXT_ITEM.match(after))
    last = _LAST_ITEM.search(text, max(0, detail.start - 60), detail.start)
    return bool(middle or last or _FIRST_ITEM.match(after))


_LAST_ITEM = re.compile(r",[^,]{1,40},? (?:and|or) $")  # "Canada, Malaysia, Singapore and Peru"
_ITEM = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
_NEXT_ITEM = re.compile(rf"^(?:,| and| or) {_ITEM}")
_FIRST_ITEM = re.compile(rf"^, {_ITEM}(?:,| and| or) {_ITEM}")  # "Canada, Malaysia and Peru"


# Words that end or fill the name of a state, not a place of its own ("Democratic Republic").
_STATE_WORDS = words("Democratic Republic Kingdom United Federal People’s State States Union")


def _sure_place(detail: Detail) -> bool:
    """A place the article surely names: a known place, or a name after "in" or "near" that
    is not a piece of a longer state name."""
    if detail.kind != "place" or detail.place_kind != "place":
        return True
    if any(c.isdigit() for c in detail.text) or not_a_place_name(detail.text):
        return False  # "from MK30,000 to MK50,000": a price; "North Wales A&E": a department
    return not any(w in _STATE_WORDS for w in detail.text.split())


def _number_pool(facts: Sequence[DraftFact]) -> list[Detail]:
    """The article's numbers that may stand as wrong choices: not the ages of people named
    ("Jon Berg, 30; Ola Lind, 22"), which offered for a count of lorries read as nonsense."""
    return [
        d
        for f in facts
        for d in f.draft.of("number")
        if d.number_kind and not age_in_a_list(f.draft.text, d.start, d.end)
    ]


def _place_pool(facts: Sequence[DraftFact]) -> list[Detail]:
    """The article's places that may stand as wrong choices: not a word of a numbered name
    ("Terminal" of "Terminal 1"), which offered for a city reads as nonsense."""
    return [
        d for f in facts for d in f.draft.of("place") if not a_numbered_name(f.draft.text, d.end)
    ]


def _fill_in(
    facts: Sequence[DraftFact], kind: str, limit: int, used: set[str]
) -> list[DraftQuestion]:
    numbers = _number_pool(facts)
    places = _place_pool(facts)
    out: list[DraftQuestion] = []
    asked: list[Detail] = []
    for fact in facts:
        if len(out) >= limit or fact.id in used or fact.draft.quoted:
            continue
        if not _stands_alone(fact.draft.text) or len(fact.draft.text.split()) > MAX_FILL_WORDS:
            continue
        if _page_furniture(fact.draft.text) or about_the_reporting(fact.draft.text):
            continue
        if points_back(fact.draft.text):
            continue  # "Of the lot, _____ pleaded ...": the blank needs the sentence before
        if kind == "place" and fact.draft.block > MAX_PLACE_PARAGRAPH:
            continue
        details = fact.draft.of("number") if kind == "number" else fact.draft.of("place")
        for detail in details:
            if (kind == "number" and detail.number_kind is None) or not _askable(
                fact.draft, detail
            ):
                continue
            if any(_same_figure(detail, other) for other in asked):
                continue  # "over 11 percent", then "a 11.58 percent hike": one figure twice
            prompt = _blank(fact.draft.text, detail)
            if prompt is None or len(detail.text) > MAX_CHOICE:
                continue
            prompt = without_converted_sum(_without_dateline(prompt), BLANK)
            if kind == "number":
                wrong = _number_distractors(detail, [n for n in numbers if n is not detail])
                wrong = [w for w in wrong if w not in prompt]
            else:
                wrong = _place_distractors(detail, fact.draft, places)
            if len(wrong) < 2:
                continue
            out.append(
                DraftQuestion(
                    {
                        "id": f"{kind}-{fact.id}",
                        "kind": "choice",
                        "prompt": f"Fill in the blank: {prompt}",
                        "answer": detail.text,
                        "choices": _shuffled(detail.text, wrong, fact.id),
                        "explanation": (
                            f"The article gives {detail.text} (paragraph {fact.draft.block})."
                        ),
                        "refs": [fact.id],
                        "difficulty": "medium",
                        "review": True,
                    },
                    f"from paragraph {fact.draft.block}: confidence "
                    f"{'medium' if kind == 'place' or len(wrong) >= 3 else 'low'}"
                    ": check the answer and the wrong choices",
                )
            )
            used.add(fact.id)
            asked.append(detail)
            break
    return out


def _same_figure(detail: Detail, other: Detail) -> bool:
    """Whether two numbers of one kind are one figure: equal, or the rounder one ("over 11
    percent", "nearly 250") the other ("11.58 percent", "245") rounded or cut to its last
    significant digit, when that leaves two or more ("400" is no short form of "416.7")."""
    if detail.number_kind != other.number_kind or not detail.value or not other.value:
        return False
    if detail.value == other.value:
        return True
    rough, exact = sorted((detail.value, other.value), key=_last_digit, reverse=True)
    step = _last_digit(rough)
    if rough / step < 10:
        return False
    return rough in (math.floor(exact / step) * step, math.floor(exact / step + 0.5) * step)


def _last_digit(value: float) -> float:
    """The place of a number's last significant digit: 10 for 250, 1 for 11, 0.01 for 7.22."""
    step = 1.0
    while value % (step * 10) == 0:
        step *= 10
    while round(value / step, 9) != round(value / step):
        step /= 10
    return step


# "Natasha Robinson, 47, has", "Lerata Rabolila (27)", "a 39-year-old Florida man",
# ", aged 59,": an age a statement carries, which a student should not have to weigh.
_AGE_AFTER_NAME = re.compile(r"(?<=[A-Za-z’'])(?:, (?:aged )?\d{1,3},| \(\d{1,3}\))(?= [a-z])")
_AGE_WITH_ARTICLE = re.compile(r"\b([Aa])n? \d{1,3}[ -](?:years?|yrs?)[ -]old (?=(\w))")
# (only after a comma or at the start: "of 26-year-old woman" would lose its grammar)
_AGE_BEFORE_NOUN = re.compile(r"(?:^|(?<=, ))\d{1,3}[ -](?:years?|yrs?)[ -]old (?=[a-z])")


def _without_dateline(sentence: str) -> str:
    """The statement without the place it was filed from ("SOUTH Africa: Police said ..."),
    and the date after it; then without a wire's filing head ("Accra, June 12, GNA – "), an
    agency's "AFP adds:" or the dash a dropped place left."""
    return without_filing_head(_without_place_dateline(sentence), keep=BLANK)


def _without_place_dateline(sentence: str) -> str:
    """The statement without the place it was filed from and the date after it; a
    hyphenated lead-in in capitals ("ATTORNEY-AT-LAW DIONNE Meyler") is no dateline."""
    dateline = (
        _DATELINE.match(sentence)
        or _BRACKETED_DATELINE.match(sentence)
        or _WIRE_DATELINE.match(sentence)
        or _PLACE_DATELINE.match(sentence)
    )
    if dateline is None:
        return without_date_lead(sentence)  # "MONDAY 3 MARCH 2025: ..." (a blank is no date)
    head, rest = sentence[: dateline.end()].rstrip(), sentence[dateline.end() :]
    filed = head.endswith((":", "--", "—", "–")) or _SPACED_DASH.search(head) is not None
    if not (filed and rest[:1].isupper() and BLANK not in head):
        return sentence
    dated = without_date_lead(rest)  # "APIA – MONDAY 3 MARCH 2025: ...": the date too
    return dated if BLANK not in rest[: len(rest) - len(dated)] else rest


_SPACED_DASH = re.compile(r"\s[—–-]{1,2}$")
# "BUENOS AIRES, 15 Feb. The Government ...", "LIMA, March 3 - ...": the place in capitals,
# then the day it was filed.
# Round 44: the month in capitals and the wire's initials in brackets after the date too
# ("ONAWA, 07 MAR (NAMPA) – ...").
_DATED_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, (?:\d{1,2} (?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?|"
    r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? \d{1,2})(?:,? \d{4})?(?: \([A-Z]{2,10}\))?[.:]? ?"
    r"(?:[—–-]{1,2} )?(?=[A-Z])"
)
# "Pretoria - ANC councillors ...": a place in one to three capitalised words, then a spaced
# hyphen or dash, then the sentence.
_PLACE_DATELINE = re.compile(r"^[A-Z][\w’'.]*(?: [A-Z][\w’'.]*){0,2} [—–-]{1,2} (?=[A-Z])")
# "SUVA, Fiji Islands (August 2, 1999)---": a place and the date in brackets, then dashes.
_BRACKETED_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:[ ,]{1,2}[A-Z][\w.'’-]*){0,4} \([^()]{1,40}\) ?(?:-{2,3}|[—–]) ?"
)


# "New Delhi [India] March 15 (ANI): ": a place and a date in any case, then the wire's
# initials in brackets and a colon or a dash.
_WIRE_DATELINE = re.compile(r"^[A-Z][^.!?\"“”()]{0,60}\([A-Z]{2,8}\) ?(?:[—–]|--?|:) ")


def _without_addresses(sentence: str) -> str:
    """The statement without a house address ("in the 300 block of Chicago Street")."""
    cut = _BLOCK_ADDRESS.sub("", sentence)
    return cut if cut == sentence or cut[-1:] in ".!?" else cut + "."


def _without_ages(sentence: str) -> str:
    """The statement with the ages of the people in it left out."""
    sentence = _AGE_AFTER_NAME.sub("", sentence)
    sentence = _AGE_WITH_ARTICLE.sub(
        lambda m: f"{m.group(1)}{'n' if m.group(2).casefold()[0] in 'aeiou' else ''} ", sentence
    )
    return _AGE_BEFORE_NOUN.sub("", sentence)


def _page_furniture(sentence: str) -> bool:
    """A caption, a filing note or a line with no verb ("GAA news from around Ireland this
    week."): what the page prints around the story, neither true nor false."""
    return (
        a_caption_or_note(sentence)
        or a_photo_in_present_tense(sentence)
        or states_nothing(sentence)
        or cut_off(sentence)
        or an_attribution_line(sentence)
        or signed_by_the_writer(sentence)
        or a_present_line(sentence)
        or a_photo_position(sentence)
    )


def _not_news(sentence: str) -> bool:
    """A statement to leave out: a caption or a filing note, the outlet's own reporting, the
    writer's reading of a mind or words to the reader (outside quotes), a statement that
    leans on the one before (or on a "that" it never states), lacks its subject or its main
    verb, only supposes or is bound to one hour of the day."""
    unquoted = _QUOTED.sub("", sentence)
    return (
        _page_furniture(sentence)
        or about_the_reporting(sentence)
        or reads_a_mind(unquoted)
        or speaks_to_the_reader(unquoted)
        or points_back(sentence)
        or that_points_back(unquoted)
        or lacks_its_subject(sentence)
        or only_a_relative_clause(sentence)
        or only_supposes(sentence)
        or bound_to_an_hour(without_update_stamp(sentence))
    )


def _true_false(facts: Sequence[DraftFact], limit: int, used: set[str]) -> list[DraftQuestion]:
    fresh = [f for f in facts if f.id not in used and not f.draft.quoted]  # one per fact
    out: list[DraftQuestion] = []
    for fact in fresh:
        if len(out) >= limit:
            break
        if fact.draft.block > MAX_TF_PARAGRAPH or not _stands_alone(fact.draft.text):
            continue
        if len(fact.draft.text.split()) > MAX_TF_WORDS or _not_news(fact.draft.text):
            continue
        if any(age_in_a_list(fact.draft.text, d.start, d.end) for d in fact.draft.of("number")):
            continue  # "O’Connor, 30; Sterling, 22": the ages of the dead, nothing to weigh
        statement = _without_dateline(_without_addresses(_without_ages(fact.draft.text)))
        out.append(
            DraftQuestion(
                {
                    "id": f"tf-{fact.id}",
                    "kind": "truefalse",
                    "prompt": "True or false: " + without_update_stamp(statement),
                    "answer": True,
                    "explanation": f"The article says so (paragraph {fact.draft.block}).",
                    "refs": [fact.id],
                    "difficulty": "easy",
                    "review": True,
                },
                f"from paragraph {fact.draft.block}: confidence medium: the article's own"
                " statement",
            )
        )
    return out


def make_questions(
    figures: Sequence[DraftFigure],
    quotes: Sequence[DraftQuote],
    facts: Sequence[DraftFact],
    texts: Sequence[str] = (),
) -> list[DraftQuestion]:
    """Candidate questions, every one marked `review: true`; `texts` are the article's
    paragraphs (by default the facts' sentences), read to tell a person's name."""
    used: set[str] = set()
    decks = {f.draft.block for f in facts if signposts_the_page(f.draft.text)}
    facts = [f for f in facts if f.draft.block not in decks]  # a roundup's line of headlines
    questions = _who_said(quotes, figures, texts or [f.draft.text for f in facts])
    # The article's next askable figure is a side one: its sentence is left out of the quiz
    # too, neither a blank nor the statement to weigh.
    questions += _fill_in(facts, "number", MAX_NUMBER + 1, used)[:MAX_NUMBER]
    questions += _fill_in(facts, "place", MAX_PLACE, used)
    questions += _true_false(facts, MAX_TRUE_FALSE, used)
    return questions
