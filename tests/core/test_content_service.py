"""A server's own briefings through the content service, against the in-memory repository."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bot.authoring.checklist import draft_with_checklist
from bot.core.clock import FakeClock
from bot.core.content import Catalog, ContentCaps, ContentService
from bot.core.content.testing import InMemoryServerBriefings
from bot.core.errors import InvalidInput, NotFound
from bot.core.library import Library

ROOT = Path(__file__).parents[2]
MINI = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text()
ARTICLE = (ROOT / "tests" / "fixtures" / "seed_article.txt").read_bytes()
CLUB, OTHER = 111, 222


def harbour(text: str = MINI) -> bytes:
    return text.replace("id: mini", "id: harbour").encode()


def make_service(
    repo: InMemoryServerBriefings | None = None, caps: ContentCaps | None = None
) -> ContentService:
    bundled = Library(ROOT / "content")
    bundled.reload()
    return ContentService(
        repo or InMemoryServerBriefings(), Catalog(bundled), FakeClock(), draft_with_checklist, caps
    )


@pytest.fixture
def service() -> ContentService:
    return make_service()


async def test_a_broken_upload_reports_every_problem_at_once_and_stores_nothing(service):
    broken = (
        harbour()
        .replace(b"answer: Ada Quill", b"answer: no")
        .replace(b"refs: [town]", b"refs: [tonw]")
    )

    outcome = await service.upload(CLUB, "harbour.yaml", broken)

    assert not outcome.ok
    assert len(outcome.problems) == 2
    assert outcome.problems[0].startswith("harbour.yaml:65:5: a short answer must be text")
    assert "did you mean `town`?" in outcome.problems[1]
    assert await service.briefings(CLUB) == []


async def test_upload_problems_are_those_of_briefbot_validate(service, tmp_path, capsys):
    from bot.cli import validate

    broken = (
        harbour().replace(b"  - id: ben\n", b"  - id: ada\n").replace(b"sections:", b"sectons:")
    )
    (tmp_path / "harbour.yaml").write_bytes(broken)
    validate([tmp_path / "harbour.yaml"])
    printed = capsys.readouterr().out.replace(str(tmp_path) + "/", "").splitlines()

    outcome = await service.upload(CLUB, "harbour.yaml", broken)

    assert list(outcome.problems) == printed
    assert len(printed) >= 2


async def test_an_upload_is_private_until_published_and_only_in_its_own_server(service):
    outcome = await service.upload(CLUB, "harbour.yaml", harbour())
    assert outcome.ok and outcome.record is not None
    key = outcome.record.key

    with pytest.raises(NotFound):
        service.catalog.for_guild(CLUB).find("harbour")

    await service.publish(CLUB, "harbour")

    club = service.catalog.for_guild(CLUB)
    assert club.find("harbour").id == key
    assert club.get(key).title == "A small test briefing"
    assert "nk-troops-russia" in club.ids()  # the bundled ones stay
    for elsewhere in (service.catalog.for_guild(OTHER), service.catalog.for_guild(None)):
        assert key not in elsewhere.ids()
        assert all(b.id != key for b in elsewhere.search("harbour small test"))
        with pytest.raises(NotFound):
            elsewhere.get(key)
        with pytest.raises(NotFound):
            elsewhere.find("harbour")
    with pytest.raises(NotFound):
        await service.show(OTHER, "harbour")


async def test_a_broken_upload_never_replaces_the_published_version(service):
    await service.upload(CLUB, "harbour.yaml", harbour())
    await service.publish(CLUB, "harbour")

    outcome = await service.upload(
        CLUB, "harbour.yaml", harbour().replace(b"title: A", b"title: [A")
    )

    assert not outcome.ok
    (record,) = await service.briefings(CLUB)
    assert (record.latest_version, record.published_version) == (1, 1)
    assert service.catalog.for_guild(CLUB).find("harbour").title == "A small test briefing"


async def test_a_question_that_changed_meaning_gets_a_new_id_and_rollback_restores(service):
    await service.upload(CLUB, "harbour.yaml", harbour())
    await service.publish(CLUB, "harbour")
    changed = MINI.replace("Who said ships can dock again?", "Who announced the reopening?")
    changed = changed.replace("explanation: The storm kept", "explanation: A storm kept")
    await service.upload(CLUB, "harbour.yaml", harbour(changed))
    await service.publish(CLUB, "harbour")

    served = service.catalog.for_guild(CLUB).find("harbour")
    assert [q.id for q in served.questions] == ["q-days", "q-who-v2", "q-town"]

    shown = await service.rollback(CLUB, "harbour")

    assert shown.version.version == 1
    served = service.catalog.for_guild(CLUB).find("harbour")
    assert [q.id for q in served.questions] == ["q-days", "q-who", "q-town"]
    _, versions = await service.history(CLUB, "harbour")
    assert [v.version for v in versions] == [1, 2]


async def test_review_edits_change_a_draft_in_place_and_publish_as_new_versions(service):
    outcome = await service.upload(CLUB, "harbour.yaml", harbour())
    record_id = outcome.record.record_id

    await service.edit(CLUB, record_id, "q-days", "check")
    await service.edit(CLUB, record_id, "q-town", "drop")
    shown = await service.edit(CLUB, record_id, "q-who", "accept", "the harbour master")

    assert shown.version.version == 1  # still the same unpublished draft
    assert [q.id for q in shown.briefing.questions] == ["q-days", "q-who"]
    assert shown.briefing.questions[1].accept == ["Quill", "the harbour master"]
    await service.publish(CLUB, "harbour")

    shown = await service.edit(CLUB, record_id, "q-days", "answer", "4")

    assert (shown.version.version, shown.record.published_version) == (2, 1)
    assert shown.briefing.questions[0].answer == "4"
    await service.publish(CLUB, "harbour")
    served = service.catalog.for_guild(CLUB).find("harbour")
    assert [q.id for q in served.questions] == ["q-days-v2", "q-who"]


async def test_a_key_fix_that_is_not_a_choice_is_refused_politely(service):
    outcome = await service.upload(CLUB, "harbour.yaml", harbour())

    with pytest.raises(InvalidInput, match="one of its choices: 2, 3, 4, 7"):
        await service.edit(CLUB, outcome.record.record_id, "q-days", "answer", "five")
    with pytest.raises(NotFound):
        await service.edit(OTHER, outcome.record.record_id, "q-days", "check")


async def test_a_draft_from_an_article_is_stored_as_a_draft_with_what_to_check(service):
    outcome = await service.draft(CLUB, "article.txt", ARTICLE)

    assert outcome.record.published_version is None
    assert outcome.filename == f"{outcome.record.slug}.yaml"
    assert outcome.yaml_text.startswith("# yaml-language-server")
    assert any("to review: keep, drop or fix" in line for line in outcome.checks)
    assert any("summaries are placeholders" in line for line in outcome.checks)
    assert service.catalog.for_guild(CLUB).ids() == ["nk-troops-russia"]


async def test_caps_and_guards_answer_with_a_clear_message():
    service = make_service(caps=ContentCaps(max_briefings=1, max_article_bytes=1000))
    await service.upload(CLUB, "harbour.yaml", harbour())

    with pytest.raises(InvalidInput, match="has 1 briefings, the most it can keep"):
        await service.upload(CLUB, "other.yaml", MINI.replace("id: mini", "id: other").encode())
    with pytest.raises(InvalidInput, match="the most a draft is made from is 1 KiB"):
        await service.draft(CLUB, "article.txt", ARTICLE)
    bomb = (ROOT / "tests" / "hostile" / "briefings" / "26_alias_bomb.yaml").read_bytes()
    outcome = await service.upload(CLUB, "bomb.yaml", bomb)
    assert "alias" in outcome.problems[0]
    outcome = await service.upload(CLUB, "big.yaml", b"#" * (600 * 1024))
    assert outcome.problems == (
        "big.yaml:1:1: the file is 614,400 bytes, over the 524,288-byte limit; "
        "split it into several briefings",
    )
    with pytest.raises(InvalidInput, match="bundled briefing every server sees"):
        await service.upload(
            OTHER, "nk.yaml", MINI.replace("id: mini", "id: nk-troops-russia").encode()
        )


async def test_another_process_serves_a_change_after_its_refresh():
    repo = InMemoryServerBriefings()
    first, second = make_service(repo), make_service(repo)
    await second.refresh()
    await first.upload(CLUB, "harbour.yaml", harbour())
    await first.publish(CLUB, "harbour")

    assert await second.refresh()
    assert second.catalog.for_guild(CLUB).find("harbour").title == "A small test briefing"
    assert not await second.refresh()  # nothing new: nothing reloaded

    await first.unpublish(CLUB, "harbour")
    await second.refresh()
    with pytest.raises(NotFound):
        second.catalog.for_guild(CLUB).find("harbour")


async def test_a_quiz_keeps_the_version_it_was_started_on(service):
    from bot.core.content.catalog import guild_scope

    await service.upload(CLUB, "harbour.yaml", harbour())
    v1 = (await service.publish(CLUB, "harbour")).record.key
    await service.note_session("s-old", v1)
    changed = MINI.replace("Who said ships can dock again?", "Who announced the reopening?")
    await service.upload(CLUB, "harbour.yaml", harbour(changed))
    await service.publish(CLUB, "harbour")
    await service.note_session("s-new", v1)

    with guild_scope(CLUB):
        old = await service.briefing_of_session("s-old", v1)
        new = await service.briefing_of_session("s-new", v1)
    with guild_scope(OTHER), pytest.raises(NotFound):
        await service.briefing_of_session("s-old", v1)

    assert [q.id for q in old.questions] == ["q-days", "q-who", "q-town"]
    assert old.questions[1].prompt == "Who said ships can dock again?"
    assert [q.id for q in new.questions] == ["q-days", "q-who-v2", "q-town"]
    assert await service.repository.session_version("s-old", v1) == 1


async def test_the_watcher_serves_another_process_change_when_the_clock_moves_on():
    import asyncio

    from bot.core.content.watch import ContentWatcher

    repo = InMemoryServerBriefings()
    first, second = make_service(repo), make_service(repo)
    clock = FakeClock()
    watcher = ContentWatcher(second, clock, interval=2.0)
    watcher.start()
    try:
        await first.upload(CLUB, "harbour.yaml", harbour())
        await first.publish(CLUB, "harbour")
        await asyncio.sleep(0)
        assert "harbour" not in " ".join(second.catalog.for_guild(CLUB).ids())

        clock.advance(2.0)
        for _ in range(20):
            await asyncio.sleep(0)
        assert second.catalog.for_guild(CLUB).find("harbour").title == "A small test briefing"
    finally:
        await watcher.stop()


async def test_an_unpublished_briefing_still_names_its_questions_for_its_own_server_only(service):
    await service.upload(CLUB, "harbour.yaml", harbour())
    await service.publish(CLUB, "harbour")
    changed = MINI.replace("Who said ships can dock again?", "Who announced the reopening?")
    await service.upload(CLUB, "harbour.yaml", harbour(changed))
    await service.publish(CLUB, "harbour")
    record = await service.unpublish(CLUB, "harbour")

    kept = await service.kept_prompts(CLUB, record.key)

    assert kept["q-days"] == "For how many days was the harbour closed?"
    assert kept["q-who-v2"] == "Who announced the reopening?"
    assert kept["q-who"] == "Who said ships can dock again?", "work set on version 1"
    assert await service.kept_prompts(OTHER, record.key) == {}
    assert await service.kept_prompts(CLUB, "nk-troops-russia") == {}
    await service.remove(CLUB, "harbour")
    assert await service.kept_prompts(CLUB, record.key) == kept, "kept when it was removed"
    assert await service.kept_prompts(OTHER, record.key) == {}


async def test_a_kept_version_that_no_longer_loads_leaves_the_others_naming_the_questions():
    repo = InMemoryServerBriefings()
    service = make_service(repo)
    await service.upload(CLUB, "harbour.yaml", harbour())
    await service.publish(CLUB, "harbour")
    changed = MINI.replace("Who said ships can dock again?", "Who announced the reopening?")
    await service.upload(CLUB, "harbour.yaml", harbour(changed))
    await service.publish(CLUB, "harbour")
    record = await service.unpublish(CLUB, "harbour")
    first, second = repo.kept[record.record_id]
    repo.kept[record.record_id] = [first, dataclasses.replace(second, yaml_text="title: [")]

    kept = await service.kept_prompts(CLUB, record.key)

    assert kept["q-who"] == "Who said ships can dock again?"
    assert "q-who-v2" not in kept


async def test_kept_prompts_follow_the_versions_order_even_after_the_clock_stepped_back(service):
    await service.upload(CLUB, "harbour.yaml", harbour())
    await service.publish(CLUB, "harbour")
    reworded = MINI.replace("was the harbour closed", "was the Harbour closed")  # same meaning
    await service.upload(CLUB, "harbour.yaml", harbour(reworded))
    await service.publish(CLUB, "harbour")
    record = await service.unpublish(CLUB, "harbour")
    repo = service.repository
    assert isinstance(repo, InMemoryServerBriefings)
    first, second = repo.kept[record.record_id]
    stepped_back = dataclasses.replace(
        second, published_at=first.published_at - dt.timedelta(hours=1)
    )
    repo.kept[record.record_id] = [first, stepped_back]  # version 2 stamped before version 1

    kept = await service.kept_prompts(CLUB, record.key)

    assert kept["q-days"] == "For how many days was the Harbour closed?", "version 2's words"


async def test_a_publish_retried_after_a_lost_reply_says_it_replaced_a_version(service):
    """A publish replacing version 1, whose reply the moderator never saw, sent again: the
    retry's result said no version was replaced (it is shown afresh), so its reply named
    the `/post` channels that still show version 1 but not the scheduled posts' (polish-49).
    It now carries what the first publish did; a first publish replaces nothing."""
    await service.upload(CLUB, "harbour.yaml", harbour())
    first = await service.publish(CLUB, "harbour", asker=7)
    assert not first.replaced
    await service.upload(CLUB, "harbour.yaml", harbour(MINI.replace("title: A", "title: The")))
    second = await service.publish(CLUB, "harbour", asker=7)
    assert second.replaced
    service.publish_not_seen(CLUB, None, 7, second)
    again = await service.publish(CLUB, "harbour", asker=7)
    assert again.version.version == 2 and not again.already_published
    assert again.replaced
