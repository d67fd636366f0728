"""What students see of their progress: /score and /leaderboard as Replies."""

from __future__ import annotations

from bot.core.library import Shelf
from bot.core.paginate import paginate
from bot.core.progress import Accuracy, LeaderboardEntry, ScoreSummary
from bot.core.replies import Field, Reply, moment, user
from bot.core.study import ComingBack, NothingDue
from bot.core.wording import plural

__all__ = ["coming_back_text", "leaderboard_reply", "nothing_due_reply", "score_reply"]


def coming_back_text(coming: ComingBack) -> str:
    """ "2 questions come back in 1 minute" (the moment rendered by the adapter)."""
    verb = "comes" if coming.count == 1 else "come"
    return f"{plural(coming.count, 'question')} {verb} back {moment(coming.at)}"


def nothing_due_reply(nothing: NothingDue) -> Reply:
    """/review with nothing due yet: when the next questions come back."""
    if nothing.coming is None:
        body = (
            "You have nothing to review yet. Every question you answer in a /quiz "
            "comes back here when it is due: a missed one within minutes."
        )
    else:
        body = f"Nothing is due yet: {coming_back_text(nothing.coming)}. Run /review then."
    return Reply.text("Review", body, private=True)


def _pct(acc: Accuracy) -> str:
    return f"{acc.correct}/{acc.answered} ({round(100 * acc.ratio)}%)"


def score_reply(summary: ScoreSummary, library: Shelf, coming: ComingBack | None = None) -> Reply:
    """Accuracy overall, per briefing and per section; streak; mastered; due for review.

    With nothing due, `coming` says when the next review questions come back.
    """
    if not summary.overall.answered:
        return Reply.text("Your progress", "No answers yet. Start with /quiz.", private=True)
    titles = {b.id: b for b in library}
    body = (
        f"Right answers: {_pct(summary.overall)}\n"
        f"Streak: {plural(summary.streak_days, 'day')}\n"
        f"Mastered: {plural(summary.mastered, 'question')}\n"
        f"Due for review: {summary.due}" + _due_note(summary.due, coming)
    )
    fields = []
    for briefing_id, acc in sorted(summary.by_briefing.items()):
        briefing = titles.get(briefing_id)
        lines = [f"Overall {_pct(acc)}"]
        for (bid, section_id), sacc in sorted(summary.by_section.items()):
            if bid != briefing_id:
                continue
            section = briefing.section(section_id) if briefing else None
            lines.append(f"{section.title if section else section_id}: {_pct(sacc)}")
        fields.append(Field(briefing.title if briefing else briefing_id, "\n".join(lines)))
    pages = paginate("Your progress", body, fields=fields)
    return Reply(pages=pages, private=True)


def _due_note(due: int, coming: ComingBack | None) -> str:
    if due:
        return " (see /review)"
    return f" ({coming_back_text(coming)})" if coming is not None else ""


def leaderboard_reply(
    top: list[LeaderboardEntry], mine: LeaderboardEntry | None, *, week: bool, mention: bool
) -> Reply:
    """The top learners; the caller's own rank when they are not among them.

    A week's board (Monday to Sunday, UTC) lists only learners with a right answer that week.
    """
    title = "Leaderboard: this week" if week else "Leaderboard: all time"
    if not top:
        nobody = "Nobody has a right answer this week yet." if week else "Nobody has answered yet."
        return Reply.text(title, f"{nobody} Be the first with /quiz!")

    def who(user_id: int) -> str:
        return user(user_id) if mention else f"user {user_id}"

    lines = [f"{e.rank}. {who(e.user_id)}: {e.correct} right of {e.answered}" for e in top]
    if mine is not None and all(e.user_id != mine.user_id for e in top):
        lines.append(f"…\n{mine.rank}. you: {mine.correct} right of {mine.answered}")
    elif mine is None:
        join = "get a question right this week" if week else "answer a /quiz"
        lines.append(f"\nYou are not on the board yet: {join} to join.")
    return Reply(pages=paginate(title, "\n".join(lines)))
