"""Questions, twenty-first round (invented text): a "Who said ...?" question names people,
as answer and as choices, never a place printed before an office ("Nordmark Gov. Ilse
Brandt") nor a roleless description printed before another figure's name ("Harbour Pilot,
Per Holm")."""

from __future__ import annotations

from bot.authoring.questions import DraftFigure, DraftQuote, make_questions

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
    questions = make_questions(figures, _QUOTES, [], _PARAGRAPHS)
    return [q.data for q in questions if q.data["id"].startswith("who-said")]


def test_a_place_before_an_office_is_no_answer_nor_choice() -> None:
    nordmark = DraftFigure("nordmark", "Nordmark", "?", False)
    two_words = DraftFigure("nordmark", "North Mark", "?", False)
    paragraphs = [p.replace("Nordmark", "North Mark") for p in _PARAGRAPHS]
    for figure, texts in ((nordmark, _PARAGRAPHS), (two_words, paragraphs)):
        questions = make_questions(_figures(figure), _QUOTES, [], texts)
        asked = [q.data for q in questions if q.data["id"].startswith("who-said")]
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
