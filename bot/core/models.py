"""The briefing format: pydantic models for one briefing file.

A briefing is built from one news article. Summaries, points, facts and explanations are in
the editors' own words; only `Quote.text` is somebody's verbatim words. Field-level rules live
here; rules that span the file (unique ids, references that resolve) live in `crosscheck`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from bot.i18n import _

__all__ = [
    "SCHEMA_VERSION",
    "SUMMARY_LONG_ID",
    "SUMMARY_SHORT_ID",
    "Briefing",
    "Citation",
    "Difficulty",
    "EditorNote",
    "Fact",
    "Figure",
    "GlossaryEntry",
    "LanguageCode",
    "Question",
    "QuestionKind",
    "Quote",
    "Section",
    "ShortText",
    "Slug",
    "Source",
    "Summary",
    "TimelineEntry",
]

SCHEMA_VERSION = 1
SUMMARY_SHORT_ID = "summary-short"
"""The id an editor's note uses to point at the short summary."""
SUMMARY_LONG_ID = "summary-long"
"""The id an editor's note uses to point at the long summary."""

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", min_length=1, max_length=64),
    Field(description="A stable id: lowercase letters, digits and dashes, e.g. `kirby-fair-game`."),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=240)]
LanguageCode = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35),
    Field(description="A language code (BCP 47), e.g. `en`, `fr`, `pt-BR`."),
]
QuestionKind = Literal["choice", "truefalse", "short"]
Difficulty = Literal["easy", "medium", "hard"]


class _Model(BaseModel):
    """Shared settings: unknown keys are errors, strings are never coerced from numbers.

    `defer_build`: a model's validator and serializer are built on its first use, not at
    import. Loading content validates through `Briefing` only, whose validator holds every
    nested model's rules, so an idle bot builds Briefing's alone.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


class Source(_Model):
    """Where the briefing comes from: the article it was built from."""

    title: ShortText = Field(description="The article's headline, as published.")
    publisher: ShortText | None = None
    byline: ShortText | None = None
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    url: ShortText | None = None
    file: ShortText | None = Field(
        default=None, description="Path of the article text this briefing was built from."
    )


class Summary(_Model):
    """The article in our own words: one paragraph, then a few.

    An editor's note points at them with the ids `summary-short` and `summary-long`.
    """

    short: Text
    long: Text


class Section(_Model):
    """One part of the story, as points in our own words."""

    id: Slug
    title: ShortText
    points: list[Text] = Field(min_length=1, description="What it says, in our words.")


class Quote(_Model):
    """Somebody's own words, verbatim, with what they were talking about."""

    id: Slug
    text: Text = Field(description="The words exactly as the source prints them.")
    context: Text = Field(description="Who said it, when and about what, in our words.")
    section: Slug | None = None
    translation: ShortText | None = Field(
        default=None,
        description=(
            "If the words are a translation: from what and by whom, e.g. "
            "`Translated from Chinese by the article; AFP renders it ...`. Shown with the quote."
        ),
    )


class Figure(_Model):
    """A person in the story, with their role and what they said."""

    id: Slug
    name: ShortText = Field(description="Full name, as the article gives it.")
    role: ShortText = Field(description="Their role, as the article gives it.")
    aliases: list[ShortText] = Field(
        default_factory=list, description="Other names users may type: surname, title."
    )
    quotes: list[Quote] = Field(default_factory=list, description="What they said, verbatim.")


class Fact(_Model):
    """One checkable statement the article makes, in our words."""

    id: Slug
    text: Text = Field(description="The fact, in our words.")
    section: Slug | None = Field(default=None, description="The id of its section.")


class TimelineEntry(_Model):
    """A dated event; `when` is free text because articles are vague ("early October")."""

    id: Slug | None = Field(default=None, description="Needed for an editor's note to point here.")
    when: ShortText
    what: Text
    section: Slug | None = None


