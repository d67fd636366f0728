"""The study service against in-memory ports: commit, then change memory, then reply."""

from __future__ import annotations

import asyncio
import gzip
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.clock import FakeClock
from bot.core.errors import NotFound, NotSaved
from bot.core.housekeeping import SessionPurger
from bot.core.library import BriefingShelf, Library
from bot.core.progress import AnswerRecord
from bot.core.progress_views import nothing_due_reply
from bot.core.quiz import QuizQuestion
from bot.core.review import ReviewScheduler
from bot.core.study import SESSION_LIFETIME, NothingDue, StudyService
from bot.core.testing import InMemorySessionStore

ROOT = Path(__file__).parent.parent.parent
MINUTES_10 = timedelta(minutes=10)
DAY = timedelta(days=1)


def study(tmp_path: Path) -> tuple[StudyService, InMemorySessionStore, FakeClock]:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "mini.yaml").write_bytes((ROOT / "tests/fixtures/mini_briefing.yaml").read_bytes())
    library = Library(folder)
    library.reload()
    store = InMemorySessionStore()
    clock = FakeClock()
    return StudyService(library, clock, store.repositories()), store, clock


async def test_a_failed_commit_leaves_the_question_answerable_and_asks_for_a_retry(tmp_path):
    service, store, _clock = study(tmp_path)
    started = await service.start_solo(42, "mini", count=2)
    qq = started.session.current()
    right = qq.right_key or qq.question.answer_text
    store.outage = 1
    with pytest.raises(NotSaved, match="try again"):
        await service.answer_solo(started.session.session_id, 42, right, question_index=0)
    assert started.session.index == 0 and store.answers == []

    result = await service.answer_solo(started.session.session_id, 42, right, question_index=0)
    assert result.correct and started.session.index == 1
    saved = await store.session_answers(started.session.session_id)
    assert [(a.question_id, a.correct) for a in saved] == [(qq.question.id, True)]


async def test_a_judged_answer_counts_only_once_committed_and_knows_what_comes_next(tmp_path):
    service, store, _clock = study(tmp_path)
    started = await service.start_solo(42, "mini", count=2)
    session = started.session
    for index in range(2):
        qq = session.current()
        right = qq.right_key or qq.question.answer_text
        if index == 1:
            store.outage = 1
        judged = await service.judge_solo(session.session_id, 42, right, question_index=index)
        assert judged.result.correct and judged.next_index == index + 1
        assert judged.last == (index == 1)
        assert session.index == index  # judged, not counted: the commit is still under way
        # The moment to build the reply comes whether the commit succeeds or fails.
        await asyncio.wait_for(judged.flushing, 5)
        if index == 1:
            with pytest.raises(NotSaved, match="try again"):
                await judged.committed
            assert session.index == 1 and not session.finished and len(store.answers) == 1
        else:
            assert await judged.committed is judged.result
            assert session.index == judged.next_index
            assert [a.question_id for a in store.answers] == [qq.question.id]


async def settle() -> None:
    """Let the purge timer run what the clock just allowed."""
    for _ in range(5):
        await asyncio.sleep(0)


async def test_expired_sessions_are_forgotten_on_the_clock_driven_timer(tmp_path):
    service, store, clock = study(tmp_path)
    solo = await service.start_solo(42, "mini", count=2)
    channel = service.start_group("mini", count=1)
    purger = SessionPurger(service, clock, interval=600)
    purger.start()
    await settle()  # the timer is waiting on the clock
    try:
        clock.advance(600)
        await settle()
        assert solo.session.session_id in service.solo, "a live quiz is kept"
        assert solo.session.session_id in store.sessions

        clock.advance(SESSION_LIFETIME.total_seconds())
        await settle()
        assert service.solo == {} and service.group == {}
        assert store.sessions == {}
        assert channel.session_id not in service.group
    finally:
        await purger.stop()
    assert not purger.running


