"""Find quoted words and who said them.

Quotation marks may be straight or curly, double or (British style) single, and may not
balance: an opening mark without a close runs to the end of the paragraph, a closing mark
without an opening quotes the sentence it ends. The speaker comes from the sentence ("X
said", "said X", "X warned that", "according to X", "she added"), else from an earlier
sentence of the paragraph that has a speaker and a speech verb, else from the quote before,
else (for a paragraph that opens with a quote) from the paragraph before: its running-on
quote's speaker, or the person it reports last ("X confirmed that ..."); a quote run over
several paragraphs takes the speaker named where it closes. A he/she keeps its
person across paragraphs that name nobody (a heading, a bracketed translation); "the
president", "the 45-year-old" or a description opening the next paragraph ("The Liberal
Democrat MSP said:") name the one person who fits, else nobody.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Literal

from bot.authoring.acronym_roles import acronym_holders, is_acronym
from bot.authoring.article import Block
from bot.authoring.bare_participle import bare_participle
from bot.authoring.bare_who_clause import bare_who_clause
from bot.authoring.body_post_name import body_before_holder, post_then_full_name
from bot.authoring.bracket_headings import bracketed_name
from bot.authoring.carried_role import bare_role_noun, carried_holder
from bot.authoring.closing_attribution import closing_attribution
from bot.authoring.colon_lead import colon_lead
from bot.authoring.continuing_lead import continuing_lead
from bot.authoring.credit_line import CREDIT_HOW, credited_speaker
from bot.authoring.cues import (
    AGED,
    CLAUSE_BREAK,
    DASH_SIGNATURE,
    FINAL_ATTRIBUTION,
    SPOKE_TO,
    THE_ROLE_BEFORE,
    denial_covers,
    describes_someone,
    has_role_noun,
    note_ages,
    noun_use,
    object_relative_covers,
    participle,
    rebutted_claim_covers,
    reported_under_byline,
)
from bot.authoring.dash_aside import dash_aside, past_dash_aside
from bot.authoring.dash_quotes import DASH_HOW, dash_turns
from bot.authoring.described_role import described_roles
from bot.authoring.descriptor_word import descriptor_word
from bot.authoring.feeling_lead import tells_a_feeling
from bot.authoring.he_she_through import passes_through
from bot.authoring.heading_answers import unmarked_answer
from bot.authoring.inner_quotes import inner_opening
from bot.authoring.joined_roles import joined_roles
from bot.authoring.lead_speech import reports_words_of
from bot.authoring.lexicon import (
    HONORIFICS,
    MONTHS,
    OBJECT_VERBS,
    ROLE_NOUNS,
    TITLE_WORDS,
    WEEKDAYS,
    words,
)
from bot.authoring.lone_subject_before import lone_subject_before
from bot.authoring.mark_slips import (
    apostrophe_slip,
    closing_slip,
    single_apostrophe_slip,
    verb_glued_slip,
)
from bot.authoring.marked_names import marked_name
from bot.authoring.name_lines import name_line_speaker
from bot.authoring.named_antecedent import (
    named_antecedent,
    names_nobody,
    only_them,
    other_gender,
)
from bot.authoring.namesakes import other_given_name
from bot.authoring.narration_between import (
    NARRATION_HOW,
    NARRATION_LINES,
    narration_line,
    quotes_only,
)
from bot.authoring.narrative_terms import writers_sentence_term
from bot.authoring.open_apposition import past_open_apposition
from bot.authoring.opening_subject import hung_participle_subject, reported_clause_subject
from bot.authoring.owned_statement import OWNED_HOW, statement_owner
from bot.authoring.owner_title import owner_then_title
from bot.authoring.page_embeds import is_embed_or_notice
from bot.authoring.paragraph_subject import LEAD_HOW, lone_subject, names_only_known
from bot.authoring.participle_after import participle_tail
from bot.authoring.passive_agent import said_by
from bot.authoring.people import (
    MEDIUM,
    UNKNOWN_ROLE,
    Mention,
    People,
    Person,
    full_name_starts,
    heading_speaker,
    past_bracket,
)
from bot.authoring.previous_subject import previous_subject
from bot.authoring.put_questions import addressee_span, asks_a_question
from bot.authoring.quoting_frames import quoted_role, quoted_subject, quoting_lead
from bot.authoring.reported_paragraph import reports_last, said_last, sole_speaker
from bot.authoring.reported_terms import (
    evaluative_modifier,
    in_reported_clause,
    marked_again,
    names_by_capitals,
    partial_quote,
    said_clause,
)
from bot.authoring.reported_then_narrated import reports_words
from bot.authoring.role_colon import role_colon
from bot.authoring.role_lead import post_lead
from bot.authoring.role_owner import owned_by_another
from bot.authoring.roles import (
    FUNCTION_WORDS,
    LISTENER_VERBS,
    VERB_AFTER,
    VERB_BEFORE,
    role_before,
    speech_verb_pattern,
    verb_after_asides,
)
from bot.authoring.run_on_paragraph import opens_paragraph
from bot.authoring.shared_surname import shared_surnames_resolved
from bot.authoring.side_colon import side_colon
from bot.authoring.sole_person import sole_person
from bot.authoring.speaker_headings import heading_turns
from bot.authoring.speaker_lines import LINE_HOW, line_turns
from bot.authoring.speech_frame import (
    after_preposition,
    attributive_name,
    closing_apposition,
    colon_signature_span,
    coordinated_subject_span,
    joined_after,
    joint_subject,
    noun_subject_acts_on,
    passive_agent_start,
    passive_agent_tail,
    passive_object_verb,
    plural_verb_after,
    possessive_after,
    quoted_as_saying,
    relative_who,
    reported_speech_after,
    single_aside,
    speaks_through,
    speech_noun_frame,
    who_clause_starts,
)
from bot.authoring.statement_issuer import (
    STATEMENT_HOW,
    Statement,
    carried_statement,
    statement_speaker,
)
from bot.authoring.straight_quotes import straight_single_spans
from bot.authoring.stray_marks import stray_opening
from bot.authoring.text import sentence_spans, truncate
from bot.authoring.title_initials import without_title_initials
from bot.authoring.titled_holder import titled_holder
from bot.authoring.topic_lines import topic_line
from bot.authoring.turn_runs import turn_runs
from bot.authoring.unheld_description import described_is_carried, only_nationality_added
from bot.authoring.unknown_subject import led_by_unknown_name
from bot.authoring.unnamed_speakers import last_unnamed_speaker
from bot.authoring.unopened_quote import unopened_start
from bot.authoring.verb_by_position import clause_stop_before, verb_closes_attribution
from bot.authoring.viewpoint_lead import viewpoint_name

__all__ = ["FoundQuote", "QuoteSpan", "find_quotes", "quote_spans"]

MAX_QUOTES = 300
MAX_PER_BLOCK = 60
MAX_QUOTE_CHARS = 1000

_DOUBLE = re.compile(r"[\"“”„«»]")
_OPENERS_AROUND = "([{—–-/:"
_CLOSERS_AFTER = ".,;:!?)]}—–…"
_VERB = speech_verb_pattern()
_ADVERB = re.compile(r"\s*+(?:[a-z]+ly\s+)?")
_ACCORDING = re.compile(r"according\s+to\s+", re.IGNORECASE)
_LEADING = " ,;:—–-"
_TITLE_JOINERS = {"of", "for", "the", "and", "&"}
_NONPERSON = {"they", "we", "it"}
# "And that details ... “were widely disseminated”": a that-clause with no verb of its own
# goes on with the reporting verb of the paragraph before.
_CONTINUES = re.compile(r"\s*(?:And|But|Or),? that\b")
_PASSIVE_AUXILIARIES = {"was", "were", "is", "are", "been", "being"}
_PREPOSITIONS = {"by", "of", "in", "on", "at", "for", "with", "from", "over", "about", "to"}
_CONJUNCTIONS = {"and", "but", "or", "while", "as", "after", "before", "when", "if", "then"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where a quote sits in a paragraph.

    `parts` are the quoted ranges (two for a quote split by "she said"); `open_at` and
    `close_at` the marks around it (None when missing); `gap` the attribution between parts.
    """

    parts: tuple[tuple[int, int], ...]
    open_at: int | None
    close_at: int | None
    gap: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset after the last quoted character."""
        return self.parts[-1][1]

    @property
    def balanced(self) -> bool:
        """Both marks are there."""
        return self.open_at is not None and self.close_at is not None


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote with its paragraph and speaker (a person key, or None when not found)."""

    text: str
    block: int
    section: int
    speaker: str | None
    how: str
    balanced: bool


def _role(text: str, i: int, mark: str) -> Literal["open", "close", "either"]:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev_space = prev.isspace() or prev in _OPENERS_AROUND
    next_space = nxt.isspace() or nxt in _CLOSERS_AFTER
    if prev_space and not next_space:
        return "open"
    if next_space and not prev_space:
        return "close"
    if prev_space and next_space:
        return "either"  # `daddy,' “ said Palmer`: a stray mark, open or close by context
    if mark in "“„«":
        return "open"
    if mark in "”»":
        return "close"
    return "either"


def _sentence_start(starts: list[int], pos: int) -> int:
    idx = bisect.bisect_right(starts, pos) - 1
    return starts[idx] if idx >= 0 else 0


def _double_spans(
    text: str, starts: list[int], continued: bool = False
) -> list[tuple[int | None, int | None, int, int]]:
    """(open mark, close mark, content start, content end) for each double-quoted stretch;
    `continued`: the paragraph before left a quote open, so a first closing mark with no
    opening one ends a quote that runs from the paragraph's start."""
    found: list[tuple[int | None, int | None, int, int]] = []
    open_at: int | None = None
    last_end = 0
    marks = [
        (m.start(), m.group())
        for m in _DOUBLE.finditer(text)
        if not apostrophe_slip(text, m.start())
    ]
    inner: set[int] = set()
    for at, (i, mark) in enumerate(marks):
        if i in inner:
            continue
        role = _role(text, i, mark)
        if open_at is not None and role == "open" and closing_slip(text, i, marks[at + 1 :]):
            role = "close"  # `“... what they mean“referring to it.`: an opening mark closes
        if open_at is not None and role == "open" and verb_glued_slip(text, i, _VERB):
            role = "close"  # `“... congratulate India, ”said skipper Akbar.`
        if open_at is not None and role == "open" and _nested(text, marks[at + 1 : at + 3]):
            inner.add(marks[at + 1][0])  # `"I told them: "Go home"! We ...",`: a quote inside
            continue
        if open_at is not None and role == "open" and stray_opening(text, i, marks[at + 1 :]):
            continue  # `“I think so; “Let him resign,” he said`: one quote, a mark astray
        within = inner_opening(text, i, marks[at + 1 :]) if open_at is not None else None
        if role == "open" and within is not None:
            if within == "runs on":  # `“... heard him saying “go” during it. I was ...`
                inner.add(marks[at + 1][0])
            continue  # `“... caught a “big fish,” she said`: one quote, the inner in it
        if role == "either":
            role = "close" if open_at is not None else "open"
        elif role == "close" and open_at is None and _GLUED_OPENING.match(text, i - 1):
            role = "open"  # `President Obi stated,”Commissioned ...”`: a closing mark opens
        if role == "open":
            if open_at is not None:  # the previous quote never closed: end it here
                found.append((open_at, None, open_at + 1, i))
            open_at = i
        elif open_at is not None:
            found.append((open_at, i, open_at + 1, i))
            open_at = None
            last_end = i + 1
        elif _stray_before_quote(text, i):
            continue  # `said,” “The port ...”`: a stray mark before the real opening one
        else:  # a closing mark with no opening one: quote the sentence it ends
            sentence = _sentence_start(starts, i)
            if continued and not found:
                begin = 0
            elif not found and last_end == 0:  # `We are ready. It starts now,” she said.`
                begin = unopened_start(text, sentence, _VERB)
            else:
                begin = max(sentence, last_end)
            found.append((None, i, begin, i))
            last_end = i + 1
        if len(found) >= MAX_PER_BLOCK:
            return found
    if open_at is not None:
        found.append((open_at, None, open_at + 1, len(text)))
    return found


def _dash_spans(text: str, bullet: bool) -> list[QuoteSpan]:
    """A paragraph with no quotes of its own: its dash-opened turns (`dash_turns`), each
    closed by the comma before its attribution."""
    return [
        QuoteSpan(((start, end),), dash if dash >= 0 else None, end)
        for dash, start, end in dash_turns(text, bullet)
    ]


def _dash_turn_speaker(
    b: _Block,
    spans: list[QuoteSpan],
    i: int,
    salience: _Salience,
    spoken: list[tuple[int, str]],
) -> tuple[str | None, str]:
    """A dash turn's speaker: the one its own attribution after the comma names, else nobody
    (never a neighbour's: the next turn may be another speaker's)."""
    close = spans[i].close_at
    assert close is not None
    nxt = spans[i + 1].open_at if i + 1 < len(spans) else None
    hi = min(b.sentence_of(close)[1], nxt if nxt is not None else len(b.text))
    outcome = _after(b, close + 1, hi)
    key, decided = _resolve(outcome, b, salience, spoken)
    return (key, _how(outcome)) if decided and key is not None else (None, DASH_HOW)


def _opened_by_single(text: str, span: QuoteSpan) -> bool:
    """A quote opened by a left single mark (‘, never an apostrophe) and left open at the
    paragraph's end: the next paragraph's first closing mark, of either kind, may end it."""
    return span.open_at is not None and text[span.open_at] == "‘"


def _nested(text: str, after: Sequence[tuple[int, str]]) -> bool:
    """Whether an opening mark inside an open quote starts a quote within it: the next two
    marks both close (`"... I told them: "Go home"! And we ...", she said`), the first the
    inner quote's, the second the outer one's; in the same marks, the inner quote is part of
    the words."""
    return len(after) == 2 and all(_role(text, i, mark) == "close" for i, mark in after)


_OPENS_AFTER = re.compile(r"\s*[\"“„«]")
# A mark glued between a comma or colon and a capital, with no quote open: it opens one.
_GLUED_OPENING = re.compile(r"[,:][”\"][A-Z]")


def _stray_before_quote(text: str, i: int) -> bool:
    """A closing mark with no opening one right after a comma or colon and right before an
    opening mark (`Obi said,” “The port ...”`): a typing slip, not the end of a quote."""
    return text[:i].rstrip().endswith((",", ":")) and _OPENS_AFTER.match(text, i + 1) is not None


def _single_spans(text: str) -> list[tuple[int | None, int | None, int, int]]:
    """British single quotes: ‘...’ where the closing ’ sits next to punctuation or a space."""
    found: list[tuple[int | None, int | None, int, int]] = []
    i = _next_single_opening(text, 0)
    while i >= 0 and len(found) < MAX_PER_BLOCK:
        close = -1
        fallback = -1
        j = text.find("’", i + 1)
        while j >= 0:
            nxt = text[j + 1] if j + 1 < len(text) else " "
            prev = text[j - 1]
            if not nxt.isalnum():
                if prev in ",.!?;:…" or nxt in _CLOSERS_AFTER or (nxt == " " and prev != "s"):
                    close = j
                    break
                if fallback < 0:
                    fallback = j
            nxt_open = text.find("‘", i + 1)
            if 0 <= nxt_open < j:
                break
            j = text.find("’", j + 1)
        close = close if close >= 0 else fallback
        if close < 0:
            found.append((i, None, i + 1, len(text)))
            break
        found.append((i, close, i + 1, close))
        i = _next_single_opening(text, close + 1)
    return found


def _next_single_opening(text: str, start: int) -> int:
    """Where the next ‘ from `start` opens a quote (-1: none); `Tuchel‘s` is an apostrophe."""
    i = text.find("‘", start)
    while i >= 0 and single_apostrophe_slip(text, i):
        i = text.find("‘", i + 1)
    return i


def _clean(text: str) -> str:
    return text.strip().rstrip(",").strip()


def quote_spans(text: str, continued: bool = False) -> list[QuoteSpan]:
    """The quotes of one paragraph, with split quotes ("A," she said, "b") joined;
    `continued`: the paragraph before left a double-quoted quote open."""
    starts = [s for s, _ in sentence_spans(text)]
    if _DOUBLE.search(text):
        raw = _double_spans(text, starts, continued)
    elif "‘" in text or "'" not in text:
        raw = _single_spans(text)
    else:
        raw = straight_single_spans(text)
    spans: list[QuoteSpan] = []
    for open_at, close_at, start, end in raw:
        content = text[start:end]
        if not any(c.isalpha() for c in content):
            continue
        lead = len(content) - len(content.lstrip())
        trail = len(content) - len(content.rstrip())
        span = QuoteSpan(((start + lead, end - trail),), open_at, close_at)
        previous = spans[-1] if spans else None
        if previous is not None and _joins(text, previous, span):
            assert previous.close_at is not None and open_at is not None
            spans[-1] = QuoteSpan(
                (*previous.parts, *span.parts),
                previous.open_at,
                close_at,
                (previous.close_at + 1, open_at),
            )
        else:
            spans.append(span)
    return spans