class GlossaryEntry(_Model):
    """A term a reader may not know."""

    id: Slug | None = Field(default=None, description="Needed for an editor's note to point here.")
    term: ShortText
    meaning: Text


class Citation(_Model):
    """One source for an editor's note, precise enough for a reader to find it."""

    outlet: ShortText = Field(description="Who published it: `AP`, `The White House`, ...")
    title: ShortText | None = Field(default=None, description="The report's headline.")
    published: dt.date | None = Field(default=None, description="Its date, YYYY-MM-DD.")
    url: ShortText | None = Field(default=None, description="Where to read it.")

    def __str__(self) -> str:
        parts = [self.outlet]
        if self.title:
            parts.append(f"“{self.title}”")
        if self.published:
            parts.append(self.published.isoformat())
        if self.url:
            parts.append(self.url)
        return ", ".join(parts)


class EditorNote(_Model):
    """Where the article is wrong, unclear or dated, and the source that says so.

    A note can point at any item a student sees: the summaries (`summary-short`,
    `summary-long`), a section, figure, quote, fact, timeline entry, glossary entry or
    question. Every reply that shows the item shows the note.
    """

    id: Slug
    text: Text = Field(description="What is wrong or unclear, and what the source says.")
    applies_to: list[Slug] = Field(
        default_factory=list,
        description=(
            "Ids of the items it concerns: `summary-short`, `summary-long`, or the id of a "
            "section, figure, quote, fact, timeline entry, glossary entry or question."
        ),
    )
    sources: list[ShortText | Citation] = Field(
        min_length=1,
        description="Who says so: a name, or outlet, title, published date and url.",
    )


class Question(_Model):
    """A quiz question tied to the facts or quotes it tests."""

    id: Slug
    kind: QuestionKind = Field(description="Buttons (choice, truefalse) or a typed answer.")
    prompt: Text = Field(description="The question; say 'According to the article' where needed.")
    answer: str | bool = Field(
        description="The right answer: one of `choices` for choice, true/false for truefalse."
    )
    choices: list[ShortText] = Field(
        default_factory=list, description="choice only: the answer and 1-4 plausible distractors."
    )
    accept: list[ShortText] = Field(
        default_factory=list, description="Other spellings a short answer may use."
    )
    explanation: Text = Field(description="Why the answer is right, shown after answering.")
    refs: list[Slug] = Field(min_length=1, description="Ids of the facts or quotes it tests.")
    difficulty: Difficulty = "medium"
    review: bool = Field(
        default=False, description="True while a human has not checked a drafted question."
    )

    @model_validator(mode="after")
    def _answer_fits_kind(self) -> Question:
        if self.kind == "truefalse":
            if not isinstance(self.answer, bool):
                raise ValueError(_("a truefalse answer must be true or false (unquoted)"))
            if self.choices:
                raise ValueError(_("a truefalse question takes no choices; remove `choices`"))
            return self
        if isinstance(self.answer, bool):
            raise ValueError(
                _("a {kind} answer must be text; YAML read it as a boolean, so quote it").format(
                    kind=self.kind
                )
            )
        if not self.answer.strip():
            raise ValueError(_("the answer is empty; write the right answer"))
        if self.kind == "choice":
            self._check_choices(self.answer, self.choices)
        elif self.choices:
            raise ValueError(
                _("a short question takes no choices; use `accept` for other spellings")
            )
        return self

    @staticmethod
    def _check_choices(answer: str, choices: list[str]) -> None:
        if len(choices) < 2:
            raise ValueError(_("a choice question needs at least two `choices`"))
        if len(choices) > 5:
            raise ValueError(_("a choice question takes at most five `choices` (one button row)"))
        folded = [c.casefold() for c in choices]
        if len(set(folded)) != len(folded):
            raise ValueError(_("the choices repeat themselves; make each choice distinct"))
        if answer.casefold() not in folded:
            raise ValueError(_("the answer is not among the choices; add it or fix the spelling"))

    @property
    def answer_text(self) -> str:
        """The answer as a reader sees it (true or false in the reader's language)."""
        if isinstance(self.answer, bool):
            return _("True") if self.answer else _("False")
        return self.answer


