"""Issue 17, accessibility: the text-only mode and untimed play, through the Discord double.

A text-only student reads plain text (no embed anywhere) and answers on buttons that carry the
answers' text; an untimed student never gets a timer, a countdown or a speed-based rating; a
server's default applies to who never chose; preferences last and /forgetme deletes them.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from bot.app import build_services
from bot.core.clock import FakeClock
from bot.core.preferences import Chosen
from bot.core.replies import Reply
from bot.discord_bot.client import BriefBot
from bot.discord_bot.reminders import DiscordReminderSender
from bot.store import open_store
from tests.discord_double import CallbackType, DiscordDouble

HOUR = dt.timedelta(hours=1)
SIX_MINUTES = dt.timedelta(minutes=6)


async def choose(double: DiscordDouble, user=None, **options: bool) -> str:
    """/preferences with `options`; the reply's text."""
    reply = await (await double.slash("preferences", options, user=user)).response()
    assert reply.ephemeral
    return reply.text


def session_of(message) -> str:
    return message.buttons[0]["custom_id"].split(":")[2]


def bot_messages_with_embeds(double: DiscordDouble) -> list[object]:
    """Every message the bot sent (any version of it) that held an embed."""
    return [
        message
        for message in double.state.messages.values()
        if message.author_id == double.bot_user.id
        and any(version.get("embeds") for version in (*message.history, message.data))
    ]


async def answer_by_label(double: DiscordDouble, services, message, user=None):
    """Answer the open question right by the button that carries the answer's text."""
    session_id = message.buttons[0]["custom_id"].split(":")[2]
    qq = services.study.solo[session_id].current()
    labels = [b["label"] for b in message.buttons[:-1]]  # the last one is Stop
    if qq.question.kind == "short":
        assert labels == ["Answer"]
        shown = await (await double.click(message, label="Answer", user=user)).response()
        assert shown.type == CallbackType.MODAL
        return await double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}, user=user
        )
    assert labels == list(qq.options), "the buttons carry the answers' text, not letters"
    if qq.question.kind == "choice":
        for number, option in enumerate(qq.options, start=1):
            assert f"{number}. {option}" in message.content
    right = qq.options[qq.keys.index(qq.right_key)]
    return await double.click(message, label=right, user=user)


async def test_a_text_only_student_completes_a_quiz_and_no_message_has_an_embed(
    discord_double, bot, services
):
    chosen = await choose(discord_double, text_only=True)
    assert "Text only" in chosen and "on" in chosen

    start = await (await discord_double.slash("quiz", {"briefing": "mini"})).response()
    message = start.message
    assert message.ephemeral and not message.embeds
    assert message.content.startswith("**Question 1/3")
    assert "Stop" in [b["label"] for b in message.buttons]
    for number in range(1, 4):
        assert f"Question {number}/3" in message.content
        prompt = services.study.solo[session_of(message)].current().question.prompt
        instructions = "buttons below" if "buttons below" in message.content else "Answer button"
        assert message.content.index(prompt) < message.content.index(instructions), (
            "the question first, the instructions last"
        )
        # the shown verdict, also when a loaded machine made the bot defer before its edit
        message = await (await answer_by_label(discord_double, services, message)).message()
        assert "Right!" in message.content
        go_on = "See my score" if number == 3 else "Next question"
        labels = [b["label"] for b in message.buttons]
        assert go_on in labels and not any("▶" in label for label in labels)
        message = await (await discord_double.click(message, label=go_on)).message()

    assert "3/3" in message.content or "3 of 3" in message.content
    assert bot_messages_with_embeds(discord_double) == []


async def test_a_long_answer_is_cut_at_a_word_on_its_button(discord_double, bot, services):
    await choose(discord_double, text_only=True)
    message = (
        await (await discord_double.slash("quiz", {"briefing": "nk-troops-russia"})).response()
    ).message
    session = services.study.solo[message.buttons[0]["custom_id"].split(":")[2]]
    for option, button in zip(session.current().options, message.buttons, strict=False):
        label = button["label"]
        assert len(label) <= 80
        if len(option) > 80:
            assert label.endswith("…") and option.startswith(label[:-1].rstrip())
        else:
            assert label in (option, "Answer")


async def test_the_server_default_applies_to_a_student_who_never_chose(discord_double, bot):
    double = discord_double
    settings = await (
        await double.slash("settings", {"text_only_default": True}, user=double.moderator)
    ).response()
    assert "text only by default" in settings.text
    other = await double.add_member("sighted")
    await choose(double, user=other, text_only=False)

    never_chose = await (await double.slash("brief", {"briefing": "mini"})).response()
    chose_embeds = await (await double.slash("brief", {"briefing": "mini"}, user=other)).response()

    assert not never_chose.embeds and "**" in never_chose.content
    assert chose_embeds.embeds and not chose_embeds.content


