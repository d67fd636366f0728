"""Questions, twenty-first round (invented text): a "Who said ...?" question names people,
as answer and as choices, never a place printed before an office ("Nordmark Gov. Ilse
Brandt") nor a roleless description printed before another figure's name ("Harbour Pilot,
Per Holm"); a false statement never swaps in a form of a name the sentence prints ("The
U.S. and United States"), and a people's adjective ("German history", "Polish-language
schools") is no place to swap; a blank never splits a number whose thousands a space sets
off ("$25 000"); no statement with a lost stop ("another officer They were"), no blank
"At that time ...", no who-said on a quote opening with "said"."""

from __future__ import annotations

import pytest

from bot.authoring.article import Block, read_article
from bot.authoring.facts import find_facts
from bot.authoring.people import find_people
from bot.authoring.questions import DraftFact, DraftFigure, DraftQuote, make_questions
from tests.authoring.drafted import who_said_questions

_PARAGRAPHS = [
    "Nordmark Gov. Ilse Brandt declared an emergency as the river rose on Monday.",
    "Tove Lind, 58, of Varnholt, Nordmark, said the water reached her door by midnight.",
    "“We have never seen the quay under water like this,” said Harbour Pilot, Per Holm.",
    "Engineer Jonas Eklund said the pumps would run through the night.",
]
_QUOTES = [
    DraftQuote("q1", "We have never seen the quay under water like this", "holm-label", 3),
    DraftQuote("q2", "The water came in faster than any of us could sandbag", "nordmark", 2),
    DraftQuote("q3", "The pumps will run through the night and all of tomorrow", "eklund", 4),
]


def _figures(*extra: DraftFigure) -> list[DraftFigure]:
    return [
        DraftFigure("brandt", "Ilse Brandt", "Governor", True),
        DraftFigure("lind", "Tove Lind", "?", False),
        DraftFigure("holm", "Per Holm", "?", False),
        DraftFigure("eklund", "Jonas Eklund", "Engineer", True),
        *extra,
    ]


def _who_said(figures: list[DraftFigure]) -> list[dict]:
    return who_said_questions(figures, _QUOTES, _PARAGRAPHS)


def test_a_place_before_an_office_is_no_answer_nor_choice() -> None:
    nordmark = DraftFigure("nordmark", "Nordmark", "?", False)
    two_words = DraftFigure("nordmark", "North Mark", "?", False)
    paragraphs = [p.replace("Nordmark", "North Mark") for p in _PARAGRAPHS]
    for figure, texts in ((nordmark, _PARAGRAPHS), (two_words, paragraphs)):
        asked = who_said_questions(_figures(figure), _QUOTES, texts)
        assert all(q["answer"] != figure.name for q in asked)
        assert all(figure.name not in q["choices"] for q in asked)
        assert any(q["answer"] == "Jonas Eklund" for q in asked)


def test_a_description_before_a_name_is_no_answer_nor_choice() -> None:
    label = DraftFigure("holm-label", "Harbour Pilot", "?", False)
    asked = _who_said(_figures(label))
    assert all(q["answer"] != "Harbour Pilot" for q in asked)
    assert all("Harbour Pilot" not in q["choices"] for q in asked)
    assert any(q["answer"] == "Jonas Eklund" for q in asked)


def test_people_listed_one_after_another_stay_choices() -> None:
    """A list of people ("Tove Lind, Per Holm and ...") is no description: each stays."""
    texts = [*_PARAGRAPHS, "Tove Lind, Per Holm and Jonas Eklund met the governor."]
    questions = make_questions(_figures(), _QUOTES, [], texts)
    eklund = next(q.data for q in questions if q.data["answer"] == "Jonas Eklund")
    assert {"Tove Lind", "Per Holm"} <= set(eklund["choices"])


def test_a_titled_persons_name_before_an_office_word_stays() -> None:
    """A titled name stays a person; "Inspector General" after a name is one office."""
    texts = [*_PARAGRAPHS, "Tove Lind Inspector General of the harbour police was there."]
    questions = make_questions(_figures(), _QUOTES, [], texts)
    eklund = next(q.data for q in questions if q.data["answer"] == "Jonas Eklund")
    assert {"Tove Lind", "Ilse Brandt"} <= set(eklund["choices"])


def _facts(paragraphs: list[str]) -> list[DraftFact]:
    article = read_article("\n\n".join(["Patrols agreed for the fishing grounds", *paragraphs]))
    found = find_facts(article.blocks, find_people(article.blocks))
    return [DraftFact(f"f{i}", f) for i, f in enumerate(found)]


