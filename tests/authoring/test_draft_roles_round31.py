"""Thirty-first round, roles. Read from fresh44/45's misses, each as a family over every
labeled set: Malaysian styles ("Tan Sri", "Datuk") are honours, never part of a name nor of
a role; "Oloye" and "Ch" are courtesy titles; an unclosed apposition whose body is described
in lowercase runs into its speech verb ("Jo Lee, leader of the largest party in parliament
said"); a plural role told apart by a participle or place, then the names it stands for
between commas; a plural role, "were", then a list of names (or "Among the ... is NAME"); a
reigning title after an office's lowercase noun is a given name ("ambassador Sultan ..."); a
monarch's regnal number ends the name ("King Mohamed VI")."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Ferry fares rise in Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def _figures(*paragraphs: str) -> dict[str, str]:
    return people_in(
        _draft(
            "The ferry company said the new fares were needed to keep the boats running.",
            *paragraphs,
            "The vote will be held next month.",
        )
    )


def test_a_malaysian_style_is_no_part_of_the_name_the_article_always_writes_it_with() -> None:
    figures = _figures(
        "Harbour police chief Datuk Amir Hassan said six boats were held.",
        "“We will keep up the patrols at sea,” Datuk Amir Hassan said.",
    )
    assert figures.get("Amir Hassan") == "Harbour police chief"
    assert not any(name.startswith("Datuk") for name in figures)


def test_a_two_word_style_between_an_office_and_a_long_name_leaves_the_office() -> None:
    figures = _figures(
        "The men will face charges, says Inspector-General of Police Tan Sri Razak Abu Bakar.",
    )
    assert figures.get("Razak Abu Bakar") == "Inspector-General of Police"


def test_a_style_before_a_given_name_of_the_name_leaves_the_office_before_it() -> None:
    figures = _figures(
        "Police chief Tan Sri Mohamad Ismail Harun said the men were wanted.",
        "Mohamad Ismail Harun said the patrols would go on.",
    )
    assert figures.get("Mohamad Ismail Harun") == "Police chief"


def test_a_courtesy_title_at_the_end_of_an_office_is_no_part_of_the_role() -> None:
    figures = _figures("Ferry board director Dr Ann Quillby said the fares were fair.")
    assert figures.get("Ann Quillby") == "Ferry board director"


def test_oloye_and_ch_are_courtesy_titles_before_a_name() -> None:
    figures = _figures(
        "Adviser to the Ferry Users Forum Oloye Yemi Adebayo vowed to help the crews.",
        "Interior Minister Ch Tariq Ali Khan on Thursday said the ties were key.",
    )
    assert figures.get("Yemi Adebayo") == "Adviser to the Ferry Users Forum"
    assert figures.get("Tariq Ali Khan") == "Interior Minister"


def test_an_unclosed_apposition_with_a_lowercase_body_runs_to_its_speech_verb() -> None:
    figures = _figures(
        "“The sailings must go on,” Ayo Balogun, governor of the southern state of Ekby said on"
        " Monday.",
        "Per Holm, leader of the largest opposition party in the harbour council said it was"
        " the right decision.",
    )
    assert figures.get("Ayo Balogun") == "governor of the southern state of Ekby"
    assert figures.get("Per Holm") == (
        "leader of the largest opposition party in the harbour council"
    )


def test_an_unclosed_apposition_is_no_role_when_a_clause_or_another_subject_follows() -> None:
    figures = _figures(
        "After meeting Jo Lee, head of the ferry workers said the deal was done.",
        "Ida Vole, head of the crews who lost their jobs said it was bad.",
    )
    assert figures.get("Jo Lee") != "head of the ferry workers"
    assert "head of the crews" not in figures.get("Ida Vole", "")


def test_a_plural_role_told_apart_then_names_between_commas_gives_each_the_role() -> None:
    figures = _figures(
        "The other two pilots detained in Norvik, Ann Roe and Bo Lee, were not even asked by the"
        " police.",
    )
    assert figures.get("Ann Roe") == "pilot"
    assert figures.get("Bo Lee") == "pilot"


def test_a_count_opening_the_sentence_is_no_part_of_a_listed_role() -> None:
    figures = _figures("Two teachers from Norvik, Ann Roe and Bo Lee, said the boats were late.")
    assert figures.get("Ann Roe") == "teacher"


def test_a_plural_role_were_then_a_list_of_names_gives_each_the_role() -> None:
    figures = _figures(
        "Besides Ada Vole, other Governors present were Jon Ek of Norvik; Eva de Lamadrid of"
        " Ekby; and Tor Berg of Varnholt.",
    )
    assert figures.get("Jon Ek") == "Governor"
    assert figures.get("Eva de Lamadrid") == "Governor"
    assert figures.get("Tor Berg") == "Governor of Varnholt"


def test_among_the_plural_role_is_a_name_gives_it_the_role() -> None:
    figures = _figures(
        "Protesters stormed the offices of governors. Among the Governors targeted is Hillary"
        " Kiprop of Bomet County.",
    )
    assert figures.get("Hillary Kiprop") == "Governor"


def test_a_plural_noun_were_then_names_gives_no_role_when_it_is_no_role() -> None:
    figures = _figures("Others were Jo Lee and Ann Roe, the ferry company said.")
    assert "Other" not in figures.get("Jo Lee", "")


def test_a_reigning_title_after_an_office_noun_is_the_given_name() -> None:
    figures = _figures(
        "Travellers must use passports, said ambassador Sultan Al Qasimi Al Nuaimi, Director of"
        " the Consular Department.",
    )
    assert figures.get("Sultan Al Qasimi Al Nuaimi") == (
        "ambassador, Director of the Consular Department"
    )


def test_a_regnal_number_after_a_monarchs_given_name_ends_the_name() -> None:
    figures = _figures(
        "The committee will meet under President Jon Ek and King Harald VI, Ida Vole said.",
    )
    assert figures.get("Harald VI") == "King"


def test_a_name_opening_is_the_role_sentence_takes_the_role() -> None:
    figures = _figures(
        "Ann Quillby is the director of crews at the Varnholt Ferry Service and said staff"
        " would strike.",
        "Ida Vole is a worried mother. Her son missed the last boat.",
    )
    assert figures.get("Ann Quillby") == "director"
    assert figures.get("Ida Vole") == "worried mother"


def test_a_name_is_the_first_to_do_something_gives_no_role() -> None:
    figures = _figures("Jo Lee was the first to board the new boat, the ferry company said.")
    assert "first" not in figures.get("Jo Lee", "")


def test_a_citizen_of_a_country_in_apposition_is_who_the_person_is() -> None:
    figures = _figures(
        "“The checks are much stricter,” said Abdul Hamid, a Varnholt citizen, who has lived in"
        " Norvik for years.",
    )
    assert figures.get("Abdul Hamid") == "Varnholt citizen"
