"""Two servers, one bot: a student in both answers in each, and nothing either server is shown
(/score, /leaderboard, /report, /review, /brief and its autocomplete, the moderators' and the
schedules' posts) holds the other's briefing titles, its own students' names, its scores or
its channels."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.cogs.schedules import SchedulesCog
from tests.bot_fixtures import HARBOUR
from tests.discord_double import CallbackType, Channel, DiscordDouble, Message, User
from tests.discord_double.isolation import (
    choices_text,
    cross_server_leaks,
    only_member_of,
    secrets_of,
)
from tests.discord_double.messages import create_message
from tests.discord_double.state import Guild
from tests.faults.test_commit_faults import vote

TIDEWATER = HARBOUR.replace("id: harbour", "id: tidewater").replace(
    "title: Harbour reopens\n", "title: Tidewater ferry returns\n"
)
"""Server A's own briefing."""
LIGHTHOUSE = HARBOUR.replace("id: harbour", "id: lighthouse").replace(
    "title: Harbour reopens\n", "title: Lighthouse keepers come back\n"
)
"""Server B's own briefing."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC))


@pytest.fixture
async def discord_double() -> AsyncIterator[DiscordDouble]:
    async with DiscordDouble(second_guild=True) as double:
        yield double


@dataclass
class Server:
    """One of the two servers as the test uses it."""

    guild: Guild
    channel: Channel
    moderator: User
    own_student: User
    """A student in this server alone."""
    briefing: str
    title: str


async def publish(services: Services, guild_id: int, text: str) -> None:
    outcome = await services.content.upload(guild_id, "own.yaml", text.encode())
    await services.content.publish(guild_id, outcome.record.slug)


async def answer_right(
    double: DiscordDouble, services: Services, message: Message, user: User
) -> None:
    """Answer the question on `message` rightly (a button, or the answer box)."""
    session = services.study.solo[message.buttons[0]["custom_id"].split(":")[2]]
    qq = session.current()
    if qq.question.kind == "short":
        shown = await (await double.click(message, label="Answer", user=user)).response()
        assert shown.type == CallbackType.MODAL
        done = await double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}, user=user
        )
    else:
        right = next(b for b in message.buttons if b["custom_id"].endswith(f":{qq.right_key}"))
        done = await double.click(message, right["custom_id"], user=user)
    assert "Right" in (await done.message()).text


async def quiz(
    double: DiscordDouble, services: Services, user: User, server: Server, count: int
) -> None:
    """`user` takes a solo quiz of `count` questions on the server's briefing, all right."""
    started = await double.slash(
        "quiz", {"briefing": server.briefing, "count": count}, user=user, channel=server.channel
    )
    message = await started.message()
    for number in range(count):
        await answer_right(double, services, message, user)
        label = "See my score" if number == count - 1 else "Next question ▶"
        await (await double.click(message, label=label, user=user)).message()


async def two_servers(double: DiscordDouble, services: Services) -> tuple[Server, Server]:
    """Each server with its own briefing, a student of its own and a schedule; the student of
    both answers 2 in A and 3 in B, A's own student 1, B's own student 2 (all right)."""
    second = double.second
    a = Server(
        double.guild,
        double.news,
        double.moderator,
        await double.add_member("rowan_of_a"),
        "tidewater",
        "Tidewater ferry returns",
    )
    b = Server(
        second.guild,
        second.lounge,
        second.moderator,
        second.student,
        "lighthouse",
        "Lighthouse keepers come back",
    )
    await publish(services, a.guild.id, TIDEWATER)
    await publish(services, b.guild.id, LIGHTHOUSE)
    for server in (a, b):
        made = await double.slash(
            "schedule",
            {"what": "briefing", "time": "09:00", "briefing": server.briefing},
            user=server.moderator,
            channel=server.channel,
        )
        assert "Scheduled #" in (await made.told()).text
    await quiz(double, services, double.student, a, 2)
    await quiz(double, services, double.student, b, 3)
    await quiz(double, services, a.own_student, a, 1)
    await quiz(double, services, b.own_student, b, 2)
    return a, b


async def told(double: DiscordDouble, name: str, options: dict, user: User, server: Server) -> str:
    itx = await double.slash(name, options, user=user, channel=server.channel)
    return str((await itx.told()).text)


def assert_no_leaks(double: DiscordDouble, a: Server, b: Server) -> None:
    state = double.state
    secrets = {
        server.guild.id: secrets_of(
            server.guild, [server.title], only_member_of(state, server.guild)
        )
        for server in (a, b)
    }
    leaks = cross_server_leaks(state, secrets)
    assert leaks == [], "\n".join(map(str, leaks))


async def test_each_server_sees_only_its_own_briefings_people_scores_and_channels(
    discord_double, bot, services, clock
):
    double = discord_double
    a, b = await two_servers(double, services)

    for here, there, mine in ((a, b, "2/2"), (b, a, "3/3")):
        score = await told(double, "score", {}, double.student, here)
        assert f"Right answers: {mine}" in score and here.title in score, score
        assert there.title not in score and "5/5" not in score, score

        board = await told(double, "leaderboard", {}, double.student, here)
        assert f"{double.student.mention}: {mine[0]} right of {mine[0]}" in board, board
        assert here.own_student.mention in board and there.own_student.mention not in board

        report = await told(double, "report", {"briefing": here.briefing}, here.moderator, here)
        assert there.title not in report, report

        listed = await told(double, "schedules", {}, here.moderator, here)
        assert f"Briefing post from {here.title} (`{here.briefing}`)" in listed, listed
        assert there.title not in listed and "not loaded" not in listed, listed

        foreign = await told(double, "report", {"briefing": there.briefing}, here.moderator, here)
        assert there.title not in foreign, foreign

        choices = await double.autocomplete(
            "brief", {"briefing": ""}, focused="briefing", user=double.student, channel=here.channel
        )
        assert here.title in choices_text(choices), choices
        assert there.title not in choices_text(choices), choices
        typed = await double.autocomplete(
            "brief",
            {"briefing": there.title[:6]},
            focused="briefing",
            user=double.student,
            channel=here.channel,
        )
        assert there.title not in choices_text(typed), typed

        own = await told(double, "brief", {"briefing": here.briefing}, double.student, here)
        assert "The harbour in Port Elm reopened" in own, own
        other = await told(double, "brief", {"briefing": there.briefing}, double.student, here)
        assert there.title not in other and "Port Elm" not in other, other

    clock.advance(2 * 24 * 3600)  # every answer due for review again
    for here, there, due in ((a, b, 2), (b, a, 3)):
        review = await told(double, "review", {}, double.student, here)
        assert f"Question 1/{due}" in review and there.title not in review, review
    assert_no_leaks(double, a, b)


