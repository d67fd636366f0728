"""Twentieth round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers of fresh22 and fresh23, read as grammar)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in


def _draft(*paragraphs: str) -> dict:
    return drafted("Depot row\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_quote_someone_unnamed_heckled_is_nobodys() -> None:
    draft = _draft(
        "Mayor Tom Reyes brought the gavel down. “I will ask you to leave,” he said.",
        "“Ask us to leave then,” someone heckled.",
    )
    assert speakers_in(draft) == {
        "I will ask you to leave": "Tom Reyes",
        "Ask us to leave then": None,
    }


def test_a_named_heckler_is_the_speaker() -> None:
    draft = _draft("“Shame on you,” Ada Mbeki heckled from the gallery.")
    assert speakers_in(draft) == {"Shame on you": "Ada Mbeki"}


def test_words_inside_a_claim_the_subject_rebuts_are_nobodys() -> None:
    draft = _draft(
        "Coach Dan Vettle said on Monday the side was ready.",
        "Vettle dismisses criticism that he was too powerful and needed to be “reined in”.",
    )
    assert speakers_in(draft) == {"reined in": None}


def test_the_subject_naming_a_claim_he_rebuts_keeps_his_words() -> None:
    draft = _draft(
        "Governor Ann Lo spoke on Monday.",
        "She refuted claims that the depot would close as “false” and “absurd,” adding that"
        " outsiders have no power to “intervene” in the matter.",
    )
    assert speakers_in(draft) == {"false": "Ann Lo", "absurd": "Ann Lo", "intervene": "Ann Lo"}


def test_words_inside_a_whom_clause_are_not_the_sentences_subjects() -> None:
    draft = _draft(
        "Justice Minister Ernst Halden wrote to the chamber on Tuesday.",
        "Answering a question on Rudy Cole, to whom the party leader referred as a"
        ' "dangerous fool," Halden said the matter was internal.',
    )
    assert speakers_in(draft) == {"dangerous fool": None}


def test_a_name_in_apposition_to_an_object_is_not_the_he_after_it() -> None:
    draft = _draft(
        "Speaking on radio, Mayor Fabian Pirelli said the town had other priorities.",
        "And he called on the Foreign Minister, Jose Garmendia, to treat the town fairly.",
        "“We should seek ways of working together,” he said.",
    )
    assert speakers_in(draft) == {"We should seek ways of working together": "Fabian Pirelli"}


def test_according_to_a_role_and_a_name_in_commas_keeps_the_name_the_source() -> None:
    draft = _draft(
        "According to the Minister of Works, Dr. Ama Owusu, the depot will reopen.",
        "She said: “The work is almost done.”",
    )
    assert speakers_in(draft) == {"The work is almost done.": "Ama Owusu"}


def test_a_name_after_said_with_a_verb_in_the_past_is_reported_not_the_speaker() -> None:
    draft = _draft(
        "The Commissioner for Works, Gbenga Omotayo, has backed the depot plan.",
        "Speaking on television, the Commissioner said Governor Babatunde Sanwo identified"
        " with the protests and took their demands to the President.",
        "“He did everything to avert a crisis,” he said.",
    )
    assert speakers_in(draft) == {"He did everything to avert a crisis": "Gbenga Omotayo"}


def test_a_title_before_the_name_of_a_speaker_heading_is_no_part_of_the_name() -> None:
    draft = _draft(
        "The Reds reacted after the match.",
        "Captain Siya Kolobe:",
        "“It was tough in the first half.”",
    )
    assert speakers_in(draft) == {"It was tough in the first half.": "Siya Kolobe"}


def test_a_heading_with_a_role_in_lowercase_names_the_speaker_under_it() -> None:
    draft = _draft(
        "The Reds reacted after the match.",
        "Head coach Jacques Nieman:",
        "On the second half:",
        "“Rugby is not a complicated sport.”",
    )
    assert speakers_in(draft) == {"Rugby is not a complicated sport.": "Jacques Nieman"}


def test_a_line_ending_in_a_colon_without_a_role_names_nobody() -> None:
    draft = _draft(
        "The Reds reacted after the match.",
        "On playing at his first Rugby World Cup:",
        "“It was a dream.”",
    )
    assert speakers_in(draft) == {"It was a dream.": None}


def test_a_long_title_with_one_letter_dropped_is_still_a_title() -> None:
    draft = _draft(
        "“We will notify the public,” Minister of Security Renee Mong said.",
        "Minster Mong concluded, “I take the concerns seriously.”",
    )
    assert speakers_in(draft) == {
        "We will notify the public": "Renee Mong",
        "I take the concerns seriously.": "Renee Mong",
    }


def test_a_hyphenated_compass_point_starts_a_place_not_a_name() -> None:
    draft = _draft(
        "Roads were closed, according to Harlan’ Department of Transport.",
        "“The deluge is causing devastation across South-East Harlan.”",
    )
    assert "South-East Harlan" not in names_in(draft)
    assert "South-East Harlan" not in speakers_in(draft).values()


def test_an_australian_state_is_a_place_not_a_speaker() -> None:
    draft = _draft(
        "Roads were closed, according to Queensland’ Department of Transport.",
        "“The deluge is causing devastation across the state.”",
    )
    assert speakers_in(draft) == {"The deluge is causing devastation across the state.": None}


def test_a_long_office_joined_by_and_before_the_name_after_a_quote() -> None:
    draft = _draft(
        "Floods hit the region on Monday.",
        "“Help is on the way,” Minister for Emergency Management and National Recovery and"
        " Resilience Minister Bridget McKenna said on Monday.",
    )
    assert speakers_in(draft) == {"Help is on the way": "Bridget McKenna"}


def test_a_paragraph_closing_a_quote_left_open_is_quoted_from_its_start() -> None:
    draft = _draft(
        "Governor Ade Balogun said residents will need to register.",
        "“In the first quarter we will start the scheme. We are working with the agency.",
        "We must have you in our scheme. This will allow us to plan,” Balogun said.",
    )
    assert speakers_in(draft) == {
        "In the first quarter we will start the scheme. We are working with the agency.": (
            "Ade Balogun"
        ),
        "We must have you in our scheme. This will allow us to plan": "Ade Balogun",
    }


def test_a_term_in_marks_after_any_is_nobodys_words() -> None:
    draft = _draft(
        "Speaker Adolfo Canetti spoke to the paper yesterday.",
        "Gibraltar would have thwarted any ‘Sintra process’, Canetti said.",
    )
    assert speakers_in(draft) == {"Sintra process": None}


def test_a_name_after_the_and_a_description_with_an_age_and_a_verb_is_the_subject() -> None:
    draft = _draft(
        "Speaking on Radio Uno the recently elected Fabio Pirelli, 39, highlighted the"
        " town's debts.",
        "“We should not be making claims over each other’s houses,” he said.",
    )
    assert speakers_in(draft) == {
        "We should not be making claims over each other’s houses": "Fabio Pirelli"
    }


def test_a_quote_followed_by_the_words_of_a_named_person_is_theirs() -> None:
    draft = _draft("“We just had to deliver”, the words of head coach Jacques Nieman on Saturday.")
    assert speakers_in(draft) == {"We just had to deliver": "Jacques Nieman"}


def test_the_words_of_someone_unnamed_are_nobodys() -> None:
    draft = _draft(
        "Coach Jacques Nieman spoke on Friday.",
        "“We just had to deliver”, the words of a tired fan on Saturday.",
    )
    assert speakers_in(draft) == {"We just had to deliver": None}


def test_a_long_aside_between_the_name_and_said_keeps_the_name_the_speaker() -> None:
    draft = _draft(
        "“We are very angry,” Yau Tze-min, a member of the Kwai Chung Subdivided Flat Residents"
        " Alliance, said."
    )
    assert speakers_in(draft) == {"We are very angry": "Yau Tze-min"}


def test_the_minister_is_not_the_deputy_minister_when_a_minister_is_named() -> None:
    draft = _draft(
        "Accompanied by the Deputy Minister of Roads, Ali Suhuni, the Health Minister Kwabena"
        " Akando visited the hospital.",
        "“There is a problem here,” the minister said.",
    )
    assert speakers_in(draft) == {"There is a problem here": "Kwabena Akando"}


def test_the_deputy_minister_is_still_the_deputy() -> None:
    draft = _draft(
        "Accompanied by the Deputy Minister of Roads, Ali Suhuni, the Health Minister Kwabena"
        " Akando visited the hospital.",
        "“There is a problem here,” the deputy minister said.",
    )
    assert speakers_in(draft) == {"There is a problem here": "Ali Suhuni"}
