"""What moderators read: reload reports, schedule lists, server settings, sources and notes.

Platform-neutral like `bot.core.views`: adapters pass in how they name roles, channels and
people (a Discord mention, say) and render the `Reply`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from bot.core.library import FileReport, FileStatus
from bot.core.models import Briefing
from bot.core.paginate import paginate
from bot.core.progress import GuildSettings, Schedule
from bot.core.replies import Field, Reply, emphasis, moment
from bot.core.schedule import describe, next_run, when_text
from bot.i18n import _

__all__ = [
    "PROBLEMS_SHOWN",
    "reload_reply",
    "schedule_line",
    "schedules_reply",
    "settings_reply",
    "sources_reply",
]

PROBLEMS_SHOWN = 5
_MARKS = {
    FileStatus.LOADED: "✅",
    FileStatus.UNCHANGED: "▫️",
    FileStatus.KEPT: "⚠️",
    FileStatus.FAILED: "❌",
    FileStatus.REMOVED: "🗑️",
    FileStatus.SKIPPED: "⏱️",
}


def _file_block(report: FileReport) -> str:
    serves = f" (`{report.briefing_id}`)" if report.briefing_id else ""
    status = report.status.value
    if report.status == FileStatus.FAILED:
        status = "failed, not loaded"
    elif report.status == FileStatus.KEPT:
        status = "broken: the last good version stays live"
    lines = [f"{_MARKS[report.status]} {report.path}: {status}{serves}"]
    lines += [f"  → {p}" for p in report.problems[:PROBLEMS_SHOWN]]
    more = len(report.problems) - PROBLEMS_SHOWN
    if more > 0:
        lines.append(f"  → …and {more} more: run `briefbot validate` to see them all")
    return "\n".join(lines)


def reload_reply(reports: Sequence[FileReport], live: int) -> Reply:
    """One block per file: loaded, unchanged, kept last good version, failed or removed."""
    if not reports:
        body = "No briefing files were found in the content folder."
    else:
        body = "\n".join(_file_block(r) for r in reports)
    broken = sum(
        r.status in (FileStatus.FAILED, FileStatus.KEPT, FileStatus.SKIPPED) for r in reports
    )
    footer = f"{live} briefing{'s' if live != 1 else ''} live."
    if broken:
        footer += " Fix the file at the line shown, then /reload again."
    return Reply(paginate("Content reloaded", body, footer=footer), private=True)


def schedule_line(
    schedule: Schedule,
    now: dt.datetime,
    channel: Callable[[int], str],
    titles: dict[str, str] | None = None,
) -> tuple[str, str]:
    """A schedule as (name, details): what, where, how often, and its next run."""
    what = "Question of the day" if schedule.what == "question" else "Briefing post"
    title = (titles or {}).get(schedule.briefing_id)
    source = f"`{schedule.briefing_id}`" + ("" if title else " (not loaded now)")
    upcoming = next_run(schedule, now)
    if upcoming is None:
        when = "Next run: none (it has run)"
    else:
        when = f"Next run: {when_text(upcoming, schedule)} · {moment(upcoming)}"
    details = f"{describe(schedule)} in {channel(schedule.channel_id)}\n{when}"
    if schedule.paused:
        details += f"\n⏸ Paused after {schedule.failures} failed posts: {schedule.last_error}"
    elif schedule.failures:
        details += f"\n⚠ Last post failed ({schedule.failures} in a row): {schedule.last_error}"
    return f"#{schedule.id} · {what} from {source}", details


def schedules_reply(
    schedules: Sequence[Schedule],
    now: dt.datetime,
    channel: Callable[[int], str],
    titles: dict[str, str] | None = None,
) -> Reply:
    """Every schedule of a server with its next run, in its own zone and in UTC."""
    if not schedules:
        return Reply.text(
            "Schedules",
            "Nothing is scheduled. Add a post or a question of the day with /schedule.",
            private=True,
        )
    fields = [Field(*schedule_line(s, now, channel, titles)) for s in schedules]
    pages = paginate(
        f"Schedules ({len(schedules)})",
        "Remove one with /unschedule and its number.",
        fields=fields,
    )
    return Reply(pages, private=True)


def _text_only(settings: GuildSettings) -> str:
    if settings.text_only_default:
        return _("yes: students who never chose get plain text, answers on the buttons")
    return _("no: students choose it with /preferences")


def settings_reply(
    settings: GuildSettings,
    *,
    role: str | None,
    channel: str | None,
    briefing_title: str | None,
    changed: Sequence[str] = (),
    warnings: Sequence[str] = (),
) -> Reply:
    """The server's settings; `role`/`channel` are how the adapter names them (or None)."""
    timer = f"{settings.quiz_timer_seconds} s per question in channel quizzes"
    untimed = (
        "yes: channel quizzes wait for the starter to close each question"
        if settings.untimed_default
        else "no: channel quizzes use the timer"
    )
    briefing = "not set"
    if settings.default_briefing:
        shown = briefing_title or "not loaded now"
        briefing = f"`{settings.default_briefing}` ({shown})"
    fields = (
        Field(
            "Moderator role",
            role or "not set: members with Manage Messages or Manage Server are moderators",
        ),
        Field("Quiz timer", timer),
        Field("Untimed by default", untimed),
        Field(_("Text only by default"), _text_only(settings)),
        Field("Default briefing", briefing),
        Field("Question of the day channel", channel or "not set"),
    )
    if changed:
        body = f"Changed: {', '.join(changed)}."
    else:
        body = "Change one with `/settings` and that option; clear one with `/settings clear`."
    if warnings:
        body += "\n\n" + "\n".join(f"⚠️ {w}" for w in warnings)
    return Reply(paginate("Server settings", body, fields=fields), private=True)


def sources_reply(briefing: Briefing) -> Reply:
    """Where a briefing comes from, and the editor's notes on what the source got wrong."""
    source = briefing.source
    lines = [emphasis(source.title)]
    who = " · ".join(
        str(part) for part in (source.publisher, source.byline, source.published) if part
    )
    if who:
        lines.append(who)
    if source.url:
        lines.append(source.url)
    notes = [f"⚠️ {note.text}\nSources: {note.source_text}" for note in briefing.notes] or [
        "No editor's notes: nothing in the source needed correcting."
    ]
    body = "\n".join(lines) + "\n\n" + emphasis("Editor's notes") + "\n\n" + "\n\n".join(notes)
    return Reply(paginate(f"{briefing.title}: sources & notes", body), private=True)
