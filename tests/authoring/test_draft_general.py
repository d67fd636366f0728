"""Drafting behaviour that must hold on any real article: organisations are not people,
speakers are named only when the sentence says so, roles come from the article's own words."""

from __future__ import annotations

import pytest
import yaml

from tests.authoring.drafted import drafted, everyone_in, people_in, speakers_in


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        pytest.param(
            'A Velmora spokesman said: "We regret the decision."', "Velmora", id="a-X-spokesman"
        ),
        pytest.param(
            '"We regret the decision," the Velmora said in a statement.', "Velmora", id="the-X"
        ),
        pytest.param('Velmora have said: "We regret the decision."', "Velmora", id="plural-verb"),
        pytest.param(
            'Velmora, which runs the port, said: "We regret the decision."',
            "Velmora",
            id="which-not-who",
        ),
        pytest.param(
            'The United Nations mission in Doria (Velmora) said: "We regret the decision."',
            "Velmora",
            id="acronym-of-an-organisation",
        ),
    ],
)
def test_an_organisation_is_not_drafted_as_a_person(sentence: str, organisation: str) -> None:
    draft = drafted(f"Port row\n\n{sentence}\n\nVelmora said the port would close on Monday.\n")
    assert organisation not in people_in(draft)
    assert list(speakers_in(draft).values()) == [None]


def test_a_person_named_as_a_modifier_stays_a_person() -> None:
    text = (
        "Talks\n\nPresident Ana Trask arrived on Monday. A Trask aide said the talks went well."
        '\n\n"We are close," Trask said.\n'
    )
    draft = drafted(text)
    assert people_in(draft) == {"Ana Trask": "President"}
    assert speakers_in(draft) == {"We are close": "Ana Trask"}


def test_an_office_is_not_a_person() -> None:
    text = (
        "Results\n\nThe company's Chief Financial Officer, Dan Okafor, told investors that growth"
        " would slow. The shares fell.\n"
    )
    assert list(people_in(drafted(text))) == ["Dan Okafor"]


def test_a_role_written_as_minister_of_a_department_before_the_name() -> None:
    text = (
        "Expulsion\n\nThe Velmoran Minister of Foreign Affairs, Ilse Brandt, asked the mission"
        ' to leave "as soon as possible".\n'
    )
    draft = drafted(text)
    assert people_in(draft) == {"Ilse Brandt": "Velmoran Minister of Foreign Affairs"}
    assert speakers_in(draft) == {"as soon as possible": "Ilse Brandt"}


def test_a_quote_said_by_a_statement_after_a_named_speaker_stays_unattributed() -> None:
    text = (
        'Expulsion\n\nMinister Ilse Brandt asked the mission to leave "as soon as possible".\n\n'
        '"The mission regrets the expulsion," said Thursday a statement of the mission.\n'
    )
    speakers = speakers_in(drafted(text))
    assert speakers["as soon as possible"] == "Ilse Brandt"
    assert speakers["The mission regrets the expulsion"] is None


def test_a_quote_is_not_given_to_the_speaker_before_when_someone_else_is_named_between() -> None:
    text = (
        'Talks\n\nMayor Jo Smith said the talks were "close". Councillor Bob Rae was'
        ' "not convinced" and the council "divided".\n'
    )
    speakers = speakers_in(drafted(text))
    assert speakers["close"] == "Jo Smith"
    assert speakers["not convinced"] != "Jo Smith"
    assert speakers["divided"] != "Jo Smith"


def _asked(draft: dict) -> str:
    return yaml.safe_dump(draft["questions"], allow_unicode=True, width=10_000)


def test_no_question_asks_for_a_street_number_even_with_a_long_street_name() -> None:
    text = (
        "Fire\n\nThe fire began just after 11 p.m. on 3200 Rockin M. Drive, near 45 homes."
        " It began on 1825 North Old Mill Creek Boulevard last year, with 12 homes lost."
        " Crews took 3 hours to put it out. Fire crews from 4 towns helped.\n"
    )
    questions = drafted(text)["questions"]
    assert questions
    assert not {str(q["answer"]) for q in questions} & {"3200", "1825"}
    for question in questions:  # a true-or-false statement keeps every address as written
        if "Rockin M. Drive" in question["prompt"]:
            assert "3200 Rockin M. Drive" in question["prompt"]
        if "Mill Creek Boulevard" in question["prompt"]:
            assert "1825 North Old Mill Creek Boulevard" in question["prompt"]


