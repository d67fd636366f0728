"""The people of a briefing changed from Discord: a quote given its speaker (the draft leaves
about one in six without one), a role fixed, a person added, so a moderator finishes a draft
without its YAML file.

A person is named as a moderator types them: their name, a word of it or an alias, with a
slip forgiven ("Chakwra" is Lazarus Chakwera); a name that matches nobody is a new person,
who needs a role. A quote is named by its id (the autocomplete's value) or the start of its
words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.content.edits import briefing_data, dump_briefing
from bot.core.errors import InvalidInput
from bot.core.lookup import one_named, prefix_matches
from bot.core.mentions import without_mentions
from bot.core.models import Briefing
from bot.core.slugs import slugify
from bot.core.wording import shorten
from bot.i18n import _

__all__ = [
    "UNATTRIBUTED",
    "PersonChange",
    "change_person",
    "quote_choices",
    "remove_person",
    "remove_quote",
]

UNATTRIBUTED = "unattributed"
"""The drafted figure holding the quotes whose speaker the draft did not find."""


@dataclass(frozen=True, slots=True)
class PersonChange:
    """What `change_person` did, for the reply."""

    yaml_text: str
    name: str
    """The person's name as the briefing now has it."""
    role: str
    added: bool
    """A new person."""
    typed: str
    """The name as the moderator typed it."""
    moved_from: str | None
    """The speaker the quote had before ("" for none found), None when no quote moved."""
    quote: str
    unattributed_left: int
    rekeyed: tuple[str, ...] = ()
    """Prompts of the "who said" questions on the quote whose key now names its speaker."""


def quote_choices(briefing: Briefing) -> list[tuple[str, str]]:
    """(label, quote id) of every quote, those without a speaker first."""
    found: list[tuple[int, str, str]] = []
    for figure in briefing.figures:
        for quote in figure.quotes:
            if quote.id is None:
                continue
            alone = figure.id == UNATTRIBUTED
            who = _("no speaker") if alone else figure.name
            label = f"{who}: “{shorten(quote.text, 80)}”"
            found.append((0 if alone else 1, label, quote.id))
    return [(label, quote_id) for _rank, label, quote_id in sorted(found, key=lambda f: f[0])]


