"""A moderator's own briefings through the Discord double, tried as a new moderator would."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINI = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text()
ARTICLE = (ROOT / "tests" / "fixtures" / "seed_article.txt").read_bytes()
HARBOUR = MINI.replace("id: mini", "id: harbour").replace(
    "title: A small test briefing", "title: Harbour reopens"
)
BROKEN = HARBOUR.replace("answer: Ada Quill", "answer: no").replace("refs: [town]", "refs: [tonw]")


async def _reply(itx):
    return await itx.message()


async def test_upload_fix_review_publish(discord_double, bot):
    mod = discord_double.moderator

    broken = await _reply(
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", BROKEN.encode())}, user=mod
        )
    )
    assert broken.ephemeral
    assert "harbour.yaml: 2 problems" in broken.text
    assert "harbour.yaml:65:5: a short answer must be text" in broken.text
    assert "harbour.yaml:77:12: `tonw` does not match any fact or quote" in broken.text

    fixed = await _reply(
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    )
    assert "no problems" in fixed.text and "draft version 1 of `harbour`" in fixed.text

    review = await _reply(
        await discord_double.slash("briefing show", {"briefing": "harbour"}, user=mod)
    )
    assert "Question 1 of 3" in review.text
    await (await discord_double.click(review, label="Mark checked", user=mod)).message()
    assert "Question 2 of 3" in review.text
    opened = await (
        await discord_double.click(review, label="Accept an answer", user=mod)
    ).response()
    await (
        await discord_double.submit_modal(
            opened.custom_id, {"article": "the harbour master"}, user=mod
        )
    ).message()
    assert "the harbour master" in review.text
    await (await discord_double.click(review, label="Keep ▶", user=mod)).message()
    await (await discord_double.click(review, label="Drop", user=mod)).message()
    assert "Question 2 of 2" in review.text
    await (await discord_double.click(review, label="Publish", user=mod)).message()
    assert review.buttons[-1]["label"] == "Published"

    listed = await _reply(await discord_double.slash("briefing list", user=mod))
    assert "`harbour`: Harbour reopens (published v1)" in listed.text


async def test_a_draft_from_an_article_comes_back_as_a_file_with_what_to_check(discord_double, bot):
    mod = discord_double.moderator

    drafted = await _reply(
        await discord_double.slash(
            "briefing draft", {"article": ("article.txt", ARTICLE)}, user=mod
        )
    )

    ((name, data),) = (
        drafted.files.items()
        if isinstance(drafted.files, dict)
        else [(f.filename, f.data) for f in drafted.files]
    )
    assert name.endswith(".yaml") and data.startswith(b"# yaml-language-server")
    assert "to review: keep, drop or fix" in drafted.text
    assert "students do not see it yet" in drafted.text


async def test_students_cannot_use_the_moderator_commands(discord_double, bot):
    refused = await (
        await discord_double.slash("briefing list", user=discord_double.student)
    ).response()

    assert refused.ephemeral and "Only moderators" in refused.text


async def test_an_oversized_upload_is_refused_before_download(discord_double, bot):
    big = b"#" * (600 * 1024)

    refused = await (
        await discord_double.slash(
            "briefing upload", {"file": ("big.yaml", big)}, user=discord_double.moderator
        )
    ).response()

    assert "the most accepted is 512 KiB" in refused.text
    assert discord_double.state.attachment_downloads == []
    small = ("h.yaml", HARBOUR.encode())
    stored = await _reply(
        await discord_double.slash(
            "briefing upload", {"file": small}, user=discord_double.moderator
        )
    )
    assert "no problems" in stored.text
    assert len(discord_double.state.attachment_downloads) == 1


async def test_students_of_the_server_quiz_on_it_and_another_server_cannot_name_it(
    discord_double, bot, services
):
    mod, student = discord_double.moderator, discord_double.student
    elsewhere = await services.content.upload(
        999,
        "docks.yaml",
        HARBOUR.replace("id: harbour", "id: docks")
        .replace("title: Harbour reopens", "title: Docks of another server")
        .encode(),
    )
    await services.content.publish(999, "docks")
    await _reply(
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    )
    before = await _reply(await discord_double.slash("briefings", user=student))
    assert "Harbour reopens" not in before.text  # a draft: moderators only

    published = await _reply(
        await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    )
    assert "Published" in published.text

    listed = await _reply(await discord_double.slash("briefings", user=student))
    assert "Harbour reopens" in listed.text
    assert "Docks of another server" not in listed.text
    offered = await discord_double.autocomplete(
        "quiz", {"briefing": "harbour"}, focused="briefing", user=student
    )
    assert [c["name"] for c in offered][:1] == ["Harbour reopens"]
    quiz = await _reply(
        await discord_double.slash(
            "quiz", {"briefing": offered[0]["value"], "count": 2}, user=student
        )
    )
    assert "Question 1/2" in quiz.text
    for typed in ("docks", elsewhere.record.key, "Docks of another server"):
        choices = await discord_double.autocomplete(
            "quiz", {"briefing": typed}, focused="briefing", user=student
        )
        assert all("Docks" not in c["name"] for c in choices)
        refused = await _reply(
            await discord_double.slash("quiz", {"briefing": typed}, user=student)
        )
        assert "No briefing matches" in refused.text and "Question" not in refused.text
        assert "Docks" not in refused.text.replace(typed, ""), "only what was typed is echoed"


async def test_pasted_text_is_drafted_and_a_key_is_fixed_in_review(discord_double, bot, services):
    mod = discord_double.moderator
    box = await (await discord_double.slash("briefing draft", user=mod)).response()
    headline, _, body = ARTICLE.decode("utf-8").partition("\n")

    drafted = await _reply(
        await discord_double.submit_modal(
            box.custom_id, {"title": headline, "article": body[:4000]}, user=mod
        )
    )

    ((name, _),) = drafted.files.items()
    slug = name.removesuffix(".yaml")
    assert "to review: keep, drop or fix" in drafted.text
    shown = await services.content.show(discord_double.guild.id, slug)
    question = next(q for q in shown.briefing.questions if q.kind == "choice")
    index = shown.briefing.questions.index(question)
    other = next(c for c in question.choices if c != question.answer)
    review = await _reply(await discord_double.slash("briefing show", {"briefing": slug}, user=mod))
    for _ in range(index):
        await (await discord_double.click(review, label="Keep ▶", user=mod)).message()

    opened = await (await discord_double.click(review, label="Fix key", user=mod)).response()
    refused = await (
        await discord_double.submit_modal(opened.custom_id, {"article": "not a choice"}, user=mod)
    ).message()
    assert refused.ephemeral and "must be one of its choices" in refused.text
    opened = await (await discord_double.click(review, label="Fix key", user=mod)).response()
    await (
        await discord_double.submit_modal(opened.custom_id, {"article": other}, user=mod)
    ).message()

    assert f"Answer: {other}" in review.text
    fixed = await services.content.show(discord_double.guild.id, slug)
    assert fixed.briefing.questions[index].answer == other


async def test_removing_a_briefing_asks_first_and_deletes_only_on_confirm(discord_double, bot):
    mod = discord_double.moderator
    await _reply(
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    )

    asked = await _reply(
        await discord_double.slash("briefing remove", {"briefing": "harbour"}, user=mod)
    )
    assert asked.ephemeral
    assert "Delete `harbour`?" in asked.text and "cannot be undone" in asked.text
    listed = await _reply(await discord_double.slash("briefing list", user=mod))
    assert "`harbour`" in listed.text, "nothing is deleted before the confirm"

    await (await discord_double.click(asked, label="Yes, delete it", user=mod)).message()
    assert "`harbour` and its versions are deleted" in asked.text
    listed = await _reply(await discord_double.slash("briefing list", user=mod))
    assert "`harbour`" not in listed.text
