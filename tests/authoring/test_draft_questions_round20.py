"""Questions, twentieth round (invented text): a name opened by a courtesy title ("Mr Holm’s
home", "Dr Brandt") is a person, never a place a false statement may swap in or out; a
teaser cut off at an ellipsis, or a statement about the outlet's own reporting ("Nordland
News reports that", "spoke to The Courier") or one whose "this" the sentence before explains
("Per Holm stated this in an interview ..."), is no statement to ask about."""

from __future__ import annotations

import pytest

from bot.authoring.article import Block
from bot.authoring.facts import find_facts
from bot.authoring.people import find_people
from tests.authoring.drafted import FLOOD_HEADLINE, FLOOD_PARAGRAPHS, drafted


def _places(text: str) -> list[str]:
    blocks = [Block(1, "paragraph", text, 0)]
    facts = find_facts(blocks, find_people(blocks))
    return [d.text for fact in facts for d in fact.of("place")]


def test_a_titled_persons_home_is_no_place() -> None:
    text = "Officers from Varnholt searched the house at Mr Holm’s home on Monday morning."
    assert "Mr Holm" not in _places(text)
    assert "Varnholt" in _places(text)


def test_a_doctors_office_is_no_place() -> None:
    text = "Officers from Varnholt met the family at Dr Brandt’s surgery on Monday morning."
    assert "Dr Brandt" not in _places(text)
    assert "Varnholt" in _places(text)


def test_a_teaser_cut_off_at_an_ellipsis_makes_no_question() -> None:
    teaser = (
        "Varnholt, May 5 The harbour's oldest residents are the grey seals, the eider ducks,"
        " the otters of the north quay and the herring gulls, ..."
    )
    draft = drafted("\n\n".join([FLOOD_HEADLINE, teaser, *FLOOD_PARAGRAPHS]))
    prompts = [str(q["prompt"]) for q in draft["questions"]]
    assert not any("eider ducks" in p for p in prompts)
    assert any("forty homes" in p for p in prompts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordland News reports that the harbour master closed the quay on Saturday morning.",
        "Harbour master Per Holm spoke to The Courier yesterday as the river rose by 40 cm.",
    ],
)
def test_a_statement_about_the_outlets_reporting_makes_no_question(sentence: str) -> None:
    draft = drafted("\n\n".join([FLOOD_HEADLINE, sentence, *FLOOD_PARAGRAPHS]))
    prompts = [str(q["prompt"]) for q in draft["questions"]]
    assert not any(("reports that" in p or "The Courier" in p) for p in prompts)
    assert any("forty homes" in p for p in prompts)


def test_a_statement_saying_where_this_was_said_makes_no_question() -> None:
    said_this = (
        "Harbour master Per Holm stated this in an interview with Nordland Radio on Friday"
        " while visiting the flooded homes."
    )
    draft = drafted("\n\n".join([FLOOD_HEADLINE, said_this, *FLOOD_PARAGRAPHS]))
    prompts = [str(q["prompt"]) for q in draft["questions"]]
    assert not any("stated this" in p for p in prompts)
    assert any("forty homes" in p for p in prompts)


def test_a_statement_with_who_revealed_this_stays_askable() -> None:
    who = (
        "Mayor Ilse Brandt, who revealed this on Monday, said that 40 homes in Varnholt were"
        " flooded and that the town hall would stay open."
    )
    draft = drafted("\n\n".join([FLOOD_HEADLINE, who]))
    prompts = [str(q["prompt"]) for q in draft["questions"]]
    assert any("revealed this" in p for p in prompts)


def test_a_blank_in_a_sentence_leaning_on_the_one_before_makes_no_question() -> None:
    count = "Officials moved 420 families out of the lower streets of Varnholt on Monday."
    lot = "Of the lot, 371 asked for help to move to the shelter at the town hall."
    draft = drafted("\n\n".join([FLOOD_HEADLINE, count, lot, *FLOOD_PARAGRAPHS]))
    prompts = [str(q["prompt"]) for q in draft["questions"]]
    assert not any(p.startswith("Fill in the blank: Of the lot") for p in prompts)
    assert any("families out of the lower streets" in p for p in prompts)
