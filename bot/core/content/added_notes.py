"""An editor's note added from Discord to a claim the article gets wrong, pointed at every
item where students meet that claim, so a moderator never writes a note's ids by hand.

A claim is a fact or a quote of the briefing. Its note points at it, at the section it is in
(its points are the article's sentences, the claim among them), at the timeline entries that
say the same thing (given an id when they have none), and at the questions that test it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.content.edits import briefing_data, dump_briefing
from bot.core.errors import InvalidInput
from bot.core.lookup import one_named
from bot.core.mentions import without_mentions
from bot.core.models import Briefing
from bot.core.wording import shorten
from bot.i18n import _

__all__ = ["AddedNote", "add_note", "claim_choices", "find_claim", "remove_notes"]


@dataclass(frozen=True, slots=True)
class AddedNote:
    """What `add_note` did, for the reply."""

    yaml_text: str
    claim: str
    """The claim's words, as students read them."""
    places: int
    """Items the note shows on: the claim, its section, timeline entries, questions."""


def _claims(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(id, words, kind) of every fact, then every quote."""
    found = [(str(f["id"]), str(f["text"]), "fact") for f in data["facts"]]
    found += [
        (str(q["id"]), str(q["text"]), "quote")
        for figure in data["figures"]
        for q in figure["quotes"]
        if q.get("id")
    ]
    return found


def claim_choices(briefing: Briefing) -> list[tuple[str, str]]:
    """(label, id) of each claim a note can be added to: the facts, then the quotes."""
    return [
        (shorten(f"{_('fact') if kind == 'fact' else _('quote')}: {words}", 100), claim_id)
        for claim_id, words, kind in _claims(briefing_data(briefing))
    ]


def remove_notes(briefing: Briefing, claim: str) -> AddedNote:
    """The briefing without the notes on the claim `claim` names (a note undone); `places`
    is how many notes went."""
    data = briefing_data(briefing)
    claim_id, words, _kind = find_claim(data, claim)
    kept = [n for n in data["notes"] if claim_id not in n["applies_to"]]
    gone = len(data["notes"]) - len(kept)
    if not gone:
        raise InvalidInput(
            _("“{claim}” has no editor's note to take out.").format(claim=shorten(words, 80))
        )
    data["notes"] = kept
    return AddedNote(dump_briefing(data), words, gone)


def find_claim(data: dict[str, Any], typed: str) -> tuple[str, str, str]:
    """(id, words, kind) of the fact or quote `typed` names: its id (the autocomplete's
    value), or the start of its words."""
    claims = _claims(data)
    named = next((c for c in claims if c[0] == typed.strip()), None)
    if named is None:
        found = one_named(typed, [(c[0], c[1]) for c in claims])
        named = next((c for c in claims if c[0] == found), None)
    if named is None:
        raise InvalidInput(
            _(
                "No fact or quote of this briefing starts with “{typed}”: pick one from the "
                "list the option offers, or type the first words of one."
            ).format(typed=shorten(typed, 60))
        )
    return named


def _flat(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def add_note(briefing: Briefing, claim: str, text: str, source: str) -> AddedNote:
    """The briefing with a note saying `text`, after `source`, on the claim `claim` names
    (its id, or the start of its words) and wherever students meet it."""
    text = " ".join(without_mentions(text).split())[:4000]
    source = " ".join(without_mentions(source).split())[:240]
    if not text and not source:
        raise InvalidInput(
            _(
                "Write the note (text:) and its source (source:), or take the claim's notes "
                "out with remove:True."
            )
        )
    if not text:
        raise InvalidInput(_("Write what the article gets wrong, and what is right."))
    if not source:
        raise InvalidInput(_("Name the source that says so: an outlet, a report or a link."))
    data = briefing_data(briefing)
    claim_id, words, kind = find_claim(data, claim)
    places = [claim_id]
    item = next(
        (f for f in data["facts"] if f["id"] == claim_id)
        if kind == "fact"
        else (q for fig in data["figures"] for q in fig["quotes"] if q.get("id") == claim_id)
    )
    if item.get("section"):
        places.append(str(item["section"]))
    taken = {str(i) for i in _ids(data)}
    for entry in data["timeline"]:
        if _flat(entry["what"]) == _flat(words) or _flat(words) in _flat(entry["what"]):
            if not entry.get("id"):
                entry["id"] = _free(f"{claim_id}-when"[:56], taken)
            places.append(str(entry["id"]))
    places += [str(q["id"]) for q in data["questions"] if claim_id in q["refs"]]
    data["notes"].append(
        {
            "id": _free("note", taken),
            "text": text,
            "sources": [source],
            "applies_to": list(dict.fromkeys(places)),
        }
    )
    return AddedNote(dump_briefing(data), words, len(dict.fromkeys(places)))


def _ids(data: dict[str, Any]) -> list[object]:
    """Every id the briefing holds, so a new one is never one of them."""
    found: list[object] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if "id" in value:
                found.append(value["id"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found


def _free(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever no item has; noted as taken."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
