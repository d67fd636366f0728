"""What class mode shows, as Replies: assignments, the class report, the report queue.

Plain text only; the adapter supplies display names and builds the buttons' actions (a
function from an id to an action string), so nothing here belongs to a chat platform.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from bot.core.assignments import OpenAssignment
from bot.core.class_report import flag_for, missed_alike, most_missed
from bot.core.classwork import (
    FLAG_MIN_ANSWERS,
    Assignment,
    ClassReport,
    QuestionFigures,
    StudentResult,
)
from bot.core.paginate import paginate
from bot.core.question_reports import AcceptOutcome, QueueItem
from bot.core.replies import Button, ButtonStyle, Field, Reply, deadline, moment, typed
from bot.core.wording import percent, share
from bot.i18n import N_, _, ngettext

__all__ = [
    "accepted_reply",
    "already_set_reply",
    "assignment_set_reply",
    "class_report_reply",
    "due_text",
    "fewer_questions_note",
    "open_assignments_reply",
    "queue_reply",
    "reason_label",
    "with_open_work",
    "withdraw_question_reply",
]

_REASONS = {
    "wrong_key": N_("wrong answer key"),
    "unclear": N_("unclear"),
    "outdated": N_("outdated"),
    "typo": N_("typo"),
    "other": N_("other"),
}
_STATUSES = {
    "finished": N_("finished"),
    "late": N_("late"),
    "started": N_("started"),
    "not started": N_("not started"),
    "answered": N_("answered"),
}
_FLAGS = {"too hard": N_("too hard"), "too easy": N_("too easy")}
MAX_BUTTONS = 5


def reason_label(reason: str) -> str:
    """A report reason as people say it."""
    return _(_REASONS[reason]) if reason in _REASONS else reason


def status_label(status: str) -> str:
    """A student's state on an assignment (finished, late, started, not started) in words."""
    return _(_STATUSES[status]) if status in _STATUSES else status


def due_text(assignment: Assignment) -> str:
    """The due moment, shown to each reader in their own zone with how far away it is."""
    return deadline(assignment.due_at)


def _who(assignment: Assignment, role_names: Mapping[int, str]) -> str:
    if assignment.role_id is None:
        return _("everyone")
    return role_names.get(assignment.role_id) or _("a role that no longer exists")


def withdraw_question_reply(number: int, started: int, finished: int, confirm_action: str) -> Reply:
    """/unassign on work students began: what withdrawing it loses, and a confirm button."""
    began = ngettext(
        "{n} student started assignment #{id}", "{n} students started assignment #{id}", started
    ).format(n=started, id=number)
    done = ngettext("{n} finished it", "{n} finished it", finished).format(n=finished)
    body = _(
        "{began} ({done}). Withdrawing it takes it from /report and from their /assignments; "
        "the answers they gave stay in their scores. This cannot be undone."
    ).format(began=began, done=done)
    confirm = Button("withdraw", _("Yes, withdraw it"), confirm_action, ButtonStyle.DANGER)
    title = _("Withdraw assignment #{id}?").format(id=number)
    return Reply(Reply.text(title, body, private=True).pages, (confirm,), private=True)


def fewer_questions_note(assignment: Assignment, asked: int | None) -> Reply | None:
    """Told privately to the moderator who asked for `asked` questions when the briefing had
    fewer to set (with the sections and difficulty chosen, less the questions hidden here)."""
    got = len(assignment.question_ids)
    if asked is None or got >= asked:
        return None
    text = ngettext(
        "Assignment #{id} has {n} question, not the {asked} you asked for: that is every "
        "question its briefing has with the sections and difficulty chosen.",
        "Assignment #{id} has {n} questions, not the {asked} you asked for: that is every "
        "question its briefing has with the sections and difficulty chosen.",
        got,
    ).format(id=assignment.number, n=got, asked=asked)
    return Reply.text(_("Fewer questions than asked"), text, private=True)


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
        ngettext(
            "{title}: {n} question for {who}.", "{title}: {n} questions for {who}.", count
        ).format(title=title, n=count, who=_who(assignment, role_names)),
        _("Due {when}. Late work is accepted and marked late.").format(when=due_text(assignment)),
        _("Start it with the button below or with /assignments; it counts once."),
    ]
    remind_at = assignment.remind_at()
    if remind_at is not None and not reminder:
        n = assignment.remind_minutes
        if remind_at <= assignment.created_at:  # it goes out on the next tick
            text = ngettext(
                "It is already less than {n} minute to the deadline: the reminder goes out "
                "at once.",
                "It is already less than {n} minutes to the deadline: the reminder goes out "
                "at once.",
                n or 0,
            )
        else:
            text = ngettext(
                "A reminder goes out {n} minute before the deadline.",
                "A reminder goes out {n} minutes before the deadline.",
                n or 0,
            )
        lines.append(text.format(n=n))
    label = _("Start assignment #{id}").format(id=assignment.number)
    start = Button("start", label, start_action, ButtonStyle.PRIMARY)
    heading = _("Assignment #{id}").format(id=assignment.number)
    if reminder:
        heading = _("Reminder: Assignment #{id}").format(id=assignment.number)  # due: below
    return Reply(paginate(heading, "\n".join(lines)), (start,))


