"""What moderators read about their server's briefings: upload problems, drafts, lists,
history and the review pages. Platform-neutral `Reply` values; adapters render them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.commands import local_full_name
from bot.core.content.added_notes import AddedNote
from bot.core.content.added_questions import AddedQuestion
from bot.core.content.people import UNATTRIBUTED, PersonChange
from bot.core.content.placeholders import PLACEHOLDER_MARK, moderator_title
from bot.core.content.records import BriefingRecord, VersionRecord
from bot.core.content.service import DraftOutcome, Shown, UploadOutcome
from bot.core.content.writing import Placeholder, Written, placeholders_to_write
from bot.core.models import Briefing, Question
from bot.core.replies import Button, ButtonStyle, Field, Page, Reply, emphasis, moment
from bot.core.wording import difficulty_name, echo, number, shorten
from bot.i18n import _, ngettext, pgettext

__all__ = [
    "ARTICLE_SUFFIXES",
    "BRIEFING_SUFFIXES",
    "DOCUMENT_SUFFIXES",
    "PROBLEMS_SHOWN",
    "ReviewAction",
    "draft_preview_note",
    "draft_reply",
    "history_reply",
    "list_reply",
    "note_reply",
    "nothing_to_write_reply",
    "person_removed_reply",
    "person_reply",
    "placeholders_note",
    "question_added_reply",
    "quote_removed_reply",
    "review_reply",
    "rewritten_reply",
    "speakerless_note",
    "stale_posts_note",
    "too_big_fix",
    "unchecked_note",
    "upload_reply",
    "written_reply",
    "wrong_kind_fix",
]

PROBLEMS_SHOWN = 8
"""Problems listed in the message itself; all of them are in the attached file when more."""

ReviewAction = str
"""A review button's action: `<verb>:<question index>`; verbs in `REVIEW_VERBS`."""

REVIEW_VERBS = ("go", "drop", "check", "key", "accept", "publish")


def too_big_fix(kind: str) -> str:
    """What to do with a file over its limit: a `briefing` file, or an `article`."""
    if kind == "article":
        return _(
            "Attach the article's text alone (saved as .txt it is far smaller), or paste the "
            "part that matters."
        )
    return _("Split it into two briefings, or shorten it, and upload it again.")


BRIEFING_SUFFIXES = (".yaml", ".yml")
"""The files `/briefing upload` reads: briefings."""
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
"""The files `/briefing draft` reads: articles as text, Markdown or HTML."""
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages")
"""Documents an article often comes in that the drafter cannot read."""


def wrong_kind_fix(kind: str, name: str) -> str:
    """What to do with a file of the wrong kind given as a `briefing` or an `article`: a
    document (PDF, Word) has its text pasted or saved as .txt, and a briefing given for an
    article (or an article for a briefing) goes to the other command; "" otherwise."""
    lowered = name.casefold()
    upload, draft = local_full_name("briefing upload"), local_full_name("briefing draft")
    if kind == "article" and lowered.endswith(DOCUMENT_SUFFIXES):
        return _(
            "A PDF or word-processor document cannot be read: copy the article's text into "
            "the box of `/{draft}` (run it without a file), or save the text as .txt and "
            "attach that."
        ).format(draft=draft)
    if kind == "article" and lowered.endswith(BRIEFING_SUFFIXES):
        return _("A .yaml file is a briefing: give it to `/{upload}`.").format(upload=upload)
    if kind == "briefing" and lowered.endswith(ARTICLE_SUFFIXES + DOCUMENT_SUFFIXES):
        return _(
            "`/{upload}` takes a briefing; to make one from an article, give the article to "
            "`/{draft}`."
        ).format(upload=upload, draft=draft)
    return ""


def counts(briefing: Briefing) -> str:
    """The same counts `briefbot validate` prints for a good file."""
    quotes = sum(len(f.quotes) for f in briefing.figures)
    parts = (
        ngettext("{n} section", "{n} sections", len(briefing.sections)),
        ngettext("{n} figure", "{n} figures", len(briefing.figures)),
        ngettext("{n} quote", "{n} quotes", quotes),
        ngettext("{n} fact", "{n} facts", len(briefing.facts)),
        ngettext("{n} question", "{n} questions", len(briefing.questions)),
    )
    numbers = (
        len(briefing.sections),
        len(briefing.figures),
        quotes,
        len(briefing.facts),
        len(briefing.questions),
    )
    return ", ".join(part.format(n=n) for part, n in zip(parts, numbers, strict=True))


