"""What a moderator should check in a fresh draft, in a few short lines."""

from __future__ import annotations

from bot.authoring.article import readable_text
from bot.authoring.draft import TODO_SHORT, TODO_TITLE, UNATTRIBUTED_ID, draft_briefing
from bot.authoring.other_language import reads_as_another_language
from bot.authoring.people import UNKNOWN_ROLE
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.i18n import _, ngettext

__all__ = ["draft_checklist", "draft_with_checklist"]

MAX_ROLES_NAMED = 5
"""People named with their drafted role in the checklist; the rest are counted only."""


def draft_checklist(briefing: Briefing) -> list[str]:
    """Unattributed quotes, roles to confirm, questions to review, summaries to write: in the
    moderator's language, each count with its own plural."""
    checks: list[str] = []
    unattributed = sum(len(f.quotes) for f in briefing.figures if f.id == UNATTRIBUTED_ID)
    if unattributed:
        checks.append(
            ngettext(
                "{n} quote without a speaker: move it to who said it",
                "{n} quotes without a speaker: move each to who said it",
                unattributed,
            ).format(n=unattributed)
        )
    unknown = [f.name for f in briefing.figures if f.role == UNKNOWN_ROLE]
    if unknown:
        checks.append(
            ngettext("{n} role to confirm: {names}", "{n} roles to confirm: {names}", len(unknown))
            .format(n=len(unknown), names=", ".join(unknown[:5]))
        )  # fmt: skip
    roles = [
        f"{f.name} ({f.role})"
        for f in briefing.figures
        if f.id != UNATTRIBUTED_ID and f.role != UNKNOWN_ROLE
    ]
    if roles:
        named = "; ".join(roles[:MAX_ROLES_NAMED]) + ("…" if len(roles) > MAX_ROLES_NAMED else "")
        checks.append(
            ngettext(
                "{n} role found in the article: check it: {roles}",
                "{n} roles found in the article: check each: {roles}",
                len(roles),
            ).format(n=len(roles), roles=named)
        )
    if not briefing.questions:
        checks.append(
            _(
                "no question could be drafted from this article: students have nothing to "
                "quiz on until you add some with `/briefing question` (or write them in the "
                "attached file and `/briefing upload` it)"
            )
        )
    to_review = sum(1 for q in briefing.questions if q.review)
    if to_review:
        checks.append(
            ngettext(
                "{n} question to review: keep, drop or fix it, then publish",
                "{n} questions to review: keep, drop or fix each, then publish",
                to_review,
            ).format(n=to_review)
        )
    if briefing.title == TODO_TITLE:
        checks.append(_("no headline was found above the article: write its title"))
    if briefing.summary.short == TODO_SHORT:
        checks.append(_("the summaries are placeholders: write them in your own words"))
    return checks


def draft_with_checklist(
    text: str, source_name: str, headline: str | None = None
) -> tuple[str, list[str]]:
    """The draft YAML for an article (as `briefbot draft` writes it, its header naming the
    `/briefing` commands that finish it) and its checklist;
    `headline`, typed apart from the text, is its title."""
    yaml_text = draft_briefing(text, source_file=source_name, headline=headline, where="discord")
    briefing = load_briefing_bytes(yaml_text.encode("utf-8"), "draft").briefing
    checks = draft_checklist(briefing) if briefing is not None else []
    if reads_as_another_language(readable_text(text)):  # a page's markup is no language
        checks.insert(
            0,
            _(
                "the article does not read as English, and the drafter reads English: check "
                "every person, quote and question against it"
            ),
        )
    return yaml_text, checks