async def test_an_untimed_student_starts_an_untimed_channel_quiz_with_no_countdown(
    discord_double, bot
):
    double = discord_double
    await choose(double, user=double.moderator, untimed=True)

    intro = await (
        await double.slash(
            "quiz",
            {"briefing": "mini", "mode": "channel", "timer": 30},
            user=double.moderator,
            channel=double.news,
        )
    ).response()
    question = await double.wait_for_message(double.news, lambda m: "Question 1/" in m.text)

    assert "untimed" in intro.text
    assert "Close question" in [b["label"] for b in question.buttons]
    assert "<t:" not in question.text and "s to answer" not in question.text
    (live,) = bot.channel_quizzes.live.values()
    assert live.session.timer_seconds is None and live.session.closes_at() is None


@pytest.mark.parametrize("clock", [FakeClock()])  # answers a minute after the question
async def test_an_untimed_students_slow_answer_is_not_rated_hard(
    discord_double, bot, services, clock
):
    """FSRS rates a right answer slower than expected Hard (back in five and a half minutes);
    untimed, time does not count, so the same answer is Good (back in ten minutes)."""
    double = discord_double
    untimed = await double.add_member("untimed")
    await choose(double, user=untimed, untimed=True)
    messages = {
        user.id: (
            await (
                await double.slash("quiz", {"briefing": "mini", "count": 3}, user=user)
            ).response()
        ).message
        for user in (double.student, untimed)
    }
    clock.advance(60)  # three times the expected 20 s
    for user in (double.student, untimed):
        await (await answer_by_label_any(double, services, messages[user.id], user)).response()

    within = services.clock.now() + SIX_MINUTES
    due_soon = {
        user.id: await services.store.reviews.due_reviews(user.id, within)
        for user in (double.student, untimed)
    }
    assert due_soon[untimed.id] == [], "untimed: rated Good, back in ten minutes"
    assert len(due_soon[double.student.id]) == 1, "timed and slow: rated Hard, back sooner"


async def answer_by_label_any(double: DiscordDouble, services, message, user):
    """Answer right whatever the mode (labels with letters in the default mode)."""
    session_id = message.buttons[0]["custom_id"].split(":")[2]
    qq = services.study.solo[session_id].current()
    if qq.question.kind == "short":
        shown = await (await double.click(message, label="Answer", user=user)).response()
        return await double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}, user=user
        )
    index = qq.keys.index(qq.right_key)
    return await double.click(message, message.buttons[index]["custom_id"], user=user)


async def test_preferences_survive_a_restart(discord_double, settings):
    before = await build_services(settings)
    first = await discord_double.start(BriefBot(before))
    await choose(discord_double, text_only=True, untimed=True)
    await discord_double.stop(first)
    await before.close()

    after = await build_services(settings)
    try:
        await discord_double.start(BriefBot(after))
        shown = await (await discord_double.slash("preferences", {})).response()
        assert not shown.embeds, "text only, straight after the restart"
        assert shown.content.count("**on**") == 2
    finally:
        await after.close()


async def test_mydata_exports_the_preferences_with_a_described_file_and_forgetme_deletes_them(
    discord_double, bot, services
):
    double = discord_double
    await choose(double, untimed=True)

    export = await (await double.slash("mydata", {})).message()
    (data,) = export.files.values()
    (attachment,) = export.attachments
    records = json.loads(gzip.decompress(data))["records"]
    assert [r["untimed"] for r in records if r["record"] == "preferences"] == [True]
    assert "gzip-compressed JSON" in attachment["description"]

    confirm = await (await double.slash("forgetme", {})).response()
    await (await double.click(confirm.message, label="Yes, delete it all")).response()

    assert await services.store.preferences.get_preferences(double.student.id) == Chosen()
    shown = await (await double.slash("preferences", {})).response()
    assert shown.embeds and "**off**" in shown.text


async def test_a_text_only_server_gets_its_channel_quiz_in_plain_text(discord_double, bot):
    double = discord_double
    await (
        await double.slash("settings", {"text_only_default": True}, user=double.moderator)
    ).response()
    before = set(double.state.messages)

    intro = await (
        await double.slash(
            "quiz",
            {"briefing": "mini", "mode": "channel", "count": 1},
            user=double.moderator,
            channel=double.news,
        )
    ).response()
    question = await double.wait_for_message(double.news, lambda m: "Question 1/" in m.text)

    assert not question.embeds and "Question 1/1" in question.content
    labels = [b["label"] for b in question.buttons]
    assert not any(label[:2] in ("A)", "B)", "C)") for label in labels)
    assert not intro.embeds, "the moderator never chose: the server's default"
    assert [m for m in bot_messages_with_embeds(double) if m.id not in before] == []


