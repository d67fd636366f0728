"""Class mode's rules, against the in-memory ports: assignments, class reports, question reports."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from memory_class import MemoryClassStore

from bot.core.assignments import AssignmentService, due_instant, work_title
from bot.core.class_chart import results_chart
from bot.core.class_report import CSV_COLUMNS, ClassReportService, flag_for, report_csv
from bot.core.class_views import assignment_set_reply
from bot.core.classwork import Assignment, DayResult, QuestionOverride, WrongAnswer
from bot.core.clock import FakeClock
from bot.core.errors import InvalidInput, NotFound, QuizError
from bot.core.library import Library
from bot.core.progress import AnswerRecord
from bot.core.question_reports import QuestionReportService, accepts, visible_questions

ROOT = Path(__file__).parent.parent.parent
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
GUILD, OTHER = 1, 2
STUDENTS = 77  # the role
MOD, ANA, BEN, CAL, DIA = 900, 11, 12, 13, 14


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", folder / "mini.yaml")
    library = Library(folder)
    library.reload()
    return library


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def repo() -> MemoryClassStore:
    return MemoryClassStore()


@pytest.fixture
def service(library: Library, repo: MemoryClassStore, clock: FakeClock) -> AssignmentService:
    return AssignmentService(library, repo, clock)


async def _assign(service: AssignmentService, **changes: object) -> Assignment:
    options: dict[str, object] = {
        "guild_id": GUILD,
        "channel_id": 5,
        "created_by": MOD,
        "briefing_id": "mini",
        "due_date": "2026-03-14",
        "due_time": "18:00",
        "timezone": "Europe/Berlin",
        "role_id": STUDENTS,
        "count": 3,
    } | changes
    return await service.assign(**options)  # type: ignore[arg-type]


def _answer(a: Assignment, user: int, qid: str, given: str, correct: bool) -> AnswerRecord:
    return AnswerRecord(
        user_id=user,
        guild_id=a.guild_id,
        briefing_id=a.briefing_id,
        question_id=qid,
        section_id=None,
        correct=correct,
        seconds=4.0,
        answered_at=START,
        session_id=a.session_id(user),
        given=given,
    )


# --- assignments ---------------------------------------------------------------------------


def test_the_due_time_is_read_in_the_given_zone() -> None:
    assert due_instant("2026-03-14", "18:00", "Europe/Berlin") == dt.datetime(
        2026, 3, 14, 17, 0, tzinfo=dt.UTC
    )
    assert due_instant("2026-07-14", "18:00", "europe/berlin").hour == 16  # summer time
    with pytest.raises(InvalidInput, match="Did you mean Europe/Berlin"):
        due_instant("2026-03-14", "18:00", "Europe/Berlln")
    with pytest.raises(InvalidInput, match="not a date"):
        due_instant("14/13/2026", "18:00", "UTC")
    assert due_instant("14/03/2026", "18:00", "UTC") == dt.datetime(2026, 3, 14, 18, tzinfo=dt.UTC)


async def test_assigning_picks_the_questions_once_and_keeps_what_was_asked(
    service: AssignmentService,
) -> None:
    a = await _assign(service, remind_minutes=60)

    assert a.id == 1
    assert a.question_ids == ("q-days", "q-who", "q-town")  # in the briefing's order
    assert a.due_at == dt.datetime(2026, 3, 14, 17, 0, tzinfo=dt.UTC)
    assert (a.timezone, a.role_id, a.remind_minutes) == ("Europe/Berlin", STUDENTS, 60)
    storm = await _assign(service, sections=["storm"])
    assert storm.question_ids == ("q-days",)
    hard = await _assign(service, difficulty="hard")
    assert hard.question_ids == ("q-town",)


async def test_a_question_the_server_hid_is_never_assigned(
    library: Library, repo: MemoryClassStore, clock: FakeClock
) -> None:
    reports = QuestionReportService(library, repo, clock)
    await repo.save_override(QuestionOverride(GUILD, "mini", "q-who", hidden=True), START)
    service = AssignmentService(library, repo, clock, reports)

    here = await _assign(service)
    elsewhere = await _assign(service, guild_id=OTHER)

    assert here.question_ids == ("q-days", "q-town")
    assert elsewhere.question_ids == ("q-days", "q-who", "q-town")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"due_date": "2026-03-09"}, "already passed"),
        ({"sections": ["weather"]}, "no section “weather”; it has storm, reopening"),
        ({"count": 0}, "between 1 and 25"),
        ({"difficulty": "brutal"}, "easy, medium or hard"),
        ({"remind_minutes": 0}, "reminder"),
        ({"sections": ["storm"], "difficulty": "hard"}, "no hard questions"),
        ({"briefing_id": "nope"}, "no briefing"),
    ],
)
async def test_unusable_work_is_refused_with_a_reason_and_nothing_is_stored(
    service: AssignmentService, repo: MemoryClassStore, changes: dict[str, object], message: str
) -> None:
    with pytest.raises((InvalidInput, NotFound), match=message):
        await _assign(service, **changes)
    assert await repo.list_assignments(GUILD) == []


async def test_students_see_their_open_work_start_it_and_it_counts_once(
    service: AssignmentService, repo: MemoryClassStore, clock: FakeClock
) -> None:
    a = await _assign(service)
    everyone = await _assign(service, role_id=None, due_date="2026-03-15")
    assert a.id is not None

    assert [o.assignment.id for o in await service.open_for(GUILD, ANA, [STUDENTS])] == [
        a.id,
        everyone.id,
    ]
    assert [o.assignment.id for o in await service.open_for(GUILD, DIA, [])] == [everyone.id]
    assert await service.open_for(OTHER, ANA, [STUDENTS]) == []
    with pytest.raises(QuizError, match="another group"):
        await service.start(GUILD, a.id, DIA, [])
    with pytest.raises(NotFound):
        await service.start(OTHER, a.id, ANA, [STUDENTS])

    first = await service.start(GUILD, a.id, ANA, [STUDENTS])
    clock.advance(60)
    again = await service.start(GUILD, a.id, ANA, [STUDENTS])
    assert first.submission == again.submission  # resumed, same session
    assert first.submission.session_id == a.session_id(ANA)
    for qid in a.question_ids:
        repo.add_answer(_answer(a, ANA, qid, "x", qid != "q-who"))
    done = await service.finish(GUILD, a.id, ANA)

    assert (done.correct, done.answered) == (2, 3)
    assert [o.assignment.id for o in await service.open_for(GUILD, ANA, [STUDENTS])] == [
        everyone.id
    ]
    with pytest.raises(QuizError, match=r"finished this assignment already \(2/3\)"):
        await service.start(GUILD, a.id, ANA, [STUDENTS])
    with pytest.raises(QuizError, match="Start the assignment first"):
        await service.finish(GUILD, a.id, BEN)


async def test_a_reminder_goes_out_once_before_the_deadline(
    service: AssignmentService, clock: FakeClock
) -> None:
    a = await _assign(service, remind_minutes=60)
    await _assign(service)  # no reminder asked

    clock.current = a.due_at - dt.timedelta(minutes=61)
    assert await service.reminders_due([GUILD]) == []
    clock.current = a.due_at - dt.timedelta(minutes=59)
    assert [x.id for x in await service.reminders_due([GUILD])] == [a.id]
    assert await service.reminders_due([GUILD]) == []


# --- class reports -----------------------------------------------------------------------


async def _class_of_three(
    service: AssignmentService, repo: MemoryClassStore, clock: FakeClock
) -> Assignment:
    """Ana finishes on time (3/3), Ben finishes late (1/3), Cal never starts."""
    a = await _assign(service)
    assert a.id is not None
    await service.start(GUILD, a.id, ANA, [STUDENTS])
    for qid, given in zip(a.question_ids, ("3", "Ada Quill", "True"), strict=True):
        repo.add_answer(_answer(a, ANA, qid, given, True))
    await service.finish(GUILD, a.id, ANA)
    clock.current = a.due_at + dt.timedelta(hours=2)
    await service.start(GUILD, a.id, BEN, [STUDENTS])
    for qid, given, right in zip(
        a.question_ids, ("4", "Ben Hale", "True"), (False, False, True), strict=True
    ):
        repo.add_answer(_answer(a, BEN, qid, given, right))
    await service.finish(GUILD, a.id, BEN)
    return a


async def test_the_assignment_report_shows_who_finished_late_or_not_and_each_question(
    service: AssignmentService, repo: MemoryClassStore, clock: FakeClock, library: Library
) -> None:
    a = await _class_of_three(service, repo, clock)
    assert a.id is not None
    reports = ClassReportService(library, repo, repo)

    report = await reports.for_assignment(GUILD, a.id, roster=[ANA, BEN, CAL])

    assert [(s.user_id, s.status, s.correct, s.answered) for s in report.students] == [
        (ANA, "finished", 3, 3),
        (BEN, "late", 1, 3),
        (CAL, "not started", 0, 0),
    ]
    assert report.title == "Assignment #1: A small test briefing"
    figures = [
        (q.question_id, q.answered, q.correct, q.top_wrong, q.flag) for q in report.questions
    ]
    assert figures == [
        ("q-days", 2, 1, WrongAnswer("4", 1), None),
        ("q-who", 2, 1, WrongAnswer("Ben Hale", 1), None),
        ("q-town", 2, 2, None, None),  # two answers say nothing of how easy it is
    ]
    with pytest.raises(NotFound):
        await reports.for_assignment(OTHER, a.id)


def test_questions_are_flagged_below_30_and_above_90_percent_right() -> None:
    assert flag_for(10, 2) == "too hard"
    assert flag_for(10, 3) is None
    assert flag_for(10, 9) is None
    assert flag_for(10, 10) == "too easy"
    assert flag_for(0, 0) is None


def test_a_question_is_called_easy_or_hard_only_once_five_answers_are_in() -> None:
    assert flag_for(1, 0) is None, "one student's slip says nothing of the question"
    assert flag_for(4, 4) is None
    assert flag_for(5, 5) == "too easy"
    assert flag_for(5, 1) == "too hard"


async def test_the_csv_has_a_row_per_student_and_question_and_no_formulas(
    service: AssignmentService, repo: MemoryClassStore, clock: FakeClock, library: Library
) -> None:
    a = await _class_of_three(service, repo, clock)
    assert a.id is not None
    report = await ClassReportService(library, repo, repo).for_assignment(
        GUILD, a.id, roster=[ANA, BEN, CAL]
    )

    text = report_csv(report, {ANA: "Ana", BEN: "=HYPERLINK(1)", CAL: "Cal"})
    rows = list(csv.DictReader(io.StringIO(text)))

    assert list(rows[0]) == list(CSV_COLUMNS)
    students = [(r["user_id"], r["display_name"], r["status"], r["right"]) for r in rows[:3]]
    assert students == [
        (str(ANA), "Ana", "finished", "3"),
        (str(BEN), "'=HYPERLINK(1)", "late", "1"),
        (str(CAL), "Cal", "not started", "0"),
    ]
    assert rows[1]["finished_at_utc"] == "2026-03-14T19:00:00+00:00"
    questions = [
        (r["question_id"], r["answers"], r["share_right"], r["most_chosen_wrong_answer"], r["flag"])
        for r in rows[3:]
    ]
    assert questions == [
        ("q-days", "2", "0.50", "4", ""),
        ("q-who", "2", "0.50", "Ben Hale", ""),
        ("q-town", "2", "1.00", "", ""),
    ]


async def test_the_briefing_report_covers_every_answer_in_the_server(
    repo: MemoryClassStore, library: Library
) -> None:
    practice = Assignment(
        guild_id=GUILD,
        channel_id=5,
        briefing_id="mini",
        question_ids=("q-days",),
        due_at=START,
        timezone="UTC",
        created_at=START,
        id=99,
    )
    repo.add_answer(_answer(practice, ANA, "q-days", "2", False))
    repo.add_answer(_answer(practice, BEN, "q-days", "2", False))
    repo.add_answer(
        _answer(dataclasses.replace(practice, guild_id=OTHER), CAL, "q-days", "3", True)
    )

    report = await ClassReportService(library, repo, repo).for_briefing(GUILD, "mini")

    assert [(s.user_id, s.correct, s.answered) for s in report.students] == [
        (ANA, 0, 1),
        (BEN, 0, 1),
    ]
    assert [(q.question_id, q.answered, q.flag) for q in report.questions] == [("q-days", 2, None)]


def test_the_chart_is_a_png_and_matplotlib_loads_only_when_drawing() -> None:
    png = results_chart(
        [DayResult(dt.date(2026, 3, 9), 4, 3), DayResult(dt.date(2026, 3, 10), 5, 1)], "Class"
    )
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(InvalidInput, match="nothing to chart"):
        results_chart([], "Class")
    probe = (
        "import sys, bot.core.class_chart, bot.core.class_report; "
        "print('matplotlib' in sys.modules)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert loaded.stdout.strip() == "False"


# --- question reports --------------------------------------------------------------------


@pytest.fixture
def reports(library: Library, repo: MemoryClassStore, clock: FakeClock) -> QuestionReportService:
    return QuestionReportService(library, repo, clock)


def _plain(user: int, qid: str, given: str, correct: bool, guild: int = GUILD) -> AnswerRecord:
    return AnswerRecord(user, guild, "mini", qid, None, correct, 3.0, START, f"s-{user}", given)


async def test_a_report_is_checked_and_filed_once_per_student(
    reports: QuestionReportService,
) -> None:
    filed = await reports.report(
        guild_id=GUILD,
        user_id=ANA,
        briefing_id="mini",
        question_id="q-who",
        reason="wrong_key",
        comment="  Quill's deputy said it  ",
        given="Ben Hale",
    )
    assert (filed.number, filed.comment, filed.given, filed.status) == (
        1,
        "Quill's deputy said it",
        "Ben Hale",
        "open",
    )
    with pytest.raises(InvalidInput, match="already reported"):
        await reports.report(
            guild_id=GUILD, user_id=ANA, briefing_id="mini", question_id="q-who", reason="typo"
        )
    with pytest.raises(InvalidInput, match="Pick a reason"):
        await reports.report(
            guild_id=GUILD, user_id=BEN, briefing_id="mini", question_id="q-who", reason="boring"
        )
    with pytest.raises(InvalidInput, match="under 500"):
        await reports.report(
            guild_id=GUILD,
            user_id=BEN,
            briefing_id="mini",
            question_id="q-who",
            reason="other",
            comment="x" * 501,
        )
    with pytest.raises(NotFound):
        await reports.report(
            guild_id=GUILD, user_id=BEN, briefing_id="mini", question_id="q-zz", reason="typo"
        )


async def test_accepting_an_alternative_counts_from_then_on_and_can_rescore(
    reports: QuestionReportService, repo: MemoryClassStore, library: Library
) -> None:
    repo.add_answer(_plain(ANA, "q-who", "Ben Hale", False))
    repo.add_answer(_plain(BEN, "q-who", "ben hale", False))
    repo.add_answer(_plain(CAL, "q-who", "Ada Quill", True))
    repo.add_answer(_plain(DIA, "q-who", "Ben Hale", False, guild=OTHER))
    filed = await reports.report(
        guild_id=GUILD,
        user_id=ANA,
        briefing_id="mini",
        question_id="q-who",
        reason="wrong_key",
        given="Ben Hale",
    )
    await reports.report(
        guild_id=GUILD, user_id=BEN, briefing_id="mini", question_id="q-who", reason="unclear"
    )
    assert filed.number is not None

    (first, second) = await reports.queue(GUILD)
    assert (first.prompt, first.answer, first.report.given) == (
        "Who said ships can dock again?",
        "Ada Quill",
        "Ben Hale",
    )
    assert (first.answered, first.correct, first.reports_on_question) == (3, 1, 2)
    assert (second.report.user_id, second.report.reason) == (BEN, "unclear")
    with pytest.raises(NotFound):
        await reports.accept_alternative(OTHER, filed.number, "Ben Hale", MOD)

    outcome = await reports.accept_alternative(GUILD, filed.number, "Ben Hale", MOD, rescore=True)

    assert (outcome.rescored, outcome.closed_reports) == (2, 2)
    assert await reports.queue(GUILD) == []
    assert await repo.question_counts(GUILD, "mini", "q-who") == (3, 3)
    assert await repo.question_counts(OTHER, "mini", "q-who") == (1, 0)  # other server untouched
    question = library.get("mini").questions[1]
    override = await reports.get_override(GUILD, "mini", "q-who")
    assert accepts(override, question, "ben  HALE")  # counts from now on
    assert not accepts(override, question, "Cal Rune")
    assert not accepts(await reports.get_override(OTHER, "mini", "q-who"), question, "Ben Hale")
    with pytest.raises(InvalidInput, match="already accepted"):
        await reports.accept_alternative(GUILD, filed.number, "Ben Hale", MOD)


async def test_a_choice_alternative_must_be_one_of_its_options(
    reports: QuestionReportService, library: Library
) -> None:
    filed = await reports.report(
        guild_id=GUILD, user_id=ANA, briefing_id="mini", question_id="q-days", reason="outdated"
    )
    assert filed.number is not None
    with pytest.raises(InvalidInput, match="one of the question's options: 2, 3, 4, 7"):
        await reports.accept_alternative(GUILD, filed.number, "five", MOD)

    outcome = await reports.accept_alternative(GUILD, filed.number, "4", MOD)

    question = library.get("mini").questions[0]
    assert accepts(outcome.override, question, "4")
    assert not accepts(outcome.override, question, "7")


async def test_hiding_removes_the_question_from_the_servers_quizzes_and_dismissing_changes_nothing(
    reports: QuestionReportService, repo: MemoryClassStore, library: Library
) -> None:
    one = await reports.report(
        guild_id=GUILD, user_id=ANA, briefing_id="mini", question_id="q-town", reason="outdated"
    )
    two = await reports.report(
        guild_id=GUILD, user_id=BEN, briefing_id="mini", question_id="q-days", reason="typo"
    )
    assert one.number is not None and two.number is not None

    await reports.dismiss(GUILD, two.number, MOD)
    assert await reports.hide(GUILD, one.number, MOD) == 1

    mini = library.get("mini")
    assert visible_questions(mini, await repo.overrides(GUILD, "mini")) == ["q-days", "q-who"]
    assert visible_questions(mini, await repo.overrides(OTHER, "mini")) == [
        "q-days",
        "q-who",
        "q-town",
    ]
    assert await reports.hidden_ids(GUILD, "mini") == {"q-town"}
    assert await reports.get_override(GUILD, "mini", "q-days") is None
    closed = await repo.get_report(GUILD, two.number)
    assert closed is not None and (closed.status, closed.resolved_by) == ("dismissed", MOD)


# --- the quizzes obey the server's decisions -------------------------------------------------


async def test_a_servers_hidden_question_is_never_asked_and_its_alternative_counts(
    library: Library, repo: MemoryClassStore, clock: FakeClock, reports: QuestionReportService
) -> None:
    from bot.core.study import StudyService

    await repo.save_override(QuestionOverride(GUILD, "mini", "q-town", hidden=True), START)
    await repo.save_override(
        QuestionOverride(GUILD, "mini", "q-who", alternatives=("Ben Ostrow",)), START
    )
    study = StudyService(library, clock, overrides=reports)

    here = await study.start_solo(ANA, "mini", count=3, guild_id=GUILD)
    elsewhere = await study.start_solo(ANA, "mini", count=3, guild_id=OTHER)

    asked = [qq.question.id for qq in here.session.questions]
    assert sorted(asked) == ["q-days", "q-who"]
    assert len(elsewhere.session.questions) == 3
    while here.session.current().question.id != "q-who":
        await study.answer_solo(here.session.session_id, ANA, "3", guild_id=GUILD)
    result = await study.answer_solo(here.session.session_id, ANA, "Ben Ostrow", guild_id=GUILD)
    assert result.correct
    while elsewhere.session.current().question.id != "q-who":
        qq = elsewhere.session.current()
        await study.answer_solo(
            elsewhere.session.session_id,
            ANA,
            "true" if qq.question.kind == "truefalse" else "3",
            guild_id=OTHER,
        )
    other = await study.answer_solo(elsewhere.session.session_id, ANA, "Ben Ostrow", guild_id=OTHER)
    assert not other.correct


async def test_the_reminder_timer_posts_each_due_reminder_once_on_the_clock(
    service: AssignmentService, clock: FakeClock
) -> None:
    import asyncio

    from bot.core.class_reminders import AssignmentReminders

    a = await _assign(service, remind_minutes=60)
    posted: list[int | None] = []

    class Channel:
        """Where the reminders go: a list."""

        def served_guilds(self) -> list[int]:
            return [GUILD]

        async def remind(self, assignment: Assignment) -> None:
            posted.append(assignment.id)

    timer = AssignmentReminders(service, clock, Channel(), interval=60)
    timer.start()
    try:
        await asyncio.sleep(0)
        clock.advance((a.due_at - START).total_seconds() - 61 * 60)  # 61 minutes before
        for _ in range(3):
            await asyncio.sleep(0)
        assert posted == []
        clock.advance(120)  # 59 minutes before
        await _settle(lambda: posted == [a.id])
        clock.advance(60)
        for _ in range(5):
            await asyncio.sleep(0)
        assert posted == [a.id]  # once only
    finally:
        await timer.stop()


async def _settle(done) -> None:
    import asyncio

    for _ in range(100):
        if done():
            return
        await asyncio.sleep(0)
    raise AssertionError("the timer did not act")


async def test_a_channel_quiz_skips_the_questions_its_server_hid(
    library: Library, repo: MemoryClassStore, clock: FakeClock, reports: QuestionReportService
) -> None:
    from bot.core.channel_quiz import ChannelQuizService
    from bot.core.study import StudyService
    from bot.core.testing import InMemoryPublisher

    await repo.save_override(QuestionOverride(GUILD, "mini", "q-days", hidden=True), START)
    study = StudyService(library, clock, overrides=reports)
    quizzes = ChannelQuizService(study, InMemoryPublisher(), clock, None)  # type: ignore[arg-type]

    here = await quizzes.start("mini", channel_id=5, starter_id=MOD, guild_id=GUILD, count=3)
    elsewhere = await quizzes.start("mini", channel_id=6, starter_id=MOD, guild_id=OTHER, count=3)

    assert sorted(qq.question.id for qq in here.questions) == ["q-town", "q-who"]
    assert len(elsewhere.questions) == 3


async def test_an_attempt_runs_as_a_quiz_that_resumes_and_is_handed_in_when_done(
    library: Library, repo: MemoryClassStore, clock: FakeClock
) -> None:
    from bot.core.study import StudyService

    service = AssignmentService(library, repo, clock)
    study = StudyService(library, clock, on_finished=service.finish_session)
    service.quizzes = study
    a = await _assign(service)
    assert a.id is not None

    session = await service.start_quiz(GUILD, a.id, ANA, [STUDENTS], 5)
    assert session.session_id == a.session_id(ANA)
    assert [qq.question.id for qq in session.questions] == list(a.question_ids)
    await study.answer_solo(session.session_id, ANA, "3", guild_id=GUILD)
    again = await service.start_quiz(GUILD, a.id, ANA, [STUDENTS], 5)
    assert again is session and again.index == 1  # resumed where it stopped
    await study.answer_solo(session.session_id, ANA, "Ada Quill", guild_id=GUILD)
    assert (await repo.submissions(GUILD, a.id, ANA))[0].finished_at is None
    await study.answer_solo(session.session_id, ANA, "true", guild_id=GUILD)

    (handed_in,) = await repo.submissions(GUILD, a.id, ANA)
    assert handed_in.finished_at == START
    with pytest.raises(QuizError, match="finished this assignment already"):
        await service.start_quiz(GUILD, a.id, ANA, [STUDENTS], 5)


# --- gaps closed: alternatives count everywhere, hidden questions stay out of qotd and review ---


async def test_an_accepted_alternative_counts_in_that_servers_channel_quizzes_only(
    library: Library, repo: MemoryClassStore, clock: FakeClock, reports: QuestionReportService
) -> None:
    from bot.core.study import StudyService

    await repo.save_override(
        QuestionOverride(GUILD, "mini", "q-who", alternatives=("Ben Ostrow",)), START
    )
    study = StudyService(library, clock, overrides=reports)
    others = {"q-days", "q-town"}  # only q-who is asked
    here = study.start_group("mini", count=1, timer_seconds=None, hidden=others)
    elsewhere = study.start_group("mini", count=1, timer_seconds=None, hidden=others)
    for session in (here, elsewhere):
        session.answer(ANA, "Ben Ostrow", clock.now())
        session.answer(BEN, "Cal Dorr", clock.now())

    counted = await study.close_group_question(here, GUILD)
    not_counted = await study.close_group_question(elsewhere, OTHER)

    assert (counted.right, counted.wrong) == ((ANA,), (BEN,))
    assert counted.points[ANA] == here.BASE_POINTS
    assert not_counted.right == ()


async def test_the_question_of_the_day_skips_hidden_questions_and_counts_alternatives(
    library: Library, repo: MemoryClassStore, clock: FakeClock, reports: QuestionReportService
) -> None:
    from bot.core.qotd import QotdService
    from bot.core.testing import InMemorySessionStore

    await repo.save_override(QuestionOverride(GUILD, "mini", "q-town", hidden=True), START)
    await repo.save_override(QuestionOverride(GUILD, "mini", "q-days", alternatives=("2",)), START)
    service = QotdService(library, InMemorySessionStore().repositories(), clock, overrides=reports)
    days = [START.date() + dt.timedelta(days=n) for n in range(4)]

    here = [await service.start(f"h{d}", "mini", guild_id=GUILD, channel_id=5, day=d) for d in days]
    there = [
        await service.start(f"o{d}", "mini", guild_id=OTHER, channel_id=6, day=d) for d in days
    ]

    assert {qq.question.id for _, qq in here} == {"q-days"}
    assert {qq.question.id for _, qq in there} == {"q-days", "q-town"}
    (posted, qq), (posted_there, qq_there) = (
        here[0],
        next(p for p in there if p[1].question.id == "q-days"),
    )
    two_here = qq.keys[qq.options.index("2")]
    two_there = qq_there.keys[qq_there.options.index("2")]
    assert (await service.answer(posted.session_id, ANA, two_here)).result.correct
    assert not (await service.answer(posted_there.session_id, ANA, two_there)).result.correct


async def miss_every_question(study, guild_id: int):
    """Ana takes a three-question quiz on "mini" in a server and misses every question."""
    quiz = await study.start_solo(ANA, "mini", count=3, guild_id=guild_id)
    while not quiz.session.finished:
        qq = quiz.session.current()
        wrong = next((k for k in qq.keys if k != qq.right_key), "no idea")
        await study.answer_solo(quiz.session.session_id, ANA, wrong, guild_id=guild_id)
    return quiz


async def test_a_review_in_a_server_leaves_out_what_it_hid_and_keeps_it_elsewhere(
    library: Library,
    repo: MemoryClassStore,
    clock: FakeClock,
    reports: QuestionReportService,
    tmp_path: Path,
) -> None:
    from bot.core.study import Started, StudyService
    from bot.store import open_store

    store = await open_store(f"sqlite+aiosqlite:///{tmp_path}/review.sqlite3")
    try:
        study = StudyService(library, clock, store, overrides=reports)
        await miss_every_question(study, OTHER)
        await repo.save_override(QuestionOverride(GUILD, "mini", "q-days", hidden=True), START)
        clock.advance(30 * 24 * 3600)

        here = await study.start_review(ANA, guild_id=GUILD)
        there = await study.start_review(ANA, guild_id=OTHER)

        assert isinstance(here, Started) and isinstance(there, Started)
        assert sorted(qq.question.id for qq in here.session.questions) == ["q-town", "q-who"]
        assert sorted(qq.question.id for qq in there.session.questions) == [
            "q-days",
            "q-town",
            "q-who",
        ]
    finally:
        await store.close()


async def test_retry_and_the_due_count_leave_out_what_the_server_hid(
    library: Library,
    repo: MemoryClassStore,
    clock: FakeClock,
    reports: QuestionReportService,
    tmp_path: Path,
) -> None:
    from bot.core.study import StudyService
    from bot.store import open_store

    store = await open_store(f"sqlite+aiosqlite:///{tmp_path}/retry.sqlite3")
    try:
        study = StudyService(library, clock, store, overrides=reports)
        quiz = await miss_every_question(study, GUILD)
        await repo.save_override(QuestionOverride(GUILD, "mini", "q-days", hidden=True), START)
        clock.advance(30 * 24 * 3600)

        retry = await study.start_retry(ANA, quiz.session.session_id)
        assert sorted(qq.question.id for qq in retry.session.questions) == ["q-town", "q-who"]
        assert (await study.score(ANA, GUILD)).due == 2
        assert (await study.score(ANA, OTHER)).due == 3  # another server hid nothing

        for question in ("q-town", "q-who"):
            await repo.save_override(QuestionOverride(GUILD, "mini", question, hidden=True), START)
        clock.advance(3600)  # past the overrides' short cache
        with pytest.raises(NotFound, match="moderators removed the questions you missed"):
            await study.start_retry(ANA, quiz.session.session_id)
        assert (await study.score(ANA, GUILD)).due == 0
    finally:
        await store.close()


def test_work_for_a_deleted_role_on_an_unpublished_briefing_names_neither_by_its_raw_id(
    library: Library,
) -> None:
    """A reminder posted after its role was deleted and its server briefing unpublished."""
    work = Assignment(
        guild_id=GUILD,
        channel_id=5,
        briefing_id="harbour~12",
        question_ids=("q-days", "q-who"),
        due_at=START,
        timezone="UTC",
        created_at=START,
        role_id=424242,
        id=7,
    )
    title = work_title(library, work.briefing_id)
    assert title == "harbour (no longer published)"
    assert work_title(library, "mini") == "A small test briefing"
    shown = assignment_set_reply(work, title, {}, "start:7", reminder=True)
    text = "\n".join(p.body for p in shown.pages)
    assert "harbour (no longer published): 2 questions for a role that no longer exists" in text
    assert "424242" not in text and "harbour~12" not in text