def _joins(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """`“The danger,” she said, “is that ...”`: one quote around an attribution."""
    if first.close_at is None or second.open_at is None or first.gap is not None:
        return False
    gap = text[first.close_at + 1 : second.open_at]
    head = text[first.parts[-1][0] : first.parts[-1][1]].rstrip()
    tail = text[second.start : second.end]
    return (
        head.endswith(",")
        and len(gap) <= 80
        and gap.rstrip().endswith(",")
        and not any(c in gap for c in ".!?")
        and _VERB.search(gap) is not None
        and tail[:1].islower()
    )


def _quote_text(text: str, span: QuoteSpan) -> str:
    pieces = [text[a:b] for a, b in span.parts]
    joined = " ".join(_clean(p) for p in pieces[:-1]) + " " + pieces[-1].strip()
    joined = _clean(" ".join(joined.split()))
    if len(joined) > MAX_QUOTE_CHARS:
        joined = truncate(joined, MAX_QUOTE_CHARS)
    return joined


# --- attribution -------------------------------------------------------------------------

# (kind, value, position): a person's key, a he/she, or nobody; a nobody's value is empty or
# the role noun of "“...,” the minister said" that a carried speaker may hold (`_resolve`).
Outcome = tuple[Literal["person", "pronoun", "nonperson"], str, int] | None


@dataclass(slots=True)
class _Block:
    people: People
    number: int
    text: str
    mentions: list[Mention]
    positions: list[int]
    sentences: list[tuple[int, int]]
    starts: list[int]
    # The speaker of the paragraph before when the article gave them no role: "The Liberal
    # Democrat MSP for the north-east said:" opening this paragraph describes them.
    described: str | None = None
    # Ages the article gave people so far ("Jane Doe, 45,"): age -> their keys.
    ages: dict[str, set[str]] = field(default_factory=dict)
    # The paragraph's quoted words: a name inside them is not who a he/she after them means.
    quoted: list[tuple[int, int]] = field(default_factory=list)
    # The whole article's text: a term it puts in marks twice is its own (`reported_terms`).
    article: str = ""
    # Every paragraph's text by number: the ones a he/she may reach back across.
    texts: Mapping[int, str] = field(default_factory=dict)

    def mention_at(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in [lo, hi)."""
        a = bisect.bisect_left(self.positions, lo)
        b = bisect.bisect_left(self.positions, hi)
        return self.mentions[a:b]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        idx = bisect.bisect_right(self.starts, pos) - 1
        if idx < 0:
            return (0, len(self.text))
        return self.sentences[idx]


def _outcome(mention: Mention) -> Outcome:
    if mention.pronoun is not None:
        if mention.pronoun in _NONPERSON:
            return ("nonperson", "", mention.start)
        return ("pronoun", mention.pronoun, mention.start)
    if mention.key is None:
        return None
    return ("person", mention.key, mention.start)


def _joined_title(words: list[str]) -> bool:
    """ "Deputy Superintendent of Police", "Minister for Trade and Industry": capitalised
    words joined by of/for/the/and."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_JOINERS for w in words)
    )


def _titles_only(text: str) -> bool:
    """Only titles between a verb and a name: capitalised words ("Defense Secretary") or a
    lowercase role ("spokesman", "state police spokesperson", "councillor"), a title's
    bracketed initials aside ("Nirbahi Officer (UNO)")."""
    text = without_title_initials(text)
    words = text.split()
    if len(text) <= 100 and _joined_title(words):
        return True  # "Minister for Emergency Management and National Recovery Minister"
    if len(text) > 60:
        return False
    if all(w[:1].isupper() for w in words):
        return True
    stripped = text.strip()
    return role_before(stripped + " X", len(stripped) + 1, 0) == stripped


def _after(b: _Block, lo: int, hi: int) -> Outcome:
    """Attribution written after a quote: `, said X`, `, X said`, `, according to X`."""
    text = b.text
    start = lo
    signed = colon_signature_span(text, lo, hi)
    if signed is not None:  # `“...”: LNP leader Jo Lee.`: a pull quote and its signature
        outcome = _signature(b, signed, hi)
        if outcome is not None and outcome[0] != "nonperson":
            return outcome
    while lo < hi and text[lo] in _LEADING:
        lo += 1
    if lo >= hi:
        return None
    window = text[lo:hi]
    if DASH_SIGNATURE.match(text, start, hi):
        return _signature(b, lo, hi)
    quoted = _quoted_after(b, lo, hi)
    if quoted is not None:
        return quoted
    according = _ACCORDING.match(window)
    if according:
        return _according_to(b, lo + according.end(), hi)
    words_of = _WORDS_OF.match(window)
    if words_of:
        return _words_of(b, lo + words_of.end(), hi)
    if participle_tail(window, _VERB):
        return None  # `“...,” calling Tom Reid a liar`: the one called is no speaker
    adverb = _ADVERB.match(window)
    at = adverb.end() if adverb else 0
    verb = _VERB.match(window, at)
    if verb:
        begin = lo + verb.end()
        after = b.mention_at(begin, min(hi, begin + 60))
        for i, m in enumerate(after):
            holder = post_then_full_name(text, m.end) if _body_before_post(text, m) else None
            if holder is not None and i + 1 < len(after) and after[i + 1].start == holder:
                return _outcome(after[i + 1])  # "said Ferrico, managing director, Ola Brandt."
            if (
                _titles_only(text[begin : m.start])
                or _body_then_post(text, begin, m.start)
                or _MOOD.fullmatch(text, begin, m.start)
                or _mood_then_titles(text, begin, m.start)
                or _role_apposed(text[begin : m.start])
                or descriptor_word(verb.group(), text[begin : m.start])
                or (
                    joined_roles(text[begin : m.start], _titles_only)
                    and not b.mention_at(begin, m.start)
                )
                or (
                    owner_then_title(verb.group(), text[begin : m.start], _titles_only)
                    and not b.mention_at(begin, m.start)
                )
            ):
                if m.key is not None and _names_a_role_of(b, m, after[i + 1 : i + 2], None):
                    continue  # "said Obi lawyer Kemi Adeyemi": the lawyer speaks
                if _REPORTED_AFTER.match(text, m.end):
                    return ("nonperson", "", m.start)  # "said Zhang, its COO, will take"
                if possessive_after(text, m.end):  # "said Obi's spokesman, Bello"
                    return _owned_apposition(b, m, hi)
                if joined_after(text, m.end):
                    return ("nonperson", "", m.start)  # "said Obi and Bello": either
                return _outcome(m)
        return _unnamed_after_verb(b, begin, hi)
    for m in b.mention_at(lo, min(hi, lo + 110)):
        if _mood_then_verb(b, lo, m, hi) or _body_role_then_verb(b, lo, m, hi):
            return _outcome(m)  # `“...,” a jubilant Obi said.`
        if _post_then_verb(b, lo, m, hi):
            return _outcome(m)  # `“...,” local chief of police operations Budi said.`
        if not _titles_only(text[lo : m.start]):
            # `"So we had to clarify" the rules, he said.`: a few words, then ", he said".
            lead = text[lo : m.start]
            if _ROLE_COMMA.fullmatch(lead) and has_role_noun(lead):
                if verb_after_asides(text[m.end : hi].removeprefix(",")):
                    return _outcome(m)  # `“...,” the mayor, Jane Doe, said.`
                break
            if (
                lead.endswith(", ")
                and len(lead.split()) <= 6
                and VERB_AFTER.match(text[m.end : hi])
                and FINAL_ATTRIBUTION.match(text, m.start, hi)
            ):
                return _outcome(m)
            break
        rest = past_dash_aside(closing_apposition(text[lo : m.start], text[m.end : hi]))
        if not verb_after_asides(_without_adverb(past_bracket(rest))):
            rest = _past_open_role(b, m, rest)  # "Ada Obi, Director of the Trust told"
        if verb_after_asides(_without_adverb(past_bracket(rest))):
            if reported_speech_after(text, m.end, hi, _VERB):
                return ("nonperson", "", m.start)  # `“...,” Obi said Bello told her.`
            return _outcome(m)  # "Jane Moss, of Hull, East Yorkshire, said", "Doe also said"
        if (
            m.key is not None
            and clause_stop_before(text, start - 1)
            and verb_closes_attribution(text[m.end : hi])
        ):
            return _outcome(m)  # `“...,” Kanu narrated.`: a verb known by its place
        break
    if _WRITING_READS.match(window):
        return ("nonperson", "", lo)  # "“...” the statement reads": a text's words
    # "“...,” the ministry said": a short subject, no person in it, then a speech verb.
    verb = _VERB.search(window, 0, 60)
    if verb and not b.mention_at(lo, lo + verb.start()):
        subject = window[: verb.start()].split()
        if (
            1 <= len(subject) <= 4
            and subject[0].casefold() not in _CONJUNCTIONS
            and subject[0] not in _PREPOSITIONS  # `“...” by comments made by`: no subject
        ):
            outcome = _role_subject(b, subject, lo)
            if outcome is not None and outcome[0] == "nonperson" and _adding(subject, verb):
                return ("pronoun", "he", lo)  # "the veteran cricketer added": as "he added"
            return outcome
    return None


# "“...”, the words of Springbok head coach Jacques Nienaber right after ...".
_WORDS_OF = re.compile(r"(?:(?:those|these)\s+were\s+)?the\s+words\s+of\s+", re.IGNORECASE)


# "Obi reiterated the words of Prime Minister Bello ... that “...”": the verb's object is
# another's words, so the quote is theirs (the one repeating them only echoes it).
_ECHOED_WORDS = re.compile(r"\s+the\s+words\s+of\s+")


def _echoed(b: _Block, span: QuoteSpan) -> bool:
    """Whether the quote is another's words its sentence's subject repeats ("reiterated the
    words of Bello that “...”"): its speaker is no subject to carry to the next quote."""
    s_start = b.sentence_of(span.start)[0]
    return any(
        _VERB.search(b.text, max(s_start, w.start() - 30), w.start()) is not None
        for w in _ECHOED_WORDS.finditer(b.text, s_start, span.start)
    )


def _words_of(b: _Block, begin: int, hi: int) -> Outcome:
    """`“...”, the words of head coach Jacques Nienaber`: the person named right after "the
    words of" (titles only between) said them; anyone else, or no one, is nobody's."""
    for m in b.mention_at(begin, min(hi, begin + 80)):
        if m.key is not None and _titles_only(b.text[begin : m.start]):
            return _outcome(m)
        break
    return ("nonperson", "", begin)


def _adding(subject: Sequence[str], verb: re.Match[str]) -> bool:
    """ "“...,” the veteran Pakistan cricketer added": a description no one's role fits,
    with "added", goes on with the one who spoke last, as a he/she would."""
    return (
        verb.group().split()[-1] == "added"
        and subject[0].casefold() == "the"
        and any(w.casefold() in ROLE_NOUNS for w in subject[1:])
        and not any(AGED.fullmatch(w) for w in subject)  # an age is read as an age
    )


# "“...” the statement reads.": a short subject in lowercase that a text's words are read
# from; what it holds is no person's words for sure. The verb may come first ("“...,” read
# an order handed out by the mayor’s staff", "reads the statement"): a thing in lowercase,
# not someone's ("read the minister’s letter" is left to the rules after).
_WRITING_READS = re.compile(
    r"(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}reads?\b"
    r"|reads?\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\b(?![’'-])"
)
_QUOTING = re.compile(r"(?:[\w’'.-]+\s+){1,4}?quoted\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")
_AS_HAVING_SAID = re.compile(r"\s+(?:as\s+saying|to\s+have\s+said)\b")


def _quoted_after(b: _Block, lo: int, hi: int) -> Outcome:
    """`“...,” he quoted Buhari to have said.`, `“...,” Obi quoted Bello as saying.`: the
    one quoted is the speaker, not the one quoting (longer frames: `quoting_frames`)."""
    for m in b.mention_at(lo, min(hi, lo + 120)):
        if m.key is None:
            continue
        if (
            _QUOTING.fullmatch(b.text, lo, m.start) or quoting_lead(b.text, lo, m.start)
        ) and _AS_HAVING_SAID.match(b.text, m.end):
            return _outcome(m)
        if quoted_subject(b.text, lo, m.start, m.end):
            return _outcome(m)
    role = quoted_role(b.text, lo, hi)
    if role is not None:
        held = _role_subject(b, *role)
        if held is not None and held[0] == "person":
            return held
    return None


_HIM_HER = re.compile(r"(him|her)\b")
# "said a tearful de la Rosa": an article and an adjective (a state) before the name.
_MOOD = re.compile(r"\s*an?\s+(?:[a-z]+ly\s+)?[a-z-]+\s+")
_OWNED_ROLE = re.compile(r"(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")


def _body_before_post(text: str, m: Mention) -> bool:
    """ "Ferrico" in "said Ferrico, managing director, Ola Brandt.": one word, then a post
    and the full name of the one who holds it."""
    one_word = m.key is not None and " " not in text[m.start : m.end]
    return one_word and post_then_full_name(text, m.end) is not None


def _body_then_post(text: str, begin: int, start: int) -> bool:
    """ "said Ferrico, managing director, Ola Brandt.": a body and its post before the name."""
    body = body_before_holder(text, start)
    return body is not None and not text[begin:body].strip()


def _mood_then_titles(text: str, begin: int, end: int) -> bool:
    """`“...,” said a visibly troubled Commissioner Williams.`: a mood, then titles only."""
    mood = _MOOD.match(text, begin, end)
    return mood is not None and mood.end() < end and _titles_only(text[mood.end() : end])


def _mood_then_verb(b: _Block, lo: int, m: Mention, hi: int) -> bool:
    """`“...,” a jubilant Obi said.`, `“...,” a clearly rattled Cr Ada Obi said after the
    meeting.`: after the quote, an article and one adjective (the speaker's state, as in
    "said a tearful Obi"), titles only, then the name and its speech verb: the name
    is the verb's subject (not when the verb reports another's words)."""
    if m.key is None:
        return False
    mood = _MOOD.match(b.text, lo, m.start)
    if mood is None or not _titles_only(b.text[mood.end() : m.start]):
        return False
    if not VERB_AFTER.match(b.text[m.end : hi]):
        return False
    return not reported_speech_after(b.text, m.end, hi, _VERB)  # "... said Bello told her"


def _body_role_then_verb(b: _Block, lo: int, m: Mention, hi: int) -> bool:
    """`“...,” Bank of England governor Ada Obi said.`: after the quote, a body's name in
    capitals joined by of/for ("Local Government Association of Queensland"), a lowercase
    role of one to three words, the name, then its speech verb: the name is the subject."""
    if m.key is None:
        return False
    words = b.text[lo : m.start].split()
    cut = next((k for k in range(len(words), 0, -1) if words[k - 1][:1].isupper()), 0)
    body, role = words[:cut], words[cut:]
    if not (
        len(b.text[lo : m.start]) <= 100
        and _joined_title(body)
        and any(w in ("of", "for") for w in body)
        and 1 <= len(role) <= 3
        and all(w.islower() for w in role)
        and has_role_noun(" ".join(role))
    ):
        return False
    if not VERB_AFTER.match(b.text[m.end : hi]):
        return False
    return not reported_speech_after(b.text, m.end, hi, _VERB)


def _post_then_verb(b: _Block, lo: int, m: Mention, hi: int) -> bool:
    """`“...,” the state governor’s Chief Press Secretary Ada Obi said.`: after the quote, a
    long post (`role_lead.post_lead`) with nobody else named in it, the name, then its speech
    verb: the name is the verb's subject (not when the verb reports another's words)."""
    if m.key is None or b.mention_at(lo, m.start):
        return False
    if not post_lead(b.text[lo : m.start], _VERB):
        return False
    if not VERB_AFTER.match(b.text[m.end : hi]):
        return False
    return not reported_speech_after(b.text, m.end, hi, _VERB)


def _owned_apposition(b: _Block, owner: Mention, hi: int) -> Outcome:
    """ "said Obi's spokesman, Tunde Bello": the one named in apposition to the role the
    owner has; "said Obi's spokesman." names nobody."""
    for m in b.mention_at(owner.end + 1, hi):
        if _OWNED_ROLE.fullmatch(b.text, owner.end, m.start):
            return _outcome(m)
        break
    return ("nonperson", "", owner.start)


def _according_to(b: _Block, end: int, hi: int) -> Outcome:
    """Who "according to" names: a person after titles only, "him"/"her" (the likely
    he/she), else a thing or an unnamed person."""
    pronoun = _HIM_HER.match(b.text, end, hi)
    if pronoun:
        return ("pronoun", "he" if pronoun.group(1) == "him" else "she", end)
    for m in b.mention_at(end, min(hi, end + 60)):
        if _titles_only(b.text[end : m.start]):
            return _outcome(m)
    return ("nonperson", "", end)


_ROLE_COMMA = re.compile(r"the\s+[\w’'\- ]{1,40},\s+")
_ROLE_THEN_COMMA = re.compile(r"\s*((?:[a-z][\w’'-]*\s+){0,3}([a-z][\w’'-]*)),\s+")


def _role_apposed(between: str) -> bool:
    """`says union president, Jo Lee`: after the verb, a role in lowercase and a comma
    stand before the name they describe."""
    role = _ROLE_THEN_COMMA.fullmatch(between)
    return role is not None and role.group(2) in ROLE_NOUNS


# "Doe further stated", "she later told": adverbs news copy puts before a verb of speech;
# "Doe was quoted as saying", "is reported to have said".
_ADVERB_BEFORE_VERB = re.compile(
    r"\s+(?:was|were|is|has\s+been)\s+(?:quoted|reported|heard)\s+(?:as|to\s+have)(?=\s)|"
    r"\s+(?:(?:had|has|have)\s+)?(?:also|further|later|then|again|once\s+again|however|"
    r"earlier|too|even|still|now)(?=\s)|\s+(?:had|has|have)(?=\s)"
)


def _without_adverb(rest: str) -> str:
    """The words after a name with an adverb before its verb taken out."""
    adverb = _ADVERB_BEFORE_VERB.match(rest)
    return rest[adverb.end() :] if adverb else rest


def _signature(b: _Block, lo: int, hi: int) -> Outcome:
    """The person a dash signature names (after titles only), else an unnamed one."""
    for m in b.mention_at(lo, hi):
        if _titles_only(b.text[lo : m.start]) and not b.text[m.end : hi].strip(" .,"):
            return _outcome(m)
        break
    return ("nonperson", "", lo)


# After "said X" (and an aside in commas), a verb: X is the subject of what was said
# ("the company said Daniel Zhang, currently its COO, will take the reins"), not its speaker.
_REPORTED_AFTER = re.compile(
    r"(?:,[^,\"“”]{1,80},)?\s+(?:will|would|may|might|could|should|can|must|is|was|are|"
    r"were|has|had|have)\b"
)


_WHEN = re.compile(
    r"\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
    r"last\s+(?:week|night|month))\s*,?",
    re.IGNORECASE,
)


def _unnamed_after_verb(b: _Block, begin: int, hi: int) -> Outcome:
    """ "said Thursday a statement of Monusco", "said the spokesman": the speaker is a
    thing or an unnamed person, unless the role names exactly one person."""
    when = _WHEN.match(b.text, begin, hi)
    rest = b.text[when.end() if when else begin : hi].split()[:4]
    if rest and rest[0].casefold() in ("a", "an", "the", "its", "his", "her", "their"):
        return _role_subject(b, rest, begin)
    return None


_OWNED = ("’s", "'s")


def _owner_as_the(b: _Block, words: list[str]) -> list[str]:
    """ "Queensland's premier", "the city's mayor": a place or a body owning the role reads
    as "the premier", "the mayor"; a person owning it ("Obi's spokesman") does not."""
    if words and words[0].casefold() == "the" and len(words) >= 3 and words[1].endswith(_OWNED):
        return ["the", *words[2:]]
    if not words or not words[0].endswith(_OWNED) or not words[0][:1].isupper():
        return words
    owner = words[0][:-2]
    known = owner in b.people.forms or owner.casefold() in ("his", "her", "their", "its")
    return words if known else ["the", *words[1:]]


def _role_subject(b: _Block, subject: list[str], pos: int) -> Outcome:
    """ "the director-general said": the one person with that role, else nobody."""
    words = [w.strip(",.;:!?") for w in subject]
    if words and words[0].casefold() in ("but", "and"):
        words = words[1:]
    words = _owner_as_the(b, words)
    aged = AGED.fullmatch(words[1]) if len(words) >= 2 and words[0].casefold() == "the" else None
    if aged is not None:  # "the 45-year-old said": the one person the article gave that age
        keys = b.ages.get(aged.group(1), set())
        if len(keys) == 1:
            return ("person", next(iter(keys)), pos)
        if not keys and not b.ages and len(words) == 2 and not _AN_AGED.search(b.text, 0, pos):
            return ("pronoun", "he", pos)  # nobody's age given: "the 64-year-old" is a he/she
        if keys or not any(w.casefold() in ROLE_NOUNS for w in words[2:]):
            return ("nonperson", "", pos)
        words = ["the", *words[2:]]  # "the 54-year-old mayor": the one mayor
    if len(words) == 2 and words[0].casefold() == "the" and is_acronym(words[1]):
        spelled = _acronym_subject(b, words[1], pos)  # "said the AG": the Attorney General
        if spelled is not None:
            return spelled
    ends = [i for i, w in enumerate(words) if w.casefold() in ROLE_NOUNS]
    if ends and len(words) >= 2 and words[0].casefold() == "the":
        key = b.people.by_role(words[1 : ends[0] + 1], (b.number, pos))  # "The Mexican minister"
        if key is None:  # "the Governor said" and the page's "Governor Oparanya"
            key = _titled_before(b, words[1 : ends[0] + 1], pos)
        if key is not None and owned_by_another(words, ends[0], b.people.by_key[key].role):
            return ("nonperson", "", pos)  # "the mayor of Nijmegen": not Amsterdam's mayor
        if key is not None:
            return ("person", key, pos)
        if (
            b.described is not None
            and b.sentence_of(pos)[0] == 0
            and words[0] == "The"
            and describes_someone(words[1 : ends[0] + 1])
        ):
            return ("person", b.described, pos)
    # "the minister explained" of two ministers: nobody, unless the one speaking holds it
    return ("nonperson", bare_role_noun(words) or "", pos)


def _titled_before(b: _Block, post: list[str], pos: int) -> str | None:
    """The one person the article titles with the capitalised `post` (`titled_holder`),
    when they were named before `pos`."""
    key = titled_holder(post, b.article, b.people.forms)
    if key is None:
        return None
    person = b.people.by_key.get(key)
    if person is None or (person.first_block, person.first_pos) >= (b.number, pos):
        return None
    return key


def _acronym_subject(b: _Block, acronym: str, pos: int) -> Outcome:
    """ "the CAO said": the one person named before whose title spells the initials;
    None when not exactly one title spells them."""
    named = [p for p in b.people.persons if (p.first_block, p.first_pos) < (b.number, pos)]
    keys = acronym_holders(named, acronym)
    if len(keys) != 1:
        return None  # none or two: read as before ("the PM" of a "prime minister", ranks)
    return ("person", keys[0], pos)


# "a 64-year-old man": someone unnamed of that age, whom "the 64-year-old" may mean.
_AN_AGED = re.compile(r"(?<![\w’'])[Aa]n?\s+\d{1,3}-year-old\b")


def _aged(phrase: str) -> bool:
    """ "the 64-year-old ": an age alone as the description."""
    words = phrase.split()
    return len(words) == 2 and AGED.fullmatch(words[1]) is not None


_AUXILIARIES_AFTER = re.compile(
    r"(?:\s+(?:has|have|had|also|further|later|then|again|earlier|now|still|too))*\s*$"
)


def _subject_before(b: _Block, lo: int, verb_start: int) -> Outcome | Literal["far"]:
    """The speaker of a speech verb: the last name or pronoun before it in [lo, verb)."""
    candidates = b.mention_at(lo, verb_start)
    if not candidates:
        return None
    m = candidates[-1]
    between = b.text[m.end : verb_start]
    s_start = b.sentence_of(verb_start)[0]
    if m.key is not None and plural_verb_after(b.text, m.start, m.end):
        return "far"  # "Councillors on the eastern Costa del Mar have called": theirs
    if m.key is not None and (aside := _aside_subject(b, m, s_start, verb_start)) is not None:
        return aside  # "Obi, Bello's deputy, said": Obi
    if _participle_at(b.text, verb_start) and noun_subject_acts_on(b.text, s_start, m.start):
        return "far"  # "The letter went on to ask Obi to ..., calling it": the letter's
    if between.startswith(("’s", "'s")):
        return "far"
    words = between.split()
    if (
        words
        and words[-1] in _PASSIVE_AUXILIARIES
        and re.search(r"\sby\s", b.text[verb_start : b.sentence_of(verb_start)[1]])
    ):
        return "far"  # "Doe was accused of being “reckless” by the board": the board's
    # "Jo Lee, head of the board, has warned": an apposition closed before the verb's
    # auxiliaries and adverbs sets the name off as the subject as much as one right before it.
    appositive = between.startswith(",") and _AUXILIARIES_AFTER.sub("", between).endswith(",")
    appositive = appositive or _open_role_then_verb(b.text, m.end, verb_start)
    appositive = appositive or dash_aside(b.text, m.end, verb_start)  # "Obi – ... – said"
    fronted = _fronted_role_subject(between)
    if fronted is not None:  # "In a statement by X, the governor said": the role speaks
        return _role_subject(b, fronted, verb_start)
    if not appositive and _NEW_SUBJECT.match(between):
        return "far"  # "In a tribute to Zikel, his family have said:": the family's words
    framed = _frame_subject(b, m, between, verb_start)
    if framed is not None:
        return framed
    if words and _object_after_subject(b, m, verb_start, appositive):
        # "Gordon, while welcoming Justice Harris to the parish, said": not Harris; but
        # "Chouhan attacked Rahul Gandhi and said": one subject, two verbs, Chouhan's.
        return _acting_subject(b, verb_start) or "far"
    if len(words) <= 4 or appositive or MEDIUM.fullmatch(between) or _BODY.fullmatch(between):
        return _outcome(m)
    if _ONE_OF_THEM.fullmatch(between):  # "Nurudin Munyaneza, one of the protesters said"
        return _outcome(m)
    # "Natasha Robinson, 47, has lived there ... and says it is": one subject, two verbs.
    if m.subject and between.endswith(" and ") and not CLAUSE_BREAK.search(between):
        return _outcome(m)
    # "Cr Stevenson attempted to clarify by confirming she was sure ..., but then urged":
    # the verb after "but then" has the sentence's subject, when it names nobody else.
    if _COORDINATED.search(between) and not CLAUSE_BREAK.search(between):
        s_start = b.sentence_of(verb_start)[0]
        before = b.mention_at(s_start, verb_start)
        named = {x.key for x in before if x.key is not None}
        if not named and _one_pronoun_subject(before, s_start):
            return _outcome(before[0])  # "She admitted ..., but said": the she's
        return _clause_subject(b, s_start, verb_start) if len(named) == 1 else "far"
    return "far"


def _open_role_then_verb(text: str, name_end: int, verb_start: int) -> bool:
    """ "Dr Ada Obi, head of health at the Red Cross said, “...”": a role apposition after
    the name whose closing comma was left out runs right up to this speech verb."""
    rest = text[name_end : verb_start + 40]
    skipped = past_open_apposition(rest)
    return skipped is not rest and len(rest) - len(skipped) == verb_start - name_end - 1


def _one_pronoun_subject(mentions: list[Mention], s_start: int) -> bool:
    """Whether the sentence opens with a he/she, its only person before the verb."""
    return (
        len(mentions) == 1
        and mentions[0].start == s_start
        and mentions[0].pronoun is not None
        and mentions[0].pronoun.casefold() in _HE_SHE
    )


def _frame_subject(
    b: _Block, m: Mention, between: str, verb_start: int
) -> Outcome | Literal["far"] | None:
    """Who the grammar of the frame makes the subject of the speech verb, given the name
    `m` nearest before it (see `speech_frame`): that name ("Obi, who said"; "quoted Bello
    as saying"), the sentence's subject before an aside holding it ("Obi, the wife of
    Bello, said"), or nobody sure ("far": "Obi and Bello both said", "the Bello family
    said", "a spokesman for Obi said"); None when these rules do not apply."""
    if m.key is None:
        return None
    text = b.text
    if relative_who(between) or quoted_as_saying(text, m.start, between):
        return _outcome(m)
    s_start = b.sentence_of(verb_start)[0]
    if between.strip() == "," and not m.subject and _participle_at(text, verb_start):
        return _clause_subject(b, s_start, verb_start)  # "Obi criticised Bello, saying"
    others = [  # "Obi and Bello both said", "she and Bello agreed": two subjects
        x.end
        for x in b.mention_at(s_start, m.start)
        if x.key not in (None, m.key) or x.pronoun in _HE_SHE
    ]
    joint = bool(others) and joint_subject(text, others[-1], m.start, between)
    if joint or attributive_name(text, m.start, between):
        return "far"
    if after_preposition(text, s_start, m.start, m.end):
        return "far"
    if bare_who_clause(between):
        return _outcome(m)  # "Obi who was not present at the meeting said": Obi
    return None


def _participle_at(text: str, at: int) -> bool:
    """Whether the word at `at` is a participle ("saying", "adding")."""
    word = text[at : at + 30].split(maxsplit=1)
    return bool(word) and word[0].rstrip(",:;.").endswith("ing")


def _aside_subject(b: _Block, m: Mention, s_start: int, verb_start: int) -> Outcome:
    """The sentence's subject when `m` sits inside one aside between it and the verb,
    with words other than titles ("Obi, the wife of Bello, said"); not when the aside is
    the name itself ("Obi's lawyer, Bello, said": Bello speaks)."""
    for x in b.mention_at(s_start, m.start):
        if not (x.subject and x.key is not None and x.key != m.key):
            continue
        if not (single_aside(b.text, x.end, verb_start) or dash_aside(b.text, x.end, verb_start)):
            continue
        lead = b.text[x.end : m.start].lstrip(", ")
        if _titles_only(lead) and not b.text[m.end : verb_start].strip(" ,"):
            return None
        return _outcome(x)
    return None


def _object_after_subject(b: _Block, m: Mention, verb_start: int, appositive: bool) -> bool:
    """The name nearest the verb, with words between them, is no subject, and someone else
    is the sentence's subject before it: the nearest name is spoken of or to, so the
    speaker is not sure."""
    if m.subject or m.key is None or appositive:
        return False
    s_start = b.sentence_of(verb_start)[0]
    return any(
        x.subject and x.key is not None and x.key != m.key for x in b.mention_at(s_start, m.start)
    )


def _acting_subject(b: _Block, verb_start: int) -> Outcome:
    """The sentence's one named subject when the speech verb is its second predicate after
    a verb and its object ("X attacked Y and said"), else None."""
    s_start = b.sentence_of(verb_start)[0]
    subjects = [x for x in b.mention_at(s_start, verb_start) if x.subject and x.key is not None]
    if len({x.key for x in subjects}) != 1:
        return None
    first = subjects[0]
    return _outcome(first) if coordinated_subject_span(b.text[first.end : verb_start]) else None


_COORDINATED = re.compile(r"(?:,\s*but|\sbut(?:\s+then)?|\sand\s+then)\s+$")


# ", one of the protesters ": an aside the outlet left unclosed before the verb.
_ONE_OF_THEM = re.compile(r",\s*one\s+of\s+the\s+[a-z][\w-]*\s+")
# " from Harbour Major Crime Team ", " of the Federation of Small Businesses ": the body the
# named speaker belongs to (its capitalised words may be joined by of/for/the; never by
# "and", which may join a second subject: "Obi of the Bank and Ada Lee said").
_BODY = re.compile(
    r"\s+(?:from|of|at|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*\s+"
    r"(?:(?:(?:of|for|the)\s+){0,2}[A-Z][\w'’&.-]*\s+){0,6}"
)
# ", his family have ": after a name that ends a fronted phrase, a subject of its own.
_NEW_SUBJECT = re.compile(r"^,\s+(?:his|her|their|its|the|a|an)\s+[a-z][\w-]*\b")


def _name_colon(b: _Block, lo: int, hi: int) -> Outcome:
    """`Doe: “...”`, `Mayor Jane Doe: “...”`, `Jane Doe, Commissioner of Police: “...”`: a
    name, after titles only, and a colon (after its role set off by a comma)."""
    mentions = b.mention_at(lo, hi)
    if not mentions:
        return None
    m = mentions[-1]
    s_start = max(lo, b.sentence_of(m.start)[0])
    rest = b.text[m.end : hi].strip()
    colon = rest == ":" or _WHEN_COLON.fullmatch(rest) or role_colon(rest) or side_colon(rest)
    if colon and _titles_only(b.text[s_start : m.start]):
        return _outcome(m)
    return None


def _colon_lead(b: _Block, lo: int, hi: int) -> Outcome:
    """`Kolisi shared the coach's view: “...”`: a sentence with no verb of speech that ends
    with a colon before the quote (see `colon_lead`); its one subject, named first in the
    sentence after titles only, speaks. Another subject in the lead-in, named or not: nobody."""
    if not colon_lead(b.text, lo, hi):
        return None
    subjects = [m for m in b.mention_at(lo, hi) if m.subject and (m.key or m.pronoun in _HE_SHE)]
    if not subjects or len({m.key or m.pronoun for m in subjects}) > 1:
        return None
    first = subjects[0]
    s_start = max(lo, b.sentence_of(first.start)[0])
    if not _titles_only(b.text[s_start : first.start]) or _unnamed_person_between(b, first.end, hi):
        return None  # "Lee leaves, and an aide tells the reporter:": the aide's words
    return _outcome(first)


# `Mr Steel on October 4: "..."`, `Doe on Thursday: "..."`: when the words were said.
_WHEN_COLON = re.compile(
    rf"on\s+(?:(?:{'|'.join(WEEKDAYS)})|(?:{'|'.join(MONTHS)})\s+\d{{1,2}}|\d{{1,2}}\s+"
    rf"(?:{'|'.join(MONTHS)})):"
)


def _fronted_role_subject(between: str) -> list[str] | None:
    """ ", the governor ": after a name that ends a fronted phrase ("In a statement by X"),
    a "the ROLE" subject of its own; its words, else None."""
    if not between.startswith(",") or "," in between[1:]:
        return None
    words = between[1:].split()
    if 2 <= len(words) <= 4 and words[0].casefold() == "the" and has_role_noun(between):
        return words
    return None


def _clause_subject(b: _Block, s_start: int, verb_start: int) -> Outcome | Literal["far"]:
    """The speaker of a participle ("Hegseth went further, calling it ..."): the first
    subject of the sentence, when no other person is a subject before the participle."""
    subjects = [m for m in b.mention_at(s_start, verb_start) if m.subject]
    if subjects and _one_pronoun_subject(subjects, s_start):
        return _outcome(subjects[0])  # "She stressed that ..., adding that “...”": the she's
    if not subjects or subjects[0].key is None:
        return "far"
    first = subjects[0]
    if any(m.key is not None and m.key != first.key for m in subjects):
        return "far"
    return _outcome(first)


def _before(b: _Block, lo: int, hi: int) -> Outcome:
    """Attribution written before a quote: `X said:`, `X warned that ...`, `according to X`."""
    text = b.text
    if hi <= lo:
        return None
    verbs = [
        v
        for v in _VERB.finditer(text, lo, hi)
        if not noun_use(text, v) and not _reduced_relative(text, v) and not _compound(text, v)
    ] or continuing_lead(text, lo, hi)
    according = list(_ACCORDING.finditer(text, lo, hi))
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        return _according_to(b, according[-1].end(), hi)
    if not verbs:
        return _speech_noun_subject(b, lo, hi) or _name_colon(b, lo, hi) or _colon_lead(b, lo, hi)
    verb = verbs[-1]
    if _INFINITIVE_TO.search(text, max(lo, verb.start() - 4), verb.start()) and not SPOKE_TO.search(
        text, max(lo, verb.start() - 20), verb.start()
    ):
        return None  # "used to describe": no one speaks here ("Pinto said" is no infinitive)
    echoed = _ECHOED_WORDS.match(text, verb.end(), hi)
    if echoed is not None:
        return _words_of(b, echoed.end(), hi)  # "Obi reiterated the words of Bello that “...”"
    agent = _passive_agent(b, verb, hi)
    if agent is not None:
        return agent
    owned = None if verb.group() in _NAMING_VERBS else _owned_words(b, verb.end(), hi)
    if owned is not None:
        return owned  # "agreed with the AP’s description of D as “...”": the AP's words
    if _DOUBLE.match(text, hi) and passive_object_verb(text, verb.start(), verb.group()):
        return None  # "Obi was described as “a failure”": Obi is spoken of, not speaking
    subject = _subject_before(b, lo, verb.start())
    s_start = b.sentence_of(verb.start())[0]
    if subject is None and s_start < lo:
        # `X denied ... “kill everybody” and said ... “fake news”`: the subject stands
        # before an earlier quote of the same sentence.
        subject = _subject_before(b, s_start, verb.start())
    hanging = participle(text, verb) or bare_participle(text, verb.start() - 1, hi)
    if subject in ("far", None) and (hanging or _gerund(text, verb)):
        named = any(m.subject for m in b.mention_at(s_start, verb.start()))
        # "The Taoiseach responded by stating that he is “determined”": no name is the
        # clause's subject, so its described subject is read below.
        subject = _clause_subject(b, s_start, verb.start()) if named else None
    bare_it = isinstance(subject, tuple) and subject[0] == "nonperson" and not subject[1]
    if hanging and (subject in ("far", None) or bare_it):
        # "Ada Obi MP also condemned the figures, describing them as “...”", "Obi said the
        # depot is ready to keep it open, adding it is “...”": the opening name's
        hung = hung_participle_subject(text, b.mentions, s_start, verb.start())
        subject = _outcome(hung) if hung is not None else subject
    if subject == "far":
        return None
    if subject is not None:
        return subject
    for m in b.mention_at(verb.end(), min(hi, verb.end() + 60)):
        # `said Jane Doe: "..."`, never `saying Doe was "..."`: there Doe is what is said
        if verb.group().split()[0] in OBJECT_VERBS:
            break  # "Critics called Doe “reckless”": Doe is spoken of, or to
        if _body_before_post(text, m):
            continue  # "said Ferrico, managing director, Ola Brandt.": Ferrico is the body
        tail = text[m.end : hi]
        when = _WHEN.match(tail)  # `said resident Jo Lee on Friday. "...`
        lead_in = text[verb.end() : m.start]
        if (
            _titles_only(lead_in) or _body_then_post(text, verb.end(), m.start)
        ) and _FRAME_TAIL.match(tail[when.end() :] if when else tail):
            return _outcome(m)
        break
    near = THE_ROLE_BEFORE.search(text, max(lo, s_start, verb.start() - 60), verb.start())
    if near is not None and (has_role_noun(near.group()) or _aged(near.group())):
        # "..., the Prime Minister wrote", "Speaking outside court, the 64-year-old stressed"
        return _role_subject(b, near.group().split(), verb.start())
    head = text[max(lo, s_start) : verb.start()].split()[:4]
    return _role_subject(b, head, verb.start())


# "used to describe": the word "to" right before a verb, not the end of a name ("Pinto").
_INFINITIVE_TO = re.compile(r"(?<![\w’'])to\s$")


# "agreed with the AP’s characterization of Deripaska as “...”": after the verb, the words
# are another's (a named owner's noun of speech), not the subject's.
_OWNED_SPEECH_NOUN = re.compile(
    r"\w(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:characteri[sz]ation|description|words|claim|assertion|"
    r"remark|comment|phrase|label|term|statement|account|assessment|allegation)s?\b"
)


# "Nga’s remarks “reflected the arrogance”": quoted words right after the noun that open
# with a verb are what the noun did, the reporting subject's words, not the owner's.
_PREDICATE_QUOTE = re.compile(
    r"\s*[\"“](?:[a-z]+ed|was|were|is|are|had|has|have|showed|shows|made|makes|would|could)\s"
)


# A verb of the clause the owned noun is the subject of ("Obi’s comments are based on"): the
# quote after it is in that clause's predicate, the reporting subject's words.
_CLAUSE_VERB = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)(?![\w’'])"
)


# "described Nketia’s allegations as “false”": a verb that gives its object a name or a
# description; the words are the subject's, whoever owns the object.
_NAMING_VERBS = OBJECT_VERBS | {"dubbed", "labelled", "labeled", "branded", "termed"}


def _owned_words(b: _Block, lo: int, opening: int) -> Outcome:
    """`agreed with the AP’s characterization of Deripaska as “...”`: a named owner's noun
    of speech right before the quote makes the words the owner's: a person's ("in R.
    Slane’s own words, “...”"), else nobody's (a body, a paper); None when there is none."""
    if not _DOUBLE.match(b.text, opening):
        return None
    found = list(_OWNED_SPEECH_NOUN.finditer(b.text, max(lo, opening - 80), opening))
    if not found:
        return None
    owned = found[-1]
    if _PREDICATE_QUOTE.match(b.text, owned.end()):
        return None  # "He said Nga’s remarks “reflected the arrogance”": the remarks' verb
    if _CLAUSE_VERB.search(b.text, owned.end(), opening):
        return None  # "He said Obi’s comments are based on “wrong” reports": his words
    for m in b.mention_at(max(lo, owned.start() - 60), owned.start() + 1):
        if m.key is not None and m.end == owned.start() + 1:
            return _outcome(m)
    return ("nonperson", "", owned.start())


# The word before an -ing form of a verb of speech that makes it the clause's own verb:
# "was explaining", "by claiming", "while insisting", "also noting".
_ING_GOVERNORS = words(
    "was were is are am be been being as by after before while when in on without upon also "
    "then again even still kept keeps began begins started starts continued continues "
    "he she they we it i you"
)
# "defended the Greens' response saying the party had ...": the -ing forms the draft read
# before this round keep hanging on the clause after a noun (news copy drops the comma).
_CLAUSE_PARTICIPLES = words("saying calling describing insisting noting adding")
_WORD_BEFORE = re.compile(r"([\w’'-]+)([,;:]?)\s+$")


def _reduced_relative(text: str, verb: re.Match[str]) -> bool:
    """ "news reports claiming such are “fake news”": an -ing form right after a lowercase
    noun modifies that noun (the reports claim); it is no verb of the sentence's subject.
    After an auxiliary, a preposition or a comma it is ("was explaining", "by claiming")."""
    if not verb.group().endswith("ing") or verb.group() in _CLAUSE_PARTICIPLES:
        return False
    before = _WORD_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
    if before is None or before.group(2):
        return False
    word = before.group(1)
    return word.islower() and word not in _ING_GOVERNORS and not word.endswith("ly")


def _compound(text: str, verb: re.Match[str]) -> bool:
    """ "never-say-die", "so-called": a word of a hyphenated compound is no verb."""
    return text[verb.start() - 1 : verb.start()] == "-" or text[verb.end() : verb.end() + 1] == "-"


_GERUND_BEFORE = re.compile(r"(?<![\w’'])(?:by|after|while|in|without|upon)\s+$")


def _gerund(text: str, verb: re.Match[str]) -> bool:
    """ "sought to reassure his state by claiming there is “...”": an -ing form after a
    preposition has the clause's subject."""
    return verb.group().endswith("ing") and (
        _GERUND_BEFORE.search(text, max(0, verb.start() - 10), verb.start()) is not None
    )


def _passive_agent(b: _Block, verb: re.Match[str], hi: int) -> Outcome:
    """ "X has been criticised by Opposition Leader Y for “...”": the agent Y, named after
    titles only, used the words; the passive subject X did not (see `speech_frame`)."""
    at = passive_agent_start(b.text, verb.start(), verb.end())
    if at is None:
        return None
    for m in b.mention_at(at, hi):
        if _titles_only(b.text[at : m.start]) and passive_agent_tail(b.text, m.end, hi):
            return _outcome(m)
        break
    return None


def _speech_noun_subject(b: _Block, lo: int, hi: int) -> Outcome:
    """`X made a statement that “...”`: X, right before the verb, speaks (see
    `speech_frame`)."""
    mentions = b.mention_at(lo, hi)
    if mentions and mentions[-1].key and speech_noun_frame(b.text, mentions[-1].end, hi):
        return _outcome(mentions[-1])
    return None


# What may stand between `said Jane Doe` and her quote: punctuation, an aside after a comma.
_FRAME_TAIL = re.compile(r"^(?:,[^\"“”]{1,160})?\s*[:,.]?\s*(?:that\s+)?$")
_PERSON_NOUNS = "|".join(
    sorted(
        ROLE_NOUNS
        | {
            "man",
            "woman",
            "person",
            "boy",
            "girl",
            "witness",
            "neighbour",
            "neighbor",
            "delegate",
            "attendee",
            "local",
            "passer-by",
            "onlooker",
        },
        key=len,
        reverse=True,
    )
)
# "A resident in the gallery ... she said": a he/she may mean this unnamed person.
_UNNAMED_PERSON = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?(?:{_PERSON_NOUNS})s?\b"
)


