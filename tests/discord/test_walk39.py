"""Walk 39: a student's and a moderator's walk through the bot on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import scheduler
from tests.discord_double import DiscordDouble, Overwrite, Perm


async def test_a_text_only_server_posts_where_the_bot_may_not_embed_links(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """A server whose shared posts are plain text (`/settings text_only_default:True`) sends
    no embed, yet `/post`, `/schedule`, a channel quiz, `/assign remind_minutes` and the
    question-of-the-day channel all refused a channel without Embed Links ("I am missing the
    Embed Links permission there"). They now post there as text; a server that posts embeds
    is still told to grant it."""
    double, mod = discord_double, discord_double.moderator
    plain = await double.add_channel(
        "plain", overwrites=[Overwrite(double.bot_user.id, 1, deny=int(Perm.EMBED_LINKS))]
    )

    async def said(command: str, options: dict, **where: object) -> str:
        itx = await double.slash(command, options, user=mod, **where)  # type: ignore[arg-type]
        return (await itx.told()).text

    refused = "missing the Embed Links permission"
    assert refused in await said("post", {"briefing": "mini", "channel": plain})
    await said("settings", {"text_only_default": True})

    posted = await said("post", {"briefing": "mini", "channel": plain})
    assert refused not in posted and "Posted" in posted, posted
    post = double.bot_messages_in(plain)
    assert post and "A small test briefing" in post[0].content
    assert not any(m.embeds for m in post)
    preview = await said("post", {"briefing": "mini", "channel": plain, "preview": True})
    assert refused not in preview and "⚠️" not in preview, preview

    options = {"what": "briefing", "time": "09:00", "briefing": "mini", "channel": plain}
    assert "Scheduled #" in await said("schedule", options)
    before = len(double.bot_messages_in(plain))
    now = services.clock.now()
    due = now.replace(hour=9, minute=0, second=10, microsecond=0)
    await scheduler(bot).run_due(due if due > now else due + dt.timedelta(days=1))
    assert len(double.bot_messages_in(plain)) > before, "the scheduled post went out"

    settings = await said("settings", {"qotd_channel": plain, "default_briefing": "mini"})
    assert refused not in settings, settings
    work = {
        "briefing": "mini",
        "due_date": "2026-03-10",
        "due_time": "12:00",
        "remind_minutes": 60,
    }
    assert refused not in await said("assign", work, channel=plain)
    quiz = await double.slash(
        "quiz", {"briefing": "mini", "mode": "channel", "timer": 0}, channel=plain
    )
    started = (await quiz.told()).text
    assert refused not in started, started


async def test_a_text_only_post_fills_each_message_before_starting_another(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """A text-only server's `/post briefing:mini part:all` went out as five messages of
    about 270 characters each (one page a message), where one message holds 2,000: a
    channel scrolled by five posts, the buttons under the last. As many pages as fit now
    share a message, in order; a long briefing still takes as many as it needs."""
    double, mod = discord_double, discord_double.moderator
    await (await double.slash("settings", {"text_only_default": True}, user=mod)).told()
    options = {"briefing": "mini", "channel": double.news, "part": "all"}
    await (await double.slash("post", options, user=mod)).told()

    (post,) = double.bot_messages_in(double.news)
    assert "A small test briefing" in post.content and "Who is who" in post.content
    assert post.content.index("Key facts") < post.content.index("Who is who"), post.content
    assert [b["label"] for b in post.buttons] == ["Quiz me", "Sources & notes"]

    options = {"briefing": "nk-troops-russia", "channel": double.general, "part": "all"}
    await (await double.slash("post", options, user=mod)).told()
    long_post = double.bot_messages_in(double.general)
    assert all(len(m.content) <= 2000 for m in long_post)
    assert not any(m.buttons for m in long_post[:-1]) and long_post[-1].buttons


RUSSIAN = (
    "Паром между Порт-Элмом и островом Гулл снова вышел в море во вторник.\n\n"
    "«Мы рады вернуться в море», — сказал капитан Рис Мэллори.\n"
)
GREEK = (
    "Η ζημιά από την καταιγίδα στο λιμάνι θα κοστίσει 2 εκατομμύρια λίρες, είπε το"
    " συμβούλιο την Τετάρτη.\n"
)


async def test_drafts_headlined_in_another_script_each_get_an_id_of_their_own(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """A draft whose headline has no Latin letters (Russian, Greek, Chinese...) got the id
    `draft`, whatever its article: a class drafting two Russian articles saw the second
    stored as "draft version 2" of the first. Each headline now gives an id of its own,
    and the same headline drafted again is still that draft's next version."""
    double, mod = discord_double, discord_double.moderator

    async def drafted(title: str, article: str) -> str:
        box = await (await double.slash("briefing draft", user=mod)).response()
        fields = {"title": title, "article": article}
        return (await (await double.submit_modal(box.custom_id, fields)).message()).text

    first = await drafted("Паром снова в море", RUSSIAN)
    second = await drafted("Ζημιές στο λιμάνι", GREEK)
    again = await drafted("Паром снова в море", RUSSIAN)

    assert "Drafted `draft`" not in first + second, first + second
    assert "draft version 1" in first and "draft version 1" in second, second
    first_id = first.split("Drafted `", 1)[1].split("`", 1)[0]
    second_id = second.split("Drafted `", 1)[1].split("`", 1)[0]
    assert first_id != second_id and first_id.startswith("draft-"), (first_id, second_id)
    assert f"Drafted `{first_id}`" in again and "draft version 2" in again, again
    shown = await services.content.show(double.guild.id, second_id)
    assert shown.briefing.title == "Ζημιές στο λιμάνι"


async def test_a_long_text_only_post_numbers_each_page_once(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """A text-only server's post of a long briefing cut its pages twice, first to an
    embed's size, then to a message's, and numbered both times: "North Korean troops in
    Russia, and why Beijing is uneasy (1/2) (2/3)". Its pages are now cut once, to a
    message's size, and read (1/5), (2/5)..."""
    double, mod = discord_double, discord_double.moderator
    await (await double.slash("settings", {"text_only_default": True}, user=mod)).told()
    options = {"briefing": "nk-troops-russia", "channel": double.news, "part": "all"}
    await (await double.slash("post", options, user=mod)).told()

    text = "\n".join(m.content for m in double.bot_messages_in(double.news))
    assert not re.search(r"\(\d+/\d+\) \(\d+/\d+\)", text), text
    numbers = re.findall(r"uneasy \((\d+)/(\d+)\)", text)
    count = numbers[0][1]
    assert numbers == [(str(n), count) for n in range(1, int(count) + 1)], numbers