_CACHED_MAPS = (
    "questions_by_id",
    "_section_by_item",
    "_note_positions_by_item",
    "figures_by_name",
)
"""`Briefing`'s maps built once from its items (kept in the instance's `__dict__`)."""


class Briefing(_Model):
    """One briefing file: an article turned into something to read and to be quizzed on."""

    schema_version: Literal[1] = Field(alias="schema", description="Format version; always 1.")
    id: Slug
    title: ShortText = Field(description="The briefing's title, in our words.")
    language: LanguageCode = Field(
        default="en", description="The language the briefing is written in; default `en`."
    )
    source: Source = Field(description="The article it was built from.")
    tags: list[Slug] = Field(default_factory=list, description="Keywords for /briefings.")
    summary: Summary = Field(description="The story in our own words.")
    sections: list[Section] = Field(min_length=1, description="The parts of the story.")
    figures: list[Figure] = Field(default_factory=list, description="The people in it.")
    facts: list[Fact] = Field(default_factory=list, description="What questions test.")
    timeline: list[TimelineEntry] = Field(default_factory=list, description="Dated events.")
    glossary: list[GlossaryEntry] = Field(default_factory=list, description="Terms explained.")
    notes: list[EditorNote] = Field(
        default_factory=list, description="Where the article is wrong, unclear or dated."
    )
    questions: list[Question] = Field(default_factory=list, description="The quiz.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def section(self, section_id: str) -> Section | None:
        """The section with this id, if any."""
        return next((s for s in self.sections if s.id == section_id), None)

    def quotes(self) -> list[tuple[Figure, Quote]]:
        """Every quote with the figure who said it, in file order."""
        return [(f, q) for f in self.figures for q in f.quotes]

    def notes_for(self, *item_ids: str | None) -> list[EditorNote]:
        """Editor's notes that apply to any of these items, in file order, each once."""
        by_item = self._note_positions_by_item
        found = [p for i in item_ids if i and i in by_item for p in by_item[i]]
        if len(found) > 1:
            found = sorted(set(found))
        return [self.notes[p] for p in found]

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (see pydantic), without the maps cached from this briefing's items."""
        copied = super().model_copy(update=update, deep=deep)
        for name in _CACHED_MAPS:
            copied.__dict__.pop(name, None)
        return copied

    @functools.cached_property
    def questions_by_id(self) -> dict[str, Question]:
        """Every question by id (built once per briefing)."""
        return {q.id: q for q in self.questions}

    @functools.cached_property
    def figures_by_name(self) -> dict[str, Figure]:
        """Every figure by its casefolded name and aliases (a name two figures share is the
        later one's), in file order (built once per briefing)."""
        names: dict[str, Figure] = {}
        for figure in self.figures:
            for name in (figure.name, *figure.aliases):
                names[name.casefold()] = figure
        return names

    @functools.cached_property
    def _section_by_item(self) -> dict[str, str | None]:
        """The section of every fact and quote, by id (built once per briefing)."""
        by_id: dict[str, str | None] = {f.id: f.section for f in self.facts}
        by_id.update({q.id: q.section for _, q in self.quotes()})
        return by_id

    @functools.cached_property
    def _note_positions_by_item(self) -> dict[str, tuple[int, ...]]:
        """The positions in `notes` of the notes on each item, by item id (built once)."""
        positions: dict[str, list[int]] = {}
        for position, note in enumerate(self.notes):
            for item_id in dict.fromkeys(note.applies_to):
                positions.setdefault(item_id, []).append(position)
        return {item_id: tuple(found) for item_id, found in positions.items()}

    def section_of(self, question: Question) -> str | None:
        """The section a question belongs to: that of the first fact or quote it tests."""
        by_id = self._section_by_item
        for ref in question.refs:
            if by_id.get(ref):
                return by_id[ref]
        return None
