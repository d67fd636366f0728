"""Twenty-third round, roles: a titled name before "were" is a person, not a body; an
election or appointment right after a name gives its office ("was re-elected mayor of
Ardmore", "won a second term as mayor"); a member's party letters or portfolio in brackets
after a person's name are the role; a name after "a talk by" followed by "He ..." is a
person and "of ... LLP" their firm; a one-word name written after "the" and its title is a
thing, not a person; "a win in Ardmore and Ann Tate" makes no person "Ardmore Tate"."""

from __future__ import annotations

from tests.authoring.drafted import drafted, in_passing, people_in, speakers_in

HEADLINE = "Ferry timetable changes at Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_a_titled_name_before_were_is_a_councillor_not_an_organisation() -> None:
    draft = _draft(
        "Mayor Odile Brandt backed the new timetable at Monday's meeting.",
        "She and Coun. Tamsin Okafor were the only ones to vote for it.",
        "“The late boats matter to shift workers,” said Coun. Ruben Ferreira.",
    )
    people = people_in(draft)
    assert people.get("Tamsin Okafor") == "Coun."
    assert people.get("Ruben Ferreira") == "Coun."


def test_an_election_right_after_a_name_gives_the_office() -> None:
    draft = _draft(
        "Odile Brandt won a second term as mayor of Varnholt on Monday.",
        "Lena Marsh kept her seat in Ostvik and Piet Halvorsen was re-elected mayor of Brandby.",
        "“We have work to finish on the harbour,” Ms Brandt said.",
    )
    people = people_in(draft)
    assert people.get("Odile Brandt") == "mayor of Varnholt"
    assert people.get("Piet Halvorsen") == "mayor of Brandby"
    assert "Ostvik Halvorsen" not in people  # a place before "and", not a first name


def test_a_member_s_party_letters_or_portfolio_in_brackets_are_the_role() -> None:
    draft = _draft(
        "“The ferries are a lifeline,” said Ruben Ferreira (Foreign Affairs) in a debate.",
        "Tamsin Okafor (KVP) said the board must publish its figures.",
        "Lars Eik (TV2) said the crossing was rough.",
    )
    people = people_in(draft)
    assert people.get("Ruben Ferreira") == "Foreign Affairs"
    assert people.get("Tamsin Okafor") == "KVP"


def test_letters_in_brackets_after_a_body_make_no_person() -> None:
    draft = _draft(
        "The Harbour Workers Alliance (HWA) wrote to the board on Monday.",
        "“Crews need rest,” said Tamsin Okafor, the union's secretary.",
    )
    assert people_in(draft) == {"Tamsin Okafor": "union's secretary"}


def test_a_name_after_a_talk_by_then_he_is_a_person_with_his_firm() -> None:
    draft = _draft(
        "The main item was a talk by Anton Berglund of Roe and Varga LLP. He has advised"
        " several harbour boards.",
        "Councillors asked about the cost of the late boats.",
    )
    assert people_in(draft) == {"Anton Berglund": "Roe and Varga LLP"}


def test_a_one_word_name_after_the_and_its_title_is_a_thing_not_a_person() -> None:
    draft = _draft(
        "The town held a second meeting on the Strong Mayor Rules this week.",
        "“Nobody asked us about the Strong Mayor Rules,” said Mayor Odile Brandt.",
    )
    assert people_in(draft) == {"Odile Brandt": "Mayor"}


def test_a_title_word_inside_a_name_after_a_lowercase_role_is_part_of_the_name() -> None:
    draft = _draft(
        "Ferries and harbours minister Tiong King Hua said the late boats would run all winter.",
        "“The crews have asked for it,” Tiong said.",
    )
    people = people_in(draft)
    assert set(people) == {"Tiong King Hua"}  # not "Hua", titled "harbours minister Tiong King"
    assert people["Tiong King Hua"].endswith("harbours minister")


def test_a_full_name_after_a_doubled_title_keeps_the_title_as_its_office() -> None:
    draft = _draft(
        "Varnholt premier Varnholt Premier Odile Brandt says the ferries will run all winter.",
        "“The crews have asked for it,” Brandt said in Ostvik on Monday.",
    )
    assert set(people_in(draft)) == {"Odile Brandt"}  # the page's doubled lead is no name
    assert speakers_in(draft) == {"The crews have asked for it": "Odile Brandt"}


def test_an_office_after_a_name_that_opens_the_sentence_runs_to_the_verb() -> None:
    draft = _draft(
        "Exports of fish rose again this year.",
        "Le Van Binh, Deputy General Director of the Varnholt Harbour Group says the number of"
        " boats grew.",
        "Tran Thi Mai, Director of the Export Department of the Ministry of Fisheries points out"
        " that fuel costs rose.",
    )
    assert people_in(draft) == {
        "Le Van Binh": "Deputy General Director of the Varnholt Harbour Group",
        "Tran Thi Mai": "Director of the Export Department of the Ministry of Fisheries",
    }


def test_an_office_before_a_name_in_a_lead_the_page_sets_as_a_caption() -> None:
    # No headline and one paragraph a line: the reader takes the dateline lead for a caption.
    draft = drafted(
        "Varnholt, October 3, 2024 – In an effort to fix the ferries, Minister of Harbours and"
        " Coastal Transport (MHCT), Odile Brandt, made unannounced visits to three piers on"
        " October 2, 2024.\n"
        "Accompanied by Permanent Secretary Piet Halvorsen and his team, the Minister inspected"
        " the boats.\n"
        "“We saw the rust ourselves,” Brandt said.\n"
    )
    assert people_in(draft).get("Odile Brandt") == "Minister of Harbours and Coastal Transport"


def test_a_pacific_country_after_a_quote_is_no_person() -> None:
    draft = _draft(
        "Police will keep working with village councils.",
        "“We want a safe and secure Samoa,” Deputy Police Commissioner, Lose Tuiasosopo said.",
    )
    assert set(people_in(draft)) == {"Lose Tuiasosopo"}


def test_names_of_two_words_listed_before_communes_are_places() -> None:
    draft = _draft(
        "District Governor Kong Vanna said Prey Kdam, Ka Laeng and Seda communes were flooded.",
        "Water rose in the night, he said.",
    )
    assert people_in(draft) == {"Kong Vanna": "District Governor"}


def test_a_figure_named_by_one_word_and_saying_nothing_is_named_in_passing() -> None:
    text = (
        HEADLINE + "President Okonkwo opened the new pier on Monday.\n\n"
        "“The late boats will run all winter,” said harbour master Odile Brandt.\n"
    )
    assert people_in(drafted(text)) == {"Odile Brandt": "harbour master"}
    assert "Okonkwo" in in_passing(text)