async def test_the_other_servers_briefing_key_typed_in_gets_nothing(discord_double, bot, services):
    """The value the other server's autocomplete gives its briefing ("lighthouse~2"), typed in
    here (the student of both saw it there), serves nothing: no quiz, no reading, no post."""
    double = discord_double
    a, b = await two_servers(double, services)
    for here, there in ((a, b), (b, a)):
        offered = await double.autocomplete(
            "brief",
            {"briefing": ""},
            focused="briefing",
            user=double.student,
            channel=there.channel,
        )
        key = next(c["value"] for c in offered if c["name"] == there.title)
        for name, options, user in (
            ("quiz", {"briefing": key}, here.own_student),  # (the other one: /quiz's cooldown)
            ("brief", {"briefing": key}, double.student),
            ("post", {"briefing": key, "channel": here.channel}, here.moderator),
            ("report", {"briefing": key}, here.moderator),
        ):
            text = await told(double, name, options, user, here)
            assert "No briefing matches" in text and "Question" not in text, (name, text)
    assert_no_leaks(double, a, b)


async def test_each_schedule_posts_its_own_briefing_in_its_own_server(
    discord_double, bot, services, clock
):
    double = discord_double
    a, b = await two_servers(double, services)
    cog = bot.get_cog("Schedules")
    assert isinstance(cog, SchedulesCog)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)

    await cog.run_due(clock.now())

    for here, there in ((a, b), (b, a)):
        post = await double.wait_for_message(here.channel, lambda m, h=here: h.title in m.text)
        assert there.title not in post.text
        assert not [m for m in double.bot_messages_in(here.channel) if there.title in m.text]
    assert_no_leaks(double, a, b)


async def test_the_check_finds_a_title_a_name_or_a_channel_shown_in_the_other_server():
    """The leak check is not blind: the bot showing server A's title in B's channel, or B's
    own student's name or B's channel in an ephemeral reply in A, is each a leak."""
    async with DiscordDouble(second_guild=True) as double:
        second, state = double.second, double.state
        secrets = {
            double.guild.id: secrets_of(double.guild, ["Tidewater ferry returns"], []),
            second.guild.id: secrets_of(second.guild, [], [second.student]),
        }
        assert cross_server_leaks(state, secrets) == []
        for channel, text, ephemeral in (
            (second.lounge, "Tidewater ferry returns", False),
            (double.general, f"{second.student.global_name} in {second.lounge.mention}", True),
        ):
            body = {"content": text}
            create_message(state, channel.id, body, [], author=double.bot_user, ephemeral=ephemeral)

        found = {(leak.owner.name, leak.secret) for leak in cross_server_leaks(state, secrets)}

    assert found == {
        (double.guild.name, "Tidewater ferry returns"),
        (second.guild.name, "Student Quinn"),
        (second.guild.name, second.lounge.mention),
    }


async def test_a_channel_quiz_on_each_servers_own_briefing_goes_on_after_a_restart(
    discord_double, bot, services
):
    """A restart resumes each server's open channel quiz on its own briefing, with the vote
    already registered kept, and its answer lands in that server. (Was: resumed outside any
    server, a server's own briefing was not found, the quiz dropped and the vote lost.)"""
    double = discord_double
    a, b = await two_servers(double, services)
    sessions = {}
    for server in (a, b):
        options = {"briefing": server.briefing, "mode": "channel", "timer": 0, "count": 2}
        started = await double.slash("quiz", options, user=server.moderator, channel=server.channel)
        await started.response()
        sessions[server.guild.id] = await double.wait_for(
            lambda s=server: next(
                (q.session for q in bot.channel_quizzes.live.values() if q.guild_id == s.guild.id),
                None,
            )
        )
    for server in (a, b):
        session = sessions[server.guild.id]
        question = await double.wait_for_message(
            server.channel, lambda m, s=session: s.session_id in str(m.components)
        )
        clicked = await vote(double, session, question, server.own_student)
        assert "Answer registered" in (await clicked.told()).text

    quizzes = bot.channel_quizzes  # the process stops and starts again on the same database
    await quizzes.stop()
    quizzes.live.clear()
    services.study.group.clear()
    assert await quizzes.resume() == 2

    for server in (a, b):
        await double.wait_for_message(server.channel, lambda m: "I restarted" in m.text)
        question = next(
            m
            for m in reversed(double.bot_messages_in(server.channel))
            if "Close question" in str(m.components)
        )
        closed = await double.click(question, label="Close question", user=server.moderator)
        await closed.told()
    for server, before in ((a, 1), (b, 2)):  # their own student's right answers till then
        summary, _ = await services.study.progress(server.own_student.id, server.guild.id)
        assert (summary.overall.correct, summary.overall.answered) == (before + 1, before + 1)
    assert_no_leaks(double, a, b)