# "a Geneva resident", "one local trader": an unnamed person, whatever words describe them.
_ANYONE_UNNAMED = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}(?:{_PERSON_NOUNS})s?\b"
)


_APPOSITION_BEFORE = re.compile(r"(?:,|\b(?:as|is|was|be|been|became|like|of))\s*$")


def _unnamed_person_between(b: _Block, lo: int, hi: int) -> bool:
    """An unnamed person ("a resident", "one delegate") written in [lo, hi) in their own
    right, not describing someone named ("Jane Moss, a resident,", "works as a nurse"), nor
    inside quoted words (`"I am just a coach," he said`: what the speaker talks about)."""
    text = b.text
    return any(
        not _APPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _within(m.start(), b.quoted)
        for m in _UNNAMED_PERSON.finditer(text, lo, hi)
    )


# "The mayor issued", ", the Taoiseach said": a definite description opening a clause.
def _described_subjects(b: _Block, hi: int) -> list[tuple[int, str | None]]:
    """(position, key) of each clause before `hi` whose subject is a definite description
    of a role ("The mayor issued a statement"): the one person the article gave that role
    before it (a he/she after it may mean them), else None (it may mean someone else)."""
    found: list[tuple[int, str | None]] = []
    for start, role, after in described_roles(b.text, hi):
        if after in _PREPOSITIONS | _CONJUNCTIONS or _within(start, b.quoted):
            continue
        holders = b.people.role_holders(role, (b.number, start))
        found.append((start, holders[0] if len(holders) == 1 else None))
    return found


