"""The bot in the student's language, through the Discord double: a student whose Discord is
in French reads French; synced commands carry French names and descriptions; a server's
/settings language speaks to students whose language we do not ship and to scheduled posts."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.clock import FakeClock
from bot.core.replies import Reply
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.schedules import SchedulesCog
from bot.discord_bot.respond import send_reply
from bot.i18n import use_language
from tests.discord_double import CallbackType, DiscordDouble
from tests.i18n.english_leaks import english_in

START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
SAME_IN_FRENCH = {"quiz", "notes", "date", "mode", "version", "long", "section", "sections"}
SAME_IN_FRENCH |= {"export", "url", "page", "role", "article", "preferences"}
SAME_IN_FRENCH |= {"description", "position", "note", "question", "source"}
"""Names that are the same word in French (Discord then shows the English one)."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def labels(message) -> list[str]:
    return [b.get("label", "") for b in message.buttons]


async def open_answer_box(double: DiscordDouble, question) -> str:
    """Press the button that opens a short question's answer box; the modal's custom id."""
    button = next(b["custom_id"] for b in question.buttons if b["custom_id"].endswith(":answer"))
    shown = await (await double.click(question, button)).response()
    assert shown.type == CallbackType.MODAL
    return shown.custom_id


def french(double: DiscordDouble):
    """The seeded student, with Discord set to French."""
    double.student.locale = "fr"
    return double.student


async def test_a_french_student_reads_help_errors_and_a_quiz_in_french(
    discord_double, bot, services
):
    student = french(discord_double)
    seen: list[str] = []

    help_reply = (await (await discord_double.slash("help", {}, user=student)).response()).message
    seen.append(help_reply.text)
    review_line = "/reviser [dossier] [section]\u00a0: Testez-vous sur les questions à réviser"
    assert review_line in help_reply.text
    assert "Signaler un problème" in help_reply.text
    assert "/poster" not in help_reply.text, "a student's /help lists their commands only"

    brief = await (
        await discord_double.slash(
            "brief", {"briefing": "nk-troops-russia", "long": True}, user=student
        )
    ).message()
    seen.append(brief.text)
    assert labels(brief)[0] == "◀ Précédent" and labels(brief)[1].startswith("Suivant ▶ (1/")
    later = await (await discord_double.click(brief, brief.buttons[1]["custom_id"])).message()
    seen.append(later.text)
    assert labels(later)[1].startswith("Suivant ▶ (2/")

    denied = (await (await discord_double.slash("settings", {}, user=student)).response()).message
    seen.append(denied.text)
    assert "Seuls les modérateurs peuvent utiliser /reglages." in denied.text

    question = (
        await (
            await discord_double.slash("quiz", {"briefing": "mini", "count": 3}, user=student)
        ).response()
    ).message
    assert "Arrêter" in labels(question)
    for _ in range(3):
        seen.append(question.text)
        session = services.study.solo[question.buttons[0]["custom_id"].split(":")[2]]
        asked = session.current()
        if asked.question.kind == "short":
            modal = await open_answer_box(discord_double, question)
            empty = await (await discord_double.submit_modal(modal, {"answer": "  "})).message()
            seen.append(empty.text)
            assert "Votre réponse était vide\u00a0: appuyez sur" in empty.text
            modal = await open_answer_box(discord_double, question)
            typed = {"answer": asked.question.answer_text}
            answered = await discord_double.submit_modal(modal, typed)
        else:
            right = question.buttons[asked.keys.index(asked.right_key)]["custom_id"]
            answered = await discord_double.click(question, right)
        verdict = await answered.message()
        seen.append(verdict.text)
        assert "Signaler un problème" in labels(verdict)
        finished = session.finished
        assert ("Voir mon score" if finished else "Question suivante ▶") in labels(verdict)
        button = "Voir mon score" if finished else "Question suivante ▶"
        question = await (await discord_double.click(verdict, label=button)).message()
    seen.append(question.text)

    score = await (await discord_double.slash("score", {}, user=student)).message()
    seen.append(score.text)
    for text in seen:
        assert english_in(text) == [], text


def _options(command: dict) -> list[dict]:
    """Every option of a command, its subcommands' options included."""
    found = []
    for option in command.get("options") or []:
        found.append(option)
        found += _options(option)
    return found


async def test_synced_commands_carry_french_names_and_descriptions(discord_double, bot):
    review = discord_double.command("review")
    assert review["name"] == "review", "English stays the default name"
    assert review["name_localizations"]["fr"] == "reviser"
    assert review["description_localizations"]["fr"] == "Testez-vous sur les questions à réviser"
    briefing = discord_double.command("briefing")
    assert briefing["name_localizations"]["fr"] == "dossier"
    upload = next(o for o in briefing["options"] if o["name"] == "upload")
    assert upload["name_localizations"]["fr"] == "televerser"
    quiz = {o["name"]: o for o in discord_double.command("quiz")["options"]}
    assert quiz["difficulty"]["name_localizations"]["fr"] == "difficulte"
    easy = quiz["difficulty"]["choices"][0]
    assert (easy["value"], easy["name_localizations"]["fr"]) == ("easy", "facile")
    untranslated = []
    for command in discord_double.state.global_commands:
        for item in [command, *_options(command)]:
            if "fr" not in (item.get("description_localizations") or {}):
                untranslated.append(("description", item["name"]))
            if item["name"] not in SAME_IN_FRENCH and "fr" not in (
                item.get("name_localizations") or {}
            ):
                untranslated.append(("name", item["name"]))
            for choice in item.get("choices") or []:
                same = choice["name"] in SAME_IN_FRENCH | {"English", "Français"}
                if not same and "fr" not in (choice.get("name_localizations") or {}):
                    untranslated.append(("choice", choice["name"]))
    assert untranslated == []


