"""What students see of their progress: /score and /leaderboard as Replies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from bot.core.library import Shelf
from bot.core.models import Briefing
from bot.core.paginate import paginate
from bot.core.preferences import Preferences
from bot.core.progress import Accuracy, LeaderboardEntry, ScoreSummary
from bot.core.replies import Field, Reply, deadline, moment, user
from bot.core.study import ComingBack, NextReview, NothingDue
from bot.core.wording import days, percent, questions, share
from bot.i18n import _, ngettext

__all__ = [
    "coming_back_text",
    "leaderboard_reply",
    "more_due_note",
    "mydata_text",
    "nothing_due_reply",
    "score_reply",
    "with_next_review",
]


def coming_back_text(coming: ComingBack) -> str:
    """ "2 questions come back in 1 minute", or "the first of 3 questions comes back in
    1 minute, the last in 10 minutes" (the moments rendered by the adapter)."""
    if coming.first is not None:
        return ngettext(
            "the first of {n} question comes back {first}, the last {last}",
            "the first of {n} questions comes back {first}, the last {last}",
            coming.count,
        ).format(n=coming.count, first=moment(coming.first), last=moment(coming.at))
    return ngettext(
        "{n} question comes back {when}", "{n} questions come back {when}", coming.count
    ).format(n=coming.count, when=moment(coming.at))


def nothing_due_reply(nothing: NothingDue) -> Reply:
    """/review with nothing due yet: when the next questions come back; with questions due
    only where this reply cannot review them, nothing due here, then where they are (was:
    "You have nothing to review yet", the newcomer's line, above "3 questions are due")."""
    if nothing.coming is None and nothing.elsewhere:
        body = _("Nothing is due here.")
    elif nothing.coming is None:
        body = _(
            "You have nothing to review yet. Every question you answer in a /quiz "
            "comes back here when it is due: a missed one within minutes."
        )
    else:
        body = _("Nothing is due yet: {coming}. Run /review then.").format(
            coming=coming_back_text(nothing.coming)
        )
    if nothing.elsewhere:
        body += "\n" + ngettext(
            "{n} question is due from a briefing not available here: a server's own briefings "
            "are reviewed with /review in that server.",
            "{n} questions are due from briefings not available here: a server's own briefings "
            "are reviewed with /review in that server.",
            nothing.elsewhere,
        ).format(n=nothing.elsewhere)
    return Reply.text(_("Review"), body, private=True)


def with_next_review(reply: Reply, upcoming: NextReview) -> Reply:
    """The end of a quiz or review with what comes next for review under its text: the
    questions due now, or when the next ones come back (unchanged when none will)."""
    if upcoming.due:
        line = ngettext(
            "{n} question is due for review now: /review.",
            "{n} questions are due for review now: /review.",
            upcoming.due,
        ).format(n=upcoming.due)
    elif upcoming.coming is not None:
        line = _("Next review: {coming}.").format(coming=coming_back_text(upcoming.coming))
    else:
        return reply
    *pages, last = reply.pages
    ended = replace(last, body=f"{last.body}\n\n{line}")
    return replace(reply, pages=(*pages, ended))


def more_due_note(count: int) -> str:
    """What a review of one briefing adds when `count` more are due in others."""
    return ngettext(
        "{count} more due in other briefings: /review again after this.",
        "{count} more due in other briefings: /review again after this.",
        count,
    ).format(count=count)


def _pct(acc: Accuracy) -> str:
    """ "2/3 (67%)", the share written as the reader writes it (as a quiz's end does)."""
    return f"{acc.correct}/{acc.answered} ({percent(share(acc.correct, acc.answered))})"


