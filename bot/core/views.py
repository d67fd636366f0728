"""What students read: briefings, sections, figures, quotes, facts, and quiz screens as Replies.

Every function returns a `Reply` already split into pages that fit Discord's limits, so the
console and the Discord adapter show the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.content.records import own_id
from bot.core.errors import NotFound
from bot.core.library import Shelf
from bot.core.lookup import forgiving_matches, one_named
from bot.core.models import (
    SUMMARY_LONG_ID,
    SUMMARY_SHORT_ID,
    Briefing,
    Citation,
    EditorNote,
    Figure,
    Question,
    Section,
)
from bot.core.paginate import paginate
from bot.core.preferences import current_preferences
from bot.core.progress import Accuracy
from bot.core.quiz import AnswerResult, PlayerStanding, QuestionResult, QuizQuestion, QuizSummary
from bot.core.replies import Button, ButtonStyle, Field, Page, Reply, emphasis, link, typed
from bot.core.server_courses import CourseStep, ServerCourse
from bot.core.wording import difficulty_name, echo, questions, share
from bot.i18n import DEFAULT_LANGUAGE, _, ngettext

__all__ = [
    "NoteMarks",
    "answer_reply",
    "brief_reply",
    "briefings_reply",
    "closed_question_body",
    "courses_reply",
    "facts_reply",
    "figures_reply",
    "find_figure",
    "glossary_reply",
    "group_result_reply",
    "marked_buttons",
    "note_lines",
    "notes_reply",
    "option_buttons",
    "question_reply",
    "quotes_reply",
    "sections_to_review_reply",
    "source_line",
    "sources_text",
    "standings_reply",
    "summary_reply",
    "timeline_reply",
    "typed_id",
]


def source_line(briefing: Briefing) -> str:
    """A footer naming what the briefing was built from."""
    source = briefing.source
    parts = [_("Source: {title}").format(title=source.title)]
    if source.publisher:
        parts.append(source.publisher)
    if source.published:
        parts.append(source.published.isoformat())
    return " · ".join(parts)


def _pages(
    briefing: Briefing | None, title: str, body: str, fields: Iterable[Field] = ()
) -> tuple[Page, ...]:
    footer = source_line(briefing) if briefing else ""
    return paginate(title, body, fields=tuple(fields), footer=footer)


def typed_id(library: Shelf, briefing: Briefing) -> str:
    """The id to show for typing: a server briefing's own id ("harbour"), which commands find,
    never the key it is served under ("harbour~3", whose number tells how many briefings
    servers made); the served key only when the own id would find another briefing."""
    own = own_id(briefing.id)
    if own == briefing.id:
        return own
    try:
        return own if library.find(own).id == briefing.id else briefing.id
    except NotFound:
        return briefing.id


def briefings_reply(
    library: Shelf, keyword: str | None = None, *, read_hint: str | None = None
) -> Reply:
    """The list of loaded briefings, optionally filtered by a keyword.

    `read_hint` is how to open one where the list is shown (the console picks with /use).
    """
    briefings = library.filter(keyword) if keyword else list(library)
    if not briefings:
        if keyword:
            body = _("No briefings matching “{keyword}” are loaded.").format(
                keyword=typed(keyword)  # its markdown and mentions inert, as in a refusal
            )
        else:
            body = _("No briefings are loaded.")
        return Reply.text(_("Briefings"), body)
    lines = []
    for b in briefings:
        tags = f" [{', '.join(b.tags)}]" if b.tags else ""
        date = f" ({b.source.published.isoformat()})" if b.source.published else ""
        language = f" · {b.language}" if b.language != DEFAULT_LANGUAGE else ""
        lines.append(
            f"• {b.title}{date}{tags}\n  id: {typed_id(library, b)}"
            f" · {questions(len(b.questions))}{language}"
        )
    hint = _("Read one with {read_hint}, or quiz yourself with {quiz_hint}.").format(
        read_hint=read_hint or _("/brief <id>"), quiz_hint=_("/quiz <id>")
    )
    body = "\n".join(lines) + f"\n\n{hint}"
    title = _("Briefings ({count})").format(count=len(briefings))
    return Reply(pages=_pages(None, title, body))


def courses_reply(
    library: Shelf,
    own: Sequence[ServerCourse] = (),
    progress: Mapping[str, Accuracy] | None = None,
    *,
    in_server: bool = False,
) -> Reply:
    """The courses: ordered lists of briefings for a term, the bundled ones then the server's
    `own`; with `progress` (a student's answers by briefing), how far they are in each, and
    private once it shows any (a student's progress is theirs, as in /score)."""
    courses = [
        _CourseLines(c.title, c.id, c.description, c.briefings) for c in library.courses.values()
    ]
    courses += [
        _CourseLines(c.title, c.id, c.description, [s.briefing_id for s in c.steps], c.steps)
        for c in own
    ]
    if not courses:
        if in_server:
            body = _(
                "No courses yet. A moderator makes one with /course create; whoever runs the "
                "bot can also add one in content/courses/."
            )
        else:
            body = _("No courses yet. Whoever runs the bot can add one in content/courses/.")
        return Reply.text(_("Courses"), body)
    listed = {b for course in courses for b in course.briefings}
    shown = any((progress or {}).get(b, Accuracy()).answered for b in listed)
    blocks = [_course_block(library, course, progress if shown else None) for course in courses]
    return Reply(pages=_pages(None, _("Courses"), "\n\n".join(blocks)), private=shown)


@dataclass(frozen=True, slots=True)
class _CourseLines:
    """A bundled or a server's course, as /courses lists it."""

    title: str
    id: str
    description: str
    briefings: Sequence[str]
    steps: Sequence[CourseStep] = ()
    """A server course's steps, each with the title its briefing had when added."""


def _course_block(
    library: Shelf, course: _CourseLines, progress: Mapping[str, Accuracy] | None
) -> str:
    """A course's title, description and numbered steps (with the student's progress)."""
    loaded = set(library.ids())
    kept_titles = {s.briefing_id: s.title for s in course.steps}
    steps = []
    for n, briefing_id in enumerate(course.briefings, 1):
        if briefing_id in loaded:
            briefing = library.get(briefing_id)
            step = f"{briefing.title} ({typed_id(library, briefing)})"
        else:  # removed since it was added (a bundled file, or a server's own briefing)
            title = library.removed_title(briefing_id) or kept_titles.get(briefing_id)
            step = _("{briefing} (no longer available)").format(briefing=title or briefing_id)
        done = (progress or {}).get(briefing_id)
        if done is not None and done.answered:
            # No check mark: beside "0 of 2 right" it read as "correct" (walk-43b).
            step += " · " + _("{right} of {answered} right").format(
                right=done.correct, answered=done.answered
            )
        steps.append(f"{n}. {step}")
    if not steps:
        steps.append(_("No briefings yet: a moderator adds them with /course add."))
    intro = f"{course.description}\n" if course.description else ""
    lines = [f"{emphasis(course.title)} ({course.id})\n{intro}" + "\n".join(steps)]
    if progress is not None and course.briefings:
        started = sum(1 for b in course.briefings if (progress.get(b) or Accuracy()).answered)
        lines.append(
            ngettext(
                "You have answered questions of {started} of its {count} briefing.",
                "You have answered questions of {started} of its {count} briefings.",
                len(course.briefings),
            ).format(started=started, count=len(course.briefings))
        )
    return "\n".join(lines)


def brief_reply(briefing: Briefing, section: str | None = None, *, long: bool = False) -> Reply:
    """The summary (short, or long), or one section's points."""
    marks = NoteMarks(briefing)
    if section and _exact_section(briefing, section) is None and names_the_sections(section):
        lines = "\n".join(f"• {s.title} ({s.id})" for s in briefing.sections) or _("None.")
        title = _("{briefing}: sections").format(briefing=briefing.title)
        return Reply(pages=_pages(briefing, title, lines))
    if section:
        found = find_section(briefing, section)
        body = marks.after("\n".join(f"• {p}" for p in found.points), found.id, sep="\n\n")
        title = _("{briefing}: {section}").format(briefing=briefing.title, section=found.title)
        return Reply(pages=_pages(briefing, title, body))
    text = briefing.summary.long if long else briefing.summary.short
    text = marks.after(text, SUMMARY_LONG_ID if long else SUMMARY_SHORT_ID, sep="\n\n")
    sections = ", ".join(f"{s.title} ({s.id})" for s in briefing.sections)
    body = text + "\n\n" + _("Sections: {sections}").format(sections=sections)
    return Reply(pages=_pages(briefing, briefing.title, body))


def names_the_sections(query: str) -> bool:
    """Whether `query` is the word for sections itself, singular or plural, in English or the
    reader's language (`/brief sections`, typed after the summary's "Sections:" line), rather
    than one section's name: it asks for the list, and is never taken for a section it
    resembles ("sections" is 77% like "Open questions")."""
    folded = query.strip().casefold()
    words = {"section", "sections", _("section"), ngettext("section", "sections", 2)}
    return folded in {word.casefold() for word in words}


def has_exact_section(briefing: Briefing, wanted: str) -> bool:
    """Whether the briefing has a section whose id or title is `wanted` (case aside)."""
    return _exact_section(briefing, wanted) is not None


def _exact_section(briefing: Briefing, wanted: str) -> Section | None:
    """The section whose id or title is `wanted` (case aside), if any."""
    wanted = wanted.strip().casefold()[:100]
    return next((s for s in briefing.sections if wanted in (s.id, s.title.casefold())), None)


def find_section(briefing: Briefing, query: str) -> Section:
    """A section by id or title, typos forgiven; NotFound naming the sections otherwise (also
    for the word "sections" itself: `names_the_sections`)."""
    wanted = query.strip().casefold()[:100]
    exact = _exact_section(briefing, wanted)
    if exact is not None:
        return exact
    best = None
    if not names_the_sections(wanted):  # a word of one, or a slip ("deplyment"; not "the end")
        best = one_named(wanted, [(s.id, s.title) for s in briefing.sections])
    if best is None:
        names = ", ".join(s.id for s in briefing.sections)
        raise NotFound(
            _("“{briefing}” has no section like “{query}”. Try: {names}.").format(
                briefing=briefing.title, query=query[:100], names=names
            )
        )
    return next(s for s in briefing.sections if s.id == best)


def figures_reply(briefing: Briefing) -> Reply:
    """Who is who in a briefing."""
    title = _("{briefing}: who is who").format(briefing=briefing.title)
    if not briefing.figures:
        return Reply(pages=_pages(briefing, title, _("No people listed.")))
    marks = NoteMarks(briefing)
    fields = [
        Field(f.name, marks.after(f"{f.role}\n{_quote_count(f)}", f.id), inline=False)
        for f in briefing.figures
    ]
    return Reply(pages=_pages(briefing, title, "", fields))


def _quote_count(figure: Figure) -> str:
    n = len(figure.quotes)
    if not n:
        return _("No direct quote in the article.")
    return ngettext("{n} quote: /quote {name}", "{n} quotes: /quote {name}", n).format(
        n=n, name=figure.name
    )


def find_figure(briefing: Briefing, person: str) -> Figure:
    """A figure by name or alias, forgiving case and small typos, also written in another
    script (transliterated, as a typed answer is: "Кирби" finds John Kirby)."""
    wanted = person.strip()[:100]
    if not wanted:
        raise NotFound(_("Name a person: see /figures."))
    for figure in briefing.figures:
        if figure.id == wanted:
            return figure
    names = briefing.figures_by_name
    found = names.get(wanted.casefold())
    if found is not None:
        return found
    # a word of a name or a slip ("kirbi", "loyd austen"; not "President Biden" for Xi)
    pairs = [(f.id, name) for f in briefing.figures for name in (f.name, *f.aliases)]
    best = one_named(wanted, pairs)
    if best is None and not wanted.isascii():  # "Кирби", "习近平": read as typed answers are
        from bot.core.place_names import transliterate

        best = one_named(transliterate(wanted), pairs)
    if best is None:
        who = ", ".join(f.name for f in briefing.figures)
        raise NotFound(
            _("Nobody called “{person}” appears in “{briefing}”. Try: {names}.").format(
                person=wanted, briefing=briefing.title, names=who
            )
        )
    return next(f for f in briefing.figures if f.id == best)


def nobody_anywhere(person: str) -> str:
    """What a reader is told when no loaded briefing has anyone called `person`."""
    return _(
        "Nobody called “{person}” appears in any briefing. /figures with a briefing lists "
        "who is in it."
    ).format(person=person.strip()[:100])


def no_term_anywhere(term: str) -> str:
    """What a reader is told when no loaded briefing's glossary has a term like `term`."""
    return _(
        "No briefing's glossary has a term like “{term}”. /glossary with a briefing lists "
        "its terms."
    ).format(term=term.strip()[:100])


def has_figure(briefing: Briefing, person: str) -> bool:
    """Whether `find_figure` finds this person in the briefing."""
    try:
        find_figure(briefing, person)
    except NotFound:
        return False
    return True


def has_term(briefing: Briefing, term: str) -> bool:
    """Whether the briefing's glossary has a term like this one (as `glossary_reply` finds)."""
    return bool(forgiving_matches(term, list(briefing.glossary), lambda entry: entry.term))


def has_section(briefing: Briefing, section: str) -> bool:
    """Whether `find_section` finds a section like this one in the briefing."""
    try:
        find_section(briefing, section)
    except NotFound:
        return False
    return True


def only_holder(
    briefings: Iterable[Briefing], holds: Callable[[Briefing], bool]
) -> Briefing | None:
    """The one briefing that `holds` what a reader asked for (a person, a term, a section), if
    exactly one does: where `/quote xi`, `/glossary dual use` or `/review section:` is read
    when the briefing in use has no such person or term, or none is named."""
    holders = [b for b in briefings if holds(b)]
    return holders[0] if len(holders) == 1 else None


def note_lines(notes: Iterable[EditorNote]) -> str:
    """Each note as one `⚠ Editor's note: ... (Sources: ...)` line, a source with an address
    as a link on its outlet and date (`link`), never the address spelled out in the line."""
    return "\n".join(
        _("⚠ Editor's note: {text} (Sources: {sources})").format(
            text=n.text, sources=sources_text(n)
        )
        for n in notes
    )


def sources_text(note: EditorNote) -> str:
    """A note's sources, `; ` between them, each with an address as a link on its outlet and
    date: the one way every reply that shows a note names its sources."""
    return "; ".join(map(_source, note.sources))


def _source(source: str | Citation) -> str:
    """One source of a note: its words, or its outlet and date linked to where to read it."""
    if isinstance(source, str) or not source.url:
        return str(source)
    named = [source.outlet, *([source.published.isoformat()] if source.published else [])]
    return link(", ".join(named), source.url)  # its headline is a click away


class NoteMarks:
    """The editor's notes of the items one reply shows: each note in full the first time,
    then a pointer back to it, so an item is never shown without its notes."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._shown: set[str] = set()

    def lines(self, *item_ids: str | None) -> list[str]:
        """The notes on these items, one line each; none when they have none."""
        lines = []
        for note in self.briefing.notes_for(*item_ids):
            if note.id in self._shown:
                lines.append(_("⚠ See the editor's note above on this point."))
            else:
                self._shown.add(note.id)
                lines.append(note_lines([note]))
        return list(dict.fromkeys(lines))

    def after(self, text: str, *item_ids: str | None, sep: str = "\n") -> str:
        """`text` followed by the notes on these items, each after `sep`."""
        return "".join([text, *(f"{sep}{line}" for line in self.lines(*item_ids))])


def quotes_reply(briefing: Briefing, person: str | None = None) -> Reply:
    """What a person said (or everyone, with no person), with context and editor's notes."""
    figures = [find_figure(briefing, person)] if person else list(briefing.figures)
    blocks = []
    marks = NoteMarks(briefing)
    for figure in figures:
        if not figure.quotes:
            blocks.append(
                marks.after(
                    _("{name} ({role}) is not quoted directly in the article.").format(
                        name=figure.name, role=figure.role
                    ),
                    figure.id,
                )
            )
        for quote in figure.quotes:
            translated = f" ({quote.translation})" if quote.translation else ""
            block = f"“{quote.text}”{translated}\n— {figure.name}, {figure.role}\n{quote.context}"
            blocks.append(marks.after(block, figure.id, quote.id))
    if person:
        title = _("{briefing}: {person}").format(briefing=briefing.title, person=figures[0].name)
    else:
        title = _("{briefing}: quotes").format(briefing=briefing.title)
    return Reply(pages=_pages(briefing, title, "\n\n".join(blocks) or _("No quotes.")))


def facts_reply(briefing: Briefing) -> Reply:
    """The key facts, each with any editor's note."""
    marks = NoteMarks(briefing)
    lines = [marks.after(f"• {fact.text}", fact.id, sep="\n  ") for fact in briefing.facts]
    title = _("{briefing}: key facts").format(briefing=briefing.title)
    return Reply(pages=_pages(briefing, title, "\n".join(lines) or _("None.")))


def timeline_reply(briefing: Briefing) -> Reply:
    """The dated events."""
    marks = NoteMarks(briefing)
    lines = [marks.after(f"• {e.when}: {e.what}", e.id, sep="\n  ") for e in briefing.timeline]
    title = _("{briefing}: timeline").format(briefing=briefing.title)
    return Reply(pages=_pages(briefing, title, "\n".join(lines) or _("None.")))


def glossary_reply(briefing: Briefing, term: str | None = None) -> Reply:
    """The glossary, or one term's meaning."""
    entries = list(briefing.glossary)
    if term:
        entries = forgiving_matches(term, entries, lambda entry: entry.term)
        if not entries:
            raise NotFound(
                _("The glossary of “{briefing}” has no term like “{term}”.").format(
                    briefing=briefing.title, term=term[:100]
                )
            )
    marks = NoteMarks(briefing)
    body = "\n".join(
        marks.after(f"• {e.term}: {e.meaning}", e.id, sep="\n  ") for e in entries
    ) or _("No glossary.")
    title = _("{briefing}: glossary").format(briefing=briefing.title)
    return Reply(pages=_pages(briefing, title, body))


def notes_reply(briefing: Briefing) -> Reply:
    """Editor's notes: where the article is wrong, unclear or dated."""
    body = "\n\n".join(note_lines([n]) for n in briefing.notes) or _("No editor's notes.")
    title = _("{briefing}: sources & notes").format(briefing=briefing.title)
    return Reply(pages=_pages(briefing, title, body))


def sections_to_review_reply(briefings: Sequence[Briefing], typed: str) -> Reply:
    """`/review sections`: each briefing's sections, and how to review one of them, the
    command written as the surface types it: `typed` with `{briefing}` and `{section}`
    (the console's "/review {briefing} {section}", Discord's options by name)."""
    if not briefings:
        return Reply.text(_("Sections to review"), _("No briefing loaded here has sections."))
    blocks = [
        "\n".join([f"{b.title} ({b.id})", *(f"• {s.title} ({s.id})" for s in b.sections)])
        for b in briefings
    ]
    first = briefings[0]
    command = typed.format(briefing=first.id, section=first.sections[0].id)
    how = _("Review one section with {command}.").format(command=command)
    return Reply.text(_("Sections to review"), "\n\n".join(blocks) + "\n\n" + how, private=True)


def option_buttons(qq: QuizQuestion, prefix: str) -> tuple[Button, ...]:
    """A question's options as buttons whose actions are `prefix` + the option's key."""
    return _option_buttons(qq, prefix)


def marked_buttons(qq: QuizQuestion, prefix: str) -> tuple[Button, ...]:
    """The options once a question is closed: all disabled, the right one marked."""
    return _option_buttons(qq, prefix, marked=True)


def closed_question_body(qq: QuizQuestion) -> str:
    """What a closed channel question says: its prompt, a choice question's options, and the
    right answer in words, in place of the option buttons marked (a screen reader read each
    option again, and no colour) and of "Type your answer." or "True or false?", which
    no longer ask anything."""
    q = qq.question
    if q.kind == "choice" and qq.right_key in qq.keys:
        answer = f"{qq.right_key}) {qq.options[qq.keys.index(qq.right_key)]}"
        options = "\n".join(f"{k}) {o}" for k, o in zip(qq.keys, qq.options, strict=True))
        shown = f"{q.prompt}\n\n{options}"
    else:
        answer, shown = q.answer_text, q.prompt
    return f"{shown}\n\n✅ " + _("Right answer: {answer}").format(answer=emphasis(answer))


def _option_buttons(
    qq: QuizQuestion, prefix: str, *, marked: bool = False, chosen: str | None = None
) -> tuple[Button, ...]:
    """The option buttons; `marked`: disabled, the right one green and `chosen` (if wrong) red."""
    letters = qq.question.kind != "truefalse"
    right = qq.right_key if marked else None
    return tuple(
        Button(
            key=key,
            label=(f"{key}) {option}" if letters else option)[:80],
            action=f"{prefix}{key}",
            style=_style(key, right, chosen) if marked else ButtonStyle.NEUTRAL,
            disabled=marked,
            answer=option,
        )
        for key, option in zip(qq.keys, qq.options, strict=True)
    )


def question_reply(
    qq: QuizQuestion,
    number: int,
    total: int,
    *,
    action_prefix: str = "",
    private: bool = True,
    footer: str = "",
    numbered: bool = False,
) -> Reply:
    """A question screen: the prompt, its options as buttons (none for a short answer).

    `numbered` (the text-only mode) lists the options as 1., 2., ... in the order of their
    buttons, which carry the options' text, and ends with how to answer.
    """
    q: Question = qq.question
    if numbered:
        hint = _numbered_hint(qq)
    elif q.kind == "short":
        hint = _("Type your answer.")
    elif q.kind == "truefalse":
        hint = _("True or false?")
    else:
        hint = "\n".join(f"{k}) {o}" for k, o in zip(qq.keys, qq.options, strict=True))
    title = _("Question {number}/{total} · {difficulty}").format(
        number=number, total=total, difficulty=difficulty_name(q.difficulty)
    )
    page = Page(title=title, body=f"{q.prompt}\n\n{hint}", footer=footer)
    buttons = (
        option_buttons(qq, action_prefix)
        if q.kind != "short"
        else (
            Button(
                key="answer",
                label=_("Answer"),
                action=f"{action_prefix}answer",
                style=ButtonStyle.PRIMARY,
            ),
        )
    )
    return Reply(pages=(page,), buttons=buttons, private=private)


def _numbered_hint(qq: QuizQuestion) -> str:
    """The options numbered in button order, then how to answer (screen-reader order)."""
    if qq.question.kind == "short":
        return _("Press the Answer button and type your answer.")
    choices = "\n".join(f"{n}. {option}" for n, option in enumerate(qq.options, start=1))
    how = _("Choose your answer with the buttons below, in the same order.")
    return f"{choices}\n\n{how}"


def answer_reply(
    result: AnswerResult,
    briefing: Briefing,
    notes_shown: set[str] | None = None,
    *,
    not_counted: str = "",
) -> Reply:
    """Right or wrong, the right answer, why, any editor's note, and the article it is from.

    `notes_shown` (one scrolling screen, as the console's): the ids of the notes shown in
    full earlier in this quiz, which get a pointer back instead; the notes shown now are
    added to it. Without it (each verdict replaces the last, as on Discord) every note is
    shown in full. `not_counted`: an answer typed again for a question already answered,
    which the kept verdict says was not counted (unless it is the answer kept). The options
    come back marked, as buttons that no longer answer, except in the text-only mode."""
    qq = result.quiz_question
    if result.correct:
        body = _("✅ Right! The answer is {answer}.")
    else:
        body = _("❌ Not quite. The answer is {answer}.")
    body = body.format(answer=emphasis(result.right_answer))
    if qq.question.kind == "short":
        typed = _("You typed “{answer}”.").format(answer=echo(result.given))
        body = f"{typed}{_spelling_hint(result)}\n{body}"
    if not_counted.strip() and not_counted.strip().casefold() != result.given.casefold():
        again = _(
            "You had already answered this question, so “{typed}” was not counted: "
            "here is the answer kept."
        ).format(typed=echo(not_counted))
        body = f"{again}\n{body}"
    body += f"\n\n{result.explanation}"
    notes = _verdict_notes(result.notes, notes_shown)
    if notes:
        body += f"\n\n{notes}"
    # The options, disabled and coloured; read out one by one by a screen reader, they tell
    # nothing the verdict does not say: the text-only mode keeps them out.
    text_only = current_preferences().text_only
    buttons = () if text_only else _option_buttons(qq, "", marked=True, chosen=result.chosen_key)
    page = Page(title=qq.question.prompt[:256], body=body, footer=source_line(briefing))
    return Reply(pages=(page,), buttons=buttons, private=True)


def _verdict_notes(notes: Iterable[EditorNote], shown: set[str] | None) -> str:
    """The notes under a verdict: in full, or a pointer back to those already in `shown`."""
    if shown is None:
        return note_lines(notes)
    lines = []
    for note in notes:
        if note.id in shown:
            lines.append(_("⚠ See the editor's note above on this point."))
        else:
            shown.add(note.id)
            lines.append(note_lines([note]))
    return "\n".join(dict.fromkeys(lines))


def _spelling_hint(result: AnswerResult) -> str:
    """ "close: check the spelling" when a typed answer was a typo or two away."""
    from bot.core.matching import spelling_gap  # loaded with the answer's judging

    q = result.quiz_question.question
    gap = spelling_gap(result.given, (q.answer_text, *q.accept))
    if result.correct and 0 < gap <= 2:
        return " " + _("Close: check the spelling.")
    if not result.correct and gap == 1:
        return " " + _("Close: check the spelling, one letter is off.")
    return ""


def _style(key: str, right: str | None, chosen: str | None) -> ButtonStyle:
    if key == right:
        return ButtonStyle.SUCCESS
    if key == chosen:
        return ButtonStyle.DANGER
    return ButtonStyle.NEUTRAL


def summary_reply(summary: QuizSummary, briefing: Briefing, *, assignment: bool = False) -> Reply:
    """The end of a solo quiz (a review, an assignment); one stopped before any answer says
    only that (no score, no source), and how to start it again: an `assignment` from its own
    Start button. An untimed student's score says nothing of time (`current_preferences`)."""
    if not summary.total:
        if assignment:
            stopped = _(
                "You stopped the assignment before answering anything. Start it again with "
                "its Start button or /assignments."
            )
        else:
            stopped = _(
                "You stopped the quiz before answering anything. Start again any time with /quiz."
            )
        return Reply.text(_("Quiz stopped"), stopped, private=True)
    pct = share(summary.correct, summary.total)
    if current_preferences().untimed:  # was "in 0 s": no time pressure, no time told
        body = _("You scored {right}/{total} ({percent}%).").format(
            right=summary.correct, total=summary.total, percent=pct
        )
    else:
        body = _("You scored {right}/{total} ({percent}%) in {seconds} s.").format(
            right=summary.correct,
            total=summary.total,
            percent=pct,
            seconds=f"{summary.seconds:.0f}",
        )
    if summary.planned > summary.total:
        stopped = ngettext(
            "You stopped after {answered} of {n} question.",
            "You stopped after {answered} of {n} questions.",
            summary.planned,
        )
        body += " " + stopped.format(answered=summary.total, n=summary.planned)
    if summary.missed:
        missed = "\n".join(f"• {qq.question.prompt}" for qq in summary.missed)
        body += "\n\n" + _("To review:") + f"\n{missed}"
    elif summary.total == summary.planned:
        body += "\n\n" + _("A perfect run!")
    return Reply(pages=_pages(briefing, _("Quiz finished"), body), private=True)


def group_result_reply(result: QuestionResult, names: dict[int, str], briefing: Briefing) -> Reply:
    """How the channel did on one question, and the article the answer is from."""
    q = result.quiz_question.question
    right = ", ".join(names.get(u, str(u)) for u in result.right) or _("nobody")
    body = (
        _("The answer: {answer}").format(answer=emphasis(q.answer_text)) + f"\n{q.explanation}\n\n"
    )
    if result.right or result.wrong:
        body += _("Right: {names}").format(names=right)
        tally = _tally(result)
        if tally:
            body += "\n" + _("Chosen: {tally}").format(tally=tally)
    else:  # was "Right: nobody" over a row of zeros
        body += _("Nobody answered this one.")
    notes = note_lines(result.notes)
    if notes:
        body += f"\n\n{notes}"
    return Reply(pages=paginate(q.prompt[:200], body, footer=source_line(briefing)))


def _tally(result: QuestionResult) -> str:
    """How many chose each option: "A) 2 · B) 0 · C) 1 · D) 0" ("" for typed answers)."""
    qq = result.quiz_question
    if qq.question.kind == "short" or not qq.keys:
        return ""
    label = (lambda k, o: o) if qq.question.kind == "truefalse" else (lambda k, o: f"{k})")
    return " · ".join(
        f"{label(k, o)} {result.chose.get(k, 0)}" for k, o in zip(qq.keys, qq.options, strict=True)
    )


def standings_reply(
    rows: list[PlayerStanding], names: dict[int, str], title: str, asked: int | None = None
) -> Reply:
    """A results table; right answers count out of the `asked` questions (skipped ones too).
    Players equal on points and right answers share a rank and the next rank skips ("1, 1,
    3"), as on the leaderboard."""
    if not rows:
        return Reply.text(title, _("Nobody answered."))
    lines = []
    rank = 0
    for place, r in enumerate(rows, 1):
        if place == 1 or (r.points, r.correct) != (rows[place - 2].points, rows[place - 2].correct):
            rank = place
        lines.append(
            _("{rank}. {name}: {points} pts ({right}/{asked} right)").format(
                rank=rank,
                name=names.get(r.user_id, str(r.user_id)),
                points=r.points,
                right=r.correct,
                asked=asked or r.answered,
            )
        )
    return Reply(pages=paginate(title, "\n".join(lines)))