async def test_the_servers_language_speaks_to_students_whose_language_is_not_shipped(
    discord_double, bot, services
):
    german = await discord_double.add_member("hanna", locale="de")
    before = await (await discord_double.slash("help", {}, user=german)).message()
    assert "Quiz yourself on the questions due for review" in before.text, "English by default"

    itx = await discord_double.slash("settings", {"language": "fr"}, user=discord_double.moderator)
    shown = await itx.message()
    assert "Language" in shown.text and "Français" in shown.text, "the moderator reads English"
    assert (await services.store.settings.get_settings(discord_double.guild.id)).language == "fr"

    after = await (await discord_double.slash("help", {}, user=german)).message()
    assert "Testez-vous sur les questions à réviser" in after.text
    english = await (await discord_double.slash("help", {})).message()
    assert "Quiz yourself on the questions due for review" in english.text, "their own locale wins"

    back = await discord_double.slash(
        "settings", {"language": "default"}, user=discord_double.moderator
    )
    await back.message()
    assert (await services.store.settings.get_settings(discord_double.guild.id)).language is None


def scheduler(bot: BriefBot) -> SchedulesCog:
    cog = bot.get_cog("Schedules")
    assert isinstance(cog, SchedulesCog)
    return cog


async def test_settings_language_changes_the_language_of_a_scheduled_post(
    discord_double, bot, clock
):
    moderator = discord_double.moderator
    options = {"what": "briefing", "time": "09:00", "briefing": "mini"}
    made = await discord_double.slash(
        "schedule", options, user=moderator, channel=discord_double.news
    )
    await made.message()

    clock.current = dt.datetime(2026, 1, 5, 9, 0, 10, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    (english,) = discord_double.bot_messages_in(discord_double.news)
    assert labels(english) == ["Quiz me", "Sources & notes"]

    await (await discord_double.slash("settings", {"language": "fr"}, user=moderator)).message()
    clock.current = dt.datetime(2026, 1, 6, 9, 0, 10, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    french_post = discord_double.bot_messages_in(discord_double.news)[-1]
    assert french_post.id != english.id
    assert labels(french_post) == ["Me tester", "Sources et notes"]


async def test_a_channel_quiz_posts_in_the_servers_language_and_answers_each_in_theirs(
    discord_double, bot
):
    moderator = discord_double.moderator
    await (await discord_double.slash("settings", {"language": "fr"}, user=moderator)).message()
    options = {"briefing": "mini", "count": 1, "mode": "channel", "timer": 0}
    started = await (await discord_double.slash("quiz", options)).message()
    assert not started.ephemeral and "Tout le monde peut répondre" in started.text, (
        "the announcement is the channel's too, as its questions (walk 38; was the starter's)"
    )
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Arrêter le quiz" in labels(m)
    )
    assert "Clore la question" in labels(question), "the channel's post, in French"
    receipt = await vote(discord_double, question)
    assert "Answer registered" in receipt.text
    french(discord_double)
    again = await vote(discord_double, question, pick=1)
    assert "Réponse modifiée" in again.text


async def vote(double: DiscordDouble, question, pick: int = 0):
    """The student answers a channel question (a choice, or typed in the answer box): the
    `pick`-th option, or the `pick`-th of two typed answers."""
    buttons = [b["custom_id"] for b in question.buttons if b["custom_id"].startswith("b1:qg:")]
    if buttons[0].endswith(":answer"):
        typed = ("Kim", "Lee")[pick]
        return await (
            await double.submit_modal(await open_answer_box(double, question), {"answer": typed})
        ).message()
    return await (await double.click(question, buttons[pick])).message()


class _Response:
    def __init__(self) -> None:
        self.sent: dict = {}

    def is_done(self) -> bool:
        return False

    async def send_message(self, **kwargs) -> None:
        self.sent = kwargs


class _Interaction:
    """Just enough of an interaction for send_reply to answer it once."""

    def __init__(self) -> None:
        self.id = 1
        self.response = _Response()
        self.message = None


async def test_the_same_reply_reads_in_each_readers_language():
    """A reply rendered once for an English reader is not served again to a French one: its
    page buttons are in the reader's language even when its pages (briefing text) are not."""
    long_text = "\n\n".join(f"Paragraph {n}. " + "Words of the briefing. " * 40 for n in range(30))
    reply = Reply.text("Title", long_text)
    shown = {}
    for language in ("en", "fr"):
        interaction = _Interaction()
        with use_language(language):
            await send_reply(interaction, reply, nav="bp:x")  # type: ignore[arg-type]
        rows = interaction.response.sent["view"].to_components()
        shown[language] = [button["label"] for row in rows for button in row["components"]]
    assert shown["en"][1].startswith("Next ▶ (1/")
    assert shown["fr"][1].startswith("Suivant ▶ (1/")
