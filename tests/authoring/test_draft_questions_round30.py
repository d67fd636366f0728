"""Questions, thirtieth round (invented text).

Over every judgment of groups A-S (1,805 drafted questions at 5d15b3af) grouped by kind, no
kind is mostly weak or bad (who said 81.9% good, true statement 73.8%, number blank 67.6%,
place blank 64.3%), nor any finer form counted (a quote of five to eight words 64.6%, a
statement of up to fifteen words 55.8%): no kind was dropped. From the forty-third set's one
bad statement ("Others are Gombe, Imo, Jigawa, ..."): a sentence that goes on with a list
the sentence before began ("Others are", "The rest include") leans on it and is not asked.
Over every judged question of the 1,080 articles the form opens one statement, that one.
Risk: a sentence that only names "others" later ("Police said others were hurt") is asked."""

from __future__ import annotations

from tests.authoring.drafted import fact_questions


def test_the_rest_of_a_list_is_not_asked_as_a_statement() -> None:
    story = [
        "The council named eight villages that will get new flood walls by the end of the year.",
        "Others are the towns of Aasen and Dalen, where the river broke through the old wall"
        " on Monday.",
    ]
    prompts = [q["prompt"] for q in fact_questions(story)]
    assert not any("Others are" in p for p in prompts)


def test_a_sentence_that_names_others_inside_is_still_asked() -> None:
    story = [
        "The river burst its banks in Varnholt on Monday, police said, and others were hurt.",
    ]
    prompts = [q["prompt"] for q in fact_questions(story)]
    assert any("others were hurt" in p for p in prompts)
