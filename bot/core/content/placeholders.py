"""Drafted placeholders ("TODO: ...") a moderator still has to write before students read."""

from __future__ import annotations

from bot.core.errors import InvalidInput
from bot.core.models import Briefing
from bot.i18n import _, ngettext

__all__ = [
    "MAX_PLACES_NAMED",
    "PLACEHOLDER_MARK",
    "moderator_title",
    "placeholder_places",
    "refuse_placeholders",
]

PLACEHOLDER_MARK = "TODO:"
"""What marks a drafted text the moderator still has to write (`briefbot draft`'s placeholders:
the summaries, what each quote is about)."""


def moderator_title(title: str, slug: str | None = None) -> str:
    """A server briefing's title as its moderators read it: a drafted title placeholder (an
    article with no headline) reads "title still to write", after `slug` when given ("miners,
    title still to write"), never as the placeholder's own sentence, which named every such
    draft alike."""
    if PLACEHOLDER_MARK not in title:
        return title
    if slug is None:
        return _("title still to write")
    return _("{slug}, title still to write").format(slug=slug)


MAX_PLACES_NAMED = 12
"""Placeholders named one by one when publishing is refused; the rest are counted."""


def placeholder_places(briefing: Briefing) -> list[str]:
    """Where the briefing still holds a drafted placeholder, as paths into its YAML
    (`summary.short`, `figures[Ada Quill].quotes[1].context`), in file order."""
    places: list[str] = []

    def walk(value: object, path: str) -> None:
        if isinstance(value, str):
            if PLACEHOLDER_MARK in value:
                places.append(path)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else str(key))
        elif isinstance(value, list):
            for number, item in enumerate(value, 1):
                label = number
                if isinstance(item, dict):
                    label = item.get("id") or item.get("name") or number
                walk(item, f"{path}[{label}]")

    walk(briefing.model_dump(mode="json", by_alias=True), "")
    return places


def refuse_placeholders(briefing: Briefing, slug: str) -> None:
    """InvalidInput naming each drafted placeholder still in the briefing and where: students
    would read "TODO: ..." as it is, so such a version is never published."""
    places = placeholder_places(briefing)
    if not places:
        return
    named = "\n".join(f"• `{place}`" for place in places[:MAX_PLACES_NAMED])
    if len(places) > MAX_PLACES_NAMED:
        more = len(places) - MAX_PLACES_NAMED
        named += "\n" + ngettext("…and {n} more", "…and {n} more", more).format(n=more)
    raise InvalidInput(
        ngettext(
            "`{slug}` is not published: it still has {n} of the draft's TODO placeholders, "
            "which students would read as they are:\n{places}\nWrite it with `/briefing "
            "write {slug}` (or in the drafted file, then `/briefing upload` it), then publish.",
            "`{slug}` is not published: it still has {n} of the draft's TODO placeholders, "
            "which students would read as they are:\n{places}\nWrite them with `/briefing "
            "write {slug}` (or in the drafted file, then `/briefing upload` it), then publish.",
            len(places),
        ).format(slug=slug, n=len(places), places=named)
    )
