"""Scheduling rules: next runs in named time zones across DST, run keys, due and too-late runs."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import InvalidInput
from bot.core.progress import Schedule
from bot.core.schedule import (
    GRACE,
    describe,
    finished,
    make_schedule,
    next_look,
    next_run,
    parse_time,
    plan_runs,
    run_key,
    runs_between,
    when_text,
    zone,
)

UTC = dt.UTC


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def daily(time: dt.time, tz: str = "Europe/Berlin", **changes: object) -> Schedule:
    fields: dict[str, object] = {
        "guild_id": 1,
        "channel_id": 2,
        "briefing_id": "mini",
        "what": "question",
        "recurrence": "daily",
        "at": time,
        "timezone": tz,
        "id": 7,
    }
    fields.update(changes)
    return Schedule(**fields)  # type: ignore[arg-type]


def test_a_daily_run_keeps_its_wall_clock_time_across_daylight_saving() -> None:
    schedule = daily(dt.time(8, 0))
    # Berlin is UTC+1 in winter, UTC+2 from the last Sunday of March (29 March 2026).
    runs = runs_between(schedule, at(2026, 3, 27, 12), at(2026, 3, 31, 12))
    assert runs == [at(2026, 3, 28, 7), at(2026, 3, 29, 6), at(2026, 3, 30, 6), at(2026, 3, 31, 6)]
    assert [r.astimezone(zone("Europe/Berlin")).hour for r in runs] == [8, 8, 8, 8]


def test_a_time_skipped_by_spring_forward_runs_once_an_hour_later() -> None:
    schedule = daily(dt.time(2, 30))
    runs = runs_between(schedule, at(2026, 3, 28, 0), at(2026, 3, 30, 0))
    # 28 March 02:30 CET; 29 March 02:30 does not exist, so 03:30 CEST (01:30 UTC).
    assert runs == [at(2026, 3, 28, 1, 30), at(2026, 3, 29, 1, 30)]
    assert runs[1].astimezone(zone("Europe/Berlin")).strftime("%H:%M %Z") == "03:30 CEST"


def test_a_time_repeated_by_fall_back_runs_once_at_its_first_occurrence() -> None:
    schedule = daily(dt.time(2, 30))
    # 25 October 2026: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    runs = runs_between(schedule, at(2026, 10, 24, 12), at(2026, 10, 25, 12))
    assert runs == [at(2026, 10, 25, 0, 30)]


def test_weekly_runs_on_its_weekday_in_its_own_zone() -> None:
    # Friday 23:30 in Tokyo is Friday 14:30 UTC.
    schedule = daily(dt.time(23, 30), "Asia/Tokyo", recurrence="weekly", weekday=4)
    assert next_run(schedule, at(2026, 1, 5, 0)) == at(2026, 1, 9, 14, 30)
    assert next_run(schedule, at(2026, 1, 9, 14, 30)) == at(2026, 1, 16, 14, 30)


def test_a_one_off_runs_once_and_then_has_no_next_run() -> None:
    schedule = daily(dt.datetime(2026, 1, 5, 10, 0), recurrence="once")
    assert next_run(schedule, at(2026, 1, 5, 8)) == at(2026, 1, 5, 9)
    assert next_run(schedule, at(2026, 1, 5, 9)) is None
    assert not finished(schedule, at(2026, 1, 6))
    assert finished(schedule, at(2026, 1, 20))


def test_a_one_off_weeks_ahead_has_its_run_next_and_is_looked_at_then() -> None:
    schedule = daily(dt.datetime(2026, 4, 20, 18, 0), recurrence="once")  # Berlin, CEST
    assert next_run(schedule, at(2026, 3, 24, 9)) == at(2026, 4, 20, 16)
    assert next_look(schedule, at(2026, 3, 24, 9)) == at(2026, 4, 20, 16)
    assert next_run(schedule, at(2026, 4, 20, 16)) is None


def test_run_keys_name_the_schedule_and_the_utc_minute() -> None:
    berlin = dt.datetime(2026, 1, 5, 10, 0, tzinfo=zone("Europe/Berlin"))
    assert run_key(7, berlin) == "7:2026-01-05T09:00Z"
    assert run_key(7, at(2026, 1, 5, 9, 0, 59)) == run_key(7, at(2026, 1, 5, 9))


def test_a_run_is_due_within_the_grace_window_and_too_late_after_it() -> None:
    schedule = daily(dt.time(10, 0))  # 09:00 UTC in January
    assert plan_runs(schedule, at(2026, 1, 5, 8, 59)).due == ()
    on_time = plan_runs(schedule, at(2026, 1, 5, 9, 0, 20))
    assert [r.key for r in on_time.due] == ["7:2026-01-05T09:00Z"]
    late = plan_runs(schedule, at(2026, 1, 5, 9) + GRACE)
    assert [r.key for r in late.due] == ["7:2026-01-05T09:00Z"]
    assert late.due[0].local_date() == dt.date(2026, 1, 5)
    too_late = plan_runs(schedule, at(2026, 1, 5, 9) + GRACE + dt.timedelta(seconds=1))
    assert too_late.due == ()
    assert "7:2026-01-05T09:00Z" in [r.key for r in too_late.too_late]
    assert "7:2026-01-04T09:00Z" in [r.key for r in too_late.too_late]


def test_downtime_over_several_days_posts_only_what_is_within_grace() -> None:
    schedule = daily(dt.time(10, 0))
    plan = plan_runs(schedule, at(2026, 1, 8, 9, 30))  # down since the 5th
    assert [r.key for r in plan.due] == ["7:2026-01-08T09:00Z"]
    assert [r.key for r in plan.too_late][-3:] == [
        "7:2026-01-05T09:00Z",
        "7:2026-01-06T09:00Z",
        "7:2026-01-07T09:00Z",
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8:30", dt.time(8, 30)),
        ("08.05", dt.time(8, 5)),
        ("7pm", dt.time(19)),
        ("12 am", dt.time(0)),
        ("0830", dt.time(8, 30)),
        ("2045", dt.time(20, 45)),
        ("730pm", dt.time(19, 30)),
    ],
)
def test_times_are_read_forgivingly(typed: str, expected: dt.time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "8:75", "noonish", "", "13pm", "2400", "0875", "08300"])
def test_a_bad_time_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(InvalidInput, match="like 08:30"):
        parse_time(typed)


def test_an_unknown_time_zone_gets_a_suggestion() -> None:
    with pytest.raises(InvalidInput) as caught:
        zone("Europe/Berln")
    assert "Did you mean Europe/Berlin" in str(caught.value)
    assert zone("europe/berlin").key == "Europe/Berlin"
    assert zone("utc").key == "UTC"


def make(**changes: object) -> Schedule:
    fields: dict[str, object] = {
        "guild_id": 1,
        "channel_id": 2,
        "briefing_id": "mini",
        "what": "briefing",
        "repeat": "daily",
        "time_text": "10:00",
        "timezone": "Europe/Berlin",
        "now": at(2026, 1, 5, 9, 30),
    }
    fields.update(changes)
    return make_schedule(**fields)  # type: ignore[arg-type]


def test_a_date_or_a_weekday_alone_says_how_often_without_repeat() -> None:
    """ "/schedule time:10:00 date:2026-01-06" was refused as "A daily schedule takes a time
    only" (walk 35): a date given alone means once, a weekday alone weekly."""
    once = make(repeat=None, date_text="2026-01-06")
    assert once.recurrence == "once" and once.at == dt.datetime(2026, 1, 6, 10, 0)
    weekly = make(repeat=None, weekday="friday")
    assert weekly.recurrence == "weekly" and weekly.weekday == 4
    assert make(repeat=None).recurrence == "daily"
    with pytest.raises(InvalidInput, match="takes a date, not a weekday"):
        make(repeat=None, date_text="2026-01-06", weekday="friday")


