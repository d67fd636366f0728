"""/score in one server knows whether the learner also answered outside it (a DM, a server
of a lower or higher id), on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from store_helpers import NOW, answer

from bot.core.store_port import AppStore


@pytest.mark.parametrize("elsewhere", [None, 1, 3])
async def test_score_in_a_server_notes_answers_given_outside_it(
    store: AppStore, elsewhere: int | None
) -> None:
    await store.answers.record_answer(answer(7, "q1", guild_id=2))
    assert not (await store.progress.score(7, 2, NOW)).answered_elsewhere

    await store.answers.record_answer(answer(7, "q2", guild_id=elsewhere))
    await store.answers.record_answer(answer(8, "q1", guild_id=2))

    assert (await store.progress.score(7, 2, NOW)).answered_elsewhere
    assert not (await store.progress.score(8, 2, NOW)).answered_elsewhere, "another's"
    assert not (await store.progress.score(7, None, NOW)).answered_elsewhere, "everywhere"