def score_reply(
    summary: ScoreSummary,
    library: Shelf,
    coming: ComingBack | None = None,
    elsewhere: Mapping[str, Briefing] | None = None,
) -> Reply:
    """Accuracy overall, per briefing and per section; streak; mastered; due for review.

    With nothing due, `coming` says when the next review questions come back. `elsewhere`
    titles server briefings `library` does not hold ("Title (server)", the student's own
    servers only); the other servers' briefings the student answered (or removed ones) are
    counted together, never named by their raw id.
    """
    if not summary.overall.answered and not summary.answered_elsewhere:
        return Reply.text(_("Your progress"), _("No answers yet. Start with /quiz."), private=True)
    titles = {b.id: b for b in library} | dict(elsewhere or {})
    right = (
        _("Right answers: {score}").format(score=_pct(summary.overall))
        if summary.overall.answered
        # answered only in other servers or direct messages: the rest is theirs here too
        else _("Right answers: none in this server yet (start with /quiz)")
    )
    body = "\n".join(
        [
            right,
            _("Streak: {days}").format(days=days(summary.streak_days)),
            _("Mastered: {questions}").format(questions=questions(summary.mastered)),
            _due_line(summary.due, coming),
        ]
    )
    if summary.answered_elsewhere:
        body += "\n\n" + _(
            "“Right answers” counts this server only: your answers in direct messages (a "
            "review from the reminder) and in other servers are in /score everywhere:True. "
            "Streak, mastered and due count everywhere."
        )
    fields = []
    unnamed: list[Accuracy] = []
    for briefing_id, acc in sorted(summary.by_briefing.items()):
        briefing = titles.get(briefing_id)
        if briefing is None:
            unnamed.append(acc)
            continue
        lines = [_("Overall {score}").format(score=_pct(acc))]
        for section_id, sacc in _in_reading_order(briefing, briefing_id, summary.by_section):
            section = briefing.section(section_id)
            title = section.title if section else section_id
            lines.append(_("{section}: {score}").format(section=title, score=_pct(sacc)))
        fields.append(Field(briefing.title, "\n".join(lines)))
    if unnamed:
        fields.append(_unnamed_field(unnamed))
    pages = paginate(_("Your progress"), body, fields=fields)
    return Reply(pages=pages, private=True)


def _in_reading_order(
    briefing: Briefing, key: str, by_section: Mapping[tuple[str, str], Accuracy]
) -> list[tuple[str, Accuracy]]:
    """The sections' scores of `briefing` (answered under `key`) in the order the briefing
    reads, as /brief lists them (was: by id, "Beijing's awkward position" above "The
    deployment"); any section it no longer has after them."""
    order = {section.id: number for number, section in enumerate(briefing.sections)}
    own = [(sid, acc) for (bid, sid), acc in by_section.items() if bid == key]
    return sorted(own, key=lambda item: (order.get(item[0], len(order)), item[0]))


def _unnamed_field(scores: list[Accuracy]) -> Field:
    """Briefings not available to the reader (another server's, one removed since, bundled
    or a server's own), counted together."""
    together = Accuracy(sum(a.correct for a in scores), sum(a.answered for a in scores))
    name = ngettext(
        "{n} briefing no longer available to you",
        "{n} briefings no longer available to you",
        len(scores),
    ).format(n=len(scores))
    note = _("Briefings of a server you are no longer in, or removed since.")
    return Field(name, _("Overall {score}").format(score=_pct(together)) + "\n" + note)


def _due_line(due: int, coming: ComingBack | None) -> str:
    """How many are due and where to review them; with none due, when the next come back
    (beside the count, not in brackets: the console writes its moment with brackets)."""
    if due:
        return _("Due for review: {count}").format(count=due) + " " + _("(see /review)")
    if coming is not None:
        return _("Due for review: {count} — {coming}").format(
            count=due, coming=coming_back_text(coming)
        )
    return _("Due for review: {count}").format(count=due)