async def test_a_text_only_students_review_reminder_has_no_embed(discord_double, bot, services):
    double = discord_double
    await choose(double, text_only=True)
    sender = DiscordReminderSender(bot, services.preferences)

    await sender.send_reminder(double.student.id, Reply.text("Review time", "3 questions due."))
    (dm,) = await double.wait_for(lambda: double.dms_to(double.student))

    assert not dm.embeds and dm.content == "**Review time**\n\n3 questions due."
    assert [b["label"] for b in dm.buttons] == ["Review now"]


async def test_the_class_chart_has_alternative_text_and_is_data_as_text_for_text_only(
    discord_double, bot, services
):
    double = discord_double
    moderator = double.moderator
    message = (
        await (
            await double.slash("quiz", {"briefing": "mini", "count": 3}, user=moderator)
        ).response()
    ).message
    await (await answer_by_label_any(double, services, message, moderator)).told()

    # The chart is drawn after a deferral (matplotlib loads on the first one): the wait is a
    # hang guard, not a speed the test asks for.
    report = await double.slash("report", {"export": "chart"}, user=moderator)
    chart = await report.message(timeout=60)
    (attachment,) = chart.attachments
    await choose(double, user=moderator, text_only=True)
    report = await double.slash("report", {"export": "chart"}, user=moderator)
    as_text = await report.message(timeout=60)

    assert "1 answer in all (right: 100%)" in attachment["description"]
    assert not as_text.files and not as_text.embeds
    assert "1 answer (right: 100%)" in as_text.content


@pytest.mark.parametrize("clock", [FakeClock()])  # answers a minute after the question
async def test_in_a_channel_quiz_an_untimed_players_slow_answer_is_not_rated_hard(
    discord_double, bot, services, clock
):
    double = discord_double
    untimed = await double.add_member("untimed")
    await choose(double, user=untimed, untimed=True)
    await (
        await double.slash(
            "quiz",
            {"briefing": "mini", "mode": "channel", "count": 1, "difficulty": "easy", "timer": 0},
            user=double.moderator,
        )
    ).response()
    question = await double.wait_for_message(double.general, lambda m: "Question 1/" in m.text)
    qq = next(iter(services.study.group.values())).current()
    right = question.buttons[qq.keys.index(qq.right_key)]["custom_id"]
    clock.advance(60)  # three times the expected 20 s
    for user in (double.student, untimed):
        await (await double.click(question, right, user=user)).response()
    await (await double.click(question, label="Close question", user=double.moderator)).response()
    await double.wait_for_message(double.general, lambda m: "The answer:" in m.text, after=question)

    within = services.clock.now() + SIX_MINUTES
    assert await services.store.reviews.due_reviews(untimed.id, within) == [], (
        "Good: back in ten minutes"
    )
    assert len(await services.store.reviews.due_reviews(double.student.id, within)) == 1, (
        "Hard: slow, back sooner"
    )


async def test_a_french_text_only_student_reads_the_mode_in_french(discord_double, bot):
    double = discord_double
    double.student.locale = "fr"

    chosen = await choose(double, text_only=True)
    quiz = await (await double.slash("quiz", {"briefing": "mini"})).response()

    assert chosen.startswith("**Préférences enregistrées**")
    assert "Sans chrono" in chosen and "**activé**" in chosen
    assert not quiz.embeds
    assert "boutons ci-dessous" in quiz.content or "bouton Répondre" in quiz.content


async def test_a_choice_saved_by_another_process_applies_at_the_very_next_click(
    discord_double, bot, services, settings
):
    start = await (await discord_double.slash("quiz", {"briefing": "mini"})).response()
    message = start.message
    assert message.embeds, "no choice yet: embeds"
    other_process = await open_store(settings.database_url)
    try:
        await other_process.preferences.set_preferences(
            discord_double.student.id, text_only=True, untimed=None
        )
    finally:
        await other_process.close()

    qq = services.study.solo[session_of(message)].current()
    if qq.question.kind == "short":
        shown = await (await discord_double.click(message, label="Answer")).response()
        answered = await discord_double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}
        )
    else:
        right = next(b for b in message.buttons if b["custom_id"].endswith(f":{qq.right_key}"))
        answered = await discord_double.click(message, right["custom_id"])
    await answered.response()

    assert not message.embeds and "Right!" in message.content
