"""Questions, twenty-ninth round (invented text), chosen from every judgment of groups A-Q
grouped by kind before the fortieth and forty-first sets' judgments were read:

- one number blank an article: the second figure an article gives is mostly a side one (an
  article's first number blank 269 good, 121 weak, 3 bad; its second 63/79/2);
- no statement is made false by changing a number (16 good, 17 weak, 2 bad: a trick on a
  figure more often than a fact to weigh): the one statement is the article's own, true.

Risks: the story's first figure keeps its blank, and a true statement is still asked."""

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
