"""/leaderboard as students read it: who is on the board, and where the caller stands."""

from __future__ import annotations

from bot.core.progress import LeaderboardEntry
from bot.core.progress_views import leaderboard_reply


def text(reply) -> str:
    return "\n".join(page.body for page in reply.pages)


def test_an_empty_week_board_asks_for_a_right_answer() -> None:
    reply = leaderboard_reply([], None, week=True, mention=False)

    assert reply.pages[0].title == "Leaderboard: this week"
    assert "Nobody has a right answer this week yet" in text(reply)


def test_a_caller_off_the_week_board_is_told_how_to_join() -> None:
    top = [LeaderboardEntry(1, 11, 1, 1)]

    week = text(leaderboard_reply(top, None, week=True, mention=False))
    all_time = text(leaderboard_reply(top, None, week=False, mention=False))

    assert "1. user 11: 1 right of 1" in week
    assert "get a question right this week to join" in week
    assert "get a question right in a /quiz to join" in all_time


def test_the_callers_own_row_follows_the_top_when_outside_it() -> None:
    top = [LeaderboardEntry(1, 11, 5, 5), LeaderboardEntry(1, 12, 5, 5)]

    shown = text(leaderboard_reply(top, LeaderboardEntry(7, 3, 1, 4), week=False, mention=False))

    assert shown.endswith("7. you: 1 right of 4")