def already_set_reply(assignment: Assignment) -> Reply:
    """What a moderator is told, privately, when the work they set was set already (a retry,
    or the same /assign at the same instant): its number, not a second announcement."""
    body = _(
        "This work is already set as assignment #{id}, due {when}: it is not set or "
        "announced again. Students find it in /assignments."
    ).format(id=assignment.number, when=due_text(assignment))
    return Reply.text(_("Assignment #{id}").format(id=assignment.number), body, private=True)


def open_assignments_reply(
    items: Sequence[OpenAssignment], now: dt.datetime, start_action: Callable[[int], str]
) -> Reply:
    """A student's open work, soonest due first, a Start button each (the first five)."""
    if not items:
        return Reply.text(
            _("Your assignments"), _("Nothing is set for you right now."), private=True
        )
    lines = []
    for item in items:
        a = item.assignment
        state = status_label("started" if item.submission else "not started")
        if item.late(now):
            state = _("{state}; late now, still accepted").format(state=state)
        count = len(a.question_ids)
        lines.append(
            ngettext(
                "#{id} {title}: {n} question, due {when} ({state})",
                "#{id} {title}: {n} questions, due {when} ({state})",
                count,
            ).format(id=a.number, title=item.briefing_title, n=count, when=due_text(a), state=state)
        )
    buttons = tuple(
        Button(
            str(i.assignment.id),
            _("Start #{id}").format(id=i.assignment.number),
            start_action(i.assignment.id or 0),
        )
        for i in items[:MAX_BUTTONS]
    )
    return Reply(paginate(_("Your assignments"), "\n".join(lines)), buttons, private=True)


def _student_line(s: StudentResult, names: Mapping[int, str], set_questions: int) -> str:
    """A student's state and score; one who started an assignment of `set_questions` (0 for
    a briefing's report) and stopped is shown how far they got, not a score that looks full
    (those who never started are listed together: `_students_text`)."""
    name = _student_name(s, names)
    if s.status == "started" and set_questions:
        answered = ngettext(
            "{answered} of {total} answered", "{answered} of {total} answered", s.answered
        ).format(answered=s.answered, total=set_questions)
        right = ngettext("{right} right", "{right} right", s.correct).format(right=s.correct)
        return _("{name}: {status}, {answered}, {right}").format(
            name=name, status=status_label(s.status), answered=answered, right=right
        )
    score = f"{s.correct}/{s.answered}"
    if s.finished_at:  # each reader's own time where the platform shows it
        return _("{name}: {status}, {score}, {when}").format(
            name=name, status=status_label(s.status), score=score, when=moment(s.finished_at)
        )
    return _("{name}: {status}, {score}").format(
        name=name, status=status_label(s.status), score=score
    )


def _student_name(s: StudentResult, names: Mapping[int, str]) -> str:
    return typed(names.get(s.user_id, _("user {id}").format(id=s.user_id)))  # as written


def _students_text(
    students: Sequence[StudentResult], names: Mapping[int, str], set_questions: int
) -> str:
    """A line per student who started, then the ones who never did on one line (a class of 40
    reads on a phone without a line per name)."""
    lines = [_student_line(s, names, set_questions) for s in students if s.status != "not started"]
    waiting = [_student_name(s, names) for s in students if s.status == "not started"]
    if waiting:
        lines.append(
            _("Not started ({count}): {names}").format(count=len(waiting), names=", ".join(waiting))
        )
    return "\n".join(lines)


def _question_field(number: int, q: QuestionFigures) -> Field:
    if not q.answered:
        return Field(
            _("Q{number}. {prompt}").format(number=number, prompt=q.prompt),
            _("Nobody has answered it yet."),
        )
    lines = [
        _("Answered by {n}; {share} right").format(
            n=q.answered, share=percent(share(q.correct, q.answered))
        ),
    ]
    if q.top_wrong:
        lines.append(
            _("Most chosen wrong answer: {answer} ({count})").format(
                answer=q.top_wrong.text, count=q.top_wrong.count
            )
        )
    if q.flag:
        lines.append(_("Flag: {flag}").format(flag=_flag_label(q.flag)))
    elif (early := flag_for(q.answered, q.correct, least=1)) is not None:
        lines.append(  # what the share alone says, and why it is no flag yet
            ngettext(
                "Only {n} answer so far: too few to call it {flag} ({least} needed).",
                "Only {n} answers so far: too few to call it {flag} ({least} needed).",
                q.answered,
            ).format(n=q.answered, flag=_flag_label(early), least=FLAG_MIN_ANSWERS)
        )
    return Field(_("Q{number}. {prompt}").format(number=number, prompt=q.prompt), "\n".join(lines))