def _unheld_described(b: _Block, carried: tuple[int, str] | None, hi: int) -> str | None:
    """The person the last clause-opening description before `hi` means when no one holds
    its role and the paragraph before was about one person (`unheld_description`)."""
    for start, role, after in list(described_roles(b.text, hi))[-1:]:
        if after in _PREPOSITIONS | _CONJUNCTIONS or _within(start, b.quoted):
            return None
        if not only_nationality_added(role):
            return None  # "the Prime Minister wrote" after Minister Carl Voss: someone else
        holders = b.people.role_holders(role, (b.number, start))
        noun_holders = b.people.role_holders(role[-1:], (b.number, start))
        return described_is_carried(start, holders, noun_holders, b.mentions, carried, b.number)
    return None


@dataclass(slots=True)
class _Salience:
    """Who a he/she most likely means: the latest subject or speaker."""

    carried: tuple[int, str] | None = None  # from earlier paragraphs: (block number, key)
    pronouns: dict[str, str] = field(default_factory=dict)  # key -> the he/she a quote gave
    # Who spoke last in the paragraph before (a quote's speaker, or "Obi said ..."):
    # (block number, key); "“...,” the minister said" of two ministers may mean only them.
    speaker: tuple[int, str] | None = None

    def resolve(
        self, b: _Block, pos: int, spoken: list[tuple[int, str]], pronoun: str | None = None
    ) -> str | None:
        key = self._likely(b, pos, spoken)
        if key is not None and _subordinate_rival(b, pos, key):
            return None
        if key is not None and self.pronouns.get(key, pronoun) != pronoun:
            return None  # "“...,” she said" of Ada Obi, then a he: someone else's
        if (
            key is not None
            and pronoun in _HE_SHE
            and other_gender(b.article, b.people.by_key[key].name, pronoun)
        ):
            return None  # "Mr Samuel Dube visited ... “...,” she said": not Mr Dube's
        return key

    def _likely(self, b: _Block, pos: int, spoken: list[tuple[int, str]]) -> str | None:
        best: tuple[int, str] | None = None
        for m in reversed(b.mention_at(0, pos)):
            if m.key is None and m.pronoun is None and m.subject:
                return None  # "Harrison said ..., as he said" of two Harrisons: either
            if m.key is not None and (
                m.subject
                or _fronted_subject(b, m)
                or viewpoint_name(b.text, b.sentence_of(m.start)[0], m.start, m.end)
            ):
                best = (m.start, m.key)  # a subject, or "For Ada Obi, it is about ..."
                break
        for at, described in _described_subjects(b, pos)[-1:]:
            if best is None or at > best[0]:
                if described is None:
                    described = _unheld_described(b, self.carried, pos)  # "The gaffer added"
                if described is None:
                    return None  # "the mayor said" of two mayors: the he/she may be either
                best = (at, described)
        for at, key in reversed(spoken):
            if at < pos and (best is None or at > best[0]):
                best = (at, key)
                break
        # A he/she after someone named but not known ("like Delany Cook, ... She says"):
        # it may mean that one, so it is nobody's for sure.
        known = {m.start for m in b.mentions if m.key is not None}
        floor = best[0] if best is not None else -1  # none: from the paragraph's start
        if any(
            _unknown_rival(b, at, floor, pos, known) and not _told_before(b.text, at, pos)
            for at in full_name_starts(b.text)
        ):
            return None
        # "Amadi, who toured the valley, ... He urged": a person the draft does not know.
        if any(
            _unknown_rival(b, at, floor, pos, known)
            and not any(m.start <= at < m.end for m in b.mentions if m.key is not None)
            for at in who_clause_starts(b.text)
        ):
            return None
        if _unnamed_person_between(b, best[0] if best is not None else 0, pos):
            return None  # an unnamed person stands between: the he/she may be theirs
        if best is not None:
            return None if _rival_between(b, best, pos) else best[1]
        carried_key = self.carried[1] if self.carried else None
        if any(
            m.key is not None
            and m.key != carried_key
            and not _within(m.start, b.quoted)
            and not _apposed_to_pronoun(b.text, m, pos)
            for m in b.mention_at(0, pos)
        ):
            # Someone else named in this paragraph before the he/she, in a part of the
            # sentence not read as its subject ("Bisi Kuti of the Traders Union said she"):
            # the he/she may be theirs.
            return None
        # From the paragraph just before only: after a paragraph about someone else ("the
        # Prime Minister wrote to MPs"), an old subject is no longer the likely he/she.
        if self.carried and self.carried[0] == b.number - 1:
            return self.carried[1]
        # The article's one person: no other name in it, nobody unnamed before the he/she,
        # nobody speaking between (`sole_person`).
        at = b.article.find(b.text)
        if at < 0 or _UNNAMED_PERSON.search(b.article, 0, at + pos):
            return None
        return sole_person(b.people.persons, b.people.forms, b.article, at + pos, _VERB)


def _apposed_to_pronoun(text: str, m: Mention, pos: int) -> bool:
    """ "..., the minister, Rimbink Pato, he said": a name set off by commas right before
    the he/she at `pos` stands in the clause before it; it is not who the he/she means."""
    return _APPOSED_HE_SHE.fullmatch(text, m.end, pos) is not None


_APPOSED_HE_SHE = re.compile(r",\s+")


_FRONTED = re.compile(
    r"(?:As|When|While|Whilst|After|Before|Since|Although|Though|Once)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b")


def _fronted_subject(b: _Block, m: Mention) -> bool:
    """`As Mayor Ada Obi enters her second term, she said`: the subject of a clause opening
    the sentence ("As", "When", "After" ...), a name with a verb after it."""
    s_start = b.sentence_of(m.start)[0]
    return (
        _FRONTED.fullmatch(b.text, s_start, m.start) is not None
        and _VERB_NEXT.match(b.text, m.end) is not None
    )


def _unknown_rival(b: _Block, at: int, floor: int, pos: int, known: set[int]) -> bool:
    """A full name at `at`, of nobody known, between the likely he/she and the pronoun at
    `pos`; not one inside quoted words ("“... CS Fed Matingi ...,” he said": the speaker
    names someone else)."""
    return floor < at < pos and at not in known and not _within(at, b.quoted)


# "Whanau told Midday Report she": the one told, right after the verb, then the he/she.
_TOLD_NAME = re.compile(r"(?<![\w’'])(?:told|tells|informed|assured)\s+$")
_NAME_THEN = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,4}(?:that\s+)?$")


def _told_before(text: str, at: int, pos: int) -> bool:
    """ "Obi told Midday Report she disagreed": a name the draft does not know, told
    something by the subject just before the he/she that reports it, is the one addressed
    (a programme, a paper); the he/she goes back to the teller, not to it."""
    return bool(
        _TOLD_NAME.search(text, max(0, at - 12), at) and _NAME_THEN.fullmatch(text, at, pos)
    )


def _rival_between(b: _Block, best: tuple[int, str], pos: int) -> bool:
    """Whether a he/she at `pos` could as well mean someone other than `best`: two people
    are the subjects of clauses in this sentence and the one before (an object does not
    compete: "Lee met Stone again. She said"). Then the quote stays unattributed."""
    s_idx = bisect.bisect_right(b.starts, pos) - 1
    floor = b.sentences[s_idx - 1][0] if s_idx >= 1 else 0
    return any(
        m.key is not None and m.key != best[1] and (m.subject or _opens_clause(b.text, floor, m))
        for m in b.mention_at(floor, pos)
    )


