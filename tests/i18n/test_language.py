"""Which language a request speaks, and how the shipped catalogues are reached."""

from __future__ import annotations

import asyncio

from bot.i18n import current_language, pick_language, translate, use_language


def test_a_discord_locale_picks_its_shipped_language() -> None:
    assert pick_language("fr") == "fr"
    assert pick_language("en-GB") == "en"
    assert pick_language("fr_CA") == "fr"


def test_an_unshipped_locale_falls_back_to_the_server_then_english() -> None:
    assert pick_language("ja", "fr") == "fr"
    assert pick_language("ja", None) == "en"
    assert pick_language(None, "") == "en"


def test_the_language_belongs_to_the_request_not_the_process() -> None:
    seen: dict[str, str] = {}

    async def handle(name: str, locale: str) -> None:
        with use_language(locale):
            await asyncio.sleep(0)
            seen[name] = current_language()

    async def both() -> None:
        await asyncio.gather(handle("french", "fr"), handle("english", "en-US"))

    asyncio.run(both())
    assert seen == {"french": "fr", "english": "en"}
    assert current_language() == "en"


def test_an_unknown_message_reads_as_written() -> None:
    assert translate("A sentence no catalogue has.", "fr") == "A sentence no catalogue has."