def upload_reply(outcome: UploadOutcome) -> Reply:
    """Every problem of a broken upload (as a file too when long), or what was stored."""
    name = echo(outcome.filename, 100)  # the attachment's name: the uploader's text
    if not outcome.ok or outcome.record is None or outcome.briefing is None:
        problems = [_named(p, outcome.filename, name) for p in outcome.problems]
        shown = "\n".join(problems[:PROBLEMS_SHOWN])
        more = len(problems) - PROBLEMS_SHOWN
        files: dict[str, bytes] = {}
        if more > 0 or len(shown) > 3000:
            shown = "\n".join(problems[:3])
            listed = "\n".join(outcome.problems).encode() + b"\n"
            files = {f"{outcome.filename}.problems.txt": listed}
            shown += "\n" + _("…every problem ({n}) is in the attached file.").format(
                n=len(problems)
            )
        title = ngettext("{file}: {n} problem", "{file}: {n} problems", len(problems)).format(
            file=name, n=len(problems)
        )
        body = (
            shown
            + "\n\n"
            + _(
                "Nothing was stored: what students see has not changed. Fix the "
                "file and upload it again."
            )
        )
        return Reply((Page(title, body),), private=True, attachments=files)
    record = outcome.record
    body = _(
        "Stored as draft version {version} of `{slug}`: {counts}.\n"
        "Students do not see it yet. Review it with "
        "`/briefing show {slug}`, then `/briefing publish {slug}`."
    ).format(version=record.latest_version, slug=record.slug, counts=counts(outcome.briefing))
    title = _("✅ {file}: no problems").format(file=name)
    return Reply((Page(title, body),), private=True)


def _named(problem: str, filename: str, name: str) -> str:
    """A `file:line:col: what` problem with the file's name as `name` (echoed safely)."""
    return name + problem[len(filename) :] if problem.startswith(filename) else problem


def draft_reply(outcome: DraftOutcome, box_filled_at: int | None = None) -> Reply:
    """The draft YAML as a file, and the short list of what to check; `box_filled_at`: the
    pasted text filled its box to this many characters, so the article may have been cut."""
    record = outcome.record
    checks = "\n".join(f"• {c}" for c in outcome.checks) or "• " + _(
        "nothing flagged: read it anyway"
    )
    drafted = _(
        "Drafted `{slug}` ({counts}), stored as draft version "
        "{version}; students do not see it yet."
    ).format(slug=record.slug, counts=counts(outcome.briefing), version=record.latest_version)
    review = (
        _(
            "Review the questions with `/briefing show {slug}`, or edit the attached file "
            "and `/briefing upload` it."
        ).format(slug=record.slug)
        if outcome.briefing.questions
        else _("Edit the attached file and `/briefing upload` it.")
    )
    if outcome.briefing.figures:
        review = (
            _(
                "Give a quote its speaker, or fix someone's role, with `/briefing person {slug}`."
            ).format(slug=record.slug)
            + "\n"
            + review
        )
    left = len(placeholders_to_write(outcome.briefing))
    if left:
        review = (
            ngettext(
                "Write the draft's {n} TODO placeholder here, in a form, with `/briefing write "
                "{slug}`.",
                "Write the draft's {n} TODO placeholders here, a few at a time in a form, with "
                "`/briefing write {slug}`.",
                left,
            ).format(n=left, slug=record.slug)
            + "\n"
            + review
        )
    body = f"{drafted}\n\n{emphasis(_('Check:'))}\n{checks}\n\n{review}"
    if record.latest_version > 1:  # the id was taken: a new version, not a new briefing
        body += "\n\n" + _(
            "`{slug}` existed already, so this draft is its version {version} (`/briefing "
            "history {slug}` lists the others). If this is another article, set another "
            "`id:` in the attached file and `/briefing upload` it."
        ).format(slug=record.slug, version=record.latest_version)
    if box_filled_at is not None:
        body += "\n\n" + _(
            "⚠️ Your paste filled the box ({limit} characters at most), so the end of a longer "
            "article is missing from this draft. For the whole article, save it as a .txt, .md "
            "or .html file and give it to `/briefing draft` as its article option."
        ).format(limit=number(box_filled_at))
    return Reply(
        (
            Page(
                _("📝 Draft: {title}").format(
                    title=moderator_title(outcome.briefing.title, record.slug)
                ),
                body,
            ),
        ),
        private=True,
        attachments={outcome.filename: outcome.yaml_text.encode("utf-8")},
    )