# A he/she opening a clause inside the sentence: "... up to Teodoro if he thinks".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:if|whether|unless|because|once)\s+$")


def _subordinate_rival(b: _Block, pos: int, key: str) -> bool:
    """ "The chief said it is up to Teodoro if he thinks ...": a he/she opening a clause
    after someone else named earlier in its sentence may mean that one."""
    return _SUBORDINATE_BEFORE.search(b.text, max(0, pos - 12), pos) is not None and any(
        m.key not in (None, key) for m in b.mention_at(b.sentence_of(pos)[0], pos)
    )


def _opens_clause(text: str, floor: int, mention: Mention) -> bool:
    """A name that opens a sentence or a clause ("..., and Governor Pia Lund said"), past
    any capitalised title before it; not an object ("met Lund", "thanked Lund")."""
    before = text[floor : mention.start].split()
    while before and before[-1][:1].isupper() and not before[-1].endswith((",", ".", ";")):
        before.pop()
    return not before or before[-1].endswith((",", ";", ".")) or before[-1] in _CONJUNCTIONS


FOCUS_HOW = "the person the paragraph before is about"
LONE_SUBJECT_HOW = "the sentences before, about one person"
_DIRECT = ("the sentence", "a he/she in the sentence")


def find_quotes(blocks: Sequence[Block], people: People) -> list[FoundQuote]:
    """Every quote of the article with its speaker, in order.

    A quote given to the person the paragraph before is about stands only when the article
    also has them speak in a sentence of their own ("She said she was “just gutted”"), or
    reports their words ("Holt said the growers would ask for help", round 56): a suspect
    the police describe ("She was charged with theft.") says nothing."""
    reported: set[str] = set()  # the people some paragraph reports speaking
    found = _find_quotes(blocks, people, None, reported)
    direct = frozenset(q.speaker for q in found if q.speaker and q.how in _DIRECT)
    direct |= reported
    direct |= _spoke_at_an_event(blocks, people)
    if any(q.how in (FOCUS_HOW, LEAD_HOW) and q.speaker not in direct for q in found):
        found = _find_quotes(blocks, people, direct)
    return _with_line_turns(blocks, people, found)


def _with_line_turns(
    blocks: Sequence[Block], people: People, found: list[FoundQuote]
) -> list[FoundQuote]:
    """`found` with each transcript turn printed without marks ("Al-Gharib: They were
    positive ...") as its speaker's quote, in article order. A term marked inside the
    turn ("Singing “O Canada” was special") is part of its words; a paragraph with a
    quote of its own beyond the turn's words is left as read."""
    turns = line_turns(blocks, people.forms, people.places)
    turns |= {n: t for n, t in heading_turns(blocks, people.forms).items() if n not in turns}
    if not turns:
        return found
    turns |= turn_runs(blocks, turns, people.forms)
    inside = {
        n for n, (_, words) in turns.items() if all(q.text in words for q in found if q.block == n)
    }
    kept = [q for q in found if q.block not in inside]
    added = [
        FoundQuote(turns[b.number][1], b.number, b.section, turns[b.number][0], LINE_HOW, True)
        for b in blocks
        if b.number in inside
    ]
    return sorted([*kept, *added], key=lambda q: q.block)


# "Speaking at the ceremony, the outgone president, NAME, thanked": NAME spoke there.
_SPEAKING_OPENER = re.compile(
    r"(?:Speaking|Addressing|Commenting|Responding|Reacting)\s[^,.;:“”\"]{0,150},\s+"
    r"(?:the\s+[\w\s’'-]{1,40},\s+)?"
)


def _spoke_at_an_event(blocks: Sequence[Block], people: People) -> frozenset[str]:
    """The people a sentence opening "Speaking at ..." (or "Addressing", "Commenting on")
    makes its subject: they spoke, though no quote of theirs is attributed in a sentence."""
    found: set[str] = set()
    for block in blocks:
        if _SPEAKING_OPENER.search(block.text) is None:
            continue  # most paragraphs: no sentence split, no mentions looked up
        mentions = people.mentions(block.text)
        for lo, _ in sentence_spans(block.text):
            opener = _SPEAKING_OPENER.match(block.text, lo)
            if opener is None:
                continue
            for m in mentions:
                if m.key is not None and m.start >= opener.end():
                    possessive = block.text.startswith(("’s", "'s"), m.end)  # "X's lawyer"
                    if _titles_only(block.text[opener.end() : m.start]) and not possessive:
                        found.add(m.key)
                    break
    return frozenset(found)


# "Cllr Mackie, I ...", "Mr President, ...", "Tom, you ...": a quote opening by naming
# whom it is said to (a title or honorific, then one or two name words, then a comma).
_ADDRESS = re.compile(
    rf"(?:(?:{'|'.join(sorted(TITLE_WORDS | HONORIFICS))})\.?\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s"
)


def _addresses(quote: str, person: Person) -> bool:
    """Whether the quote opens by addressing `person` by name: nobody speaks to themselves,
    so they are not its speaker."""
    match = _ADDRESS.match(quote)
    if match is None:
        return False
    named = match.group("name").split()
    return named[-1] == person.surname or " ".join(named) == person.name


def _namesakes_unknown(text: str, mentions: list[Mention], people: People) -> list[Mention]:
    """A known surname after another given name ("cousin Donna Ward" beside Chris Ward)
    names someone the article does not know: a mention of nobody known, not of that person."""
    return [
        replace(m, key=None)
        if m.key is not None
        and " " not in text[m.start : m.end]
        and other_given_name(text, m.start, people.by_key[m.key].name)
        else m
        for m in mentions
    ]


def _find_quotes(
    blocks: Sequence[Block],
    people: People,
    may_speak: frozenset[str] | None,
    reporting: set[str] | None = None,
) -> list[FoundQuote]:
    """The quotes with their speakers; a person in focus speaks only when among
    `may_speak` (None: anyone). The people a paragraph reports speaking ("Ume said the
    fund was empty", "He added that ...") are added to `reporting` when given."""
    found: list[FoundQuote] = []
    salience = _Salience()
    # (block number, speaker) of the paragraph before, when its last quote runs on into the
    # next paragraph (no closing mark) or it ends with a colon: the next paragraph's
    # opening quote is then that speaker's, the convention of news writing.
    previous: tuple[int, str] | None = None
    # (paragraph, speaker, lines): lines of narration after `previous`'s paragraph
    narrated: tuple[int, str, int] | None = None
    last_speaker: tuple[int, str] | None = None
    # (block number, asker) of a paragraph that ends putting a question to someone: a
    # quote opening the next paragraph answers it (`put_questions`), unless it asks too.
    asker: tuple[int, str, str] | None = None  # and the one asked ("": not known)
    reporter: tuple[int, str] | None = None  # the last speaker of the paragraph before
    reported_only = False  # the paragraph before quoted nothing: its speaker was reported
    ages: dict[str, set[str]] = {}
    focus: tuple[int, str] | None = None  # a paragraph without quotes about one person
    lead: _Lead | None = None  # a paragraph whose one person is its subject
    running: list[int] = []  # unattributed quotes, each a paragraph that runs on into the next
    headed: tuple[int, str] | None = None  # (paragraph, speaker) under a speaker heading
    left_open = False  # the paragraph before ended inside a double-quoted quote
    run_on_text: str | None = None  # that paragraph's text, when it did
    unowned: tuple[int, int] | None = None  # (paragraph, its first in `found`): quotes alone
    statement: Statement = None  # (paragraph, issuer) of the last statement a person issued
    article = "\n\n".join(block.text for block in blocks)
    texts = {block.number: block.text for block in blocks}
    for block in blocks:
        if len(found) >= MAX_QUOTES:
            break
        text = block.text
        spans = [
            s
            for s in quote_spans(text, left_open)
            if not _nickname(text, s) and not _marked_name(text, s)
        ]
        dashed = not spans  # turns opened by a dash, if any (`dash_quotes`)
        spans = spans or _dash_spans(text, block.kind == "bullet")
        mentions = _namesakes_unknown(text, people.mentions(text), people)
        mentions = shared_surnames_resolved(text, mentions, people)  # Anand Kumar ... Kumar
        inside = [part for s in spans for part in s.parts]
        outside = [m for m in mentions if not _within(m.start, inside)]
        sentences = sentence_spans(text)
        b = _Block(
            people,
            block.number,
            text,
            outside,
            [m.start for m in outside],
            sentences,
            [s for s, _ in sentences],
            _described(people, reporter, block.number, reported_only),
            ages,
            inside,
            article,
            texts,
        )
        note_ages(text, outside, ages)
        if block.name_above is not None:  # a transcript's name line ended the turn above
            previous, last_speaker, focus, lead = None, None, None, None
            headed = name_line_speaker(block.name_above, people.forms, block.number)
        spoken: list[tuple[int, str]] = []
        speakers: list[tuple[str | None, str]] = []
        for i in range(len(spans)):
            attribute = _dash_turn_speaker if dashed else _attribute
            speakers.append(attribute(b, spans, i, salience, spoken))
        for i, span in enumerate(spans):  # `“...,” the statement said.`: its issuer's
            if speakers[i][0] is None and span.close_at is not None:
                bounds = (_opening(span), span.close_at)
                issuer = statement_speaker(text, bounds, outside, sentences, statement, b.number)
                speakers[i] = (issuer, STATEMENT_HOW) if issuer else speakers[i]
        statement = carried_statement(text, outside, sentences, statement, b.number)
        under = _under_heading(headed, b, block.number)
        answer = unmarked_answer(text) if under is not None and not spans else None
        if under is not None and answer is not None:  # words under a heading, no marks
            spans, speakers = [QuoteSpan((answer,), None, None)], [(under, HEADING_HOW)]
        credit = (
            credited_speaker(text, spans[0].start, spans[-1].close_at + 1, outside, _titles_only)
            if spans and spans[-1].close_at is not None
            else None
        )
        # Quotes with no speaker of their own take a neighbour's.
        for i, span in enumerate(spans):
            key, how = speakers[i]
            if how != "unresolved":
                continue
            if under is not None:
                speakers[i] = (under, HEADING_HOW)  # "INDIAN COACH, HARENDERA SINGH:" above
                continue
            if credit is not None:
                speakers[i] = (credit, CREDIT_HOW)  # `“...” Chris Papps`: a credit line
                continue
            if _told_unsettled(b, spans, i):
                continue
            key, how = _paragraph_speaker(b, spans, i, salience, spoken, speakers)
            if how == "unresolved":
                earlier = _neighbour(b, spans, speakers, i, range(i - 1, -1, -1))
                later = _neighbour(b, spans, speakers, i, range(i + 1, len(spans)))
                if later and _named_before_in_sentence(b, span, later[0]):
                    later = []
                if earlier:
                    key, how = earlier[-1], "the quote before"
                elif (
                    opens_paragraph(
                        text, span.open_at, span.start, run_on_text
                    )  # `“...`; `...”` run on
                    and previous is not None
                    and previous[0] == block.number - 1
                    and not _other_named_after(
                        b, span, _carried(previous, asker, text, span) or previous[1]
                    )
                ):
                    key = _carried(previous, asker, text, span)
                    how = "the paragraph before" if key else "unresolved"
                elif (
                    _CONTINUES.match(text)
                    and last_speaker is not None
                    and last_speaker[0] == block.number - 1
                    and not re.search(r"\s[A-Z]", text[: span.start])  # nobody else named
                ):
                    key, how = last_speaker[1], "the paragraph before"
                elif (
                    narrated is not None
                    and narrated[0] == block.number - 1
                    and quotes_only(text, inside, spans[0].open_at)
                ):  # `“...,” Obi said.` / a line of narration / `“...”`: Obi's (round 54)
                    key, how = narrated[1], NARRATION_HOW
                elif later:
                    # "“...” ... “...,” Obi said.": the next quote's speaker was this one's 7
                    # times of 10 over the 795 labeled articles: held back, nobody's.
                    pass
                elif (
                    i == 0
                    and focus is not None
                    and focus[0] == block.number - 1
                    and (may_speak is None or focus[1] in may_speak)
                ):
                    key = _person_in_focus(b, span, focus[1])
                    how = FOCUS_HOW if key else how
                elif (
                    len(spans) == 1  # one quote: not "... that “Bandit declared ...”" split
                    and not _quotes_within(text, span)  # nor joined by `inner_quotes`
                    and lead is not None
                    and lead[0] == block.number - 1
                    and (
                        may_speak is None
                        or lead[1] in may_speak
                        or tells_a_feeling(lead[2])
                        or reports_words_of(lead[2], lead[3], lead[1])
                    )
                    and names_only_known(lead[2], lead[3])
                ):
                    key = _person_in_focus(b, span, lead[1])
                    how = LEAD_HOW if key else how
                elif i == 0 and span.open_at is not None:
                    # "Inspector Lena Vos walks us along the quay. “This morning we ...”"
                    key = lone_subject_before(text, span.open_at, span.close_at, mentions)
                    how = LONE_SUBJECT_HOW if key else how
            speakers[i] = (key, how)
        first = len(found)
        for span, (key, how) in zip(spans, speakers, strict=True):
            quote = _quote_text(text, span)
            if key is not None and _addresses(quote, people.by_key[key]):
                key = None  # "“Cllr Mackie, I don't share your views”": said to Mackie
            if quote:
                found.append(
                    FoundQuote(quote, block.number, block.section, key, how, span.balanced)
                )
        running = _run_on_chain(found, running, b, spans, speakers, first)
        owner = statement_owner(text, outside) if unowned is not None and not spans else None
        if unowned is not None and unowned[0] == block.number - 1 and owner is not None:
            for i in range(unowned[1], first):
                found[i] = replace(found[i], speaker=owner, how=OWNED_HOW)
        unowned = (block.number, first) if _only_unowned_quotes(b, speakers) else None
        unnamed = last_unnamed_speaker(text, b.quoted)
        unnamed_last = unnamed is not None and all(at < unnamed for at, _ in spoken)
        focus = None if spans or unnamed_last else _focus(b, salience, spoken, focus)
        lead = None if unnamed_last else _lead(b, salience, spoken, speakers)
        reported = _reported_speaker(b, spans, salience, spoken)
        narrator = None if spans else _reported_then_narrated(b, salience, spoken)
        narrated = None if spans else _narrated(b, mentions, previous, narrated, salience, spoken)
        if reported is None and not spans:  # "Efe Ume spoke to the Gazette ...": theirs next
            reported = sole_speaker(text, mentions, partial(_speaks, b))
        if reported is None and b.sentences and (not spans or spans[-1].end < b.sentences[-1][0]):
            reported = said_last(text, *b.sentences[-1], outside, _titles_only)
        if reported is not None and reporting is not None:
            reporting.add(reported)
        heads = [  # subjects, and "this was said by Ada Obi": the likely he/she next
            (m.start, m.key)
            for m in outside
            if m.key and (m.subject or said_by(text, m.start)) and not _reported_subject(b, m)
            if not _PASSIVE_SUBJECT.match(text, m.end)
        ]
        candidates = heads[-1:]
        candidates += _pronoun_subjects(b, salience, spoken)[-1:]
        candidates += spoken[-1:]
        candidates += _final_reporter(b, reported)
        if not candidates:
            candidates += _only_one_named(b, outside)
        described = _described_subjects(b, len(text))[-1:]
        said = [k for k, _ in speakers if k]
        subjects = {m.key for m in outside if m.key and m.subject and not _reported_subject(b, m)}
        if len(subjects) > 1 and not spoken and not reports_last(reported, candidates):
            salience.carried = None  # "Smith met Jones. She said": either may be the she
        elif any(m.key and speaks_through(text, m.start) for m in outside):
            salience.carried = None  # "Obi told the court through his lawyer Ume": either
        elif unnamed_last:
            salience.carried = None  # "..., the source said.": a he/she next may be theirs
        elif described and (not candidates or described[0][0] > max(candidates)[0]):
            holder = described[0][1]  # "The mayor issued a statement": the one mayor, or nobody
            holder = holder or _unheld_described(b, salience.carried, len(text))
            salience.carried = (block.number, holder) if holder else None
        elif candidates:
            salience.carried = (block.number, max(candidates)[1])
        elif said:
            salience.carried = (block.number, said[-1])  # a quote run on from before
        elif (
            not said  # no quote, or quotes nobody is named for (a heading with a term)
            and salience.carried is not None
            and salience.carried[0] == block.number - 1
            and _names_nobody(b, mentions, salience.carried[1])
            and not led_by_unknown_name(text, b.starts, mentions, b.quoted)
        ):  # a heading, a translation in brackets, a line on the same one: the he/she stays
            salience.carried = (block.number, salience.carried[1])
        elif (
            not said
            and salience.carried is not None
            and salience.carried[0] == block.number - 1
            and _passes_through(b, mentions, salience, spoken)
        ):  # quoted words run on alone, or "His post ended talk that he had resigned."
            salience.carried = (block.number, salience.carried[1])
        reporter = (block.number, spoken[-1][1]) if spoken else None
        salience.speaker = reporter or ((block.number, reported) if reported else None)
        reported_only = not spans
        runs_on = (bool(spans) and spans[-1].close_at is None) or text.rstrip().endswith(":")
        # A closed quote continues too, unless the paragraphs before were a dialogue:
        # "...," Spicer said. / "...," Kurtz said. / "No, it hasn't." is nobody's for sure.
        # A paragraph that only reports speech with partial quotes ("Gordon said there
        # were still “nice to haves”") is no turn of a dialogue.
        dialogue = (
            last_speaker is not None
            and last_speaker[0] == block.number - 1
            and bool(said)
            and last_speaker[1] != said[-1]
            and not _partial_only(text, spans)
        )
        # What runs on is the last quote's: when nobody was named for it, nobody's.
        last_key = speakers[-1][0] if speakers else None
        # Someone else named after the last quote ("... Ms Shortall said that ..."): the
        # next paragraph's quote may be theirs or the quote's speaker's; nobody's.
        rival = bool(spans) and any(
            m.key is not None and m.key != last_key and m.start > spans[-1].end for m in outside
        )
        carries = (runs_on or not dialogue) and not rival
        before = previous
        previous = (block.number, last_key) if last_key and carries else None
        asker = None
        if reported is not None:
            previous = (block.number, reported)
            if not spans and (asked := _addressee(b, reported)) is not None:
                asker = (block.number, reported, asked)
        elif not spans and (introducer := _colon_subject(b, salience, spoken)) is not None:
            previous = (block.number, introducer)
        elif narrator is not None:
            previous = (block.number, narrator)
        elif (
            not spans
            and before is not None
            and before[0] == block.number - 1
            and topic_line(text)  # "On the scrums:" between two answers of one speaker
        ):
            previous = (block.number, before[1])
        last_speaker = (block.number, said[-1]) if said else None
        headed = _heading_goes_on(people, b, under, speakers, headed)
        left_open = (
            bool(spans)
            and spans[-1].close_at is None
            and (_DOUBLE.search(text) is not None or _opened_by_single(text, spans[-1]))
        )
        run_on_text = text if left_open else None
    return found[:MAX_QUOTES]


