"""A description of someone already named ("the local councillor said", "The mayor issued a
statement ... she said"), each rule on invented text: the description speaks for the one
person the article gave that role before the quote; for nobody when none or two were."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in

QUOTE = "The port must reopen."
SAID = '"The port must reopen,"'


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_role_with_plain_modifiers_is_the_one_person_given_that_role() -> None:
    speakers = _speakers(
        "Councillor Tunde Bello met residents on Monday.",
        f"{SAID} the local city councillor says.",
    )
    assert speakers == {QUOTE[:-1]: "Tunde Bello"}


def test_a_former_holder_is_not_the_one_who_holds_the_role_now() -> None:
    speakers = _speakers(
        "Governor Tunde Bello met residents on Monday.",
        f"{SAID} the former governor said.",
    )
    assert speakers == {QUOTE[:-1]: None}


def test_a_role_the_article_gives_only_after_the_quote_names_nobody() -> None:
    speakers = _speakers(
        "Councillor Tunde Bello met residents on Monday.",
        f"{SAID} the minister said.",
        "Minister Kemi Adeyemi arrived later.",
    )
    assert speakers == {QUOTE[:-1]: None}


def test_a_clause_opened_by_the_one_holder_of_a_role_is_the_he_or_she_after_it() -> None:
    speakers = _speakers(
        "Mayor Ada Obi toured the harbour on Monday.",
        "Residents have waited two years for the ferry.",
        "A day after Councillor Tunde Bello spoke, the mayor said that she would act.",
        f'"{QUOTE}" she said.',
    )
    assert speakers == {QUOTE: "Ada Obi"}


def test_a_clause_opened_by_a_role_two_people_hold_leaves_the_he_or_she_to_nobody() -> None:
    speakers = _speakers(
        "Mayor Ada Obi and Mayor Efe Ume toured the harbour on Monday.",
        "Residents have waited two years for the ferry.",
        "A day after Councillor Tunde Bello spoke, the mayor said that she would act.",
        f'"{QUOTE}" she said.',
    )
    assert speakers == {QUOTE: None}


def test_a_he_or_she_after_if_and_someone_else_named_before_it_is_nobodys() -> None:
    speakers = _speakers(
        "Mayor Ada Obi spoke to reporters on Monday.",
        "The mayor said it is up to Councillor Tunde Bello if he thinks the closure was only"
        " a “misunderstanding”.",
    )
    assert speakers == {"misunderstanding": None}


def test_words_after_a_naming_noun_are_nobodys() -> None:
    speakers = _speakers(
        "Mayor Ada Obi spoke to reporters on Monday.",
        "Obi said the council works by its old principle of 'fewer offices, more services'.",
    )
    assert speakers == {"fewer offices, more services": None}


def test_words_after_an_unnamed_group_and_who_are_nobodys() -> None:
    speakers = _speakers(
        "Mayor Ada Obi spoke to reporters on Monday.",
        'Obi said the council heard from 500 traders who "do not want a new market" at all.',
    )
    assert speakers == {"do not want a new market": None}


def test_a_short_capitalised_name_in_quotation_marks_is_nobodys_words() -> None:
    speakers = _speakers(
        "Mayor Ada Obi sued a comedian on Monday.",
        "Obi had been told he was receiving an award for supporting the port. But in the"
        " segment, Baron Ume appeared as a fake harbour pilot “Capt. Sam Bright,” discussing"
        " a bogus boat.",
    )
    assert speakers == {"Capt. Sam Bright": None}


def test_a_lead_that_describes_before_anyone_is_named_means_the_one_holder() -> None:
    speakers = _speakers(
        "The harbour's mayor has called the closure “a slow disaster”.",
        "Mayor Ada Obi said the port had lost half its trade since March.",
    )
    assert speakers == {"a slow disaster": "Ada Obi"}


def test_a_place_the_article_names_before_the_role_is_no_other_role() -> None:
    speakers = _speakers(
        "Premier Ada Obi toured the harbour in Delta on Monday.",
        "The Delta premier said traders must be patient, and that “the port will reopen by June”.",
    )
    assert speakers == {"the port will reopen by June": "Ada Obi"}


def test_a_party_before_the_role_is_another_role() -> None:
    speakers = _speakers(
        "Leader Ada Obi toured the harbour in Delta on Monday.",
        "The Labour leader said traders must be patient, and that “the port will reopen by June”.",
    )
    assert speakers == {"the port will reopen by June": None}


def test_a_long_surname_written_once_with_a_letter_doubled_is_the_same_person() -> None:
    speakers = _speakers(
        '"The files need to be traced," Obiakoradu told reporters on Monday.',
        "Obiakkoradu said the council would meet again.",
        '"The opposition has stalled it," Obiakkoradu said.',
    )
    assert speakers == {
        "The files need to be traced": "Obiakoradu",
        "The opposition has stalled it": "Obiakoradu",
    }
