"""Seventeenth round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers of fresh17 and fresh18, read as grammar, then of their misses)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

QUOTE = "The port must reopen."
SAID = '"The port must reopen,"'


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return speakers_in(drafted("Harbour row\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_malaysian_title_is_no_part_of_a_name_the_article_also_writes_without_it() -> None:
    draft = drafted(
        "Harbour row\n\nThe port stays shut, said government spokesman Datuk Amir Hassan on"
        " Monday.\n\n"
        f"{SAID} Amir said.\n"
    )
    assert list(people_in(draft)) == ["Amir Hassan"]
    assert speakers_in(draft) == {"The port must reopen": "Amir Hassan"}


def test_a_title_the_article_always_writes_stays_in_the_name() -> None:
    # Round 31: a Malaysian style ("Datuk Seri") no longer stays even when always written
    # (every labeled Malaysian figure is named without it); "Sheikh" still does.
    draft = drafted(
        "Harbour row\n\nThe port stays shut, said Sheikh Amir Hassan on Monday.\n\n"
        f"{SAID} Sheikh Amir Hassan said.\n"
    )
    assert speakers_in(draft) == {"The port must reopen": "Sheikh Amir Hassan"}


def test_a_name_at_the_end_of_a_long_portfolio_is_the_person() -> None:
    draft = drafted(
        "Harbour row\n\nCabinet Secretary for Interior and Administration of National"
        " Government Tunde Bello has announced changes at the port.\n\n"
        f"{SAID} Bello said.\n"
    )
    assert "Tunde Bello" in people_in(draft)
    assert speakers_in(draft) == {"The port must reopen": "Tunde Bello"}


def test_a_portfolio_joined_by_and_to_an_office_is_no_person() -> None:
    draft = drafted(
        "Harbour row\n\nThe port must reopen, said Development Strategies and International"
        " Trade Minister Tunde Bello.\n\n"
        'Speaking later, he said: "Ships are waiting."\n'
    )
    assert list(people_in(draft)) == ["Tunde Bello"]


def test_a_name_written_with_a_company_suffix_is_a_company_not_a_speaker() -> None:
    draft = drafted(
        "Harbour row\n\nHarbour-Vane Corp. said Monday it would close its dock.\n\n"
        f"Talks failed on Sunday. {SAID} Harbour-Vane said in a news release.\n"
    )
    assert people_in(draft) == {}
    assert speakers_in(draft) == {"The port must reopen": None}


def test_a_party_youth_wing_is_no_person() -> None:
    draft = drafted(
        "Harbour row\n\nPakatan Youth has called on traders to “teach the minister a lesson” by"
        " closing their stalls.\n"
    )
    assert people_in(draft) == {}


def test_quoted_words_that_are_the_verb_of_an_owned_noun_are_not_the_owner_s() -> None:
    speakers = _speakers(
        "Mayor Ada Obi closed the port on Monday.",
        f"{SAID} said the union's chief Tunde Bello.",
        "He said Obi’s remarks “reflected the arrogance” of the port board.",
    )
    assert speakers["reflected the arrogance"] != "Ada Obi"


def test_a_paragraph_ending_in_a_colon_gives_the_quote_after_it_to_its_subject() -> None:
    speakers = _speakers(
        "Harbour master Dayo Pinto released a statement on the closure:",
        "“The port must reopen.”",
    )
    assert speakers == {"The port must reopen.": "Dayo Pinto"}


def test_a_colon_after_two_subjects_gives_the_quote_to_nobody() -> None:
    speakers = _speakers(
        "Harbour master Dayo Pinto and Mayor Ada Obi released a statement on the closure:",
        "“The port must reopen.”",
    )
    assert speakers == {"The port must reopen.": None}


def test_one_who_discussed_a_subject_speaks_the_quote_paragraph_after() -> None:
    speakers = _speakers(
        "Harbour master Dayo Pinto spoke on Monday.",
        "Pinto went on to discuss the future of the harbour, always a tough subject.",
        "“The port must reopen.”",
    )
    assert speakers == {"The port must reopen.": "Dayo Pinto"}


def test_a_short_form_of_a_first_name_is_the_same_person() -> None:
    draft = drafted(
        "Harbour row\n\nUnion president Joseph Pinto spoke first.\n\n"
        "Joe Pinto works at the port. “The port must reopen,” he says.\n\n"
        "“Ships are waiting,” says Pinto.\n"
    )
    assert list(people_in(draft)) == ["Joseph Pinto"]
    assert speakers_in(draft) == {
        "The port must reopen": "Joseph Pinto",
        "Ships are waiting": "Joseph Pinto",
    }


def test_a_name_and_a_role_on_a_line_head_the_answers_under_them() -> None:
    draft = drafted(
        "Harbour row\n\nMayor Ada Obi met the crews on Monday.\n\nDayo Pinto, harbour master\n\n"
        "On the closure:\n\n“The port must reopen.”\n\nOn the ships:\n\n“Ships are waiting.”\n"
    )
    assert people_in(draft)["Dayo Pinto"] == "harbour master"
    assert speakers_in(draft) == {
        "The port must reopen.": "Dayo Pinto",
        "Ships are waiting.": "Dayo Pinto",
    }


def test_a_topic_line_after_a_paragraph_that_is_no_heading_gives_nobody() -> None:
    speakers = _speakers(
        "Mayor Ada Obi met the crews on Monday.",
        "On the closure:",
        "“The port must reopen.”",
    )
    assert speakers == {"The port must reopen.": None}


def test_a_portfolio_ending_in_office_words_names_nobody() -> None:
    draft = drafted(
        "Harbour row\n\nThe secretaries of the Local Government and Council Development Areas"
        " met on Monday to back the port plan.\n"
    )
    assert people_in(draft) == {}


def test_a_name_after_a_comma_and_and_opens_the_second_clause_as_its_subject() -> None:
    speakers = _speakers(
        "Harbour master Dayo Pinto took over in May.",
        "It was not a good start, and Pinto was made to explain it all at the press conference.",
        f"{SAID} he said.",
    )
    assert speakers == {"The port must reopen": "Dayo Pinto"}


def test_a_name_in_a_reported_clause_after_and_does_not_become_the_speaker() -> None:
    speakers = _speakers(
        "Mayor Ada Obi spoke on Monday.",
        "She noted councillor Dayo Pinto was overseas, and councillor Kemi Adeyemi was unwell.",
        "She said councillor Efe Ume was recovering after surgery.",
        "“I have just seen a photo of him.”",
    )
    assert speakers["I have just seen a photo of him."] != "Kemi Adeyemi"
