"""The seed briefing is valid, faithful to its article, and written in our own words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.core.models import SUMMARY_LONG_ID, SUMMARY_SHORT_ID, Briefing, Question

ROOT = Path(__file__).resolve().parents[2]
BRIEFING_PATH = ROOT / "content" / "nk-troops-russia.yaml"
ARTICLE_PATH = ROOT / "tests" / "fixtures" / "seed_article.txt"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/briefing.schema.json"
CONFIRMATION_FACT = "troops-3000-confirmed"
COPY_LIMIT = 8  # this many consecutive words shared with the article count as copying


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return Briefing.model_validate(yaml.safe_load(BRIEFING_PATH.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE_PATH.read_text(encoding="utf-8")


def _all_ids(b: Briefing) -> list[str]:
    return [
        *(s.id for s in b.sections),
        *(f.id for f in b.figures),
        *(q.id for _, q in b.quotes()),
        *(f.id for f in b.facts),
        *(t.id for t in b.timeline if t.id),
        *(g.id for g in b.glossary if g.id),
        *(n.id for n in b.notes),
        *(q.id for q in b.questions),
    ]


def _seen_ids(b: Briefing) -> set[str]:
    """Every item a student sees that an editor's note may point at."""
    notes = {n.id for n in b.notes}
    return {SUMMARY_SHORT_ID, SUMMARY_LONG_ID, *_all_ids(b)} - notes


def _fair_game_quote_id(b: Briefing) -> str:
    ids = [q.id for _, q in b.quotes() if q.text == "fair game"]
    assert len(ids) == 1, "expected exactly one “fair game” quote"
    return ids[0]


def test_file_declares_its_schema_and_source() -> None:
    raw = BRIEFING_PATH.read_text(encoding="utf-8")
    assert raw.splitlines()[0] == SCHEMA_COMMENT
    data = yaml.safe_load(raw)
    assert data["schema"] == 1
    assert data["id"] == "nk-troops-russia"
    briefing = Briefing.model_validate(data)
    assert briefing.source.file is not None
    assert (ROOT / briefing.source.file).read_text(encoding="utf-8") == ARTICLE_PATH.read_text(
        encoding="utf-8"
    )
    assert briefing.source.title in ARTICLE_PATH.read_text(encoding="utf-8")


def test_ids_are_unique_across_the_file(briefing: Briefing) -> None:
    ids = _all_ids(briefing)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []


def test_every_reference_resolves(briefing: Briefing) -> None:
    sections = {s.id for s in briefing.sections}
    facts = {f.id for f in briefing.facts}
    quotes = {q.id for _, q in briefing.quotes()}
    for q in briefing.questions:
        assert set(q.refs) <= facts | quotes, f"{q.id} refers to {set(q.refs) - facts - quotes}"
    for n in briefing.notes:
        unknown = set(n.applies_to) - _seen_ids(briefing)
        assert not unknown, f"note {n.id} applies to unknown ids {unknown}"
        assert n.applies_to, f"note {n.id} applies to nothing"
    placed = [f.section for f in briefing.facts]
    placed += [q.section for _, q in briefing.quotes()]
    placed += [t.section for t in briefing.timeline]
    assert {s for s in placed if s is not None} <= sections


def test_every_quote_is_verbatim_from_the_article(briefing: Briefing, article: str) -> None:
    assert briefing.quotes(), "the briefing quotes nobody"
    for figure, quote in briefing.quotes():
        assert quote.text in article, f"{figure.name}: {quote.text!r} is not in the article"


def test_quiz_is_large_mixed_and_covers_every_section(briefing: Briefing) -> None:
    assert len(briefing.questions) >= 25
    assert {q.kind for q in briefing.questions} == {"choice", "truefalse", "short"}
    covered = {briefing.section_of(q) for q in briefing.questions}
    assert None not in covered, "a question tests nothing that belongs to a section"
    assert covered == {s.id for s in briefing.sections}


def test_questions_are_well_formed(briefing: Briefing) -> None:
    for q in briefing.questions:
        if q.kind == "choice":
            assert 3 <= len(q.choices) <= 5, q.id
            assert all("all of the above" not in c.casefold() for c in q.choices), q.id
    verdicts = {q.answer for q in briefing.questions if q.kind == "truefalse"}
    assert verdicts == {True, False}, "true/false questions should not all share one answer"


def _asks_about(q: Question, ids: set[str]) -> bool:
    return bool(ids & set(q.refs))


def test_fair_game_quote_carries_the_kirby_note(briefing: Briefing) -> None:
    quote_id = _fair_game_quote_id(briefing)
    kirby_notes = [n for n in briefing.notes_for(quote_id) if "Kirby" in n.text]
    assert len(kirby_notes) == 1
    note = kirby_notes[0]
    assert CONFIRMATION_FACT in note.applies_to
    disputed = {quote_id, CONFIRMATION_FACT}
    asking = [q for q in briefing.questions if _asks_about(q, disputed)]
    assert asking, "no question tests the disputed attribution"
    for q in asking:
        assert "According to the article" in q.prompt, q.id
        assert q.id in note.applies_to, f"{q.id} lacks the Kirby note"
        # A student who knows the real speaker must not be marked wrong for picking him.
        assert "John Kirby" not in q.choices, q.id


def test_cha_quote_carries_a_note_on_its_punctuation(briefing: Briefing) -> None:
    cha = next(f for f in briefing.figures if f.name == "Victor D. Cha")
    assert len(cha.quotes) == 1
    notes = briefing.notes_for(cha.quotes[0].id)
    assert any("The article itself" in n.sources for n in notes)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.casefold().replace("’", "'"))


def _ngrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + COPY_LIMIT]) for i in range(len(words) - COPY_LIMIT + 1)}


def _own_words(b: Briefing) -> Iterator[tuple[str, str]]:
    """Every text the editors wrote, labelled by where it sits."""
    yield "summary.short", b.summary.short
    yield "summary.long", b.summary.long
    for s in b.sections:
        for i, point in enumerate(s.points):
            yield f"section {s.id} point {i}", point
    for f in b.facts:
        yield f"fact {f.id}", f.text
    for _, q in b.quotes():
        yield f"quote {q.id} context", q.context
    for t in b.timeline:
        yield f"timeline {t.when}", t.what
    for g in b.glossary:
        yield f"glossary {g.term}", g.meaning
    for n in b.notes:
        yield f"note {n.id}", n.text
    for q in b.questions:
        yield f"question {q.id} prompt", q.prompt
        yield f"question {q.id} explanation", q.explanation


def test_our_text_never_copies_the_article(briefing: Briefing, article: str) -> None:
    copied = _ngrams(_words(article))
    quoted = [_words(q.text) for _, q in briefing.quotes()]
    offenders = []
    for where, text in _own_words(briefing):
        words = _words(text)
        shared = _ngrams(words) & copied
        # Shared runs inside a figure's verbatim quotation are quoting, not copying.
        shared = {g for g in shared if not any(_contains(qw, g) for qw in quoted)}
        if shared:
            offenders.append(f"{where}: {' '.join(sorted(shared)[0])}")
    assert offenders == []


def _contains(words: list[str], gram: tuple[str, ...]) -> bool:
    n = len(gram)
    return any(tuple(words[i : i + n]) == gram for i in range(len(words) - n + 1))