@pytest.mark.parametrize("gap", [" ", "\n"], ids=["one-line", "split-across-lines"])
def test_a_state_name_with_of_the_is_one_place_never_cut_in_a_question(gap: str) -> None:
    text = (
        f"Outbreak\n\nHealth officials confirmed an outbreak in Democratic Republic{gap}of the"
        " Congo on Monday. A team is stationed in Mbandaka to support the response.\nSix cases"
        " were found in Wangata. Doctors from Kinshasa and from Goma travelled to Mbandaka.\n"
    )
    asked = _asked(drafted(text))
    assert "Democratic Republic" not in asked.replace("Democratic Republic of the Congo", "")


def test_who_said_questions_only_for_speakers_the_sentence_names() -> None:
    text = (
        "Talks\n\n"
        '"We are close to a deal on the port," Mayor Jo Smith said on Monday.'
        ' "The port will reopen in spring and the ferries will run again."\n\n'
        '"The council has not voted on anything yet," Councillor Bob Rae said.\n\n'
        '"Nobody asked the fishermen what they think," Senator Ana Ruiz said.\n'
    )
    draft = drafted(text)
    speakers = speakers_in(draft)
    assert speakers["The port will reopen in spring and the ferries will run again."] == "Jo Smith"
    prompts = [q["prompt"] for q in draft["questions"]]
    assert any("We are close to a deal on the port" in p for p in prompts)
    assert not any("The port will reopen" in p for p in prompts)


def test_a_role_from_the_subject_of_an_earlier_sentence_goes_to_the_next_person_named() -> None:
    text = (
        "Outbreak\n\nThe director-general of the Health Agency said Thursday that the outbreak"
        " was shrinking.\n\nThe remarks from Ilse Brandt came hours after an attack.\n\n"
        '"We will get the job done," Brandt said.\n'
    )
    assert people_in(drafted(text)) == {"Ilse Brandt": "director-general of the Health Agency"}


def test_a_role_from_an_earlier_sentence_is_nobodys_when_another_person_is_named_first() -> None:
    text = (
        "Outbreak\n\nMayor Jo Smith met the team. The director-general of the Health Agency"
        " said Thursday that the outbreak was shrinking.\n\nThe remarks from Ilse Brandt came"
        ' hours after an attack.\n\n"We will get the job done," Brandt said.\n'
    )
    people = people_in(drafted(text))
    assert people["Jo Smith"] == "Mayor"
    assert "director-general" not in people["Ilse Brandt"]


def test_where_someone_lives_is_not_their_role() -> None:
    """The clause is no office: she is a resident (round 47's `who_lives`; was "role unknown:
    check the article", before that the clause itself)."""
    text = (
        "Flats\n\nAnn Lee, who has lived at the flats for 19 years, said the lift was broken.\n\n"
        "Tom Fry, who heads the tenants' association, said repairs were late.\n"
    )
    people = people_in(drafted(text))
    assert people["Ann Lee"] == "resident"
    assert people["Tom Fry"] == "heads the tenants' association"


def test_a_paragraph_opening_and_that_goes_on_with_the_speaker_before() -> None:
    text = (
        "Briefing\n\nSenator Ana Ruiz told the press that she had learned that, “the agency"
        " collected the data.”\n\nAnd that the data “were widely shared” even though they had"
        " “little or no value.”\n\nThe hearing lasts a week. Officials declined to comment.\n"
    )
    speakers = speakers_in(drafted(text))
    assert speakers["were widely shared"] == "Ana Ruiz"
    assert speakers["little or no value."] == "Ana Ruiz"


def test_a_paragraph_opening_and_that_after_another_name_is_not_continued() -> None:
    text = (
        "Briefing\n\nSenator Ana Ruiz told the press that she had learned that, “the agency"
        " collected the data.”\n\nAnd that Tom Fry's report “was never read” by anyone.\n"
    )
    assert speakers_in(drafted(text))["was never read"] is None


def test_a_newsroom_possessive_before_a_full_name_is_a_person_with_that_role() -> None:
    text = (
        "Briefing\n\nThe spokesman scolded CNN’s Jeff Zelman for asking a question. Later,"
        " Fox News' Harriet Kurtz asked about the budget.\n"
    )
    people = people_in(drafted(text))
    assert people == {"Jeff Zelman": "CNN", "Harriet Kurtz": "Fox News"}


def test_a_lowercase_role_of_a_body_before_an_honorific_and_name() -> None:
    text = (
        "Dengue\n\nDeputy state director of Health (Public Health) Dr Mira Osman clarified the"
        " term yesterday.\n\nShe said the figures were right.\n"
    )
    role = "Deputy state director of Health (Public Health)"
    assert people_in(drafted(text)) == {"Mira Osman": role}


def test_a_first_name_in_brackets_completes_the_surname() -> None:
    text = (
        'Grain\n\n"Mr. (Sergei) Shoigu continues to discuss the issue," Minister Ali Demir'
        " said. Demir spoke to Shoigu twice.\n"
    )
    assert "Sergei Shoigu" in everyone_in(text)  # named in a quote only: in passing