HEADING_HOW = "the speaker heading above"


def _past_open_role(b: _Block, m: Mention, rest: str) -> str:
    """`rest` (the words after `m`) past a role apposition left open before its verb
    (`open_apposition`), unless someone else is named inside it."""
    skipped = past_open_apposition(rest)
    if skipped is rest:
        return rest
    inside_end = m.end + len(rest) - len(skipped)
    if any(o.key is not None and o.key != m.key for o in b.mention_at(m.end, inside_end)):
        return rest
    return skipped


def _only_unowned_quotes(b: _Block, speakers: list[tuple[str | None, str]]) -> bool:
    """A paragraph that is nothing but quotes nobody is named for (`statement_owner`'s)."""
    if not speakers or any(key is not None for key, _ in speakers):
        return False
    rest = b.text
    for lo, hi in b.quoted:
        rest = rest[:lo] + " " * (hi - lo) + rest[hi:]
    return re.search(r"\w", rest) is None


# What may stand between a speech verb and the clause it reports: "that", a comma, an
# adverb; no clause of its own (", and", ";").
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|as|then)\s|\.\s")


def _reported_subject(b: _Block, m: Mention) -> bool:
    """ "Commissioner Dan Roe said one of the accused, Abel Musa, was the first to fire":
    the subject of a clause someone else in the sentence reports is spoken of; the one who
    speaks stays the likely he/she of the paragraphs after."""
    s_start, s_end = b.sentence_of(m.start)
    for other in b.mention_at(s_start, m.start):
        if other.key in (None, m.key) or not other.subject:
            continue
        for verb in _VERB.finditer(b.text, other.end, m.start):
            if not noun_use(b.text, verb) and not _NEW_CLAUSE.search(b.text, verb.end(), m.start):
                return True
    # "Obi was questioned over the clashes, police chief Dan Roe said.": reported by Roe.
    return _final_attribution(b, s_start, s_end) not in (None, m.key)


