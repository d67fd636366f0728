"""The moderator's path with odd input at each step, through Discord: files in other encodings,
empty, an image, too big (for us and for Discord); wrong ids; names with markdown or
`@everyone`; and a second server reaching for the first one's briefing and class."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.content.catalog import guild_scope
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.classwork import ClassworkCog
from tests.bot_fixtures import HARBOUR
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

REAL = Path(__file__).resolve().parents[1] / "authoring" / "labeled" / "real"
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
FIRST_SERVER = 999
"""The server whose briefing and class the double's server (the second one) reaches for."""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def body(name: str) -> str:
    """A labeled real article's text, without its outlet/date/link header."""
    return (REAL / name).read_text(encoding="utf-8").split("---\n", 2)[2]


async def drafted_yaml(double: DiscordDouble, filename: str, data: bytes) -> str:
    reply = await run(double, "briefing draft", {"article": (filename, data)})
    ((_, yaml_bytes),) = reply.files.items()
    return yaml_bytes.decode("utf-8")


async def test_an_article_saved_as_latin_1_or_utf_16_is_read_as_written(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    latin_1 = body("r03_bbc_burrows_court.md").encode("latin-1")
    assert "it's £11 a week per flat" in await drafted_yaml(discord_double, "court.txt", latin_1)

    chile = body("fresh28/z08_emol_fernandez_ambassadors_hague.md").encode("utf-16")
    assert chile.startswith(b"\xff\xfe")  # with its byte order mark, as Notepad saves it
    assert "name: Mariano Fernández" in await drafted_yaml(discord_double, "chile.txt", chile)

    quote = "We’re not sure that if we keep doing what we’re doing [it] will lead us"
    ebola = body("r08_stat_ebola_tedros.md")
    drafted = await drafted_yaml(discord_double, "ebola.txt", ebola.encode("utf-16"))
    assert quote in drafted, "curly quotes and apostrophes survive"
    big_endian = ("\ufeff" + ebola).encode("utf-16-be")
    assert quote in await drafted_yaml(discord_double, "ebola.md", big_endian)


async def test_an_empty_file_or_an_image_is_refused_and_nothing_is_stored(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    empty = await run(discord_double, "briefing draft", {"article": ("notes.txt", b"")})
    assert "The article is empty" in empty.text
    empty = await run(discord_double, "briefing upload", {"file": ("harbour.yaml", b"")})
    assert "harbour.yaml:1:1: the file is empty" in empty.text
    image = await run(discord_double, "briefing draft", {"article": ("photo.png", PNG)})
    assert "Attach a .txt or .md" in image.text and "photo.png" in image.text
    renamed = await run(discord_double, "briefing draft", {"article": ("photo.txt", PNG)})
    assert "not text" in renamed.text, renamed.text
    assert not renamed.files
    image = await run(discord_double, "briefing upload", {"file": ("photo.yaml", PNG)})
    assert "photo.yaml:1:1: the file is not valid UTF-8; save it as UTF-8" in image.text
    utf_16 = await run(
        discord_double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode("utf-16"))}
    )
    assert "not valid UTF-8; save it as UTF-8" in utf_16.text

    listed = await run(discord_double, "briefing list")
    assert "no briefings of its own yet" in listed.text