def list_reply(records: Sequence[BriefingRecord]) -> Reply:
    """A server's own briefings with their state (moderators only)."""
    if not records:
        body = _(
            "This server has no briefings of its own yet. `/briefing upload` a YAML file or "
            "`/briefing draft` one from an article."
        )
        return Reply.text(_("Your briefings"), body, private=True)
    lines = [
        _("`{slug}`: {title} ({state})").format(
            slug=r.slug, title=moderator_title(r.title), state=r.state
        )
        for r in records
    ]
    return Reply((Page(_("Your briefings"), "\n".join(lines)),), private=True)


def history_reply(record: BriefingRecord, versions: Sequence[VersionRecord]) -> Reply:
    """Every kept version: when, from what, which is published."""
    lines = []
    for v in reversed(versions):
        mark = " " + _("← published") if v.version == record.published_version else ""
        was = "" if v.published_at is None or mark else " " + _("(was published)")
        lines.append(  # when: each reader's own time where the platform shows it
            _("v{version}: {origin}, {when}").format(
                version=v.version, origin=_origin(v.origin), when=moment(v.created_at)
            )
            + f"{was}{mark}"
        )
    rollback = _("Roll back with `/briefing rollback {slug}`.").format(slug=record.slug)
    body = "\n".join(lines) + f"\n\n{rollback}"
    title = _("History of `{slug}`").format(slug=record.slug)
    return Reply((Page(title, body),), private=True)


def _origin(origin: str) -> str:
    """How a version was made (upload, draft, edit), in the reader's words."""
    names = {
        "upload": pgettext("version origin", "upload"),
        "draft": pgettext("version origin", "draft"),
        "edit": pgettext("version origin", "edit"),
    }
    return names.get(origin, origin)


def _question_fields(question: Question) -> tuple[Field, ...]:
    fields = [Field(_("Answer"), question.answer_text, inline=True)]
    kind = f"{question.kind}, {difficulty_name(question.difficulty)}"
    fields.append(Field(_("Kind"), kind, inline=True))
    if question.choices:
        fields.append(Field(_("Choices"), " · ".join(question.choices)))
    if question.accept:
        fields.append(Field(_("Also accepted"), " · ".join(question.accept)))
    fields.append(Field(_("Why"), question.explanation[:1000]))
    return tuple(fields)


def unchecked_note(briefing: Briefing, slug: str) -> str:
    """For a published briefing: how many drafted questions nobody checked ("" if none)."""
    unchecked = sum(1 for q in briefing.questions if q.review)
    if not unchecked:
        return ""
    return ngettext(
        "⚠️ {count} question is still marked to review: students get it as drafted. "
        "Check it with `/briefing show {slug}`.",
        "⚠️ {count} questions are still marked to review: students get them as drafted. "
        "Check them with `/briefing show {slug}`.",
        unchecked,
    ).format(count=unchecked, slug=slug)


def speakerless_note(briefing: Briefing, slug: str) -> str:
    """For a published briefing: how many quotes still have no speaker, which students read
    under the draft's "Unattributed quotes" ("" if none)."""
    alone = sum(len(f.quotes) for f in briefing.figures if f.id == UNATTRIBUTED)
    if not alone:
        return ""
    return ngettext(
        "⚠️ {n} quote still has no speaker: students read it under “Unattributed quotes”. "
        "Give it one with `/briefing person {slug}`.",
        "⚠️ {n} quotes still have no speaker: students read them under “Unattributed quotes”. "
        "Give each one with `/briefing person {slug}`.",
        alone,
    ).format(n=alone, slug=slug)