async def test_a_heavy_users_data_file_stays_far_below_discords_upload_limit(tmp_path):
    service, store, clock = study(tmp_path)
    base = AnswerRecord(
        user_id=42,
        guild_id=9,
        briefing_id="mini",
        question_id="q-town",
        section_id="reopening",
        correct=True,
        seconds=4.2,
        answered_at=clock.now(),
    )
    store.answers = [replace(base, seconds=float(n % 60)) for n in range(40_000)]
    plain = await service.export(42)
    name, data = await service.export_file(42)
    assert len(plain) > 10 * 2**20, "as plain JSON this user would pass the 10 MiB limit"
    assert name.endswith(".json.gz") and len(data) < 2**20
    assert gzip.decompress(data) == plain, "the file holds every record"


async def test_a_repeat_of_a_committed_answer_shows_its_verdict_again(tmp_path):
    service, store, _clock = study(tmp_path)
    started = await service.start_solo(42, "mini", count=2)
    session = started.session
    text = session.current().right_key or session.current().question.answer_text
    store.outage = 1
    with pytest.raises(NotSaved):
        await service.answer_solo(session.session_id, 42, text, question_index=0)
    first = await service.answer_solo(session.session_id, 42, text, question_index=0)
    again = await service.answer_solo(session.session_id, 42, text, question_index=0)
    assert again is first, "a repeat of a committed answer shows its verdict again"
    assert session.index == 1 and len(store.answers) == 1


async def test_an_answer_committed_after_its_caller_gave_up_still_counts_in_the_quiz(tmp_path):
    service, store, _clock = study(tmp_path)
    finished: list[str] = []

    async def on_finished(session_id: str, guild_id: int | None) -> None:
        finished.append(session_id)

    service.on_finished = on_finished
    started = await service.start_solo(42, "mini", count=1)
    session = started.session
    qq = session.current()
    judged = await service.judge_solo(
        session.session_id, 42, qq.right_key or qq.question.answer_text, question_index=0
    )
    judged.committed.cancel()  # the click's handler stopped waiting (the bot is closing, say)
    await settle()

    assert [a.question_id for a in store.answers] == [qq.question.id]
    assert session.index == 1 and session.finished, "committed, so it counts"
    assert finished == [session.session_id]


async def test_a_fast_right_pick_is_rated_good_and_only_a_learnt_typed_answer_easy(tmp_path):
    """Answered at once and right, each time the questions come back: Good while learning
    (ten minutes, then two days, as Anki's learners press it), then a pick among options Good
    again (eleven days) and a typed answer Easy (nineteen days)."""
    service, store, clock = study(tmp_path)
    service.scheduler = ReviewScheduler(fuzz=False)
    kinds: dict[str, str] = {}
    back_in: list[dict[str, timedelta]] = []
    for _round in range(3):
        only = list(kinds) or None  # as /review asks what is due
        session = (await service.start_solo(42, "mini", count=3, only=only)).session
        for index in range(3):
            qq = session.current()
            kinds[qq.question.id] = qq.question.kind
            await service.answer_solo(session.session_id, 42, _right(qq), question_index=index)
        back_in.append({key[2]: state.due - clock.now() for key, state in store.reviews.items()})
        clock.advance(max(back_in[-1].values()).total_seconds())

    assert sorted(kinds.values()) == ["choice", "short", "truefalse"]
    assert back_in[0] == dict.fromkeys(kinds, MINUTES_10)
    assert back_in[1] == dict.fromkeys(kinds, 2 * DAY)
    assert back_in[2] == {q: 19 * DAY if k == "short" else 11 * DAY for q, k in kinds.items()}


def _right(qq: QuizQuestion) -> str:
    return qq.right_key or qq.question.answer_text


async def test_a_reading_command_without_a_briefing_reads_the_one_last_answered_in_that_server(
    tmp_path,
):
    """With two briefings loaded and none named, /quote or /glossary means the briefing of the
    student's latest answer in this server (the in-memory store answers as the SQL one)."""
    service, store, clock = study(tmp_path)
    folder = tmp_path / "content"
    (folder / "nk.yaml").write_bytes((ROOT / "content/nk-troops-russia.yaml").read_bytes())
    service.library.reload()
    for briefing, guild in (("mini", 7), ("nk-troops-russia", 8), ("mini", 8)):
        clock.advance(60)
        record = AnswerRecord(42, guild, briefing, "q1", None, True, 3.0, clock.now(), None)
        await store.record_answer(record)
    clock.advance(60)
    await store.record_answer(
        AnswerRecord(42, 7, "nk-troops-russia", "q1", None, True, 3.0, clock.now(), None)
    )

    assert (await service.briefing_for(None, 42, 8))[0].id == "mini"
    assert (await service.briefing_for(None, 42, 7))[0].id == "nk-troops-russia"
    with pytest.raises(NotFound):
        await service.briefing_for(None, 42, 9)  # nothing answered in that server


