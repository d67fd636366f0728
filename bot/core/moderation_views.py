"""What moderators read: reload reports, schedule lists, server settings, sources and notes.

Platform-neutral like `bot.core.views`: adapters pass in how they name roles, channels and
people (a Discord mention, say) and render the `Reply`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from bot.core.content.records import own_id
from bot.core.library import FileReport, FileStatus
from bot.core.models import Briefing
from bot.core.paginate import paginate
from bot.core.progress import GuildSettings, Schedule
from bot.core.replies import Field, Reply, emphasis, moment
from bot.core.schedule import describe, next_run, when_text
from bot.core.views import sources_text
from bot.i18n import _, ngettext

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


def _status_text(status: FileStatus) -> str:
    """What a reload did with a file, as a moderator reads it."""
    return {
        FileStatus.LOADED: _("loaded"),
        FileStatus.UNCHANGED: _("unchanged"),
        FileStatus.FAILED: _("failed, not loaded"),
        FileStatus.KEPT: _("broken: the last good version stays live"),
        FileStatus.REMOVED: _("removed"),
        FileStatus.SKIPPED: _("skipped: the reload ran out of time"),
    }.get(status, status.value)


def _file_block(report: FileReport) -> str:
    serves = f" (`{report.briefing_id}`)" if report.briefing_id else ""
    status = _status_text(report.status)
    named = _("{path}: {status}").format(path=report.path, status=status)
    lines = [f"{_MARKS[report.status]} {named}{serves}"]
    lines += [f"  → {p}" for p in report.problems[:PROBLEMS_SHOWN]]
    more = len(report.problems) - PROBLEMS_SHOWN
    if more > 0:
        lines.append(
            "  → " + _("…and {n} more: run `briefbot validate` to see them all").format(n=more)
        )
    return "\n".join(lines)


def reload_reply(reports: Sequence[FileReport], live: int) -> Reply:
    """One block per file: loaded, unchanged, kept last good version, failed or removed."""
    if not reports:
        body = _("No briefing files were found in the content folder.")
    else:
        body = "\n".join(_file_block(r) for r in reports)
    broken = sum(
        r.status in (FileStatus.FAILED, FileStatus.KEPT, FileStatus.SKIPPED) for r in reports
    )
    footer = ngettext("{n} briefing live.", "{n} briefings live.", live).format(n=live)
    if broken:
        footer += " " + _("Fix the file at the line shown, then /reload again.")
    return Reply(paginate(_("Content reloaded"), body, footer=footer), private=True)


def schedule_line(
    schedule: Schedule,
    now: dt.datetime,
    channel: Callable[[int], str],
    titles: dict[str, str] | None = None,
    missing: Sequence[str] = (),
    gone: Mapping[str, str] | None = None,
) -> tuple[str, str]:
    """A schedule as (name, details): what (the briefing's title and the id to type), where,
    how often, and its next run; `titles` are what the server sees, bundled and its own;
    `missing`, the permissions the bot lacks now to post in its channel (named as Discord
    shows them), said before a run fails on them; `gone`, the briefings no longer there, as
    work set on them names them ("Title (removed)", "Title (no longer published)")."""
    title = (titles or {}).get(schedule.briefing_id)
    source = f"`{own_id(schedule.briefing_id)}`"  # the id a moderator types in /post
    if title:
        source = _("{title} ({briefing})").format(title=title, briefing=source)
    else:  # was: "(not loaded now)", which said neither what happened nor what to do
        described = (gone or {}).get(schedule.briefing_id)
        source = described or _("{briefing} (no longer available)").format(briefing=source)
    if schedule.what == "question":
        name = _("#{id} · Question of the day from {source}")
    else:
        name = _("#{id} · Briefing post from {source}")
    upcoming = next_run(schedule, now)
    if upcoming is None:
        when = _("Next run: none (it has run)")
    else:
        when = _("Next run: {when} · {moment}").format(
            when=when_text(upcoming, schedule), moment=moment(upcoming)
        )
    where = _("{how_often} in {channel}").format(
        how_often=describe(schedule), channel=channel(schedule.channel_id)
    )
    details = f"{where}\n{when}"
    if not title:
        details += "\n" + _(
            "⚠ Its briefing is no longer here, so it has nothing to post: remove it with "
            "/unschedule {number} (or publish the briefing again, if it was unpublished)."
        ).format(number=schedule.number)
    if schedule.paused:
        details += "\n" + ngettext(
            "⏸ Paused after {n} failed post: {reason}",
            "⏸ Paused after {n} failed posts: {reason}",
            schedule.failures,
        ).format(n=schedule.failures, reason=schedule.last_error)
    elif schedule.failures:
        details += "\n" + _("⚠ Last post failed ({n} in a row): {reason}").format(
            n=schedule.failures, reason=schedule.last_error
        )
    if missing and not schedule.paused:
        details += "\n" + ngettext(
            "⚠ I cannot post there now: I am missing the {names} permission. A server admin "
            "can grant it to my role in the channel's settings (Edit Channel > Permissions).",
            "⚠ I cannot post there now: I am missing the {names} permissions. A server admin "
            "can grant them to my role in the channel's settings (Edit Channel > Permissions).",
            len(missing),
        ).format(names=", ".join(missing))
    return name.format(id=schedule.number, source=source), details


def schedules_reply(
    schedules: Sequence[Schedule],
    now: dt.datetime,
    channel: Callable[[int], str],
    titles: dict[str, str] | None = None,
    missing: Mapping[int, Sequence[str]] | None = None,
    gone: Mapping[str, str] | None = None,
) -> Reply:
    """Every schedule of a server with its next run, in its own zone and in UTC; `missing`,
    by channel, the permissions the bot lacks now to post there; `gone`, the briefings no
    longer there, as `schedule_line` takes them."""
    if not schedules:
        return Reply.text(
            _("Schedules"),
            _("Nothing is scheduled. Add a post or a question of the day with /schedule."),
            private=True,
        )
    lacking = missing or {}
    fields = [
        Field(*schedule_line(s, now, channel, titles, lacking.get(s.channel_id, ()), gone))
        for s in schedules
    ]
    pages = paginate(
        _("Schedules ({count})").format(count=len(schedules)),
        _("Remove one with /unschedule and its number."),
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
    timer = _("{seconds} s per question in channel quizzes").format(
        seconds=settings.quiz_timer_seconds
    )
    untimed = (
        _("yes: channel quizzes wait for the starter to close each question")
        if settings.untimed_default
        else _("no: channel quizzes use the timer")
    )
    briefing = _("not set")
    if settings.default_briefing:
        shown = briefing_title or _(  # was: "not loaded now", saying nothing to do
            "no longer available here, so commands get no default: set another with "
            "`/settings default_briefing:`"
        )
        briefing = f"`{own_id(settings.default_briefing)}` ({shown})"
    fields = (
        Field(
            _("Moderator role"),
            role or _("not set: members with Manage Messages or Manage Server are moderators"),
        ),
        Field(_("Quiz timer"), timer),
        Field(_("Untimed by default"), untimed),
        Field(_("Text only by default"), _text_only(settings)),
        Field(_("Default briefing"), briefing),
        Field(_("Question of the day channel"), channel or _("not set")),
    )
    if changed:
        body = _("Changed: {settings}.").format(settings=", ".join(changed))
    else:
        body = _("Change one with `/settings` and that option; clear one with `/settings clear`.")
    if warnings:
        body += "\n\n" + "\n".join(f"⚠️ {w}" for w in warnings)
    return Reply(paginate(_("Server settings"), body, fields=fields), private=True)


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
    notes = [
        f"⚠️ {note.text}\n" + _("Sources: {sources}").format(sources=sources_text(note))
        for note in briefing.notes
    ] or [_("No editor's notes: nothing in the source needed correcting.")]
    body = "\n".join(lines) + "\n\n" + emphasis(_("Editor's notes")) + "\n\n" + "\n\n".join(notes)
    title = _("{briefing}: sources & notes").format(briefing=briefing.title)
    return Reply(paginate(title, body), private=True)