def placeholders_note(briefing: Briefing, slug: str, *, published: bool) -> str:
    """The drafted placeholders a briefing still holds, which students read as they are
    ("" if none): the summary, quotes' contexts, any other text."""
    summary = sum(_count_placeholders(t) for t in (briefing.summary.short, briefing.summary.long))
    contexts = sum(_count_placeholders(q.context) for f in briefing.figures for q in f.quotes)
    others = _count_placeholders(briefing.model_dump(mode="json")) - summary - contexts
    parts = [_("the summary")] if summary else []
    if contexts:
        parts.append(
            ngettext("{n} quote's context", "{n} quotes' contexts", contexts).format(n=contexts)
        )
    if others:
        parts.append(ngettext("{n} other text", "{n} other texts", others).format(n=others))
    if not parts:
        return ""
    if published:
        return _(
            "⚠️ Still the draft's TODO placeholders, which students see as they are: {parts}. "
            "Write them with `/briefing write {slug}`."
        ).format(parts=", ".join(parts), slug=slug)
    return _(
        "⚠️ Still the draft's TODO placeholders, which students would see as they are: "
        "{parts}. Write them with `/briefing write {slug}`."
    ).format(parts=", ".join(parts), slug=slug)


def _count_placeholders(value: object) -> int:
    """How many strings in a dumped briefing hold the placeholder mark."""
    if isinstance(value, str):
        return int(PLACEHOLDER_MARK in value)
    if isinstance(value, dict):
        return sum(_count_placeholders(v) for v in value.values())
    if isinstance(value, list):
        return sum(_count_placeholders(v) for v in value)
    return 0


def _end_note(shown: Shown) -> str:
    """After Keep on the last question: that it was the last, and what is left to do."""
    if shown.is_published:
        return _("That was the last question: this version is published.")
    unchecked = sum(1 for q in shown.briefing.questions if q.review)
    if not unchecked:
        return _("That was the last question, and every question is checked: Publish when ready.")
    return ngettext(
        "That was the last question. {count} question is still marked to review: "
        "◀ Prev goes back to it; Publish when ready.",
        "That was the last question. {count} questions are still marked to review: "
        "◀ Prev goes back to them; Publish when ready.",
        unchecked,
    ).format(count=unchecked)


def review_reply(shown: Shown, index: int, *, at_end: bool = False) -> Reply:
    """One question of a version for review, with keep / drop / checked / fix / publish.

    `at_end`: Keep was pressed on the last question, so the page says what is left to do; an
    `index` past the last question (Mark checked or Drop on it) says so too.
    """
    record, briefing = shown.record, shown.briefing
    state = _("published") if shown.is_published else _("draft, students do not see it")
    head = f"`{record.slug}` v{shown.version.version} ({state})"
    notes = [unchecked_note(briefing, record.slug)] if shown.is_published else []
    notes.append(speakerless_note(briefing, record.slug))
    head += "".join(f"\n{note}" for note in notes if note)
    todo = placeholders_note(briefing, shown.record.slug, published=shown.is_published)
    head += f"\n{todo}" if todo else ""
    title = _("Review: {title}").format(title=moderator_title(briefing.title, record.slug))
    if not briefing.questions:
        page = Page(title, f"{head}\n\n" + _("This version has no questions."))
        return Reply((page,), (_publish_button(shown),), private=True)
    last = len(briefing.questions) - 1
    at_end = at_end or index > last
    index = max(0, min(index, last))
    question = briefing.questions[index]
    flag = _("⚠️ to review") if question.review else _("✅ checked")
    body = f"{head}\n\n{emphasis(question.prompt)}\n{flag}"
    body += f"\n\n{_end_note(shown)}" if at_end and index == last else ""
    footer = _("Question {number} of {total} · id {id}").format(
        number=index + 1, total=len(briefing.questions), id=question.id
    )
    page = Page(title, body, _question_fields(question), footer)
    buttons = [
        Button("prev", _("◀ Prev"), f"go:{index - 1}", disabled=index == 0),
        Button("keep", _("Keep ▶"), _keep_action(index, last), ButtonStyle.PRIMARY),
        Button("drop", _("Drop"), f"drop:{index}:{question.id}", ButtonStyle.DANGER),
        Button("check", _("Mark checked"), f"check:{index}:{question.id}", ButtonStyle.SUCCESS),
        Button("key", _("Fix key"), f"key:{index}:{question.id}"),
    ]
    if question.kind == "short":
        buttons.append(Button("accept", _("Accept an answer"), f"accept:{index}:{question.id}"))
    buttons.append(_publish_button(shown))
    return Reply((page,), tuple(buttons), private=True)


def _keep_action(index: int, last: int) -> str:
    """Keep moves to the next question; on the last one it says what is left to do."""
    return f"end:{index}" if index >= last else f"go:{index + 1}"


