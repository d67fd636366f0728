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
        "Residents met on Monday.",
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
