"""The problems and exceptions the core reports, in one place.

Exception tree (all derive from `BriefbotError`, so an adapter can catch them in one clause
and show the message to the user as it is):

- `BriefbotError`: anything the user can act on; `str(exc)` is a polite sentence.
  - `NotFound`: an unknown briefing, section, person or question.
  - `QuizError`: an action the quiz rules refuse (already answered, quiz over, not a player).
  - `InvalidInput`: input the bot cannot use (an empty answer, an out-of-range count).
  - `NotSaved`: the store failed to commit; nothing changed, so the user may try again.
  - `NotAllowed`: the user may not do this (a setting only Manage Server may change).
  - `PostRefused`: the platform refused a post (missing permission, channel or server gone).

Content errors are not exceptions: the loader returns `Problem` values, one per thing to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import _

__all__ = [
    "BriefbotError",
    "InvalidInput",
    "NotAllowed",
    "NotFound",
    "NotSaved",
    "PostRefused",
    "Problem",
    "QuizError",
]


class BriefbotError(Exception):
    """An error whose message can be shown to the user as it is."""


class NotFound(BriefbotError):
    """Something the user named does not exist."""


class QuizError(BriefbotError):
    """The quiz rules refuse this action."""


class InvalidInput(BriefbotError):
    """Input the bot cannot use."""


class NotAllowed(BriefbotError):
    """The user may not do this here."""


class NotSaved(BriefbotError):
    """A commit failed; nothing was changed, so the same action can simply be retried."""


class PostRefused(BriefbotError):
    """The platform refused a post: a missing permission, a deleted channel, a server left;
    or failed to take it (`passing`: an outage or the network, which may pass if tried
    again)."""

    def __init__(self, reason: str, *, passing: bool = False) -> None:
        super().__init__(reason)
        self.passing = passing


class DirectMessagesClosed(PostRefused):
    """The person accepts no direct messages from the bot: trying again changes nothing
    until they open them."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a content file: where, what, and how to fix it."""

    line: int
    column: int
    message: str
    fix: str

    def render(self, filename: str) -> str:
        """`content/x.yaml:12:5: what is wrong; how to fix it`."""
        return _("{file}:{line}:{column}: {message}; {fix}").format(
            file=filename, line=self.line, column=self.column, message=self.message, fix=self.fix
        )