def _statements(paragraphs: list[str]) -> list[str]:
    questions = make_questions([], [], _facts(paragraphs), paragraphs)
    return [str(q.data["prompt"]) for q in questions]


_PATROL_STORY = [
    "Officials from the United States arrived in Varnholt on Monday for three days of talks.",
    "Boats from Denmark joined the patrols in 2004, the harbour office said on Monday.",
    "The U.S. and Norway signed a joint patrol agreement for the northern fishing grounds in 1999.",
]


def test_a_false_statement_never_names_one_country_twice() -> None:
    """ "The U.S. and United States signed ...": the swapped-in name spelt by its initials."""
    statements = _statements(_PATROL_STORY)
    assert not any("U.S. and United States" in s for s in statements)
    assert statements  # (round 25: no place is swapped in at all)
    assert not any("The U.S. and Denmark signed" in s for s in statements)


def test_a_false_statement_swaps_in_no_other_country() -> None:
    """Round 25: a place swapped in read as nonsense too often; only numbers are changed."""
    story = [p.replace("The U.S. and Norway", "Norway") for p in _PATROL_STORY]
    statements = _statements(story)
    assert statements
    assert not any(s.startswith("True or false: United States signed") for s in statements)


def _places(sentence: str) -> list[str]:
    blocks = [Block(1, "paragraph", sentence, 0)]
    return [d.text for f in find_facts(blocks, find_people(blocks)) for d in f.of("place")]


@pytest.mark.parametrize(
    ("sentence", "adjective"),
    [
        ("Officials from Norway said 40 boats would return to German waters by May.", "German"),
        (
            "The envoy said Norway would send 12 teachers to Polish-language schools.",
            "Polish-language",
        ),
    ],
)
def test_a_peoples_adjective_before_a_noun_is_no_place(sentence: str, adjective: str) -> None:
    """ "to German waters": no place to blank out nor to swap for "Denmark"."""
    assert _places(sentence) == ["Norway"]


def test_a_place_before_a_noun_stays_a_place() -> None:
    """The guard: an unknown name after "in" or "to" before a noun is still a place."""
    assert _places("Police arrested him in Mulago district on Monday.") == ["Mulago"]
    assert _places("Officials from Norway said 40 boats would return to Varnholt by May.") == [
        "Norway",
        "Varnholt",
    ]


@pytest.mark.parametrize("amount", ["$25 000", "25\u00a0000"])
def test_a_blank_never_splits_thousands_set_off_by_a_space(amount: str) -> None:
    """ "granted them _____ 000 bail": the blank took the number's first piece."""
    story = [
        f"The court in Varnholt granted the three fishermen {amount} bail each on Monday.",
        "The harbour office said 320 nets and 45 traps were also taken from the quay.",
    ]
    questions = [q.data for q in make_questions([], [], _facts(story), story)]
    assert not any(str(q["answer"]) in ("$25", "25", "000") for q in questions)
    assert not any("_____ 000" in str(q["prompt"]) for q in questions)
    assert any(q["answer"] == "320" for q in questions)


def test_a_statement_with_a_lost_stop_makes_no_question() -> None:
    """ "... with another deputy They were trying ...": two sentences printed as one."""
    story = [
        "Harbour master Per Holm was checking the quay with another officer They were looking"
        " for a boat that had not come back on Monday.",
        "The river burst its banks in Varnholt on Monday, flooding forty homes near the harbour.",
    ]
    prompts = [str(q.data["prompt"]) for q in make_questions([], [], _facts(story), story)]
    assert not any("officer They" in p for p in prompts)
    assert any("forty homes" in p for p in prompts)


def test_a_blank_at_that_time_makes_no_question() -> None:
    """ "At that time it employed over _____ people.": which time, the sentence before says."""
    story = [
        "The Varnholt cannery opened in 1990 on the north quay of the harbour.",
        "At that time the cannery employed over 350 people from the town.",
        "The harbour office said 320 nets and 45 traps were taken from the quay.",
    ]
    prompts = [str(q.data["prompt"]) for q in make_questions([], [], _facts(story), story)]
    assert not any(p.startswith("Fill in the blank: At that time") for p in prompts)
    assert any("_____ nets" in p for p in prompts)


def test_a_quote_opening_with_said_makes_no_who_said_question() -> None:
    quotes = [
        *_QUOTES,
        DraftQuote(
            "q4", "said this was the worst flood the harbour had seen in years", "brandt", 1
        ),
    ]
    questions = make_questions(_figures(), quotes, [], _PARAGRAPHS)
    prompts = [str(q.data["prompt"]) for q in questions]
    assert not any(p.startswith("Who said “said this") for p in prompts)
    assert any("The pumps will run" in p for p in prompts)