def _flag_label(flag: str) -> str:
    return _(_FLAGS[flag]) if flag in _FLAGS else flag


def class_report_reply(report: ClassReport, names: Mapping[int, str], *, note: str = "") -> Reply:
    """The report, paged: the students first, then one field per question."""
    counts = ", ".join(
        f"{report.count(status)} {status_label(status)}"
        for status in ("finished", "late", "started", "not started", "answered")
        if report.count(status)
    )
    head = [counts or _("Nobody has answered yet.")]
    if report.due_at is not None:
        head.insert(0, _("Due {when}.").format(when=deadline(report.due_at)))
    missed = [
        ngettext(
            "Q{number} ({right} of {answered} right)",
            "Q{number} ({right} of {answered} right)",
            q.correct,
        ).format(number=n, right=q.correct, answered=q.answered)
        for n, q in most_missed(report.questions)
    ]
    if missed:
        head.append(_("Missed most: {questions}").format(questions=", ".join(missed)))
    elif missed_alike(report.questions):
        head.append(_("Every question was missed as often as the others: none stands out."))
    if note:
        head.append(note)
    set_questions = len(report.questions) if report.number is not None else 0
    students = _students_text(report.students, names, set_questions)
    body = "\n".join(head) + ("\n\n" + students if students else "")
    fields = [_question_field(n, q) for n, q in enumerate(report.questions, 1)]
    return Reply(paginate(report.title, body, fields=fields), private=True)


def queue_reply(
    items: Sequence[QueueItem], names: Mapping[int, str], action: Callable[[str, int], str]
) -> Reply:
    """The open question reports, oldest first; buttons for the oldest one."""
    if not items:
        return Reply.text(_("Question reports"), _("No open reports. All clear!"), private=True)
    fields = [_queue_field(item, names) for item in items]
    first = items[0].report.number or 0
    buttons = (
        Button(
            "accept",
            _("Accept an answer for #{id}").format(id=first),
            action("accept", first),
            ButtonStyle.SUCCESS,
        ),
        Button(
            "hide",
            _("Hide question #{id}").format(id=first),
            action("hide", first),
            ButtonStyle.DANGER,
        ),
        Button("dismiss", _("Dismiss #{id}").format(id=first), action("dismiss", first)),
    )
    body = ngettext("{n} open report.", "{n} open reports.", len(items)).format(n=len(items))
    return Reply(paginate(_("Question reports"), body, fields=fields), buttons, private=True)


def _queue_field(item: QueueItem, names: Mapping[int, str]) -> Field:
    r = item.report
    right = share(item.correct, item.answered)
    lines = [
        ngettext(
            "Reason: {reason} ({n} open on this question)",
            "Reason: {reason} ({n} open on this question)",
            item.reports_on_question,
        ).format(reason=reason_label(r.reason), n=item.reports_on_question),
        _("Answer key: {answer}").format(answer=item.answer),
        _("Their answer: {answer}").format(answer=r.given or _("(none)")),
        ngettext(
            "Answered {n} time here, {share} right",
            "Answered {n} times here, {share} right",
            item.answered,
        ).format(n=item.answered, share=percent(right)),
    ]
    if r.comment:
        lines.append(_("Comment: {comment}").format(comment=r.comment))
    who = typed(names.get(r.user_id, _("user {id}").format(id=r.user_id)))
    lines.append(_("Reported by {name}").format(name=who))
    return Field(f"#{r.number} {item.prompt}", "\n".join(lines))


def accepted_reply(outcome: AcceptOutcome) -> Reply:
    """What accepting an alternative did."""
    answers = ", ".join(outcome.override.alternatives)
    lines = [_("Also accepted from now on in this server: {answers}.").format(answers=answers)]
    if outcome.rescored:
        lines.append(
            ngettext(
                "{n} earlier answer re-scored as right.",
                "{n} earlier answers re-scored as right.",
                outcome.rescored,
            ).format(n=outcome.rescored)
        )
    lines.append(
        ngettext(
            "Closed {n} report on this question.",
            "Closed {n} reports on this question.",
            outcome.closed_reports,
        ).format(n=outcome.closed_reports)
    )
    return Reply.text(_("Answer accepted"), "\n".join(lines), private=True)


def with_open_work(reply: Reply, items: Sequence[OpenAssignment]) -> Reply:
    """A /score reply with the student's open assignments added to its first page."""
    if not items:
        return reply
    lines = [
        _("#{id} {title}, due {when}").format(
            id=i.assignment.number, title=i.briefing_title, when=due_text(i.assignment)
        )
        for i in items
    ]
    first = reply.pages[0]
    field = Field(_("Open assignments (/assignments)"), "\n".join(lines)[:1000])
    page = dataclasses.replace(first, fields=(field, *first.fields))
    return dataclasses.replace(reply, pages=(page, *reply.pages[1:]))