def _quote(data: dict[str, Any], typed: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The figure holding the quote `typed` names, and the quote."""
    held = [(f, q) for f in data["figures"] for q in f["quotes"] if q.get("id")]
    named = next((q["id"] for _f, q in held if typed.strip() == q["id"]), None)
    if named is None:  # the start of its words, typed rather than picked
        named = one_named(typed, [(q["id"], q["text"]) for _f, q in held])
    if named is None:
        raise InvalidInput(
            _(
                "No quote of this briefing starts with “{typed}”: pick one from the list the "
                "quote option offers, or type the first words of one."
            ).format(typed=shorten(typed, 60))
        )
    return next((f, q) for f, q in held if q["id"] == named)


def _person(data: dict[str, Any], typed: str) -> dict[str, Any] | None:
    """The figure `typed` names (exactly, or a word, alias or slip away), or None."""
    people = [f for f in data["figures"] if f["id"] != UNATTRIBUTED]
    folded = typed.casefold()
    exact = [f for f in people if folded in {str(n).casefold() for n in [f["name"], *f["aliases"]]}]
    if len(exact) == 1:
        return exact[0]
    names = [(f["id"], str(n)) for f in people for n in [f["name"], *f["aliases"]]]
    found = one_named(typed, names)
    if found is None:
        several = list(dict.fromkeys(prefix_matches(typed, names)))
        if len(several) > 1:  # "Mick" for Mick Curran and Mick Leitch: never a new "Mick"
            both = [str(f["name"]) for f in people if f["id"] in several]
            raise InvalidInput(
                _("“{typed}” could be {names}: type more of the name.").format(
                    typed=typed, names=_(" or ").join(both)
                )
            )
    return next((f for f in people if f["id"] == found), None)


def remove_quote(briefing: Briefing, quote: str) -> tuple[str, str, int]:
    """The briefing without the quote `quote` names: words the article puts in quotation
    marks that nobody said (a term, a name, a slogan: a third of the quotes the draft finds
    no speaker for are three words or fewer). Its words, and how many quotes are still
    without a speaker. Refused while a question tests it."""
    data = briefing_data(briefing)
    holder, said = _quote(data, quote)
    tested = [q for q in data["questions"] if said["id"] in q["refs"]]
    if tested:
        raise InvalidInput(
            _(
                "A question tests this quote (“{prompt}”): drop it with `/briefing show` first."
            ).format(prompt=shorten(str(tested[0]["prompt"]), 80))
        )
    holder["quotes"].remove(said)
    for note in data["notes"]:
        note["applies_to"] = [i for i in note["applies_to"] if i != said["id"]]
    data["notes"] = [n for n in data["notes"] if n["applies_to"]]
    alone = next((f for f in data["figures"] if f["id"] == UNATTRIBUTED), None)
    if alone is not None and not alone["quotes"]:
        data["figures"].remove(alone)
    left = len(alone["quotes"]) if alone is not None else 0
    return dump_briefing(data), str(said["text"]), left


def remove_person(briefing: Briefing, name: str) -> tuple[str, str, int]:
    """The briefing without the person `name` names (a mistake undone: someone added twice,
    or by a slip), their quotes back among those without a speaker; their name, and how many
    quotes went back. Refused while a question has them as its answer."""
    data = briefing_data(briefing)
    figure = _person(data, " ".join(without_mentions(name).split())[:240])
    if figure is None:
        known = ", ".join(f["name"] for f in data["figures"] if f["id"] != UNATTRIBUTED)
        raise InvalidInput(
            _("Nobody in this briefing is named “{name}”: its people are {known}.").format(
                name=name, known=known or _("nobody yet")
            )
        )
    named = {str(n).casefold() for n in [figure["name"], *figure["aliases"]]}
    answered = [q for q in data["questions"] if str(q["answer"]).casefold() in named]
    if answered:
        raise InvalidInput(
            _(
                "A question has {name} as its answer (“{prompt}”): fix its key or drop it "
                "with `/briefing show` first."
            ).format(name=figure["name"], prompt=shorten(str(answered[0]["prompt"]), 80))
        )
    data["figures"].remove(figure)
    quotes = figure["quotes"]
    if quotes:
        alone = next((f for f in data["figures"] if f["id"] == UNATTRIBUTED), None)
        if alone is None:
            alone = {
                "id": UNATTRIBUTED,
                "name": "Unattributed quotes",
                "role": "speaker not found: give each quote its speaker with /briefing person",
                "aliases": [],
                "quotes": [],
            }
            data["figures"].append(alone)
        alone["quotes"].extend(quotes)
    for note in data["notes"]:
        note["applies_to"] = [i for i in note["applies_to"] if i != figure["id"]]
    return dump_briefing(data), str(figure["name"]), len(quotes)


def _rekey_who_said(
    data: dict[str, Any], quote_id: str, giver: dict[str, Any], taker: dict[str, Any]
) -> list[str]:
    """The "who said" questions on a quote that moved from `giver` to `taker`: their key
    follows the quote (as a fixed key moves the quote), the giver's name among the choices
    becomes the taker's, and the explanation that named the giver names the taker; each is
    marked to review. Their prompts."""
    old, new = str(giver["name"]), str(taker["name"])
    prompts = []
    for question in data["questions"]:
        if quote_id not in question["refs"] or str(question["answer"]).casefold() != old.casefold():
            continue
        folded = [c.casefold() for c in question["choices"]]
        if question["kind"] == "choice" and new.casefold() not in folded:
            question["choices"] = [
                new if c.casefold() == old.casefold() else c for c in question["choices"]
            ]
        if question["kind"] == "short":  # the old surname is no longer a right answer
            question["accept"] = [new.split()[-1]] if " " in new else []
        question["answer"] = new
        if str(question["explanation"]).startswith(old):
            question["explanation"] = _("{name}, {role}, said it.").format(
                name=new, role=taker["role"]
            )
        question["review"] = True
        prompts.append(str(question["prompt"]))
    return prompts


def change_person(briefing: Briefing, name: str, role: str = "", quote: str = "") -> PersonChange:
    """The briefing with the person `name` given `role` (a new person needs one) and the
    quote `quote` moved to them; the drafted holder of quotes without a speaker goes once
    it holds none."""
    name = " ".join(without_mentions(name).split())[:240]
    role = " ".join(without_mentions(role).split())[:240]
    if not name:
        raise InvalidInput(_("Write the person's name."))
    if not role and not quote.strip():
        raise InvalidInput(
            _(
                "Give a quote (quote:) for {name} to have said, or their role (role:), or both."
            ).format(name=name)
        )
    data = briefing_data(briefing)
    figure = _person(data, name)
    added = figure is None
    if figure is None:
        if not role:
            known = ", ".join(f["name"] for f in data["figures"] if f["id"] != UNATTRIBUTED)
            raise InvalidInput(
                _(
                    "Nobody in this briefing is named “{name}”. To add them, give their role "
                    "too (role:); to pick someone already in it, use their name: {known}."
                ).format(name=name, known=known or _("nobody yet"))
            )
        taken = {f["id"] for f in data["figures"]}
        base = slugify(name, fallback="person")
        figure_id = next(
            i for i in (base, *(f"{base}-{n}" for n in range(2, 99))) if i not in taken
        )
        figure = {"id": figure_id, "name": name, "role": role, "aliases": [], "quotes": []}
        at = next(
            (i for i, f in enumerate(data["figures"]) if f["id"] == UNATTRIBUTED),
            len(data["figures"]),
        )
        data["figures"].insert(at, figure)
    elif role:
        figure["role"] = role
    moved_from: str | None = None
    rekeyed: list[str] = []
    words = ""
    if quote.strip():
        holder, said = _quote(data, quote)
        words = said["text"]
        if holder is not figure:
            moved_from = "" if holder["id"] == UNATTRIBUTED else str(holder["name"])
            holder["quotes"].remove(said)
            figure["quotes"].append(said)
            rekeyed = _rekey_who_said(data, said["id"], holder, figure)
    alone = next((f for f in data["figures"] if f["id"] == UNATTRIBUTED), None)
    if alone is not None and not alone["quotes"]:
        data["figures"].remove(alone)
    return PersonChange(
        yaml_text=dump_briefing(data),
        name=str(figure["name"]),
        role=str(figure["role"]),
        added=added,
        typed=name,
        rekeyed=tuple(rekeyed),
        moved_from=moved_from,
        quote=words,
        unattributed_left=len(alone["quotes"]) if alone is not None else 0,
    )
