"""Custom ids: declared once, built and parsed from the same template, old ids still routed."""

from __future__ import annotations

import asyncio

import pytest

from bot.discord_bot.custom_ids import (
    BRIEFING_REVIEW,
    LEGACY,
    PAGE,
    SOLO_CLICK,
    TEMPLATES,
    VERSION,
    MalformedId,
    parse_id,
)
from tests.discord_double import CallbackType, DiscordDouble


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_every_template_round_trips(kind: str) -> None:
    template = TEMPLATES[kind]
    values = [f"{name}{n}" for n, name in enumerate(template.fields)]
    built = template.build(*values)
    assert built.split(":")[:2] == [VERSION, kind]
    assert parse_id(built) == (template, values)
    if values:  # a template without fields ("Review now") has no prefix to extend
        assert template.parse(template.prefix(*values[:-1]) + values[-1]) == values


def test_an_old_format_id_parses_as_its_template() -> None:
    assert parse_id(f"{LEGACY}:qs:abc123:2:B") == (SOLO_CLICK, ["abc123", "2", "B"])


def test_free_text_with_colons_stays_in_its_field() -> None:
    built = PAGE.build("glossary", "mini", "re: the treaty", "2s", 2)
    assert PAGE.parse(built) == ["glossary", "mini", "re: the treaty", "2s", "2"]


def test_page_ids_sent_before_the_asker_field_still_parse() -> None:
    assert PAGE.parse(f"{LEGACY}:pg:glossary:mini:sanctions:2") == [
        "glossary",
        "mini",
        "sanctions",
        "",
        "2",
    ]
    assert PAGE.parse(f"{LEGACY}:pg:glossary:mini:sanctions:2s:3")[3:] == ["2s", "3"]


def test_review_buttons_sent_before_they_named_their_question_still_parse() -> None:
    """Such a Drop means the question at its place, as it did (faults-40)."""
    assert BRIEFING_REVIEW.parse(f"{VERSION}:br:7:drop:2") == ["7", "drop", "2", ""]
    assert BRIEFING_REVIEW.parse(f"{VERSION}:br:7:drop:2:q-days")[3] == "q-days"


@pytest.mark.parametrize("bad", [f"{VERSION}:qs:abc", f"{VERSION}:zz:1", f"{LEGACY}:qs:a:1:B:C"])
def test_a_malformed_id_is_refused_politely(bad: str) -> None:
    with pytest.raises(MalformedId, match="Please run the command again"):
        parse_id(bad)


def test_an_id_that_is_not_ours_is_left_alone() -> None:
    assert parse_id("other-bot:qs:1") is None


async def _solo_quiz(double: DiscordDouble):
    reply = await (await double.slash("quiz", {"briefing": "mini", "count": 3})).response()
    assert reply.message is not None
    return reply.message


async def test_a_button_posted_with_an_old_id_still_answers(discord_double, bot, services):
    message = await _solo_quiz(discord_double)
    button = message.buttons[0]
    assert button["custom_id"].startswith(f"{VERSION}:qs:")
    button["custom_id"] = LEGACY + button["custom_id"].removeprefix(VERSION)  # as posted before
    session_id = button["custom_id"].split(":")[2]
    got = await (await discord_double.click(message, button["custom_id"])).response()
    if got.type == CallbackType.MODAL:  # a short question: the old "Answer" button opened its box
        await (await discord_double.submit_modal(got.custom_id, {"answer": "three"})).response()
    answers = []
    for _ in range(100):  # the bot may acknowledge first and commit the answer just after
        answers = await services.store.answers.session_answers(session_id)
        if answers:
            break
        await asyncio.sleep(0.05)
    assert len(answers) == 1, "the click on the old id was answered and recorded"


async def test_a_damaged_id_gets_a_polite_answer(discord_double, bot, services):
    message = await _solo_quiz(discord_double)
    button = message.buttons[0]
    button["custom_id"] = button["custom_id"].rsplit(":", 1)[0]  # a field missing
    reply = await (await discord_double.click(message, button["custom_id"])).response()
    assert reply.ephemeral and "Please run the command again" in reply.message.text
