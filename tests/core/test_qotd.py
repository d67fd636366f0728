"""The question of the day: picked per date, one counted answer per person, revealed once."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.errors import InvalidInput, NotSaved, QuizError
from bot.core.library import Library
from bot.core.loader import load_briefing
from bot.core.posts import briefing_post, group_pages
from bot.core.progress import AnswerRecord
from bot.core.qotd import (
    KEEP_UNREVEALED,
    REVEAL_AFTER,
    Qotd,
    QotdService,
    answerable,
    duration_text,
    pick_question,
    question_reply,
    reveal_of,
    reveal_reply,
)
from bot.core.replies import ButtonStyle, Emphasis, Moment, emphasis, spans
from bot.core.store_port import AppStore
from bot.core.testing import InMemorySessionStore, StoreOutage
from bot.core.views import marked_buttons
from bot.discord_bot.limits import EMBED_TOTAL, EMBEDS_PER_MESSAGE
from bot.store import open_store

ROOT = Path(__file__).parent.parent.parent
MINI = load_briefing(ROOT / "tests" / "fixtures" / "mini_briefing.yaml").briefing
SEED = load_briefing(ROOT / "content" / "nk-troops-russia.yaml").briefing
START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
ALICE, BOB, CAROL = 101, 102, 103


def test_the_question_is_the_same_all_day_and_every_one_comes_before_a_repeat() -> None:
    day = dt.date(2026, 1, 5)
    first = pick_question(SEED, day)
    again = pick_question(SEED, day)
    assert (first.question.id, first.options) == (again.question.id, again.options)
    pool = answerable(SEED)
    run = [pick_question(SEED, day + dt.timedelta(days=n)).question.id for n in range(len(pool))]
    assert sorted(run) == sorted(q.id for q in pool)
    assert all(q.kind in ("choice", "truefalse") for q in pool)


def test_a_briefing_without_button_questions_cannot_give_one() -> None:
    only_short = MINI.model_copy(
        update={"questions": [q for q in MINI.questions if q.kind == "short"]}
    )
    with pytest.raises(InvalidInput, match="no multiple-choice or true/false question"):
        pick_question(only_short, dt.date(2026, 1, 5))


def test_best_answerers_are_the_right_ones_fastest_first() -> None:
    qq = pick_question(MINI, dt.date(2026, 1, 5))
    qotd = Qotd("s", 1, 2, "mini", qq.question.id, qq.options, dt.date(2026, 1, 5), START, START)
    answers = [
        AnswerRecord(u, 1, "mini", qq.question.id, None, ok, s, START, "s")
        for u, ok, s in [(ALICE, True, 300.0), (BOB, False, 5.0), (CAROL, True, 40.0)]
    ]
    reveal = reveal_of(qotd, qq, answers)
    assert (reveal.answered, reveal.right) == (3, 2)
    assert reveal.best == ((CAROL, 40.0), (ALICE, 300.0))
    text = reveal_reply(reveal, {ALICE: "Alice", CAROL: "Carol"}).pages[0].body
    assert "3 people answered, 2 right." in text
    assert text.index("1. Carol, after 40 s") < text.index("2. Alice, after 5 min")
    assert f"The answer: {emphasis(qq.question.answer_text)}\n" in text
    assert Emphasis(qq.question.answer_text) in spans(text)


def test_the_posted_question_has_a_button_per_option_and_says_when_it_is_revealed() -> None:
    qq = pick_question(SEED, dt.date(2026, 1, 5))
    qotd = Qotd("s1", 1, 2, SEED.id, qq.question.id, qq.options, dt.date(2026, 1, 5), START, START)
    reply = question_reply(qotd, qq, SEED.title, "bb:qd:s1:")
    assert [b.action for b in reply.buttons] == [f"bb:qd:s1:{k}" for k in qq.keys]
    assert not reply.private
    assert Moment(START) in spans(reply.pages[0].body)
    marked = marked_buttons(qq, "bb:qd:s1:")
    assert all(b.disabled for b in marked)
    assert [b.style for b in marked].count(ButtonStyle.SUCCESS) == 1


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(4.4, "4 s"), (59, "59 s"), (61, "1 min"), (3600, "1 h"), (7500, "2 h 5 min")],
)
def test_durations_read_naturally(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", folder / "mini.yaml")
    library = Library(folder)
    library.reload()
    return library


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AppStore]:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path}/qotd.sqlite3")
    yield store
    await store.close()


async def test_everyone_answers_once_and_the_reveal_counts_each_person_once(
    library: Library, store: AppStore
) -> None:
    clock = FakeClock(START)
    service = QotdService(library, store, clock)
    qotd, qq = await service.start("qotd-1", "mini", guild_id=1, channel_id=2, day=START.date())
    assert qotd.reveal_at == START + REVEAL_AFTER
    wrong = next(k for k in qq.keys if k != qq.right_key)
    assert qq.right_key is not None

    clock.advance(30)
    alice = await service.answer("qotd-1", ALICE, qq.right_key)
    clock.advance(30)
    bob = await service.answer("qotd-1", BOB, wrong)
    again = await service.answer("qotd-1", ALICE, wrong)  # changes nothing
    assert (alice.first, alice.result.correct, alice.result.seconds) == (True, True, 30.0)
    assert (bob.first, bob.result.correct) == (True, False)
    assert again.first is False
    assert len(await store.answers.session_answers("qotd-1")) == 2

    assert [q.session_id for q in await service.open_questions(2)] == ["qotd-1"]
    reveal = await service.close(qotd)
    assert reveal is not None
    assert (reveal.answered, reveal.right, reveal.best) == (2, 1, ((ALICE, 30.0),))
    assert await service.close(qotd) is None, "a question is revealed once"
    assert await service.get("qotd-1") is None
    with pytest.raises(QuizError, match="closed"):
        await service.answer("qotd-1", CAROL, qq.right_key)
    score = await store.progress.score(ALICE, 1, clock.now())
    assert (score.overall.correct, score.overall.answered) == (1, 1)


async def test_the_reveal_shows_the_editor_s_notes_on_the_question(
    library: Library, store: AppStore
) -> None:
    service = QotdService(library, store, FakeClock(START))
    qotd, qq = await service.start("qotd-n", "mini", guild_id=1, channel_id=2, day=START.date())
    assert qq.question.id == "q-days"  # it tests the fact the mini briefing's note disputes
    reveal = await service.close(qotd)
    assert reveal is not None
    text = reveal_reply(reveal, {}).pages[0].body
    assert "⚠ Editor's note: Another report says the closure lasted four days." in text


async def test_two_processes_closing_the_same_question_reveal_it_once(
    library: Library, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/shared.sqlite3"
    first, second = await open_store(url), await open_store(url)
    try:
        clock = FakeClock(START)
        a, b = QotdService(library, first, clock), QotdService(library, second, clock)
        qotd, _ = await a.start("qotd-2", "mini", guild_id=1, channel_id=2, day=START.date())
        loaded = await b.get("qotd-2")
        assert loaded == qotd
        results = await asyncio.gather(a.close(qotd), b.close(loaded))
    finally:
        await first.close()
        await second.close()
    assert sum(r is not None for r in results) == 1


def test_a_post_is_grouped_into_messages_discord_accepts() -> None:
    pages = briefing_post(SEED, "all")
    titles = [p.title for p in pages]
    assert titles[0].startswith(SEED.title) and "Who is who" in titles and "Timeline" in titles
    groups = group_pages(pages, per_message=EMBEDS_PER_MESSAGE, characters=EMBED_TOTAL)
    assert [p for g in groups for p in g] == pages
    for group in groups:
        assert len(group) <= 10
        size = sum(
            len(p.title)
            + len(p.body)
            + len(p.footer)
            + sum(len(f.name) + len(f.value) for f in p.fields)
            for p in group
        )
        assert size <= 6000
    summary = briefing_post(MINI, "summary")
    assert "⚠ Editor's note: Another report says the closure lasted four days." in (
        summary[1].body
    ), "a disputed fact carries its note"


async def test_a_failed_commit_of_a_qotd_answer_says_try_again_and_the_retry_counts(
    library: Library,
) -> None:
    clock = FakeClock(START)
    store = InMemorySessionStore()
    service = QotdService(library, store.repositories(), clock)
    _, qq = await service.start("qotd-1", "mini", guild_id=1, channel_id=2, day=START.date())
    assert qq.right_key is not None
    store.outage = 1
    with pytest.raises(NotSaved, match="try again"):
        await service.answer("qotd-1", ALICE, qq.right_key)
    assert store.answers == [], "nothing kept, nothing acknowledged"
    retried = await service.answer("qotd-1", ALICE, qq.right_key)
    assert retried.first and retried.result.correct
    assert [a.user_id for a in store.answers] == [ALICE]


async def test_only_questions_whose_reveal_time_has_come_are_due(
    library: Library, store: AppStore
) -> None:
    clock = FakeClock(START)
    service = QotdService(library, store, clock)
    await service.start("early", "mini", guild_id=1, channel_id=2, day=START.date())
    clock.advance(3600)
    await service.start("later", "mini", guild_id=1, channel_id=3, day=START.date())
    await store.sessions.save_session("solo-1", "solo", ALICE, 1, 2, "{}", START + 2 * REVEAL_AFTER)

    assert await service.due_reveals() == []
    assert [q.session_id for q in await service.due_reveals(START + REVEAL_AFTER)] == ["early"]
    clock.current = START + REVEAL_AFTER + dt.timedelta(hours=2)
    assert [q.session_id for q in await service.due_reveals()] == ["early", "later"]
    # a week after its reveal time, an unrevealed question has expired and is not due
    clock.current = START + REVEAL_AFTER + KEEP_UNREVEALED + dt.timedelta(minutes=30)
    assert [q.session_id for q in await service.due_reveals()] == ["later"]


async def _answered_by_alice(
    library: Library,
) -> tuple[FakeClock, InMemorySessionStore, QotdService, Qotd]:
    """A question of the day started in one channel and answered right by Alice."""
    clock = FakeClock(START)
    store = InMemorySessionStore()
    service = QotdService(library, store.repositories(), clock)
    qotd, qq = await service.start("qotd-1", "mini", guild_id=1, channel_id=2, day=START.date())
    assert qq.right_key is not None
    await service.answer("qotd-1", ALICE, qq.right_key)
    return clock, store, service, qotd


async def test_a_reveal_whose_answers_cannot_be_read_stays_due_and_is_revealed_once(
    library: Library,
) -> None:
    """The store failing as a question of the day is revealed (its answers unreadable) leaves
    the question open: the next try reveals it, with the acknowledged answer counted once."""
    clock, store, service, qotd = await _answered_by_alice(library)
    real = store.session_answers
    failing = [StoreOutage("the database is unavailable")]

    async def read_once_failing(session_id: str) -> list[AnswerRecord]:
        if failing:
            raise failing.pop()
        return await real(session_id)

    store.session_answers = read_once_failing  # type: ignore[method-assign]
    with pytest.raises(StoreOutage):
        await service.close(qotd)
    clock.advance(int(REVEAL_AFTER.total_seconds()))
    assert [q.session_id for q in await service.due_reveals()] == ["qotd-1"]
    reveal = await service.close(qotd)
    assert reveal is not None and (reveal.answered, reveal.right) == (1, 1)
    assert await service.close(qotd) is None, "revealed once"


async def test_a_reveal_whose_answers_cannot_be_read_again_once_closed_counts_the_first_read(
    library: Library,
) -> None:
    """Closed, then the store fails: the reveal still goes out (it is the one caller that
    closed it), counting the answers read just before."""
    _clock, store, service, qotd = await _answered_by_alice(library)
    real = store.session_answers
    reads: list[str] = []

    async def second_read_failing(session_id: str) -> list[AnswerRecord]:
        reads.append(session_id)
        if len(reads) == 2:
            raise StoreOutage("the database is unavailable")
        return await real(session_id)

    store.session_answers = second_read_failing  # type: ignore[method-assign]
    reveal = await service.close(qotd)
    assert reveal is not None and (reveal.answered, reveal.right) == (1, 1)
    assert await service.get("qotd-1") is None


async def test_the_first_answer_after_a_restart_leaves_the_event_loop_free(
    library: Library, store: AppStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What reading an answer needs is loaded on first use, off the event loop, as for a quiz
    answer: meanwhile the loop runs other work (here, the one thing that lets it finish)."""
    from tests.core.test_answer_tables import tables_not_built

    service = QotdService(library, store, FakeClock(START))
    _qotd, qq = await service.start("qotd-1", "mini", guild_id=1, channel_id=2, day=START.date())
    assert qq.right_key is not None
    freed = tables_not_built(monkeypatch)
    answering = asyncio.create_task(service.answer("qotd-1", ALICE, qq.right_key))
    asyncio.get_running_loop().call_soon(freed.set)  # other work on the loop
    answered = await asyncio.wait_for(answering, timeout=30)
    assert freed.waits == [True]  # type: ignore[attr-defined]
    assert (answered.first, answered.result.correct) == (True, True)