def test_make_schedule_builds_each_kind() -> None:
    assert make().at == dt.time(10, 0)
    weekly = make(repeat="weekly", weekday="Friday")
    assert weekly.weekday == 4 and describe(weekly) == "every Friday at 10:00 (Europe/Berlin)"
    once = make(repeat="once", date_text="2026-01-05", time_text="11:00")
    assert once.at == dt.datetime(2026, 1, 5, 11, 0)
    assert describe(once) == "once on 2026-01-05 at 11:00 (Europe/Berlin)"


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"repeat": "once"}, "needs a date"),
        ({"repeat": "once", "date_text": "2026-01-05", "time_text": "10:00"}, "already passed"),
        ({"repeat": "once", "date_text": "5/1/2026"}, "could be 2026-01-05 or 2026-05-01"),
        ({"repeat": "weekly"}, "needs a weekday"),
        ({"weekday": "monday"}, "Only weekly"),
        ({"date_text": "2026-02-01"}, "takes a time only"),
        ({"timezone": "Mars/Olympus"}, "not a time zone"),
    ],
)
def test_make_schedule_explains_what_is_wrong(changes: dict[str, object], says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        make(**changes)


def test_when_text_shows_the_zone_and_utc() -> None:
    schedule = daily(dt.time(10, 0))
    assert when_text(at(2026, 1, 5, 9), schedule) == "Mon 05 Jan 2026 10:00 CET (09:00 UTC)"
    tokyo = daily(dt.time(8, 0), "Asia/Tokyo")
    assert (
        when_text(at(2026, 1, 4, 23), tokyo) == "Mon 05 Jan 2026 08:00 JST (Sun 04 Jan 23:00 UTC)"
    )


def test_a_run_moved_by_the_spring_forward_gap_says_why() -> None:
    weekly = daily(dt.time(2, 30), recurrence="weekly", weekday=6)  # Berlin, Sundays
    moved = next_run(weekly, at(2026, 3, 28, 12))
    assert moved is not None
    assert when_text(moved, weekly) == (
        "Sun 29 Mar 2026 03:30 CEST (01:30 UTC; 02:30 does not exist that day, "
        "the clocks go forward)"
    )
    following = next_run(weekly, moved)
    assert following is not None
    assert when_text(following, weekly) == "Sun 05 Apr 2026 02:30 CEST (00:30 UTC)"


def test_the_next_look_is_the_next_run_so_a_tick_reads_only_what_is_due() -> None:
    schedule = daily(dt.time(8, 0))  # Berlin, UTC+1 in January
    assert next_look(schedule, at(2026, 1, 5, 6)) == at(2026, 1, 5, 7)
    assert next_look(schedule, at(2026, 1, 5, 7)) == at(2026, 1, 6, 7)  # the run just planned
    weekly = daily(dt.time(23, 30), "Asia/Tokyo", recurrence="weekly", weekday=4)
    assert next_look(weekly, at(2026, 1, 9, 14, 30)) == at(2026, 1, 16, 14, 30)


def test_a_one_off_is_looked_at_again_once_it_can_be_removed() -> None:
    once = daily(dt.datetime(2026, 1, 5, 10, 0), recurrence="once")
    assert next_look(once, at(2026, 1, 5, 8)) == at(2026, 1, 5, 9)
    after_its_run = next_look(once, at(2026, 1, 5, 9))
    assert not finished(once, after_its_run - dt.timedelta(minutes=2))
    assert finished(once, after_its_run)
