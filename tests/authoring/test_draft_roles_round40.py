"""Fortieth round, roles and the forms of names. Read from fresh54-59's misses, each as a
family over every labeled set: a religious style written before a name ("Sayyed Karim
Haddad") is no part of it, a caption's full name completes a surname with every given name
it writes ("Narayan Kaji Shrestha", not "Kaji Shrestha"), and a Gulf style before one name in
an article that writes it as a style is no part of that name either."""

from __future__ import annotations

from tests.authoring.drafted import (
    drafted,
    drafted_story,
    flood_people,
    names_in,
    people_in,
    speakers_in,
)


def test_sayyed_before_a_name_is_a_style_not_part_of_the_name() -> None:
    people = flood_people(
        "“We will not back down,” movement leader Sayyed Karim Haddad said in a televised speech.",
    )
    assert people == {"Karim Haddad": "movement leader"}


def test_sayed_with_one_y_stays_a_given_name() -> None:
    people = flood_people("“We will rebuild,” Sayed Karim Haddad said on Tuesday.")
    assert "Sayed Karim Haddad" in people


def test_a_caption_completes_a_surname_with_every_given_name() -> None:
    draft = drafted_story(
        "Ministers meet in Kathmandu",
        "Visiting Minister Hanna Berg concluded her visit to Nepal on Sunday after a day of talks.",
        "Speaking to reporters after the meeting, Foreign Minister Adhikari said the talks had "
        "covered trade and hydropower.",
        "Visiting Minister Hanna Berg (left) meets her Nepali counterpart Deputy Prime Minister "
        "and Minister for Foreign Affairs Gopal Mani Adhikari.",
        "“Regional issues were also discussed between the two delegations,” said Minister "
        "Adhikari.",
    )
    assert people_in(draft)["Gopal Mani Adhikari"] == "Foreign Minister"
    quote = "Regional issues were also discussed between the two delegations"
    assert speakers_in(draft)[quote] == "Gopal Mani Adhikari"


def test_a_title_case_headline_or_a_possessive_adds_no_given_name() -> None:
    for headline in ("Protesters Greet Mira Kovac", "Norvik's Mira Kovac wins the vote"):
        draft = drafted_story(
            headline,
            "The vote ended on Monday in Varnholt after a long count.",
            "“We won,” Kovac said after the count.",
        )
        assert names_in(draft) == {"Mira Kovac"}


def test_a_gulf_style_before_one_name_is_no_part_of_it_where_the_article_uses_it_as_one() -> None:
    draft = drafted_story(
        "Minister ready for questioning",
        "“The minister will answer every question in the chamber,” he told reporters on "
        "Sunday, speaking of the interpellation of Oil Minister Sheikh Fahad Al-Rashed "
        "Al-Nasser.",
        "“We have become used to this kind of political activity,” Sheikh Khalid said.",
    )
    speakers = speakers_in(draft)
    assert speakers["We have become used to this kind of political activity"] == "Khalid"
    assert "Sheikh Khalid" not in names_in(draft)


def test_sheikh_before_one_name_stays_in_it_where_no_gulf_style_is_written() -> None:
    draft = drafted_story(
        "Prime minister opens bridge",
        "“This bridge belongs to the people of this district,” Sheikh Hasina said at the "
        "opening on Saturday.",
        "“We will build more,” Sheikh Hasina said.",
    )
    assert speakers_in(draft)["We will build more"] == "Sheikh Hasina"


def test_a_body_and_its_field_between_a_role_and_the_name() -> None:
    people = flood_people(
        "“The recovery work is still going on,” the head of the Department of Disaster "
        "Management Tarek Hossain said.",
        "“We will reopen the road,” the director of the Ministry of Health Lina Okafor said.",
    )
    assert people.get("Tarek Hossain") == "head of the Department of Disaster Management"
    assert people.get("Lina Okafor") == "director of the Ministry of Health"


def test_a_three_word_name_after_a_body_and_its_field_stays_whole() -> None:
    people = flood_people(
        "“Talks went well,” the head of the Ministry of Foreign Affairs Hari Kaji Basnet said.",
    )
    assert people == {"Hari Kaji Basnet": "head of the Ministry of Foreign Affairs"}


def test_a_body_named_for_its_field_is_no_person() -> None:
    people = flood_people(
        "“The road is closed,” the Department of Disaster Management said on Tuesday.",
    )
    assert people == {}


def test_a_list_line_of_a_name_and_an_office_with_a_rank() -> None:
    page = "\n\n".join(
        [
            "Leaders arrive for the island forum",
            "Leaders of the member countries continued to arrive in Varnholt on Sunday ahead "
            "of the forum.",
            "Those who arrived this morning included:",
            "- Hon. Tavita Lemalu, Prime Minister of Norvik",
            "- Ms Ana Kolo, Associate Minister of Fisheries",
            "The forum opens on Monday.",
        ]
    )
    people = people_in(drafted(page))
    assert people.get("Tavita Lemalu") == "Prime Minister of Norvik"
    assert people.get("Ana Kolo") == "Associate Minister of Fisheries"


def test_a_place_before_the_office_at_a_lines_end_is_no_rank() -> None:
    people = flood_people("- Tavita Lemalu, Norvik Minister of Fisheries")
    assert people.get("Tavita Lemalu") != "Norvik Minister of Fisheries"