def _publish_button(shown: Shown) -> Button:
    return Button(
        "publish",
        _("Published") if shown.is_published else _("Publish"),
        "publish:0",
        ButtonStyle.SUCCESS,
        disabled=shown.is_published,
    )


def written_reply(slug: str, written: Written, left: Sequence[Placeholder]) -> Reply:
    """What a filled `/briefing write` form changed, and what is left to write (or that the
    briefing can be published)."""
    lines = [
        ngettext(
            "Wrote {n} of the draft's placeholders into `{slug}`.",
            "Wrote {n} of the draft's placeholders into `{slug}`.",
            written.written,
        ).format(n=written.written, slug=slug)
        if written.written
        else _("Nothing was written: every box was left empty.")
    ]
    if written.taken:
        lines.append(
            ngettext(
                "{n} box was for a placeholder another moderator wrote meanwhile: theirs is "
                "kept (see it with `/briefing show {slug}`).",
                "{n} boxes were for placeholders another moderator wrote meanwhile: theirs are "
                "kept (see them with `/briefing show {slug}`).",
                written.taken,
            ).format(n=written.taken, slug=slug)
        )
    if left:
        lines.append(
            ngettext(
                "{n} is still to write: {places}. Run `/briefing write {slug}` again.",
                "{n} are still to write: {places}. Run `/briefing write {slug}` again.",
                len(left),
            ).format(
                n=len(left),
                places=", ".join(p.label for p in left[:5]) + ("…" if len(left) > 5 else ""),
                slug=slug,
            )
        )
    else:
        lines.append(
            _("No placeholder is left: publish it with `/briefing publish {slug}`.").format(
                slug=slug
            )
        )
    return Reply.text(_("✍️ Written"), "\n\n".join(lines), private=True)


def nothing_to_write_reply(slug: str) -> Reply:
    """`/briefing write` on a briefing with no placeholder left."""
    return Reply.text(
        _("Nothing to write"),
        _(
            "`{slug}` has none of the draft's TODO placeholders left. Review its questions "
            "with `/briefing show {slug}`, or publish it with `/briefing publish {slug}`."
        ).format(slug=slug),
        private=True,
    )


def person_reply(slug: str, change: PersonChange, published: bool) -> Reply:
    """What `/briefing person` changed: who, their role, the quote moved, and how many quotes
    are still without a speaker."""
    who = f"{emphasis(change.name)} ({change.role})"
    if change.added:
        lines = [_("Added {who} to `{slug}`.").format(who=who, slug=slug)]
    else:
        lines = [_("{who} in `{slug}`.").format(who=who, slug=slug)]
        if change.typed.casefold() != change.name.casefold():
            lines[0] += " " + _("(“{typed}” read as {name})").format(
                typed=change.typed, name=change.name
            )
    if change.moved_from is not None:
        quote = shorten(change.quote, 80)
        lines.append(
            _("“{quote}” is now theirs (it had no speaker).").format(quote=quote)
            if not change.moved_from
            else _("“{quote}” is now theirs (it was {before}'s).").format(
                quote=quote, before=change.moved_from
            )
        )
    for prompt in change.rekeyed:
        lines.append(
            _(
                "The question “{prompt}” now has {name} as its answer, like the quote: check "
                "it with `/briefing show {slug}`."
            ).format(prompt=shorten(prompt, 80), name=change.name, slug=slug)
        )
    if change.unattributed_left:
        lines.append(
            ngettext(
                "{n} quote still has no speaker: `/briefing person {slug}` again, or "
                "`/briefing unquote {slug}` if nobody said it.",
                "{n} quotes still have no speaker: `/briefing person {slug}` again, or "
                "`/briefing unquote {slug}` for those nobody said.",
                change.unattributed_left,
            ).format(n=change.unattributed_left, slug=slug)
        )
    if published:
        lines.append(_until_published(slug))
    return Reply.text(_("👤 Updated"), "\n".join(lines), private=True)


def note_reply(slug: str, added: AddedNote, published: bool, *, removed: bool = False) -> Reply:
    """What `/briefing note` added (or took out), where students will read it, and when."""
    if removed:
        said = ngettext(
            "Took its editor's note off “{claim}” in `{slug}`.",
            "Took its {n} editor's notes off “{claim}” in `{slug}`.",
            added.places,
        )
    else:
        said = ngettext(
            "Your note is on “{claim}” in `{slug}`, in the one place students meet it.",
            "Your note is on “{claim}” in `{slug}`, in the {n} places students meet it: the "
            "claim, its section, the timeline and the questions that test it.",
            added.places,
        )
    body = said.format(claim=shorten(added.claim, 80), slug=slug, n=added.places)
    if published:
        body += "\n" + _until_published(slug)
    title = _("📌 Note taken out") if removed else _("📌 Note added")
    return Reply.text(title, body, private=True)


