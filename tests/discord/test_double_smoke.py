"""The Discord double against a bare discord.py bot: every kind of interaction round-trips."""

from __future__ import annotations

import asyncio
import io
import socket

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.discord_double import (
    CallbackType,
    DiscordDouble,
    OptionError,
)


class EchoModal(discord.ui.Modal, title="Tell me something"):
    answer: discord.ui.TextInput = discord.ui.TextInput(label="Answer", custom_id="smoke:answer")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"you said {self.answer.value}")


class ClickView(discord.ui.View):
    @discord.ui.button(label="Click me", custom_id="smoke:click")
    async def clicked(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        button.disabled = True
        await interaction.response.edit_message(
            content=f"clicked by {interaction.user.name}", view=self
        )

    @discord.ui.button(label="Ask me", custom_id="smoke:ask")
    async def ask(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(EchoModal())

    @discord.ui.button(label="Later", custom_id="smoke:later")
    async def later(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content="updated later")

    @discord.ui.button(label="Refuse later", custom_id="smoke:refuse")
    async def refuse(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()
        await interaction.followup.send("try again", ephemeral=True)


settings = app_commands.Group(name="settings", description="Server settings")


@settings.command(name="timer", description="Seconds per question")
@app_commands.describe(seconds="How long", channel="Where")
async def settings_timer(
    interaction: discord.Interaction,
    seconds: app_commands.Range[int, 5, 60],
    channel: discord.TextChannel | None = None,
) -> None:
    where = channel.name if channel else "here"
    await interaction.response.send_message(f"timer {seconds}s in {where}", ephemeral=True)


PEOPLE = ["Lloyd Austin", "Kim Jong Un", "Volodymyr Zelenskyy"]


class SmokeBot(commands.AutoShardedBot):
    def __init__(self, *, intents: discord.Intents | None = None) -> None:
        super().__init__(
            command_prefix="!",
            intents=intents or discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.seen_messages: list[discord.Message] = []
        self.message_arrived = asyncio.Event()
        self._register()

    def _register(self) -> None:
        tree = self.tree

        @tree.command(description="Answers pong")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("pong")

        @tree.command(description="A message with buttons")
        async def buttons(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("press a button", view=ClickView())

        @tree.command(description="Opens a form")
        async def form(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(EchoModal())

        @tree.command(description="Thinks, then answers twice and edits")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send("first")
            await interaction.followup.send("second")
            await interaction.edit_original_response(content="first, edited")

        @tree.command(description="Only you can see this")
        async def secret(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("for your eyes", ephemeral=True)

        @tree.command(description="Posts into a channel")
        async def announce(interaction: discord.Interaction, text: str) -> None:
            news = discord.utils.get(interaction.guild.text_channels, name="news")
            await news.send(text)
            await interaction.response.send_message("posted", ephemeral=True)

        @tree.command(description="Says too much")
        async def shout(interaction: discord.Interaction) -> None:
            try:
                await interaction.response.send_message("a" * 2001)
            except discord.HTTPException as exc:
                await interaction.response.send_message(f"refused {exc.status}")

        @tree.command(description="Answers too late")
        async def sleepy(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.3)
            try:
                await interaction.response.send_message("finally")
            except discord.NotFound:
                self.late_refused = True

        @tree.command(description="Uses a route the double lacks")
        async def emojis(interaction: discord.Interaction) -> None:
            try:
                await interaction.guild.fetch_emojis()
            except discord.NotFound:
                await interaction.response.send_message("no emojis route")

        @tree.command(description="Your data as a file, in a DM too")
        async def mydata(interaction: discord.Interaction) -> None:
            data = discord.File(io.BytesIO(b"question,answer\n1,A\n"), filename="answers.csv")
            await interaction.response.send_message("your data", file=data, ephemeral=True)
            await interaction.user.send("sent you your data")

        @tree.command(description="What someone said")
        async def quote(interaction: discord.Interaction, person: str) -> None:
            await interaction.response.send_message(f"quote by {person}")

        @quote.autocomplete("person")
        async def person_names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            hits = [p for p in PEOPLE if current.lower() in p.lower()]
            return [app_commands.Choice(name=p, value=p) for p in hits]

        tree.add_command(settings)

    async def setup_hook(self) -> None:
        await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        self.seen_messages.append(message)
        self.message_arrived.set()


@pytest.fixture
async def bot(discord_double: DiscordDouble) -> SmokeBot:
    return await discord_double.start(SmokeBot())


async def test_bot_identifies_and_syncs_its_commands(discord_double, bot):
    (identify,) = discord_double.state.identifies
    assert identify["shard"] == [0, 1]
    (session,) = discord_double.server.sessions
    assert session.query == {"v": "10", "encoding": "json", "compress": "zlib-stream"}
    assert identify["intents"] == discord.Intents.default().value
    names = sorted(c["name"] for c in discord_double.state.global_commands)
    assert "ping" in names and "settings" in names
    put = discord_double.requests("PUT", "/commands")
    assert len(put) == 1 and put[0].status == 200
    timer = discord_double.command("settings")["options"][0]
    assert timer["name"] == "timer" and timer["options"][0]["max_value"] == 60
    assert bot.get_guild(discord_double.guild.id).get_channel(discord_double.news.id).name == "news"


async def test_guild_command_sync_is_recorded_per_guild(discord_double, bot):
    guild = discord.Object(id=discord_double.guild.id)
    bot.tree.copy_global_to(guild=guild)
    await bot.tree.sync(guild=guild)
    guild_names = {c["name"] for c in discord_double.state.guild_commands[guild.id]}
    assert "ping" in guild_names
    itx = await discord_double.slash("ping")
    assert itx.payload["data"]["guild_id"] == str(guild.id)
    assert (await itx.response()).content == "pong"


async def test_slash_command_reply_is_recorded_with_its_payload(discord_double, bot):
    itx = await discord_double.slash("ping", user=discord_double.student)
    reply = await itx.response()
    assert reply.type == CallbackType.MESSAGE
    assert reply.content == "pong" and not reply.ephemeral
    assert reply.data["allowed_mentions"] == {"parse": []}
    (message,) = discord_double.messages_in(discord_double.general)
    assert message is reply.message and message.text == "pong"
    assert message.data["interaction_metadata"]["user"]["id"] == str(discord_double.student.id)


async def test_button_click_reaches_the_view_and_edits_the_message(discord_double, bot):
    message = await (await discord_double.slash("buttons")).message()
    assert [b["label"] for b in message.buttons] == ["Click me", "Ask me", "Later", "Refuse later"]
    click = await discord_double.click(message, "smoke:click", user=discord_double.moderator)
    assert (await click.response()).type == CallbackType.UPDATE_MESSAGE
    assert message.content == "clicked by mod"
    assert message.history[0]["content"] == "press a button"
    assert message.component("smoke:click")["disabled"] is True
    with pytest.raises(AssertionError, match="disabled"):
        await discord_double.click(message, "smoke:click")


async def test_deferred_update_then_original_edit_changes_the_clicked_message(discord_double, bot):
    message = await (await discord_double.slash("buttons")).message()
    click = await discord_double.click(message, "smoke:later")
    assert (await click.response()).type == CallbackType.DEFERRED_UPDATE
    assert await click.message() is message
    assert message.content == "updated later"


async def test_told_is_the_reply_or_what_followed_a_deferral(discord_double, bot):
    assert (await (await discord_double.slash("ping")).told()).content == "pong"
    message = await (await discord_double.slash("buttons")).message()
    edited = await (await discord_double.click(message, "smoke:later")).told()
    assert edited is message and message.content == "updated later"
    refused = await (await discord_double.click(message, "smoke:refuse")).told()
    assert refused.text == "try again" and refused.ephemeral and message.content == "updated later"


async def test_modal_submit_reaches_the_modal(discord_double, bot):
    itx = await discord_double.slash("form", user=discord_double.moderator)
    shown = await itx.response()
    assert shown.type == CallbackType.MODAL and shown.title == "Tell me something"
    submitted = await discord_double.submit_modal(shown.custom_id, {"smoke:answer": "42"})
    assert (await submitted.response()).content == "you said 42"
    assert submitted.user_id == discord_double.moderator.id


async def test_modal_opened_from_a_button_carries_the_message(discord_double, bot):
    message = await (await discord_double.slash("buttons")).message()
    shown = await (await discord_double.click(message, label="Ask me")).response()
    with pytest.raises(OptionError, match="no field"):
        await discord_double.submit_modal(shown.custom_id, {"nope": "x"})
    submitted = await discord_double.submit_modal(shown.custom_id, {"smoke:answer": "hi"})
    assert submitted.payload["message"]["id"] == str(message.id)
    assert (await submitted.response()).content == "you said hi"


async def test_defer_then_followups_and_original_edit(discord_double, bot):
    itx = await discord_double.slash("slow")
    assert (await itx.response()).type == CallbackType.DEFERRED_MESSAGE
    second = await itx.followup(1)
    assert second.content == "second"
    first = await itx.message()
    await discord_double.wait_for(lambda: first.content == "first, edited")
    assert itx.original is first is itx.followups[0]
    assert [m.content for m in discord_double.followups(itx)] == ["first, edited", "second"]
    patches = discord_double.requests("PATCH", "/messages/@original")
    assert patches[0].json["content"] == "first, edited"


async def test_ephemeral_reply_is_private(discord_double, bot):
    reply = await (await discord_double.slash("secret")).response()
    assert reply.ephemeral and reply.content == "for your eyes"
    assert discord_double.messages_in(discord_double.general) == []
    assert discord_double.messages_in(discord_double.general, ephemeral=True) == [reply.message]


async def test_subcommand_options_are_typed_and_resolved(discord_double, bot):
    itx = await discord_double.slash(
        "settings timer", {"seconds": 30, "channel": discord_double.news}
    )
    assert (await itx.response()).content == "timer 30s in news"
    with pytest.raises(OptionError, match="above the maximum"):
        await discord_double.slash("settings timer", {"seconds": 61})
    with pytest.raises(OptionError, match="requires"):
        await discord_double.slash("settings timer", {})
    with pytest.raises(OptionError, match="needs a subcommand"):
        await discord_double.slash("settings")
    with pytest.raises(LookupError, match="no registered command"):
        await discord_double.slash("nonsense")


async def test_autocomplete_returns_the_bots_choices(discord_double, bot):
    choices = await discord_double.autocomplete("quote", {"person": "aus"}, focused="person")
    assert choices == [{"name": "Lloyd Austin", "value": "Lloyd Austin"}]


async def test_channel_post_is_recorded_and_echoed(discord_double, bot):
    await (await discord_double.slash("announce", {"text": "hello news"})).response()
    (post,) = discord_double.bot_messages_in(discord_double.news)
    assert post.content == "hello news"
    assert post.allowed_mentions == {"parse": []}
    assert bot.get_channel(discord_double.news.id).last_message_id == post.id


async def test_message_create_reaches_on_message(discord_double):
    intents = discord.Intents.default()
    intents.message_content = True
    bot = await discord_double.start(SmokeBot(intents=intents))
    await discord_double.say("hello bot", user=discord_double.student)
    await asyncio.wait_for(bot.message_arrived.wait(), 5)
    (seen,) = bot.seen_messages
    assert seen.content == "hello bot" and seen.author.id == discord_double.student.id


async def test_new_member_reaches_a_bot_with_the_members_intent(discord_double):
    bot = await discord_double.start(SmokeBot(intents=discord.Intents.all()))
    guild = bot.get_guild(discord_double.guild.id)
    assert guild.get_member(discord_double.student.id) is not None
    newbie = await discord_double.add_member("newbie", roles=("Moderator",))
    await discord_double.sync()
    assert guild.get_member(newbie.id).guild_permissions.manage_guild


async def test_reconnect_resumes_the_session(discord_double, bot):
    await discord_double.request_reconnect()
    resume = [p for p in discord_double.state.gateway_received if p["op"] == 6]
    assert len(resume) == 1 and len(discord_double.state.identifies) == 1
    assert (await (await discord_double.slash("ping")).response()).content == "pong"


async def test_message_content_is_hidden_without_the_intent(discord_double, bot):
    await discord_double.say("secret words")
    await asyncio.wait_for(bot.message_arrived.wait(), 5)
    assert bot.seen_messages[0].content == ""


async def test_files_and_direct_messages_are_recorded(discord_double, bot):
    reply = await (await discord_double.slash("mydata")).response()
    assert reply.ephemeral
    assert reply.message.files == {"answers.csv": b"question,answer\n1,A\n"}
    assert reply.message.attachments[0]["filename"] == "answers.csv"
    (dm,) = await discord_double.wait_for(lambda: discord_double.dms_to(discord_double.student))
    assert dm.content == "sent you your data"


async def test_slash_command_in_a_dm(discord_double, bot):
    dm = discord_double.dm_channel(discord_double.student)
    reply = await (await discord_double.slash("ping", channel=dm)).response()
    assert "member" not in reply.message.data and "guild_id" not in reply.message.data
    assert discord_double.dms_to(discord_double.student) == [reply.message]


async def test_invalid_message_is_refused_like_discord(discord_double, bot):
    reply = await (await discord_double.slash("shout")).response()
    assert reply.content == "refused 400"


async def test_unknown_route_is_visible(discord_double, bot):
    reply = await (await discord_double.slash("emojis")).response()
    assert reply.content == "no emojis route"
    assert [r.path for r in discord_double.state.unhandled] == [
        f"/guilds/{discord_double.guild.id}/emojis"
    ]


async def test_answer_after_the_window_is_refused():
    async with DiscordDouble(ack_window=0.1) as double:
        bot = await double.start(SmokeBot())
        itx = await double.slash("sleepy")
        await double.wait_for(lambda: itx.rejected)
        assert itx.callback is None
        assert double.late_interactions() == [itx]
        await double.wait_for(lambda: getattr(bot, "late_refused", False))


async def test_only_loopback_can_be_reached(discord_double):
    with pytest.raises(OSError, match=r"only 127\.0\.0\.1"):
        await asyncio.get_running_loop().getaddrinfo("discord.com", 443)
    assert discord_double.state.blocked_hosts == ["discord.com"]


async def test_plain_bot_and_cleanup():
    real_getaddrinfo = socket.getaddrinfo
    before = discord.http.Route.BASE
    async with DiscordDouble() as double:
        bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
        await double.start(bot)
        assert bot.user.id == double.bot_user.id
        assert discord.http.Route.BASE.startswith("http://127.0.0.1:")
    assert bot.is_closed()
    assert before == discord.http.Route.BASE
    assert socket.getaddrinfo is real_getaddrinfo
