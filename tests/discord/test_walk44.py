"""Walk 44: a club moderator's week on the Discord double, from the invite to changing their
mind, with a real article (News Central on a miners' sit-in, from the labeled fresh70 set).

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble
from tests.discord_double.state import Perm

ROOT = Path(__file__).resolve().parents[2]
MINERS = (
    ROOT
    / "tests/authoring/labeled/real/fresh70/ce08_newscentral_hlubi_majola_marais_lanxess_sit_in.md"
)
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # a Tuesday

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def article(path: Path = MINERS) -> bytes:
    """The article as a moderator saves it from the page: the labeled file's text without its
    outlet/date/link header (this page has no headline above its first paragraph)."""
    return path.read_text(encoding="utf-8").split("---\n", 2)[2].encode("utf-8")


async def test_a_draft_without_a_headline_reads_as_its_id_until_it_has_a_title(
    discord_double: DiscordDouble,
) -> None:
    """An article saved without its headline (590 of the 1,467 real texts) is drafted with the
    title placeholder "TODO: no headline was found above the article; write its title.", and
    that sentence was what the moderator read as the briefing's name: "📝 Draft: TODO: no
    headline ...", "`miners`: TODO: no headline ... (draft)" in /briefing list, "Review: TODO:
    ..." in /briefing show, and two such drafts were the same line in the autocomplete. Each
    now reads as its id, with its title still to write."""
    double = discord_double
    drafted = await run(double, "briefing draft", {"article": ("miners.md", article())})
    assert "📝 Draft: miners, title still to write" in drafted.text, drafted.text
    assert "no headline was found above the article: write its title" in drafted.text
    french = "La mairie a fermé le pont pour trois mois de travaux, a dit le maire.\n"
    await run(double, "briefing draft", {"article": ("pont.txt", french.encode())})

    listed = await run(double, "briefing list")
    assert "`miners`: title still to write (draft)" in listed.text, listed.text
    assert "`pont`: title still to write (draft)" in listed.text, listed.text
    shown = await run(double, "briefing show", {"briefing": "miners"})
    assert "Review: miners, title still to write" in shown.text, shown.text
    offered = await double.autocomplete(
        "briefing show", {"briefing": ""}, focused="briefing", user=double.moderator
    )
    assert sorted(c["name"] for c in offered) == [
        "miners, title still to write (draft)",
        "pont, title still to write (draft)",
    ], offered
    everything = drafted.text + listed.text + shown.text + str(offered)
    assert "TODO: no headline" not in everything, everything


def titled(drafted: str) -> str:
    """The moderator's edits to the drafted file: a title and their own words for every
    placeholder (publishing refuses one)."""
    placeholder = "'TODO: no headline was found above the article; write its title.'"
    written = drafted.replace(placeholder, "Miners hold a sit-in underground")
    return re.sub(r"TODO:[^'\"]*", "Said to reporters during the sit-in.", written)


async def published_miners(double: DiscordDouble) -> None:
    """The article drafted, given a title and the moderator's words, uploaded and published."""
    drafted = await run(double, "briefing draft", {"article": ("miners.md", article())})
    ((name, data),) = drafted.files.items()
    await run(double, "briefing upload", {"file": (name, titled(data.decode()).encode())})
    published = await run(double, "briefing publish", {"briefing": "miners"})
    assert "✅ Published" in published.text, published.text


