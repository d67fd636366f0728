"""Walk 38: a student's and a moderator's walk through the bot on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import HARBOUR
from tests.discord.test_bot import answer_right
from tests.discord.test_moderation import scheduler
from tests.discord_double import DiscordDouble

PAGE = (
    "Ferry crews return to Port Elm\n\n"
    "Boats back after the storm\n\n"
    "The harbour in Port Elm reopened on Monday, three days after a storm closed it.\n\n"
    "“Ships can dock again,” harbour master Ada Quill said on Monday.\n"
)
"""A page as a moderator copies it: its headline, the line printed under it, the story."""


async def test_the_headline_typed_in_the_paste_box_is_the_drafts_title(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The box's Headline was only put on top of the pasted text, where the drafter's page
    rules could pass it over: with the page pasted whole (its headline again, then the line
    under it) the draft was titled "Boats back after the storm", as 55 of 877 real pages
    lost their typed headline (`python -m benchmarks.paste_headline`). The typed headline is
    now the title, and its copy on top of the text is no paragraph of the story."""
    double = discord_double
    box = await (await double.slash("briefing draft", user=double.moderator)).response()
    fields = {"title": "Ferry crews return to Port Elm", "article": PAGE}
    drafted = await (await double.submit_modal(box.custom_id, fields)).message()

    assert "📝 Draft: Ferry crews return to Port Elm" in drafted.text, drafted.text
    assert "Drafted `ferry-crews-return-to-port-elm`" in drafted.text
    ((_, data),) = drafted.files.items()
    shown = await services.content.show(double.guild.id, "ferry-crews-return-to-port-elm")
    assert shown.briefing.title == "Ferry crews return to Port Elm"
    points = [p for s in shown.briefing.sections for p in s.points]
    assert not any(p.startswith("Ferry crews return") for p in points), points
    assert b"Boats back after the storm" in data, "the line under the headline stays in the text"


FERRY = (
    "The ferry between Port Elm and Gull Island sailed again on Tuesday after a week ashore.\n\n"
    "“We are glad to be back at sea,” said captain Rhys Mallory.\n"
)
STORM = (
    "Storm damage to the Port Elm sea wall will cost 2 million pounds to repair, the council"
    " said on Wednesday.\n\n“The wall held, but only just,” said engineer Tova Lind.\n"
)