def leaderboard_reply(
    top: list[LeaderboardEntry],
    mine: LeaderboardEntry | None,
    *,
    week: bool,
    mention: bool,
    week_ends: datetime | None = None,
) -> Reply:
    """The top learners; the caller's own rank when they are not among them.

    A board lists only learners with a right answer (a week's board, Monday to Sunday, UTC:
    in that week); with `week_ends` it says when the next starts, in each reader's own time.
    """
    title = _("Leaderboard: this week") if week else _("Leaderboard: all time")
    ends = ""
    if week and week_ends is not None:
        ends = "\n\n" + _(
            "The week runs Monday to Sunday in UTC: the next one starts {when}."
        ).format(when=deadline(week_ends))
    if not top:
        if week:
            nobody = _("Nobody has a right answer this week yet. Be the first with /quiz!")
        else:
            nobody = _("Nobody has a right answer yet. Be the first with /quiz!")
        return Reply.text(title, nobody + ends)

    def who(user_id: int) -> str:
        return user(user_id) if mention else _("user {id}").format(id=user_id)

    lines = [_row(e, who(e.user_id)) for e in top]
    if mine is not None and all(e.user_id != mine.user_id for e in top):
        mine_row = _row(mine, _("you"))
        lines.append(f"…\n{mine_row}")
    elif mine is None:
        if week:
            join = _("You are not on the board yet: get a question right this week to join.")
        else:
            join = _("You are not on the board yet: get a question right in a /quiz to join.")
        lines.append(f"\n{join}")
    return Reply(pages=paginate(title, "\n".join(lines) + ends))


def _row(entry: LeaderboardEntry, name: str) -> str:
    """ "1. Ana: 4 right of 7"; the count of right answers decides the plural ("1 juste")."""
    return ngettext(
        "{rank}. {name}: {right} right of {answered}",
        "{rank}. {name}: {right} right of {answered}",
        entry.correct,
    ).format(rank=entry.rank, name=name, right=entry.correct, answered=entry.answered)


def kept_reply(*, private: bool = False) -> Reply:
    """What /forgetme says when the student declines: nothing went (console `/forgetme no`,
    Discord's Keep my data button)."""
    return Reply.text(
        _("Nothing deleted"), _("Everything kept about you stays as it was."), private=private
    )


def mydata_text(path: str | None = None) -> str:
    """What /mydata says of its file: what it holds, and how to delete it all. The console
    names the file it wrote at `path` (one person, no server: no reminder, no reports)."""
    if path is not None:
        return _(
            "Everything kept about you is in {path}: your answers, review schedule, quizzes "
            "and preferences, as JSON (any text editor opens it). To delete it all, type "
            "/forgetme."
        ).format(path=path)
    return _(
        "Everything kept about you: your answers, review schedule, quizzes, preferences and "
        "review reminder, the assignments you began and the question reports you made, as "
        "gzip-compressed JSON. To delete it all, use /forgetme."
    )


def forget_question(*, console: bool = False) -> str:
    """What /forgetme asks before deleting: all it deletes, the choices a reader relies on
    too. On Discord, on every server, with the review reminder `/remind` sets; the console
    (one person, no server, no /remind: no reminder to name) says how to confirm there (was:
    "your answers, review schedule and quizzes", the preferences left unsaid)."""
    if console:
        return _(
            "This deletes your answers, review schedule, quizzes and preferences, and cannot "
            "be undone. Type /forgetme yes to confirm."
        )
    return _(
        "Your answers, review schedule, quizzes, preferences and review reminder will be "
        "deleted, on every server. This cannot be undone."
    )


def preferences_reset_text(before: Preferences, after: Preferences) -> str:
    """What /forgetme adds when a choice the student relied on went with their data (the
    text-only mode of a screen reader's user): which is off again, and how to turn it back
    on; nothing when none changed (a server's default still applies)."""
    text_only = before.text_only and not after.text_only
    untimed = before.untimed and not after.untimed
    if text_only and untimed:
        return _("Text only and untimed are off again: /preferences turns them back on.")
    if text_only:
        return _("Text only is off again: /preferences turns it back on.")
    if untimed:
        return _("Untimed is off again: /preferences turns it back on.")
    return ""


def forgotten_text(count: int, *, started_a_quiz: bool = False) -> str:
    """What /forgetme says once done: how many records went, and, for the starter of a running
    channel quiz, that it goes on for the others without them."""
    text = ngettext(
        "Deleted {count} record kept about you.",
        "Deleted {count} records kept about you.",
        count,
    ).format(count=count)
    if not count:  # a second confirm, or a first from someone never seen
        text = _("Deleted nothing: nothing was kept about you.")
    if started_a_quiz:
        text += " " + _(
            "The channel quiz you started goes on for the others, without your answers and "
            "without your name on it: a moderator can close its questions or stop it."
        )
    return text
