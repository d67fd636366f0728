"""A name and a verb in the quote's own sentence, still unnamed (round 49, recall b).

Rule 1: a sentence that carries a quote and ends with ", NAME said ..." gave the quote to
NAME only when at most two words followed the verb and the name came right after the
sentence's last comma. An aside between the name and the verb ("Ada Obi, deputy head of the
relief office, said") or longer circumstances after it ("said during a news conference",
"told a local radio station") left the quote open (fresh73 ch02, fresh38 am21).

Rule 2: `“...,” said neighbour Ada Obi.`: one lowercase word describing the speaker between
the verb and the name was read only when it was a role noun, so "neighbor", "prop" and
"stockbroker" left quotes open (fresh34 i06, fresh64 by03, fresh60 bu18). A function word
there ("said about Tom Reid") still names nobody.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers

_LEAD = (
    "Storm nears the coast\n\n"
    "The storm moved closer to the coast on Monday, and thousands were told to leave.\n\n"
)


def test_an_aside_and_a_news_conference_after_the_name() -> None:
    article = _LEAD + (
        "By Monday night, “almost 20,000 people” had left their homes as a precaution, "
        "Ada Obi, deputy head of the relief office, said during a news conference, adding "
        "that the storm would arrive after midnight.\n"
    )
    assert _speakers(article)["almost 20,000 people"] == "Ada Obi"


def test_told_a_radio_station_after_a_quote_inside_reported_words() -> None:
    article = _LEAD + (
        "The mayor had left the port board, “where he was doing very well” and with little "
        "help from the state, Tom Reid told a local radio station.\n"
    )
    assert _speakers(article)["where he was doing v"] == "Tom Reid"


def test_a_clause_after_the_verb_is_no_attribution_of_the_quote() -> None:
    article = _LEAD + (
        "By Monday night, “almost 20,000 people” had left their homes, Ada Obi said in a "
        "statement that the plan had failed.\n"
    )
    assert _speakers(article)["almost 20,000 people"] != "Ada Obi"


def test_responding_to_someone_is_no_attribution_of_their_words() -> None:
    article = _LEAD + (
        "After the minister spoke of “bloodbaths” in three states, Governor Tom Reid "
        "responded to his criticism.\n"
    )
    assert _speakers(article).get("bloodbaths") != "Tom Reid"


_MATCH = (
    "Islanders hold on to win the cup\n\n"
    "The Islanders beat the visitors 21-17 in the final on Saturday.\n\n"
)


def test_a_neighbour_before_the_name_speaks() -> None:
    article = _LEAD + (
        "Police closed the coast road on Monday morning while the water rose.\n\n"
        "“I have a shed down there and this is as far as I could get,” said neighbour "
        "Ada Obi.\n"
    )
    assert _speakers(article)["I have a shed down t"] == "Ada Obi"


def test_a_prop_before_the_name_speaks() -> None:
    article = _MATCH + (
        "“We knew their backs were quick, so we had to win up front,” said prop Tom Reid.\n"
    )
    assert _speakers(article)["We knew their backs "] == "Tom Reid"


def test_a_function_word_before_the_name_is_no_description_of_the_speaker() -> None:
    article = _MATCH + (
        "Tom Reid retired after the game.\n\n"
        "“He never missed a training session in ten years,” said about Tom Reid a coach "
        "who worked with him.\n"
    )
    assert _speakers(article).get("He never missed a tr") != "Tom Reid"