_THIRD_PERSON = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers)(?![\w’'])")
_HIS = frozenset({"he", "his", "him"})
_HERS = frozenset({"she", "her", "hers"})


def _outside_quotes(b: _Block) -> str:
    """The paragraph with its quotes blanked out, every other word at its place."""
    text = b.text
    for lo, hi in b.quoted:
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _only_one_named(b: _Block, outside: list[Mention]) -> list[tuple[int, str]]:
    """(position, key) of the one person a paragraph names, as subject or not ("And it
    follows Miss Boyle's announcement that she is to leave"), when it says he/she, his/her
    (of one sex) after the name and none before it, and names nobody else (no other full
    name, no unnamed person, nobody speaking): the likely he/she next. Used only when the
    paragraph has no subject or speaker of its own."""
    named = [m for m in outside if m.key is not None]
    if len({m.key for m in named}) != 1 or _SOMEONE.search(b.text):
        return []
    if is_embed_or_notice(b.text.strip()):
        return []  # a post's text ("... pic.twitter.com/x") is no sentence of the story
    spoken_of = _outside_quotes(b)
    if _THIRD_PERSON.search(spoken_of, 0, named[0].start):
        return []  # "Her remarks came after Joan Reid ...": the her is someone before
    told = {w.casefold() for w in _THIRD_PERSON.findall(spoken_of, named[0].end)}
    if not told or (told & _HIS and told & _HERS):
        return []  # no he/she, his/her after the name, or both: not plainly about one
    known = {m.start for m in b.mentions if m.key is not None}
    if any(at not in known for at in full_name_starts(b.text) if not _within(at, b.quoted)):
        return []
    if any(_opens_with_speech(b, lo, hi) for lo, hi in b.sentences):
        return []
    key = named[-1].key
    return [(named[-1].start, key)] if key is not None else []


def _final_reporter(b: _Block, reported: str | None) -> list[tuple[int, str]]:
    """(position, key) of the person the paragraph's last sentence ends by naming as its
    speaker (", DCI chief Mohamed Amin said."), when that is the person it reports last:
    the likely he/she of the next paragraph, not the subject the sentence reports of."""
    if reported is None or not b.sentences:
        return []
    lo, hi = b.sentences[-1]
    if _final_attribution(b, lo, hi) != reported:
        return []
    return [max((m.start, reported) for m in b.mention_at(lo, hi) if m.key == reported)]


def _under_heading(headed: tuple[int, str] | None, b: _Block, number: int) -> str | None:
    """The speaker a heading names ("Kemi Adeyemi:") for this paragraph's quotes with no
    speaker of their own, when the paragraph before was the heading or one of the quotes
    under it and this one names nobody."""
    if headed is None or headed[0] != number - 1 or any(m.key is not None for m in b.mentions):
        return None
    return headed[1]


def _heading_goes_on(
    people: People,
    b: _Block,
    under: str | None,
    speakers: list[tuple[str | None, str]],
    headed: tuple[int, str] | None,
) -> tuple[int, str] | None:
    """After this paragraph: the heading it is (its speaker), or the heading above it still
    over the next paragraph (this one held quotes, each the heading speaker's); else None."""
    found = heading_speaker(b.text)
    if found is None and (name := bracketed_name(b.text)) is not None:
        found = (name, None, name)  # "Arsene Wenger (Arsenal)": a person only over a quote
    if found is not None:
        keys = people.forms.get(found[0], [])
        return (b.number, keys[0]) if len(keys) == 1 else None
    if under is not None and speakers and all(k == under for k, _ in speakers):
        return (b.number, under)
    if _topic_line(b, headed) and headed is not None:
        return (b.number, headed[1])  # "On the scrums:" between the heading and the answer
    return None


def _topic_line(b: _Block, headed: tuple[int, str] | None) -> bool:
    """ "On the scrums:", "On how it feels:": a short line ending with a colon, naming
    nobody and quoting nothing, right under a speaker heading or an answer under it."""
    text = b.text.strip()
    return (
        headed is not None
        and headed[0] == b.number - 1
        and text.endswith(":")
        and len(text.split()) <= 16
        and not _DOUBLE.search(text)
        and not any(m.key is not None for m in b.mentions)
    )


def _focus(
    b: _Block,
    salience: _Salience,
    spoken: list[tuple[int, str]],
    focus: tuple[int, str] | None,
) -> tuple[int, str] | None:
    """(paragraph, person) when every person a paragraph names or calls he/she is one
    person, the subject of a clause ("She opened her door to waterfalls ..."), whom the
    story has stayed with (a he/she here, or `focus`, the paragraph before, was theirs)."""
    keys = {m.key for m in b.mentions if m.key is not None}
    for m in b.mentions:
        if m.pronoun in _HE_SHE:
            key = salience.resolve(b, m.start, spoken, m.pronoun)
            if key is None:
                return None  # a he/she that may mean either of two people
            keys.add(key)
    subject = any(m.subject for m in b.mentions if m.key is not None or m.pronoun in _HE_SHE)
    if len(keys) != 1 or not subject:
        return None
    key = keys.pop()
    # The story has stayed with them: "she" here, or the paragraph before was theirs too.
    stayed = any(m.pronoun in _HE_SHE for m in b.mentions) or (
        focus is not None and focus == (b.number - 1, key)
    )
    return (b.number, key) if stayed else None


# (paragraph, person, its text, its mentions outside quotes)
_Lead = tuple[int, str, str, list[Mention]]


def _lead(
    b: _Block,
    salience: _Salience,
    spoken: list[tuple[int, str]],
    speakers: list[tuple[str | None, str]],
) -> _Lead | None:
    """(paragraph, person, text, mentions) when the paragraph's one person is its subject
    and it gives no quote a speaker (see `paragraph_subject`)."""
    if any(key for key, _ in speakers):
        return None
    one = lone_subject(b.mentions, lambda m: salience.resolve(b, m.start, spoken, m.pronoun))
    return (b.number, one, b.text, b.mentions) if one is not None else None


def _quotes_within(text: str, span: QuoteSpan) -> bool:
    """Whether a quote opens another inside it ("“The club rejects a post that “Rovers are
    finished.”"): a statement quoting someone else's words, not one person's lone remark."""
    if span.open_at is None:
        return False
    inside = text[span.open_at + 1 : span.close_at if span.close_at is not None else len(text)]
    return any(mark in inside for mark in '“«"')


def _person_in_focus(b: _Block, span: QuoteSpan, person: str) -> str | None:
    """A paragraph that is only a quote, right after a paragraph without one about one
    person ("She opened her door to waterfalls flowing from her walls." / "“It was like a
    dirty river.”"): the quote is that person's, the convention of feature writing. When
    this paragraph names someone, nobody's."""
    if (
        span.open_at is None
        or b.text[: span.open_at].strip()
        or any(m.key is not None for m in b.mentions)
    ):
        return None
    return person


def _described(
    people: People, reporter: tuple[int, str] | None, number: int, reported_only: bool
) -> str | None:
    """The speaker of the paragraph just before, whom a description opening this paragraph
    ("The Liberal Democrat MSP said:", a role nobody was given) may mean (see
    `_role_subject`): when the article gave them no role, or when that paragraph only
    reported their words ("X, who said there was ...") and this one quotes them."""
    if reporter is None or reporter[0] != number - 1:
        return None
    if reported_only or people.by_key[reporter[1]].role == UNKNOWN_ROLE:
        return reporter[1]
    return None


def _reported_speaker(
    b: _Block, spans: list[QuoteSpan], salience: _Salience, spoken: list[tuple[int, str]]
) -> str | None:
    """ "Parris confirmed that ...", "He said he is confident ...": the person a paragraph
    reports last, after any quote, when nobody else speaks in that sentence. A quote opening
    the next paragraph with no attribution of its own is theirs."""
    if not b.sentences:
        return None
    lo, hi = b.sentences[-1]
    if spans and spans[-1].end >= lo:  # after the last quote: "..., Alison McInnes called on"
        lo = (spans[-1].close_at or hi) + 1
        if lo >= hi or _after(b, lo, hi) is not None:
            return None  # `"...," Kurtz said.`: the quote's own attribution, nothing reported
    return _reported_in(b, lo, hi, salience, spoken)


def _reported_in(
    b: _Block, lo: int, hi: int, salience: _Salience, spoken: list[tuple[int, str]]
) -> str | None:
    """The person whose words the text of `b` from `lo` to `hi` reports, if one does."""
    final = _final_attribution(b, lo, hi)
    if final is not None:
        return final
    outcome = _before(b, lo, hi)
    if outcome is None or outcome[0] == "nonperson":
        return None
    key, _ = _resolve(outcome, b, salience, spoken)
    if key is None or any(_speaks(b, m) for m in b.mention_at(lo, hi) if m.key != key):
        return None
    return key


def _reported_then_narrated(
    b: _Block, salience: _Salience, spoken: list[tuple[int, str]]
) -> str | None:
    """ "According to him, 19 areas are flooded. That is not to say the rest are dry.": a
    paragraph without quotes whose last sentences name nobody and have no verb of speech
    goes on with the words of the person an earlier sentence reports (round 52,
    `reported_then_narrated`); a quote opening the next paragraph is theirs."""
    for k in range(len(b.sentences) - 1, 0, -1):
        lo, hi = b.sentences[k]
        if not _narrates(b, lo, hi):
            return None
        if not reports_words(b.text, *b.sentences[k - 1], _VERB):
            continue
        key = _reported_in(b, *b.sentences[k - 1], salience, list(spoken))
        if key is not None:
            after = b.mention_at(b.sentences[k][0], len(b.text))
            he_she = [m for m in after if m.pronoun in _HE_SHE]
            if all(salience.resolve(b, m.start, spoken, m.pronoun) == key for m in he_she):
                return key
    return None


def _narrates(b: _Block, lo: int, hi: int, but: str | None = None) -> bool:
    """A sentence of the writer's own: no verb of speech, nobody named (but `but`) or
    described."""
    speech = (
        v
        for v in _VERB.finditer(b.text, lo, hi)
        if not _INFINITIVE_TO.search(b.text, max(lo, v.start() - 4), v.start())
    )  # "That is not to say ...": no one speaks
    return (
        next(speech, None) is None
        and not any(m.key is not None and m.key != but for m in b.mention_at(lo, hi))
        and not _SOMEONE.search(b.text, lo, hi)
    )


def _narrated(
    b: _Block,
    mentions: list[Mention],
    before: tuple[int, str] | None,
    narrated: tuple[int, str, int] | None,
    salience: _Salience,
    spoken: list[tuple[int, str]],
) -> tuple[int, str, int] | None:
    """(paragraph, speaker, lines so far) when `b`, a paragraph without quotes, is a line of
    the writer's own after the speaker `before` handed on, or after such lines
    (`narration_between`). The line may name the speaker or say a he/she meaning them
    ("Obi has farmed here for thirty years and he knows the signs."), nobody else."""
    if before is not None and before[0] == b.number - 1:
        speaker, lines = before[1], 1
    elif narrated is not None and narrated[0] == b.number - 1:
        speaker, lines = narrated[1], narrated[2] + 1
    else:
        return None
    if (
        lines > NARRATION_LINES
        or not narration_line(b.text)
        or not _about_only(b, mentions, speaker, salience, spoken)
        or not all(_narrates(b, lo, hi, speaker) for lo, hi in b.sentences)
        or _WRITING.search(b.text)  # "The statement read at the vote follows."
        or led_by_unknown_name(b.text, b.starts, mentions, b.quoted)
    ):
        return None
    return (b.number, speaker, lines)


def _about_only(
    b: _Block,
    mentions: list[Mention],
    speaker: str,
    salience: _Salience,
    spoken: list[tuple[int, str]],
) -> bool:
    """Whether `b` names nobody but `speaker`, each he/she in it means them, it describes
    nobody ("the minister") and nobody in it speaks ("Police said")."""
    return (
        all(m.key in (None, speaker) for m in mentions)
        and all(
            salience.resolve(b, m.start, spoken, m.pronoun) == speaker
            for m in mentions
            if m.pronoun in _HE_SHE
        )
        and (all(m.key is None for m in mentions) or names_only_known(b.text, mentions))
        and not _SOMEONE.search(b.text)
        and not any(_opens_with_speech(b, lo, hi) for lo, hi in b.sentences)
    )


def _colon_subject(b: _Block, salience: _Salience, spoken: list[tuple[int, str]]) -> str | None:
    """ "Premier Jo Lee released a statement on the talks:": a paragraph without quotes that
    ends with a colon introduces the quote after it; its last sentence's one subject, named
    or a he/she, is the speaker (any other person named as a subject there: nobody)."""
    text = b.text.rstrip()
    if not text.endswith(":") or not b.sentences:
        return None
    lo, hi = b.sentences[-1]
    keys: set[str | None] = set()
    for m in b.mention_at(lo, hi):
        if m.pronoun in _HE_SHE and m.subject:
            keys.add(salience.resolve(b, m.start, spoken, m.pronoun))
        elif m.key is not None and m.subject:
            keys.add(m.key)
    return keys.pop() if len(keys) == 1 else None


def _final_attribution(b: _Block, lo: int, hi: int) -> str | None:
    """ "Comments from X claiming ... are not supported, the party's spokesperson, Dr Jo
    Lee, says.": a sentence with no quote that ends with a comma, a name and a verb of
    speech reports that person's words, whoever else it names before."""
    mentions = [m for m in b.mention_at(lo, hi) if not m.pronoun]
    if not mentions or mentions[-1].key is None:
        return None
    last = mentions[-1]
    comma = b.text.rfind(",", lo, last.start)
    if comma < 0 or not _titles_only(b.text[comma + 1 : last.start]):
        return None
    tail = b.text[last.end : hi]
    verb = VERB_AFTER.match(tail.removeprefix(","))
    if verb is None or tail.removeprefix(",")[verb.end() :].strip(" ."):
        return None
    return last.key


def _speaks(b: _Block, m: Mention) -> bool:
    """A named person who speaks in the sentence ("Jones told him", "said Jones"); one who
    is only talked about ("does he think Hosein reported it") does not compete."""
    if m.key is None:
        return False
    before = VERB_BEFORE.search(b.text, max(0, m.start - 40), m.start)
    return verb_after_asides(b.text[m.end : m.end + 200]) or (
        before is not None and before.group().split()[0].rstrip(",") not in OBJECT_VERBS
    )


_HE_SHE = ("he", "she")


def _pronoun_subjects(
    b: _Block, salience: _Salience, spoken: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """(where, who) for each he/she that is the subject of its clause and means one person
    for sure: "He said he supported the motion" keeps that person the likely he/she."""
    found: list[tuple[int, str]] = []
    for m in b.mentions:
        if m.pronoun in _HE_SHE and m.subject:
            key = salience.resolve(b, m.start, spoken, m.pronoun)
            if key is not None:
                found.append((m.start, key))
    return found


_SOMEONE = re.compile(
    rf"\b(?:the|an?|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}(?:{_PERSON_NOUNS})s?\b",
    re.IGNORECASE,
)


def _names_nobody(b: _Block, mentions: list[Mention], but: str | None = None) -> bool:
    """A paragraph that names no person, says no he/she, describes nobody ("the
    minister") and has nobody speak ("Police said"): a heading or a translation in
    brackets, which leaves the likely he/she as it was. `but`: the one person it may name
    ("Though the town was calm, Obi and other residents went home": Obi stays the he/she),
    when it writes no other full name."""
    return not (
        any((m.key is not None and m.key != but) or m.pronoun in _HE_SHE for m in mentions)
        or (
            any(m.key is not None and m.key == but for m in mentions)
            and not names_only_known(b.text, mentions)
        )
        or _SOMEONE.search(b.text)
        or any(_opens_with_speech(b, lo, hi) for lo, hi in b.sentences)
    )


def _passes_through(
    b: _Block, mentions: list[Mention], salience: _Salience, spoken: list[tuple[int, str]]
) -> bool:
    """Whether the likely he/she of the paragraph before stays so after `b`, which quotes
    nobody by name (`he_she_through`)."""
    assert salience.carried is not None
    outside = _outside_quotes(b)
    someone = bool(_SOMEONE.search(outside)) or any(
        _opens_with_speech(b, lo, hi) for lo, hi in b.sentences
    )
    return passes_through(
        b.text,
        b.quoted,
        mentions,
        salience.carried[1],
        lambda m: salience.resolve(b, m.start, spoken, m.pronoun),
        someone or led_by_unknown_name(b.text, b.starts, mentions, b.quoted),
    )


def _opens_with_speech(b: _Block, lo: int, hi: int) -> bool:
    """ "Police said the driver ...": a sentence whose main verb is one of speech (within its
    first words), not one that only reports it in passing ("in what gardaí say was") nor a
    noun ("Her remarks came after ...")."""
    text = b.text
    verb = _VERB.search(text, lo, hi)
    if verb is not None and not _within(verb.start(), b.quoted) and noun_use(text, verb):
        verb = _VERB.search(text, verb.end(), hi)  # "Her remarks came after ...": a noun
    return verb is not None and len(text[lo : verb.start()].split()) <= 4


# A piece of writing named in a quote's own sentence ("a statement issued by the camp
# urging them to", "the letter"): the quoted words are the writing's, no neighbour's.
_WRITING = re.compile(
    r"(?<![\w’'])(?:a|an|the|its|his|her|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|letter|report|post|release|notice|petition|message|document|memo|circular"
    r"|tweet|communiqu[eé])s?(?![\w’'])",
    re.IGNORECASE,
)


def _written_words(b: _Block, span: QuoteSpan) -> bool:
    """Whether the quote's sentence names a piece of writing before the quote."""
    s_start = b.sentence_of(span.start)[0]
    return _WRITING.search(b.text, s_start, span.start) is not None


def _neighbour(
    b: _Block,
    spans: list[QuoteSpan],
    speakers: list[tuple[str | None, str]],
    i: int,
    order: range,
) -> list[str]:
    """The speaker of the nearest quote in `order` that has one, as a one-item list, unless
    another person is named between the two quotes (then nobody: when unsure, abstain).
    Within one sentence only a person who speaks competes: in `Rae called it “shocking,”
    because Harper has “an obligation”` both quotes are Rae's."""
    for j in order:
        key = speakers[j][0]
        if not key:
            continue
        lo, hi = sorted((spans[j].start, spans[i].start))
        one_sentence = b.sentence_of(lo) == b.sentence_of(hi)
        if one_sentence and _echoed(b, spans[j]):
            return []  # "Obi reiterated the words of Bello that “...” before adding “...”"
        if not one_sentence and _written_words(b, spans[i]):
            return []  # "... a statement issued by the camp urging them to “...”": its words
        if (
            j < i
            and not one_sentence
            and writers_sentence_term(b.text, b.sentence_of(hi), spans[i].parts[0])
        ):
            return []  # "... The towns launched a campaign for “residential tourists”": theirs
        between = b.mention_at(lo, hi)
        others = [
            m
            for i, m in enumerate(between)
            if m.key is not None
            and m.key != key
            and (_speaks(b, m) or not one_sentence or _contrasted_subject(b, m, lo))
            and not _names_a_role_of(b, m, between[i + 1 : i + 2], key)
        ]
        return [] if others else [key]
    return []


_CONTRAST = re.compile(
    r"(?:\b(?:while|whilst|whereas)|,\s*(?:but|and))\s+(?:[A-Z][\w.’'-]*\s+){0,2}$"
)


def _contrasted_subject(b: _Block, m: Mention, lo: int) -> bool:
    """`A labelled it a “non event” while Cllr B dismissed it as “a talking shop”`: a name
    opening a clause set against the first ("while", "whereas", ", but") is its subject;
    the quote after it may be theirs, so the quote before does not carry over it."""
    after = b.text[m.end : m.end + 3]
    return (
        after[:1] == " "
        and after[1:2].islower()
        and (_CONTRAST.search(b.text, max(lo, m.start - 30), m.start) is not None)
    )


def _names_a_role_of(b: _Block, m: Mention, after: list[Mention], key: str | None) -> bool:
    """ "said Weinstein lawyer Phyllis Kupferstein": a name used before a lowercase role
    right before the speaker's name (`key`'s, or anyone's when None) says whose the role
    is; that name does not speak."""
    if not after or after[0].key is None or (key is not None and after[0].key != key):
        return False
    role = b.text[m.end : after[0].start]
    return bool(role.split()) and role.strip()[:1].islower() and _titles_only(role)


# "Mfo Tibetor, has been interdicted by the GES": the subject of a passive is acted on;
# a he/she in the paragraph after is not likely theirs.
_PASSIVE_SUBJECT = re.compile(
    r",?\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\b"
)


def _addressee(b: _Block, asker: str) -> str | None:
    """When the paragraph's last sentence puts a question to someone ("Lee then asked
    Deputy Ames whether ..."): the one person named as asked, or "" when the draft cannot
    tell who it is (a pronoun, nobody known, two people); None when it asks nobody."""
    if not b.sentences:
        return None
    lo, hi = b.sentences[-1]
    whom = addressee_span(b.text, lo, hi)
    if whom is None:
        return None
    keys = {m.key for m in b.mention_at(*whom) if m.key is not None and m.key != asker}
    return keys.pop() if len(keys) == 1 else ""


def _carried(
    previous: tuple[int, str],
    asker: tuple[int, str, str] | None,
    text: str,
    span: QuoteSpan,
) -> str | None:
    """Whose a quote opening a paragraph is when the paragraph before hands on `previous`:
    after a question put to someone, the person asked's (None when not known), unless the
    quote asks a question itself (the asker's, going on)."""
    if asker is None or asker[0] != previous[0] or asker[1] != previous[1]:
        return previous[1]
    lo, hi = span.parts[-1]
    if asks_a_question(text[lo:hi]):
        return asker[1]
    return asker[2] or None


def _other_named_after(b: _Block, span: QuoteSpan, key: str) -> bool:
    """`“...,” Cllr Jo Lee (FF) went on.`: someone other than `key` named in the quote's
    sentence right after it, in a frame the draft cannot read; the quote may be theirs."""
    if span.close_at is None:
        return False
    end = b.sentence_of(span.close_at)[1]
    return any(
        m.key is not None and m.key != key
        for m in b.mention_at(span.close_at, min(end, span.close_at + 40))
    )


def _named_before_in_sentence(b: _Block, span: QuoteSpan, key: str) -> bool:
    """Someone other than `key` named earlier in the quote's sentence ("Layton was quick to
    contend that “...”"): the quote may be theirs, so a later quote's speaker is not sure."""
    opening = span.open_at if span.open_at is not None else span.start
    s_start = b.sentence_of(opening)[0]
    return any(m.key is not None and m.key != key for m in b.mention_at(s_start, opening))


def _within(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


# `“...,” she said`: the he/she right after a quote, the surest sign of who it means.
_SAID_AFTER_QUOTE = re.compile(r"(?<=[”\"] )(?:he|she) (?:said|says|added|told|tells)\b")


def _resolve(
    outcome: Outcome, b: _Block, salience: _Salience, spoken: list[tuple[int, str]]
) -> tuple[str | None, bool]:
    """(speaker key, decided): decided is False when nothing in the text settles it."""
    if outcome is None:
        return None, False
    kind, value, pos = outcome
    if kind == "nonperson":
        key = _carried_role_holder(b, value, pos, salience, spoken) if value else None
        if key is not None:
            spoken.append((pos, key))
        return key, True
    key = value if kind == "person" else salience.resolve(b, pos, spoken, value)
    if key is None and kind == "pronoun":
        key = (
            _paragraph_antecedent(b, pos, value)
            or _across_nameless(b, pos, value, salience)
            or _previous_paragraph_subject(b, pos, value, salience)
        )
        if key is not None and salience.pronouns.get(key, value) != value:
            key = None  # `“...,” she said` of Ada Obi before: a he is someone else
    if key is not None and kind == "pronoun" and _SAID_AFTER_QUOTE.match(b.text, pos):
        salience.pronouns.setdefault(key, value)  # `“...,” she said`: she, for sure
    if key is not None:
        spoken.append((pos, key))
    return key, True


def _paragraph_antecedent(b: _Block, pos: int, pronoun: str) -> str | None:
    """The paragraph's one person named as a clause's subject before the he/she at `pos`
    (`named_antecedent`), unless an unnamed person ("a resident") or a description of
    someone else ("The mayor said") stands before it."""
    if _unnamed_person_between(b, 0, pos):
        return None
    names = {p.key: p.name for p in b.people.persons}
    key = named_antecedent(b.text, pos, pronoun, b.mentions, b.quoted, names, b.article)
    if key is not None and any(k != key for _, k in _described_subjects(b, pos)):
        return None  # "The mayor said ..., he said": the mayor may be someone else
    known = [(m.start, m.end) for m in b.mentions if m.key is not None]
    if key is not None and any(
        at < pos and not _within(at, b.quoted) and not _within(at, known)
        for at in who_clause_starts(b.text)
    ):
        return None  # "Amadi, who toured the valley, ... He urged": someone not known
    return key


def _previous_paragraph_subject(
    b: _Block, pos: int, pronoun: str, salience: _Salience
) -> str | None:
    """The one person the paragraph before names as a clause's subject, for a he/she its
    own paragraph reaches before naming anyone (`previous_subject`), unless someone
    unnamed, a description of someone else or another speaker stands in either paragraph,
    or what was carried from there is someone else."""
    text = b.texts.get(b.number - 1)
    if text is None:
        return None
    quoted = [part for span in quote_spans(text) for part in span.parts]
    mentions = b.people.mentions(text)
    sentences = sentence_spans(text)
    before = _Block(
        b.people,
        b.number - 1,
        text,
        mentions,
        [m.start for m in mentions],
        sentences,
        [lo for lo, _ in sentences],
        quoted=quoted,
        article=b.article,
    )
    key = previous_subject(
        text, before.mentions, quoted, b.text, pos, b.mentions, b.quoted, pronoun
    )
    if key is None:
        return None
    for held in (salience.carried, salience.speaker):
        if held is not None and held[0] == b.number - 1 and held[1] != key:
            return None  # the paragraph before spoke through someone else
    for x, hi in ((before, len(text)), (b, pos)):
        if _unnamed_person_between(x, 0, hi):
            return None  # "Jo Lee met a resident, who said": the he/she may be theirs
        if any(k != key for _, k in _described_subjects(x, hi)):
            return None  # "The mayor said": the one mayor, or someone the draft cannot tell
    if _others_speak(b, pos, pronoun):
        return None
    if salience.pronouns.get(key, pronoun) != pronoun:
        return None
    if other_gender(b.article, b.people.by_key[key].name, pronoun):
        return None
    return key


# "Police said", "officials told": someone other than a he/she speaking, on the way back.
_OTHER_SPEAKS = re.compile(
    r"(?<![\w’'])(?:he|she)\s+(?:[a-z]+ly\s+|also\s+)?$|\b[Tt]he\s+(?:[\w’'-]+\s+){0,5}$"
)


def _others_speak(x: _Block, hi: int, pronoun: str) -> bool:
    """Whether a speech verb outside quoted words before `hi` has a subject other than
    `pronoun` or a description ("The Minister added"): "Police said the driver ..."."""
    for verb in _VERB.finditer(x.text, 0, hi):
        if _within(verb.start(), x.quoted) or noun_use(x.text, verb):
            continue
        before = x.text[max(0, verb.start() - 60) : verb.start()]
        lead = _OTHER_SPEAKS.search(before)
        if lead is None or (
            lead.group().split()[0].casefold() in _HE_SHE
            and pronoun not in lead.group().casefold().split()
        ):
            return True
    return False


def _across_nameless(b: _Block, pos: int, pronoun: str, salience: _Salience) -> str | None:
    """ "Obi ... said." / "The minister added that ..." / "“...,” he said.": the person a
    he/she meant two or three paragraphs back, when every paragraph since names nobody
    outside quoted words (no name, no unnamed person, no description of someone else) and
    neither does this one before the he/she (`named_antecedent.names_nobody`)."""
    carried = salience.carried
    if carried is None or not 2 <= b.number - carried[0] <= 3:
        return None
    key = carried[1]
    between = [b]
    for n in range(carried[0], b.number):
        text = b.texts.get(n)
        if text is None:
            return None
        quoted = [part for span in quote_spans(text) for part in span.parts]
        mentions = [m for m in b.people.mentions(text) if not _within(m.start, quoted)]
        if n == carried[0]:
            if not only_them(text, mentions, quoted, key, pronoun):
                return None  # "Obi gave the interview to Eva Moss": she may be the she
            continue
        sentences = sentence_spans(text)
        between.append(
            _Block(
                b.people,
                n,
                text,
                mentions,
                [m.start for m in mentions],
                sentences,
                [lo for lo, _ in sentences],
                quoted=quoted,
                article=b.article,
            )
        )
    for x in between:
        hi = pos if x is b else len(x.text)
        if not names_nobody(x.text, hi, x.mentions, x.quoted, pronoun):
            return None
        if any(not _within(m.start(), x.quoted) for m in _ANYONE_UNNAMED.finditer(x.text, 0, hi)):
            return None  # "“Vik”, a resident, said he": nobody named, so someone else
        if any(k != key for _, k in _described_subjects(x, hi)):
            return None  # "The mayor said": the one mayor, or someone the draft cannot tell
        if _others_speak(x, hi, pronoun):
            return None  # "Police said the driver was held.": the police may be the he
    if salience.pronouns.get(key, pronoun) != pronoun:
        return None
    if other_gender(b.article, b.people.by_key[key].name, pronoun):
        return None
    return key


def _carried_role_holder(
    b: _Block, noun: str, pos: int, salience: _Salience, spoken: list[tuple[int, str]]
) -> str | None:
    """`“...,” the minister explained` of an article naming two ministers: the one a he/she
    at `pos` would mean, when they hold the role noun (`carried_role`); else nobody."""
    holders = b.people.role_holders([noun], (b.number, pos))
    likely = salience._likely(b, pos, spoken)
    if likely is None or _subordinate_rival(b, pos, likely):
        return None
    before = [key for at, key in spoken if at < pos]
    if before:
        last = before[-1]
    elif salience.speaker is not None and salience.speaker[0] == b.number - 1:
        last = salience.speaker[1]
    else:
        return None  # "Justice Obi had directed ..." / "“...,” the judge said": not a speaker
    return carried_holder(likely, holders) if likely == last else None


RUN_ON_HOW = "the paragraph its quote runs on to"


def _run_on_chain(
    found: list[FoundQuote],
    running: list[int],
    b: _Block,
    spans: list[QuoteSpan],
    speakers: list[tuple[str | None, str]],
    first: int,
) -> list[int]:
    """A quote over several paragraphs, each opening with a quotation mark and only the last
    closing it, attributed at its end (`“A.` / `“B.` / `“C,” Mr Shelton said.`): the earlier
    paragraphs are the same speaker's. Gives them that speaker and returns the chain still
    open after this paragraph (the indices in `found` of its unattributed quotes)."""
    opens = bool(spans) and spans[0].open_at is not None and not b.text[: spans[0].open_at].strip()
    if not opens or first >= len(found):
        return []
    chained = running if running and found[running[-1]].block == b.number - 1 else []
    key, how = speakers[0]
    if key is not None and how in _DIRECT:
        for i in chained:
            found[i] = replace(found[i], speaker=key, how=RUN_ON_HOW)
        return []
    if key is None and len(spans) == 1 and spans[0].close_at is None:
        return [*chained, first]
    return []


PRONOUN_HOW = "a he/she in the sentence"


def _how(outcome: Outcome) -> str:
    """How the sentence named the speaker: by name, or by a he/she resolved to someone."""
    return PRONOUN_HOW if outcome is not None and outcome[0] == "pronoun" else "the sentence"


def _attribute(
    b: _Block,
    spans: list[QuoteSpan],
    i: int,
    salience: _Salience,
    spoken: list[tuple[int, str]],
) -> tuple[str | None, str]:
    span = spans[i]
    text = b.text
    if _denied(b, span):
        return None, "a denial"
    if object_relative_covers(b.text, b.sentence_of(_opening(span))[0], _opening(span)):
        return None, "a clause of another subject"
    if _named_not_said(b.text, span):
        return None, "a term"
    prev_end = (spans[i - 1].close_at or spans[i - 1].end) + 1 if i else 0
    if _named_term(b.text, span) or _names_a_thing(b.text, span):
        return _reported_term(b, span, prev_end, salience, spoken)
    nxt = spans[i + 1].open_at if i + 1 < len(spans) else None
    byline = span.close_at is not None and reported_under_byline(
        text,
        b.sentence_of(_opening(span))[0],
        _opening(span),
        span.close_at,
        b.sentence_of(span.close_at)[1],
    )
    if span.gap is not None:
        outcome = _after(b, *span.gap)
        key, decided = _resolve(outcome, b, salience, spoken)
        if decided:
            return key, _how(outcome)
    if span.close_at is not None:
        s_end = b.sentence_of(span.close_at)[1]
        hi = min(s_end, nxt if nxt is not None else len(text), span.close_at + 200)
        if s_end <= span.close_at + 1:
            hi = _asked_after(b, span, nxt)
        if hi > span.close_at + 1 and not byline:
            outcome = _after(b, span.close_at + 1, hi)
            key, decided = _resolve(outcome, b, salience, spoken)
            if decided:
                return key, _how(outcome)
    if span.close_at is not None:
        outcome = _said_apart(b, span.close_at + 1, nxt)
        key, decided = _resolve(outcome, b, salience, spoken)
        if decided:
            return key, _how(outcome)
    if span.close_at is not None and nxt is None:
        outcome = _passive_after(b, span.close_at + 1)
        key, decided = _resolve(outcome, b, salience, spoken)
        if decided:
            return key, _how(outcome)
    opening = span.open_at if span.open_at is not None else span.start
    s_start = b.sentence_of(opening)[0]
    lo = max(s_start, prev_end, opening - 400)
    outcome = _before(b, lo, opening)
    if (outcome is None or outcome[0] == "nonperson") and len(_quote_text(text, span).split()) > 3:
        # "Jo Reid, of Elm Street, said residents felt they had “no say at all”": the
        # name's reported clause (a term of three words or fewer is not read so)
        opener = reported_clause_subject(text, b.mentions, s_start, opening, _VERB)
        outcome = _outcome(opener) if opener is not None else outcome
    key, decided = _resolve(outcome, b, salience, spoken)
    if decided:
        return key, _how(outcome)
    outcome = (None if byline else _sentence_tail(b, span, nxt)) or _fronted_participle(b, span)
    key, decided = _resolve(outcome, b, salience, spoken)
    if decided and key is not None:
        return key, _how(outcome)
    return None, "unresolved"


def _partial_only(text: str, spans: list[QuoteSpan]) -> bool:
    """Whether every quote of the paragraph is a partial quote set inside its prose (none
    opens the paragraph): speech reported, not a turn of a dialogue."""
    return bool(spans) and all(
        _opening(s) > 0
        and text[: _opening(s)].strip() != ""
        and partial_quote(text[s.start : s.end])
        for s in spans
    )


def _reported_term(
    b: _Block, span: QuoteSpan, after: int, salience: _Salience, spoken: list[tuple[int, str]]
) -> tuple[str | None, str]:
    """A term in marks ("the “least proud”") is the speaker's only inside the clause of a
    speech verb before it in its sentence (after `after`, the quote before) whose subject is
    a person or a he/she the sentence settles (`reported_terms`); else nobody's."""
    run = b.text[span.start : span.end]
    if names_by_capitals(run) or marked_again(b.article, run):
        return None, "a term"  # "the “Clean Streets” campaign"; a term the article repeats
    if _names_a_thing(b.text, span) and not evaluative_modifier(run):
        return None, "a term"  # "in the “old harbour” area": a place's name
    opening = _opening(span)
    lo = max(b.sentence_of(opening)[0], after, opening - 400)
    verbs = [v for v in _VERB.finditer(b.text, lo, opening) if not noun_use(b.text, v)]
    if not verbs:
        return None, "a term"
    verb = verbs[-1]
    naming = verb.group().split()[0] in _NAMING_VERBS
    between = b.text[verb.end() : opening]
    if not naming and not in_reported_clause(between) and not said_clause(verb.group(), between):
        return None, "a term"  # "confirmed the existence of the “cluster”": the object
    outcome = _before(b, lo, opening)
    if outcome is None or outcome[0] == "nonperson":
        return None, "a term"
    key, decided = _resolve(outcome, b, salience, spoken)
    return (key, _how(outcome)) if decided and key is not None else (None, "a term")


_OPENING_ING = re.compile(r"([A-Z][a-z]+ing)\s")
_NAME_THEN_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b")


def _fronted_participle(b: _Block, span: QuoteSpan) -> Outcome:
    """`Stressing that the Philippines is "close friends" with China, Pimentel said that`: a
    sentence opening with a participle of speech holding the quote; the participle has the
    main clause's subject, the name right after the clause's comma."""
    if span.open_at is None or span.close_at is None:
        return None
    s_start, s_end = b.sentence_of(span.open_at)
    ing = _OPENING_ING.match(b.text, s_start)
    if ing is None or not _VERB.fullmatch(ing.group(1).casefold()):
        return None
    comma = b.text.find(",", span.close_at, s_end)
    if comma < 0:
        return None
    for m in b.mention_at(comma + 1, min(s_end, comma + 60)):
        if (
            m.key is not None
            and _titles_only(b.text[comma + 1 : m.start])
            and (_NAME_THEN_VERB.match(b.text, m.end) or VERB_AFTER.match(b.text[m.end : s_end]))
        ):
            return _outcome(m)
        break
    return None


_PASSIVE = re.compile(
    rf"\s*(?:This|That|These\s+words|It)\s+(?:was|were|has\s+been)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{_VERB.pattern})\s+by\s+"
)


def _passive_after(b: _Block, at: int) -> Outcome:
    """`"...." This was stated by Foreign Minister Jo Lee at ...`: the agency style of
    naming the speaker in the sentence after the quote."""
    passive = _PASSIVE.match(b.text, at)
    if passive is None:
        return None
    for m in b.mention_at(passive.end(), passive.end() + 80):
        if _titles_only(b.text[passive.end() : m.start]):
            return _outcome(m)
        break
    return ("nonperson", "", passive.end())


_CAPITAL_WORD = re.compile(r"\s+([A-Z][a-z]+)\s+")


def _said_apart(b: _Block, at: int, nxt: int | None) -> Outcome:
    """`“... the signatures are fake.” Said Maanzo.`: a sentence right after the quote that
    is only a verb of speech, capitalised, and a name (after titles only) attributes the
    quote as `, said Maanzo` would; anything more in it and it is a sentence of its own."""
    verb = _CAPITAL_WORD.match(b.text, at)
    if verb is None or not _VERB.fullmatch(verb.group(1).casefold()):
        return _name_said_apart(b, at, nxt)
    s_end = b.sentence_of(verb.end())[1]
    if nxt is not None and nxt < s_end:
        return None
    for m in b.mention_at(verb.end(), s_end):
        if _titles_only(b.text[verb.end() : m.start]) and not b.text[m.end : s_end].strip(" ."):
            return _outcome(m)
        break
    return None


def _name_said_apart(b: _Block, at: int, nxt: int | None) -> Outcome:
    """`“... all been acted on.” Yang said.`: a sentence right after the quote that is only a
    name (after titles) and a verb of speech attributes the quote before it."""
    lo = at + len(b.text[at:]) - len(b.text[at:].lstrip())
    if lo >= len(b.text) or not b.text[lo].isupper():
        return None
    s_end = b.sentence_of(lo)[1]
    if nxt is not None and nxt < s_end:
        return None
    for m in b.mention_at(lo, s_end):
        if not _titles_only(b.text[lo : m.start]):
            break
        rest = b.text[m.end : s_end]
        verb = VERB_AFTER.match(rest)
        if m.key is not None and verb and not rest[verb.end() :].strip(" ."):
            return _outcome(m)
        break
    return None


_TRAILING_WHO = re.compile(r",\s+who\s[^,]*$")


def _sentence_tail(b: _Block, span: QuoteSpan, nxt: int | None) -> Outcome:
    """`The statement said that “...” and X was wrong, Councilwoman Jo Lee said.`: a
    sentence that ends with its attribution gives it to every quote before it, when no
    other verb of speech stands between."""
    if span.close_at is None:
        return None
    s_end = b.sentence_of(span.close_at)[1]
    if nxt is not None and nxt < s_end:
        return None
    who = _TRAILING_WHO.search(b.text, span.close_at + 1, s_end)
    s_end = who.start() if who else s_end  # "..., said the Minister, who took over the post."
    comma = b.text.rfind(",", span.close_at + 1, s_end)
    outcome: Outcome = None
    if comma >= 0 and (
        FINAL_ATTRIBUTION.match(b.text, comma + 1, s_end)
        or VERB_AFTER.match(b.text[comma + 1 : s_end])
    ):
        outcome = _tail_outcome(b, span.close_at + 1, comma + 1, s_end)
    if outcome is None:  # ", Ada Obi, deputy head of the office, said during a briefing."
        closing = closing_attribution(b.text, span.close_at + 1, s_end)
        if closing is not None:
            outcome = _tail_outcome(b, span.close_at + 1, *closing)
    return outcome


def _tail_outcome(b: _Block, after_quote: int, lo: int, hi: int) -> Outcome:
    """The person the attribution `text[lo:hi]` names, when no other verb of speech stands
    between the quote (ending before `after_quote`) and it."""
    if any(not noun_use(b.text, v) for v in _VERB.finditer(b.text, after_quote, lo - 1)):
        return None
    outcome = _after(b, lo, hi)
    return outcome if outcome is not None and outcome[0] != "nonperson" else None


_THE_BEFORE = re.compile(r"(?<![\w’'])(?:the|any)\s+$", re.IGNORECASE)


# `its principle of 'minimum government'`, `the slogan “Take back control”`: a name for a
# thing; `ratepayers who “don't want a bar”`: what an unnamed group is said to want;
# `she heard a loud “pop”`: a sound heard, not words said.
_NAMING_BEFORE = re.compile(
    r"(?:\b(?:principle|slogan|motto|mantra|catchphrase|tagline|hashtag|nickname)s?"
    r"(?:\s+of)?|\b[a-z]+\s+who|\bhe(?:ard|ar|ars|aring)\s+(?:a|an|the)(?:\s+[a-z]+)?)\s+$"
)


def _named_not_said(text: str, span: QuoteSpan) -> bool:
    """Quoted words that name a thing or a character, not words anyone is shown to say:
    after a naming noun ("the principle of"), after "<people> who", or a short run of
    capitalised words inside a sentence ("appeared as an instructor “Col. Jo Lee,”")."""
    if span.open_at is None:
        return False
    if _NAMING_BEFORE.search(text, max(0, span.open_at - 40), span.open_at):
        return True
    words = text[span.start : span.end].split()
    return (
        len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and _TITLE_BEFORE.search(text, max(0, span.open_at - 3), span.open_at) is not None
    )


# `appeared as an instructor “Col. Jo Lee,”`, `told CNN Philippines' "The Source."`: a
# lowercase word or an owner's possessive before a title.
_TITLE_BEFORE = re.compile(r"(?:[a-z]|[’']s|s[’'])\s$")


_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*\.?\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z]")


def _marked_name(text: str, span: QuoteSpan) -> bool:
    """`“Hausa”-speaking`, `the coach of "Imishli" Jorge Casquilha`: a name in marks used
    as a word of the sentence (`marked_names`), not a quote."""
    return (
        span.open_at is not None
        and span.close_at is not None
        and len(span.parts) == 1
        and marked_name(text, span.open_at, span.close_at)
    )


def _nickname(text: str, span: QuoteSpan) -> bool:
    """`Bernard C. “Jack” Young`: one capitalised word in quotation marks between two words
    of a name is a nickname, part of the name, not a quote."""
    words = text[span.start : span.end].split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and span.open_at is not None
        and span.close_at is not None
        and _NAME_WORD_BEFORE.search(text, max(0, span.open_at - 30), span.open_at) is not None
        and _NAME_WORD_AFTER.match(text, span.close_at + 1) is not None
    )


_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![\w’'])(?:[Tt]he|an?|its|his|her|their|our|this|that)|\w(?:’s|'s))\s$"
)
_WORD_AFTER = re.compile(r"\s([a-z][a-z-]+)\b")
MODIFIER_WORDS = 6


