"""Walkthrough 30: the console's verdict on an answer names the article it comes from."""

from __future__ import annotations

import io

from bot.app import Services
from bot.console.console import Console
from tests.bot_fixtures import clock, content, services, settings

__all__ = ["clock", "content", "services", "settings"]


async def test_the_verdict_names_the_article_its_answer_comes_from(services: Services) -> None:
    out = io.StringIO()
    console = Console(services.library, services.study, out, preferences=services.preferences)
    await console.handle("/quiz 1 easy mini")
    assert console.session is not None
    asked = console.session.current()
    before = out.getvalue()

    await console.handle(asked.question.answer_text if asked.question.kind == "short" else "A")

    verdict = out.getvalue()[len(before) :].split("Quiz finished")[0]
    assert asked.question.explanation in verdict
    assert "Source: Harbour reopens after storm · 2026-01-05" in verdict, verdict