async def test_removing_a_briefing_names_the_work_schedules_and_courses_set_on_it(
    discord_double: DiscordDouble,
) -> None:
    """`/briefing remove` asked only "`miners` and its 2 versions will be deleted; students can
    no longer read or quiz on it": nothing of the assignment set on it (whose /report then
    named its questions `number-p1-more-than-200-miners`), of the question of the day that
    would fail each morning, or of the course step. Its confirmation now names each, and says
    that unpublishing keeps the work."""
    double = discord_double
    await published_miners(double)
    await run(
        double,
        "assign",
        {"briefing": "miners", "due_date": "2026-03-12", "due_time": "18:00"},
    )
    await run(double, "schedule", {"what": "briefing", "time": "08:00", "briefing": "mini"})
    question = {"what": "question", "time": "08:30", "briefing": "miners", "channel": double.news}
    await run(double, "schedule", question)
    await run(double, "course create", {"title": "Mining unit"})
    await run(double, "course add", {"course": "mining-unit", "briefing": "miners"})

    asked = await run(double, "briefing remove", {"briefing": "miners"})
    assert "`miners` and its 2 versions will be deleted" in asked.text, asked.text
    assert (
        "Assignment #1 is set on it: students can no longer start it (its /report keeps the "
        "title and questions they met). To let them finish it, `/briefing unpublish` it instead"
    ) in asked.text, asked.text
    assert "Schedule #2 posts it: it will have nothing to post." in asked.text, asked.text
    assert "#1" not in asked.text.split("Schedule", 1)[1], "schedule #1 posts another briefing"
    assert "It is a step of the course “Mining unit”" in asked.text, asked.text

    await run(double, "briefing draft", {"article": ("pont.txt", b"Le pont ferme, dit-il.\n")})
    unused = await run(double, "briefing remove", {"briefing": "pont"})
    assert "Assignment" not in unused.text and "Schedule" not in unused.text, unused.text


async def test_a_french_hour_without_minutes_is_a_time(discord_double: DiscordDouble) -> None:
    """`18h30` was read as a time but `18h`, and `8 h 30` as French typography spaces it, were
    refused ("“18h” is not a time: write it like 08:30 or 18:05"), though a French club's
    moderator writes the hour so. `/schedule` and `/assign` now read them; `25h` or `8h75` is
    still no time."""
    double = discord_double
    made = await run(double, "schedule", {"what": "briefing", "time": "18h", "briefing": "mini"})
    assert "daily at 18:00 (UTC)" in made.text, made.text
    spaced = {"what": "question", "time": "8 h 30", "briefing": "mini", "channel": double.news}
    made = await run(double, "schedule", spaced)
    assert "daily at 08:30 (UTC)" in made.text, made.text
    work = {"briefing": "mini", "due_date": "2026-03-12", "due_time": "18h"}
    announced = await run(double, "assign", work)
    due = int(dt.datetime(2026, 3, 12, 18, 0, tzinfo=dt.UTC).timestamp())
    assert f"Due <t:{due}:f>" in announced.text, announced.text
    for typed in ("25h", "8h75"):
        refused = await run(
            double, "schedule", {"what": "briefing", "time": typed, "briefing": "mini"}
        )
        assert f"“{typed}” is not a time" in refused.text, refused.text


PONT = """La mairie de Lyon a annoncé mardi la fermeture du pont Lafayette pour trois mois.
« Nous n'avons pas le choix, la structure est fragile », a déclaré l'adjointe Claire Dumas.
Les travaux coûteront douze millions d'euros, selon la ville, qui promet des navettes.
"""


async def test_an_article_in_french_is_drafted_with_a_word_that_the_drafter_reads_english(
    discord_double: DiscordDouble,
) -> None:
    """A French club's moderator attached a French article: the draft came back as any other
    ("1 quote without a speaker", "1 question to review"), with nothing saying the drafter
    reads English articles, so its people, quotes and questions from a French page are to be
    checked one by one. Its checklist now says so first; an English article's does not."""
    double = discord_double
    french = await run(double, "briefing draft", {"article": ("pont.txt", PONT.encode())})
    checks = french.text.split("**Check:**\n", 1)[1]
    assert checks.startswith(
        "• the article does not read as English, and the drafter reads English: check every "
        "person, quote and question against it\n"
    ), french.text
    english = await run(double, "briefing draft", {"article": ("miners.md", article())})
    assert "does not read as English" not in english.text, english.text


