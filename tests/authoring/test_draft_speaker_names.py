"""Speaker names settled (issue 14, sixth round), on invented text: every form of a name goes
to the one person it fits, under the fullest form the article writes; a form that fits two
people names nobody; a unit is nobody (its words go to the person named as from it); a
he/she that points back to a statement's channel is the one speaking there, or nobody."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, people_in, speakers_in


def test_a_surname_first_name_and_mr_surname_are_one_person() -> None:
    text = (
        "Unity first\n\n"
        "Residents must stand together, Minister in the Prime Minister's Office "
        "Tan Wei Ming said yesterday.\n\n"
        '"Nobody can divide us," he said.\n\n'
        "Mr Tan, who is also the party's deputy chairman, spoke at a dinner.\n\n"
        '"We will stay calm," Mr Tan said.\n'
    )
    draft = drafted(text)
    assert names_in(draft) == {"Tan Wei Ming"}
    speakers = speakers_in(draft)
    assert speakers["Nobody can divide us"] == "Tan Wei Ming"
    assert speakers["We will stay calm"] == "Tan Wei Ming"


def test_initials_before_a_surname_are_part_of_the_name_and_the_role_is_before_them() -> None:
    text = (
        "Harbour raid\n\n"
        "Harbour police commissioner KR Oduya briefed reporters on Friday.\n\n"
        'Oduya said, "We recovered two boats at the pier."\n'
    )
    draft = drafted(text)
    assert people_in(draft) == {"KR Oduya": "Harbour police commissioner"}
    assert speakers_in(draft)["We recovered two boats at the pier."] == "KR Oduya"


def test_a_title_in_capitals_before_a_given_name_stays_out_of_the_name() -> None:
    text = (
        "Water for the valley\n\n"
        "Lake District Mp Jonah Keter wants the pipeline finished this year.\n\n"
        'Keter said, "The valley has waited long enough."\n\n'
        "Party PRO Lila Moss said the plan had support.\n\n"
        'Moss said, "We back him fully."\n'
    )
    draft = drafted(text)
    speakers = speakers_in(draft)
    assert speakers["The valley has waited long enough."] == "Jonah Keter"
    assert speakers["We back him fully."] == "Lila Moss"
    assert not names_in(draft) & {"Mp Jonah Keter", "PRO Lila Moss", "Keter", "Moss"}
    assert people_in(draft)["Jonah Keter"] == "Lake District Mp"


def test_a_short_form_that_fits_two_people_names_nobody() -> None:
    text = (
        "Two ministers\n\n"
        "Education Minister Tan Wei Ming and Health Minister Tan Li Hua opened the school.\n\n"
        '"It is a fine day for the town," Mr Tan said.\n'
    )
    assert speakers_in(drafted(text))["It is a fine day for the town"] is None


def test_a_unit_is_not_a_speaker_but_the_person_from_it_is() -> None:
    text = (
        "Arrests after a stabbing\n\n"
        "An investigation has been opened by Harbour Major Crime Team.\n\n"
        "Detective Sergeant Ivo Brant from Harbour Major Crime Team said: "
        '"We have made two arrests and continue to search for a third man."\n'
    )
    draft = drafted(text)
    assert not any(name.endswith("Team") for name in names_in(draft))
    speaker = speakers_in(draft)["We have made two arrests and continue to search for a third man."]
    assert speaker == "Ivo Brant"


def _statement(opening: str) -> str:
    return (
        f"Bridge to reopen\n\n{opening}\n\n"
        "In a statement by the Commissioner for Information in the province, Odile Brun, "
        "the governor said under the law, the proper thing to do was to close it.\n\n"
        'He said, "We could not risk another collapse. I went there myself.\n\n'
        '"The bridge will reopen in May."\n'
    )


def test_a_he_after_a_statements_channel_is_the_one_speaking_there() -> None:
    # "He" points back past the statement's channel (the commissioner) to "the governor",
    # who speaks in that sentence and is the one person the article calls governor.
    text = _statement(
        "Governor Amara Obi of Delta Province has explained why he intervened in the closure "
        "of the bridge."
    )
    speakers = speakers_in(drafted(text))
    assert speakers["We could not risk another collapse. I went there myself."] == "Amara Obi"
    assert speakers["The bridge will reopen in May."] == "Amara Obi"


def test_a_he_after_a_statements_channel_with_no_one_to_name_names_nobody() -> None:
    text = _statement("The provincial government has explained why the bridge was closed.")
    speakers = speakers_in(drafted(text))
    assert speakers["We could not risk another collapse. I went there myself."] is None
    assert speakers["The bridge will reopen in May."] is None


def test_a_common_word_the_title_ends_with_is_not_the_first_name() -> None:
    text = (
        "Minister cuts a press conference short\n\n"
        "Union Minister of Fisheries and Farmers Welfare Ravi Anand Kumar ended a press "
        "conference in Mangalore on Tuesday.\n\n"
        "Mr. Kumar was listing the welfare schemes of the government when he was asked about "
        "the harbour.\n\n"
        "Mr. Kumar turned to a journalist and asked him: “Who sent you here today?”\n"
    )
    draft = drafted(text)
    assert "Ravi Anand Kumar" in names_in(draft)
    assert speakers_in(draft)["Who sent you here today?"] == "Ravi Anand Kumar"


def test_a_name_inside_a_place_name_does_not_lengthen_the_person() -> None:
    text = (
        "Plaza delayed\n\n"
        '"The square will open in June," Mr Okafor said.\n\n'
        "Work on Okafor Plaza began in 2019 and stopped twice.\n"
    )
    draft = drafted(text)
    assert "Okafor Plaza" not in names_in(draft)
    assert speakers_in(draft)["The square will open in June"] == "Okafor"
