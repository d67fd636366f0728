"""Drafted questions never blank a piece of a number, a clock time or the end of a longer
name, and a statement is never cut at an honorific's dot ("Hon.")."""

from __future__ import annotations

import re

import pytest

from bot.authoring.article import read_article
from bot.authoring.facts import find_facts
from bot.authoring.people import find_people
from bot.authoring.questions import DraftFact, DraftFigure, DraftQuote, make_questions
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
        "Lead Senate candidate for New South Wales, Jo Barker, said in Scotland that the "
        "threats showed a failure of policy.\n\n"
        "Similar threats were reported in Wales last year.\n\n"
        "Police in Ireland said they were watching, as did police in England.\n"
    )
    blocks = [block for section in article.sections for block in section.blocks]
    facts = find_facts(blocks, find_people(blocks))
    questions = make_questions([], [], [DraftFact(f"f{i}", f) for i, f in enumerate(facts)])
    prompts = [q.data["prompt"] for q in questions]
    assert any(BLANK in p for p in prompts)  # a place that stands alone is still asked
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


def _questions(text: str) -> list[dict]:
    return list(drafted(text).get("questions", []))


def _statements(text: str) -> list[str]:
    return [q["prompt"] for q in _questions(text) if q["kind"] == "truefalse"]


def _who_said(figures: list[DraftFigure], quotes: list[DraftQuote]) -> list[dict]:
    return [q.data for q in make_questions(figures, quotes, [])]


PEOPLE = [
    DraftFigure("rowe", "Ada Rowe", "Mayor", True),
    DraftFigure("lund", "Pia Lund", "Governor", True),
    DraftFigure("fry", "Tom Fry", "a tenant", True),
]


def test_no_who_said_on_a_fragment_of_a_few_words() -> None:
    asked = _who_said(
        PEOPLE,
        [
            DraftQuote("rowe-deeply", "deeply disturbed", "rowe", 2),
            DraftQuote("lund-fake", "fake news.", "lund", 3),
            DraftQuote("fry-lift", "The lift has been broken since March", "fry", 4),
        ],
    )
    assert [q["answer"] for q in asked] == ["Tom Fry"]


def test_no_who_said_on_the_tail_of_a_sentence_the_writer_began() -> None:
    asked = _who_said(
        PEOPLE,
        [
            DraftQuote("rowe-tail", "is as good as it has ever been between us", "rowe", 2),
            DraftQuote("fry-lift", "The lift has been broken since March", "fry", 4),
        ],
    )
    assert [q["answer"] for q in asked] == ["Tom Fry"]


def test_a_one_word_name_with_no_role_is_neither_a_choice_nor_an_answer() -> None:
    figures = [
        *PEOPLE,
        DraftFigure("apple", "Apple", "role unknown: check the article", False),
        DraftFigure("prayut", "Prayut", "Prime Minister", True),
    ]
    asked = _who_said(
        figures,
        [
            DraftQuote("apple-q", "One instance of intimidation is one too many", "apple", 2),
            DraftQuote("rowe-q", "We will reopen the port in spring", "rowe", 3),
        ],
    )
    assert [q["answer"] for q in asked] == ["Ada Rowe"]
    assert "Apple" not in asked[0]["choices"]
    assert "Prayut" in asked[0]["choices"]  # a one-word name with a role is a person


def test_a_quote_keeps_no_typewriter_marks_a_page_left_around_it() -> None:
    quote = DraftQuote("fry-q", "``It shows that people like the new flats", "fry", 2)
    (asked,) = _who_said(PEOPLE, [quote])
    assert asked["prompt"] == "Who said “It shows that people like the new flats”?"


EMERGENCY = (
    "Courts call police\n\n"
    "Police attend courts dozens of times each month to deal with a range of 999 calls, new"
    " figures have shown.\n\n"
    "There were 885 calls in 2016 and 823 in 2017, the force said.\n\n"
    "At about 11:15 a.m. Wednesday, a 911 call reported smoke at the court in Varnholt.\n"
)


def test_an_emergency_line_is_never_a_blank_a_choice_or_a_swap() -> None:
    questions = _questions(EMERGENCY)
    assert questions
    for q in questions:
        assert str(q["answer"]) not in ("999", "911")
        assert not {"999", "911"} & set(q.get("choices", []))
    for statement in _statements(EMERGENCY):
        assert "range of 999 calls" in statement or "999" not in statement
        assert "911 call" in statement or "911" not in statement


def test_no_blank_on_a_number_with_dots_between_its_thousands() -> None:
    answers = _answers(
        "Mines\n\nAbout 200.000 mines are buried in the border region, the army said.\n\n"
        "Clearing them will take 12 years and cost $40 million, officials said.\n"
    )
    assert "200.000" not in answers
    assert "12" in answers or "$40 million" in answers