async def test_work_on_a_deleted_briefing_tells_a_student_it_was_deleted(
    discord_double: DiscordDouble,
) -> None:
    """A student's Start on work whose briefing a moderator then deleted (`/briefing remove`)
    read "its briefing `miners` is no longer published in this server. Ask a moderator: they
    can publish it again", which no moderator can: it is gone. It now says the briefing was
    deleted and that a moderator can withdraw the work; unpublished, it still says publish."""
    double, mod = discord_double, discord_double.moderator
    await published_miners(double)
    ben = await double.add_member("ben")
    work = {"briefing": "miners", "due_date": "2026-03-12", "due_time": "18:00"}
    announced = await run(double, "assign", work)

    await run(double, "briefing unpublish", {"briefing": "miners"})
    hidden = await (await double.click(announced, label="Start assignment #1", user=ben)).message()
    assert "they can publish it again" in hidden.text, hidden.text
    await run(double, "briefing publish", {"briefing": "miners"})
    asked = await run(double, "briefing remove", {"briefing": "miners"})
    await (await double.click(asked, label="Yes, delete it", user=mod)).message()
    gone = await (await double.click(announced, label="Start assignment #1", user=ben)).message()
    assert "publish it again" not in gone.text, gone.text
    assert (
        "Assignment #1 cannot start: its briefing `miners` was deleted in this server. Ask a "
        "moderator to withdraw the assignment with /unassign."
    ) in gone.text, gone.text


async def test_a_mistyped_briefing_id_is_answered_with_the_servers_briefings(
    discord_double: DiscordDouble,
) -> None:
    """`/briefing publish briefing:bridge` (the moderator's name for the article drafted as
    `pont`) read "This server has no briefing “bridge”: see /briefing list", one more command
    to find the id, where `/course` names its courses at once. The server's briefings are now
    named in the answer."""
    double = discord_double
    for name, text in (("miners.md", article()), ("pont.txt", PONT.encode())):
        await run(double, "briefing draft", {"article": (name, text)})
    refused = await run(double, "briefing publish", {"briefing": "bridge"})
    assert (
        "This server has no briefing “bridge”: its briefings are `miners`, `pont`." in refused.text
    ), refused.text


async def test_schedules_warns_of_a_channel_the_bot_can_no_longer_post_in(
    discord_double: DiscordDouble,
) -> None:
    """A server admin who took Embed Links from everyone (the bot's role included) after a
    question of the day was set in #news saw `/schedules` read as before, "Next run: Wed 11
    Mar", and learnt of it only from the failed post's direct message the next morning. Each
    schedule whose channel the bot cannot post in now says so, with what to grant; the others
    read as before."""
    double = discord_double
    question = {"what": "question", "time": "08:30", "briefing": "mini", "channel": double.news}
    await run(double, "schedule", question)
    await run(double, "schedule", {"what": "briefing", "time": "09:00", "briefing": "mini"})
    fine = await run(double, "schedules")
    assert "cannot post" not in fine.text, fine.text

    embeds = int(Perm.EMBED_LINKS)
    for role in (double.guild.everyone, double.guild.role("briefbot")):
        await double.set_role_permissions(role.name, int(role.permissions) & ~embeds)
    warned = await run(double, "schedules")
    first, second = warned.text.split("#2 ·")
    assert (
        "⚠ I cannot post there now: I am missing the Embed Links permission. A server admin "
        "can grant it to my role in the channel's settings (Edit Channel > Permissions)."
    ) in first, warned.text
    assert f"<#{double.news.id}>" in first and "cannot post" in second, warned.text


async def test_assign_reads_a_section_as_review_and_brief_do(
    discord_double: DiscordDouble, services: Services
) -> None:
    """`/assign sections: deploymnt, Beijing's awkward position` read "has no section
    “deploymnt”", where /review and /brief forgive a slip and take a section's title too.
    /assign now reads each section so, and sets the work on those sections' questions only;
    a word that names no section is still refused, with the sections the briefing has."""
    double = discord_double
    work = {
        "briefing": "nk-troops-russia",
        "due_date": "2026-03-12",
        "due_time": "18:00",
        "sections": "deploymnt, Beijing's awkward position",
        "count": 25,
    }
    announced = await run(double, "assign", work)
    assert "Assignment #1" in announced.text, announced.text
    (set_work,) = await services.store.assignments.list_assignments(double.guild.id)
    assert set_work.sections == ("deployment", "china-dilemma"), set_work.sections
    briefing = services.library.get("nk-troops-russia")
    asked = {briefing.section_of(q) for q in briefing.questions if q.id in set_work.question_ids}
    assert asked == {"deployment", "china-dilemma"}, asked

    refused = await run(double, "assign", {**work, "sections": "deployment, weather"})
    assert "has no section “weather”; it has deployment, china-dilemma" in refused.text, refused
