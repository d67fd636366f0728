"""The chaos run's end check of channel quizzes (`benchmarks/chaos.py`): two questions open
at once in one channel are one violation naming both messages, not one per close tried.
Seed 911's rerun (session 43) reported the same pair twenty times, by quiz id alone, which
did not say which messages they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.chaos import INVARIANTS, Chaos
from tests.discord_double import DiscordDouble
from tests.discord_double.messages import create_message


async def test_two_open_questions_are_one_violation_naming_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async with DiscordDouble(second_guild=True) as double:
        chaos = Chaos(double, tmp_path, seed=1, seconds=0)
        place = chaos.places[0]
        posted = []
        for question in (1, 2):
            buttons = [
                {"type": 2, "style": 2, "label": "A", "custom_id": f"b1:qg:quiz1:{question}:A"},
                {"type": 2, "style": 4, "label": "Close question", "custom_id": "b1:qc:quiz1"},
            ]
            body = {
                "content": f"Question {question}",
                "components": [{"type": 1, "components": buttons}],
            }
            message = create_message(double.state, place.news.id, body, [], author=double.bot_user)
            posted.append(message.id)

        async def closed(_place: object, _question: object = None) -> bool:
            return True  # the bot's answer; the stale message stays open

        monkeypatch.setattr(chaos, "close_question", closed)
        await chaos.close_every_question(place)
    found = [detail for name, detail in chaos.report.violations if name == INVARIANTS[4]]
    assert len(found) == 1, found
    assert all(str(message_id) in found[0] for message_id in posted), found[0]
