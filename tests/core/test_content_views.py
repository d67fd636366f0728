"""What moderators read: every upload problem (in a file when long), the review pages."""

from __future__ import annotations

from test_content_service import CLUB, MINI, harbour, make_service

from bot.console.render import PlainInline
from bot.core.content.views import review_reply, upload_reply
from bot.core.replies import render_reply


async def test_a_long_problem_list_comes_as_a_file_with_every_problem():
    service = make_service()
    broken = MINI.replace("id: mini", "id: Mini").replace("refs: [", "refs: [x")
    broken = broken.replace("explanation:", "explaination:")
    outcome = await service.upload(CLUB, "mini.yaml", broken.encode())
    assert len(outcome.problems) > 8

    reply = render_reply(upload_reply(outcome), PlainInline())  # the file's name as typed

    attached = reply.attachments["mini.yaml.problems.txt"].decode().splitlines()
    assert attached == list(outcome.problems)
    assert reply.pages[0].title == f"mini.yaml: {len(outcome.problems)} problems"
    assert "Nothing was stored" in reply.pages[0].body


async def test_a_short_problem_list_is_read_in_the_message():
    service = make_service()
    outcome = await service.upload(CLUB, "h.yaml", harbour().replace(b"refs: [town]", b"refs: []"))

    reply = render_reply(upload_reply(outcome), PlainInline())  # the file's name as typed

    assert reply.attachments == {}
    assert reply.pages[0].body.startswith(outcome.problems[0])


async def test_review_pages_a_draft_question_by_question():
    service = make_service()
    outcome = await service.upload(CLUB, "h.yaml", harbour())
    shown = await service.show(CLUB, "harbour")

    first, short = review_reply(shown, 0), review_reply(shown, 1)

    assert first.pages[0].footer == "Question 1 of 3 · id q-days"
    assert [b.action for b in first.buttons] == [
        "go:-1",
        "go:1",
        "drop:0:q-days",
        "check:0:q-days",
        "key:0:q-days",
        "publish:0",
    ]
    assert first.buttons[0].disabled and not first.buttons[-1].disabled
    assert "accept:1:q-who" in [b.action for b in short.buttons]  # typed answers take spellings
    assert "draft, students do not see it" in first.pages[0].body
    await service.publish(CLUB, "harbour")
    published = review_reply(await service.show(CLUB, outcome.record.slug), 0)
    assert published.buttons[-1].disabled and published.buttons[-1].label == "Published"