def question_added_reply(slug: str, added: AddedQuestion, published: bool) -> Reply:
    """What `/briefing question` added, and how to see it as students will."""
    kind = {
        "truefalse": _("a true/false question"),
        "choice": _("a question with buttons to choose from"),
    }.get(added.kind, _("a question answered by typing"))
    body = _(
        "Added {kind} to `{slug}`: question {number} of {count}. See it with `/briefing show "
        "{slug}`, and drop or fix it there."
    ).format(kind=kind, slug=slug, number=added.number, count=added.count)
    if published:
        body += "\n" + _until_published(slug)
    return Reply.text(_("❓ Question added"), body, private=True)


def draft_preview_note(slug: str, version: int, channel: str) -> str:
    """The line above a `/post preview` of a version students do not get yet."""
    return _(
        "Preview of `{slug}` version {version}, not published: only you see this, and its "
        "buttons come once it is. Students get it after `/briefing publish {slug}`; `/post` "
        "then puts it in {channel}."
    ).format(slug=slug, version=version, channel=channel)


def person_removed_reply(slug: str, name: str, quotes: int, published: bool) -> Reply:
    """What `/briefing person remove:True` took out."""
    body = _("Took {name} out of `{slug}`.").format(name=emphasis(name), slug=slug)
    if quotes:
        body += " " + ngettext(
            "Their quote is back among those without a speaker: give it one with "
            "`/briefing person {slug}`.",
            "Their {n} quotes are back among those without a speaker: give each one with "
            "`/briefing person {slug}`.",
            quotes,
        ).format(n=quotes, slug=slug)
    if published:
        body += "\n" + _until_published(slug)
    return Reply.text(_("👤 Removed"), body, private=True)


def rewritten_reply(slug: str, label: str, written: Written, published: bool) -> Reply:
    """What a `/briefing write what:` form changed."""
    if written.taken:
        body = _(
            "Nothing was written: another moderator changed “{label}” since your form opened, "
            "and theirs is kept. Run `/briefing write {slug}` with the same what: to see it."
        ).format(label=label, slug=slug)
    elif not written.written:
        body = _("Nothing was written: the box was left empty.")
    else:
        body = _(
            "Wrote “{label}” anew in `{slug}`. See it as students will with `/post preview:True`."
        ).format(label=label, slug=slug)
        if published:
            body += "\n" + _until_published(slug)
    return Reply.text(_("✍️ Written"), body, private=True)


def quote_removed_reply(slug: str, words: str, left: int, published: bool) -> Reply:
    """What `/briefing unquote` took out."""
    body = _("Took “{quote}” out of `{slug}`'s quotes.").format(quote=shorten(words, 80), slug=slug)
    if left:
        body += "\n" + ngettext(
            "{n} quote still has no speaker: `/briefing person {slug}`, or `/briefing unquote "
            "{slug}` if nobody said it.",
            "{n} quotes still have no speaker: `/briefing person {slug}`, or `/briefing "
            "unquote {slug}` for those nobody said.",
            left,
        ).format(n=left, slug=slug)
    if published:
        body += "\n" + _until_published(slug)
    return Reply.text(_("🗑️ Quote taken out"), body, private=True)


def _until_published(slug: str) -> str:
    """The line after an edit of a published briefing: students see it once it is published."""
    return _(
        "Students get it once you publish this new version: `/briefing publish {slug}`."
    ).format(slug=slug)


def stale_posts_note(channels: Sequence[str]) -> str:
    """After publishing another version: the channels whose `/post` of the briefing still
    shows the version it was posted with ("" if none)."""
    if not channels:
        return ""
    return ngettext(
        "Its post in {channels} still shows the version it was posted with (its Quiz me "
        "button quizzes this one): `/post` it again there for students to read this one.",
        "Its posts in {channels} still show the version they were posted with (their Quiz "
        "me buttons quiz this one): `/post` it again there for students to read this one.",
        len(channels),
    ).format(channels=", ".join(channels))
