"""What moderators read about their server's briefings: upload problems, drafts, lists,
history and the review pages. Platform-neutral `Reply` values; adapters render them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.content.records import BriefingRecord, VersionRecord
from bot.core.content.service import DraftOutcome, Shown, UploadOutcome
from bot.core.models import Briefing, Question
from bot.core.replies import Button, ButtonStyle, Field, Page, Reply, emphasis

__all__ = [
    "PROBLEMS_SHOWN",
    "ReviewAction",
    "draft_reply",
    "history_reply",
    "list_reply",
    "review_reply",
    "upload_reply",
]

PROBLEMS_SHOWN = 8
"""Problems listed in the message itself; all of them are in the attached file when more."""

ReviewAction = str
"""A review button's action: `<verb>:<question index>`; verbs in `REVIEW_VERBS`."""

REVIEW_VERBS = ("go", "drop", "check", "key", "accept", "publish")


def counts(briefing: Briefing) -> str:
    """The same counts `briefbot validate` prints for a good file."""
    quotes = sum(len(f.quotes) for f in briefing.figures)
    return (
        f"{len(briefing.sections)} sections, {len(briefing.figures)} figures, {quotes} quotes, "
        f"{len(briefing.facts)} facts, {len(briefing.questions)} questions"
    )


def upload_reply(outcome: UploadOutcome) -> Reply:
    """Every problem of a broken upload (as a file too when long), or what was stored."""
    if not outcome.ok or outcome.record is None or outcome.briefing is None:
        problems = outcome.problems
        shown = "\n".join(problems[:PROBLEMS_SHOWN])
        more = len(problems) - PROBLEMS_SHOWN
        files: dict[str, bytes] = {}
        if more > 0 or len(shown) > 3000:
            shown = "\n".join(problems[:3])
            files = {f"{outcome.filename}.problems.txt": "\n".join(problems).encode() + b"\n"}
            shown += f"\n…every problem ({len(problems)}) is in the attached file."
        title = f"{outcome.filename}: {len(problems)} problem{'s' * (len(problems) != 1)}"
        body = f"{shown}\n\nNothing was stored: what students see has not changed. Fix the "
        body += "file and upload it again."
        return Reply((Page(title, body),), private=True, attachments=files)
    record = outcome.record
    body = (
        f"Stored as draft version {record.latest_version} of `{record.slug}`: "
        f"{counts(outcome.briefing)}.\nStudents do not see it yet. Review it with "
        f"`/briefing show {record.slug}`, then `/briefing publish {record.slug}`."
    )
    return Reply((Page(f"✅ {outcome.filename}: no problems", body),), private=True)


def draft_reply(outcome: DraftOutcome) -> Reply:
    """The draft YAML as a file, and the short list of what to check."""
    record = outcome.record
    checks = "\n".join(f"• {c}" for c in outcome.checks) or "• nothing flagged: read it anyway"
    body = (
        f"Drafted `{record.slug}` ({counts(outcome.briefing)}), stored as draft version "
        f"{record.latest_version}; students do not see it yet.\n\n"
        f"{emphasis('Check:')}\n{checks}\n\n"
        f"Review the questions with `/briefing show {record.slug}`, or edit the attached file "
        "and `/briefing upload` it."
    )
    return Reply(
        (Page(f"📝 Draft: {outcome.briefing.title}", body),),
        private=True,
        attachments={outcome.filename: outcome.yaml_text.encode("utf-8")},
    )


def list_reply(records: Sequence[BriefingRecord]) -> Reply:
    """A server's own briefings with their state (moderators only)."""
    if not records:
        body = "This server has no briefings of its own yet. `/briefing upload` a YAML file or "
        body += "`/briefing draft` one from an article."
        return Reply.text("Your briefings", body, private=True)
    lines = [f"`{r.slug}`: {r.title} ({r.state})" for r in records]
    return Reply((Page("Your briefings", "\n".join(lines)),), private=True)


def history_reply(record: BriefingRecord, versions: Sequence[VersionRecord]) -> Reply:
    """Every kept version: when, from what, which is published."""
    lines = []
    for v in reversed(versions):
        mark = " ← published" if v.version == record.published_version else ""
        was = "" if v.published_at is None or mark else " (was published)"
        lines.append(f"v{v.version}: {v.origin}, {v.created_at:%Y-%m-%d %H:%M} UTC{was}{mark}")
    body = "\n".join(lines) + f"\n\nRoll back with `/briefing rollback {record.slug}`."
    return Reply((Page(f"History of `{record.slug}`", body),), private=True)


def _question_fields(question: Question) -> tuple[Field, ...]:
    fields = [Field("Answer", question.answer_text, inline=True)]
    fields.append(Field("Kind", f"{question.kind}, {question.difficulty}", inline=True))
    if question.choices:
        fields.append(Field("Choices", " · ".join(question.choices)))
    if question.accept:
        fields.append(Field("Also accepted", " · ".join(question.accept)))
    fields.append(Field("Why", question.explanation[:1000]))
    return tuple(fields)


def review_reply(shown: Shown, index: int) -> Reply:
    """One question of a version for review, with keep / drop / checked / fix / publish."""
    record, briefing = shown.record, shown.briefing
    state = "published" if shown.is_published else "draft, students do not see it"
    head = f"`{record.slug}` v{shown.version.version} ({state})"
    if not briefing.questions:
        page = Page(f"Review: {briefing.title}", f"{head}\n\nThis version has no questions.")
        return Reply((page,), (_publish_button(shown),), private=True)
    index = max(0, min(index, len(briefing.questions) - 1))
    question = briefing.questions[index]
    flag = "⚠️ to review" if question.review else "✅ checked"
    body = f"{head}\n\n{emphasis(question.prompt)}\n{flag}"
    footer = f"Question {index + 1} of {len(briefing.questions)} · id {question.id}"
    page = Page(f"Review: {briefing.title}", body, _question_fields(question), footer)
    last = len(briefing.questions) - 1
    buttons = [
        Button("prev", "◀ Prev", f"go:{index - 1}", disabled=index == 0),
        Button("keep", "Keep ▶", f"go:{min(index + 1, last)}", ButtonStyle.PRIMARY),
        Button("drop", "Drop", f"drop:{index}", ButtonStyle.DANGER),
        Button("check", "Mark checked", f"check:{index}", ButtonStyle.SUCCESS),
        Button("key", "Fix key", f"key:{index}"),
    ]
    if question.kind == "short":
        buttons.append(Button("accept", "Accept an answer", f"accept:{index}"))
    buttons.append(_publish_button(shown))
    return Reply((page,), tuple(buttons), private=True)


def _publish_button(shown: Shown) -> Button:
    return Button(
        "publish",
        "Published" if shown.is_published else "Publish",
        "publish:0",
        ButtonStyle.SUCCESS,
        disabled=shown.is_published,
    )
