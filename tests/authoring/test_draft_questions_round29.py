"""Questions, twenty-ninth round (invented text), chosen from every judgment of groups A-Q
grouped by kind before the fortieth and forty-first sets' judgments were read:

- one number blank an article: the second figure an article gives is mostly a side one (an
  article's first number blank 269 good, 121 weak, 3 bad; its second 63/79/2);
- no statement is made false by changing a number (16 good, 17 weak, 2 bad: a trick on a
  figure more often than a fact to weigh): the one statement is the article's own, true.

Risks: the story's first figure keeps its blank, and a true statement is still asked.

From the fortieth set's bad statement "In a brief WhatsApp response on May 31, Benjamin
said." (the quote after it cut away): a sentence that is only the occasion, the speaker and
a verb of speech says nothing and is not asked. Over every drafted point the form matches 10
sentences, each the lead-in to a quote. Risk: "On Monday, Brandt said the pumps ..." (what
was said follows) is still asked."""

from __future__ import annotations

from tests.authoring.drafted import fact_questions

_FLOOD = [
    "The storm flooded 40 homes in Varnholt on Monday and cut the power to the harbour.",
    "The council opened 3 shelters in the school halls of the lower town on Tuesday night.",
    "About 120 volunteers filled sandbags along the quay from dawn on Wednesday.",
    "The water board sent 15 pumps to the lower streets, where the water stood a metre deep.",
    "Repairs to the old sea wall will cost 2 million euros, the council said on Thursday.",
]


def test_a_teacher_gets_one_number_blank_the_storys_first_figure() -> None:
    blanks = [q for q in fact_questions(_FLOOD) if q["prompt"].startswith("Fill in the blank")]
    assert [q["answer"] for q in blanks] == ["40"]


def test_the_statement_to_weigh_is_the_articles_own_and_true() -> None:
    statements = [q for q in fact_questions(_FLOOD) if q["kind"] == "truefalse"]
    assert len(statements) == 1
    assert statements[0]["answer"] is True
    assert statements[0]["prompt"].removeprefix("True or false: ") in _FLOOD


def test_a_lead_in_to_a_quote_is_not_asked() -> None:
    story = [
        "In a short reply to the council on Friday, Mayor Ilse Brandt said.",
        "The storm flooded 40 homes in Varnholt on Monday and cut the power to the harbour.",
    ]
    prompts = [q["prompt"] for q in fact_questions(story)]
    assert not any("In a short reply" in p for p in prompts)
    assert any("flooded" in p for p in prompts)


def test_a_sentence_that_says_what_was_said_is_still_asked() -> None:
    story = [
        "On Monday, Mayor Ilse Brandt said the town hall would stay open overnight for families.",
        "The storm flooded 40 homes in Varnholt on Monday and cut the power to the harbour.",
    ]
    prompts = [q["prompt"] for q in fact_questions(story)]
    assert any("town hall would stay open" in p for p in prompts)
