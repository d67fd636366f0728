"""Authoring: turn a news article into a draft briefing that validates as it is."""

from bot.authoring.draft import draft_briefing, write_draft

__all__ = ["draft_briefing", "write_draft"]