def _names_a_thing(text: str, span: QuoteSpan) -> bool:
    """`the PNP’s “one time big time” drug operations`, `its “open door” policy`: quoted
    words between a determiner and the noun they modify name a thing (a term, a scheme),
    they are not words anyone is shown to say."""
    if span.open_at is None or span.close_at is None:
        return False
    words = text[span.start : span.end].split()
    if len(words) > MODIFIER_WORDS or words[-1][-1:] in ",.;:!?":
        return False
    if not _DETERMINER_BEFORE.search(text, max(0, span.open_at - 12), span.open_at):
        return False
    noun = _WORD_AFTER.match(text, span.close_at + 1)
    return noun is not None and not (
        noun.group(1) in FUNCTION_WORDS
        or noun.group(1).endswith(("ly", "ing", "ed"))  # "a “strategic plan” involving"
        or _VERB.fullmatch(noun.group(1))
    )


def _named_term(text: str, span: QuoteSpan) -> bool:
    """`confirmed the existence of the “cluster”`, `thwarted any ‘Sintra process’`: a word
    or two in quotation marks after "the" or "any" name a thing in someone's words, not a
    quote anyone is shown to say."""
    if span.open_at is None or len(text[span.start : span.end].split()) > 2:
        return False
    return _THE_BEFORE.search(text, max(0, span.open_at - 8), span.open_at) is not None


def _opening(span: QuoteSpan) -> int:
    """Where the quote opens: its opening mark, else where its words start."""
    return span.open_at if span.open_at is not None else span.start


def _denied(b: _Block, span: QuoteSpan) -> bool:
    """ "denied ordering troops to “kill everybody”", "would not deny that he told X he could
    “finger” nine": the words are what someone denies having said, nobody's for sure; so are
    the words of a claim the subject rebuts ("dismisses criticism that he ... “depowered”").
    A speech verb of its own after either ("denied it, saying “...”") attributes as usual."""
    opening = span.open_at if span.open_at is not None else span.start
    s_start = b.sentence_of(opening)[0]
    return denial_covers(b.text, s_start, opening) or rebutted_claim_covers(
        b.text, s_start, opening
    )


def _asked_after(b: _Block, span: QuoteSpan, nxt: int | None) -> int:
    """`"Can we ...?" Clarke said.`: a quote ending in ? or ! ends its sentence, and the
    attribution is the short sentence right after it; `“...” – Mayor Tom Jones` ends the
    paragraph with its signature. The end of either, else the closing mark (nothing)."""
    assert span.close_at is not None
    if DASH_SIGNATURE.match(b.text, span.close_at + 1) and nxt is None:
        return len(b.text)  # `“...” – Mayor Tom Jones`
    if b.text[: span.close_at].rstrip()[-1:] not in "?!":
        return span.close_at
    gap = b.text[span.close_at + 1 :]
    after = b.sentence_of(span.close_at + 1 + len(gap) - len(gap.lstrip()))
    if after[0] <= span.close_at or len(b.text[after[0] : after[1]].split()) > 12:
        return span.close_at
    return min(after[1], nxt if nxt is not None else len(b.text))


def _paragraph_speaker(
    b: _Block,
    spans: list[QuoteSpan],
    i: int,
    salience: _Salience,
    spoken: list[tuple[int, str]],
    speakers: list[tuple[str | None, str]],
) -> tuple[str | None, str]:
    """A speaker from the sentences between the previous quote and this one. The sentence
    of a quote before that has a speaker is that quote's attribution (`"...," said Obi
    lawyer Jo Lee in a statement. "..."`): `_neighbour` weighs it instead."""
    span = spans[i]
    if _written_words(b, span):
        return None, "unresolved"  # "a statement issued by the camp urging “...”": its words
    opening = span.open_at if span.open_at is not None else span.start
    floor = (spans[i - 1].close_at or spans[i - 1].end) + 1 if i else 0
    idx = bisect.bisect_right(b.starts, opening) - 1
    for back in range(1, 4):
        j = idx - back
        if j < 0:
            break
        lo, hi = b.sentences[j]
        if hi <= floor:
            break
        outcome = _before(b, max(lo, floor), hi)
        if lo < floor and speakers[i - 1][0] is not None and (outcome or ("",))[0] != "person":
            break  # the quote before's sentence, attributed to its speaker: see `_neighbour`
        if outcome is not None:
            key, _ = _resolve(outcome, b, salience, spoken)
            return key, "an earlier sentence"
        if _speaks_unresolved(b, max(lo, floor), hi):
            break  # someone spoke here whom the sentence does not settle: no further back
    return None, "unresolved"


_TOLD_HIM = re.compile(rf"(?<![\w’'])(?:{'|'.join(sorted(LISTENER_VERBS))})\s+(?:him|her)\b")


def _told_unsettled(b: _Block, spans: list[QuoteSpan], i: int) -> bool:
    """ "Her colleague has informed him that Oslo “wants to wait”": a quote with no speaker
    of its own whose sentence, before it (after any quote before), tells a he/she something:
    the one told is the likely speaker of before, the teller someone else, so no neighbour's
    speaker (an earlier sentence's, the quote before's) is the quote's."""
    span = spans[i]
    opening = span.open_at if span.open_at is not None else span.start
    floor = (spans[i - 1].close_at or spans[i - 1].end) + 1 if i else 0
    return bool(_TOLD_HIM.search(b.text, max(b.sentence_of(opening)[0], floor), opening))


def _speaks_unresolved(b: _Block, lo: int, hi: int) -> bool:
    """A verb of speech in [lo, hi) (not a noun's use) with a named person before it:
    "Nurudin Munyaneza, one of the protesters said ...", whose speaker was not settled."""
    return any(
        not noun_use(b.text, verb) and b.mention_at(lo, verb.start())
        for verb in _VERB.finditer(b.text, lo, hi)
    )
