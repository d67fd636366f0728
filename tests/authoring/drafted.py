"""Reading a draft the way the drafting tests check it: its people, their roles, who said what."""

from __future__ import annotations

import yaml

from bot.authoring import draft_briefing


def drafted(text: str) -> dict:
    """The briefing `briefbot draft` makes of `text`, as data."""
    return yaml.safe_load(draft_briefing(text))


def people_in(draft: dict) -> dict[str, str]:
    """Each named person of the draft and the role it gives them."""
    return {f["name"]: f["role"] for f in draft["figures"] if f["id"] != "unattributed"}


def names_in(draft: dict) -> set[str]:
    """The draft's named people."""
    return {f["name"] for f in draft["figures"] if f["id"] != "unattributed"}


def speakers_in(draft: dict) -> dict[str, str | None]:
    """Each quote's text and who the draft says spoke it (None: left unattributed)."""
    return {
        q["text"]: (None if f["id"] == "unattributed" else f["name"])
        for f in draft["figures"]
        for q in f.get("quotes", [])
    }


def shown_in(draft: dict) -> str:
    """What a reader of the draft sees as the article's own: its title, section titles and
    points, people and roles, questions and their choices."""
    parts = [str(draft["title"])]
    for section in draft["sections"]:
        parts += [str(section["title"]), *map(str, section["points"])]
    for figure in draft["figures"]:
        if figure["id"] != "unattributed":
            parts += [str(figure["name"]), str(figure["role"])]
    for question in draft["questions"]:
        parts += [str(question["prompt"]), *map(str, question.get("choices", []))]
    return "\n".join(parts)
