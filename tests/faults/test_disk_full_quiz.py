"""`/quiz` while the disk holding the database is full: the student is told the bot cannot
save right now and to try again later (was: "The database is not answering"), nothing is
left half-started, and once there is room again the same command works."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.app import Services
from tests.discord_double import DiscordDouble


def full_disk(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every session save fails as SQLite does when its disk is full."""

    async def full(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(services.store.sessions, "save_session", full)


@pytest.mark.timeout(20)
async def test_quiz_on_a_full_disk_says_it_cannot_save_and_the_retry_works(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    with monkeypatch.context() as patch:
        full_disk(services, patch)
        refused = await (
            await discord_double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3})
        ).message()
    assert "cannot save" in refused.text and "try again later" in refused.text
    assert "not answering" not in refused.text
    assert services.study.solo == {}, "no quiz left half-started"
    assert discord_double.late_interactions() == []
    retried = await (
        await discord_double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3})
    ).message()
    assert "Question 1/3" in retried.text


@pytest.mark.timeout(20)
async def test_a_french_student_reads_the_full_disk_message_in_french(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    french = await discord_double.add_member("eleve", locale="fr")
    full_disk(services, monkeypatch)
    refused = await (
        await discord_double.slash(
            "quiz", {"briefing": "nk-troops-russia", "count": 3}, user=french
        )
    ).message()
    assert "enregistrer" in refused.text
