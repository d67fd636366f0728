"""UTC times written from their fields read exactly as `datetime.isoformat` writes them."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest

from bot.core.utc_text import utc_iso, utc_naive_text

EDGES = [
    dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC),  # no microseconds: none written
    dt.datetime(2026, 1, 5, 9, 0, 0, 1, tzinfo=dt.UTC),
    dt.datetime(2025, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
    dt.datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
    dt.datetime(1000, 1, 1, tzinfo=dt.UTC),
    dt.datetime(999, 12, 31, 23, 59, 59, 5, tzinfo=dt.UTC),  # a year of three digits
    dt.datetime(1, 1, 1, tzinfo=dt.UTC),
    dt.datetime(2026, 3, 29, 1, 30, fold=1, tzinfo=dt.UTC),
]


def _times(count: int) -> list[dt.datetime]:
    pick = random.Random(27)
    start, span = dt.datetime(1, 1, 1, tzinfo=dt.UTC), (dt.datetime.max - dt.datetime.min)
    times = []
    for n in range(count):
        moment = start + dt.timedelta(seconds=pick.uniform(0, span.total_seconds() - 1))
        times.append(moment if n % 3 else moment.replace(microsecond=0))
    return times


def _written_as_isoformat_writes_it(when: dt.datetime) -> None:
    assert utc_iso(when) == when.isoformat()
    assert utc_naive_text(when) == when.replace(tzinfo=None).isoformat(" ", "microseconds")


@pytest.mark.parametrize("when", EDGES, ids=str)
def test_a_utc_time_at_an_edge_is_written_as_isoformat_writes_it(when: dt.datetime) -> None:
    _written_as_isoformat_writes_it(when)


def test_500_random_utc_times_are_written_as_isoformat_writes_them() -> None:
    for when in _times(500):
        _written_as_isoformat_writes_it(when)


@pytest.mark.parametrize(
    "when",
    [
        dt.datetime(2026, 1, 5, 9, 0, 3, 120, tzinfo=dt.timezone(dt.timedelta(hours=5.5))),
        dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("UTC")),
    ],
    ids=str,
)
def test_a_time_in_another_zone_is_written_with_its_own_offset(when: dt.datetime) -> None:
    assert utc_iso(when) == when.isoformat()


@pytest.mark.parametrize(
    "when",
    [
        dt.datetime(2026, 1, 5, 2, 30, 59, 999_999, tzinfo=dt.timezone(dt.timedelta(hours=5.5))),
        dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
        dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        dt.datetime(1000, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    ],
    ids=str,
)
def test_a_time_in_another_zone_is_written_in_utc_without_its_zone(when: dt.datetime) -> None:
    naive_utc = when.astimezone(dt.UTC).replace(tzinfo=None)
    assert utc_naive_text(when) == naive_utc.isoformat(" ", "microseconds")


def test_a_naive_time_has_no_utc_text() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        utc_naive_text(dt.datetime(2026, 1, 5, 9, 0))
