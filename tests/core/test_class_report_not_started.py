"""A class report of 40 students on a phone: those who never started are listed on one line
after the others ("Not started (30): ..."), not one line each."""

from __future__ import annotations

from bot.core.class_views import class_report_reply
from bot.core.classwork import ClassReport, StudentResult


def test_the_students_who_never_started_share_one_line_after_the_others():
    started = [StudentResult(n, "finished", 3, 3) for n in range(1, 11)]
    waiting = [StudentResult(n, "not started") for n in range(11, 41)]
    report = ClassReport(
        guild_id=1, title="Harbour", students=(*started, *waiting), questions=(), number=7
    )
    names = {n: f"pupil{n}" for n in range(1, 41)}

    body = "\n".join(page.body for page in class_report_reply(report, names).pages)
    text = body.replace("\ue000y:", "").replace("\ue001", "")  # names as typed, unmarked

    lines = text.splitlines()
    waiting_line = "Not started (30): " + ", ".join(f"pupil{n}" for n in range(11, 41))
    assert waiting_line in lines
    assert lines.index(waiting_line) > max(
        lines.index(f"pupil{n}: finished, 3/3") for n in range(1, 11)
    )
    assert "pupil11: not started" not in text
    assert "10 finished, 30 not started" in text
