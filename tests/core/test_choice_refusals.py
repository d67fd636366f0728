"""What a student reads when a typed reply at a choice question picks no option: a wrong answer
that is none of the choices ("yam" among four crops, "10 days" among 2, 3, 4 and 7) is told so
plainly, two answers at once ("3 or 4 days", "c or b") are told that one counts, and a reply
that may be a paraphrase or says "idk" is shown only the keys. Every message goes through the
translation function. The questions and facts are invented for these tests."""

from __future__ import annotations

import pytest

from bot.core import choice_refusals
from bot.core.errors import InvalidInput
from bot.core.quiz import judge
from bot.i18n import use_language
from tests.core.test_matching_fifteenth_causes import _choice

CROPS = ["Cassava", "Ackee", "Breadfruit", "Banana"]
HARVEST = "Storm winds flattened the cassava fields and stripped the ackee trees."
DAYS = ["2 days", "3 days", "4 days", "7 days"]
CLOSED = "The storm kept the harbour shut for three days."

NOT_A_CHOICE = "That is not one of the choices. Pick one of A, B, C, D (or 1-4)."
ONE_ANSWER = "Only one answer counts. Pick one of A, B, C, D (or 1-4)."
KEYS_ONLY = "Pick one of A, B, C, D (or 1-4)."


def _refusal(typed: str, *, days: bool = False) -> str:
    if days:
        briefing, shown = _choice("3 days", DAYS, "For how many days was the harbour shut?", CLOSED)
    else:
        briefing, shown = _choice("Cassava", CROPS, "Which tuber did the storm damage?", HARVEST)
    with pytest.raises(InvalidInput) as refused:
        judge(briefing, shown, typed)
    return str(refused.value)


@pytest.mark.parametrize("typed", ["yam", "Yam!", "i think its yam", "potato lol", "sweet potato"])
def test_a_word_that_is_none_of_the_choices_is_told_so(typed: str):
    assert _refusal(typed) == NOT_A_CHOICE


@pytest.mark.parametrize("typed", ["10 days", "ten", "1 week"])
def test_a_number_that_no_option_says_is_told_it_is_none_of_the_choices(typed: str):
    assert _refusal(typed, days=True) == NOT_A_CHOICE


@pytest.mark.parametrize(
    ("typed", "days"),
    [("3 or 4 days", True), ("either 3 or 4", True), ("c or b", False), ("cassava or yam", False)],
)
def test_two_answers_at_once_are_told_that_one_counts(typed: str, days: bool):
    assert _refusal(typed, days=days) == ONE_ANSWER


@pytest.mark.parametrize(
    "typed", ["idk", "not sure", "no idea tbh", "something the wind did to the trees"]
)
def test_a_reply_that_may_mean_an_option_or_none_is_shown_only_the_keys(typed: str):
    assert _refusal(typed) == KEYS_ONLY


def test_each_refusal_is_a_translated_message_formatted_after_translation(monkeypatch):
    asked: list[str] = []

    def translated(message: str) -> str:
        asked.append(message)
        return "[fr] " + message

    monkeypatch.setattr(choice_refusals, "_", translated)
    for typed in ("yam", "c or b", "idk"):
        assert _refusal(typed).startswith("[fr] ") and "A, B, C, D" in _refusal(typed)
    assert len(asked) == 6 and all("{keys}" in message for message in asked)


def test_the_keys_alone_are_still_shown_in_the_students_language():
    with use_language("fr"):
        assert _refusal("idk") == "Choisissez parmi A, B, C, D (ou 1-4)."
