"""Thirtieth round, speakers: quotes a careful reader credits to nobody, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_one_word_name_referred_to_as_its_is_a_body_not_a_speaker() -> None:
    draft = _draft(
        "Bakery owner shuts its ovens",
        "VELMORE’S owner Crustana announced this week the closure of its bread factory,"
        " with 300 jobs to go.",
        "Crustana said the site would be sold by spring.",
        "In a statement after the meeting, Crustana said: “The business could not go on"
        " losing money every month.”",
    )
    quote = "The business could not go on losing money every month."
    assert speakers_in(draft)[quote] is None


def test_its_owned_by_another_clauses_subject_leaves_the_speaker() -> None:
    draft = _draft(
        "Schools face cuts",
        "Parents met the superintendent, Fenwick, on Monday.",
        "Fenwick says the district has cut its budget twice this year.",
        "“We will not close a single school,” Fenwick said.",
    )
    assert speakers_in(draft)["We will not close a single school"] == "Fenwick"


def test_sri_after_tan_ends_a_style_and_is_no_given_name() -> None:
    draft = drafted(
        'Posts tagged with "Tan Sri Hamid Abu Talib"\n\n'
        "Tan Sri Hamid Abu Talib\n\n"
        "KUALA LUMPUR – The police may ask for help, says Inspector-General of Police"
        " Tan Sri Hamid Abu Talib.\n\n"
        "Hamid said the border was calm.\n\n"
        "“We will keep up the patrols at sea,” he said.\n"
    )
    assert speakers_in(draft)["We will keep up the patrols at sea"] != "Sri Hamid"
    assert "Sri Hamid" not in [figure["name"] for figure in draft["figures"]]
