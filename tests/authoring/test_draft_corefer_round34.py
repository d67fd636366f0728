"""Thirty-fourth round, coreference: who a he/she, a role or a quote-only paragraph means,
from a census of the quotes left unattributed over every labeled set, on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_he_after_a_sentence_ending_with_its_reporter_means_the_reporter() -> None:
    draft = _draft(
        "Mayor held over market fire",
        "Mayor Tobi Ekanem and a councillor were arrested on Friday, police said.",
        "Ekanem handed himself in at the station in Calabar and was being questioned over the"
        " fire, police commissioner Ade Bello said.",
        "“We will charge anyone found responsible once the inquiry is over,” he is quoted as"
        " saying by a local radio station.",
    )
    assert speakers_in(draft) == {
        "We will charge anyone found responsible once the inquiry is over": "Ade Bello"
    }


def test_the_initials_of_a_title_name_its_one_holder() -> None:
    draft = _draft(
        "Port fees will not raise prices, says minister",
        "The Attorney General and Minister for Trade, Sione Vea, met shipowners in Nuku'alofa"
        " on Monday.",
        "“The new port fees were agreed after months of talks with every operator,” said the AG.",
    )
    assert speakers_in(draft) == {
        "The new port fees were agreed after months of talks with every operator": "Sione Vea"
    }


def test_initials_of_a_body_or_of_two_titles_name_nobody() -> None:
    draft = _draft(
        "Vote count delayed in two districts",
        "District Commissioner Ana Mbeki and District Clerk Joel Tanui visited the tally"
        " centre on Friday.",
        "“The results will be announced once every box has been counted,” the DC said.",
        "“No ballot box left the centre overnight,” the IEC said.",
    )
    assert speakers_in(draft) == {
        "The results will be announced once every box has been counted": None,
        "No ballot box left the centre overnight": None,
    }


def test_her_remarks_came_after_keeps_her_the_next_she() -> None:
    draft = _draft(
        "Former minister criticises newspaper ban",
        "Former minister Ada Obi has criticised the ban on two weekly papers, saying it only"
        " gives people more reason to be angry.",
        "Her remarks came after the government suspended the Weekly Ledger over its reports on"
        " the state fund.",
        "“Banning a paper solves nothing; people will simply talk about it online,” she said in"
        " a posting.",
    )
    assert speakers_in(draft) == {
        "Banning a paper solves nothing; people will simply talk about it online": "Ada Obi"
    }


def test_her_remarks_came_after_another_woman_spoke_leaves_the_she_to_nobody() -> None:
    draft = _draft(
        "Former minister criticises newspaper ban",
        "Former minister Ada Obi has criticised the ban on two weekly papers, saying it only"
        " gives people more reason to be angry.",
        "Her remarks came after Information Minister Joan Reid defended the ban in parliament.",
        "“Banning a paper solves nothing; people will simply talk about it online,” she said in"
        " a posting.",
    )
    assert speakers_in(draft) == {
        "Banning a paper solves nothing; people will simply talk about it online": None
    }


def test_a_paragraph_naming_one_person_and_her_makes_her_the_next_she() -> None:
    draft = _draft(
        "Hospital chief apologises for waiting times",
        "Hospital chief executive Mara Lindqvist told directors the trust had missed its target"
        " for the third year.",
        "Four patients have already waited longer than a year for an operation.",
        "And it follows Ms Lindqvist’s announcement last week that she is to leave her post in"
        " the spring.",
        "Speaking about emergency care, she told directors: “I apologise to every patient who"
        " waited too long.”",
    )
    assert speakers_in(draft) == {
        "I apologise to every patient who waited too long.": "Mara Lindqvist"
    }


def test_a_paragraph_naming_one_person_without_a_he_or_she_leaves_the_he_to_nobody() -> None:
    draft = _draft(
        "Police warn rioters",
        "Opposition MP Tom Wabwire said on Monday that the arrests were political.",
        "Police spokesman Fred Okello said officers would patrol the town all week.",
        "Among the 80 suspects arrested, 30 were charged in court including Wabwire.",
        "“Whoever was involved in this violence will be brought to book,” he said.",
    )
    assert speakers_in(draft) == {
        "Whoever was involved in this violence will be brought to book": None
    }


def test_a_quote_opened_by_a_left_single_mark_runs_on_to_the_next_closing_mark() -> None:
    draft = _draft(
        "Commissioner rejects cattle claims",
        "District Commissioner Elia Mrema said the count had never been ordered by any office."
        " ‘Claims that this is a directive from the president are not true.",
        "We are yet to receive any directive. We stopped the count because it was causing"
        " conflicts in the villages,” the DC explained.",
    )
    assert (
        speakers_in(draft)[
            "We are yet to receive any directive. We stopped the count because it was causing"
            " conflicts in the villages"
        ]
        == "Elia Mrema"
    )
