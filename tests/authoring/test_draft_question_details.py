"""Drafted questions never blank a piece of a number, a clock time or the end of a longer
name, and a statement is never cut at an honorific's dot ("Hon.")."""

from __future__ import annotations

from bot.authoring.article import read_article
from bot.authoring.facts import find_facts
from bot.authoring.people import find_people
from bot.authoring.questions import DraftFact, make_questions
from tests.authoring.drafted import drafted

BLANK = "_____"


def _prompts(text: str) -> list[str]:
    return [q["prompt"] for q in drafted(text).get("questions", [])]


def _answers(text: str) -> list[str]:
    return [str(q["answer"]) for q in drafted(text).get("questions", [])]


ARTICLE = (
    "Council raises maize price\n\n"
    "The district council said on Monday that a 50kg bag of maize will now cost MK25, 000 at "
    "its depots, up from 18,000 kwacha last year.\n\n"
    "The fire at the market started at 7:30 pm on Tuesday and was put out by 6.00 pm on "
    "Wednesday, the fire brigade said.\n\n"
    "Relief will reach 40 families who lost their homes.\n"
)


def test_no_blank_splits_a_number_or_a_clock_time() -> None:
    answers = _answers(ARTICLE)
    assert "000" not in answers
    assert "30" not in answers
    assert "6.00" not in answers


def test_no_blank_takes_the_end_of_a_longer_name() -> None:
    article = read_article(
        "Candidate condemns threats\n\n"
        "Lead Senate candidate for New South Wales, Jo Barker, said the threats showed a "
        "failure of policy.\n\n"
        "Similar threats were reported in Scotland last year.\n\n"
        "Police in Ireland said they were watching, as did police in England.\n"
    )
    blocks = [block for section in article.sections for block in section.blocks]
    facts = find_facts(blocks, find_people(blocks))
    questions = make_questions([], [], [DraftFact(f"f{i}", f) for i, f in enumerate(facts)])
    prompts = [q.data["prompt"] for q in questions]
    assert any(BLANK in p for p in prompts)  # places that stand alone are still asked
    assert not any(f"New South {BLANK}" in p for p in prompts)


def test_a_statement_is_not_cut_at_an_honorifics_dot() -> None:
    prompts = _prompts(
        "Residents back bakers\n\n"
        "Tensions are rising in Adoagyiri as residents, led by the Bread Sellers Association, "
        "are urging the Electoral Commission to disqualify Hon. Kwame Mensah from the race.\n\n"
        "The commission said it would meet on Friday to consider the petition.\n"
    )
    assert any("disqualify Hon. Kwame Mensah from the race" in p for p in prompts)
    assert not any(p.rstrip().endswith("Hon.") for p in prompts)
