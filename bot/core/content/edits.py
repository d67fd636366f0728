"""Moderators' review edits to a briefing: drop a question, mark it checked, fix its key,
accept another spelling (a fixed "who said" key moves its quote to the person now named).
Each returns new YAML text, which the loader checks like any upload.

The YAML is written again from the model, so comments of the original file are not kept.
"""

from __future__ import annotations

from typing import Any, Literal

import yaml

from bot.core.errors import InvalidInput, NotFound
from bot.core.lookup import one_named
from bot.core.models import Briefing
from bot.i18n import _

__all__ = [
    "EXPLANATION_MAX",
    "Edit",
    "apply_edit",
    "briefing_data",
    "briefing_yaml",
    "dump_briefing",
    "question_at",
    "question_meant",
]

Edit = Literal["drop", "check", "answer", "accept"]

HEADER = "# Edited in Discord with /briefing; comments of the uploaded file are not kept.\n"


def briefing_yaml(briefing: Briefing) -> str:
    """The briefing as YAML the loader reads back to the same briefing."""
    return _dump(briefing_data(briefing))


def briefing_data(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain data, to change and write back with `dump_briefing`."""
    return briefing.model_dump(mode="python", by_alias=True)


def dump_briefing(data: dict[str, Any]) -> str:
    """`briefing_data`, changed, as the YAML a review edit stores."""
    return _dump(data)


def _pruned(value: Any) -> Any:
    """Without empty values and `review: false`, which are the defaults."""
    if isinstance(value, dict):
        return {
            k: _pruned(v)
            for k, v in value.items()
            if v is not None and v != [] and not (k == "review" and v is False)
        }
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def _dump(data: dict[str, Any]) -> str:
    data = _pruned(data)
    data = {"schema": data.pop("schema"), **data}
    return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def question_meant(briefing: Briefing, index: int, question_id: str = "") -> int | None:
    """Where the question a review button was shown under is now: the one it names by id,
    wherever edits since moved it, or None when it is gone (a Drop clicked again after its
    first try landed drops nothing more); a button naming none (sent before buttons named
    their question) means the question now at its place."""
    if not briefing.questions:
        return None
    if not question_id:
        return max(0, min(index, len(briefing.questions) - 1))
    return next((i for i, q in enumerate(briefing.questions) if q.id == question_id), None)


def question_at(briefing: Briefing, index: int, question_id: str = "") -> int:
    """`question_meant`, or NotFound once that question is gone (a form to fix its key)."""
    at = question_meant(briefing, index, question_id)
    if at is None:
        raise NotFound(_("The briefing has no question `{id}` (any more).").format(id=question_id))
    return at


EXPLANATION_MAX = 1000
"""The longest explanation a review edit keeps (what the review page shows of it)."""


def apply_edit(
    briefing: Briefing, question_id: str, edit: Edit, value: str = "", explanation: str = ""
) -> str:
    """The YAML of `briefing` after one edit to one of its questions. Fixing the key may
    give the question's explanation too (a fixed speaker makes the old "why" wrong); fixing a
    "who said" key moves the quote to the person now named."""
    data: dict[str, Any] = briefing.model_dump(mode="python", by_alias=True)
    questions: list[dict[str, Any]] = data["questions"]
    index = next((i for i, q in enumerate(questions) if q["id"] == question_id), None)
    if index is None:
        raise NotFound(_("The briefing has no question `{id}` (any more).").format(id=question_id))
    question = questions[index]
    value = " ".join(value.split())[:240]
    if edit == "drop":
        del questions[index]
        for note in data["notes"]:
            note["applies_to"] = [i for i in note["applies_to"] if i != question_id]
    elif edit == "check":
        question["review"] = False
    elif edit == "answer":
        before = question["answer"]
        question["answer"] = _answer(question, value)
        _move_quotes(data["figures"], question["refs"], before, question["answer"])
        if explanation.strip():
            question["explanation"] = " ".join(explanation.split())[:EXPLANATION_MAX]
    elif edit == "accept":
        if not value:
            raise InvalidInput(_("Write the other answer to accept."))
        if question["kind"] != "short":
            raise InvalidInput(_("Only typed (short) questions accept other spellings."))
        if value.casefold() not in {a.casefold() for a in question["accept"]}:
            question["accept"].append(value)
    return _dump(data)


def _move_quotes(figures: list[dict[str, Any]], refs: list[str], old: object, new: object) -> None:
    """A fixed "who said" key moves the quote it asks about to the person now named, so
    `/quote` and `/figures` credit the same person as the question."""
    by_name = {str(f["name"]).casefold(): f for f in figures}
    giver = by_name.get(str(old).casefold())
    taker = by_name.get(str(new).casefold())
    if giver is None or taker is None or giver is taker:
        return
    moved = [q for q in giver["quotes"] if q["id"] in refs]
    giver["quotes"] = [q for q in giver["quotes"] if q["id"] not in refs]
    taker["quotes"].extend(moved)


def _answer(question: dict[str, Any], value: str) -> str | bool:
    if not value:
        raise InvalidInput(_("Write the right answer."))
    if question["kind"] == "truefalse":
        folded = value.casefold()
        if folded in {"true", "t", "yes", "vrai", "v", "oui"}:
            return True
        if folded in {"false", "f", "no", "faux", "non"}:
            return False
        raise InvalidInput(_("A true/false question's answer is `true` or `false`."))
    if question["kind"] == "choice":
        match = next((c for c in question["choices"] if c.casefold() == value.casefold()), None)
        if match is None:  # a slip in a choice typed whole ("Mick Curan"), or a word of one
            match = one_named(value, [(c, c) for c in question["choices"]])
        if match is None:
            raise InvalidInput(
                _("The answer of a choice question must be one of its choices: {choices}").format(
                    choices=", ".join(question["choices"])
                )
            )
        return str(match)
    return value
