"""Features for a learned speaker ranker (issue 14, round 56: an experiment, not shipped).

For a quote the drafter leaves without a speaker and each person the draft found,
`candidate_features` measures what a reader weighs: how near the person's last mention
before the quote is (and the first after), whether they are the subject of a speech verb
nearby, whether they spoke the quote before or after, how often the article names them,
whether a he/she beside the quote fits their honorific, whether someone else is named in
between, whether they are only ever owned ("X's") or a body. The quote-level numbers at the
end are the same for every candidate of a quote (they help a model refuse). A logistic
regression over them is fitted and scored by `benchmarks/speaker_ranker_train.py`; it did
not reach a shippable precision (docs/drafting-rounds.md, fifty-sixth round), so nothing in
bot/ reads these; a retry starts here."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.authoring.article import Block
from bot.authoring.people import Mention, People, Person
from bot.authoring.quotes import FoundQuote
from bot.authoring.roles import speech_verb_pattern
from bot.authoring.speaker_names import is_unit

__all__ = ["FEATURES", "ArticleView", "candidate_features"]

_FAR = 6  # paragraphs: a mention further away than this counts as "far"
_SPEECH = speech_verb_pattern()
_HE = re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)
_MALE = ("Mr", "Sir", "Lord")
_FEMALE = ("Mrs", "Ms", "Miss", "Dame", "Lady")

FEATURES = (
    "before_same_paragraph",
    "before_paragraphs",
    "before_far",
    "after_same_paragraph",
    "after_paragraphs",
    "after_far",
    "subject_speech_here",
    "subject_speech_previous",
    "spoke_previous_quote",
    "spoke_next_quote",
    "quotes_credited",
    "mentions_log",
    "first_named",
    "nearest_before",
    "nearest_after",
    "pronoun_fits",
    "pronoun_clashes",
    "other_named_between",
    "only_possessive",
    "body",
    "only_candidate",
    "candidates_log",
    "quote_words_log",
    "quote_is_paragraph",
    "speech_verb_beside",
    "quote_sentence_like",
    "quote_opens_paragraph",
)


def _gender(person: Person, texts: Sequence[str]) -> str | None:
    surname = re.escape(person.surname)
    joined = "\n".join(texts)
    if re.search(rf"\b(?:{'|'.join(_MALE)})\.?\s+{surname}\b", joined):
        return "m"
    if re.search(rf"\b(?:{'|'.join(_FEMALE)})\.?\s+{surname}\b", joined):
        return "f"
    return None


def _mentions_by_block(blocks: Sequence[Block], people: People) -> list[list[Mention]]:
    return [people.mentions(b.text) for b in blocks]


@dataclass(slots=True)
class ArticleView:
    """What the features read once per article: mentions per paragraph, genders."""

    blocks: Sequence[Block]
    people: People
    mentions: list[list[Mention]]
    index_of: dict[int, int]  # block number -> position in `blocks`
    genders: dict[str, str | None]
    counts: dict[str, int]

    @classmethod
    def of(cls, blocks: Sequence[Block], people: People) -> ArticleView:
        mentions = _mentions_by_block(blocks, people)
        texts = [b.text for b in blocks]
        counts: dict[str, int] = {}
        for ms in mentions:
            for m in ms:
                if m.key is not None:
                    counts[m.key] = counts.get(m.key, 0) + 1
        return cls(
            blocks,
            people,
            mentions,
            {b.number: i for i, b in enumerate(blocks)},
            {p.key: _gender(p, texts) for p in people.persons},
            counts,
        )


def _quote_span(text: str, quote: str) -> tuple[int, int]:
    at = text.find(quote[:40])
    if at < 0:
        return 0, 0
    return at, at + len(quote)


def candidate_features(
    view: ArticleView, quotes: Sequence[FoundQuote], index: int, person: Person
) -> list[float]:
    """The numbers of FEATURES for `person` as the speaker of `quotes[index]` (FoundQuote)."""
    quote = quotes[index]
    block_no: int = quote.block
    text_q: str = quote.text
    i = view.index_of.get(block_no, 0)
    here = view.blocks[i].text
    q_lo, q_hi = _quote_span(here, text_q)
    key = person.key
    before_same = after_same = 0.0
    before_dist: int | None = None
    after_dist: int | None = None
    other_between = 0.0
    # before: this paragraph up to the quote's end, then earlier paragraphs
    for j in range(i, -1, -1):
        ms = view.mentions[j]
        hit = [m for m in ms if m.key == key and (j < i or m.start < q_hi)]
        if hit:
            before_dist = i - j
            if j == i:
                before_same = 1.0
            last = hit[-1].start
            others = [
                m
                for m in ms
                if m.key not in (None, key) and m.start > last and (j < i or m.start < q_lo)
            ]
            if others:
                other_between = 1.0
            break
        if any(m.key not in (None, key) for m in ms if j < i or m.start < q_lo):
            other_between = 1.0
    for j in range(i, len(view.blocks)):
        ms = view.mentions[j]
        if any(m.key == key and (j > i or m.start >= q_hi) for m in ms):
            after_dist = j - i
            after_same = 1.0 if j == i else 0.0
            break

    def speech_subject(j: int) -> float:
        if j < 0:
            return 0.0
        text = view.blocks[j].text
        for m in view.mentions[j]:
            if m.key == key and m.subject and _SPEECH.search(text, m.end, m.end + 80):
                return 1.0
            if m.key == key and _SPEECH.search(text[max(0, m.start - 25) : m.start]):
                return 1.0  # "said Ann Lee"
        return 0.0

    prev_speaker = next(
        (q.speaker for q in reversed(quotes[:index]) if q.speaker),
        None,
    )
    next_speaker = next(
        (q.speaker for q in quotes[index + 1 :] if q.speaker),
        None,
    )
    credited = sum(1 for q in quotes if q.speaker == key)
    sentence = here[max(0, q_lo - 200) : q_hi + 200]
    outside = sentence.replace(text_q, " ")
    gender = view.genders.get(key)
    he, she = bool(_HE.search(outside)), bool(_SHE.search(outside))
    fits = (gender == "m" and he and not she) or (gender == "f" and she and not he)
    clashes = (gender == "m" and she and not he) or (gender == "f" and he and not she)
    spots = [(j, m) for j, ms in enumerate(view.mentions) for m in ms if m.key == key]
    possessive = bool(spots) and all(
        view.blocks[j].text.startswith(("’s", "'s"), m.end) for j, m in spots
    )
    distances = {p.key: _nearest(view, p.key, i, q_hi) for p in view.people.persons if p.key != key}
    mine = _nearest(view, key, i, q_hi)
    nearest_before = float(
        mine is not None and all(d is None or mine <= d for d in distances.values())
    )
    mine_after = after_dist
    nearest_after = float(
        mine_after is not None
        and all(
            (d := _nearest_after(view, k, i, q_hi)) is None or mine_after <= d for k in distances
        )
    )
    n = len(view.people.persons)
    words = text_q.split()
    rest = (here[:q_lo] + " " + here[q_hi:]).strip()
    return [
        before_same,
        float(min(before_dist, _FAR)) if before_dist is not None else float(_FAR),
        float(before_dist is None or before_dist >= _FAR),
        after_same,
        float(min(after_dist, _FAR)) if after_dist is not None else float(_FAR),
        float(after_dist is None or after_dist >= _FAR),
        speech_subject(i),
        speech_subject(i - 1),
        float(prev_speaker == key),
        float(next_speaker == key),
        math.log1p(credited),
        math.log1p(view.counts.get(key, 0)),
        float(view.people.persons[0].key == key) if view.people.persons else 0.0,
        nearest_before,
        nearest_after,
        float(fits),
        float(clashes),
        other_between,
        float(possessive),
        float(is_unit(person.name)),
        float(n == 1),
        math.log1p(n),
        math.log1p(len(words)),
        float(len(rest) < 0.2 * max(1, len(here))),
        float(_SPEECH.search(rest) is not None),
        float(len(words) >= 5 and text_q[:1].isupper()),
        float(q_lo <= 2),
    ]


def _nearest(view: ArticleView, key: str, i: int, q_hi: int) -> int | None:
    """Paragraphs back to `key`'s last mention before the quote's end (0: this one)."""
    for j in range(i, -1, -1):
        if any(m.key == key and (j < i or m.start < q_hi) for m in view.mentions[j]):
            return i - j
    return None


def _nearest_after(view: ArticleView, key: str, i: int, q_hi: int) -> int | None:
    for j in range(i, len(view.blocks)):
        if any(m.key == key and (j > i or m.start >= q_hi) for m in view.mentions[j]):
            return j - i
    return None