def test_no_blank_on_an_age_however_it_is_written() -> None:
    answers = _answers(
        "Shooting\n\nA 32 year-old man was pronounced dead at the scene, police said.\n\n"
        "A 19-years-old woman was taken to hospital, where 14 officers guarded her.\n"
    )
    assert answers and not {"32", "19"} & set(answers)


def test_no_blank_on_a_number_that_labels_what_follows() -> None:
    answers = _answers(
        "Council\n\nWard 5 Councillor Leanne Caron said the council had 12 members.\n\n"
        "About 40 residents attended the meeting in Varnholt.\n"
    )
    assert "5" not in answers and "12" in answers


def test_a_name_with_a_digit_is_no_place_to_swap_in() -> None:
    text = (
        "Maize prices\n\n"
        "Maize sold in Mzuzu at prices ranging from MK30,000 to MK50,000 per bag on Monday.\n\n"
        "Campaigners held vigils at Parliament Building in Lilongwe and in Blantyre.\n\n"
        "Traders in Zomba said 40 bags had been sold since Monday.\n"
    )
    questions = _questions(text)
    assert any(q["id"].startswith("place-") for q in questions)  # wrong places were drawn
    for q in questions:
        shown = " ".join([q["prompt"], *q.get("choices", [])])
        assert re.search(r"MK\d+(?![\d,])", shown) is None, shown  # "MK50" as a place


@pytest.mark.parametrize(
    "sentence",
    [
        "What if buyers stop taking fish worth 200 billion baht?",
        "We provided a platform for over 200 companies at the trade fair.",
        "He’s been living on his street for 200 years.",
        "Speaking to 200 reporters on Monday, the minister said that “there is no fall out.",
    ],
)
def test_no_question_from_a_sentence_that_needs_its_speaker_or_its_neighbour(
    sentence: str,
) -> None:
    questions = _questions(f"Fish exports\n\n{sentence}\n\nVarnholt landed 5,000 tonnes in May.\n")
    assert any(q["answer"] == "5,000" for q in questions)
    assert not any("200" in f"{q['prompt']} {q['answer']}" for q in questions)


def test_a_statement_leaves_out_the_dateline_written_with_a_place_or_a_full_date() -> None:
    text = (
        "Protest\n\n"
        "Johannesburg – Protesters blocked 12 streets in Atteridgeville on Friday, police said."
        "\n\nKUALA LUMPUR, 2 December 2019: The minister called 40 photographers rubbish,"
        " local media reported.\n"
    )
    prompts = _prompts(text)
    assert any("Protesters blocked" in p for p in prompts)
    assert not any("Johannesburg –" in p or "KUALA LUMPUR" in p for p in prompts)


def test_a_statement_leaves_out_the_ages_of_the_people_in_it() -> None:
    statements = _statements(
        "Tenants\n\nNatasha Robinson, 47, has lived in the block in Lowestoft for three years.\n"
    )
    assert statements == [
        "True or false: Natasha Robinson has lived in the block in Lowestoft for three years."
    ]


def test_a_statement_leaves_out_a_house_address() -> None:
    statements = _statements(
        "Fire\n\nFirefighters responded to a blaze in Varnholt on Tuesday at a home in the"
        " 300 block of Chicago Street.\n"
    )
    assert statements == [
        "True or false: Firefighters responded to a blaze in Varnholt on Tuesday at a home."
    ]


LONG_STORY = "Floods\n\n" + "\n\n".join(
    f"Rain flooded {n * 10} homes in Varnholt on Monday, leaving {n * 3} families without power."
    for n in range(1, 12)
)
# Six opening paragraphs too long for a statement, then short facts further down.
LATE_FACTS = "Floods\n\n" + "\n\n".join(
    [
        f"Rain that began on Sunday night flooded {n * 10} homes in the low streets of Varnholt"
        " and the villages along the river, where crews worked through the night to pump out"
        " cellars, clear drains and carry older residents to the school hall on higher ground."
        for n in range(1, 7)
    ]
    + [f"The council in Varnholt opened {n} shelters on Tuesday." for n in range(7, 10)]
)


def test_few_questions_of_each_kind() -> None:
    questions = _questions(LONG_STORY)
    kinds = [q["id"].split("-")[0] for q in questions]
    assert kinds.count("number") == 1 and kinds.count("tf") == 1 and kinds.count("place") <= 1
    statements = [q for q in questions if q["kind"] == "truefalse"]
    assert [q["answer"] for q in statements] == [True]  # the article's own, nothing changed


def test_statements_come_only_from_the_first_paragraphs() -> None:
    questions = _questions(LATE_FACTS)
    assert any(q["kind"] == "choice" for q in questions)
    assert not any(q["kind"] == "truefalse" for q in questions)
