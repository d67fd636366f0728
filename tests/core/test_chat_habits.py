"""Chat habits around a typed answer: a correction on the last line, a mention of the bot
first, leetspeak. The phrasings are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.chat_habits import answer_of, leet_reading
from bot.core.loader import load_briefing
from bot.core.matching import is_correct
from bot.core.quiz import judge, present_all

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("kenia\n*kenya", "kenya"),
        ("uganda\n* kenya", "kenya"),
        ("hmm\nnairobi\n*mombasa", "mombasa"),
        ("<@987654> kenya", "kenya"),
        ("<@!42>, kenya", "kenya"),
        ("@quizbot: kenya", "kenya"),
        ("@quizbot\n*kenya", "kenya"),
        ("<@5>kenya", "kenya"),
    ],
)
def test_the_answer_is_read_from_a_correction_or_after_a_mention(typed, answer):
    assert answer_of(typed) == answer


@pytest.mark.parametrize(
    "typed",
    [
        "kenya\n**uganda**",  # bold on a second line corrects nothing
        "kenya\n*uganda*",  # nor does a word in italics
        "*kenya",  # one line: the asterisk is punctuation
        "kenya *uganda",  # an asterisk inside one line is not a correction
        "kenya @quizbot",  # a mention last is part of the message
        "@everyone",  # a mention alone is all there is to judge
        "<@&77>",
    ],
)
def test_other_asterisks_and_mentions_leave_the_message_as_typed(typed):
    assert answer_of(typed) == typed


def test_a_correction_on_the_last_line_is_what_the_quiz_judges():
    (qq,) = present_all(BRIEFING, ["q-awkward-country"], seed=0)
    assert judge(BRIEFING, qq, "japan\n*china")[0]
    assert not judge(BRIEFING, qq, "china\n*japan")[0]
    (tf,) = present_all(BRIEFING, ["q-dual-use"], seed=0)
    assert judge(BRIEFING, tf, "false\n*true") == (True, "true")


def test_a_mention_before_an_answer_is_read_past():
    (qq,) = present_all(BRIEFING, ["q-port-ocean"], seed=0)
    assert judge(BRIEFING, qq, "<@1180> pacific")[0]
    assert not judge(BRIEFING, qq, "@briefbot atlantic")[0]


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("k3ny4", "Kenya"), ("d4nub3 river", "Danube river"), ("N41R0B1", "Nairobi")],
)
def test_leetspeak_reads_as_the_letters_it_stands_for(typed, answer):
    assert is_correct(typed, answer)


@pytest.mark.parametrize(
    ("typed", "answer"), [("ug4nd4", "Kenya"), ("k3ny4", "Kenyatta"), ("g7", "G20")]
)
def test_leetspeak_never_rescues_a_wrong_answer(typed, answer):
    assert not is_correct(typed, answer)


@pytest.mark.parametrize("typed", ["75yrs", "3rd", "3,000", "1990s"])
def test_a_number_with_its_unit_is_no_leetspeak(typed):
    assert leet_reading(typed) is None


def test_a_name_with_a_digit_is_still_judged_as_typed():
    assert is_correct("g7", "G7")
    assert not is_correct("g7", "G20")


def test_leetspeak_never_hides_another_unit_of_time():
    question = "For how many years did the truce hold?"
    assert not is_correct("12 m0nths", "12", ("12 years",), context=question)
    assert is_correct("12 y34rs", "12", ("12 years",), context=question)
