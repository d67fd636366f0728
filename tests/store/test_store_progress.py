"""Scores, streaks, review state and the leaderboard, as /score, /review and /leaderboard show."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from store_helpers import NOW, answer

from bot.core.progress import Accuracy, DueReview, ReviewState
from bot.core.review import Rating, ReviewScheduler
from bot.core.store_port import AppStore

DAY = dt.timedelta(days=1)


def state(due: dt.datetime, *, mastered: bool = False) -> ReviewState:
    return ReviewState(card="{}", due=due, mastered=mastered)


async def test_score_breaks_accuracy_down_by_briefing_and_section(store: AppStore) -> None:
    for question, briefing, section, correct in [
        ("q1", "b1", "s1", True),
        ("q2", "b1", "s1", False),
        ("q3", "b1", "s2", True),
        ("q4", "b1", None, True),
        ("q1", "b2", "s1", False),
    ]:
        await store.answers.record_answer(
            answer(7, question, briefing_id=briefing, section_id=section, correct=correct)
        )

    summary = await store.progress.score(7, 1, NOW)

    assert summary.overall == Accuracy(correct=3, answered=5)
    assert summary.by_briefing == {"b1": Accuracy(3, 4), "b2": Accuracy(0, 1)}
    assert summary.by_section == {
        ("b1", "s1"): Accuracy(1, 2),
        ("b1", "s2"): Accuracy(1, 1),
        ("b2", "s1"): Accuracy(0, 1),
    }


async def test_score_in_one_server_leaves_out_other_servers(store: AppStore) -> None:
    await store.answers.record_answer(answer(7, "q1", guild_id=1))
    await store.answers.record_answer(answer(7, "q2", guild_id=2, correct=False))
    await store.answers.record_answer(answer(7, "q3", guild_id=None))  # a direct message

    assert (await store.progress.score(7, 1, NOW)).overall == Accuracy(1, 1)
    assert (await store.progress.score(7, None, NOW)).overall == Accuracy(2, 3)


async def test_a_user_with_no_answers_scores_zero(store: AppStore) -> None:
    summary = await store.progress.score(7, None, NOW)

    assert summary.overall == Accuracy(0, 0)
    assert summary.overall.ratio == 0.0
    assert (summary.streak_days, summary.mastered, summary.due) == (0, 0, 0)


async def test_streak_counts_consecutive_days_up_to_today_or_yesterday(store: AppStore) -> None:
    for n, days_ago in enumerate([1, 2, 3, 5]):
        await store.answers.record_answer(answer(7, f"q{n}", at=NOW - days_ago * DAY))

    assert (
        await store.progress.score(7, None, NOW)
    ).streak_days == 3  # yesterday, 2 and 3 days ago
    assert (await store.progress.score(7, None, NOW + DAY)).streak_days == 0  # missed a whole day

    await store.answers.record_answer(answer(7, "q9", at=NOW))
    assert (await store.progress.score(7, None, NOW)).streak_days == 4


async def test_a_servers_streak_counts_the_days_studied_anywhere(store: AppStore) -> None:
    """A review from the reminder's direct message (no server) or another server keeps the
    streak a server's /score shows; its accuracy stays the server's own."""
    await store.answers.record_answer(answer(7, "q1", guild_id=1, at=NOW - 2 * DAY))
    await store.answers.record_answer(answer(7, "q2", guild_id=None, at=NOW - DAY))
    await store.answers.record_answer(answer(7, "q3", guild_id=2, at=NOW))

    here = await store.progress.score(7, 1, NOW)
    assert here.streak_days == 3 and here.overall == Accuracy(1, 1)


async def test_streak_days_are_utc_calendar_days(store: AppStore) -> None:
    midnight = NOW.replace(hour=0, minute=0)
    await store.answers.record_answer(answer(7, "q1", at=midnight - dt.timedelta(minutes=1)))
    await store.answers.record_answer(answer(7, "q2", at=midnight + dt.timedelta(minutes=1)))

    assert (await store.progress.score(7, None, NOW)).streak_days == 2


LOS_ANGELES, TOKYO = ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Tokyo")


async def test_a_los_angeles_streak_counts_her_own_days(store: AppStore) -> None:
    """Monday 10:00 and Tuesday 17:00 in Los Angeles (Wednesday 01:00 UTC): two days
    running for her, though UTC sees Monday and Wednesday."""
    monday = dt.datetime(2025, 3, 3, 10, 0, tzinfo=LOS_ANGELES)
    tuesday = dt.datetime(2025, 3, 4, 17, 0, tzinfo=LOS_ANGELES)
    await store.answers.record_answer(answer(7, "q1", at=monday))
    await store.answers.record_answer(answer(7, "q2", at=tuesday))
    now = tuesday + dt.timedelta(hours=1)

    assert (await store.progress.score(7, None, now, zone=LOS_ANGELES)).streak_days == 2
    assert (await store.progress.score(7, None, now)).streak_days == 1  # no zone: UTC days


async def test_a_tokyo_streak_counts_his_own_days(store: AppStore) -> None:
    """Ahead of UTC: 08:00 in Tokyo is still the day before in UTC, 23:00 the same day."""
    days = [dt.datetime(2025, 3, d, h, 0, tzinfo=TOKYO) for d, h in [(3, 23), (5, 8)]]
    for n, at in enumerate(days):
        await store.answers.record_answer(answer(7, f"q{n}", at=at))
    now = dt.datetime(2025, 3, 5, 9, 0, tzinfo=TOKYO)

    # UTC: Monday 14:00 and Tuesday 23:00, two days running; in Tokyo he missed Tuesday
    assert (await store.progress.score(7, None, now)).streak_days == 2
    assert (await store.progress.score(7, None, now, zone=TOKYO)).streak_days == 1
    await store.answers.record_answer(
        answer(7, "q9", at=dt.datetime(2025, 3, 4, 0, 30, tzinfo=TOKYO))
    )
    assert (await store.progress.score(7, None, now, zone=TOKYO)).streak_days == 3


async def test_a_zone_change_reads_every_day_in_the_zone_set_now(store: AppStore) -> None:
    """Days are counted in the zone the student has when asking: the same answers make a
    streak in Tokyo (the 4th and 5th there) and none in Los Angeles (the 3rd and 4th)."""
    for n, day in enumerate([3, 4]):  # 20:00 UTC: noon in Los Angeles, 05:00 next day in Tokyo
        await store.answers.record_answer(
            answer(7, f"q{n}", at=dt.datetime(2025, 3, day, 20, 0, tzinfo=dt.UTC))
        )
    now = dt.datetime(2025, 3, 6, 8, 30, tzinfo=dt.UTC)  # the 6th, 00:30 in LA, 17:30 in Tokyo

    assert (await store.progress.score(7, None, now, zone=TOKYO)).streak_days == 2
    assert (await store.progress.score(7, None, now, zone=LOS_ANGELES)).streak_days == 0


async def test_daylight_saving_nights_count_as_one_day(store: AppStore) -> None:
    """The 23-hour day (clocks forward) and the 25-hour one (clocks back) are each one day,
    answered at 00:30 and 23:30 local: the edges UTC offsets would move."""
    for n, (month, day) in enumerate([(3, 8), (3, 9), (3, 10), (11, 1), (11, 2), (11, 3)]):
        for m, hour in enumerate([0, 23]):
            at = dt.datetime(2025, month, day, hour, 30, tzinfo=LOS_ANGELES)
            await store.answers.record_answer(answer(7, f"q{n}{m}", at=at))

    spring = dt.datetime(2025, 3, 10, 23, 45, tzinfo=LOS_ANGELES)
    autumn = dt.datetime(2025, 11, 3, 23, 45, tzinfo=LOS_ANGELES)
    assert (await store.progress.score(7, None, spring, zone=LOS_ANGELES)).streak_days == 3
    assert (await store.progress.score(7, None, autumn, zone=LOS_ANGELES)).streak_days == 3


async def test_score_counts_mastered_and_due_reviews(store: AppStore) -> None:
    await store.reviews.save_review(7, "b1", "q1", state(NOW - DAY))
    await store.reviews.save_review(7, "b1", "q2", state(NOW))
    await store.reviews.save_review(7, "b1", "q3", state(NOW + 30 * DAY, mastered=True))
    await store.reviews.save_review(8, "b1", "q1", state(NOW - DAY, mastered=True))

    summary = await store.progress.score(7, None, NOW)

    assert (summary.mastered, summary.due) == (1, 2)


async def test_due_reviews_come_most_overdue_first_and_only_when_due(store: AppStore) -> None:
    await store.reviews.save_review(7, "b1", "later", state(NOW + dt.timedelta(seconds=1)))
    await store.reviews.save_review(7, "b1", "now", state(NOW))
    await store.reviews.save_review(7, "b2", "oldest", state(NOW - 3 * DAY))
    await store.reviews.save_review(7, "b1", "old", state(NOW - DAY))
    await store.reviews.save_review(8, "b1", "someone-else", state(NOW - 9 * DAY))

    due = await store.reviews.due_reviews(7, NOW, limit=10)

    assert due == [
        DueReview("b2", "oldest", NOW - 3 * DAY),
        DueReview("b1", "old", NOW - DAY),
        DueReview("b1", "now", NOW),
    ]
    assert await store.reviews.due_reviews(7, NOW, limit=2) == due[:2]


async def test_save_review_replaces_the_previous_state(store: AppStore) -> None:
    await store.reviews.save_review(7, "b1", "q1", state(NOW))
    await store.reviews.save_review(7, "b1", "q1", state(NOW + DAY, mastered=True))

    assert await store.reviews.get_review(7, "b1", "q1") == state(NOW + DAY, mastered=True)
    assert await store.reviews.get_review(7, "b1", "q2") is None


async def test_replace_review_replaces_only_the_state_it_was_given(store: AppStore) -> None:
    """A guess mark replaces the card it read; an answer committed meanwhile wins."""
    scheduler = ReviewScheduler(fuzz=False)
    answered = scheduler.review(None, Rating.Good, NOW)
    guessed = scheduler.review(answered, Rating.Again, NOW + dt.timedelta(seconds=5))
    meanwhile = scheduler.review(answered, Rating.Good, NOW + dt.timedelta(seconds=3))
    await store.reviews.save_review(7, "b1", "q1", answered)

    assert await store.reviews.replace_review(7, "b1", "q1", answered, guessed)
    assert await store.reviews.get_review(7, "b1", "q1") == guessed
    assert not await store.reviews.replace_review(7, "b1", "q1", answered, meanwhile)
    assert await store.reviews.get_review(7, "b1", "q1") == guessed
    assert not await store.reviews.replace_review(7, "b1", "q2", answered, guessed)
    assert await store.reviews.get_review(7, "b1", "q2") is None


async def test_a_missed_question_comes_back_before_a_known_one(store: AppStore) -> None:
    scheduler = ReviewScheduler(fuzz=False)
    for question, rating in (("missed", Rating.Again), ("known", Rating.Easy)):
        previous = await store.reviews.get_review(7, "b1", question)
        await store.answers.record_answer(
            answer(7, question, correct=rating != Rating.Again),
            scheduler.review(previous, rating, NOW),
        )

    assert await store.reviews.due_reviews(7, NOW + dt.timedelta(hours=1)) == [
        DueReview("b1", "missed", NOW + dt.timedelta(minutes=1))
    ]
    due_in_a_month = await store.reviews.due_reviews(7, NOW + 30 * DAY)
    assert [d.question_id for d in due_in_a_month] == ["missed", "known"]


async def test_leaderboard_ties_share_a_rank_and_accuracy_breaks_them(store: AppStore) -> None:
    # user: (right, wrong)
    for user, right, wrong in [(10, 3, 0), (11, 3, 0), (12, 3, 2), (13, 2, 0), (14, 0, 1)]:
        for n in range(right + wrong):
            await store.answers.record_answer(answer(user, f"q{n}", correct=n < right))
    await store.answers.record_answer(answer(15, "q1", guild_id=2))  # another server

    board = await store.progress.leaderboard(1, limit=10)

    assert [(e.rank, e.user_id, e.correct, e.answered) for e in board] == [
        (1, 10, 3, 3),
        (1, 11, 3, 3),
        (3, 12, 3, 5),
        (4, 13, 2, 2),
    ], "14, with nothing right, is not ranked"


async def test_leaderboard_of_a_week_counts_only_that_weeks_answers(store: AppStore) -> None:
    monday = NOW.replace(hour=0)  # NOW is a Monday: its week starts at midnight UTC
    for n in range(5):
        await store.answers.record_answer(answer(10, f"q{n}", at=monday - dt.timedelta(seconds=1)))
    await store.answers.record_answer(answer(11, "q1", at=monday))
    await store.answers.record_answer(answer(10, "q9", at=NOW + 6 * DAY + dt.timedelta(hours=11)))

    board = await store.progress.leaderboard(1, week=NOW.date())

    assert [(e.rank, e.user_id, e.correct) for e in board] == [(1, 10, 1), (1, 11, 1)]
    assert await store.progress.leaderboard(1, week=(NOW + 3 * DAY).date()) == board
    last_week = await store.progress.leaderboard(1, week=(NOW - DAY).date())
    assert [(e.user_id, e.correct, e.answered) for e in last_week] == [(10, 5, 5)]
    all_time = await store.progress.leaderboard(1)
    assert [(e.user_id, e.correct) for e in all_time] == [(10, 6), (11, 1)]


async def test_no_board_ranks_a_learner_without_a_right_answer(store: AppStore) -> None:
    await store.answers.record_answer(answer(10, "q1", correct=False))
    await store.answers.record_answer(answer(10, "q2", correct=False))

    for week in (NOW.date(), None):
        assert await store.progress.leaderboard(1, week=week) == []
        assert await store.progress.rank_of(1, 10, week=week) is None

    await store.answers.record_answer(answer(11, "q1"))
    for week in (NOW.date(), None):
        board = await store.progress.leaderboard(1, week=week)
        assert [(e.rank, e.user_id, e.correct, e.answered) for e in board] == [(1, 11, 1, 1)]
        assert await store.progress.rank_of(1, 10, week=week) is None

    await store.answers.record_answer(answer(10, "q3"))  # one right: 10 joins, below 11
    mine = await store.progress.rank_of(1, 10)
    assert mine is not None and (mine.rank, mine.correct, mine.answered) == (2, 1, 3)


async def test_callers_rank_is_found_outside_the_top(store: AppStore) -> None:
    for user in range(1, 6):
        for n in range(user):
            await store.answers.record_answer(answer(user, f"q{n}"))

    top = await store.progress.leaderboard(1, limit=2)
    assert [e.user_id for e in top] == [5, 4]

    mine = await store.progress.rank_of(1, 1)
    assert mine is not None
    assert (mine.rank, mine.user_id, mine.correct, mine.answered) == (5, 1, 1, 1)
    assert await store.progress.rank_of(1, 99) is None
    assert await store.progress.rank_of(1, 5, week=(NOW + 7 * DAY).date()) is None


async def test_the_latest_briefing_is_the_users_own_in_that_server(store: AppStore) -> None:
    """What /quote and /glossary fall back on when several briefings are loaded."""
    assert await store.progress.latest_briefing(7, 1) is None
    await store.answers.record_answer(answer(7, "q1", briefing_id="early", at=NOW - DAY))
    await store.answers.record_answer(answer(7, "q2", briefing_id="late", at=NOW))
    await store.answers.record_answer(answer(7, "q3", briefing_id="elsewhere", guild_id=2))
    await store.answers.record_answer(answer(8, "q4", briefing_id="theirs", at=NOW + DAY))

    assert await store.progress.latest_briefing(7, 1) == "late"
    assert await store.progress.latest_briefing(7, 2) == "elsewhere"
    assert await store.progress.latest_briefing(8, 1) == "theirs"
