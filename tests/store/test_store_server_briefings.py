"""Server briefings in SQLite and PostgreSQL: versions, publishing, the change log that keeps
every process current, and one server never reading another's."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from store_helpers import NOW

from bot.authoring.checklist import draft_with_checklist
from bot.core.clock import FakeClock
from bot.core.content import Catalog, ContentService, VersionRecord
from bot.core.content.removed import KeptQuestion, RemovedBriefing
from bot.core.library import Library
from bot.core.store_port import AppStore
from bot.store import open_store

ROOT = Path(__file__).parents[2]
MINI = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text()
CLUB, OTHER = 111, 222


def version(number: int, text: str = "x: 1", published: bool = False) -> VersionRecord:
    ids = {"q-days": ("q-days", "abc"), "q-who": (f"q-who-v{number}", "def")}
    return VersionRecord(number, text, "upload", NOW, ids, NOW if published else None)


def service_on(store: AppStore) -> ContentService:
    bundled = Library(ROOT / "content")
    bundled.reload()
    return ContentService(
        store.server_briefings, Catalog(bundled), FakeClock(NOW), draft_with_checklist
    )


async def test_versions_round_trip_and_stay_in_their_server(store: AppStore) -> None:
    repo = store.server_briefings
    first = await repo.add_version(CLUB, "harbour", "Harbour", version(1, "one"), 20)
    second = await repo.add_version(CLUB, "harbour", "Harbour, again", version(2, "two"), 20)
    await repo.add_version(OTHER, "harbour", "Theirs", version(1), 20)

    assert first.record_id == second.record_id
    assert (second.title, second.latest_version, second.published_version) == (
        "Harbour, again",
        2,
        None,
    )
    assert await repo.versions(first.record_id) == [version(1, "one"), version(2, "two")]
    assert [r.title for r in await repo.briefings(CLUB)] == ["Harbour, again"]
    assert await repo.briefing_by_id(OTHER, first.record_id) is None
    assert (await repo.briefing(OTHER, "harbour")).title == "Theirs"


async def test_old_versions_are_pruned_but_never_the_published_one(store: AppStore) -> None:
    repo = store.server_briefings
    record = await repo.add_version(CLUB, "harbour", "Harbour", version(1), 3)
    await repo.set_published(record.record_id, 1)
    for n in range(2, 6):
        await repo.add_version(CLUB, "harbour", "Harbour", version(n), 3)

    kept = await repo.versions(record.record_id)

    assert [v.version for v in kept] == [1, 4, 5]
    assert kept[0].published_at == NOW


async def test_the_change_log_names_the_servers_and_their_published_versions(
    store: AppStore,
) -> None:
    repo = store.server_briefings
    assert await repo.published_since(0) == (0, [], [])
    ours = await repo.add_version(CLUB, "harbour", "Harbour", version(1), 20)
    theirs = await repo.add_version(OTHER, "docks", "Docks", version(1), 20)
    await repo.add_version(CLUB, "harbour", "Harbour", version(2), 20)
    await repo.set_published(ours.record_id, 1)
    await repo.set_published(theirs.record_id, 1)
    stamp = await repo.change_stamp()

    now, guilds, rows = await repo.published_since(0)

    assert (now, guilds) == (stamp, [CLUB, OTHER])
    assert [(r.slug, v.version, v.published_at) for r, v in rows] == [
        ("harbour", 1, NOW),
        ("docks", 1, NOW),
    ]
    await repo.remove(theirs.record_id)
    now, guilds, rows = await repo.published_since(stamp)
    assert (guilds, rows) == ([OTHER], [])
    assert await repo.published_since(now) == (now, [], [])


async def test_replacing_the_latest_draft_keeps_its_number(store: AppStore) -> None:
    repo = store.server_briefings
    record = await repo.add_version(CLUB, "harbour", "Harbour", version(1, "one"), 20)

    await repo.replace_latest(record.record_id, "Renamed", version(1, "edited"))

    assert [v.yaml_text for v in await repo.versions(record.record_id)] == ["edited"]
    assert (await repo.briefing(CLUB, "harbour")).title == "Renamed"


async def test_a_second_process_serves_what_the_first_published(store_url: str) -> None:
    first_store, second_store = await open_store(store_url), await open_store(store_url)
    try:
        first, second = service_on(first_store), service_on(second_store)
        await second.refresh()
        outcome = await first.upload(
            CLUB, "harbour.yaml", MINI.replace("id: mini", "id: harbour").encode()
        )
        await first.publish(CLUB, "harbour")

        assert await second.refresh()

        served = second.catalog.for_guild(CLUB).find("harbour")
        assert served.id == outcome.record.key
        assert outcome.record.key not in second.catalog.for_guild(OTHER).ids()
        edited = await first.edit(CLUB, outcome.record.record_id, "q-days", "answer", "4")
        assert dataclasses.astuple(edited.record)[:4] == dataclasses.astuple(outcome.record)[:4]
        await first.publish(CLUB, "harbour")
        await second.refresh()
        served = second.catalog.for_guild(CLUB).find("harbour")
        assert [q.id for q in served.questions] == ["q-days-v2", "q-who", "q-town"]
    finally:
        await first_store.close()
        await second_store.close()


async def test_the_version_a_quiz_started_on_is_kept_and_first_note_wins(store: AppStore) -> None:
    repo = store.server_briefings
    assert await repo.session_version("s1", "harbour~1") is None

    await repo.note_session("s1", "harbour~1", 2, NOW)
    await repo.note_session("s1", "harbour~1", 3, NOW)  # a retry after a restart, say

    assert await repo.session_version("s1", "harbour~1") == 2
    assert await repo.session_version("s1", "docks~2") is None


async def test_a_removal_keeps_the_words_students_met_in_its_server_only(store: AppStore) -> None:
    """`/briefing remove` keeps, in the transaction that deletes the versions, the title and
    each question's prompt, kind and right answer (a true/false answer stays a boolean); the
    same served id removed again replaces them; another server reads none of them."""
    repo = store.server_briefings
    record = await repo.add_version(CLUB, "harbour", "Harbour", version(1), 20)
    questions = (
        KeptQuestion("q-days", "For how many days was the harbour closed?", "short", "3"),
        KeptQuestion("q-open", "Ships can dock again: « oui » ?", "truefalse", True),
    )
    kept = RemovedBriefing(CLUB, record.key, "Harbour reopens", questions, NOW)

    await repo.remove(record.record_id, kept)

    assert await repo.versions(record.record_id) == []
    assert await repo.briefing(CLUB, "harbour") is None
    assert await repo.removed(CLUB, record.key) == kept
    assert await repo.removed(OTHER, record.key) is None
    again = dataclasses.replace(kept, title="Harbour, later", questions=questions[:1])
    number_again = await repo.add_version(CLUB, "harbour", "Harbour", version(1), 20)
    await repo.remove(number_again.record_id, again)
    assert await repo.removed(CLUB, again.briefing_id) == again
    untouched = await repo.add_version(CLUB, "docks", "Docks", version(1), 20)
    await repo.remove(untouched.record_id)  # a draft never published: nothing to keep
    assert await repo.removed(CLUB, untouched.key) is None
    assert await repo.removed_in(CLUB) == [again] and await repo.removed_in(OTHER) == []