async def test_files_over_our_limit_or_discords_are_refused_before_download(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    just_over = b"word " * (1024 * 1024 // 5) + b"x" * 500
    refused = await run(discord_double, "briefing draft", {"article": ("long.txt", just_over)})
    assert "“long.txt” is 1,025 KiB; the most accepted is 1,024 KiB." in refused.text
    over_discord = b"a" * (26 * 1024 * 1024)  # past the 25 MiB Discord lets anyone attach
    refused = await run(discord_double, "briefing draft", {"article": ("huge.txt", over_discord)})
    assert "“huge.txt” is 26,624 KiB; the most accepted is 1,024 KiB." in refused.text
    refused = await run(discord_double, "briefing upload", {"file": ("huge.yaml", over_discord)})
    assert "the most accepted is 512 KiB" in refused.text
    assert discord_double.state.attachment_downloads == []


async def test_wrong_ids_are_named_with_what_to_do(discord_double: DiscordDouble, bot: BriefBot):
    await run(discord_double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})

    cases = [
        ("briefing show", {"briefing": "harbor-typo"}, "harbor-typo"),
        ("briefing show", {"briefing": "harbour", "version": 9}, "has no version 9 (kept: v1)"),
        ("briefing publish", {"briefing": "mini"}, "(`mini`) is a bundled briefing"),  # walk 38
        ("post", {"briefing": "nope", "channel": discord_double.news}, "No briefing matches"),
        ("unschedule", {"number": 99}, "There is no schedule #99 here. See /schedules."),
        ("unassign", {"number": 99}, "This server has no assignment #99."),
        ("report", {"assignment": 99}, "This server has no assignment #99."),
    ]
    for command, options, says in cases:
        reply = await run(discord_double, command, options)
        assert reply.ephemeral and says in reply.text.replace("\\", ""), (command, reply.text)
    assert discord_double.bot_messages_in(discord_double.news) == []


async def test_markdown_and_everyone_in_names_never_ping_anyone(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    loud = HARBOUR.replace("title: Harbour reopens", "title: '@everyone **Harbour** <@&1>'", 1)
    stored = await run(
        discord_double, "briefing upload", {"file": ("@everyone **h**.yaml", loud.encode())}
    )
    assert "Stored as draft version 1 of `harbour`" in stored.text
    loud_id = HARBOUR.replace("id: harbour", "id: '@everyone'")
    refused = await run(discord_double, "briefing upload", {"file": ("e.yaml", loud_id.encode())})
    assert "`@everyone` is not a valid id" in refused.text
    typed = await run(discord_double, "post", {"briefing": "@here", "channel": discord_double.news})
    assert "No briefing matches “@\u200bhere”" in typed.text, "an echo cannot mention"

    await run(discord_double, "briefing publish", {"briefing": "harbour"})
    await run(discord_double, "post", {"briefing": "harbour", "channel": discord_double.news})
    await run(
        discord_double,
        "assign",
        {"briefing": "harbour", "due_date": "2026-03-12", "due_time": "10:00"},
    )
    public = [
        *discord_double.bot_messages_in(discord_double.news),
        *discord_double.bot_messages_in(discord_double.general),
    ]
    assert len(public) == 2  # the post and the announcement
    for message in public:
        assert message.allowed_mentions == {"parse": []}, message.text
        assert "@everyone" not in message.content


async def test_a_second_server_cannot_reach_the_first_servers_briefing_or_class(
    discord_double: DiscordDouble, bot: BriefBot, services
) -> None:
    double = discord_double
    docks = HARBOUR.replace("id: harbour", "id: docks").replace(
        "title: Harbour reopens", "title: Docks of the first server", 1
    )
    theirs = await services.content.upload(FIRST_SERVER, "docks.yaml", docks.encode())
    await services.content.publish(FIRST_SERVER, "docks")
    key = theirs.record.key
    with guild_scope(FIRST_SERVER):
        work = await services.assignments.assign(
            guild_id=FIRST_SERVER,
            channel_id=1,
            created_by=1,
            briefing_id=key,
            due_date="2026-03-12",
            due_time="10:00",
        )

    for typed in ("docks", key, "Docks of the first server"):
        for command, options in [
            ("briefing show", {"briefing": typed}),
            ("briefing history", {"briefing": typed}),
            ("briefing unpublish", {"briefing": typed}),
            ("briefing remove", {"briefing": typed}),
            ("post", {"briefing": typed, "channel": double.news}),
            ("schedule", {"what": "question", "time": "08:00", "briefing": typed}),
            ("assign", {"briefing": typed, "due_date": "2026-03-12", "due_time": "08:00"}),
            ("report", {"briefing": typed}),
            ("report", {"briefing": typed, "export": "chart"}),
        ]:
            reply = await run(double, command, options)
            assert reply.ephemeral and "Docks" not in reply.text.replace(typed, ""), command
            assert not reply.files and not reply.buttons, command
        for command in ("briefing show", "post", "report"):
            offered = await double.autocomplete(
                command, {"briefing": typed}, focused="briefing", user=double.moderator
            )
            assert all("Docks" not in c["name"] for c in offered), command
    for command, options in [
        ("report", {"assignment": work.id}),
        ("report", {"assignment": work.id, "export": "csv"}),
        ("unassign", {"number": work.id}),
    ]:
        reply = await run(double, command, options)
        assert f"This server has no assignment #{work.id}." in reply.text, command

    # a Start button forged to point at the first server's work starts nothing
    ours = await run(
        double, "assign", {"briefing": "mini", "due_date": "2026-03-12", "due_time": "10:00"}
    )
    button = ours.buttons[0]
    button["custom_id"] = button["custom_id"].replace(str(ours_id(ours)), str(work.id))
    forged = await (await double.click(ours, custom_id=button["custom_id"])).message()
    assert forged.ephemeral and "Question" not in forged.text and "Docks" not in forged.text

    # review buttons forged to point at the first server's briefing change nothing there
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    review = await run(double, "briefing show", {"briefing": "harbour"})
    ours_record = (await services.content.show(double.guild.id, "harbour")).record.record_id
    for label in ("Drop", "Publish"):
        button = next(b for b in review.buttons if b["label"] == label)
        forged_id = button["custom_id"].replace(f":{ours_record}:", f":{theirs.record.record_id}:")
        assert forged_id != button["custom_id"]
        button["custom_id"] = forged_id
        clicked = await (await double.click(review, custom_id=forged_id)).message()
        assert "Docks" not in clicked.text
    still = await services.content.show(FIRST_SERVER, "docks")
    assert len(still.briefing.questions) == 3 and still.version.version == 1

    with guild_scope(FIRST_SERVER):
        kept = await services.assignments.assignment(FIRST_SERVER, work.number or 0)
    assert kept.briefing_id == key, "the first server's class is untouched"
    still = await services.content.show(FIRST_SERVER, "docks")
    assert still.is_published


def ours_id(announcement) -> int:
    """The assignment's internal id on an announcement's Start button (`as:<id>`)."""
    return int(announcement.buttons[0]["custom_id"].rsplit(":", 1)[1])


async def test_a_default_briefing_unpublished_later_is_named_not_echoed(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    await run(double, "briefing publish", {"briefing": "harbour"})
    chosen = await run(double, "settings", {"default_briefing": "harbour"})
    assert "Default briefing: `harbour` (Harbour reopens)" in chosen.text

    await run(double, "briefing unpublish", {"briefing": "harbour"})
    shown = await run(double, "settings")
    assert "Default briefing: `harbour` (no longer available here" in shown.text, shown.text
    assert "set another with `/settings default_briefing:`" in shown.text, shown.text
    for command, options, user in [
        ("quiz", {}, double.student),
        ("schedule", {"what": "question", "time": "08:00"}, double.moderator),
    ]:
        refused = await run(double, command, options, user=user)
        assert "default briefing `harbour` is not available now" in refused.text, refused.text
        assert "/settings" in refused.text and "No briefing matches" not in refused.text


async def test_a_reminder_whose_moment_has_passed_says_it_goes_out_at_once(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    options = {"briefing": "mini", "due_date": "2026-03-10", "due_time": "09:30"}
    announced = await run(double, "assign", {**options, "remind_minutes": 60})  # at 09:00
    assert "A reminder goes out 60 minutes before the deadline" not in announced.text
    assert "less than 60 minutes to the deadline: the reminder goes out at once" in announced.text

    cog = bot.get_cog("Class")
    assert isinstance(cog, ClassworkCog)
    assert await cog.send_reminders() == 1
    reminder = double.bot_messages_in(double.general)[-1]
    due = int(dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC).timestamp())
    assert reminder.text.startswith("Reminder: Assignment #1\n")
    assert f"Due <t:{due}:f> (<t:{due}:R>)" in reminder.text
    assert "A reminder goes out" not in reminder.text and "reminder goes out at once" not in (
        reminder.text
    )


async def test_an_uploaded_files_name_is_echoed_escaped(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    name = "@everyone **h**.yaml"
    broken = HARBOUR.replace("answer: Ada Quill", "answer: no")
    for data, says in ((broken, "1 problem"), (HARBOUR, "no problems")):
        reply = await run(discord_double, "briefing upload", {"file": (name, data.encode())})
        (embed,) = reply.embeds
        shown = f"{embed['title']}\n{embed.get('description', '')}"
        assert says in shown
        assert "**h**" not in shown and "@everyone" not in shown, shown
        assert "@\u200beveryone \\*\\*h\\*\\*.yaml: " in embed["title"]
