"""Walk 40: a student's week and a moderator's club on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

from pytest import MonkeyPatch

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, solo_quiz
from tests.discord.test_class_mode import (
    settings,  # noqa: F401 (a fixture: the members intent on, so /report lists who never started)
)
from tests.discord_double import DiscordDouble


async def test_checking_review_with_nothing_due_is_never_too_fast(
    discord_double: DiscordDouble, bot: object, services: object
) -> None:
    """A student told "Nothing is due yet: 1 question comes back in 1 minute" who typed
    /review again to check, then once more, was told "Slow down a little: try again in
    10 s": a /review that started nothing counted as a start, though the README says a
    start refused does not. Only reviews that start count now."""
    double = discord_double
    question = await solo_quiz(double, {"count": 1, "difficulty": "easy"})
    await (await answer_right(double, services, question)).response()  # type: ignore[arg-type]

    for _ in range(3):
        told = (await (await double.slash("review")).told()).text
        assert "Nothing is due yet" in told and "Slow down" not in told, told


async def test_work_set_for_everyone_lists_no_moderator_as_not_started(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/assign` without a role sets the work for everyone in the channel, and `/report`
    listed "Not started (4): Server Owner, Moderator Mia, Student Sam, ana": the teacher who
    set the work, and the server's owner, among the students who never did it (the CSV
    too). The server's moderators (Manage Messages or Manage Server there, or the
    moderator role of `/settings`) set the work; they are listed only once they start it."""
    double, mod = discord_double, discord_double.moderator
    helper_role = await double.add_role("Club helper")
    helper = await double.add_member("helper", roles=("Club helper",))
    ana = await double.add_member("ana")
    await (await double.slash("settings", {"moderator_role": helper_role}, user=mod)).told()
    work = {"briefing": "mini", "due_date": "2026-12-14", "due_time": "18:00"}
    await (await double.slash("assign", work, user=mod)).told()
    await double.wait_for(lambda: bot.get_guild(double.guild.id).get_member(ana.id))  # type: ignore[union-attr]

    report = (await (await double.slash("report", user=mod)).message()).text
    assert "Not started (2): Student Sam, ana" in report, report
    for moderator in ("Moderator Mia", "Server Owner", helper.username):
        assert moderator not in report, report
    exported = await (await double.slash("report", {"export": "csv"}, user=mod)).message()
    (data,) = exported.files.values()
    assert b"Moderator Mia" not in data and b"ana" in data


async def test_a_text_only_student_is_told_of_a_database_outage_in_text(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, monkeypatch: MonkeyPatch
) -> None:
    """A student who chose text only (a screen reader) was told "The database is not
    answering right now" in an embed: in an outage the reply could not read their choice,
    and took the defaults. Their choice as last read is kept for that: the outage is told
    as plain text, and the same /score works once the database is back."""
    double = discord_double
    chose = {"text_only": True}
    await (await double.slash("preferences", chose)).told()
    seen = await (await double.slash("score")).told()
    assert not seen.embeds and "Your progress" in seen.text, "text only, before the outage"

    async def refused(*args: object, **kwargs: object) -> object:
        raise ConnectionRefusedError(111, "Connect call failed")

    with monkeypatch.context() as down:
        down.setattr(services.preferences.store, "preferences_of", refused)
        down.setattr(services.study, "progress", refused)
        told = await (await double.slash("score")).told(timeout=10)
    assert "not answering" in told.text and told.ephemeral, told.text
    assert not told.embeds, "the outage in text, as the student chose"
    again = await (await double.slash("score")).told()
    assert not again.embeds and "Your progress" in again.text