async def test_two_articles_without_a_headline_are_two_drafts_that_ask_for_a_title(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """An article saved without its headline (590 of the 1,467 real texts the drafter is
    measured on start with the story) was drafted as "Untitled article", id
    `untitled-article`: a second such article became draft version 2 of the first, and
    "Untitled article" could be published as the title students read. Each draft is now
    named after its file, says the headline is missing, and is not published until it
    has a title."""
    double = discord_double
    replies = []
    for name, text in (("ferry.txt", FERRY), ("storm.txt", STORM)):
        itx = await double.slash(
            "briefing draft", {"article": (name, text.encode())}, user=double.moderator
        )
        replies.append(await itx.message())
    ferry, storm = replies

    assert "Drafted `ferry`" in ferry.text and "draft version 1" in ferry.text, ferry.text
    assert "Drafted `storm`" in storm.text and "draft version 1" in storm.text, storm.text
    assert "no headline was found above the article: write its title" in ferry.text
    assert "Untitled article" not in ferry.text + storm.text
    listed = await (await double.slash("briefing list", user=double.moderator)).message()
    assert "`ferry`" in listed.text and "`storm`" in listed.text, listed.text

    itx = await double.slash("briefing publish", {"briefing": "ferry"}, user=double.moderator)
    refused = await itx.message()
    assert "`ferry` is not published" in refused.text and "• `title`" in refused.text, refused.text
    assert await services.content.briefings(double.guild.id)
    assert not [b for b in services.library.for_guild(double.guild.id) if "ferry" in b.id]


async def test_briefing_commands_on_a_bundled_briefing_say_where_it_comes_from(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/briefing show nk-troops-russia`, the briefing the moderator's students read every
    day, answered "This server has no briefings of its own yet: /briefing upload one" (or,
    once the server had one, "This server has no briefing “nk-troops-russia”"). It now says
    the briefing is bundled, who changes it, and how to make one of the server's own; the
    server's own briefings are still found as before."""
    double, mod = discord_double, discord_double.moderator
    said = "“A small test briefing” (`mini`) is a bundled briefing: it comes with the bot"

    async def told(command: str, briefing: str) -> str:
        itx = await double.slash(f"briefing {command}", {"briefing": briefing}, user=mod)
        return (await itx.message()).text

    assert said in await told("show", "mini")
    assert "no briefings of its own" not in await told("show", "mini")
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", upload, user=mod)).message()
    for command, named in (("publish", "A small test briefing"), ("history", "mini")):
        reply = await told(command, named)
        assert said in reply and "`/briefing upload` a copy" in reply, reply
    assert "Review: Harbour reopens" in await told("show", "harbour")


async def test_a_csv_of_a_briefing_nobody_answered_says_so_instead_of_an_empty_file(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/report briefing:nk export:csv` before anyone answered attached a file holding its
    header row alone, "The report as a CSV file is attached.", while the same report as a
    page says "Nobody has answered yet." and the chart "there is nothing to chart". The CSV
    now says so too, and attaches nothing."""
    double = discord_double
    options = {"briefing": "nk-troops-russia", "export": "csv"}
    reply = await (await double.slash("report", options, user=double.moderator)).message()

    assert "Nobody has answered yet: there is nothing to put in a CSV file." in reply.text
    assert not reply.files, reply.files
    assert "attached" not in reply.text


async def test_a_student_refused_a_briefing_subcommand_is_told_its_whole_name(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """A student who ran `/briefing list` (Discord hides it, but a server may show it) was
    told "Only moderators can use /list.", a command that does not exist. The refusal now
    names `/briefing list`, and in French `/dossier liste`."""
    double = discord_double
    itx = await double.slash("briefing list", {}, user=double.student)
    refused = (await itx.told()).text
    assert "Only moderators can use /briefing list." in refused, refused

    double.student.locale = "fr"
    itx = await double.slash("briefing list", {}, user=double.student)
    refused = (await itx.told()).text
    assert "/dossier liste" in refused, refused


async def test_a_document_or_the_wrong_kind_of_file_is_told_what_to_do_with_it(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """A teacher's article is often a PDF or a Word file: `/briefing draft` answered only
    "Attach a .txt or .md or .markdown or .html or .htm file (got “article.pdf”)", and a
    briefing given to the wrong command the same. Each now says what to do: paste the text
    or save it as .txt; give a briefing to /briefing upload, an article to /briefing draft."""
    double, mod = discord_double, discord_double.moderator

    async def told(command: str, option: str, name: str, data: bytes) -> str:
        itx = await double.slash(f"briefing {command}", {option: (name, data)}, user=mod)
        return (await itx.told()).text

    pdf = await told("draft", "article", "article.pdf", b"%PDF-1.4\n")
    assert "(got “article.pdf”). A PDF or word-processor document cannot be read" in pdf, pdf
    assert "the box of `/briefing draft` (run it without a file)" in pdf
    assert "save the text as .txt" in pdf
    word = await told("draft", "article", "Harbour.DOCX", b"PK\x03\x04")
    assert "A PDF or word-processor document cannot be read" in word, word
    briefing = await told("draft", "article", "harbour.yaml", HARBOUR.encode())
    assert "A .yaml file is a briefing: give it to `/briefing upload`." in briefing, briefing
    article = await told("upload", "file", "harbour.txt", b"The harbour reopened.")
    assert "give the article to `/briefing draft`" in article, article


async def test_a_channel_quizs_receipt_reads_past_a_mention_as_the_verdict_does(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """In a channel quiz, "@here Ada Quill" was judged as "Ada Quill" but the private
    receipt said "You answered @here Ada Quill." (defused, yet not what was judged), where
    a solo verdict, and the README, show it back as "Ada Quill". The receipt now shows
    what was judged and kept."""
    double = discord_double
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 3}
    await (await double.slash("quiz", options, user=double.moderator, channel=double.news)).told()
    shown = None
    for number in (1, 2, 3):
        heading = f"Question {number}/3"
        shown = await double.wait_for_message(double.news, lambda m, h=heading: h in m.text)
        if "Type your answer." in shown.text:
            break
        await (await double.click(shown, label="Close question", user=double.moderator)).told()
    assert shown is not None
    box = await (await double.click(shown, label="Answer", user=double.student)).response()
    typed = {"answer": "@here Ada Quill"}
    receipt = (await (await double.submit_modal(box.custom_id, typed)).told()).text

    assert "You answered Ada Quill. You can change it" in receipt, receipt
    assert "@" not in receipt
    await (await double.click(shown, label="Close question", user=double.moderator)).told()
    results = await double.wait_for_message(
        double.news, lambda m: "The answer:" in m.text, after=shown
    )
    assert f"Right: <@{double.student.id}>" in results.text, results.text


async def test_a_channel_quizs_announcement_speaks_the_servers_language_as_its_questions(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """In a server set to French, a moderator whose Discord is in English started a channel
    quiz: the channel read "Channel quiz: …, untimed: the starter closes each question" and
    then "Question 1/1 · facile", "Sans minuteur". The announcement is the quiz's first
    post, shared by the channel: it now speaks the server's language too."""
    double = discord_double
    await (await double.slash("settings", {"language": "fr"}, user=double.moderator)).told()
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 1}
    started = await (await double.slash("quiz", options, user=double.moderator)).told()

    assert not started.ephemeral
    assert "Quiz du salon\u00a0: A small test briefing" in started.text, started.text
    assert "sans minuteur\u00a0: la personne qui l'a lancé clôt chaque question" in started.text
    assert "Channel quiz" not in started.text
    question = await double.wait_for_message(double.general, lambda m: "Question 1/1" in m.text)
    assert "Sans minuteur\u00a0: prenez votre temps" in question.text, "already in French"


async def test_an_assignments_announcement_speaks_the_servers_language_as_its_reminder(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """The /assign announcement is the class's, with its Start button, yet it spoke the
    moderator's Discord language ("Assignment #1", "Start assignment #1") in a server set to
    French, whose reminder for the same work says "Rappel". It now speaks the server's."""
    double = discord_double
    await (await double.slash("settings", {"language": "fr"}, user=double.moderator)).told()
    work = {"briefing": "mini", "due_date": "2026-12-14", "due_time": "18:00"}
    announced = await (await double.slash("assign", work, user=double.moderator)).message()

    assert not announced.ephemeral
    assert "Devoir n° 1" in announced.text and "Assignment #1" not in announced.text, announced.text
    assert [b["label"] for b in announced.buttons] == ["Commencer le devoir n° 1"]


async def test_a_post_speaks_the_servers_language_as_a_scheduled_post_of_it(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/post` by a moderator whose Discord is in English put "Key facts" and "Quiz me" in
    the channel of a server set to French, where the same briefing's scheduled post reads
    "Me tester". The post is the channel's: it now speaks the server's language, its
    preview too; the moderator's own reply stays theirs."""
    double = discord_double
    await (await double.slash("settings", {"language": "fr"}, user=double.moderator)).told()
    options = {"briefing": "mini", "channel": double.news}
    done = await (await double.slash("post", options, user=double.moderator)).message()

    (post,) = double.bot_messages_in(double.news)
    assert [b["label"] for b in post.buttons] == ["Me tester", "Sources et notes"]
    assert "Key facts" not in post.text and "Quiz me" not in post.text, post.text
    assert done.ephemeral and "Students press Quiz me" in done.text, "the moderator's reply"
    preview = {**options, "preview": True}
    shown = await (await double.slash("post", preview, user=double.moderator)).message()
    assert "Preview: only you see this" in shown.text
    assert [b["label"] for b in shown.buttons] == ["Me tester", "Sources et notes"]


async def test_a_students_walk_with_odd_inputs_gets_a_sentence_for_each(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The student's walk itself, on the bundled briefing: odd names and terms are echoed
    defused and escaped with what to try, a typed answer carrying a mention and markdown is
    judged and shown back without them, and progress says when the misses come back."""
    double = discord_double
    nk = {"briefing": "nk-troops-russia"}
    odd = [
        ("quote", {**nk, "person": "@everyone"}, "Nobody called “@\u200beveryone” appears"),
        ("quote", {**nk, "person": "Путин"}, "Try: Lloyd Austin, John Kirby, Victor D. Cha"),
        ("glossary", {**nk, "term": "**bold**"}, "has no term like “\\*\\*bold\\*\\*”"),
        ("brief", {**nk, "section": "bogus"}, "Try: deployment, china-dilemma"),
        ("brief", {"briefing": "does-not-exist"}, "Try /briefings to see them all."),
        ("review", {}, "You have nothing to review yet."),
        ("leaderboard", {}, "Nobody has a right answer yet."),
    ]
    for command, options, said in odd:
        reply = await (await double.slash(command, options)).told()
        assert said in reply.text, (command, reply.text)

    quiz = (await (await double.slash("quiz", {"briefing": "mini", "count": 3})).response()).message
    for _ in range(3):
        if "Type your answer." in quiz.text:
            break
        verdict = await (await double.click(quiz, quiz.buttons[0]["custom_id"])).message()
        quiz = await (await double.click(verdict, label="Next question ▶")).message()
    box = await (await double.click(quiz, label="Answer")).response()
    typed = {"answer": "@everyone **no** idea 🙂"}
    verdict = await (await double.submit_modal(box.custom_id, typed)).message()
    assert "You typed “\\*\\*no\\*\\* idea 🙂”." in verdict.text, verdict.text
    assert "everyone" not in verdict.text and "Not quite" in verdict.text
    score = (await (await double.slash("score", {})).told()).text
    assert "Due for review: 0" in score and " back <t:" in score, score
    bodies = [r.json for r in double.requests("POST") + double.requests("PATCH")]
    said = [b.get("data", b) for b in bodies if isinstance(b, dict)]
    mentions = [
        b["allowed_mentions"] for b in said if isinstance(b, dict) and "allowed_mentions" in b
    ]
    assert mentions and all(not m.get("parse") for m in mentions), mentions


async def test_a_moderators_walk_with_odd_inputs_and_a_student_trying_their_commands(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The moderator's walk itself: odd times, dates, zones and numbers each get a sentence
    saying what to type, nothing is set by them, and a student who runs the moderators'
    commands is told who may, naming the command as Discord does."""
    double, mod = discord_double, discord_double.moderator
    mini = {"briefing": "mini"}
    odd = [
        ("schedule", {**mini, "what": "briefing", "time": "25:00"}, "“25:00” is not a time"),
        (
            "schedule",
            {**mini, "what": "briefing", "time": "8:30", "date": "03/04/2027"},
            "could be 2027-03-04 or 2027-04-03",
        ),
        (
            "schedule",
            # "Paris" alone is its zone since walk 46
            {**mini, "what": "briefing", "time": "8:30", "timezone": "Europe/Pari"},
            "Did you mean Europe/Paris,",
        ),
        ("unschedule", {"number": 999}, "There is no schedule #999 here."),
        (
            "assign",
            {
                **mini,
                "due_date": "someday",
                "due_time": "18:00",
            },  # "tomorrow" is read since walk 46
            "“someday” is not a date",
        ),
        (
            "assign",
            {**mini, "due_date": "2026-12-14", "due_time": "18:00", "sections": "nope"},
            "has no section “nope”; it has storm, reopening.",
        ),
        ("report", {"assignment": 99}, "This server has no assignment #99."),
        ("settings", {"quiz_timer": 3}, "The quiz timer is 5 to 600 seconds per question"),
        ("post", {"briefing": "zzz", "channel": double.news}, "No briefing matches “zzz”."),
    ]
    for command, options, said in odd:
        reply = await (await double.slash(command, options, user=mod)).told()
        assert reply.ephemeral and said in reply.text, (command, reply.text)
    assert await services.store.assignments.list_assignments(double.guild.id) == []
    assert double.bot_messages_in(double.news) == []

    theirs = {
        "post": {**mini, "channel": double.news},
        "schedule": {**mini, "what": "briefing", "time": "08:30"},
        "assign": {**mini, "due_date": "2026-12-14", "due_time": "18:00"},
        "report": {},
        "settings": {"quiz_timer": 30},
        "briefing upload": {"file": ("harbour.yaml", HARBOUR.encode())},
    }
    for command, options in theirs.items():
        refused = await (await double.slash(command, options, user=double.student)).told()
        assert f"Only moderators can use /{command}." in refused.text, refused.text
    assert await services.content.briefings(double.guild.id) == []


async def test_a_chart_of_a_briefing_nobody_answered_names_it(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """`/report briefing:nk export:chart` said "Nobody in this server has answered yet"
    while students had answered another briefing there. It now names the briefing."""
    double = discord_double
    quiz = (await (await double.slash("quiz", {"briefing": "mini", "count": 1})).response()).message
    await (await answer_right(double, services, quiz)).message()
    options = {"briefing": "nk-troops-russia", "export": "chart"}
    reply = await (await double.slash("report", options, user=double.moderator)).message()

    title = "North Korean troops in Russia, and why Beijing is uneasy"
    assert f"Nobody in this server has answered “{title}” yet" in reply.text, reply.text
    assert not reply.files


async def test_a_text_only_servers_posts_of_a_briefing_are_plain_text(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """`/settings text_only_default:True` is for classes that read with a screen reader, and
    the README says a server's shared posts follow it; yet a scheduled post of a briefing,
    and `/post`, went out as embeds. Each is now plain text, its notes included, with the
    two buttons labelled in words."""
    double, mod = discord_double, discord_double.moderator
    await (await double.slash("settings", {"text_only_default": True}, user=mod)).told()
    options = {"what": "briefing", "time": "09:00", "briefing": "mini", "channel": double.news}
    await (await double.slash("schedule", options, user=mod)).told()
    now = services.clock.now()
    due = now.replace(hour=9, minute=0, second=10, microsecond=0)
    await scheduler(bot).run_due(due if due > now else due + dt.timedelta(days=1))
    await (
        await double.slash("post", {"briefing": "mini", "channel": double.general}, user=mod)
    ).told()

    for channel in (double.news, double.general):
        post = double.bot_messages_in(channel)  # a page a message, the buttons under the last
        assert not any(m.embeds for m in post), "no embed for a screen reader to skip"
        text = "\n".join(m.content for m in post)
        assert "A small test briefing" in text and "Key facts" in text, text
        assert "Another report says the closure lasted four days." in text
        assert [b["label"] for b in post[-1].buttons] == ["Quiz me", "Sources & notes"]
    preview = {"briefing": "mini", "channel": double.news, "preview": True}
    shown = await (await double.slash("post", preview, user=mod)).message()
    assert "Preview: only you see this" in shown.text


async def test_a_draft_that_lands_on_an_existing_id_says_it_is_a_new_version_of_it(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """Two different articles both saved as `article.txt` without a headline (or under the
    same headline) are drafted under one id: the second said only "stored as draft version
    2", leaving the moderator to think it a briefing of its own. It now says the id existed
    and how to keep the two apart."""
    double, mod = discord_double, discord_double.moderator
    for text in (FERRY, STORM):
        itx = await double.slash(
            "briefing draft", {"article": ("article.txt", text.encode())}, user=mod
        )
        drafted = await itx.message()
    assert "draft version 2" in drafted.text
    assert "`article` existed already, so this draft is its version 2" in drafted.text, drafted.text
    assert "set another `id:` in the attached file and `/briefing upload` it" in drafted.text