async def test_a_review_where_the_due_briefing_is_not_available_says_where_to_review_it(
    tmp_path,
):
    """A direct message sees only the bundled briefings: questions due from a server's own
    briefing are not "nothing to review" there without a word of where they are."""
    bundled, store, clock = study(tmp_path)
    own = bundled.library.get("mini").model_copy(update={"id": "mini~1"})  # a server's own
    service = StudyService(BriefingShelf({own.id: own}), clock, store.repositories())
    started = await service.start_solo(42, own.id, count=2)
    for index in range(2):
        qq = started.session.current()
        others = [k for k in qq.keys if k != qq.right_key] if qq.right_key else []
        miss = others[0] if others else "surely not this"
        await service.answer_solo(started.session.session_id, 42, miss, question_index=index)
    clock.advance(DAY.total_seconds())
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    elsewhere_library = Library(empty)
    elsewhere_library.reload()
    in_a_dm = StudyService(elsewhere_library, clock, store.repositories())

    nothing = await in_a_dm.start_review(42)

    assert isinstance(nothing, NothingDue) and nothing.elsewhere == 2
    body = nothing_due_reply(nothing).pages[0].body
    assert "2 questions are due from briefings not available here" in body
    assert "/review in that server" in body
    here = await service.start_review(42)
    assert not isinstance(here, NothingDue), "where the briefing is loaded, it is reviewed"


async def missed_twice(service: StudyService, user_id: int) -> str:
    """Both questions of a quiz on "mini" answered wrong (they come back for review); the
    quiz's id."""
    started = await service.start_solo(user_id, "mini", count=2)
    for index in range(2):
        qq = started.session.current()
        others = [k for k in qq.keys if k != qq.right_key] if qq.right_key else []
        miss = others[0] if others else "surely not this"
        await service.answer_solo(started.session.session_id, user_id, miss, question_index=index)
    return started.session.session_id


async def test_a_review_whose_start_was_given_up_at_its_commit_is_the_retrys_review(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    """/review given up while its new quiz commits (a slow disk): the commit lands, and the
    retry gets that review, not a second one beside it. Was: two saved, one never shown."""
    service, store, clock = study(tmp_path)
    quizzed = await missed_twice(service, 42)
    clock.advance(DAY.total_seconds())
    real, landing, saving = store.save_session, asyncio.Event(), asyncio.Event()
    writes: dict[int, asyncio.Future[None]] = {}

    async def on_disk(*args: Any) -> None:
        await landing.wait()
        await real(*args)

    async def slow_disk(*args: Any) -> None:
        """The write goes on when its caller stops waiting (as the store's writer does)."""
        saving.set()
        await asyncio.shield(writes.setdefault(len(writes), asyncio.ensure_future(on_disk(*args))))

    monkeypatch.setattr(store, "save_session", slow_disk)
    first = asyncio.ensure_future(service.start_review(42))
    await saving.wait()
    first.cancel()  # the bot gave up on the interaction; the write goes on
    landing.set()
    await asyncio.gather(*writes.values())
    retry = await service.start_review(42)
    assert not isinstance(retry, NothingDue)
    (saved,) = [s for s in store.sessions.values() if s.session_id != quizzed]
    assert retry.session.session_id == saved.session_id and retry.session.index == 0
    async with service.showing(retry):
        pass  # shown: the next /review is a review of its own
    again = await service.start_review(42)
    assert not isinstance(again, NothingDue) and again.session is not retry.session


async def test_a_review_whose_reply_failed_is_the_retrys_review(tmp_path):
    service, _store, clock = study(tmp_path)
    await missed_twice(service, 42)
    clock.advance(DAY.total_seconds())
    first = await service.start_review(42)
    assert not isinstance(first, NothingDue)
    with pytest.raises(ConnectionResetError):
        async with service.showing(first):
            raise ConnectionResetError("the reply never reached the student")
    retry = await service.start_review(42)
    assert not isinstance(retry, NothingDue) and retry.session is first.session
