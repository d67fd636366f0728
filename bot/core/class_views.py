"""What class mode shows, as Replies: assignments, the class report, the report queue.

Plain text only; the adapter supplies display names and builds the buttons' actions (a
function from an id to an action string), so nothing here belongs to a chat platform.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from bot.core.assignments import OpenAssignment
from bot.core.classwork import Assignment, ClassReport, QuestionFigures, StudentResult
from bot.core.paginate import paginate
from bot.core.question_reports import AcceptOutcome, QueueItem
from bot.core.replies import Button, ButtonStyle, Field, Reply
from bot.core.schedule import zone

__all__ = [
    "accepted_reply",
    "assignment_set_reply",
    "class_report_reply",
    "due_text",
    "open_assignments_reply",
    "queue_reply",
    "reason_label",
    "with_open_work",
]

_REASONS = {
    "wrong_key": "wrong answer key",
    "unclear": "unclear",
    "outdated": "outdated",
    "typo": "typo",
    "other": "other",
}
MAX_BUTTONS = 5


def reason_label(reason: str) -> str:
    """A report reason as people say it."""
    return _REASONS.get(reason, reason)


def due_text(assignment: Assignment) -> str:
    """The due moment in the assignment's own zone, e.g. "Sat 14 Mar 2026, 18:00 Europe/Berlin"."""
    local = assignment.due_at.astimezone(zone(assignment.timezone))
    return f"{local:%a %d %b %Y, %H:%M} {assignment.timezone}"


def _who(assignment: Assignment, role_names: Mapping[int, str]) -> str:
    if assignment.role_id is None:
        return "everyone"
    return role_names.get(assignment.role_id, f"role {assignment.role_id}")


def assignment_set_reply(
    assignment: Assignment,
    title: str,
    role_names: Mapping[int, str],
    start_action: str,
    *,
    reminder: bool = False,
) -> Reply:
    """The announcement of new work (or its reminder), with its Start button."""
    count = len(assignment.question_ids)
    lines = [
        f"{title}: {count} question{'s' if count != 1 else ''} for {_who(assignment, role_names)}.",
        f"Due {due_text(assignment)}. Late work is accepted and marked late.",
        "Start it with the button below or with /assignments; it counts once.",
    ]
    if assignment.remind_minutes:
        lines.append(
            f"A reminder goes out {assignment.remind_minutes} minutes before the deadline."
        )
    start = Button("start", f"Start assignment #{assignment.id}", start_action, ButtonStyle.PRIMARY)
    heading = f"Assignment #{assignment.id}"
    if reminder:
        heading = f"Reminder: {heading} is due {due_text(assignment)}"
    return Reply(paginate(heading, "\n".join(lines)), (start,))


def open_assignments_reply(
    items: Sequence[OpenAssignment], now: dt.datetime, start_action: Callable[[int], str]
) -> Reply:
    """A student's open work, soonest due first, a Start button each (the first five)."""
    if not items:
        return Reply.text("Your assignments", "Nothing is set for you right now.", private=True)
    lines = []
    for item in items:
        a = item.assignment
        state = "started" if item.submission else "not started"
        late = "; late now, still accepted" if item.late(now) else ""
        count = len(a.question_ids)
        lines.append(
            f"#{a.id} {item.briefing_title}: {count} questions, due {due_text(a)} ({state}{late})"
        )
    buttons = tuple(
        Button(
            str(i.assignment.id), f"Start #{i.assignment.id}", start_action(i.assignment.id or 0)
        )
        for i in items[:MAX_BUTTONS]
    )
    return Reply(paginate("Your assignments", "\n".join(lines)), buttons, private=True)


def _student_line(s: StudentResult, names: Mapping[int, str]) -> str:
    name = names.get(s.user_id, f"user {s.user_id}")
    if s.status == "not started":
        return f"{name}: not started"
    score = f"{s.correct}/{s.answered}"
    when = f", {s.finished_at:%d %b %H:%M} UTC" if s.finished_at else ""
    return f"{name}: {s.status}, {score}{when}"


def _question_field(number: int, q: QuestionFigures) -> Field:
    lines = [
        f"Answered by {q.answered}; {round(100 * q.share_right)}% right",
    ]
    if q.top_wrong:
        lines.append(f"Most chosen wrong answer: {q.top_wrong.text} ({q.top_wrong.count})")
    if q.flag:
        lines.append(f"Flag: {q.flag}")
    return Field(f"Q{number}. {q.prompt}", "\n".join(lines))


def class_report_reply(report: ClassReport, names: Mapping[int, str], *, note: str = "") -> Reply:
    """The report, paged: the students first, then one field per question."""
    counts = ", ".join(
        f"{report.count(status)} {status}"
        for status in ("finished", "late", "started", "not started")
        if report.count(status)
    )
    head = [counts or "Nobody has answered yet."]
    if note:
        head.append(note)
    students = "\n".join(_student_line(s, names) for s in report.students)
    body = "\n".join(head) + ("\n\n" + students if students else "")
    fields = [_question_field(n, q) for n, q in enumerate(report.questions, 1)]
    return Reply(paginate(report.title, body, fields=fields), private=True)


def queue_reply(
    items: Sequence[QueueItem], names: Mapping[int, str], action: Callable[[str, int], str]
) -> Reply:
    """The open question reports, oldest first; buttons for the oldest one."""
    if not items:
        return Reply.text("Question reports", "No open reports. All clear!", private=True)
    fields = []
    for item in items:
        r = item.report
        right = round(100 * item.correct / item.answered) if item.answered else 0
        lines = [
            f"Reason: {reason_label(r.reason)} ({item.reports_on_question} open on this question)",
            f"Answer key: {item.answer}",
            f"Their answer: {r.given or '(none)'}",
            f"Answered {item.answered} times here, {right}% right",
        ]
        if r.comment:
            lines.append(f"Comment: {r.comment}")
        lines.append(f"Reported by {names.get(r.user_id, f'user {r.user_id}')}")
        fields.append(Field(f"#{r.id} {item.prompt}", "\n".join(lines)))
    first = items[0].report.id or 0
    buttons = (
        Button(
            "accept", f"Accept an answer for #{first}", action("accept", first), ButtonStyle.SUCCESS
        ),
        Button("hide", f"Hide question #{first}", action("hide", first), ButtonStyle.DANGER),
        Button("dismiss", f"Dismiss #{first}", action("dismiss", first)),
    )
    body = f"{len(items)} open report{'s' if len(items) != 1 else ''}."
    return Reply(paginate("Question reports", body, fields=fields), buttons, private=True)


def accepted_reply(outcome: AcceptOutcome) -> Reply:
    """What accepting an alternative did."""
    answers = ", ".join(outcome.override.alternatives)
    lines = [f"Also accepted from now on in this server: {answers}."]
    if outcome.rescored:
        lines.append(f"{outcome.rescored} earlier answer(s) re-scored as right.")
    lines.append(f"Closed {outcome.closed_reports} report(s) on this question.")
    return Reply.text("Answer accepted", "\n".join(lines), private=True)


def with_open_work(reply: Reply, items: Sequence[OpenAssignment]) -> Reply:
    """A /score reply with the student's open assignments added to its first page."""
    if not items:
        return reply
    lines = [f"#{i.assignment.id} {i.briefing_title}, due {due_text(i.assignment)}" for i in items]
    first = reply.pages[0]
    field = Field("Open assignments (/assignments)", "\n".join(lines)[:1000])
    page = dataclasses.replace(first, fields=(field, *first.fields))
    return dataclasses.replace(reply, pages=(page, *reply.pages[1:]))
